/**
 * Answers in a table, whatever file it came in (a CSV text, a sheet of a workbook): one row per
 * respondent under a header row. A front reads the file, and feeds this reader the header and then
 * each data row as cells `{ text, position }`, where `position` is what a finding about the cell
 * points at (a CSV file: its line and character columns; a workbook: its row and column):
 *
 *   const table = new AnswerTableReader(file, questionnaire, { ignoreColumns });
 *   if (table.header(cells, line)) for (…each row…) { const set = table.row(cells, line); … }
 *   table.end();
 *   table.diagnostics; table.skipped; table.stopped;
 *
 * `header` matches each column to a question by its id or its text in any of the questionnaire's
 * languages, or to a metadata column (organisation, respondent, role, date, version, in English and
 * Dutch; the columns Microsoft Forms adds are left out), and refuses the table for any other column
 * not named in `ignoreColumns`. `row` gives the row's answer set, or undefined for an empty row or
 * one with errors (then `skipped` gains it, with its organisation when the row names one). A front
 * adds its own findings with `report` (one row or cell) or `refuse` (the file as a whole).
 */
import type { Diagnostic, Position } from '../diagnostics/types.js';
import type { Questionnaire, Text } from '../questionnaire/types.js';
import { namedChoices } from './choices-named.js';
import { diag } from '../diagnostics/diag.js';
import { msg } from '../diagnostics/messages.js';
import { FindingList } from '../diagnostics/limit.js';
import { closest } from '../util/suggest.js';
import { sameVersion } from '../util/version.js';
import { answerFromCell, normaliseText } from './cell.js';
import { checkAnswers, checkMigratedAnswers } from './check.js';
import { migrateAnswerSet } from './migrate.js';
import type { Answer, AnswerSet } from './types.js';

/** A cell of the table: its text, and where a finding about it points. */
export interface TableCell {
  text: string;
  readonly position: Position;
}

export interface AnswerTableOptions {
  /** Columns that hold no answers and are left out (compared as header texts are: see normaliseText). */
  ignoreColumns?: readonly string[];
}

/** An answer set left out for its errors: the organisation its row names, if any (for `--group-by`). */
export interface SkippedSet {
  organisation?: string;
}

const META_COLUMNS = ['organisation', 'respondent', 'role', 'date', 'version'] as const;
type MetaColumn = (typeof META_COLUMNS)[number];

// The tool's own words (not questionnaire content): how exports head these columns, in English and Dutch.
const META_NAMES = new Map<string, MetaColumn>([
  ['organisation', 'organisation'],
  ['organization', 'organisation'],
  ['organisatie', 'organisation'],
  ['respondent', 'respondent'],
  ['naam', 'respondent'],
  ['name', 'respondent'],
  ['role', 'role'],
  ['rol', 'role'],
  ['functie', 'role'],
  ['date', 'date'],
  ['datum', 'date'],
  ['version', 'version'],
  ['versie', 'version'],
]);

/** What Microsoft Forms puts before the questions (in Dutch and English): no answers, left out. */
const FORMS_COLUMNS = new Set(
  [
    'ID',
    'Begintijd',
    'Start time',
    'Tijd van voltooien',
    'Completion time',
    'E-mail',
    'Email',
    'Tijdstip van laatste wijziging',
    'Last modified time',
  ].map(normaliseText),
);

/** An ISO date, or a Dutch `28-11-2026` / `28/11/2026`, each with or without a time; undefined when none. */
export function readDate(raw: string): string | undefined {
  // The time a survey tool adds (`28-11-2026 10:15`, `2026-11-28T10:15:00Z`) is not part of the date.
  const cell = raw.trim().replace(/(?<=\d)(?:T| +)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/, '');
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
export function lineAt(line: number): Position {
  return { line, column: 1, endLine: line, endColumn: 1 };
}

function textsOf(text: Text): string[] {
  return typeof text === 'string' ? [text] : Object.values(text);
}

/** What a header cell names: a question, a metadata column, or a column that is left out. */
type Column = { question: string } | { meta: MetaColumn } | { ignored: true };

/** The header row, read: where each meta column and each question is. */
interface Header {
  cells: number;
  meta: Map<MetaColumn, number>;
  questions: Map<string, number>;
}

export class AnswerTableReader {
  private readonly questionIds: Set<string>;
  /** Question texts in every language, normalised, to the question; null where two questions share one. */
  private readonly byText = new Map<string, string | null>();
  private readonly ignored: Set<string>;
  private findings = new FindingList();
  private table: Header | undefined;
  private headLine = 0;
  /** Rows after the header, empty ones included. */
  private rows = 0;
  private failed = false;
  private readonly left: SkippedSet[] = [];
  /** The language the file seems to be in (that of its question-text headers), for naming labels in findings. */
  private language: string;

  constructor(
    private readonly file: string,
    private readonly q: Questionnaire,
    options: AnswerTableOptions = {},
  ) {
    // Ids of earlier versions too, which rows answered for those versions carry over (see migrate.ts);
    // in a row of the current version an answer there is an unknown question.
    this.questionIds = new Set([
      ...q.questions.map((x) => x.id),
      ...(q.migrations ?? []).flatMap((step) => [...Object.keys(step.questions), ...(step.added ?? [])]),
    ]);
    for (const question of q.questions)
      for (const text of textsOf(question.text)) {
        const key = normaliseText(text);
        const earlier = this.byText.get(key);
        this.byText.set(key, earlier === undefined || earlier === question.id ? question.id : null);
      }
    this.ignored = new Set((options.ignoreColumns ?? []).map(normaliseText));
    this.language = q.languages[0] ?? 'en';
  }

  /**
   * The language most question columns are headed in, by their text; the questionnaire's first
   * when they are headed by id.
   */
  private headerLanguage(header: Header, cells: readonly TableCell[]): string {
    const votes = new Map<string, number>();
    for (const [id, i] of header.questions) {
      const text = this.q.questions.find((question) => question.id === id)?.text;
      if (text === undefined || typeof text === 'string') continue;
      const said = normaliseText(cells[i]?.text ?? '');
      for (const [language, own] of Object.entries(text))
        if (normaliseText(own) === said) votes.set(language, (votes.get(language) ?? 0) + 1);
    }
    let best = this.language;
    for (const [language, count] of votes) if (count > (votes.get(best) ?? 0)) best = language;
    return best;
  }

  /** Whether the table is refused as a whole: no more rows can change what is said about it. */
  get stopped(): boolean {
    return this.failed;
  }

  /** The findings so far (all of them, once `end` was called). */
  get diagnostics(): Diagnostic[] {
    return this.findings.list();
  }

  /** The rows left out for their errors. */
  get skipped(): readonly SkippedSet[] {
    return this.left;
  }

  /** A finding of the front about a row or cell, kept with the others (up to the limit). */
  report(finding: Diagnostic): void {
    this.findings.add(finding.severity, () => finding);
  }

  /** One finding is all there is to say about the file; no answer set is read from it. */
  refuse(finding: Diagnostic): void {
    this.failed = true;
    this.findings = new FindingList();
    this.findings.add(finding.severity, () => finding);
  }

  /** After the last row: a table without a header or without rows is refused. */
  end(): void {
    if (this.failed) return;
    if (!this.table) this.refuse(diag(this.file, 'empty-file', msg('file.empty')));
    else if (this.rows === 0) this.refuse(diag(this.file, 'empty-file', msg('csv.no-answers'), lineAt(this.headLine)));
  }

  /** What a header cell names, or undefined when nothing. */
  private columnOf(raw: string): Column | undefined {
    const id = raw.trim().toLowerCase();
    if (this.questionIds.has(id)) return { question: id };
    const name = normaliseText(raw);
    const meta = META_NAMES.get(name);
    if (meta) return { meta };
    const question = this.byText.get(name);
    if (question) return { question };
    if (FORMS_COLUMNS.has(name) || this.ignored.has(name)) return { ignored: true };
    return undefined;
  }

  /** The did-you-mean for a column that is none: the nearest question id, metadata column or question text. */
  private suggestion(raw: string): string | undefined {
    const id = raw.trim().toLowerCase();
    const byId = closest(id, [...this.questionIds, ...META_COLUMNS]);
    if (byId) return byId;
    const shown = new Map<string, string>();
    for (const question of this.q.questions)
      for (const text of textsOf(question.text)) shown.set(normaliseText(text), text.trim());
    const near = closest(normaliseText(raw), shown.keys());
    return near === undefined ? undefined : shown.get(near);
  }

  /**
   * The header: meta columns and questions; any other column is a mistake that would lose answers
   * (a misspelt question), unless it is left out by name. False when the table is refused for it.
   */
  header(cells: readonly TableCell[], line: number): boolean {
    if (this.failed) return false;
    this.headLine = line;
    const problems = new FindingList();
    const header: Header = { cells: cells.length, meta: new Map(), questions: new Map() };
    const names = new Map<string, number>();
    const columns = new Map<string, number>();
    for (const [i, cell] of cells.entries()) {
      const raw = cell.text.trim();
      const name = raw.toLowerCase();
      if (name === '') {
        problems.add('error', () =>
          diag(this.file, 'csv-syntax', msg('csv.unnamed-column', { column: i + 1 }), cell.position),
        );
        continue;
      }
      const earlierName = names.get(name);
      if (earlierName !== undefined) {
        problems.add('error', () =>
          diag(
            this.file,
            'csv-duplicate-column',
            msg('csv.duplicate-column', { name, earlier: earlierName + 1 }),
            cell.position,
            'error',
            { id: name },
          ),
        );
        continue;
      }
      names.set(name, i);
      const column = this.columnOf(raw);
      if (column === undefined) {
        const ambiguous = this.byText.get(normaliseText(raw)) === null;
        problems.add('error', () =>
          diag(
            this.file,
            'unknown-question',
            ambiguous
              ? msg('csv.ambiguous-column', { name: raw })
              : msg('csv.unknown-column', { name: raw, questionnaire: this.q.id, suggestion: this.suggestion(raw) }),
            cell.position,
            'error',
            { id: raw },
          ),
        );
        continue;
      }
      if ('ignored' in column) continue;
      const target = 'question' in column ? column.question : column.meta;
      const key = 'question' in column ? `question ${target}` : `meta ${target}`;
      const earlier = columns.get(key);
      if (earlier !== undefined) {
        problems.add('error', () =>
          diag(
            this.file,
            'csv-duplicate-column',
            msg('csv.same-column', { name: raw, target, earlier: earlier + 1 }),
            cell.position,
            'error',
            { id: target },
          ),
        );
        continue;
      }
      columns.set(key, i);
      if ('question' in column) header.questions.set(column.question, i);
      else header.meta.set(column.meta, i);
    }
    if (problems.list().length > 0) {
      this.failed = true;
      this.findings = problems;
      return false;
    }
    this.table = header;
    this.language = this.headerLanguage(header, cells);
    return true;
  }

  /** A row's answer set, or undefined when the row is empty or has errors (they become findings). */
  row(cells: readonly TableCell[], line: number): AnswerSet | undefined {
    const header = this.table;
    if (this.failed || !header) return undefined;
    this.rows++;
    if (cells.every((c) => c.text.trim() === '')) return undefined;
    const { file, q } = this;
    const rowDiagnostics: Diagnostic[] = [];
    const at = (column: number | undefined): Position =>
      (column === undefined ? undefined : cells[column]?.position) ?? lineAt(line);
    const extra = cells.findIndex((c, i) => i >= header.cells && c.text.trim() !== '');
    if (extra >= 0) {
      rowDiagnostics.push(
        diag(file, 'csv-syntax', msg('csv.extra-cells', { cells: cells.length, header: header.cells }), at(extra)),
      );
    }
    const text = (column: MetaColumn) => {
      const i = header.meta.get(column);
      const value = i === undefined ? '' : (cells[i]?.text ?? '').trim();
      return value === '' ? undefined : value;
    };
    const answers: Record<string, Answer> = {};
    for (const [id, i] of header.questions) {
      const value = answerFromCell(q, id, cells[i]?.text ?? '');
      if (value === undefined) continue;
      if (typeof value === 'object') {
        // Only what the question allows, labelled as people wrote the file.
        const said = msg('csv.invalid-answer', { value: value.invalid, id, ...namedChoices(q, id, this.language) });
        rowDiagnostics.push(diag(file, 'invalid-answer', said, at(i), 'error', { id, value: value.invalid }));
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
          diag(file, 'invalid-value', msg('csv.invalid-date', { value: date }), at(header.meta.get('date')), 'error', {
            value: date,
          }),
        );
    }
    const locate = (path: (string | number)[]): Position =>
      at(
        path[0] === 'answers'
          ? header.questions.get(String(path[1]))
          : path[0] === 'version'
            ? header.meta.get('version')
            : undefined,
      );
    // A row answered for an earlier version is carried over first, so that a renamed question is not unknown.
    const migrated =
      set.version !== undefined && !sameVersion(set.version, q.version) ? migrateAnswerSet(set, q) : undefined;
    // A row has a finding per cell at most: all of them, to know whether the row is good.
    rowDiagnostics.push(
      ...(migrated
        ? checkMigratedAnswers(migrated, q, file, locate, Infinity)
        : checkAnswers(set, q, file, locate, Infinity)),
    );
    for (const d of rowDiagnostics) this.report(d);
    if (rowDiagnostics.some((d) => d.severity === 'error')) {
      this.left.push(organisation !== undefined ? { organisation } : {});
      return undefined;
    }
    return migrated?.set ?? set;
  }
}
