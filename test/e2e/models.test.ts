/**
 * The project's own fixtures in the shape of three kinds of published model (test/fixtures/models,
 * written for these tests), end to end on the built CLI: validate is clean, `score --format json`
 * gives the hand-computed profile (valid against schemas/profile.schema.json), and each fixture's
 * `datascan test` file pins the same.
 */
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { publishedSchema } from '../helpers/schemas.js';

const validateProfile = publishedSchema('profile.schema.json');

interface Unit {
  id: string;
  score: number | null;
  level: number;
  target: number | null;
  gap: number | null;
  subdimensions: Unit[];
  groups?: { id: string; score: number | null; level: number }[];
}
interface Profile {
  scoring: Record<string, unknown>;
  scale: { min: number; max: number };
  overall: { score: number | null; level: number };
  dimensions: Unit[];
  nextSteps: { dimension: string; subdimension: string | null; steps: string[] }[];
}

function scoreJson(args: string[]): Profile {
  const r = runCli(['score', ...args, '--format', 'json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const profile = JSON.parse(r.stdout) as Profile;
  expect(validateProfile(profile), JSON.stringify(validateProfile.errors)).toBe(true);
  return profile;
}

/** [id, score, level] of every dimension and subdimension, in questionnaire order. */
function units(p: Profile): [string, number | null, number][] {
  return p.dimensions.flatMap((d) => [
    [d.id, d.score, d.level] as [string, number | null, number],
    ...d.subdimensions.map((s) => [s.id, s.score, s.level] as [string, number | null, number]),
  ]);
}

function steps(p: Profile): [string, string[]][] {
  return p.nextSteps.map((g) => [g.subdimension ?? g.dimension, g.steps]);
}

function expectClean(args: string[]): void {
  const r = runCli(['validate', ...args]);
  expect(r.stdout).toMatch(/: 0 errors, 0 warnings\n$/);
  expect(r.code).toBe(0);
}

describe('samm-like: functions, practices, two streams each, unanswered as none', () => {
  const dir = (f: string) => fixture('models', 'samm-like', f);

  it('validate is clean on the questionnaire and the answers', () => {
    expectClean([dir('samm-like.yaml'), dir('org.yaml')]);
  });

  it('scores practices on 0–3, streams inside them, and steps below the first level', () => {
    const p = scoreJson([dir('org.yaml')]);
    expect(p.scoring).toMatchObject({ method: 'mean', unanswered: 'lowest' });
    // Values are the shares 0, 0.25, 0.5, 1 × 3; every roll-up is a mean.
    // plan-goals: pg-s1 3, pg-s2 1.5, pg-t1 0.75, pg-t2 unanswered as 0: 5.25 / 4 = 1.3125
    //   (left out, as by default, it would be 5.25 / 3 = 1.75); plan-people: (0.75 + 0 + 0 + 0.75) / 4 = 0.375
    // plan: (1.3125 + 0.375) / 2 = 0.84375, below ml-1
    // deliver-review: (3 + 3 + 1.5 + 1.5) / 4 = 2.25; deliver-release: dl-p1 unknown, (1.5 + 0.75 + 0.75) / 3 = 1
    // deliver: (2.25 + 1) / 2 = 1.625; overall: (0.84375 + 1.625) / 2 = 1.234375
    expect(units(p)).toEqual([
      ['plan', 0.84375, 0],
      ['plan-goals', 1.3125, 1],
      ['plan-people', 0.375, 0],
      ['deliver', 1.625, 1],
      ['deliver-review', 2.25, 2],
      ['deliver-release', 1, 1],
    ]);
    expect(p.overall).toEqual(expect.objectContaining({ score: 1.234375, level: 1 }));
    // Streams: setting goals (3 + 1.5) / 2 = 2.25, tracking (0.75 + 0) / 2 = 0.375; outside review (1.5 + 1.5) / 2;
    // release planning 1.5 (dl-p1 unknown), release checks (0.75 + 0.75) / 2.
    const groups = p.dimensions.flatMap((d) => d.subdimensions.flatMap((s) => s.groups ?? []));
    expect(groups.map((g) => [g.id, g.score, g.level])).toEqual([
      ['plan-goals-set', 2.25, 2],
      ['plan-goals-track', 0.375, 0],
      ['plan-people-train', 0.375, 0],
      ['plan-people-roles', 0.375, 0],
      ['deliver-review-peer', 3, 3],
      ['deliver-review-outside', 1.5, 1],
      ['deliver-release-plan', 1.5, 1],
      ['deliver-release-check', 0.75, 0],
    ]);
    // Every gap 1 (default targets), weights 1: lowest score first. plan-people at rank 0 gets its own `none` steps.
    expect(steps(p)).toEqual([
      ['plan-people', ['Name one person per team who looks after skills']],
      ['deliver-release', ['Review each delivery']],
      ['plan-goals', ['Write the plans down']],
      ['deliver-review', ['Measure each delivery']],
    ]);
  });

  it('shows the criteria with their question', () => {
    const r = runCli(['show', dir('samm-like.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('The reviewer did not write the change');
  });

  it('its test file passes', () => {
    const r = runCli(['test', dir('samm-like.test.yaml')]);
    expect(r.stdout).toContain('2 passed, 0 failed');
    expect(r.code).toBe(0);
  });
});

describe('dsomm-like: activities on five levels, gated, teams by the lowest', () => {
  const dir = (f: string) => fixture('models', 'dsomm-like', f);
  const TEAMS = dir('teams.csv');

  it('validate is clean on the model, both questionnaires and the teams', () => {
    for (const q of ['dsomm-like-share-1.yaml', 'dsomm-like-share-08.yaml'])
      expectClean([dir('dsomm-model.yaml'), dir(q), TEAMS, '--questionnaire', dir(q)]);
  });

  // Activities pass at 1 (done by hand); a team's value counts only as the lower of the two teams'.
  // build, start: b1-1 min(2, 1) = 1, b1-2 1, b1-3 2, b1-4 min(2, 0) = 0 fails, b1-5 1 (team B unknown):
  //   4 of 5 pass; routine b2 1, managed b3 1 pass; measured b4 0 fails; leading b5 1 passes.
  // deploy: start p1 passes; routine p2a min(1, 0) fails, p2b passes: 1 of 2.
  // verify: t1, t2 pass; managed t3 n/a for both (no countable question: met); measured t4 1 (team B
  //   unanswered, left out) passes; leading t5 0 (team B unknown) fails: rank 4, p = 0 / 1.
  it('share 1: a level counts only when every activity of it and below is in place', () => {
    const p = scoreJson([TEAMS, '--questionnaire', dir('dsomm-like-share-1.yaml'), '--aggregate']);
    expect(p.scoring).toMatchObject({
      rollup: { questions: 'gated' },
      gate: { pass: 1, share: 1 },
      respondents: 'min',
    });
    // build: start 4/5 not met: rank 0 + 4/5; deploy: rank 1 + 1/2; ship (0.8 + 1.5) / 2 = 1.15; verify 4
    // overall (1.15 + 4) / 2 = 2.575
    const [ship, build, deploy, verify] = units(p);
    expect([build, deploy, verify]).toEqual([
      ['build', 0.8, 0],
      ['deploy', 1.5, 1],
      ['verify', 4, 4],
    ]);
    expect(ship![1]).toBeCloseTo(1.15, 12);
    expect(p.overall.score).toBeCloseTo(2.575, 12);
    expect(p.overall.level).toBe(2);
    // Each gap 1: the step of every activity of the next level that does not pass, then the unit's
    // (or its dimension's) steps for its rank; lowest score first.
    expect(steps(p)).toEqual([
      ['build', ['Stop builds that use a known vulnerable library', 'Put the build in one place']],
      ['deploy', ['Make every deployment reversible', 'Deploy the same way everywhere']],
      ['verify', ['Simulate an attack before each release', 'Share the test results between teams']],
    ]);
  });

  it('share 0.8: four of five activities meet a level', () => {
    const p = scoreJson([TEAMS, '--questionnaire', dir('dsomm-like-share-08.yaml'), '--aggregate']);
    // build: start 4 ≥ 0.8 × 5 met, routine and managed met, measured 0/1: rank 3 + 0; ship (3 + 1.5) / 2 = 2.25
    // deploy: routine 1 < 0.8 × 2, still 1.5; overall (2.25 + 4) / 2 = 3.125
    expect(units(p)).toEqual([
      ['ship', 2.25, 2],
      ['build', 3, 3],
      ['deploy', 1.5, 1],
      ['verify', 4, 4],
    ]);
    expect(p.overall).toEqual(expect.objectContaining({ score: 3.125, level: 3 }));
    // build at rank 3 aims for measured: b4 has no step of its own, so its text, then ship's steps for managed.
    expect(steps(p)[1]).toEqual(['build', ['Build times are measured', 'Measure the pipeline']]);
  });

  it('combined by the mean instead, the build passes b1-4 ((2 + 0) / 2 = 1) and climbs to 3', () => {
    const p = scoreJson([
      TEAMS,
      '--questionnaire',
      dir('dsomm-like-share-1.yaml'),
      '--aggregate',
      '--respondents',
      'mean',
    ]);
    expect(units(p)[1]).toEqual(['build', 3, 3]);
  });

  it('its test files pass', () => {
    const r = runCli(['test', dir('dsomm-like.test.yaml'), dir('dsomm-like-share-08.test.yaml')]);
    expect(r.stdout).toContain('3 passed, 0 failed');
    expect(r.code).toBe(0);
  });
});

describe('cmmi-like: staged levels, the first asks nothing, appraisers by the median', () => {
  const dir = (f: string) => fixture('models', 'cmmi-like', f);
  const APPRAISERS = ['a', 'b', 'c'].map((x) => dir(`appraiser-${x}.yaml`));

  it('validate is clean on the questionnaire and the appraisals', () => {
    expectClean([dir('cmmi-like.yaml'), ...APPRAISERS]);
  });

  it('scores each area by its ladder and the organisation by its weakest area', () => {
    const p = scoreJson([...APPRAISERS, '--aggregate']);
    expect(p.scoring).toMatchObject({
      rollup: { questions: 'gated', dimensions: 'min' },
      gate: { pass: 3 },
      respondents: 'median',
    });
    // Ratings 1–4 pass at 3; ad-hoc has no practices, so it is met by every area.
    // projects: repeatable pr-2a median(3, 4, 2) = 3, pr-2b median(4, 2, 3) = 3 pass; standard pr-3a
    //   median(2, 3, 2) = 2 fails, pr-3b median(3, 3, 1) = 3 passes: rank 2 + 1/2 = 2.5
    // engineering: en-2 3, en-3a median(4, 4) = 4 (C unknown), en-3b 4 pass; quantified has no practices (met);
    //   improving en-5 median(1, 2, 4) = 2 fails: rank 4 + 0/1 = 4
    // support: repeatable su-2a median(1, 2, 1) = 1 fails, su-2b 3 passes: rank 1 + 1/2 = 1.5
    // overall: min(2.5, 4, 1.5) = 1.5
    expect(units(p)).toEqual([
      ['projects', 2.5, 2],
      ['engineering', 4, 4],
      ['support', 1.5, 1],
    ]);
    expect(p.overall).toEqual(expect.objectContaining({ score: 1.5, level: 1 }));
    // Charts draw a gated score (a rank plus a share) from 0 to the five levels, not on the ratings' 1–4.
    expect(p.scale).toEqual({ min: 0, max: 5 });
    // Appraiser C aims projects at `quantified` (rank 4): gap 2 comes first, with the unmet practice of
    // standard and the steps for repeatable, then (quantified's pr-4 passes) the steps for standard.
    expect(p.dimensions.map((d) => [d.id, d.target, d.gap])).toEqual([
      ['projects', 4, 2],
      ['engineering', 5, 1],
      ['support', 2, 1],
    ]);
    expect(steps(p)).toEqual([
      [
        'projects',
        ['Make the plans follow one standard', 'Use one way of planning for all projects', 'Measure how projects run'],
      ],
      ['support', ['Put every work product under configuration control', 'Keep work products under version control']],
      ['engineering', ['Defect causes are analysed and removed', 'Remove the causes of defects']],
    ]);
  });

  it('its test file passes', () => {
    const r = runCli(['test', dir('cmmi-like.test.yaml')]);
    expect(r.stdout).toContain('3 passed, 0 failed');
    expect(r.code).toBe(0);
  });
});
