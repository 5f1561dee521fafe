/**
 * Answers from CSV, as survey tools and spreadsheets export them: one row per respondent, columns
 * `organisation`, `respondent`, `role`, `date` (all optional) and one per question id. Empty cell:
 * unanswered; `?`: unknown; `n.v.t.` or `n/a`: not applicable. Both `,` and `;` separators and
 * decimal commas are read. Every problem points at the cell it is about: its line, and its first
 * and last character (columns in UTF-16 code units, as everywhere).
 */
import { CsvError, parse } from 'csv-parse/sync';
import type { Diagnostic, Position } from '../diagnostics/types.js';
import type { Questionnaire } from '../questionnaire/types.js';
import { optionsOf } from '../questionnaire/structure.js';
import { diag } from '../diagnostics/diag.js';
import { msg, type CsvQuote, type FindingText } from '../diagnostics/messages.js';
import { FindingList } from '../diagnostics/limit.js';
import { closest } from '../util/suggest.js';
import { LineIndex } from '../source/line-index.js';
import { checkAnswers, checkMigratedAnswers } from './check.js';
import { migrateAnswerSet } from './migrate.js';
import type { Answer, AnswerSet, AnswerValue } from './types.js';
import { sameVersion } from '../util/version.js';

export interface CsvAnswers {
  /** One answer set per row without errors, source `file#row-N` (N: the row's line). */
  sets: AnswerSet[];
  diagnostics: Diagnostic[];
}

const META_COLUMNS = ['organisation', 'respondent', 'role', 'date', 'version'] as const;
type MetaColumn = (typeof META_COLUMNS)[number];

/** `;` when the header line has more semicolons than commas (outside quotes), else `,`. */
export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** A cell as an answer value; undefined for an empty cell, a string for text that is none of them. */
export function readCell(raw: string): AnswerValue | undefined | { invalid: string } {
  const cell = raw.trim();
  if (cell === '') return undefined;
  if (cell === '?' || cell.toLowerCase() === 'unknown') return 'unknown';
  if (/^(n\.?v\.?t\.?|n\/a|not-applicable)$/i.test(cell)) return 'not-applicable';
  // A decimal comma (`2,5`) as well as a decimal point.
  const number = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(cell) ? Number(cell.replace(',', '.')) : NaN;
  return Number.isFinite(number) ? number : { invalid: cell };
}

/** An ISO date, or a Dutch `28-11-2026` / `28/11/2026` turned into one; undefined when neither. */
export function readDate(raw: string): string | undefined {
  const cell = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cell);
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(cell);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dutch ? [dutch[3], dutch[2], dutch[1]] : [];
  if (y === undefined || m === undefined || d === undefined) return undefined;
  return isCalendarDate(Number(y), Number(m), Number(d))
    ? `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`
    : undefined;
}

/** 31-02-2026 looks like a date but is none. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The start of a line, for a finding about a row or the header as a whole. */
function lineAt(line: number): Position {
  return { line, column: 1, endLine: line, endColumn: 1 };
}

/** A cell's text in a piece of CSV: from its first character to after its last (quotes included). */
interface Span {
  start: number;
  end: number;
}

/** Where a record's cells are, or the first thing in it that csv-parse refuses. */
interface ScannedRecord {
  cells: Span[];
  /** Where the next record starts (undefined after a problem). */
  next?: number;
  problem?: { at: number; quote: CsvQuote };
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';
const endsCell = (c: string | undefined, delimiter: string) =>
  c === undefined || c === delimiter || c === '\n' || c === '\r';

/**
 * The cells of the record that starts at `from`, read as csv-parse reads them (quotes only at the
 * start of a cell, `""` inside quotes, blanks around a cell trimmed): csv-parse says which cell
 * (by number) and which line a record ends on, not where a cell or a mistake is.
 */
function scanRecord(text: string, from: number, delimiter: string): ScannedRecord {
  const cells: Span[] = [];
  let i = from;
  for (;;) {
    while (isBlank(text[i])) i++;
    const start = i;
    let end = i;
    if (text[i] === '"') {
      for (i++; ;) {
        const quote = text.indexOf('"', i);
        if (quote < 0)
          return {
            cells,
            problem: { at: start, quote: 'unclosed' },
          };
        i = quote + 1;
        if (text[i] !== '"') break;
        i++;
      }
      end = i;
      while (isBlank(text[i])) i++;
      if (!endsCell(text[i], delimiter)) return { cells, problem: { at: i, quote: 'after' } };
    } else {
      for (; !endsCell(text[i], delimiter); i++) {
        if (text[i] === '"')
          return {
            cells,
            problem: { at: i, quote: 'inside' },
          };
        if (!isBlank(text[i])) end = i + 1;
      }
    }
    cells.push({ start, end });
    if (text[i] !== delimiter) {
      const next = text[i] === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
      return { cells, next };
    }
    i++;
  }
}

/** Positions of cells in a piece of CSV text, worked out only when a finding needs one. */
class CellLocator {
  private index: LineIndex | undefined;

  constructor(
    private readonly text: string,
    private readonly delimiter: string,
    /** Lines of the file before the piece. */
    private readonly linesBefore: number,
  ) {}

  private get lines(): LineIndex {
    return (this.index ??= new LineIndex(this.text));
  }

  private position(start: number, end: number): Position {
    const a = this.lines.linePos(start);
    const b = this.lines.linePos(end);
    return { line: a.line + this.linesBefore, column: a.col, endLine: b.line + this.linesBefore, endColumn: b.col };
  }

  /** Cell `index` (0-based) of the record that starts on `line` of the file; the line's start if it has none. */
  cell(line: number, index: number | undefined): Position {
    const span =
      index === undefined
        ? undefined
        : scanRecord(this.text, this.lines.lineStart(line - this.linesBefore), this.delimiter).cells[index];
    return span ? this.position(span.start, span.end) : lineAt(line);
  }

  /** The first thing csv-parse would refuse, and where it is. */
  firstProblem(): { message: FindingText; position: Position } | undefined {
    for (let at: number | undefined = 0; at !== undefined && at < this.text.length;) {
      const record = scanRecord(this.text, at, this.delimiter);
      if (record.problem)
        return {
          message: msg('csv.quote', { problem: record.problem.quote }),
          position: this.position(record.problem.at, record.problem.at + 1),
        };
      at = record.next;
    }
    return undefined;
  }
}

/** A record as csv-parse gives it with `info`: its cells and the line it ends on. */
interface CsvRecord {
  record: string[];
  info: { lines: number };
}

/** The header row, read: where each meta column and each question is. */
interface Header {
  cells: number;
  meta: Map<MetaColumn, number>;
  questions: Map<string, number>;
}

/**
 * Reads CSV answers a piece of text at a time, so that a file of a million rows is never in memory
 * at once: each piece ends after the last line break outside quotes, is parsed on its own and
 * gives the answer sets of its rows. Findings are kept up to the limit per file; after a syntax
 * error, a binary byte or a problem in the header there are no answer sets, and that is all that
 * is said (as for a file read at once).
 */
export class CsvAnswerReader {
  private readonly questionIds: Set<string>;
  private findings: FindingList;
  private pending = '';
  /** Whether the end of `pending` is inside quotes. */
  private quoted = false;
  /** Lines before `pending`. */
  private linesBefore = 0;
  private delimiter: ',' | ';' | undefined;
  private header: Header | undefined;
  private headLine = 0;
  private first = true;
  /** Whether any text but white space came. */
  private started = false;
  /** Records after the header, empty ones included. */
  private rows = 0;
  private failed = false;
  /** The cells of the piece being read. */
  private cells: CellLocator | undefined;

  constructor(
    private readonly file: string,
    private readonly q: Questionnaire,
  ) {
    // Ids of earlier versions too, which rows answered for those versions carry over (see migrate.ts);
    // in a row of the current version an answer there is an unknown question.
    this.questionIds = new Set([
      ...q.questions.map((x) => x.id),
      ...(q.migrations ?? []).flatMap((step) => [...Object.keys(step.questions), ...(step.added ?? [])]),
    ]);
    this.findings = new FindingList();
  }

  /** Whether the file is refused as a whole: no more text can change what is said about it. */
  get stopped(): boolean {
    return this.failed;
  }

  /** The findings so far (all of them, once `end` was called). */
  get diagnostics(): Diagnostic[] {
    return this.findings.list();
  }

  /** Reads the next piece of the file; the answer sets of the rows it completes, without errors. */
  push(text: string): AnswerSet[] {
    if (this.failed) return [];
    const piece = this.first && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    this.first = false;
    if (!this.readable(piece)) return [];
    // Nothing is parsed before the first text that is not white space: a file of only that is empty.
    if (!this.started && piece.trim() === '') {
      this.pending += piece;
      return [];
    }
    this.started = true;
    // The last line break outside quotes: the text up to it holds whole records.
    let cut = -1;
    let quoted = this.quoted;
    for (let i = 0; i < piece.length; i++) {
      const c = piece.charCodeAt(i);
      if (c === 34) quoted = !quoted;
      else if (c === 10 && !quoted) cut = i;
    }
    this.quoted = quoted;
    if (cut < 0) {
      this.pending += piece;
      return [];
    }
    const complete = this.pending + piece.slice(0, cut + 1);
    this.pending = piece.slice(cut + 1);
    return this.parse(complete);
  }

  /** Reads what is left; the answer sets of the last rows. */
  end(): AnswerSet[] {
    if (this.failed) return [];
    const rest = this.pending;
    this.pending = '';
    const sets = rest.trim() === '' ? [] : this.parse(rest);
    if (this.failed) return [];
    if (!this.header) this.refuse(diag(this.file, 'empty-file', msg('file.empty')));
    else if (this.rows === 0) this.refuse(diag(this.file, 'empty-file', msg('csv.no-answers'), lineAt(this.headLine)));
    return this.failed ? [] : sets;
  }

  /** Refuses a piece with a NUL byte or a character that stands for bytes that were no UTF-8. */
  private readable(piece: string): boolean {
    if (piece.includes('\u0000')) this.refuse(diag(this.file, 'not-text', msg('csv.binary')));
    else if (piece.includes('\uFFFD')) this.refuse(diag(this.file, 'not-text', msg('file.not-utf8')));
    return !this.failed;
  }

  /** One finding is all there is to say about the file; no answer set is read from it. */
  private refuse(finding: Diagnostic): void {
    this.failed = true;
    this.findings = new FindingList();
    this.findings.add(finding.severity, () => finding);
  }

  private parse(text: string): AnswerSet[] {
    const delimiter = (this.delimiter ??= detectDelimiter(text));
    const offset = this.linesBefore;
    this.cells = new CellLocator(text, delimiter, offset);
    let records: CsvRecord[];
    try {
      // With `info`, each record comes with the line it ends on.
      records = parse(text, {
        delimiter,
        info: true,
        relax_column_count: true,
        skip_empty_lines: true,
        trim: true,
      }) as unknown as CsvRecord[];
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      // csv-parse names the line it stopped at (for an unclosed quote, the end of the file) and
      // quotes the cell: the finding says, in datascan's words, where the mistake is.
      const found = this.cells.firstProblem();
      const e = error as CsvError & { lines?: number };
      const message =
        found?.message ??
        msg('csv.parser', { detail: e.message.replace(/^[^:]*:\s*/, '').replace(/ at line \d+.*$/s, '') });
      this.refuse(diag(this.file, 'csv-syntax', message, found?.position ?? lineAt(offset + (e.lines ?? 1))));
      return [];
    }
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.linesBefore++;
    const sets: AnswerSet[] = [];
    for (const record of records) {
      const line = offset + startLine(record);
      if (!this.header) {
        this.readHeader(record.record, line);
        if (this.failed) return [];
        continue;
      }
      const set = this.readRow(this.header, record.record, line);
      if (set) sets.push(set);
    }
    return sets;
  }

  /** The header: meta columns, question ids; anything else is a mistake that would lose answers. */
  private readHeader(cells: string[], line: number): void {
    this.headLine = line;
    const problems = new FindingList();
    const header: Header = { cells: cells.length, meta: new Map(), questions: new Map() };
    const seen = new Map<string, number>();
    const known = [...this.questionIds, ...META_COLUMNS];
    for (const [i, raw] of cells.entries()) {
      const name = raw.trim().toLowerCase();
      const at = this.cellAt(line, i);
      if (name === '') {
        problems.add('error', () => diag(this.file, 'csv-syntax', msg('csv.unnamed-column', { column: i + 1 }), at));
        continue;
      }
      const earlier = seen.get(name);
      if (earlier !== undefined) {
        problems.add('error', () =>
          diag(
            this.file,
            'csv-duplicate-column',
            msg('csv.duplicate-column', { name, earlier: earlier + 1 }),
            at,
            'error',
            { id: name },
          ),
        );
        continue;
      }
      seen.set(name, i);
      if ((META_COLUMNS as readonly string[]).includes(name)) header.meta.set(name as MetaColumn, i);
      else if (this.questionIds.has(name)) header.questions.set(name, i);
      else {
        problems.add('error', () =>
          diag(
            this.file,
            'unknown-question',
            msg('csv.unknown-column', { name: raw.trim(), questionnaire: this.q.id, suggestion: closest(name, known) }),
            at,
            'error',
            { id: raw.trim() },
          ),
        );
      }
    }
    const found = problems.list();
    if (found.length > 0) {
      this.failed = true;
      this.findings = problems;
    } else {
      this.header = header;
    }
  }

  private cellAt(line: number, index: number | undefined): Position {
    return this.cells ? this.cells.cell(line, index) : lineAt(line);
  }

  /** A row's answer set, or undefined when the row is empty or has errors (they become findings). */
  private readRow(header: Header, cells: string[], line: number): AnswerSet | undefined {
    this.rows++;
    if (cells.every((c) => c.trim() === '')) return undefined;
    const { file, q } = this;
    const rowDiagnostics: Diagnostic[] = [];
    const extra = cells.findIndex((c, i) => i >= header.cells && c.trim() !== '');
    if (extra >= 0) {
      rowDiagnostics.push(
        diag(
          file,
          'csv-syntax',
          msg('csv.extra-cells', { cells: cells.length, header: header.cells }),
          this.cellAt(line, extra),
        ),
      );
    }
    const text = (column: MetaColumn) => {
      const i = header.meta.get(column);
      const value = i === undefined ? '' : (cells[i] ?? '').trim();
      return value === '' ? undefined : value;
    };
    const answers: Record<string, Answer> = {};
    for (const [id, i] of header.questions) {
      const value = readCell(cells[i] ?? '');
      if (value === undefined) continue;
      if (typeof value === 'object') {
        const { scale, options, notApplicable } = optionsOf(q, id);
        // Only what the question allows: `unknown` unless its scale forbids it, `not-applicable` where it or its scale allows it.
        const said = msg('csv.invalid-answer', {
          value: value.invalid,
          id,
          options: options.map((o) => o.value),
          unknown: scale?.unknown !== false,
          notApplicable,
        });
        rowDiagnostics.push(
          diag(file, 'invalid-answer', said, this.cellAt(line, i), 'error', { id, value: value.invalid }),
        );
        continue;
      }
      answers[id] = { value };
    }
    const set: AnswerSet = { source: `${file}#row-${line}`, questionnaire: q.id, answers };
    const organisation = text('organisation');
    if (organisation !== undefined) set.organisation = organisation;
    const version = text('version');
    if (version !== undefined) set.version = version;
    const name = text('respondent');
    const role = text('role');
    if (name !== undefined || role !== undefined)
      set.respondent = { ...(name !== undefined ? { name } : {}), ...(role !== undefined ? { role } : {}) };
    const date = text('date');
    if (date !== undefined) {
      const iso = readDate(date);
      if (iso) set.date = iso;
      else
        rowDiagnostics.push(
          diag(
            file,
            'invalid-value',
            msg('csv.invalid-date', { value: date }),
            this.cellAt(line, header.meta.get('date')),
            'error',
            { value: date },
          ),
        );
    }
    const locate = (path: (string | number)[]): Position => {
      const column =
        path[0] === 'answers'
          ? header.questions.get(String(path[1]))
          : path[0] === 'version'
            ? header.meta.get('version')
            : undefined;
      return this.cellAt(line, column);
    };
    // A row answered for an earlier version is carried over first, so that a renamed question is not unknown.
    const migrated =
      set.version !== undefined && !sameVersion(set.version, q.version) ? migrateAnswerSet(set, q) : undefined;
    // A row has a finding per cell at most: all of them, to know whether the row is good.
    rowDiagnostics.push(
      ...(migrated
        ? checkMigratedAnswers(migrated, q, file, locate, Infinity)
        : checkAnswers(set, q, file, locate, Infinity)),
    );
    for (const d of rowDiagnostics) this.findings.add(d.severity, () => d);
    return rowDiagnostics.some((d) => d.severity === 'error') ? undefined : (migrated?.set ?? set);
  }
}

/** The line a record starts on: the line it ends on, less the line breaks inside its cells. */
function startLine(r: CsvRecord): number {
  return r.info.lines - r.record.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
}

/** All answers of a CSV text at once (a file read piece by piece: CsvAnswerReader). */
export function parseAnswersCsv(text: string, file: string, q: Questionnaire): CsvAnswers {
  const reader = new CsvAnswerReader(file, q);
  const sets = [...reader.push(text), ...reader.end()];
  return { sets, diagnostics: reader.diagnostics };
}
