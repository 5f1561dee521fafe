/** The CLI's contact with the file system: reading files for the core, expanding paths. */
import fs from 'node:fs';
import path from 'node:path';
import type { FileHost } from '../workspace/workspace.js';
import { MAX_SOURCE_BYTES } from '../source/limits.js';
import { EXIT, UserError } from './errors.js';
import { DATA, formatPattern } from '../util/file-formats.js';

/** One buffer for all reads, grown as a file needs it: a batch reads thousands of small files. */
const SMALL_BUFFER = 64 * 1024;
let readBuffer = Buffer.allocUnsafe(SMALL_BUFFER);

const tooLarge = (size?: number) =>
  ({
    error: `file is larger than ${MAX_SOURCE_BYTES / 1024 / 1024} MB${size !== undefined ? ` (${(size / 1024 / 1024).toFixed(1)} MB)` : ''}; questionnaires and answer files are far smaller`,
    code: 'too-large',
  }) as const;

export const nodeHost: FileHost = {
  read(file) {
    let fd: number;
    try {
      fd = fs.openSync(file, 'r');
    } catch (error) {
      return readError(file, error);
    }
    try {
      let length = 0;
      for (;;) {
        if (length === readBuffer.length) {
          if (length === SMALL_BUFFER) {
            // Larger than most: ask its size once, and refuse a file over the limit before reading
            // on (a 50 MB file must not be loaded just to be rejected).
            const size = fs.fstatSync(fd).size;
            if (size > MAX_SOURCE_BYTES) return tooLarge(size);
          }
          // A file that keeps growing, or has no size (a pipe, /dev/zero): refused at the limit.
          if (length > MAX_SOURCE_BYTES) return tooLarge();
          const grown = Buffer.allocUnsafe(Math.min(length * 2, MAX_SOURCE_BYTES + 1));
          readBuffer.copy(grown, 0, 0, length);
          readBuffer = grown;
        }
        const read = fs.readSync(fd, readBuffer, length, readBuffer.length - length, null);
        if (read === 0) return { text: readBuffer.toString('utf8', 0, length) };
        length += read;
      }
    } catch (error) {
      return readError(file, error);
    } finally {
      try {
        fs.closeSync(fd);
      } catch {
        // Read already, or failed already: nothing a close error would change.
      }
      // Megabytes are not kept for the next file, which is most likely small again.
      if (readBuffer.length > SMALL_BUFFER) readBuffer = Buffer.allocUnsafe(SMALL_BUFFER);
    }
  },
};

function readError(file: string, error: unknown): ReturnType<FileHost['read']> {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { error: `file not found: ${file}`, code: 'not-found' };
  if (code === 'EISDIR') return { error: `${file} is a directory, not a file`, code: 'unreadable' };
  return { error: `cannot read ${file}: ${code ?? (error as Error).message}`, code: 'unreadable' };
}

export const DATA_FILE = formatPattern(DATA);

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
        // Skip dependencies and hidden files and folders (.git, .github) inside the folder, not the
        // folder itself (datascan's own shipped questionnaires live under node_modules/datascan
        // when it is installed).
        .filter(
          (f) =>
            !(f.includes('node_modules') || f.includes(`${path.sep}.`) || f.startsWith('.')) ||
            !path
              .relative(p, f)
              .split(path.sep)
              .some((segment) => segment === 'node_modules' || segment.startsWith('.')),
        )
        .sort();
      out.push(...files);
    } else {
      out.push(p);
    }
  }
  return [...new Set(out)];
}
