/**
 * One spreadsheet cell as an answer to one question, however a person or a survey tool wrote it:
 * the option's value (`3`, `2,5`), the option's label in any of the questionnaire's languages
 * ("Gedeeltelijk"), or a word for "don't know" / "not applicable" where the question allows it.
 * Shared by every table-shaped input: CSV exports, survey workbooks and datascan's own answer workbook.
 */
import type { Questionnaire, Text } from '../questionnaire/types.js';
import { optionsOf } from '../questionnaire/structure.js';
import type { AnswerValue } from './types.js';

/** What a cell says: nothing, an answer, or text that is none of the question's answers. */
export type CellAnswer = undefined | AnswerValue | { invalid: string };

/**
 * A text as compared with labels and question texts: case, white space, a trailing `?` or `:` and
 * leading numbering (`12.`, `3)`) do not count.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\d+[.)]\s*/, '')
    .replace(/\s*[?:]+$/, '')
    .trim();
}

// The tool's own words (not questionnaire content): what survey tools and people write for these answers.
const UNKNOWN_WORDS = new Set(['unknown', 'weet niet', "don't know", 'dont know', 'do not know', 'onbekend']);
const NOT_APPLICABLE_WORDS = new Set([
  'n.v.t.',
  'n.v.t',
  'nvt',
  'n/a',
  'na',
  'not-applicable',
  'not applicable',
  'niet van toepassing',
]);

/** Every language's version of a text. */
function textsOf(text: Text): string[] {
  return typeof text === 'string' ? [text] : Object.values(text);
}

/**
 * A cell as an answer to `questionId`. A number is read as an option value (a decimal comma too);
 * other text as an option label or as "don't know" / "not applicable". Whether the question allows
 * the value is checked with every other answer (answers/check.ts), which says what is allowed.
 */
export function answerFromCell(q: Questionnaire, questionId: string, raw: string): CellAnswer {
  const cell = raw.trim();
  if (cell === '') return undefined;
  const number = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(cell) ? Number(cell.replace(',', '.')) : NaN;
  if (Number.isFinite(number)) return number;
  // `?` would normalise to '' (a trailing question mark does not count), so it is looked for as written.
  if (cell === '?') return 'unknown';
  const said = normaliseText(cell);
  for (const option of optionsOf(q, questionId).options)
    if (textsOf(option.label).some((label) => normaliseText(label) === said)) return option.value;
  if (UNKNOWN_WORDS.has(said)) return 'unknown';
  if (NOT_APPLICABLE_WORDS.has(said)) return 'not-applicable';
  return { invalid: cell };
}
