/** The arithmetic of scoring: roll-ups and levels. Pure, and small enough to check by hand. */
import type { TreeNode } from '../questionnaire/tree.js';
import type { Level, Questionnaire, QuestionRule, RespondentRule, ScoringMethod } from '../questionnaire/types.js';
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

/** A question as a roll-up sees it; what a gated unit needs besides its value. */
export interface QuestionInput extends Weighted {
  /** The level whose bar it is part of (gated units). */
  level?: string;
  /** The value at or above which it passes (gated units). */
  pass?: number;
  /** False when answered not-applicable (and given no value): a gated unit does not count it. */
  countable?: boolean;
}

/** How the scores one step below a node combine into its own: a function of the node, so that a model may vary it per step. */
export type RollUpRule = (node: TreeNode) => QuestionRule;

/**
 * A questionnaire's rule: per step its `scoring.rollup` (questions into their unit, subdimensions
 * into a dimension, dimensions into the overall score), else its `scoring.method`.
 */
export function rollUpRuleOf(q: Pick<Questionnaire, 'scoring'>): RollUpRule {
  const { method, rollup = {} } = q.scoring;
  const questions = rollup.questions ?? method;
  const subdimensions = rollup.subdimensions ?? method;
  const dimensions = rollup.dimensions ?? method;
  return (node) => (node.children.length === 0 ? questions : node.depth === 0 ? dimensions : subdimensions);
}

/** Whether a question of a gated unit passes: a value at or above its `pass`; without a value (unknown, unanswered) it does not. */
export function passes(item: QuestionInput): boolean {
  return item.value !== null && item.pass !== undefined && item.value >= item.pass - EPSILON;
}

/** One level of a gated unit: its countable questions, how many pass, and whether that meets the bar. */
export interface GatedLevel {
  id: string;
  countable: number;
  passing: number;
  met: boolean;
}

export interface GatedScore {
  /** rank + p; null when none of the questions has a value. */
  score: number | null;
  /** The highest level met with every level below it; 0 when the first is not met. */
  rank: number;
  /** The share of passing questions among the countable ones of the level above the rank (0 at the top). */
  p: number;
  levels: GatedLevel[];
}

/**
 * A gated unit (README, "How scores are computed"): a level is met when at least `share` of its
 * countable questions pass (one without countable questions is met); the rank is the highest
 * level met with all below it, the score rank + p. Weights do not matter. Questions whose level is
 * not among `levels` are not counted (validation refuses them).
 */
export function gatedScore(items: readonly QuestionInput[], levels: readonly string[], share: number): GatedScore {
  const byLevel = new Map<string, GatedLevel>(levels.map((id) => [id, { id, countable: 0, passing: 0, met: true }]));
  let valued = false;
  for (const item of items) {
    if (item.value !== null) valued = true;
    const level = item.level !== undefined ? byLevel.get(item.level) : undefined;
    if (!level || item.countable === false) continue;
    level.countable++;
    if (passes(item)) level.passing++;
  }
  const out = [...byLevel.values()];
  for (const level of out) level.met = level.passing + EPSILON >= share * level.countable;
  let rank = 0;
  while (rank < out.length && out[rank]!.met) rank++;
  const above = out[rank];
  const p = above ? above.passing / above.countable : 0;
  return { score: valued ? rank + p : null, rank, p, levels: out };
}

/** What a gated roll-up needs from the questionnaire: its level ids, lowest first, and `gate.share`. */
export interface GateSettings {
  levels: readonly string[];
  share: number;
}

/**
 * The roll-up in one walk, children before parents: a node without children rolls up its
 * questions, any other node its children's scores (weighted by the children's weights), each with
 * the rule for that node. Returns the score of every node; the root's is the overall score.
 */
export function scoreTree(
  root: TreeNode,
  rule: RollUpRule,
  question: (id: string) => QuestionInput,
  gate: GateSettings = { levels: [], share: 1 },
): Map<TreeNode, number | null> {
  const scores = new Map<TreeNode, number | null>();
  const walk = (node: TreeNode): number | null => {
    const method = rule(node);
    let s: number | null;
    if (node.children.length > 0) {
      // Only questions are gated: a node with children is never given `gated` (the schema allows it on `questions` only).
      s = rollUp(
        method === 'gated' ? 'mean' : method,
        node.children.map((child) => ({ value: walk(child), weight: child.weight })),
      );
    } else {
      const items = node.questions.map((id) => question(id));
      s = method === 'gated' ? gatedScore(items, gate.levels, gate.share).score : rollUp(method, items);
    }
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
