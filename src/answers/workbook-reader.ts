/**
 * Reads .xlsx workbooks with exceljs (loaded only now): datascan's own answer workbook (from
 * `template --format xlsx`), found by the names its cells were given, and any other workbook's
 * first sheet as a table (survey exports: a header row, a row per respondent; answer-table.ts). Every finding points at its cell: line = row,
 * column = column number, and the message starts with the cell's reference (`Vragen!F7`).
 */
import lazy from '../lazy/modules.cjs';
import type { CellValue, Row, Workbook, Worksheet } from 'exceljs';
import { diag } from '../diagnostics/diag.js';
import { msg, sayFinding } from '../diagnostics/messages.js';
import type { Diagnostic, Position } from '../diagnostics/types.js';
import { localize } from '../questionnaire/text.js';
import type { Questionnaire } from '../questionnaire/types.js';
import { sameVersion } from '../util/version.js';
import { WORKBOOK_REPORT_KEYWORD } from '../util/file-formats.js';
import { answerFromCell, normaliseText } from './cell.js';
import { namedChoices } from './choices-named.js';
import { checkAnswers, checkMigratedAnswers } from './check.js';
import { AnswerTableReader, readDate, type AnswerTableOptions, type SkippedSet } from './answer-table.js';
import { migrateAnswerSet } from './migrate.js';
import type { Answer, AnswerSet } from './types.js';
import { CELL_NAMES } from './workbook-template.js';

/** A cell's text and where it is. */
export interface CellText {
  text: string;
  position: Position;
  /** `Sheet!C7`, as findings name it. */
  ref: string;
}

/** The text a cell shows: numbers as their text, dates as ISO dates, rich text flattened, formulas by their result. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // exceljs gives a date cell as the moment in UTC that its serial number stands for.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value)
    return 'result' in value ? cellText(value.result as CellValue) : '';
  if ('text' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as CellValue);
  return '';
}

/** Days from Excel's day 0 to 1970-01-01. */
const EXCEL_EPOCH_DAYS = 25569;

/**
 * A whole number in a date cell that lost its date format: Excel's day count (1900 system), as an
 * ISO date; undefined for anything else.
 */
function serialDate(text: string): string | undefined {
  if (!/^\d{1,6}$/.test(text)) return undefined;
  const date = new Date((Number(text) - EXCEL_EPOCH_DAYS) * 86_400_000);
  return date.getUTCFullYear() >= 1900 ? date.toISOString().slice(0, 10) : undefined;
}

/** A sheet name as a cell reference writes it: quoted when it is more than letters, digits and `_`. */
function sheetPart(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * A cell's text and place, without creating it in the sheet: a stray cell at XFD1048576 must not
 * make every cell before it exist.
 */
function cellAt(sheet: Worksheet, row: number, column: number): CellText {
  const cell = sheet.findCell(row, column);
  return {
    // exceljs gives every cell of a merged range its first cell's value; the file has it once.
    text: cell && cell.isMerged && cell.master !== cell ? '' : cellText(cell?.value),
    position: { line: row, column, endLine: row, endColumn: column },
    ref: `${sheetPart(sheet.name)}!${sheet.getColumn(column).letter}${row}`,
  };
}

/**
 * The language the answer workbook was made in: the first whose question text stands in a
 * question's row; the questionnaire's first when none does (texts edited, or one language only).
 */
function workbookLanguage(sheet: Worksheet, headerRow: number, q: Questionnaire): string {
  const texts = new Set<string>();
  // Only the cells the sheet holds: a stray cell far out is one more cell, not a million empty ones.
  sheet.eachRow((row, r) => {
    if (r > headerRow) row.eachCell((cell) => texts.add(normaliseText(cellText(cell.value))));
  });
  const first = q.languages[0] ?? 'en';
  return (
    q.languages.find((language) =>
      q.questions.some((question) => texts.has(normaliseText(localize(question.text, language, first)))),
    ) ?? first
  );
}

/** The number of a row's last cell with text, or 0. */
function lastFilled(row: Row | undefined): number {
  let last = 0;
  row?.eachCell((cell, column) => {
    if (cellText(cell.value).trim() !== '') last = column;
  });
  return last;
}

/**
 * More than the parts of any survey export of a few thousand respondents hold unzipped. exceljs
 * holds a workbook's XML and every cell of it in memory at once, many times the size of the XML, and
 * a zip of a few megabytes can unzip to gigabytes.
 */
export const MAX_WORKBOOK_UNZIPPED_BYTES = 50 * 1024 * 1024;

/**
 * Whether a zip's parts unzip to more than `limit` bytes together, counted as they unzip (the sizes
 * a zip file states may lie); undefined when the bytes are no zip that unzips.
 */
async function unzipsBeyond(bytes: Uint8Array, limit: number): Promise<boolean | undefined> {
  try {
    const zip = await lazy.zipLibrary().loadAsync(bytes);
    let total = 0;
    for (const entry of Object.values(zip.files)) {
      if (entry.dir) continue;
      // jszip's stream is an old-style one (events only): counted until the end or the limit.
      const over = await new Promise<boolean>((resolve, reject) => {
        const stream = entry.nodeStream('nodebuffer');
        stream.on('error', reject).on('end', () => resolve(false));
        stream.on('data', (chunk: Buffer) => {
          total += chunk.length;
          if (total <= limit) return;
          stream.pause();
          resolve(true);
        });
      });
      if (over) return true;
    }
    return false;
  } catch {
    return undefined;
  }
}

/** A workbook read from its bytes, or why it was not: no .xlsx file exceljs can read, or too large unzipped. */
export type LoadedWorkbook = { workbook: Workbook } | { refused: 'invalid' | 'too-large' };

/** A workbook from its bytes; one that unzips to more than `limit` bytes is not read. */
export async function loadWorkbook(
  bytes: Uint8Array,
  limit: number = MAX_WORKBOOK_UNZIPPED_BYTES,
): Promise<LoadedWorkbook> {
  const beyond = await unzipsBeyond(bytes, limit);
  if (beyond === undefined) return { refused: 'invalid' };
  if (beyond) return { refused: 'too-large' };
  const workbook = new (lazy.excelLibrary().Workbook)();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { refused: 'invalid' };
  }
  // Any zip loads; one without a sheet (a zip of other files) is no workbook.
  return workbook.worksheets.length > 0 ? { workbook } : { refused: 'invalid' };
}

/** Whether a workbook is a report datascan wrote (`score --format xlsx`), which holds no answers. */
export function isReportWorkbook(workbook: Workbook): boolean {
  return workbook.keywords === WORKBOOK_REPORT_KEYWORD;
}

/** The finding about a whole file that is no workbook, or one too large to read: one line, like any file that is not text. */
export function notAWorkbook(file: string, why: 'invalid' | 'too-large' = 'invalid'): Diagnostic {
  return why === 'too-large'
    ? diag(file, 'file-too-large', msg('workbook.too-large', { mb: MAX_WORKBOOK_UNZIPPED_BYTES / 1024 / 1024 }))
    : diag(file, 'not-text', msg('workbook.invalid'));
}

/**
 * The sheet a survey export is read from: the first one shown that holds a cell with text (a
 * hidden sheet, or an empty first one, is not what anyone takes for the export); else the first.
 */
function tableSheet(workbook: Workbook): Worksheet | undefined {
  const shown = workbook.worksheets.filter((sheet) => sheet.state === 'visible');
  const holding = (sheet: Worksheet) => {
    for (let r = 1; r <= sheet.rowCount; r++) if (lastFilled(sheet.findRow(r)) > 0) return true;
    return false;
  };
  return shown.find(holding) ?? workbook.worksheets[0];
}

/**
 * The first sheet shown that holds text (tableSheet), as its header row and the rows below it (empty rows left out): every cell's text
 * and place. The header runs to its last cell with text; a row has the header's cells and, after
 * them, only those of its other cells that have text (a table never holds the empty width a stray
 * far cell spans). Rows are read as they are iterated.
 */
export function xlsxRows(workbook: Workbook): { header: CellText[]; rows: Iterable<CellText[]> } {
  const sheet = tableSheet(workbook);
  if (!sheet) return { header: [], rows: [] };
  const width = lastFilled(sheet.findRow(1));
  const rowAt = (r: number) => Array.from({ length: width }, (_, c) => cellAt(sheet, r, c + 1));
  const rows = function* (): Generator<CellText[]> {
    for (let r = 2; r <= sheet.rowCount; r++) {
      const found = sheet.findRow(r);
      if (!found || lastFilled(found) === 0) continue;
      const beyond: CellText[] = [];
      found.eachCell((cell, column) => {
        if (column > width && cellText(cell.value).trim() !== '') beyond.push(cellAt(sheet, r, column));
      });
      yield [...rowAt(r), ...beyond];
    }
  };
  return { header: rowAt(1), rows: { [Symbol.iterator]: rows } };
}

/** The cell a workbook-wide name stands for, or undefined. */
function namedCell(workbook: Workbook, name: string): { sheet: Worksheet; row: number; column: number } | undefined {
  const [range] = workbook.definedNames.getRanges(name).ranges;
  const match = range && /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)$/.exec(range);
  if (!match) return undefined;
  const sheet = workbook.getWorksheet((match[1]?.replace(/''/g, "'") ?? match[2])!);
  if (!sheet) return undefined;
  return { sheet, row: Number(match[4]), column: sheet.getColumn(match[3]!).number };
}

function namedText(workbook: Workbook, name: string): CellText | undefined {
  const found = namedCell(workbook, name);
  return found && cellAt(found.sheet, found.row, found.column);
}

/** The questionnaire an answer workbook names on its cover sheet, or undefined for any other workbook. */
export function workbookQuestionnaire(workbook: Workbook): { id: CellText; version?: CellText } | undefined {
  const id = namedText(workbook, CELL_NAMES.questionnaire);
  if (!id || id.text.trim() === '') return undefined;
  const version = namedText(workbook, CELL_NAMES.version);
  return { id, ...(version && version.text.trim() !== '' ? { version } : {}) };
}

/** A finding about a cell: at its row and column, its message led by its reference. */
export function atCell(d: Diagnostic, cell: CellText): Diagnostic {
  const text = msg('workbook.cell', { cell: cell.ref, finding: d.text ?? msg('verbatim', { text: d.message }) });
  return { ...d, ...cell.position, message: sayFinding(text, 'en'), text, args: { ...d.args, cell: cell.ref } };
}

/**
 * The answers of a filled-in answer workbook to `q` (the questionnaire its cover names): one answer
 * set, or none when a cell has an error. Answers are read from the option labels of the dropdowns
 * (in any of the questionnaire's languages), as well as option values and the words for don't know
 * and not applicable. `skipped` has the answer set left out for its errors.
 */
export function readAnswerWorkbook(
  workbook: Workbook,
  file: string,
  q: Questionnaire,
): { sets: AnswerSet[]; diagnostics: Diagnostic[]; skipped: SkippedSet[] } {
  const diagnostics: Diagnostic[] = [];
  const answerColumn = namedCell(workbook, CELL_NAMES.answerColumn);
  const noteColumn = namedCell(workbook, CELL_NAMES.noteColumn);
  const idColumn = namedCell(workbook, CELL_NAMES.idColumn);
  const cover = workbookQuestionnaire(workbook);
  if (!answerColumn || !idColumn || !cover)
    return { sets: [], diagnostics: [diag(file, 'unknown-kind', msg('workbook.not-answer-workbook'))], skipped: [{}] };
  const sheet = answerColumn.sheet;
  /** Where each answer came from, for findings about it: question id → its answer cell. */
  const answerCells = new Map<string, CellText>();
  const answers: Record<string, Answer> = {};
  const language = workbookLanguage(sheet, idColumn.row, q);
  for (let row = idColumn.row + 1; row <= sheet.rowCount; row++) {
    if (!sheet.findRow(row)) continue;
    const id = cellAt(sheet, row, idColumn.column).text.trim();
    const answerCell = cellAt(sheet, row, answerColumn.column);
    const note = noteColumn ? cellAt(sheet, row, noteColumn.column).text.trim() : '';
    // An answer whose row lost its id (edited, or a row inserted) would be lost without a word.
    if (id === '') {
      if (answerCell.text.trim() !== '' || note !== '')
        diagnostics.push(atCell(diag(file, 'missing-key', msg('workbook.answer-without-id')), answerCell));
      continue;
    }
    const earlier = answerCells.get(id);
    if (earlier) {
      const said = msg('workbook.duplicate-question', { id, earlier: earlier.position.line });
      diagnostics.push(atCell(diag(file, 'duplicate-key', said, undefined, 'error', { id }), answerCell));
      continue;
    }
    answerCells.set(id, answerCell);
    const value = answerFromCell(q, id, answerCell.text);
    if (typeof value === 'object') {
      const named = namedChoices(q, id, language);
      const choices = [
        ...named.options.map((o) => o.label),
        ...(named.unknown ? [named.unknown] : []),
        ...(named.notApplicable ? [named.notApplicable] : []),
      ];
      const said = msg('workbook.invalid-answer', { value: value.invalid, id, choices });
      diagnostics.push(
        atCell(diag(file, 'invalid-answer', said, undefined, 'error', { id, value: value.invalid }), answerCell),
      );
      continue;
    }
    const answer: Answer = {
      ...(value !== undefined ? { value } : {}),
      ...(note !== '' ? { note } : {}),
    };
    if (answer.value !== undefined || answer.note !== undefined) answers[id] = answer;
  }

  const set: AnswerSet = { source: file, questionnaire: q.id, answers };
  const meta = (name: string) => {
    const cell = namedText(workbook, name);
    return cell && cell.text.trim() !== '' ? { ...cell, text: cell.text.trim() } : undefined;
  };
  if (cover.version) set.version = cover.version.text.trim();
  const organisation = meta(CELL_NAMES.organisation);
  if (organisation) set.organisation = organisation.text;
  const name = meta(CELL_NAMES.respondent);
  const role = meta(CELL_NAMES.role);
  if (name || role) set.respondent = { ...(name ? { name: name.text } : {}), ...(role ? { role: role.text } : {}) };
  const date = meta(CELL_NAMES.date);
  if (date) {
    const iso = readDate(date.text) ?? serialDate(date.text);
    if (iso) set.date = iso;
    else
      diagnostics.push(
        atCell(
          diag(file, 'invalid-value', msg('csv.invalid-date', { value: date.text }), undefined, 'error', {
            value: date.text,
          }),
          date,
        ),
      );
  }
  const cellOf = (path: (string | number)[]): CellText | undefined =>
    path[0] === 'answers' ? answerCells.get(String(path[1])) : path[0] === 'version' ? cover.version : undefined;
  const locate = (path: (string | number)[]): Position => cellOf(path)?.position ?? cover.id.position;
  const migrated =
    set.version !== undefined && !sameVersion(set.version, q.version) ? migrateAnswerSet(set, q) : undefined;
  const checked = migrated
    ? checkMigratedAnswers(migrated, q, file, locate, Infinity)
    : checkAnswers(set, q, file, locate, Infinity);
  // checkAnswers places a finding at a position; the cell there gives it its reference.
  const byPlace = new Map(
    [cover.id, ...(cover.version ? [cover.version] : []), ...answerCells.values()].map((c) => [
      `${c.position.line}:${c.position.column}`,
      c,
    ]),
  );
  for (const d of checked) {
    const cell = byPlace.get(`${d.line}:${d.column}`);
    diagnostics.push(cell ? atCell(d, cell) : d);
  }
  if (diagnostics.some((d) => d.severity === 'error'))
    return {
      sets: [],
      diagnostics,
      skipped: [set.organisation !== undefined ? { organisation: set.organisation } : {}],
    };
  return { sets: [migrated?.set ?? set], diagnostics, skipped: [] };
}

/**
 * A survey export: the first sheet as a table of answers to `q` (a header row, a row per
 * respondent), read by the same table reader as CSV exports; findings name their cells.
 */
export function readTableWorkbook(
  workbook: Workbook,
  file: string,
  q: Questionnaire,
  options: AnswerTableOptions = {},
): { sets: AnswerSet[]; diagnostics: Diagnostic[]; skipped: SkippedSet[] } {
  const table = new AnswerTableReader(file, q, options);
  const { header, rows } = xlsxRows(workbook);
  const sets: AnswerSet[] = [];
  if (header.length > 0 && table.header(header, 1))
    for (const row of rows) {
      const set = table.row(row, row[0]!.position.line);
      if (set) sets.push(set);
    }
  table.end();
  const sheet = tableSheet(workbook);
  const diagnostics = table.diagnostics.map((d) =>
    sheet && d.line > 0 && d.column > 0 ? atCell(d, cellAt(sheet, d.line, d.column)) : d,
  );
  return { sets: table.stopped ? [] : sets, diagnostics, skipped: table.stopped ? [{}] : [...table.skipped] };
}
