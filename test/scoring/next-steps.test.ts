import { describe, expect, it } from 'vitest';
import { nextStepsAt, unitTree } from '../../src/questionnaire/tree.js';
import { orderNextSteps, stepsBetween, type RankedSteps } from '../../src/scoring/next-steps.js';
import { tinyScan } from './load.js';

describe('nextStepsAt / stepsBetween', () => {
  const q = tinyScan();
  const aOne = unitTree(q).byId.get('a-one')!;

  it('uses the subdimension’s own steps, and its dimension’s for levels it has none for', () => {
    expect(nextStepsAt(aOne, 'try')).toHaveLength(2);
    expect(nextStepsAt(aOne, 'start')).toEqual([{ en: 'Alpha step 1', nl: 'Alfa stap 1' }]);
  });

  it('lists the steps of every level from the current one up to the one below the target, in order', () => {
    const en = (from: number, to: number) =>
      stepsBetween(aOne, q.levels, from, to).map((t) => (t as { en: string }).en);
    expect(en(1, 4)).toEqual(['Alpha step 1', 'A one step 2a', 'A one step 2b', 'Alpha step 3']);
    expect(en(2, 3)).toEqual(['A one step 2a', 'A one step 2b']);
    expect(en(3, 3)).toEqual([]);
    // Rank 0 has no steps of its own: start at the first level.
    expect(en(0, 2)).toEqual(['Alpha step 1']);
  });
});

describe('orderNextSteps', () => {
  const group = (id: string, gap: number, weight: number, score: number): RankedSteps => ({
    dimension: 'd',
    subdimension: id,
    dimensionName: 'D',
    subdimensionName: id,
    fromLevel: 1,
    toLevel: 1 + gap,
    steps: [id],
    gap,
    weight,
    score,
  });

  it('sorts by gap (largest first), then weight (largest first), then score (lowest first), then questionnaire order', () => {
    const ordered = orderNextSteps([
      group('small-gap', 1, 9, 1),
      group('heavy', 2, 3, 2.5),
      group('light-low', 2, 1, 1.2),
      group('light-high', 2, 1, 1.8),
      group('light-high-twin', 2, 1, 1.8),
      group('big-gap', 3, 0.5, 3),
    ]);
    expect(ordered.map((g) => g.subdimension)).toEqual([
      'big-gap',
      'heavy',
      'light-low',
      'light-high',
      'light-high-twin',
      'small-gap',
    ]);
    expect(ordered[0]).not.toHaveProperty('gap');
  });

  it('keeps the first N with top', () => {
    expect(orderNextSteps([group('a', 1, 1, 1), group('b', 2, 1, 1)], 1).map((g) => g.subdimension)).toEqual(['b']);
    expect(orderNextSteps([group('a', 1, 1, 1)], 0)).toEqual([]);
  });
});
