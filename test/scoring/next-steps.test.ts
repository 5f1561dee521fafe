import { describe, expect, it } from 'vitest';
import { nextStepsAt, unitTree } from '../../src/questionnaire/tree.js';
import { orderNextSteps, stepsBetween, type RankedSteps } from '../../src/scoring/next-steps.js';
import { normaliseAnswers } from '../../src/answers/types.js';
import type { Dimension } from '../../src/questionnaire/types.js';
import { score } from '../../src/scoring/score.js';
import type { Profile } from '../../src/scoring/types.js';
import { loadQuestionnaire, tinyScan } from './load.js';

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

describe('steps that keep the top level (test/fixtures/keys/scan.yaml, top level fase-3)', () => {
  const q = loadQuestionnaire('keys', 'scan.yaml');
  // visie at 2 (a gap of 1), sturing and data at the top (3).
  const values = { 'visie-1': 2, 'visie-2': 2, 'sturing-1': 3, 'data-1': 3, 'data-2': 3 };
  const set = (targets?: Record<string, number>) =>
    normaliseAnswers({ questionnaire: q.id, answers: values, ...(targets ? { targets } : {}) }, 'a');
  const groups = (profile: Profile) =>
    profile.nextSteps.map((g) => [g.subdimension ?? g.dimension, g.fromLevel, g.toLevel, g.keep ?? false, g.steps]);

  it('gives every unit at the top its steps under the top level (its own, else its dimension’s), after the groups that close a gap', () => {
    expect(groups(score(q, [set()], { language: 'en' }))).toEqual([
      ['visie', 2, 3, false, ['Share the vision.']],
      // data (weight 2) before sturing (weight 1), both after visie (weight 1) and its gap.
      ['data', 3, 3, true, ['Update the register every year.']],
      ['sturing', 3, 3, true, ['Review the policy every council term.']],
    ]);
  });

  it('gives them with or without a target: a target at the top, from a file or an option, changes nothing', () => {
    const without = groups(score(q, [set()]));
    expect(groups(score(q, [set({ sturing: 3, data: 3 })]))).toEqual(without);
    expect(groups(score(q, [set()], { targets: { all: 3 } }))).toEqual(without);
  });

  it('gives none to a unit at the top without steps for the top level, its own or its dimension’s', () => {
    const withoutTop = ({ 'fase-3': _top, ...below }: NonNullable<Dimension['nextSteps']>) => below;
    const bare = { ...q, dimensions: q.dimensions.map((d) => ({ ...d, nextSteps: withoutTop(d.nextSteps ?? {}) })) };
    // visie keeps its own steps for fase-3, but is not at the top; sturing took beleid's, data had its own.
    expect(groups(score(bare, [set()], { language: 'en' }))).toEqual([['visie', 2, 3, false, ['Share the vision.']]]);
  });

  it('--top keeps the groups that close a gap first', () => {
    expect(groups(score(q, [set()], { top: 1 })).map(([id]) => id)).toEqual(['visie']);
  });

  it('gives none to a unit below the top without a gap, nor to one without a score', () => {
    const below = normaliseAnswers({ questionnaire: q.id, answers: { 'visie-1': 2, 'visie-2': 2 } }, 'a');
    expect(groups(score(q, [below], { targets: { all: 2 } }))).toEqual([]);
  });
});
