/**
 * The answers per question as the reports show them: per question a small bar of how many
 * respondents chose each option (and how many answered without one), and the notes under it, as a
 * room discusses them. The text forms are here; the HTML report draws its own bar from the same counts.
 */
import { flattenUnits } from '../../scoring/profile-units.js';
import type { Profile, QuestionAnswers, QuestionNote, UnitProfile } from '../../scoring/types.js';
import { hangingWrap, visibleLength } from '../../util/text.js';
import type { Style } from '../../util/style.js';
import { formatNumber, formatScore } from '../format.js';
import type { Labels } from './labels.js';

/** The longest bar: one cell per respondent up to this many, scaled beyond. */
export const COUNT_CELLS = 10;

export interface AnswerCount {
  label: string;
  count: number;
}

/**
 * What a question's bar shows, in order: every option (zeros included, so the scale reads whole),
 * then don't know, not applicable and no answer when someone gave them.
 */
export function answerCounts(question: QuestionAnswers, kinds: Labels['answerKinds']): AnswerCount[] {
  const { counts } = question;
  const options = question.options.map((o) => ({ label: o.label, count: counts[String(o.value)] ?? 0 }));
  const without = (['unknown', 'notApplicable', 'unanswered'] as const)
    .filter((kind) => counts[kind] > 0)
    .map((kind) => ({ label: kinds[kind], count: counts[kind] }));
  return [...options, ...without];
}

/** How many respondents a question's counts cover. */
export function countTotal(question: QuestionAnswers): number {
  let total = 0;
  for (const key in question.counts) total += question.counts[key] ?? 0;
  return total;
}

/** A count as a bar of `█`: one per respondent, scaled to COUNT_CELLS for more; never empty for a count above 0. */
export function countBar(count: number, total: number): string {
  return '█'.repeat(Math.ceil((count * COUNT_CELLS) / Math.max(total, COUNT_CELLS)));
}

/** Each option's part of the bar: `Not yet ██ 2`, `In pilots 0`. */
export function countItems(question: QuestionAnswers, labels: Labels, language: string): string[] {
  const total = countTotal(question);
  return answerCounts(question, labels.answerKinds).map(({ label, count }) =>
    [label, countBar(count, total), formatNumber(count, language)].filter(Boolean).join(' '),
  );
}

/** `Not yet ██ 2 · In pilots ████ 4 · don't know █ 1`. */
export function countsLine(question: QuestionAnswers, labels: Labels, language: string): string {
  return countItems(question, labels, language).join(' · ');
}

/** Items joined by ` · `, wrapped between items (an item wider than a line is wrapped on its own). */
function wrapItems(indent: string, items: readonly string[], width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const item of items) {
    const joined = line === '' ? item : `${line} · ${item}`;
    if (line !== '' && visibleLength(indent + joined) > width) {
      out.push(...hangingWrap(indent, line, width));
      line = item;
    } else line = joined;
  }
  if (line !== '') out.push(...hangingWrap(indent, line, width));
  return out;
}

/**
 * `Is there a register? (value 2.67)`: its text and the value scoring uses (none without one); in a
 * consensus file, a question the room did not discuss says so after it.
 */
export function questionTitle(question: QuestionAnswers, labels: Labels, language: string): string {
  const value = question.value === null ? '' : ` ${labels.optionValue(formatScore(question.value, language))}`;
  return `${question.text}${value}${question.combined ? ` ${labels.combinedMark}` : ''}`;
}

/** `Ann: the note`, or the note alone when the answers name nobody. */
export function noteText(note: QuestionNote): string {
  return note.respondent === null ? note.text : `${note.respondent}: ${note.text}`;
}

/** The units with questions of their own, each with the names from its dimension down. */
export function questionUnits(profile: Profile): { path: string; questions: QuestionAnswers[] }[] {
  return flattenUnits<UnitProfile>(profile.dimensions).flatMap(({ unit, path }) =>
    unit.questions && unit.questions.length > 0
      ? [{ path: path.map((u) => u.name).join(' › '), questions: unit.questions }]
      : [],
  );
}

/** The table's section (with --explain): per unit its questions, each with its bar and notes. */
export function questionLines(profile: Profile, labels: Labels, style: Style, width: number): string[] {
  const units = questionUnits(profile);
  if (units.length === 0) return [];
  const lang = profile.language;
  const out: string[] = [style.bold(labels.answersPerQuestion)];
  for (const { path, questions } of units) {
    out.push('', ...hangingWrap('', style.bold(path), width));
    for (const question of questions) {
      out.push(...hangingWrap('  ', `${question.id} ${questionTitle(question, labels, lang)}`, width));
      // A combined value was nobody's answer: no bar, the mark after the question says what it is.
      if (!question.combined) out.push(...wrapItems('    ', countItems(question, labels, lang), width));
      for (const note of question.notes) out.push(...hangingWrap('    - ', noteText(note), width));
    }
  }
  return out;
}
