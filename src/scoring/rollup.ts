/** The arithmetic of scoring: roll-ups and levels. Pure, and small enough to check by hand. */
import type { TreeNode } from '../questionnaire/tree.js';
import type { Level, Questionnaire, RespondentRule, ScoringMethod } from '../questionnaire/types.js';
import type { ExplainedLevel } from './types.js';

/**
 * Scores are compared with thresholds with this tolerance, so that a mean that should be exactly
 * 3 but comes out as 2.9999999999999996 still reaches the level whose `min` is 3.
 */
export const EPSILON = 1e-9;

export interface Weighted {
  /** Null when there is nothing to count (unanswered, unknown, not applicable, no score). */
  value: number | null;
  weight: number;
}

/**
 * Weighted mean (`mean`) or minimum (`min`) of the items that have a value; null when none has.
 * Weights do not matter for `min`.
 */
export function rollUp(method: ScoringMethod, items: readonly Weighted[]): number | null {
  let sum = 0;
  let weights = 0;
  let min = Infinity;
  for (const { value, weight } of items) {
    if (value === null) continue;
    sum += value * weight;
    weights += weight;
    if (value < min) min = value;
  }
  if (min === Infinity) return null;
  return method === 'min' ? min : sum / weights;
}

/** How the scores one step below a node combine into its own: a function of the node, so that a model may vary it per step. */
export type RollUpRule = (node: TreeNode) => ScoringMethod;

/** A questionnaire's rule: its `scoring.method`, the same at every step. */
export function rollUpRuleOf(q: Pick<Questionnaire, 'scoring'>): RollUpRule {
  const method = q.scoring.method;
  return () => method;
}

/**
 * The roll-up in one walk, children before parents: a node without children rolls up its
 * questions, any other node its children's scores (weighted by the children's weights), each with
 * the rule for that node. Returns the score of every node; the root's is the overall score.
 */
export function scoreTree(
  root: TreeNode,
  rule: RollUpRule,
  question: (id: string) => Weighted,
): Map<TreeNode, number | null> {
  const scores = new Map<TreeNode, number | null>();
  const walk = (node: TreeNode): number | null => {
    const items: Weighted[] =
      node.children.length > 0
        ? node.children.map((child) => ({ value: walk(child), weight: child.weight }))
        : node.questions.map((id) => question(id));
    const s = rollUp(rule(node), items);
    scores.set(node, s);
    return s;
  };
  walk(root);
  return scores;
}

/** Plain mean; null for no values. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Several respondents' values for one question combined by `rule`; null for no values. */
export function combineRespondents(rule: RespondentRule, values: readonly number[]): number | null {
  if (values.length === 0) return null;
  switch (rule) {
    case 'mean':
      return mean(values);
    case 'min':
      return values.reduce((a, b) => Math.min(a, b));
    case 'max':
      return values.reduce((a, b) => Math.max(a, b));
    case 'median': {
      const sorted = [...values].sort((a, b) => a - b);
      const middle = sorted.length >> 1;
      return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
    }
  }
}

/** Rank (1-based) of the highest level whose `min` ≤ score; 0 below the first level or without a score. */
export function levelRank(levels: readonly Level[], score: number | null): number {
  if (score === null) return 0;
  let rank = 0;
  for (const [i, level] of levels.entries()) {
    if (level.min <= score + EPSILON) rank = i + 1;
  }
  return rank;
}

/** The level reached and the next one, for explanations. */
export function explainLevel(levels: readonly Level[], score: number | null): ExplainedLevel {
  const rank = levelRank(levels, score);
  const reached = rank > 0 ? levels[rank - 1] : undefined;
  const next = score !== null ? levels[rank] : undefined;
  return {
    rank,
    levelId: reached?.id ?? null,
    min: reached?.min ?? null,
    next: next ? { rank: rank + 1, levelId: next.id, min: next.min } : null,
  };
}
