/**
 * What a room discusses, in the order it discusses it: the units whose respondents disagree (the
 * widest apart first) and, in each, its questions by how far their answers lie apart. The HTML
 * report lists them; `datascan consensus` asks them in this order. Pure.
 */
import { flattenUnits } from './profile-units.js';
import { answerRange } from './spread.js';
import type { Profile, QuestionAnswers, UnitProfile } from './types.js';

/** Units to discuss: leaves with a disagreement, and dimensions that disagree where none of their subdimensions does. */
export function discussionUnits(profile: Profile): UnitProfile[] {
  const units: UnitProfile[] = [];
  for (const d of profile.dimensions) {
    const subs = d.subdimensions.filter((s) => s.spread?.disagreement);
    if (subs.length) units.push(...subs);
    else if (d.spread?.disagreement) units.push(d);
  }
  // Widest difference first; the sort is stable, so ties keep the model's order.
  return units.sort((a, b) => spreadWidth(b) - spreadWidth(a));
}

function spreadWidth(unit: UnitProfile): number {
  return unit.spread ? unit.spread.max - unit.spread.min : 0;
}

export interface DiscussedQuestion {
  question: QuestionAnswers;
  /** The highest option value chosen minus the lowest (see answerRange). */
  range: number;
}

/**
 * A discussion point's questions (its own, or those of the units below it), the widest apart first.
 * The sort is stable: ties keep questionnaire order.
 */
export function discussionQuestions(unit: UnitProfile): DiscussedQuestion[] {
  return flattenUnits<UnitProfile>([unit])
    .flatMap(({ unit: u }) => u.questions ?? [])
    .map((question) => ({ question, range: answerRange(question.counts) }))
    .sort((a, b) => b.range - a.range);
}
