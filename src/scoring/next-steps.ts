/**
 * Next steps (the course of action): for every scored subdimension (or dimension without
 * subdimensions) below its target, the steps of each level from where it is up to the target.
 */
import type { Dimension, Level, Subdimension, Text } from '../questionnaire/types.js';
import type { NextStepGroup } from './types.js';

/**
 * The steps that lead on from one level: the subdimension's own, or, when it has none for that
 * level, its dimension's (the validator's missing-next-steps rule assumes the same fallback).
 */
export function stepsAt(dimension: Dimension, subdimension: Subdimension | undefined, levelId: string): Text[] {
  const own = subdimension?.nextSteps?.[levelId];
  if (own && own.length > 0) return own;
  return dimension.nextSteps?.[levelId] ?? [];
}

/**
 * Steps from level rank `from` up to `to`: those of levels from..to−1, in order. Rank 0 (below the
 * first level) has no steps of its own, so the steps start at the first level.
 */
export function stepsBetween(
  dimension: Dimension,
  subdimension: Subdimension | undefined,
  levels: readonly Level[],
  from: number,
  to: number,
): Text[] {
  const out: Text[] = [];
  for (let rank = Math.max(from, 1); rank < to; rank++) {
    const level = levels[rank - 1];
    if (level) out.push(...stepsAt(dimension, subdimension, level.id));
  }
  return out;
}

/** A next-step group with what it is sorted by. */
export interface RankedSteps extends NextStepGroup {
  gap: number;
  /** Dimension weight × subdimension weight. */
  weight: number;
  score: number;
}

/**
 * Largest gap first, then largest weight, then lowest score; ties keep questionnaire order.
 * `top` keeps the first N.
 */
export function orderNextSteps(groups: readonly RankedSteps[], top?: number): NextStepGroup[] {
  const sorted = groups
    .map((g, index) => ({ g, index }))
    .sort((a, b) => b.g.gap - a.g.gap || b.g.weight - a.g.weight || a.g.score - b.g.score || a.index - b.index)
    .map(({ g }) => {
      const { gap: _gap, weight: _weight, score: _score, ...group } = g;
      return group;
    });
  return top !== undefined ? sorted.slice(0, Math.max(0, top)) : sorted;
}
