/**
 * Hand-computed profiles for the tiny-scan fixture (test/fixtures/scoring/tiny-scan.yaml):
 * levels start ≥ 1, try ≥ 2, spread ≥ 2.75, embed ≥ 3.5; alpha (weight 2) has a-one (questions
 * a1-1, a1-2 with weight 2) and a-two (weight 3; a2-1, a2-2); beta has no subdimensions (b-1, b-2
 * with weight 3); gamma has g-one (g1-1) and g-two (g2-1).
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../src/scoring/score.js';
import type { Profile, UnitProfile } from '../../src/scoring/types.js';
import { answers, tinyScan } from './load.js';

const near = (x: number) => expect.closeTo(x, 12);
const q = tinyScan();

function unit(profile: Profile, id: string): UnitProfile {
  for (const d of profile.dimensions) {
    if (d.id === id) return d;
    const s = d.subdimensions.find((x) => x.id === id);
    if (s) return s;
  }
  throw new Error(`no unit ${id}`);
}

/** Respondent A: one of everything — weights, unknown, not applicable, a threshold hit exactly. */
const A = answers(
  'a.yaml',
  { 'a1-1': 2, 'a1-2': 3, 'a2-1': 3, 'a2-2': 'unknown', 'b-1': 2, 'b-2': 3, 'g1-1': 'not-applicable', 'g2-1': 2 },
  { organisation: 'Gemeente Test', date: '2026-11-28' },
);

describe('score: one respondent, method mean', () => {
  const p = score(q, [A]);

  it('takes weighted means with unequal weights at every roll-up', () => {
    // a-one = (2·1 + 3·2) / 3
    expect(unit(p, 'a-one')).toMatchObject({ score: near(8 / 3), level: 2, levelId: 'try' });
    // a-two = 3: the unknown a2-2 is left out
    expect(unit(p, 'a-two')).toMatchObject({ score: 3, level: 3, levelId: 'spread' });
    // alpha = (8/3 · 1 + 3 · 3) / (1 + 3) = 35/12
    expect(unit(p, 'alpha')).toMatchObject({ score: near(35 / 12), level: 3, levelId: 'spread' });
    // overall = (35/12 · 2 + 11/4 · 1 + 2 · 1) / 4 = 127/48
    expect(p.overall).toEqual({ score: near(127 / 48), level: 2, levelId: 'try', uncertain: false });
  });

  it('reaches a level whose threshold the score hits exactly', () => {
    // beta = (2·1 + 3·3) / 4 = 2.75, the min of `spread`
    expect(unit(p, 'beta')).toMatchObject({ score: 2.75, level: 3, levelId: 'spread' });
  });

  it('gives a subdimension with nothing answered no score (null, not 0) and leaves it out of its dimension', () => {
    expect(unit(p, 'g-one')).toMatchObject({ score: null, level: 0, levelId: null });
    expect(unit(p, 'g-two')).toMatchObject({ score: 2, level: 2 });
    expect(unit(p, 'gamma')).toMatchObject({ score: 2, level: 2 });
  });

  it('counts coverage per subdimension, dimension and overall, with unknown and not applicable apart', () => {
    expect(unit(p, 'a-two').coverage).toEqual({ answered: 1, unknown: 1, notApplicable: 0, total: 2, ratio: 0.5 });
    expect(unit(p, 'g-one').coverage).toEqual({ answered: 0, unknown: 0, notApplicable: 1, total: 1, ratio: 0 });
    expect(unit(p, 'alpha').coverage).toEqual({ answered: 3, unknown: 1, notApplicable: 0, total: 4, ratio: 0.75 });
    expect(p.coverage).toEqual({ answered: 6, unknown: 1, notApplicable: 1, total: 8, ratio: 0.75 });
  });

  it('sets default targets one level up and the gaps; a unit without a score gets neither', () => {
    expect(unit(p, 'a-one')).toMatchObject({ target: 3, targetSource: 'default', gap: 1 });
    expect(unit(p, 'a-two')).toMatchObject({ target: 4, gap: 1 });
    expect(unit(p, 'g-one')).toMatchObject({ score: null, target: null, targetSource: 'default', gap: null });
  });

  it('keeps a target given for a unit without a score, without a gap (and without next steps)', () => {
    const given = score(q, [A], { targets: { byId: { 'g-one': 3 } }, explain: true });
    expect(unit(given, 'g-one')).toMatchObject({ target: 3, targetSource: 'option', gap: null });
    expect(given.nextSteps.map((g) => g.subdimension)).not.toContain('g-one');
    const explained = given.explanation!.units.find((u) => u.id === 'g-one')!;
    expect(explained.target).toMatchObject({ rank: 3, source: 'option' });
    expect(explained).not.toHaveProperty('gap');
  });

  it('orders next steps by gap, then weight, then lowest score, skipping units without a score', () => {
    expect(p.nextSteps).toEqual([
      // all gaps are 1; a-two weighs 2·3, a-one 2·1; g-two and beta weigh 1, g-two scores lower
      {
        dimension: 'alpha',
        subdimension: 'a-two',
        dimensionName: 'Alpha',
        subdimensionName: 'A two',
        fromLevel: 3,
        toLevel: 4,
        steps: ['Alpha step 3'],
      },
      {
        dimension: 'alpha',
        subdimension: 'a-one',
        dimensionName: 'Alpha',
        subdimensionName: 'A one',
        fromLevel: 2,
        toLevel: 3,
        steps: ['A one step 2a', 'A one step 2b'],
      },
      {
        dimension: 'gamma',
        subdimension: 'g-two',
        dimensionName: 'Gamma',
        subdimensionName: 'G two',
        fromLevel: 2,
        toLevel: 3,
        steps: ['Gamma step 2'],
      },
      {
        dimension: 'beta',
        subdimension: null,
        dimensionName: 'Beta',
        subdimensionName: null,
        fromLevel: 3,
        toLevel: 4,
        steps: ['Beta step 3'],
      },
    ]);
  });

  it('describes the questionnaire, respondent and scale, and has no spread for one respondent', () => {
    expect(p).toMatchObject({
      questionnaire: {
        id: 'tiny-scan',
        version: '1.0.0',
        title: 'Tiny scan',
        model: 'tiny-scan',
        modelVersion: '1.0.0',
      },
      organisation: 'Gemeente Test',
      respondents: 1,
      date: '2026-11-28',
      sources: ['a.yaml'],
      language: 'en',
      scoring: { method: 'mean', disagreementThreshold: 1 },
      scale: { min: 1, max: 4 },
    });
    expect(p.levels.map((l) => [l.rank, l.id, l.min])).toEqual([
      [1, 'start', 1],
      [2, 'try', 2],
      [3, 'spread', 2.75],
      [4, 'embed', 3.5],
    ]);
    expect(unit(p, 'alpha')).not.toHaveProperty('spread');
    expect(p).not.toHaveProperty('explanation');
  });

  it('gives names and steps in the language asked for', () => {
    const nl = score(q, [A], { language: 'nl' });
    expect(nl.language).toBe('nl');
    expect(nl.questionnaire.title).toBe('Kleine scan');
    expect(unit(nl, 'beta').name).toBe('Bèta');
    expect(nl.levels[2]!.name).toBe('Verbreden');
    expect(nl.nextSteps[0]!.steps).toEqual(['Alfa stap 3']);
  });

  it('reads a regional tag as its language: nl-BE gets the Dutch texts', () => {
    const be = score(q, [A], { language: 'nl-BE' });
    expect(be.language).toBe('nl');
    expect(unit(be, 'beta').name).toBe('Bèta');
  });

  it('falls back to the questionnaire’s first language for a language it has no texts in', () => {
    const de = score(q, [A], { language: 'de' });
    expect(de.language).toBe('en');
    expect(de.questionnaire.title).toBe('Tiny scan');
  });
});

describe('score: method min', () => {
  it('takes the minimum at every roll-up', () => {
    const p = score({ ...q, scoring: { method: 'min' } }, [A]);
    expect(unit(p, 'a-one')).toMatchObject({ score: 2, level: 2 });
    expect(unit(p, 'a-two')).toMatchObject({ score: 3, level: 3 });
    expect(unit(p, 'alpha')).toMatchObject({ score: 2, level: 2 });
    expect(unit(p, 'beta')).toMatchObject({ score: 2, level: 2 });
    expect(unit(p, 'gamma')).toMatchObject({ score: 2 });
    expect(p.overall).toEqual({ score: 2, level: 2, levelId: 'try', uncertain: false });
    expect(p.scoring.method).toBe('min');
  });
});

describe('score: nothing answered', () => {
  it('has null scores, level 0, zero coverage and no next steps', () => {
    const p = score(q, [answers('empty.yaml', {})]);
    // No score, so no level to be uncertain about, at 0% coverage.
    expect(p.overall).toEqual({ score: null, level: 0, levelId: null, uncertain: false });
    expect(p.dimensions.every((d) => d.score === null && d.subdimensions.every((s) => s.score === null))).toBe(true);
    expect(p.coverage).toEqual({ answered: 0, unknown: 0, notApplicable: 0, total: 8, ratio: 0 });
    expect(p.nextSteps).toEqual([]);
    expect(p.organisation).toBeNull();
    expect(p.date).toBeNull();
  });
});

describe('score: several respondents', () => {
  const R1 = answers(
    'r1.yaml',
    { 'a1-1': 1, 'a1-2': 2, 'a2-1': 2, 'a2-2': 2, 'b-1': 3, 'b-2': 3, 'g1-1': 2, 'g2-1': 2 },
    { organisation: 'Gemeente Test', respondent: { name: 'R. Een', role: 'CIO' }, date: '2026-01-10' },
  );
  const R2 = answers(
    'r2.yaml',
    { 'a1-1': 3, 'a1-2': 4, 'a2-1': 3, 'a2-2': 'unknown', 'b-1': 3, 'b-2': 3, 'g1-1': 'unknown', 'g2-1': 2 },
    { organisation: 'gemeente  test', date: '2026-02-01' },
  );
  const R3 = answers(
    'r3.yaml',
    { 'a1-1': 2, 'a1-2': 'not-applicable', 'a2-1': 4, 'a2-2': 3, 'b-2': 2, 'g1-1': 1 },
    { organisation: 'Gemeente Test' },
  );
  const p = score(q, [R1, R2, R3]);

  it('takes each question’s mean over the respondents who answered it, then rolls up as usual', () => {
    // question means: a1-1 2, a1-2 3, a2-1 3, a2-2 2.5, b-1 3, b-2 8/3, g1-1 1.5, g2-1 2
    expect(unit(p, 'a-one').score).toBeCloseTo(8 / 3, 12); // (2 + 3·2) / 3
    expect(unit(p, 'a-two').score).toBeCloseTo(2.75, 12); // (3 + 2.5) / 2
    expect(unit(p, 'alpha').score).toBeCloseTo(131 / 48, 12); // (8/3 + 2.75·3) / 4
    expect(unit(p, 'beta').score).toBeCloseTo(2.75, 12); // (3 + 8/3·3) / 4
    expect(unit(p, 'gamma').score).toBeCloseTo(1.75, 12); // (1.5 + 2) / 2
    expect(p.overall.score).toBeCloseTo(239 / 96, 12); // (131/48·2 + 2.75 + 1.75) / 4
    expect(p.overall.level).toBe(2);
  });

  it('reports the spread of the respondents’ own scores and disagreement at max − min ≥ 1', () => {
    // own a-one scores: R1 (1 + 2·2)/3 = 5/3, R2 (3 + 4·2)/3 = 11/3, R3 2 (a1-2 not applicable)
    expect(unit(p, 'a-one').spread).toEqual({
      min: near(5 / 3),
      max: near(11 / 3),
      sd: near(Math.sqrt(62) / 9),
      disagreement: true,
      respondents: 3,
    });
    // own a-two scores: 2, 3, 3.5; mean 17/6; variance (25 + 1 + 16) / 36 / 3 = 7/18
    expect(unit(p, 'a-two').spread).toEqual({
      min: 2,
      max: 3.5,
      sd: near(Math.sqrt(7 / 18)),
      disagreement: true,
      respondents: 3,
    });
    // own alpha scores: (5/3 + 2·3)/4 = 23/12, (11/3 + 3·3)/4 = 19/6, (2 + 3.5·3)/4 = 3.125
    expect(unit(p, 'alpha').spread).toMatchObject({ min: near(23 / 12), max: near(19 / 6), disagreement: true });
    // own beta scores 3, 3, 2: max − min is exactly 1
    expect(unit(p, 'beta').spread).toEqual({
      min: 2,
      max: 3,
      sd: near(Math.sqrt(2) / 3),
      disagreement: true,
      respondents: 3,
    });
    // g-one: R2 answered unknown, so only two respondents have a score
    expect(unit(p, 'g-one').spread).toEqual({ min: 1, max: 2, sd: 0.5, disagreement: true, respondents: 2 });
    expect(unit(p, 'g-two').spread).toEqual({ min: 2, max: 2, sd: 0, disagreement: false, respondents: 2 });
  });

  it('uses the disagreement threshold given', () => {
    const strictish = score(q, [R1, R2, R3], { disagreementThreshold: 1.5 });
    expect(unit(strictish, 'a-two').spread?.disagreement).toBe(true); // 3.5 − 2 = 1.5
    expect(unit(strictish, 'beta').spread?.disagreement).toBe(false); // 1
    expect(strictish.scoring.disagreementThreshold).toBe(1.5);
  });

  it('counts coverage over all respondents', () => {
    // R1 8 answered; R2 6 (+2 unknown); R3 5 (+1 not applicable, 2 unanswered); 8 questions × 3
    expect(p.coverage).toEqual({ answered: 19, unknown: 2, notApplicable: 1, total: 24, ratio: 19 / 24 });
  });

  it('names the organisation (matched ignoring case and spacing), respondents and the latest date', () => {
    expect(p).toMatchObject({
      organisation: 'Gemeente Test',
      respondents: 3,
      date: '2026-02-01',
      sources: ['r1.yaml', 'r2.yaml', 'r3.yaml'],
    });
    expect(p.respondentList).toEqual([
      { name: 'R. Een', role: 'CIO', source: 'r1.yaml' },
      { source: 'r2.yaml' },
      { source: 'r3.yaml' },
    ]);
    expect(score(q, [R1, answers('x.yaml', {}, { organisation: 'Elders' })]).organisation).toBeNull();
  });

  it('names the organisation given, trimmed, whatever the answer sets name (`--organisation`)', () => {
    const mixed = [R1, answers('x.yaml', {}, { organisation: 'Elders' })];
    expect(score(q, mixed, { organisation: ' Gemeente Zuiderhaven ' }).organisation).toBe('Gemeente Zuiderhaven');
    expect(score(q, [answers('y.yaml', {})], { organisation: 'Gemeente Zuiderhaven' }).organisation).toBe(
      'Gemeente Zuiderhaven',
    );
  });
});

describe('score: targets from files and flags', () => {
  const withTargets = { ...A, targets: { alpha: 4, 'g-two': 3 } };

  it('applies file targets, inherits the dimension’s, and lets flags beat files', () => {
    const p = score(q, [withTargets], { targets: { byId: { gamma: 4 } } });
    expect(unit(p, 'alpha')).toMatchObject({ target: 4, targetSource: 'file', gap: 1 });
    expect(unit(p, 'a-one')).toMatchObject({ target: 4, targetSource: 'dimension', gap: 2 });
    expect(unit(p, 'beta')).toMatchObject({ target: 4, targetSource: 'default', gap: 1 });
    expect(unit(p, 'gamma')).toMatchObject({ target: 4, targetSource: 'option', gap: 2 });
    // the file's g-two: 3 loses to the flag for its dimension
    expect(unit(p, 'g-two')).toMatchObject({ target: 4, targetSource: 'dimension', gap: 2 });
    expect(unit(p, 'g-one')).toMatchObject({ target: 4, gap: null });
    expect(p.nextSteps.map((g) => [g.subdimension ?? g.dimension, g.fromLevel, g.toLevel, g.steps])).toEqual([
      ['a-one', 2, 4, ['A one step 2a', 'A one step 2b', 'Alpha step 3']],
      ['g-two', 2, 4, ['Gamma step 2', 'Gamma step 3']],
      ['a-two', 3, 4, ['Alpha step 3']],
      ['beta', 3, 4, ['Beta step 3']],
    ]);
  });

  it('sets every target with --target N, and a target at or below the level leaves no gap', () => {
    const p = score(q, [withTargets], { targets: { all: 2 } });
    expect(p.dimensions.flatMap((d) => [d, ...d.subdimensions]).map((u) => [u.id, u.target, u.gap])).toEqual([
      ['alpha', 2, 0],
      ['a-one', 2, 0],
      ['a-two', 2, 0],
      ['beta', 2, 0],
      ['gamma', 2, 0],
      ['g-one', 2, null],
      ['g-two', 2, 0],
    ]);
    expect(p.nextSteps).toEqual([]);
  });

  it('keeps the first N next-step groups with top', () => {
    expect(score(q, [A], { top: 2 }).nextSteps.map((g) => g.subdimension)).toEqual(['a-two', 'a-one']);
  });
});

describe('score: explanation', () => {
  it('shows which answers, weights and thresholds produced each number', () => {
    const p = score(q, [A], { explain: true });
    const e = p.explanation!;
    expect(e.questions.find((x) => x.id === 'a1-2')).toEqual({
      id: 'a1-2',
      unit: 'a-one',
      weight: 2,
      value: 3,
      answers: [{ source: 'a.yaml', value: 3 }],
    });
    expect(e.questions.find((x) => x.id === 'a2-2')).toMatchObject({ value: null, answers: [{ value: 'unknown' }] });
    expect(e.units.map((u) => u.id)).toEqual(['a-one', 'a-two', 'alpha', 'beta', 'g-one', 'g-two', 'gamma', null]);
    expect(e.units[0]).toEqual({
      id: 'a-one',
      kind: 'subdimension',
      method: 'mean',
      inputs: [
        { id: 'a1-1', kind: 'question', weight: 1, value: 2 },
        { id: 'a1-2', kind: 'question', weight: 2, value: 3 },
      ],
      score: near(8 / 3),
      level: { rank: 2, levelId: 'try', min: 2, next: { rank: 3, levelId: 'spread', min: 2.75 } },
      target: { rank: 3, source: 'default' },
      gap: 1,
    });
    expect(e.units[2]).toMatchObject({
      id: 'alpha',
      kind: 'dimension',
      inputs: [
        { id: 'a-one', kind: 'subdimension', weight: 1 },
        { id: 'a-two', kind: 'subdimension', weight: 3, value: 3 },
      ],
    });
    expect(e.units[3]!.inputs.map((i) => i.kind)).toEqual(['question', 'question']);
    expect(e.units.at(-1)).toMatchObject({
      kind: 'overall',
      inputs: [
        { id: 'alpha', weight: 2 },
        { id: 'beta', weight: 1 },
        { id: 'gamma', weight: 1 },
      ],
    });
    expect(e.units.at(-1)).not.toHaveProperty('target');
  });
});

describe('score: uncertain levels', () => {
  // Alpha has four questions (a-one: a1-1, a1-2; a-two: a2-1, a2-2), beta two, gamma two.
  const piet = answers('piet.yaml', { 'a1-1': 2, 'b-1': 3 });

  it('marks a unit with a score and under half of its questions with a value', () => {
    const p = score(q, [piet]);
    // alpha: 1 of 4 (25%) → uncertain; a-one: 1 of 2 (50%) → not; beta 1 of 2 → not
    expect(unit(p, 'alpha')).toMatchObject({
      score: 2,
      coverage: { answered: 1, total: 4, ratio: 0.25 },
      uncertain: true,
    });
    expect(unit(p, 'a-one')).toMatchObject({ coverage: { ratio: 0.5 }, uncertain: false });
    expect(unit(p, 'beta')).toMatchObject({ coverage: { ratio: 0.5 }, uncertain: false });
    // a-two and gamma: no value, no score, so no level to be uncertain about
    expect(unit(p, 'a-two')).toMatchObject({ score: null, uncertain: false });
    expect(unit(p, 'gamma')).toMatchObject({ score: null, uncertain: false });
    // overall: 2 of 8
    expect(p.overall).toMatchObject({ uncertain: true });
    expect(p.coverage.ratio).toBe(0.25);
  });

  it('counts don’t know and not applicable as no value, and respondents times questions for a group', () => {
    const p = score(q, [answers('x.yaml', { 'a1-1': 2, 'a1-2': 'unknown', 'b-1': 1, 'b-2': 'not-applicable' })]);
    expect(unit(p, 'a-one')).toMatchObject({ coverage: { answered: 1, total: 2 }, uncertain: false });
    expect(unit(p, 'beta')).toMatchObject({ coverage: { answered: 1, total: 2 }, uncertain: false });
    expect(unit(p, 'alpha')).toMatchObject({ uncertain: true });
    // With a full respondent beside piet: alpha 5 of 8 → certain; gamma 2 of 4 → certain; overall 10 of 16
    const full = answers('full.yaml', {
      'a1-1': 1,
      'a1-2': 1,
      'a2-1': 1,
      'a2-2': 1,
      'b-1': 1,
      'b-2': 1,
      'g1-1': 1,
      'g2-1': 1,
    });
    const group = score(q, [piet, full]);
    expect(unit(group, 'alpha')).toMatchObject({ coverage: { answered: 5, total: 8 }, uncertain: false });
    expect(unit(group, 'gamma')).toMatchObject({ coverage: { answered: 2, total: 4 }, uncertain: false });
    expect(group.overall).toMatchObject({ uncertain: false });
  });
});
