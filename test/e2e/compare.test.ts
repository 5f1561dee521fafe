/** `datascan compare` end to end. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { fixture, runCli } from '../helpers/cli.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-compare-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const A = fixture('answers', 'tiny', 'a.yaml');
const GROUP = 'test/fixtures/answers/tiny/group/r*.yaml';

interface ComparisonJson {
  before: { respondents: number };
  after: { respondents: number };
  overall: { before: { score: number }; after: { score: number }; change: number; direction: string };
  dimensions: {
    id: string;
    change: number | null;
    direction: string | null;
    levelChange: number | null;
    subdimensions: {
      id: string;
      before: { score: number | null } | null;
      after: { score: number | null } | null;
      direction: string | null;
      questionsChanged?: true;
    }[];
  }[];
}

describe('datascan compare', () => {
  it('compares an answer file with a group (a glob of answer files), per unit with the change', () => {
    const r = runCli(['compare', A, GROUP, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const c = JSON.parse(r.stdout) as ComparisonJson;
    expect([c.before.respondents, c.after.respondents]).toEqual([1, 3]);
    // overall 127/48 before, 239/96 after (the hand-computed profiles of test/scoring)
    expect(c.overall.change).toBeCloseTo(239 / 96 - 127 / 48, 12);
    expect(c.overall.direction).toBe('down');
    // gamma: 2 → 1.75; beta 2.75 → 2.75
    expect(c.dimensions.map((d) => [d.id, d.direction, d.levelChange])).toEqual([
      ['alpha', 'down', -1],
      ['beta', 'same', 0],
      ['gamma', 'down', -1],
    ]);
  });

  it('refuses the same answer files given twice, however named (exit 2, nothing written)', () => {
    const folder = 'test/fixtures/answers/tiny/group';
    const out = path.join(work, 'twice.md');
    for (const args of [
      [folder, `${folder}/`],
      [A, GROUP, GROUP],
      [folder, A, `${folder}/*.yaml`],
    ]) {
      const r = runCli(['compare', ...args, '-o', out]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^datascan: .+ and .+ are the same answer files: give each scan once\n$/);
      expect(fs.existsSync(out)).toBe(false);
    }
    // The same files in part are two scans (respondents answering both times).
    expect(runCli(['compare', folder, GROUP]).code).toBe(0);
  });

  it('prints a table with the change marked up or down', () => {
    const r = runCli(['compare', A, GROUP]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Comparison: Gemeente Test');
    expect(r.stdout).toMatch(/Gamma +2\.00 +1\.75 +▼ −0\.25 +2 → 1/);
    expect(r.stdout).toMatch(/ {2}G one +– +1\.50 +– +– → 1/);
  });

  it('prints markdown', () => {
    const r = runCli(['compare', A, GROUP, '--format', 'markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| **Beta** | 2.75 | 2.75 | = 0.00 | 3 |');
  });

  it('reads profile JSON written by score', () => {
    const before = path.join(work, 'before.json');
    const after = path.join(work, 'after.json');
    expect(runCli(['score', A, '--format', 'json', '-o', before]).code).toBe(0);
    expect(runCli(['score', GROUP, '--aggregate', '--format', 'json', '-o', after]).code).toBe(0);
    const fromProfiles = runCli(['compare', before, after, '--format', 'json']);
    expect(fromProfiles.code, fromProfiles.stderr).toBe(0);
    expect(fromProfiles.stdout).toBe(runCli(['compare', A, GROUP, '--format', 'json']).stdout);
  });

  it('refuses a file with several profiles, and an invalid profile with its position', () => {
    const several = path.join(work, 'several.json');
    expect(runCli(['score', GROUP, '--format', 'json', '-o', several]).code).toBe(0);
    const r = runCli(['compare', several, A]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('holds 3 profiles');
    const broken = path.join(work, 'broken.json');
    const first = (JSON.parse(fs.readFileSync(several, 'utf8')) as Record<string, unknown>[])[0]!;
    fs.writeFileSync(broken, JSON.stringify({ ...first, respondents: 'one' }, null, 2));
    const b = runCli(['compare', broken, A]);
    expect(b.code).toBe(1);
    expect(b.stderr).toMatch(/broken\.json:\d+:\d+: error wrong-type/);
  });

  it('reads a profile .json file as JSON only: one that holds YAML is refused with its position, exit 1', () => {
    const profile = path.join(work, 'profile.json');
    expect(runCli(['score', A, '--format', 'json', '-o', profile]).code).toBe(0);
    const yamlInJson = path.join(work, 'yaml-profile.json');
    fs.writeFileSync(yamlInJson, stringify(JSON.parse(fs.readFileSync(profile, 'utf8'))));
    const r = runCli(['compare', yamlInJson, A]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/yaml-profile\.json:1:1: error json-syntax not valid JSON: .*a \.json file must be JSON/);
  });

  it('refuses questionnaires of different models with a clear message, exit 1', () => {
    // An answer file of the current version: nothing carried over, so the refusal is all that is said.
    const r = runCli(['compare', A, path.join('examples', 'gemeente-voorbeeld', 'scan-2026', '01-wethouder.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'datascan: cannot compare `tiny-scan` (model `tiny-scan`) with `odg-scan` (model `odg-model`): only questionnaires of the same model are comparable\n',
    );
  });

  it('compares the example municipality: last year’s quickscan with this year’s scan of the same model', () => {
    const r = runCli([
      'compare',
      path.join('examples', 'gemeente-voorbeeld', 'quickscan-2025.yaml'),
      path.join('examples', 'gemeente-voorbeeld', 'scan-2026'),
      '--format',
      'json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    // Last year's quickscan answered 1.0.0: carried over to 1.1.0 first, and said so once.
    expect(r.stderr).toMatch(
      /^examples\/gemeente-voorbeeld\/quickscan-2025\.yaml:\d+:\d+: info answers-migrated [^\n]*\n$/,
    );
    const c = JSON.parse(r.stdout) as ComparisonJson;
    expect([c.before.respondents, c.after.respondents]).toEqual([1, 5]);
    expect(c.overall.direction).toBe('up');
    const units = c.dimensions.flatMap((d) => d.subdimensions);
    expect(units.find((s) => s.id === 'experimenteren')?.direction).toBe('up');
    // The quickscan's ethics question was dropped in 1.1.0: no score before, so no direction, and the unit is marked.
    expect(units.find((s) => s.id === 'ethiek')).toMatchObject({
      before: { score: null },
      after: { score: expect.any(Number) },
      direction: null,
      questionsChanged: true,
    });
  });
});
