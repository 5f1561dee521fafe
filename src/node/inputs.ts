/**
 * What `score`, `compare` and `validate` read: answer files, folders and globs (Node 20 has no
 * fs.glob, and shells on Windows do not expand them), CSV answer files, and profile JSON files.
 */
import fs from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { escapePath, globSync, type FileSystemAdapter } from 'tinyglobby';
import { CsvAnswerReader } from '../answers/csv.js';
import {
  atCell,
  loadWorkbook,
  notAWorkbook,
  readAnswerWorkbook,
  isReportWorkbook,
  readTableWorkbook,
  workbookQuestionnaire,
} from '../answers/workbook-reader.js';
import { closest } from '../util/suggest.js';
import type { AnswerTableOptions, SkippedSet } from '../answers/answer-table.js';
import type { AnswerSet } from '../answers/types.js';
import { hasErrors, type Diagnostic } from '../diagnostics/types.js';
import type { Questionnaire } from '../questionnaire/types.js';
import type { Workspace } from '../workspace/workspace.js';
import { schemaDiagnostics } from '../schema/messages.js';
import { validateAgainst } from '../schema/validators.js';
import type { Profile } from '../scoring/types.js';
import { diag } from '../diagnostics/diag.js';
import { msg, type FindingText } from '../diagnostics/messages.js';
import { tool, type ToolText } from './messages.js';
import { parseSourceQuickly } from '../source/source.js';
import { EXIT, UserError } from './errors.js';
import { DATA_FILE, expandPaths, realPath, type Warn } from './file-host.js';
import { decodeWindows1252 } from '../util/windows-1252.js';
import { DATA, formatPattern, isFormat, STRUCTURED } from '../util/file-formats.js';

/** Whether a path has glob characters: `*`, `?`, `[…]`, `{a,b}` or an extglob such as `!(…)`. */
export function hasGlob(p: string): boolean {
  return /[*?[{]|[!@+]\(/.test(p);
}

/**
 * A glob as the folder it starts in (its segments before the first with glob characters, escapes
 * resolved) and the pattern below that folder. On Windows `\` separates folders, as people type
 * paths there; elsewhere it escapes the character after it (`\*` is a `*` in a name).
 */
export function splitGlob(glob: string): { base: string; pattern: string } {
  const slashed = process.platform === 'win32' ? glob.replace(/\\/g, '/') : glob;
  const { glob: pattern, isGlob } = picomatch.scan(slashed);
  const { base } = picomatch.scan(slashed, { unescape: true });
  // Only escaped characters: the glob names one entry, in its folder.
  if (!isGlob) return { base: path.dirname(base), pattern: escapePath(path.basename(base)) };
  return { base: base === '' ? '.' : base, pattern };
}

/**
 * tinyglobby (through fdir) walks into a link to a folder but never reports the link itself
 * (tinyglobby issue #133), so `in/*` would miss the link `in/team`. Told that no link leads to a
 * folder, it reports every link as an entry, like a file: a link the glob matches then expands as
 * a folder given by name does, and no walk can loop through links.
 */
const linksAsEntries: FileSystemAdapter = {
  // Not resolved either: a link that leads nowhere is still an entry, reported as a path that does
  // not exist (as before the glob library), rather than left out without a word.
  realpathSync: ((file: string) => file) as unknown as typeof fs.realpathSync,
  statSync: (() => ({ isDirectory: () => false })) as unknown as typeof fs.statSync,
};

/**
 * The files and folders a glob matches, sorted; folders (and links to folders) expand to the data
 * files in them. Hidden files and folders are left out unless the glob names them (`.x/*`), as in
 * a shell; node_modules always. Globs have `*`, `**`, `?`, `[…]`, nested `{a,{b,c}}`, `\` escapes
 * and extglobs such as `!(draft*).yaml` (picomatch's syntax).
 */
export function expandGlob(glob: string, pattern: RegExp = DATA_FILE, warn?: Warn): string[] {
  const { base, pattern: below } = splitGlob(glob);
  const matches = globSync(below, {
    cwd: base,
    onlyFiles: false,
    expandDirectories: false,
    ignore: ['**/node_modules', '**/node_modules/**'],
    fs: linksAsEntries,
  })
    // A pattern that matches the empty name (`!(draft*)` alone) yields the base folder itself as
    // `.`: that is not one of the entries the glob chose, and expanding it would bring back the
    // very files the pattern left out.
    .filter((entry) => entry !== '.' && entry !== './' && entry !== '')
    .map((entry) => path.join(base, entry))
    // Files a glob matches are data files or nothing, as in a folder; folders (entries ending in
    // `/`) and links that lead to folders expand below.
    .filter((file) => file.endsWith(path.sep) || pattern.test(path.basename(file)) || isFolder(file))
    .map((file) => (file.endsWith(path.sep) && file !== path.sep ? file.slice(0, -1) : file))
    .sort();
  return expandPaths(matches, pattern, warn);
}

function isFolder(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** Whether a path names `file`: the same path however spelled, or the same file through a link. */
function isFile(file: string): (candidate: string) => boolean {
  const resolved = path.resolve(file);
  let target: fs.Stats | undefined;
  try {
    target = fs.statSync(file);
  } catch {
    // Not there yet: then only its own path names it.
  }
  return (candidate) => {
    if (path.resolve(candidate) === resolved) return true;
    if (!target || target.ino === 0) return false;
    try {
      const stat = fs.statSync(candidate);
      return stat.ino === target.ino && stat.dev === target.dev;
    } catch {
      return false;
    }
  };
}

export interface ExpandOptions {
  /** Which files in folders count (default: YAML, JSON and CSV). */
  pattern?: RegExp;
  /**
   * The command's -o file: refused when given as an input (the report would replace it), left
   * out of folders and globs (a report written among the answers is not read back as one).
   */
  output?: string;
  /** The -o file is a workbook report datascan wrote (found out beforehand: isWorkbookReport). */
  outputIsReport?: boolean;
  /** Told of entries in folders that are left out (default: a line on stderr, in English). */
  warn?: Warn;
}

/**
 * Whether an existing file is a report datascan wrote (a profile as JSON or ndjson, a CSV of
 * scores), judged by how it starts: only such a file may be replaced by -o from inside an input
 * folder. Anything else there (an answer file above all) must never be overwritten.
 */
export function isDatascanReport(file: string): boolean {
  let head: string;
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const buffer = Buffer.alloc(4096);
      head = buffer.toString('utf8', 0, fs.readSync(fd, buffer, 0, buffer.length, 0));
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
  head = head.replace(/^\uFEFF/, '');
  // Empty (a CSV of no profiles) or `[]` (JSON of none): nothing anybody wrote by hand is lost.
  if (/^\s*(\[\s*\]\s*)?$/.test(head)) return true;
  // A profile starts with its questionnaire as an object (an answer file names it with a string);
  // a comparison with its model.
  if (/^\s*(\[\s*)?\{\s*"questionnaire"\s*:\s*\{/.test(head) || /^\s*\{\s*"model"\s*:\s*\{/.test(head)) return true;
  return /^file[,;]organisation[,;]questionnaire[,;]version[,;]respondents[,;]/.test(head);
}

/**
 * The data files a folder or glob yields for answers: workbooks always (an answer workbook names its
 * questionnaire, as an answer file does), CSV only when a questionnaire is given for it.
 */
export function answerFilePattern(csvQuestionnaire: string | undefined): RegExp {
  return formatPattern(csvQuestionnaire !== undefined ? DATA : [...STRUCTURED, 'xlsx']);
}

/** The usage error for inputs that hold no answer files at all. */
export function noAnswerFiles(inputs: readonly string[], csvQuestionnaire: string | undefined): ToolText {
  return tool('input.no-answer-files', { inputs: [...inputs], csv: csvQuestionnaire !== undefined });
}

/**
 * Files, folders and globs to a list of files, in the order given, without duplicates: a file named
 * twice, however spelled (`a.yaml`, `./a.yaml`, its absolute path, a link to it), is read once, as
 * first named, so an aggregate never counts one respondent twice.
 */
export function expandInputs(
  inputs: readonly string[],
  { pattern, output, outputIsReport, warn }: ExpandOptions = {},
): string[] {
  const namesOutput = output !== undefined ? isFile(output) : () => false;
  // The -o file met in a folder or glob: left out when it is an earlier report, refused otherwise.
  const isOutput = (file: string, from: string): boolean => {
    if (!namesOutput(file)) return false;
    if (fs.existsSync(file) && !outputIsReport && !isDatascanReport(file)) {
      throw new UserError(tool('output.in-folder', { output: output!, from }), EXIT.usage);
    }
    return true;
  };
  // An -o file that this run's pattern leaves out (a CSV of answers, without --questionnaire) is
  // still one of the data files in the folder: it must not be replaced either.
  const guardOutsidePattern = (files: () => string[], from: string) => {
    if (
      output === undefined ||
      pattern === undefined ||
      pattern.test(output) ||
      !DATA_FILE.test(output) ||
      !fs.existsSync(output)
    )
      return;
    for (const file of files()) isOutput(file, from);
  };
  const out: string[] = [];
  for (const input of inputs) {
    if (hasGlob(input) && !fs.existsSync(input)) {
      guardOutsidePattern(() => expandGlob(input, DATA_FILE, warn), input);
      const found = expandGlob(input, pattern, warn).filter((f) => !isOutput(f, input));
      if (found.length === 0) throw new UserError(msg('file.no-match', { input }), EXIT.usage);
      out.push(...found);
      continue;
    }
    const found = expandPaths([input], pattern, warn);
    const named = found.length === 1 && found[0] === input;
    if (!named) guardOutsidePattern(() => expandPaths([input], DATA_FILE, warn), input);
    if (named && namesOutput(input)) throw new UserError(tool('output.is-input', { output: output! }), EXIT.usage);
    out.push(...(named ? found : found.filter((f) => !isOutput(f, input))));
  }
  const seen = new Set<string>();
  return out.filter((file) => {
    const real = realPath(file);
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
}

export function isCsv(file: string): boolean {
  return isFormat(file, 'csv');
}

/** A CSV file or a workbook: rows of answers, which may need --questionnaire (a survey export). */
export function isSpreadsheet(file: string): boolean {
  return isFormat(file, ['csv', 'xlsx']);
}

/** Larger than any export a survey tool makes of a few thousand respondents. */
const MAX_CSV_BYTES = 100 * 1024 * 1024;

export interface AnswerInput {
  file: string;
  /** The questionnaire the answers were checked against. */
  questionnaire?: Questionnaire;
  /**
   * Answer sets without errors (a YAML/JSON file has at most one, a CSV file one per row). A CSV
   * file's are read from the file again as they are iterated, so that its rows are never all in
   * memory at once.
   */
  sets: Iterable<AnswerSet>;
  diagnostics: Diagnostic[];
  /**
   * Answer sets left out for their errors: a CSV file's rows with errors (or the file, when it is
   * refused as a whole), or an answer file with errors; each with the organisation it names, if any.
   */
  skipped: SkippedSet[];
}

/** How much of a CSV file is read at a time. */
const CSV_CHUNK_BYTES = 64 * 1024;

/** How a CSV file's bytes are read: UTF-8 when they are UTF-8, else as Excel on Windows saves CSV. */
type TextEncoding = 'utf-8' | 'windows-1252';

/**
 * The text of a file a piece at a time. Read as UTF-8, bytes that are no UTF-8 throw a TypeError
 * (the caller reads the file again as Windows-1252); as Windows-1252, every byte is a character.
 */
function* textPieces(file: string, encoding: TextEncoding): Generator<string> {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(CSV_CHUNK_BYTES);
    if (encoding === 'windows-1252') {
      // Not TextDecoder's: Node 20's reads Windows-1252 as Latin-1 (see util/windows-1252.ts).
      for (let n; (n = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0;)
        yield decodeWindows1252(buffer.subarray(0, n));
      return;
    }
    const decoder = new TextDecoder(encoding, { fatal: true });
    for (let n; (n = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0;)
      yield decoder.decode(buffer.subarray(0, n), { stream: true });
    const rest = decoder.decode();
    if (rest !== '') yield rest;
  } finally {
    fs.closeSync(fd);
  }
}

/** Whether an error is TextDecoder's for bytes that are not in its encoding. */
function isNotDecodable(error: unknown): boolean {
  return error instanceof TypeError && (error as NodeJS.ErrnoException).code === 'ERR_ENCODING_INVALID_ENCODED_DATA';
}

function cannotRead(file: string, error: unknown): FindingText {
  return msg('file.cannot-read', { file, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
}

/** A CSV file read through once for its findings, in the encoding its bytes are in. */
function checkCsv(file: string, q: Questionnaire, options: AnswerTableOptions): [CsvAnswerReader, TextEncoding] {
  const read = (encoding: TextEncoding): CsvAnswerReader => {
    const reader = new CsvAnswerReader(file, q, {
      ...options,
      ...(encoding === 'windows-1252' ? { decodedAs: encoding } : {}),
    });
    for (const piece of textPieces(file, encoding)) {
      reader.push(piece);
      if (reader.stopped) break;
    }
    reader.end();
    return reader;
  };
  try {
    return [read('utf-8'), 'utf-8'];
  } catch (error) {
    if (!isNotDecodable(error)) throw error;
    return [read('windows-1252'), 'windows-1252'];
  }
}

/**
 * A CSV answer file, read twice: once for its findings, which come before any profile, then again
 * for its answer sets as they are scored. Memory does not grow with its rows either time.
 */
function readCsvAnswers(file: string, q: Questionnaire, options: AnswerTableOptions): AnswerInput {
  let checked: CsvAnswerReader;
  let encoding: TextEncoding;
  try {
    if (fs.statSync(file).size > MAX_CSV_BYTES)
      return {
        file,
        sets: [],
        diagnostics: [diag(file, 'file-too-large', msg('file.csv-too-large', { mb: MAX_CSV_BYTES / 1024 / 1024 }))],
        skipped: [{}],
      };
    [checked, encoding] = checkCsv(file, q, options);
  } catch (error) {
    return { file, sets: [], diagnostics: [diag(file, 'file-unreadable', cannotRead(file, error))], skipped: [{}] };
  }
  const sets = function* (): Generator<AnswerSet> {
    const reader = new CsvAnswerReader(file, q, options);
    try {
      for (const piece of textPieces(file, encoding)) yield* reader.push(piece);
    } catch (error) {
      // Read a moment ago: it was changed or removed in between.
      throw new UserError(cannotRead(file, error), EXIT.usage);
    }
    yield* reader.end();
  };
  return {
    file,
    questionnaire: q,
    sets: checked.stopped ? [] : { [Symbol.iterator]: sets },
    diagnostics: checked.diagnostics,
    // A file refused as a whole is one answer set the less, however many rows it had.
    skipped: checked.stopped ? [{}] : [...checked.skipped],
  };
}

/** The organisation an answer file with errors names, when it names one as text. */
function organisationIn(data: unknown): SkippedSet {
  const organisation =
    typeof data === 'object' && data !== null ? (data as { organisation?: unknown }).organisation : undefined;
  return typeof organisation === 'string' && organisation.trim() !== '' ? { organisation } : {};
}

/**
 * An .xlsx file: an answer workbook names its questionnaire on its cover sheet; any other workbook
 * is a survey export, read as a table with the questionnaire given by --questionnaire. A workbook
 * is read whole (exceljs has no other way), so one over the CSV size limit is refused before it is
 * opened.
 */
async function readWorkbookAnswers(
  file: string,
  workspace: Workspace,
  tableQuestionnaire: Questionnaire | undefined,
  table: AnswerTableOptions,
): Promise<AnswerInput> {
  const refused = (d: Diagnostic): AnswerInput => ({ file, sets: [], diagnostics: [d], skipped: [{}] });
  let bytes: Buffer;
  try {
    if (fs.statSync(file).size > MAX_CSV_BYTES)
      return refused(diag(file, 'file-too-large', msg('file.csv-too-large', { mb: MAX_CSV_BYTES / 1024 / 1024 })));
    bytes = fs.readFileSync(file);
  } catch (error) {
    return refused(diag(file, 'file-unreadable', cannotRead(file, error)));
  }
  const loaded = await loadWorkbook(bytes);
  if ('refused' in loaded) return refused(notAWorkbook(file, loaded.refused));
  const { workbook } = loaded;
  // A report saved among the answers is not a respondent who answered nothing.
  if (isReportWorkbook(workbook))
    return { file, sets: [], diagnostics: [diag(file, 'unknown-kind', msg('workbook.is-report'))], skipped: [] };
  const named = workbookQuestionnaire(workbook);
  if (!named) {
    if (!tableQuestionnaire) throw new UserError(tool('input.export-needs-questionnaire', { file }), EXIT.usage);
    return { file, questionnaire: tableQuestionnaire, ...readTableWorkbook(workbook, file, tableQuestionnaire, table) };
  }
  const id = named.id.text.trim();
  const questionnaireFile = workspace.catalog.get(id);
  const q = questionnaireFile !== undefined ? workspace.load(questionnaireFile).questionnaire : undefined;
  if (!q) {
    const said = msg('questionnaire.not-found', {
      ref: id,
      suggestion: closest(id, workspace.catalog.keys()),
      known: [...workspace.catalog.keys()],
    });
    return refused(atCell(diag(file, 'unknown-questionnaire', said, undefined, 'error', { id }), named.id));
  }
  return { file, questionnaire: q, ...readAnswerWorkbook(workbook, file, q) };
}

/**
 * Reads one answer file of any format: `readAnswerInput`, and answer workbooks (.xlsx), which
 * name their questionnaire on their cover sheet and can only be read asynchronously.
 */
export async function readAnswerInputOrWorkbook(
  file: string,
  workspace: Workspace,
  csvQuestionnaire: Questionnaire | undefined,
  table: AnswerTableOptions = {},
): Promise<AnswerInput> {
  return isFormat(file, 'xlsx')
    ? readWorkbookAnswers(file, workspace, csvQuestionnaire, table)
    : readAnswerInput(file, workspace, csvQuestionnaire, table);
}

/**
 * Reads one answer file. YAML and JSON files name their questionnaire; CSV files are read with the
 * one given by --questionnaire. Nothing is kept in the workspace, so memory stays flat.
 */
export function readAnswerInput(
  file: string,
  workspace: Workspace,
  csvQuestionnaire: Questionnaire | undefined,
  table: AnswerTableOptions = {},
): AnswerInput {
  if (isCsv(file)) {
    if (!csvQuestionnaire) throw new UserError(tool('input.csv-needs-questionnaire', { file }), EXIT.usage);
    return readCsvAnswers(file, csvQuestionnaire, table);
  }
  const checked = workspace.loadUncached(file);
  if (checked.kind !== 'answers' && checked.kind !== 'unknown') {
    return {
      file,
      sets: [],
      diagnostics: [diag(file, 'unknown-kind', msg('kind.not-answers', { kind: checked.kind }))],
      skipped: [],
    };
  }
  return {
    file,
    ...(checked.questionnaire ? { questionnaire: checked.questionnaire } : {}),
    sets: checked.answers ? [checked.answers] : [],
    diagnostics: checked.diagnostics,
    skipped: hasErrors(checked.diagnostics) ? [organisationIn(checked.data ?? checked.source?.data)] : [],
  };
}

/** A profile JSON file (what `score --format json` wrote), or undefined when the file is not one. */
export function readProfileFile(file: string): { profile?: Profile; diagnostics: Diagnostic[] } | undefined {
  if (!isFormat(file, 'json')) return undefined;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  // Read as JSON only, as every other `.json` file: a profile written as YAML would pass here and
  // fail in every other tool. One that is not JSON goes on as an answer file, whose check says so.
  const source = parseSourceQuickly(file, text);
  const data = source.data;
  if (Array.isArray(data)) {
    if (data.length > 0 && data.every((p) => typeof p === 'object' && p !== null && 'overall' in p)) {
      return {
        diagnostics: [
          diag(file, 'wrong-type', msg('profile.several', { count: data.length }), {
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 1,
          }),
        ],
      };
    }
    return undefined;
  }
  if (typeof data !== 'object' || data === null || !('overall' in data) || 'answers' in data) return undefined;
  const diagnostics = schemaDiagnostics(validateAgainst('profile', data), source);
  return diagnostics.length > 0 ? { diagnostics } : { profile: data as Profile, diagnostics };
}
