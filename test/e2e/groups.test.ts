/**
 * Groups end to end: the built CLI scores test/fixtures/answers/groups/team-a.yaml against
 * test/fixtures/scoring/groups-scan.yaml (values worked out in test/scoring/groups.test.ts), shows
 * the groups in the table, Markdown, HTML and --explain, and validate refuses a question without
 * a group in a unit that has groups.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { publishedSchema } from '../helpers/schemas.js';

const TEAM = fixture('answers', 'groups', 'team-a.yaml');
const validateProfile = publishedSchema('profile.schema.json');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-groups-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

interface Group {
  id: string;
  score: number | null;
  level: number;
}
interface Unit extends Group {
  groups?: Group[];
  subdimensions: Unit[];
}

describe('datascan score on a questionnaire with groups', () => {
  it('reports each group inside its unit, and the profile (with its explanation) is valid', () => {
    const r = runCli(['score', TEAM, '--format', 'json', '--explain']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const profile = JSON.parse(r.stdout) as { dimensions: Unit[]; explanation: { units: { kind: string }[] } };
    expect(validateProfile(profile), JSON.stringify(validateProfile.errors)).toBe(true);
    const [governance, design] = profile.dimensions;
    // strategy-plan (3 + 1) / 2 = 2, strategy-review 0; strategy itself (3 + 1 + 0) / 3
    expect(governance!.subdimensions[0]!.groups!.map((g) => [g.id, g.score, g.level])).toEqual([
      ['strategy-plan', 2, 2],
      ['strategy-review', 0, 0],
    ]);
    expect(governance!.subdimensions[0]!.score).toBeCloseTo(4 / 3, 12);
    expect(governance!.subdimensions[1]!.groups).toBeUndefined();
    // design-threats 3; design-patterns (3×1 + 0×2) / 3 = 1; design itself (3 + 3 + 0×2) / 4 = 1.5
    expect(design!.groups!.map((g) => [g.id, g.score, g.level])).toEqual([
      ['design-threats', 3, 3],
      ['design-patterns', 1, 1],
    ]);
    expect(design!.score).toBe(1.5);
    expect(profile.explanation.units.filter((u) => u.kind === 'group')).toHaveLength(4);
  });

  it('the table lists the groups under their unit, marked, and --explain explains them', () => {
    const r = runCli(['score', TEAM, '--explain'], { env: { COLUMNS: '100' } });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => l.startsWith('  Strategy'));
    expect(lines[at + 1]).toMatch(/^ {4}◦ Plan +2\.00 +2 Defined +\[/);
    expect(lines[at + 2]).toMatch(/^ {4}◦ Review +0\.00 +0 below level 1 +\[/);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain(
      'Patterns (design-patterns): 1.00 · level 1 Initial answers: d2 = 3; d3 = 0, weight 2 score: (3×1 + 0×2) / 3 = 1.00',
    );
  });

  it('Markdown and HTML show the groups', () => {
    const md = runCli(['score', TEAM, '--format', 'markdown']);
    expect(md.stdout).toContain('| ◦ Threats | 3.00 | 3 Optimised |  |  |');
    const html = runCli(['score', TEAM, '--format', 'html']);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('<tr class="group"><th scope="row">Patterns</th><td class="num">1.00</td>');
  });

  it('validate refuses a question without a group in a unit that has groups (exit 1)', () => {
    const text = fs
      .readFileSync(fixture('scoring', 'groups-scan.yaml'), 'utf8')
      .replace('    group: design-threats\n', '');
    const file = path.join(work, 'no-group.yaml');
    fs.writeFileSync(file, text);
    const r = runCli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('question-group');
    // design-threats has no question left
    expect(r.stdout + r.stderr).toContain('group `design-threats` has no questions');
  });
});
