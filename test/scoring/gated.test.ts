/**
 * Hand-computed profiles for gated units (test/fixtures/scoring/gated-scan.yaml): levels basic (1),
 * managed (2), advanced (3); scale `done` 0/1/2 with not-applicable, so a question passes at 2
 * (its scale's highest value) unless `gate.pass` says otherwise. build-ci: c1, c2 basic; c3, c4
 * managed; c5 advanced. build-deps: d1 basic, d2 managed. test (no subdimensions): t1 basic, t2
 * managed, t3 advanced. Questions gated, subdimensions by mean, dimensions by min.
 */
import { describe, expect, it } from 'vitest';
import { normaliseAnswers, type AnswerFile } from '../../src/answers/types.js';
import type { Questionnaire } from '../../src/questionnaire/types.js';
import { gatedScore } from '../../src/scoring/rollup.js';
import { score } from '../../src/scoring/score.js';
import type { Profile, UnitProfile } from '../../src/scoring/types.js';
import { loadQuestionnaire } from './load.js';

const q = loadQuestionnaire('scoring', 'gated-scan.yaml');
const set = (source: string, values: AnswerFile['answers']) =>
  normaliseAnswers({ questionnaire: 'gated-scan', answers: values }, source);
const withGate = (gate: NonNullable<Questionnaire['scoring']['gate']>): Questionnaire => ({
  ...q,
  scoring: { ...q.scoring, gate },
});

function unit(profile: Profile, id: string): UnitProfile {
  for (const d of profile.dimensions) {
    if (d.id === id) return d;
    const s = d.subdimensions.find((x) => x.id === id);
    if (s) return s;
  }
  throw new Error(`no unit ${id}`);
}

/** c4 partly done; d2 not applicable; t1 partly done, t3 unanswered. */
const A = set('a.yaml', { c1: 2, c2: 2, c3: 2, c4: 1, c5: 2, d1: 2, d2: 'not-applicable', t1: 1, t2: 2 });

describe('gated units', () => {
  const p = score(q, [A], { explain: true });

  it('rank is the highest level met with all below it; score is rank + the share passing on the next level', () => {
    // build-ci: basic 2/2 met; managed 1/2 (c4 = 1 < 2) not met → rank 1; p = 1/2 → 1.5
    expect(unit(p, 'build-ci')).toMatchObject({ score: 1.5, level: 1, levelId: 'basic' });
    // advanced (c5 passes) is met too, but managed below it is not: the rank stays 1.
  });

  it('a level whose questions are all not applicable is met; the top level has p = 0', () => {
    // build-deps: basic 1/1; managed has no countable question (d2 n/a) → met; advanced has none → met
    // → rank 3 (the top), p = 0 → 3
    expect(unit(p, 'build-deps')).toMatchObject({ score: 3, level: 3, levelId: 'advanced' });
  });

  it('a unit below the first level with answers scores p of the first level', () => {
    // test: basic 0/1 (t1 = 1 < 2) → rank 0; p = 0/1 → 0, a score (not null)
    expect(unit(p, 'test')).toMatchObject({ score: 0, level: 0, levelId: null });
  });

  it('rolls gated units up with the other steps’ rules', () => {
    // build = mean(1.5, 3) = 2.25 → level 2 (min 2); overall = min(2.25, 0) = 0
    expect(unit(p, 'build')).toMatchObject({ score: 2.25, level: 2 });
    expect(p.overall).toEqual({ score: 0, level: 0, levelId: null, uncertain: false });
  });

  it('has no score when none of the unit’s questions has a value', () => {
    const only = score(q, [set('b.yaml', { t1: 2, c1: 'unknown', d2: 'not-applicable' })]);
    expect(unit(only, 'build-ci').score).toBeNull();
    expect(unit(only, 'build-deps').score).toBeNull();
    // test: basic 1/1, managed 0/1 (t2 unanswered) → rank 1, p = 0 → 1
    expect(unit(only, 'test')).toMatchObject({ score: 1, level: 1 });
  });

  it('an unknown question counts but does not pass', () => {
    // build-ci: c1 unknown → basic 1/2 → rank 0; p = 1/2 → 0.5
    const p2 = score(q, [set('c.yaml', { c1: 'unknown', c2: 2 })]);
    expect(unit(p2, 'build-ci')).toMatchObject({ score: 0.5, level: 0 });
  });

  it('gate.share lowers the bar: a level is met when at least that share passes', () => {
    // share 0.5: build-ci managed 1/2 ≥ 0.5 × 2 → met; advanced 1/1 → met → rank 3, p = 0 → 3
    expect(unit(score(withGate({ share: 0.5 }), [A]), 'build-ci')).toMatchObject({ score: 3, level: 3 });
    // share 0.7 of 10 is 7, but 0.7 × 10 is 7.000000000000001 in floating point: 7 passing still
    // meets it, as the comparison has a tolerance
    const ten = Array.from({ length: 10 }, (_, i) => ({ value: i < 7 ? 2 : 0, weight: 1, level: 'a', pass: 2 }));
    expect(gatedScore(ten, ['a'], 0.7)).toMatchObject({ rank: 1, score: 1 });
    // share 1: 7 of 10 is not all → rank 0, p = 7/10
    expect(gatedScore(ten, ['a'], 1)).toMatchObject({ rank: 0, score: 0.7 });
  });

  it('gate.pass sets the value a question passes at', () => {
    // pass 1: test basic t1 = 1 passes; managed t2 = 2 passes; advanced t3 unanswered → 0/1 → rank 2, p = 0
    expect(unit(score(withGate({ pass: 1 }), [A]), 'test')).toMatchObject({ score: 2, level: 2 });
  });

  it('several respondents: a question passes on the mean of their values; n/a only when nobody gave a value', () => {
    const B = set('b.yaml', { c1: 2, c2: 2, c3: 2, c4: 2, d1: 2, d2: 0, t1: 'not-applicable' });
    const both = score(q, [A, B]);
    // c4 = mean(1, 2) = 1.5 < 2: managed still 1/2 → build-ci 1.5
    expect(unit(both, 'build-ci')).toMatchObject({ score: 1.5, level: 1 });
    // d2: B gave 0, so it counts (A's n/a does not take it off the bar) and fails → rank 1, p = 0/1 → 1
    expect(unit(both, 'build-deps')).toMatchObject({ score: 1, level: 1 });
    // t1 = 1 (only A gave a value) → basic 0/1 → 0
    expect(unit(both, 'test')).toMatchObject({ score: 0, level: 0 });
  });

  it('--explain shows the ladder: per level countable and passing questions, met or not, rank and p', () => {
    const ci = p.explanation!.units.find((u) => u.id === 'build-ci')!;
    expect(ci.method).toBe('gated');
    expect(ci.gate).toEqual({
      rank: 1,
      p: 0.5,
      levels: [
        { id: 'basic', countable: 2, passing: 2, met: true },
        { id: 'managed', countable: 2, passing: 1, met: false },
        { id: 'advanced', countable: 1, passing: 1, met: true },
      ],
    });
    expect(p.explanation!.units.find((u) => u.id === 'build')!.method).toBe('mean');
    expect(p.explanation!.units.find((u) => u.id === null)!.method).toBe('min');
  });

  it('the profile carries the ladder of every gated unit with a score, without --explain, and what the next level misses', () => {
    const plain = score(q, [A]);
    // build-ci as above; managed is the first level not met, and of its questions c4 (1 < 2) does not pass: its step.
    expect(unit(plain, 'build-ci').gate).toEqual({
      rank: 1,
      levels: [
        { id: 'basic', countable: 2, passing: 2, met: true },
        { id: 'managed', countable: 2, passing: 1, met: false },
        { id: 'advanced', countable: 1, passing: 1, met: true },
      ],
      missing: [{ id: 'c4', text: 'Release from the pipeline only' }],
    });
    // build-deps: basic 1/1, managed 0/0 (d2 not applicable), advanced has no questions: all met, rank 3, nothing missing.
    expect(unit(plain, 'build-deps').gate).toMatchObject({ rank: 3, missing: [] });
    // test: basic 0/1 (t1 = 1 < 2) → rank 0; t1 has no step, so its text.
    expect(unit(plain, 'test').gate).toMatchObject({
      rank: 0,
      missing: [{ id: 't1', text: 'Unit tests run on every change' }],
    });
    // A unit rolled up by mean has none; nor a gated unit without a score.
    expect(unit(plain, 'build').gate).toBeUndefined();
    expect(unit(score(q, [set('t.yaml', { t1: 2 })]), 'build-ci').gate).toBeUndefined();
    // In the language asked for.
    expect(unit(score(q, [A], { language: 'nl' }), 'build-ci').gate!.missing).toEqual([
      { id: 'c4', text: 'Release alleen vanuit de pijplijn' },
    ]);
  });
});

describe('next steps of a gated unit', () => {
  it('per level from the rank up: the steps of the next level’s questions that do not pass, then the unit’s own', () => {
    const p = score(q, [A]);
    // Default targets one level up. test: rank 0 → 1: basic's t1 fails (no `step`: its text), then
    // the steps under `none`. build-ci: rank 1 → 2: managed's c4 fails (its `step`), then build's
    // steps for basic (build-ci has none of its own). build-deps is at the top. Both gaps 1 and
    // weights 1: the lower score (test, 0) first.
    expect(p.nextSteps.map((g) => [g.subdimension ?? g.dimension, g.fromLevel, g.toLevel, g.steps])).toEqual([
      ['test', 0, 1, ['Unit tests run on every change', 'Test step below basic']],
      ['build-ci', 1, 2, ['Release from the pipeline only', 'Build step basic']],
    ]);
  });

  it('up to the level below the target; a passing question gives no step', () => {
    const p = score(q, [A], { targets: { byId: { 'build-ci': 3 } } });
    // k = 1: c4, build's basic steps; k = 2: advanced's c5 passes, so only build's managed steps
    expect(p.nextSteps.find((g) => g.subdimension === 'build-ci')!.steps).toEqual([
      'Release from the pipeline only',
      'Build step basic',
      'Build step managed',
    ]);
  });

  it('a not-applicable question gives no step; an unknown one does', () => {
    const p = score(q, [set('d.yaml', { t1: 2, t2: 'unknown', t3: 'not-applicable' })], { targets: { all: 3 } });
    // test: basic 1/1 → rank 1, target 3. k = 1: managed's t2 (unknown, does not pass: its step),
    // then test's steps for basic; k = 2: advanced's t3 is not countable (no step), then those for managed.
    expect(p.nextSteps.find((g) => g.dimension === 'test')!.steps).toEqual([
      'Cover the main paths',
      'Test step basic',
      'Test step managed',
    ]);
  });
});

describe('steps below the first level (`none`), for any unit', () => {
  const meanScan: Questionnaire = { ...q, scoring: { method: 'mean' } };

  it('a unit at rank 0 with a score gets the steps under none, then the first level’s up to its target', () => {
    // test = mean(0, 0) = 0 → rank 0 (basic needs 1). Default target 1: the `none` steps only.
    const B = set('b.yaml', { t1: 0, t2: 0 });
    expect(score(meanScan, [B]).nextSteps).toEqual([
      expect.objectContaining({ dimension: 'test', fromLevel: 0, toLevel: 1, steps: ['Test step below basic'] }),
    ]);
    // Target 2: `none`, then basic's.
    expect(score(meanScan, [B], { targets: { all: 2 } }).nextSteps.find((g) => g.dimension === 'test')!.steps).toEqual([
      'Test step below basic',
      'Test step basic',
    ]);
  });

  it('a subdimension without steps under none takes its dimension’s', () => {
    // build-ci = mean(0, 0) = 0 → rank 0; build-ci has no nextSteps: build's `none`
    const p = score(meanScan, [set('c.yaml', { c1: 0, c2: 0 })]);
    expect(p.nextSteps).toEqual([
      expect.objectContaining({ subdimension: 'build-ci', fromLevel: 0, steps: ['Build step below basic'] }),
    ]);
  });

  it('a unit without a score gets no steps, none included', () => {
    expect(score(meanScan, [set('e.yaml', { t1: 'unknown' })]).nextSteps).toEqual([]);
  });
});
