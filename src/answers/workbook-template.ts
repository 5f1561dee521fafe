/**
 * The answer workbook of `datascan template --format xlsx`, as data: which sheets, which cells hold
 * what, which are open to fill in, which have a dropdown. Pure; `writeWorkbook` (workbook-writer.ts)
 * turns it into an .xlsx file, and `readAnswerWorkbook` (workbook-reader.ts) reads a filled-in one
 * back by the names given to its cells here.
 */
import { optionsOf } from '../questionnaire/structure.js';
import { pathOf, unitTree } from '../questionnaire/tree.js';
import { localizer } from '../questionnaire/text.js';
import type { Questionnaire } from '../questionnaire/types.js';
import { safeText } from '../util/safe-text.js';
import { workbookLabels } from './workbook-labels.js';

export interface WorkbookCell {
  /** Always text: nothing from the questionnaire is ever written as a formula. */
  text: string;
  /** Open to fill in on a protected sheet; every other cell is locked. */
  open?: boolean;
  bold?: boolean;
  /** A workbook-wide name the reader finds the cell by (see CELL_NAMES). */
  name?: string;
  /** Shown as a date (ISO): a date typed in is a date cell, read back as one. */
  date?: boolean;
  /** A dropdown of these texts (an Excel data validation list). */
  choices?: readonly string[];
}

export interface WorkbookSheet {
  name: string;
  /** Column widths in characters. */
  widths: readonly number[];
  /** Rows from the first; an undefined cell is empty. */
  rows: readonly (readonly (WorkbookCell | undefined)[])[];
  /** Rows at the top that stay in view and are printed on every page. */
  headerRows: number;
  /** Printed across: wider than high. */
  landscape: boolean;
}

export interface WorkbookContent {
  sheets: readonly WorkbookSheet[];
  /** The sheet name of the lists behind dropdowns too long for a list written out (see workbook-writer.ts). */
  listsSheet: string;
}

/** The names of the cells a filled-in workbook is read by: its own header cells and fill-in cells. */
export const CELL_NAMES = {
  questionnaire: 'DatascanQuestionnaire',
  version: 'DatascanVersion',
  organisation: 'DatascanOrganisation',
  respondent: 'DatascanRespondent',
  role: 'DatascanRole',
  date: 'DatascanDate',
  /** The header cells of the questions sheet's columns: each column's answers are below it. */
  answerColumn: 'DatascanAnswerColumn',
  noteColumn: 'DatascanNoteColumn',
  idColumn: 'DatascanIdColumn',
} as const;

export interface WorkbookTemplateOptions {
  /** Language of the texts; default the questionnaire's first. */
  language?: string;
}

/** Leads each choice written out in the choices column, one to a line. */
const OPTION_BULLET = '• ';

/** A text on one line where a cell is narrow: line breaks and runs of spaces become one space. */
function flat(text: string): string {
  return safeText(text).replace(/\s+/g, ' ').trim();
}

export function answerWorkbookContent(q: Questionnaire, options: WorkbookTemplateOptions = {}): WorkbookContent {
  const language = options.language ?? q.languages[0] ?? 'en';
  const t = localizer(language, q.languages[0]);
  const words = workbookLabels(language);
  const label = (text: string): WorkbookCell => ({ text, bold: true });
  const open = (name: string): WorkbookCell => ({ text: '', open: true, name });

  const instructions = safeText(t(q.instructions))
    .split(/\n\s*\n/)
    .map((paragraph) => flat(paragraph))
    .filter((paragraph) => paragraph !== '');
  const cover: WorkbookSheet = {
    name: words.coverSheet,
    widths: [24, 60, 24],
    headerRows: 0,
    landscape: false,
    rows: [
      [{ text: flat(t(q.title)), bold: true }],
      [],
      [label(words.organisation), open(CELL_NAMES.organisation)],
      [label(words.respondent), open(CELL_NAMES.respondent)],
      [label(words.role), open(CELL_NAMES.role)],
      [label(words.date), { ...open(CELL_NAMES.date), date: true }, { text: words.dateHint }],
      [],
      [label(words.howTo)],
      ...words.steps.map((step) => [undefined, { text: step }]),
      ...instructions.map((paragraph) => [undefined, { text: paragraph }]),
      [],
      [label(words.questionnaire), { text: q.id, name: CELL_NAMES.questionnaire }],
      [label(words.version), { text: q.version, name: CELL_NAMES.version }],
    ],
  };

  const paths = new Map(unitTree(q).leaves.map((leaf) => [leaf.id, pathOf(leaf).map((u) => flat(t(u.name)))]));
  const questionRows = q.questions.map((question): WorkbookCell[] => {
    const [dimension = '', ...below] = paths.get(question.subdimension ?? question.dimension ?? '') ?? [];
    const { scale, options, notApplicable } = optionsOf(q, question.id);
    const choices = [
      ...options.map((option) => flat(t(option.label))),
      ...(scale?.unknown !== false ? [words.unknown] : []),
      ...(notApplicable ? [words.notApplicable] : []),
    ];
    const help = [
      safeText(t(question.help)).trim(),
      ...(question.criteria ? [words.criteria, ...question.criteria.map((c) => `- ${flat(t(c))}`)] : []),
    ].filter((line) => line !== '');
    return [
      { text: dimension },
      { text: below.join(' › ') },
      { text: safeText(t(question.text)).trim() },
      { text: help.join('\n') },
      // The dropdown is only as wide as the answer cell: every choice is also written out whole beside it.
      { text: choices.map((choice) => `${OPTION_BULLET}${choice}`).join('\n') },
      { text: '', open: true, choices },
      { text: '', open: true },
      { text: question.id },
    ];
  });
  const questions: WorkbookSheet = {
    name: words.questionsSheet,
    // Dimension, subdimension, question, explanation, choices, answer, note, id: about the width of an A4 page across.
    widths: [13, 15, 34, 34, 48, 24, 22, 9],
    headerRows: 1,
    landscape: true,
    rows: [
      [
        label(words.dimension),
        label(words.subdimension),
        label(words.question),
        label(words.help),
        label(words.choices),
        { ...label(words.answer), name: CELL_NAMES.answerColumn },
        { ...label(words.note), name: CELL_NAMES.noteColumn },
        { ...label(words.id), name: CELL_NAMES.idColumn },
      ],
      ...questionRows,
    ],
  };
  return { sheets: [cover, questions], listsSheet: words.listsSheet };
}
