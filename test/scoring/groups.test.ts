/**
 * Hand-computed profiles for groups (test/fixtures/scoring/groups-scan.yaml): levels initial (1),
 * defined (2), optimised (3); scale 0–3. strategy has the groups strategy-plan (s1, s2, level
 * initial) and strategy-review (s3, defined); policy (p1) has none; design, a dimension without
 * subdimensions, has design-threats (d1, initial) and design-patterns (d2 initial, d3 defined,
 * weight 2). Scored by mean unless a test says otherwise.
 */
import { describe, expect, it } from 'vitest';
import { normaliseAnswers, type AnswerFile } from '../../src/answers/types.js';
import type { Questionnaire } from '../../src/questionnaire/types.js';
import { score } from '../../src/scoring/score.js';
import type { Profile, UnitProfile } from '../../src/scoring/types.js';
import { gatedGroupsScan, loadQuestionnaire, tinyScan, answers } from './load.js';

const q = loadQuestionnaire('scoring', 'groups-scan.yaml');
const set = (source: string, values: AnswerFile['answers']) =>
  normaliseAnswers({ questionnaire: 'groups-scan', answers: values }, source);
const gated: Questionnaire = gatedGroupsScan(q);

function unit(profile: Profile, id: string): UnitProfile {
  for (const d of profile.dimensions) {
    if (d.id === id) return d;
    const s = d.subdimensions.find((x) => x.id === id);
    if (s) return s;
  }
  throw new Error(`no unit ${id}`);
}
const full = (answered: number, total = answered) => ({ answered, unknown: 0, notApplicable: 0, total, ratio: 1 });

const A = set('a.yaml', { s1: 3, s2: 1, s3: 0, p1: 2, d1: 3, d2: 3, d3: 0 });

describe('groups', () => {
  const p = score(q, [A], { explain: true });

  it('scores each group from its own questions with its unit’s rule', () => {
    // strategy-plan = (3 + 1) / 2 = 2 → defined; strategy-review = 0 → below initial
    expect(unit(p, 'strategy').groups).toEqual([
      { id: 'strategy-plan', name: 'Plan', score: 2, level: 2, levelId: 'defined', coverage: full(2) },
      { id: 'strategy-review', name: 'Review', score: 0, level: 0, levelId: null, coverage: full(1) },
    ]);
    // design-threats = 3 → optimised; design-patterns = (3×1 + 0×2) / 3 = 1 → initial
    expect(unit(p, 'design').groups).toEqual([
      { id: 'design-threats', name: 'Threats', score: 3, level: 3, levelId: 'optimised', coverage: full(1) },
      { id: 'design-patterns', name: 'Patterns', score: 1, level: 1, levelId: 'initial', coverage: full(2) },
    ]);
  });

  it('leave the unit’s own score and the roll-up as they were', () => {
    // strategy = (3 + 1 + 0) / 3 = 4/3, not the mean of its groups (2 + 0) / 2 = 1
    expect(unit(p, 'strategy')).toMatchObject({ score: 4 / 3, level: 1 });
    // design = (3 + 3 + 0×2) / 4 = 1.5, not (3 + 1) / 2 = 2
    expect(unit(p, 'design')).toMatchObject({ score: 1.5, level: 1 });
    // governance = (4/3 + 2) / 2 = 5/3; overall = (5/3 + 1.5) / 2 = 19/12
    expect(unit(p, 'governance').score).toBeCloseTo(5 / 3, 12);
    expect(p.overall.score).toBeCloseTo(19 / 12, 12);
  });

  it('a unit without groups, and a questionnaire without any, has no groups key', () => {
    expect('groups' in unit(p, 'policy')).toBe(false);
    expect('groups' in unit(p, 'governance')).toBe(false);
    const tiny = score(tinyScan(), [answers('t.yaml', {})]);
    for (const d of tiny.dimensions) for (const u of [d, ...d.subdimensions]) expect('groups' in u).toBe(false);
  });

  it('a group with nothing answered has no score; coverage counts per group and respondent', () => {
    // B: s2 unknown, s3 unanswered. strategy-plan: s1 = mean(3, 2) = 2.5, s2 = 1 (only A) → (2.5 + 1) / 2 = 1.75
    // coverage: 3 values, 1 unknown of 2 questions × 2 respondents → ratio 3/4
    const B = set('b.yaml', { s1: 2, s2: 'unknown' });
    const two = score(q, [A, B]);
    expect(unit(two, 'strategy').groups![0]).toEqual({
      id: 'strategy-plan',
      name: 'Plan',
      score: 1.75,
      level: 1,
      levelId: 'initial',
      coverage: { answered: 3, unknown: 1, notApplicable: 0, total: 4, ratio: 0.75 },
    });
    // B alone: strategy-review has s3 unanswered → no score
    expect(unit(score(q, [B]), 'strategy').groups![1]).toEqual({
      id: 'strategy-review',
      name: 'Review',
      score: null,
      level: 0,
      levelId: null,
      coverage: { answered: 0, unknown: 0, notApplicable: 0, total: 1, ratio: 0 },
    });
  });

  it('gated units: each group climbs its own ladder', () => {
    const g = score(gated, [A], { explain: true });
    // passes at 3. strategy-plan: initial s1 passes, s2 (1) not → 1/2 not met → rank 0, p = 1/2 → 0.5
    // strategy-review: initial has no question → met; defined s3 (0) 0/1 → rank 1, p = 0 → 1
    expect(unit(g, 'strategy').groups!.map((x) => [x.id, x.score, x.level])).toEqual([
      ['strategy-plan', 0.5, 0],
      ['strategy-review', 1, 1],
    ]);
    // strategy: initial s1, s2 → 1/2 not met → 0 + 1/2 = 0.5
    expect(unit(g, 'strategy').score).toBe(0.5);
    // design-threats: initial d1 1/1; defined and optimised have no question → met → rank 3, top → 3
    // design-patterns: initial d2 1/1; defined d3 0/1 → rank 1, p = 0 → 1
    expect(unit(g, 'design').groups!.map((x) => [x.id, x.score, x.level])).toEqual([
      ['design-threats', 3, 3],
      ['design-patterns', 1, 1],
    ]);
    // design: initial 2/2 met, defined 0/1 → 1
    expect(unit(g, 'design').score).toBe(1);
    // the explanation of a gated group carries its ladder
    const explained = g.explanation!.units.find((u) => u.id === 'design-patterns')!;
    expect(explained.gate).toEqual({
      rank: 1,
      p: 0,
      levels: [
        { id: 'initial', countable: 1, passing: 1, met: true },
        { id: 'defined', countable: 1, passing: 0, met: false },
        { id: 'optimised', countable: 0, passing: 0, met: true },
      ],
    });
  });

  it('--explain explains each group from its questions, before its unit', () => {
    const units = p.explanation!.units;
    const ids = units.map((u) => u.id);
    expect(ids.slice(0, 4)).toEqual(['strategy-plan', 'strategy-review', 'strategy', 'policy']);
    expect(units[0]).toMatchObject({
      kind: 'group',
      method: 'mean',
      score: 2,
      inputs: [
        { id: 's1', kind: 'question', weight: 1, value: 3 },
        { id: 's2', kind: 'question', weight: 1, value: 1 },
      ],
    });
    // groups are not inputs of their unit: strategy rolls up its questions
    expect(units[2]!.inputs.map((i) => i.id)).toEqual(['s1', 's2', 's3']);
    expect(ids.indexOf('design-patterns')).toBeLessThan(ids.indexOf('design'));
    expect(units[2]!.target).toBeDefined();
    expect(units[0]!.target).toBeUndefined();
  });
});
