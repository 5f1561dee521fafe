/**
 * Answers from CSV, as survey tools and spreadsheets export them: one row per respondent, read by
 * the table core (answer-table.ts: which columns and cells mean what). This is the CSV side of it:
 * the text a piece at a time, Excel's `sep=;` first line, both `,` and `;` separators, and where
 * each cell is: its line, and its first and last character (columns in UTF-16 code units, as
 * everywhere).
 */
import { CsvError, parse } from 'csv-parse/sync';
import type { Diagnostic, Position } from '../diagnostics/types.js';
import type { Questionnaire } from '../questionnaire/types.js';
import { diag } from '../diagnostics/diag.js';
import { msg, type CsvQuote, type FindingText } from '../diagnostics/messages.js';
import { LineIndex } from '../source/line-index.js';
import { AnswerTableReader, lineAt, type AnswerTableOptions, type SkippedSet, type TableCell } from './answer-table.js';
import type { AnswerSet } from './types.js';

export interface CsvAnswers {
  /** One answer set per row without errors, source `file#row-N` (N: the row's line). */
  sets: AnswerSet[];
  diagnostics: Diagnostic[];
  /** The rows left out for their errors. */
  skipped: readonly SkippedSet[];
}

export interface CsvReadOptions extends AnswerTableOptions {
  /** The bytes were no UTF-8 and were read as Windows-1252 (the file host decides): said as a warning. */
  decodedAs?: 'windows-1252';
}

/** `,` or `;` as found in the header; any other character only when a `sep=` first line names it. */
type Delimiter = string;

/** `;` when the header line has more semicolons than commas (outside quotes), else `,`. */
export function detectDelimiter(text: string): Delimiter {
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

/** Excel's first line `sep=;` names the separator (any one character but a quote or a line break); it is no header. */
const SEPARATOR_LINE = /^sep=([^"\r\n])[ \t]*(\r?\n|$)/i;

/**
 * The start of UTF-16 text (Excel's "Unicode text"), as it reads as UTF-8 or Windows-1252: its
 * byte-order mark (`FF FE`, `FE FF`), or a first letter with a NUL byte after or before it.
 */
// eslint-disable-next-line no-control-regex
const UTF16_START = /^(?:\u00ff\u00fe|\u00fe\u00ff|[^\u0000]\u0000|\u0000[^\u0000])/;

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

/** A blank around a cell, trimmed: a space, or a tab where the tab does not separate the cells. */
const isBlank = (c: string | undefined, delimiter: string) => (c === ' ' || c === '\t') && c !== delimiter;
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
    while (isBlank(text[i], delimiter)) i++;
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
      while (isBlank(text[i], delimiter)) i++;
      if (!endsCell(text[i], delimiter)) return { cells, problem: { at: i, quote: 'after' } };
    } else {
      for (; !endsCell(text[i], delimiter); i++) {
        if (text[i] === '"')
          return {
            cells,
            problem: { at: i, quote: 'inside' },
          };
        if (!isBlank(text[i], delimiter)) end = i + 1;
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

/**
 * Reads CSV answers a piece of text at a time, so that a file of a million rows is never in memory
 * at once: each piece ends after the last line break outside quotes, is parsed on its own and
 * gives the answer sets of its rows. Findings are kept up to the limit per file; after a syntax
 * error, a binary byte or a problem in the header there are no answer sets, and that is all that
 * is said (as for a file read at once).
 */
export class CsvAnswerReader {
  private readonly table: AnswerTableReader;
  private pending = '';
  /** Whether the end of `pending` is inside quotes. */
  private quoted = false;
  /** Lines before `pending`. */
  private linesBefore = 0;
  private delimiter: Delimiter | undefined;
  private headerRead = false;
  private first = true;
  /** Whether any text but white space came. */
  private started = false;

  constructor(
    private readonly file: string,
    q: Questionnaire,
    options: CsvReadOptions = {},
  ) {
    this.table = new AnswerTableReader(file, q, options);
    if (options.decodedAs) this.table.report(diag(file, 'not-utf8', msg('file.windows-1252'), undefined, 'warning'));
  }

  /** Whether the file is refused as a whole: no more text can change what is said about it. */
  get stopped(): boolean {
    return this.table.stopped;
  }

  /** The findings so far (all of them, once `end` was called). */
  get diagnostics(): Diagnostic[] {
    return this.table.diagnostics;
  }

  /** The rows left out for their errors so far. */
  get skipped(): readonly SkippedSet[] {
    return this.table.skipped;
  }

  /** Reads the next piece of the file; the answer sets of the rows it completes, without errors. */
  push(text: string): AnswerSet[] {
    if (this.stopped) return [];
    if (this.first && UTF16_START.test(text)) {
      this.table.refuse(diag(this.file, 'not-text', msg('csv.utf16')));
      return [];
    }
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
    if (this.stopped) return [];
    const rest = this.pending;
    this.pending = '';
    const sets = rest.trim() === '' ? [] : this.parse(rest);
    this.table.end();
    return this.stopped ? [] : sets;
  }

  /** Refuses a piece with a NUL byte or a character that stands for bytes lost in an earlier conversion. */
  private readable(piece: string): boolean {
    if (piece.includes('\u0000')) this.table.refuse(diag(this.file, 'not-text', msg('csv.binary')));
    else if (piece.includes('\uFFFD')) this.table.refuse(diag(this.file, 'not-text', msg('file.not-utf8')));
    return !this.stopped;
  }

  private parse(whole: string): AnswerSet[] {
    let text = whole;
    if (this.delimiter === undefined) {
      const named = SEPARATOR_LINE.exec(text);
      if (named) {
        this.delimiter = named[1]!;
        text = text.slice(named[0].length);
        if (named[2] !== '') this.linesBefore++;
      } else {
        this.delimiter = detectDelimiter(text);
      }
    }
    const delimiter = this.delimiter;
    const offset = this.linesBefore;
    const cells = new CellLocator(text, delimiter, offset);
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
      const found = cells.firstProblem();
      const e = error as CsvError & { lines?: number };
      const message =
        found?.message ??
        msg('csv.parser', { detail: e.message.replace(/^[^:]*:\s*/, '').replace(/ at line \d+.*$/s, '') });
      this.table.refuse(diag(this.file, 'csv-syntax', message, found?.position ?? lineAt(offset + (e.lines ?? 1))));
      return [];
    }
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.linesBefore++;
    const sets: AnswerSet[] = [];
    for (const record of records) {
      const line = offset + startLine(record);
      // A cell's place is worked out only when a finding needs it.
      const row: TableCell[] = record.record.map((cell, i) => ({
        text: cell,
        get position() {
          return cells.cell(line, i);
        },
      }));
      if (!this.headerRead) {
        this.headerRead = true;
        if (!this.table.header(row, line)) return [];
        continue;
      }
      const set = this.table.row(row, line);
      if (set) sets.push(set);
    }
    return sets;
  }
}

/** The line a record starts on: the line it ends on, less the line breaks inside its cells. */
function startLine(r: CsvRecord): number {
  return r.info.lines - r.record.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
}

/** All answers of a CSV text at once (a file read piece by piece: CsvAnswerReader). */
export function parseAnswersCsv(
  text: string,
  file: string,
  q: Questionnaire,
  options: CsvReadOptions = {},
): CsvAnswers {
  const reader = new CsvAnswerReader(file, q, options);
  const sets = [...reader.push(text), ...reader.end()];
  return { sets, diagnostics: reader.diagnostics, skipped: reader.skipped };
}
