/**
 * Answers from CSV, as survey tools and spreadsheets export them: one row per respondent, columns
 * `organisation`, `respondent`, `role`, `date` (all optional) and one per question id. Empty cell:
 * unanswered; `?`: unknown; `n.v.t.` or `n/a`: not applicable. Both `,` and `;` separators and
 * decimal commas are read. Every problem points at file:line:column, the column being the cell's.
 */
import { CsvError, parse } from 'csv-parse/sync';
import type { Diagnostic, Position } from '../diagnostics/types.js';
import type { Questionnaire } from '../questionnaire/types.js';
import { optionsOf } from '../questionnaire/structure.js';
import { diag } from '../diagnostics/diag.js';
import { didYouMean } from '../util/suggest.js';
import { checkAnswers } from './check.js';
import type { Answer, AnswerSet, AnswerValue } from './types.js';

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

function cellAt(line: number, column: number): Position {
  return { line, column, endLine: line, endColumn: column };
}

export function parseAnswersCsv(text: string, file: string, q: Questionnaire): CsvAnswers {
  const diagnostics: Diagnostic[] = [];
  const sets: AnswerSet[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { sets, diagnostics: [diag(file, 'empty-file', 'file is empty')] };
  const delimiter = detectDelimiter(body);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, each record comes with the line it ends on.
    records = parse(body, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as typeof records;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const e = error as CsvError & { lines?: number; column?: number | string };
    const column = typeof e.column === 'number' ? e.column + 1 : 1;
    return {
      sets,
      diagnostics: [diag(file, 'csv-syntax', e.message.replace(/^[^:]*:\s*/, ''), cellAt(e.lines ?? 1, column))],
    };
  }
  const startLine = (r: { record: string[]; info: { lines: number } }) =>
    r.info.lines - r.record.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);

  // The header: meta columns, question ids; anything else is a mistake that would lose answers.
  const [head, ...rows] = records;
  if (!head) return { sets, diagnostics: [diag(file, 'empty-file', 'file is empty')] };
  const headLine = startLine(head);
  const questions = new Set(q.questions.map((x) => x.id));
  const meta = new Map<MetaColumn, number>();
  const questionColumns = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const [i, raw] of head.record.entries()) {
    const name = raw.trim().toLowerCase();
    const at = cellAt(headLine, i + 1);
    if (name === '') {
      diagnostics.push(diag(file, 'csv-syntax', `column ${i + 1} has no name in the header row`, at));
      continue;
    }
    const earlier = seen.get(name);
    if (earlier !== undefined) {
      diagnostics.push(
        diag(
          file,
          'csv-duplicate-column',
          `column \`${name}\` appears twice in the header (also column ${earlier + 1})`,
          at,
          'error',
          { id: name },
        ),
      );
      continue;
    }
    seen.set(name, i);
    if ((META_COLUMNS as readonly string[]).includes(name)) meta.set(name as MetaColumn, i);
    else if (questions.has(name)) questionColumns.set(name, i);
    else {
      const known = [...questions, ...META_COLUMNS];
      diagnostics.push(
        diag(
          file,
          'unknown-question',
          `column \`${raw.trim()}\` is not a question of \`${q.id}\` (nor organisation, respondent, role or date)${didYouMean(name, known)}`,
          at,
          'error',
          { id: raw.trim() },
        ),
      );
    }
  }
  if (diagnostics.length > 0) return { sets, diagnostics };
  if (rows.length === 0)
    return {
      sets,
      diagnostics: [diag(file, 'empty-file', 'the file has a header row but no answers', cellAt(headLine, 1))],
    };

  for (const row of rows) {
    const line = startLine(row);
    const cells = row.record;
    if (cells.every((c) => c.trim() === '')) continue;
    const rowDiagnostics: Diagnostic[] = [];
    const extra = cells.findIndex((c, i) => i >= head.record.length && c.trim() !== '');
    if (extra >= 0) {
      rowDiagnostics.push(
        diag(
          file,
          'csv-syntax',
          `row has ${cells.length} cells, the header only ${head.record.length}`,
          cellAt(line, extra + 1),
        ),
      );
    }
    const text = (column: MetaColumn) => {
      const i = meta.get(column);
      const value = i === undefined ? '' : (cells[i] ?? '').trim();
      return value === '' ? undefined : value;
    };
    const answers: Record<string, Answer> = {};
    for (const [id, i] of questionColumns) {
      const value = readCell(cells[i] ?? '');
      if (value === undefined) continue;
      if (typeof value === 'object') {
        const allowed = optionsOf(q, id)
          .options.map((o) => o.value)
          .join(', ');
        rowDiagnostics.push(
          diag(
            file,
            'invalid-answer',
            `\`${value.invalid}\` is not an answer to \`${id}\`: give an option value (${allowed}), ? (don't know), n.v.t. or n/a (not applicable), or leave the cell empty`,
            cellAt(line, i + 1),
            'error',
            { id, value: value.invalid },
          ),
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
            `\`${date}\` is not a date: write it as 2026-11-28 (or 28-11-2026)`,
            cellAt(line, meta.get('date')! + 1),
            'error',
            { value: date },
          ),
        );
    }
    const locate = (path: (string | number)[]): Position => {
      const column =
        path[0] === 'answers'
          ? questionColumns.get(String(path[1]))
          : path[0] === 'version'
            ? meta.get('version')
            : undefined;
      return cellAt(line, (column ?? 0) + 1);
    };
    rowDiagnostics.push(...checkAnswers(set, q, file, locate));
    diagnostics.push(...rowDiagnostics);
    if (!rowDiagnostics.some((d) => d.severity === 'error')) sets.push(set);
  }
  return { sets, diagnostics };
}
