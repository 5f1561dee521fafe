/** How far respondents' own scores lie apart. */
import { EPSILON, mean } from './rollup.js';
import type { AnswerCounts, Spread } from './types.js';

export const DEFAULT_DISAGREEMENT = 1;

/**
 * Min, max and population standard deviation of the respondents' own scores (those without a
 * score left out); `disagreement` when max − min ≥ threshold. Undefined when no one has a score.
 */
export function spreadOf(
  scores: readonly (number | null)[],
  threshold: number = DEFAULT_DISAGREEMENT,
): Spread | undefined {
  const values = scores.filter((s): s is number => s !== null);
  const average = mean(values);
  if (average === null) return undefined;
  let min = Infinity;
  let max = -Infinity;
  let squares = 0;
  for (const v of values) {
    min = Math.min(min, v);
    max = Math.max(max, v);
    squares += (v - average) ** 2;
  }
  const sd = Math.sqrt(squares / values.length);
  return { min, max, sd, disagreement: max - min >= threshold - EPSILON, respondents: values.length };
}

/**
 * How far apart one question's answers lie: the highest option value chosen minus the lowest (0
 * when fewer than two values were chosen). What orders a unit's questions for discussion.
 */
export function answerRange(counts: AnswerCounts): number {
  let min = Infinity;
  let max = -Infinity;
  for (const key in counts) {
    const value = Number(key);
    // The keys of answers without an option value are no numbers.
    if (Number.isNaN(value) || (counts[key] ?? 0) === 0) continue;
    min = Math.min(min, value);
    max = Math.max(max, value);
  }
  return max > min ? max - min : 0;
}
