/**
 * What `score` and `compare` read: answer files, folders and globs (Node 20 has no fs.glob, and
 * shells on Windows do not expand them), CSV answer files, and profile JSON for `compare`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseAnswersCsv } from '../../answers/csv.js';
import type { AnswerSet } from '../../answers/types.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { Questionnaire } from '../../questionnaire/types.js';
import type { Workspace } from '../../questionnaire/workspace.js';
import { diag } from '../../source/source.js';
import { EXIT, UserError } from '../errors.js';
import { expandPaths } from '../io.js';

/** Whether a path has glob characters: `*`, `?`, `[…]` or `{a,b}`. */
export function hasGlob(p: string): boolean {
  return /[*?[{]/.test(p);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.+^$()|\\\]}[{*?]/g, '\\$&');
}

/**
 * A glob as a regular expression over `/`-separated paths: `*` any characters but `/`, `**`
 * any folders (also none), `?` one character, `[abc]` / `[!abc]` a class, `{a,b}` alternatives.
 */
export function globToRegExp(glob: string): RegExp {
  const convert = (g: string): string => {
    let re = '';
    for (let i = 0; i < g.length; i++) {
      const ch = g[i]!;
      if (ch === '*') {
        if (g[i + 1] === '*') {
          const slash = g[i + 2] === '/';
          re += slash ? '(?:.*/)?' : '.*';
          i += slash ? 2 : 1;
        } else re += '[^/]*';
      } else if (ch === '?') re += '[^/]';
      else if (ch === '[') {
        const end = g.indexOf(']', i + 2);
        if (end < 0) re += '\\[';
        else {
          const body = g.slice(i + 1, end);
          re += `[${body.startsWith('!') ? '^' + body.slice(1).replace(/\\/g, '\\\\') : body.replace(/\\/g, '\\\\')}]`;
          i = end;
        }
      } else if (ch === '{') {
        const end = g.indexOf('}', i);
        if (end < 0) re += '\\{';
        else {
          re += `(?:${g.slice(i + 1, end).split(',').map(convert).join('|')})`;
          i = end;
        }
      } else re += escapeRegExp(ch);
    }
    return re;
  };
  return new RegExp(`^${convert(glob.replace(/\\/g, '/'))}$`);
}

/** The folder a glob starts in: its segments before the first with glob characters. */
export function globBase(glob: string): string {
  const segments = glob.replace(/\\/g, '/').split('/');
  const first = segments.findIndex(hasGlob);
  const base = segments.slice(0, first < 0 ? segments.length : first).join('/');
  return base === '' ? (glob.startsWith('/') ? '/' : '.') : base;
}

/** The files and folders a glob matches, sorted; folders expand to the data files in them. */
export function expandGlob(glob: string, pattern?: RegExp): string[] {
  const base = globBase(glob);
  const prefix = base === '.' && !glob.startsWith('./') ? '' : `${base.replace(/\/$/, '')}/`;
  const matcher = globToRegExp(glob.replace(/\\/g, '/').slice(prefix.length));
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(base, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  const matches = entries
    .map((e) => path.join(e.parentPath ?? e.path, e.name))
    .filter((f) => !f.split(path.sep).includes('node_modules'))
    .filter((f) => matcher.test(path.relative(base, f).split(path.sep).join('/')))
    .sort();
  return expandPaths(matches, pattern);
}

/** Files, folders and globs to a list of files, in the order given, without duplicates. */
export function expandInputs(inputs: readonly string[], pattern?: RegExp): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    if (hasGlob(input) && !fs.existsSync(input)) {
      const found = expandGlob(input, pattern);
      if (found.length === 0) throw new UserError(`no files match ${input}`, EXIT.usage);
      out.push(...found);
    } else {
      out.push(...expandPaths([input], pattern));
    }
  }
  return [...new Set(out)];
}

export function isCsv(file: string): boolean {
  return /\.csv$/i.test(file);
}

/** Larger than any export a survey tool makes of a few thousand respondents. */
const MAX_CSV_BYTES = 100 * 1024 * 1024;

export interface AnswerInput {
  file: string;
  /** The questionnaire the answers were checked against. */
  questionnaire?: Questionnaire;
  /** Answer sets without errors (a YAML/JSON file has at most one, a CSV file one per row). */
  sets: AnswerSet[];
  diagnostics: Diagnostic[];
}

/**
 * Reads one answer file. YAML and JSON files name their questionnaire; CSV files are read with the
 * one given by --questionnaire. Nothing is kept in the workspace, so memory stays flat.
 */
export function readAnswerInput(file: string, workspace: Workspace, csvQuestionnaire: Questionnaire | undefined): AnswerInput {
  if (isCsv(file)) {
    if (!csvQuestionnaire) throw new UserError(`${file}: CSV answers need --questionnaire <id or path>: a CSV file does not say which questionnaire it answers`, EXIT.usage);
    let text: string;
    try {
      if (fs.statSync(file).size > MAX_CSV_BYTES) return { file, sets: [], diagnostics: [diag(file, 'file-too-large', `file is larger than ${MAX_CSV_BYTES / 1024 / 1024} MB`)] };
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      return { file, sets: [], diagnostics: [diag(file, 'file-unreadable', `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)] };
    }
    const { sets, diagnostics } = parseAnswersCsv(text, file, csvQuestionnaire);
    return { file, questionnaire: csvQuestionnaire, sets, diagnostics };
  }
  const checked = workspace.loadUncached(file);
  if (checked.kind === 'questionnaire' || checked.kind === 'model' || checked.kind === 'profile') {
    const what = checked.kind === 'profile' ? 'a profile (what `datascan score --format json` writes)' : `a ${checked.kind} file`;
    return { file, sets: [], diagnostics: [diag(file, 'unknown-kind', `this is ${what}, not an answer file (an answer file has \`answers\`)`)] };
  }
  return { file, ...(checked.questionnaire ? { questionnaire: checked.questionnaire } : {}), sets: checked.answers ? [checked.answers] : [], diagnostics: checked.diagnostics };
}
