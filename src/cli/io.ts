/** The CLI's contact with the machine: files, the package folder, colour and exit codes. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Chalk } from 'chalk';
import type { FileHost } from '../questionnaire/workspace.js';
import { MAX_SOURCE_BYTES } from '../source/source.js';
import type { Style } from '../util/style.js';

/** The exit-code contract (README, "Exit codes"). */
export const EXIT = { ok: 0, findings: 1, usage: 2, cancelled: 130 } as const;

/** A user-caused problem that ends the command with a one-line message and an exit code. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
  }
}

/** The package folder (holding questionnaires/ and schemas/), from the bundle or from the sources. */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'questionnaires'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('datascan: cannot find its own package folder');
    dir = parent;
  }
}

export function shippedQuestionnairesDir(): string {
  return path.join(packageRoot(), 'questionnaires');
}

/** Paths shown to the user: relative to the working directory when inside it. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

export const nodeHost: FileHost = {
  read(file) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      return { error: `file not found: ${file}`, code: 'not-found' };
    }
    if (stat.isDirectory()) return { error: `${file} is a directory, not a file`, code: 'unreadable' };
    if (stat.size > MAX_SOURCE_BYTES) {
      // Refuse before reading: a 50 MB file must not be loaded just to be rejected.
      return { error: `file is larger than ${MAX_SOURCE_BYTES / 1024 / 1024} MB (${(stat.size / 1024 / 1024).toFixed(1)} MB); questionnaires and answer files are far smaller`, code: 'too-large' };
    }
    try {
      return { text: fs.readFileSync(file, 'utf8') };
    } catch (error) {
      return { error: `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, code: 'unreadable' };
    }
  },
};

const DATA_FILE = /\.(ya?ml|json|csv)$/i;

/**
 * Expands the paths a user gave: files as they are, folders to the YAML/JSON/CSV files in them
 * (recursively, sorted). A path that does not exist is a usage error (exit 2).
 */
export function expandPaths(paths: readonly string[], pattern: RegExp = DATA_FILE): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      throw new UserError(`no such file or folder: ${p}`, EXIT.usage);
    }
    if (stat.isDirectory()) {
      const entries = fs.readdirSync(p, { recursive: true, withFileTypes: true });
      const files = entries
        .filter((e) => e.isFile() && pattern.test(e.name))
        .map((e) => path.join(e.parentPath ?? e.path, e.name))
        .filter((f) => !f.split(path.sep).includes('node_modules'))
        .sort();
      out.push(...files);
    } else {
      out.push(p);
    }
  }
  return [...new Set(out)];
}

/** Colour only on a terminal, never with NO_COLOR, always with FORCE_COLOR or --color. */
export function useColor(stream: NodeJS.WriteStream, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY) && process.env.TERM !== 'dumb';
}

export function makeStyle(color: boolean): Style {
  const c = new Chalk({ level: color ? 1 : 0 });
  return { error: c.red, warning: c.yellow, ok: c.green, dim: c.dim, bold: c.bold, accent: c.cyan };
}
