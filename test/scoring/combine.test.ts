/**
 * How answers combine: unanswered questions as their scale's lowest value (`scoring.unanswered`)
 * and several respondents' values per question (`scoring.respondents`, `--respondents`).
 * Hand-computed against test/fixtures/combine/combine-scan.yaml: levels basis ≥ 1, verbreden ≥ 2,
 * verankeren ≥ 3; scale `ladder` 0–3 (lowest 0), scale `yes-no` 1 or 3 (lowest 1); privacy has
 * privacy-policy (p-1, p-2: ladder) and privacy-practice (p-3: yes-no); data has no
 * subdimensions (d-1, d-2: ladder). Its own scoring: mean, unanswered lowest, respondents median.
 * And targets that name a level by id.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normaliseAnswers, type AnswerFile, type AnswerSet } from '../../src/answers/types.js';
import type { Questionnaire, ScoringRules } from '../../src/questionnaire/types.js';
import { checkAnswers } from '../../src/answers/check.js';
import { describeTargetOption, describeTargetProblem } from '../../src/cli/target-option.js';
import { say } from '../../src/node/messages.js';
import { combineRespondents } from '../../src/scoring/rollup.js';
import { checkTargetFlags, fileTargets, parseTargetFlags, targetRank } from '../../src/scoring/targets.js';
import { score } from '../../src/scoring/score.js';
import type { Profile, UnitProfile } from '../../src/scoring/types.js';
import { loadQuestionnaire } from './load.js';

const near = (x: number) => expect.closeTo(x, 12);
const q = loadQuestionnaire('combine', 'combine-scan.yaml');
const withScoring = (scoring: ScoringRules): Questionnaire => ({ ...q, scoring });

function set(source: string, values: AnswerFile['answers'], extra: Partial<AnswerFile> = {}): AnswerSet {
  return normaliseAnswers({ questionnaire: 'combine-scan', ...extra, answers: values }, source);
}

function unit(profile: Profile, id: string): UnitProfile {
  for (const d of profile.dimensions) {
    if (d.id === id) return d;
    const s = d.subdimensions.find((x) => x.id === id);
    if (s) return s;
  }
  throw new Error(`no unit ${id}`);
}

// As the fixture's team-a.yaml, team-b.yaml and team-c.yaml.
const A = set('team-a.yaml', { 'p-1': 2, 'p-3': 3, 'd-1': 'unknown' });
const B = set('team-b.yaml', { 'p-1': 3, 'p-2': 1, 'p-3': 1, 'd-1': 3, 'd-2': 2 });
const C = set('team-c.yaml', { 'p-1': 0, 'p-2': 3, 'p-3': 3, 'd-1': 1, 'd-2': 'not-applicable' });

describe('unanswered: lowest', () => {
  const p = score(q, [A]);

  it("counts an unanswered question as its scale's lowest option value", () => {
    // privacy-policy = (p-1 2 + p-2 unanswered → ladder's lowest 0) / 2 = 1
    expect(unit(p, 'privacy-policy')).toMatchObject({ score: 1, level: 1, levelId: 'basis' });
    // privacy = (1 + 3) / 2 = 2
    expect(unit(p, 'privacy')).toMatchObject({ score: 2, level: 2 });
  });

  it('takes the lowest value of the question’s own scale', () => {
    // p-3 unanswered counts as yes-no's lowest, 1 (not the ladder's 0): privacy-practice = 1
    const p3 = score(q, [set('x.yaml', { 'p-1': 2, 'p-2': 2 })]);
    expect(unit(p3, 'privacy-practice')).toMatchObject({ score: 1, level: 1 });
  });

  it('leaves unknown and not applicable out, and gives a unit of only unanswered questions a score', () => {
    // data: d-1 unknown is left out, d-2 unanswered counts as 0 → score 0, below the first level
    expect(unit(p, 'data')).toMatchObject({ score: 0, level: 0, levelId: null });
    // overall = (privacy 2 + data 0) / 2 = 1; only 2 of the 5 questions have a value (the rest count as
    // the lowest), so the level is uncertain
    expect(p.overall).toEqual({ score: 1, level: 1, levelId: 'basis', uncertain: true });
    const na = score(q, [set('x.yaml', { 'd-1': 'not-applicable', 'd-2': 'unknown' })]);
    expect(unit(na, 'data').score).toBeNull();
  });

  it('still counts an unanswered question as unanswered in the coverage', () => {
    expect(unit(p, 'data').coverage).toEqual({ answered: 0, unknown: 1, notApplicable: 0, total: 2, ratio: 0 });
    // p-1 and p-3 answered out of 5
    expect(p.coverage).toEqual({ answered: 2, unknown: 1, notApplicable: 0, total: 5, ratio: 2 / 5 });
  });

  it('explains the value used and the answer as not given', () => {
    const e = score(q, [A], { explain: true }).explanation!;
    expect(e.questions.find((x) => x.id === 'p-2')).toMatchObject({
      value: 0,
      answers: [{ source: 'team-a.yaml', value: null }],
    });
  });

  it('under ignore (the default) leaves it out, as before', () => {
    const ignore = score(withScoring({ method: 'mean' }), [A]);
    // privacy-policy = p-1 alone = 2; data has no value at all; overall = (2.5 + none) = 2.5
    expect(unit(ignore, 'privacy-policy').score).toBe(2);
    expect(unit(ignore, 'privacy').score).toBe(2.5);
    expect(unit(ignore, 'data').score).toBeNull();
    expect(ignore.overall.score).toBe(2.5);
    expect(ignore.scoring).toEqual({
      method: 'mean',
      unanswered: 'ignore',
      respondents: 'mean',
      disagreementThreshold: 1,
    });
  });

  it("counts in each respondent's own score for the spread", () => {
    // A's own data = 0 (d-2 as 0); C's own data = d-1 1 (d-2 not applicable) → spread 0 … 1 over 2
    const lowest = score(withScoring({ method: 'mean', unanswered: 'lowest' }), [A, C]);
    expect(unit(lowest, 'data').spread).toMatchObject({ min: 0, max: 1, respondents: 2, disagreement: true });
    // Under ignore A has no data score of its own: only C's counts
    const ignore = score(withScoring({ method: 'mean' }), [A, C]);
    expect(unit(ignore, 'data').spread).toMatchObject({ min: 1, max: 1, respondents: 1 });
  });
});

describe('unanswered: lowest, as a property', () => {
  const ids = ['p-1', 'p-2', 'p-3', 'd-1', 'd-2'];
  const lowestOf: Record<string, number> = { 'p-1': 0, 'p-2': 0, 'p-3': 1, 'd-1': 0, 'd-2': 0 };
  const answer = (id: string) =>
    id === 'p-3' ? fc.constantFrom(1, 3, 'unknown' as const) : fc.constantFrom(0, 1, 2, 3, 'unknown' as const);
  const scoresOf = (p: Profile) => [
    p.overall.score,
    ...p.dimensions.flatMap((d) => [d.score, ...d.subdimensions.map((s) => s.score)]),
  ];

  it('scores an unanswered question exactly as one answered with its lowest value', () => {
    fc.assert(
      fc.property(
        // null: left empty, unanswered
        fc.record(Object.fromEntries(ids.map((id) => [id, fc.option(answer(id), { nil: null })]))),
        (given) => {
          const filled = Object.fromEntries(ids.map((id) => [id, given[id] ?? lowestOf[id]!]));
          expect(scoresOf(score(q, [set('x.yaml', given)]))).toEqual(scoresOf(score(q, [set('x.yaml', filled)])));
        },
      ),
    );
  });
});

describe('respondents', () => {
  it('combines by the median of the values given (the questionnaire says median)', () => {
    const p = score(q, [A, B, C]);
    // p-1: 2, 3, 0 → median 2; p-2: 0 (A unanswered → lowest), 1, 3 → 1; privacy-policy = 1.5
    expect(unit(p, 'privacy-policy').score).toBe(1.5);
    // p-3: 3, 1, 3 → 3; privacy = (1.5 + 3) / 2 = 2.25
    expect(unit(p, 'privacy')).toMatchObject({ score: 2.25, level: 2 });
    // d-1: A unknown, 3, 1 → median of two = (1 + 3) / 2 = 2; d-2: 0 (A), 2, C n/a → (0 + 2) / 2 = 1; data = 1.5
    expect(unit(p, 'data')).toMatchObject({ score: 1.5, level: 1 });
    // overall = (2.25 + 1.5) / 2 = 1.875
    expect(p.overall.score).toBe(1.875);
    expect(p.scoring).toMatchObject({ unanswered: 'lowest', respondents: 'median' });
  });

  it('takes the mean of the middle two for an even count', () => {
    const D = set('team-d.yaml', { 'p-1': 3 });
    // p-1: 2, 3, 0, 3 → sorted 0, 2, 3, 3 → (2 + 3) / 2 = 2.5 (the mean would be 2)
    const p = score(withScoring({ method: 'mean', respondents: 'median' }), [A, B, C, D]);
    const e = score(withScoring({ method: 'mean', respondents: 'median' }), [A, B, C, D], { explain: true });
    expect(e.explanation!.questions.find((x) => x.id === 'p-1')!.value).toBe(2.5);
    // privacy-policy = (p-1 2.5 + p-2 (1, 3 → 2)) / 2 = 2.25
    expect(unit(p, 'privacy-policy').score).toBe(2.25);
  });

  it('--respondents overrides the questionnaire: min and max', () => {
    const min = score(q, [A, B, C], { respondents: 'min' });
    // p-1 min 0, p-2 min 0 → policy 0; p-3 min 1 → practice 1; privacy 0.5
    expect(unit(min, 'privacy').score).toBe(0.5);
    // d-1 min(3, 1) = 1, d-2 min(0, 2) = 0 → data 0.5; overall 0.5
    expect(unit(min, 'data').score).toBe(0.5);
    expect(min.overall.score).toBe(0.5);
    expect(min.scoring.respondents).toBe('min');
    const max = score(q, [A, B, C], { respondents: 'max' });
    // p-1 3, p-2 3 → policy 3; p-3 3; privacy 3. d-1 3, d-2 2 → data 2.5. overall 2.75
    expect(unit(max, 'privacy').score).toBe(3);
    expect(unit(max, 'data').score).toBe(2.5);
    expect(max.overall.score).toBe(2.75);
  });

  it('mean (the default) is the plain mean over the respondents who gave a value', () => {
    const p = score(withScoring({ method: 'mean' }), [A, B, C]);
    // ignore: p-1 (2 + 3 + 0) / 3 = 5/3; p-2 (1 + 3) / 2 = 2; policy = 11/6
    expect(unit(p, 'privacy-policy').score).toEqual(near(11 / 6));
  });

  it('keeps the spread per respondent, whatever the rule', () => {
    const median = score(q, [A, B, C]);
    const max = score(q, [A, B, C], { respondents: 'max' });
    // Own privacy-policy scores: A (2 + 0) / 2 = 1, B (3 + 1) / 2 = 2, C (0 + 3) / 2 = 1.5
    expect(unit(median, 'privacy-policy').spread).toMatchObject({ min: 1, max: 2, respondents: 3 });
    expect(unit(max, 'privacy-policy').spread).toEqual(unit(median, 'privacy-policy').spread);
  });
});

describe('combineRespondents', () => {
  it('combines by each rule; no values give null', () => {
    expect(combineRespondents('mean', [1, 2, 4])).toBe(7 / 3);
    expect(combineRespondents('median', [4, 1, 2])).toBe(2);
    expect(combineRespondents('median', [4, 1, 2, 3])).toBe(2.5);
    expect(combineRespondents('min', [4, 1, 2])).toBe(1);
    expect(combineRespondents('max', [4, 1, 2])).toBe(4);
    for (const rule of ['mean', 'median', 'min', 'max'] as const) expect(combineRespondents(rule, [])).toBeNull();
  });

  it('always lies between the lowest and highest value, and is that value for one respondent', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('mean', 'median', 'min', 'max' as const),
        fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 9 }),
        (rule, values) => {
          const c = combineRespondents(rule, values)!;
          expect(c).toBeGreaterThanOrEqual(Math.min(...values) - 1e-12);
          expect(c).toBeLessThanOrEqual(Math.max(...values) + 1e-12);
          if (values.length === 1) expect(c).toBe(values[0]);
        },
      ),
    );
  });
});

describe('targets by level id', () => {
  it('reads a level id where a rank may stand; digits stay a rank', () => {
    expect(parseTargetFlags(['verbreden', 'privacy=verankeren', 'data = 1'])).toEqual({
      targets: { all: 'verbreden', byId: { privacy: 'verankeren', data: 1 } },
      errors: [],
    });
  });

  it('refuses a level id the questionnaire does not have, with the closest one', () => {
    const problems = checkTargetFlags({ all: 'basis', byId: { privacy: 'verankern' } }, q);
    expect(problems).toEqual([
      {
        problem: 'level',
        option: { unit: 'privacy', rank: 0, levelId: 'verankern' },
        questionnaire: 'combine-scan',
        levels: ['basis', 'verbreden', 'verankeren'],
      },
    ]);
    expect(say(describeTargetProblem(problems[0]!), 'en')).toBe(
      '--target privacy=verankern: `verankern` is not a level of `combine-scan` — did you mean `verankeren`? (levels: `basis`, `verbreden`, `verankeren`)',
    );
  });

  it('scores an option by level id as its rank, and the explanation names the option as given', () => {
    const p = score(q, [A], {
      targets: { all: 'verbreden', byId: { data: 'verankeren' } },
      describeTargetOption,
      explain: true,
    });
    // verbreden is rank 2, verankeren rank 3; privacy-policy is at level 1 → gap 1; data at 0 → gap 3
    expect(unit(p, 'privacy-policy')).toMatchObject({ target: 2, targetSource: 'option', gap: 1 });
    expect(unit(p, 'data')).toMatchObject({ target: 3, targetSource: 'option', gap: 3 });
    const data = p.explanation!.units.find((u) => u.id === 'data')!;
    expect(data.target).toEqual({ rank: 3, source: 'option', from: '--target data=verankeren' });
  });

  it('reads answer-file targets by level id, the highest rank winning', () => {
    const byId = set('b.yaml', {}, { targets: { privacy: 'verankeren', data: 'basis' } });
    const byRank = set('c.yaml', {}, { targets: { privacy: 2, data: 2 } });
    // privacy: verankeren (3) beats 2; data: 2 beats basis (1)
    expect(Object.fromEntries(fileTargets([byId, byRank], q.levels))).toEqual({
      privacy: { rank: 3, file: 'b.yaml' },
      data: { rank: 2, file: 'c.yaml' },
    });
    const p = score(q, [A, byId, byRank]);
    expect(unit(p, 'privacy')).toMatchObject({ target: 3, targetSource: 'file' });
    // privacy-policy inherits its dimension's
    expect(unit(p, 'privacy-policy')).toMatchObject({ target: 3, targetSource: 'dimension' });
  });

  it('finds an answer-file target with an unknown level id', () => {
    const b = set('b.yaml', { 'p-1': 1 }, { targets: { privacy: 'verankern', data: 'basis' } });
    const findings = checkAnswers(b, q, 'b.yaml', () => ({ line: 1, column: 1, endLine: 1, endColumn: 2 }));
    expect(findings.map((d) => [d.rule, d.message])).toEqual([
      [
        'invalid-target',
        'target for `privacy`: `verankern` is not a level of `combine-scan` — did you mean `verankeren`? (levels: `basis`, `verbreden`, `verankeren`)',
      ],
    ]);
  });

  it('follows a level id to its new rank when a level is added below it', () => {
    // A level inserted below verbreden: the id now means rank 3, where a rank 2 in a file would mean the new level.
    const moved: Questionnaire = {
      ...q,
      levels: [q.levels[0]!, { id: 'proberen', name: 'Trying', min: 1.5 }, ...q.levels.slice(1)],
    };
    expect(targetRank('verbreden', q.levels)).toBe(2);
    expect(targetRank('verbreden', moved.levels)).toBe(3);
  });
});
