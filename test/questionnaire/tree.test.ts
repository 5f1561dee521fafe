import { describe, expect, it } from 'vitest';
import {
  ancestorsOf,
  buildUnitTree,
  nextStepsAt,
  pathOf,
  questionsUnder,
  unitTree,
  type TreeNode,
  type UnitSource,
} from '../../src/questionnaire/tree.js';
import type { Questionnaire } from '../../src/questionnaire/types.js';
import { rollUpRuleOf, scoreTree } from '../../src/scoring/rollup.js';
import { tinyScan } from '../scoring/load.js';

describe('unitTree of a two-level questionnaire (tiny-scan)', () => {
  const q = tinyScan();
  const tree = unitTree(q);
  const unit = (id: string) => tree.byId.get(id)!;

  it('has the dimensions under a root for the overall score, and their subdimensions under them', () => {
    expect(tree).toMatchObject({ kind: 'overall', depth: 0, questions: [] });
    expect(tree.children.map((u) => u.id)).toEqual(['alpha', 'beta', 'gamma']);
    expect(unit('alpha').children.map((u) => u.id)).toEqual(['a-one', 'a-two']);
    expect(unit('alpha')).toMatchObject({ kind: 'dimension', depth: 1, weight: 2, parent: undefined, questions: [] });
    expect(unit('a-two')).toMatchObject({ kind: 'subdimension', depth: 2, weight: 3, children: [] });
    expect(unit('a-two').parent).toBe(unit('alpha'));
  });

  it('walks every unit before its children, in questionnaire order, and lists the leaves', () => {
    expect(tree.units.map((u) => u.id)).toEqual(['alpha', 'a-one', 'a-two', 'beta', 'gamma', 'g-one', 'g-two']);
    expect(tree.leaves.map((u) => u.id)).toEqual(['a-one', 'a-two', 'beta', 'g-one', 'g-two']);
  });

  it('links each question to its unit, in questionnaire order', () => {
    expect(unit('a-one').questions).toEqual(['a1-1', 'a1-2']);
    expect(unit('g-two').questions).toEqual(['g2-1']);
    expect(questionsUnder(unit('alpha'))).toEqual(['a1-1', 'a1-2', 'a2-1', 'a2-2']);
    expect(questionsUnder(tree)).toEqual(q.questions.map((x) => x.id));
  });

  it('gives the ancestors nearest first and the path from the dimension down', () => {
    expect(ancestorsOf(unit('a-one')).map((u) => u.id)).toEqual(['alpha']);
    expect(ancestorsOf(unit('alpha'))).toEqual([]);
    expect(pathOf(unit('g-one')).map((u) => u.id)).toEqual(['gamma', 'g-one']);
  });

  it('takes next steps from the nearest ancestor for a level the unit has none for', () => {
    expect(nextStepsAt(unit('a-one'), 'try')).toHaveLength(2);
    expect(nextStepsAt(unit('a-one'), 'start')).toEqual([{ en: 'Alpha step 1', nl: 'Alfa stap 1' }]);
    expect(nextStepsAt(unit('a-one'), 'embed')).toEqual([]);
  });

  it('is built once per questionnaire object', () => {
    expect(unitTree(q)).toBe(tree);
    expect(unitTree({ ...q })).not.toBe(tree);
  });
});

describe('unitTree: a dimension without subdimensions', () => {
  const q: Pick<Questionnaire, 'dimensions' | 'questions'> = {
    dimensions: [
      { id: 'solo', name: 'Solo' },
      { id: 'empty-list', name: 'Empty list', weight: 0.5, subdimensions: [] },
      { id: 'parent', name: 'Parent', subdimensions: [{ id: 'child', name: 'Child' }] },
    ],
    questions: [
      { id: 'q1', text: 'Q1', scale: 's', dimension: 'solo' },
      { id: 'q2', text: 'Q2', scale: 's', dimension: 'empty-list' },
      { id: 'q3', text: 'Q3', scale: 's', subdimension: 'child' },
      { id: 'q4', text: 'Q4', scale: 's', dimension: 'solo' },
      // Validation refuses these two; the tree leaves them out.
      { id: 'q5', text: 'Q5', scale: 's', dimension: 'parent' },
      { id: 'q6', text: 'Q6', scale: 's', subdimension: 'nowhere' },
    ],
  };
  const tree = unitTree(q);

  it('is a leaf of its own at depth 1, with its questions', () => {
    expect(tree.byId.get('solo')).toMatchObject({ kind: 'dimension', depth: 1, weight: 1, questions: ['q1', 'q4'] });
    expect(tree.byId.get('empty-list')).toMatchObject({ children: [], weight: 0.5, questions: ['q2'] });
    expect(tree.leaves.map((u) => u.id)).toEqual(['solo', 'empty-list', 'child']);
  });

  it('gives a unit with children no questions of its own', () => {
    expect(tree.byId.get('parent')!.questions).toEqual([]);
    expect(questionsUnder(tree)).toEqual(['q1', 'q4', 'q2', 'q3']);
  });

  it('builds from dimensions alone (a model file) with empty question lists', () => {
    const model = unitTree({ dimensions: q.dimensions });
    expect(model.units.map((u) => u.id)).toEqual(['solo', 'empty-list', 'parent', 'child']);
    expect(model.leaves.every((u) => u.questions.length === 0)).toBe(true);
  });
});

/**
 * A three-level tree as OWASP SAMM has it (function → practice → stream), built by hand:
 *   f1 (weight 2)
 *     p1 (weight 1): s1 (weight 1: q1 = 3, q2 = 1 with weight 3), s2 (weight 3: q3 = 4)
 *     p2 (weight 5): s3 (q4 = 2, q5 unanswered)
 *   f2 (weight 1)
 *     p3: s4 (q6 unanswered), s5 (q7 = 3)
 */
describe('scoreTree over three levels, with a rule per step', () => {
  const stream = (id: string, weight = 1): UnitSource => ({ id, kind: 'subdimension', name: id, weight });
  const sources: UnitSource[] = [
    {
      id: 'f1',
      kind: 'dimension',
      name: 'F1',
      weight: 2,
      nextSteps: { start: ['f1 step'] },
      children: [
        { id: 'p1', kind: 'subdimension', name: 'P1', children: [stream('s1'), stream('s2', 3)] },
        {
          id: 'p2',
          kind: 'subdimension',
          name: 'P2',
          weight: 5,
          children: [{ ...stream('s3'), nextSteps: { start: ['s3 step'] } }],
        },
      ],
    },
    {
      id: 'f2',
      kind: 'dimension',
      name: 'F2',
      children: [{ id: 'p3', kind: 'subdimension', name: 'P3', children: [stream('s4'), stream('s5')] }],
    },
  ];
  const links = [
    ['q1', 's1'],
    ['q2', 's1'],
    ['q3', 's2'],
    ['q4', 's3'],
    ['q5', 's3'],
    ['q6', 's4'],
    ['q7', 's5'],
  ].map(([question, unit]) => ({ question: question!, unit }));
  const tree = buildUnitTree(sources, links);
  const values: Record<string, number | null> = { q1: 3, q2: 1, q3: 4, q4: 2, q5: null, q6: null, q7: 3 };
  const weights: Record<string, number> = { q2: 3 };
  const question = (id: string) => ({ value: values[id] ?? null, weight: weights[id] ?? 1 });
  const score = (scores: Map<TreeNode, number | null>, id: string) => scores.get(tree.byId.get(id)!);

  it('places units three deep, with their ancestors', () => {
    expect(tree.leaves.map((u) => [u.id, u.depth])).toEqual([
      ['s1', 3],
      ['s2', 3],
      ['s3', 3],
      ['s4', 3],
      ['s5', 3],
    ]);
    expect(ancestorsOf(tree.byId.get('s3')!).map((u) => u.id)).toEqual(['p2', 'f1']);
    expect(tree.byId.get('s1')!.questions).toEqual(['q1', 'q2']);
  });

  it('takes next steps from the nearest ancestor that has some', () => {
    expect(nextStepsAt(tree.byId.get('s1')!, 'start')).toEqual(['f1 step']);
    expect(nextStepsAt(tree.byId.get('s3')!, 'start')).toEqual(['s3 step']);
  });

  it('rolls up with the mean at streams, practices and overall, and the minimum at functions', () => {
    const rule = (node: TreeNode) => (node.depth === 1 ? 'min' : 'mean');
    const scores = scoreTree(tree, rule, question);
    // s1 = (3·1 + 1·3) / 4
    expect(score(scores, 's1')).toBe(1.5);
    expect(score(scores, 's2')).toBe(4);
    // p1 = (1.5·1 + 4·3) / 4
    expect(score(scores, 'p1')).toBe(3.375);
    // s3 = 2: the unanswered q5 is left out; p2 has only s3
    expect(score(scores, 's3')).toBe(2);
    expect(score(scores, 'p2')).toBe(2);
    // f1 = min(3.375, 2): weights do not count for the minimum
    expect(score(scores, 'f1')).toBe(2);
    // s4 has nothing answered: no score, and left out of p3
    expect(score(scores, 's4')).toBeNull();
    expect(score(scores, 'p3')).toBe(3);
    expect(score(scores, 'f2')).toBe(3);
    // overall = (2·2 + 3·1) / 3
    expect(scores.get(tree)).toBeCloseTo(7 / 3, 12);
  });

  it('applies the rule of each node: the minimum at the root instead', () => {
    const scores = scoreTree(tree, (node) => (node.depth === 0 || node.depth === 1 ? 'min' : 'mean'), question);
    expect(scores.get(tree)).toBe(2);
    expect(score(scores, 'p1')).toBe(3.375);
  });

  it('uses the questionnaire’s method at every step by default', () => {
    const rule = rollUpRuleOf({ scoring: { method: 'min' } });
    expect([tree, ...tree.units].every((node) => rule(node) === 'min')).toBe(true);
    const scores = scoreTree(tree, rule, question);
    expect(score(scores, 's1')).toBe(1);
    expect(score(scores, 'p1')).toBe(1);
    expect(scores.get(tree)).toBe(1);
  });
});
