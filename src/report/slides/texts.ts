/**
 * The texts of the slides, built once for the two that need them: render.ts puts them on the
 * slides, model.ts estimates from them how much a slide holds. Plain strings; the renderers escape.
 */
import type { ProfileSide, UnitChange } from '../../compare/compare.js';
import type { NextStepGroup, Profile, QuestionAnswers, QuestionNote, UnitProfile } from '../../scoring/types.js';
import { truncate } from '../../util/text.js';
import { formatNumber, formatScore } from '../format.js';
import type { ComparedLevels } from '../html/compare-page.js';
import type { Messages } from '../html/messages.js';
import { levelText, unitLevel } from '../html/page.js';

/** What the texts need: the slides' words and the language of their numbers. */
export interface TextContext {
  m: Messages;
  lang: string;
}

/** The longest text a slide shows of a question, note or step: the report has them whole. */
export const SLIDE_TEXT_MAX = 300;
/** Option labels up to this length are shown on the answer bars; longer ones by their value. */
export const SHORT_LABEL = 24;
/** The length of a question's text where its notes go on under it on the next slide. */
const CONTINUED_MAX = 60;

/** A text as a slide shows it: cut (at a word, with an ellipsis) when it is longer than SLIDE_TEXT_MAX. */
export function slideText(text: string): string {
  return truncate(text, SLIDE_TEXT_MAX);
}

/** Whether a question's bar shows its options' own labels (all short) or their values. */
export function answerLabelsShort(question: QuestionAnswers): boolean {
  return question.options.every((o) => o.label.length <= SHORT_LABEL);
}

/** What a question's bar shows per count: each option, then the kinds of non-answer given. */
export function shownAnswerLabels(question: QuestionAnswers, m: Messages): string[] {
  const short = answerLabelsShort(question);
  return [
    ...question.options.map((o) => (short ? o.label : String(o.value))),
    ...(['unknown', 'notApplicable', 'unanswered'] as const)
      .filter((kind) => question.counts[kind] > 0)
      .map((kind) => m.answerKinds[kind]),
  ];
}

/**
 * After a question's text, in muted type: its value, a question its room did not discuss (in a
 * consensus), and in a discussion point how far its answers lie apart.
 */
export function questionDetail(question: QuestionAnswers, ctx: TextContext, range?: number): string {
  const { m, lang } = ctx;
  const value = question.value !== null ? ` ${m.optionValue(formatScore(question.value, lang))}` : '';
  const combined = question.combined ? ` ${m.combinedMark}` : '';
  const apart = range !== undefined && range > 0 ? ` · ${m.answerRange(formatNumber(range, lang))}` : '';
  return `${value}${combined}${apart}`;
}

/** The heading over a question's notes that go on from the slide before: its text, cut short, not its id. */
export function continuedQuestion(question: QuestionAnswers, m: Messages): string {
  return m.continued(truncate(question.text, CONTINUED_MAX));
}

export function noteBy(note: QuestionNote): string | null {
  return note.respondent === null ? null : `${note.respondent}:`;
}

/** A unit's level cell: its level, its target, and a group's spread when it disagrees (each a block of its own). */
export interface LevelCell {
  level: string;
  target?: string;
  spread?: string;
}

export function unitLevelCell(profile: Profile, unit: UnitProfile, ctx: TextContext): LevelCell {
  const { m, lang } = ctx;
  const cell: LevelCell = { level: unitLevel(profile, unit, m) };
  if (unit.target !== null) cell.target = m.targetLevel(String(unit.target));
  if (profile.respondents > 1 && unit.spread?.disagreement)
    cell.spread = m.spreadDifference(formatScore(unit.spread.min, lang), formatScore(unit.spread.max, lang));
  return cell;
}

export function pointDetail(unit: UnitProfile, ctx: TextContext): string {
  const { m, lang } = ctx;
  const s = unit.spread!;
  return m.discussionItem(formatScore(s.min, lang), formatScore(s.max, lang), formatScore(s.max - s.min, lang));
}

export function stepGroupName(g: NextStepGroup): string {
  return g.subdimensionName ? `${g.dimensionName} › ${g.subdimensionName}` : g.dimensionName;
}

/** From which level to which a group of steps leads, or the level it keeps. */
export function stepPhases(profile: Profile, g: NextStepGroup, m: Messages): string {
  return g.keep
    ? m.keep(levelText(profile, g.toLevel, m))
    : m.fromTo(levelText(profile, g.fromLevel, m), levelText(profile, g.toLevel, m));
}

/** A compared unit's levels before and after, each in a column of its own under the side's name. */
export function changeLevels(unit: UnitChange, profiles: ComparedLevels, m: Messages): [string, string] {
  return [unitLevel(profiles.before, unit.before, m), unitLevel(profiles.after, unit.after, m)];
}

/** A side of a comparison in its legends: before or after, and what it is when one side is a consensus file. */
export function sideName(base: string, side: ProfileSide): string {
  return side.label !== undefined ? `${base}: ${side.label}` : base;
}
