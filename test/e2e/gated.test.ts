/**
 * Gated units end to end: the built CLI scores test/fixtures/answers/gated/team-a.yaml against
 * test/fixtures/scoring/gated-scan.yaml (values worked out in test/scoring/gated.test.ts and the
 * README's worked example), explains the ladder, and validate refuses a gated questionnaire whose
 * level mins are not their ranks.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { publishedSchema } from '../helpers/schemas.js';

const TEAM = fixture('answers', 'gated', 'team-a.yaml');
const validateProfile = publishedSchema('profile.schema.json');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-gated-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

interface Unit {
  id: string;
  score: number | null;
  level: number;
  subdimensions: Unit[];
}

describe('datascan score on a gated questionnaire', () => {
  it('scores gated units level by level, and the profile (with its explanation) is valid', () => {
    const r = runCli(['score', TEAM, '--format', 'json', '--explain']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const profile = JSON.parse(r.stdout) as {
      overall: { score: number };
      dimensions: Unit[];
      nextSteps: { dimension: string; subdimension: string | null; steps: string[] }[];
      explanation: { units: { id: string | null; method: string; gate?: { rank: number; p: number } }[] };
      scoring: Record<string, unknown>;
    };
    expect(validateProfile(profile), JSON.stringify(validateProfile.errors)).toBe(true);
    // The profile states the rules it was scored by, as the questionnaire sets them.
    expect(profile.scoring).toEqual({
      method: 'mean',
      rollup: { questions: 'gated', dimensions: 'min' },
      unanswered: 'ignore',
      respondents: 'mean',
      disagreementThreshold: 1,
    });
    const [build, test] = profile.dimensions;
    // build-ci 1 + 1/2; build-deps 3 (the top); build mean 2.25; test 0; overall min 0
    expect(build!.subdimensions.map((s) => [s.id, s.score, s.level])).toEqual([
      ['build-ci', 1.5, 1],
      ['build-deps', 3, 3],
    ]);
    expect([build!.score, test!.score, test!.level, profile.overall.score]).toEqual([2.25, 0, 0, 0]);
    expect(profile.nextSteps.map((g) => [g.subdimension ?? g.dimension, g.steps])).toEqual([
      ['test', ['Unit tests run on every change', 'Test step below basic']],
      ['build-ci', ['Release from the pipeline only', 'Build step basic']],
    ]);
    expect(profile.explanation.units.find((u) => u.id === 'build-ci')).toMatchObject({
      method: 'gated',
      gate: { rank: 1, p: 0.5 },
    });
  });

  it('--explain in text shows the ladder', () => {
    const r = runCli(['score', TEAM, '--explain']);
    expect(r.code).toBe(0);
    // Wrapped to the width of the output: compared with its line breaks as spaces.
    expect(r.stdout.replace(/\s+/g, ' ')).toContain(
      'score: Basic 2 of 2 pass, met; Managed 1 of 2 pass, not met; Advanced 1 of 1 pass, met: level 1 met with all below it + 0.50 passing on the next = 1.50',
    );
  });

  it('validate finds level mins that are not ranks in a gated questionnaire (exit 1)', () => {
    const text = fs
      .readFileSync(fixture('scoring', 'gated-scan.yaml'), 'utf8')
      .replace('name: {en: Advanced, nl: Gevorderd}, min: 3}', 'name: {en: Advanced, nl: Gevorderd}, min: 4}');
    const file = path.join(work, 'gated-min.yaml');
    fs.writeFileSync(file, text);
    const r = runCli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('gated-level-min');
    expect(r.stdout + r.stderr).toContain('level `advanced` has min 4');
  });
});
