/**
 * How answers combine, end to end on the built CLI: unanswered as lowest, respondents by a rule
 * (the questionnaire's, or `--respondents`), targets by level id, on test/fixtures/combine (hand-computed in
 * test/scoring/combine.test.ts and in the README's worked example).
 */
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

const TEAM_A = fixture('combine', 'team-a.yaml');
const TEAMS = ['a', 'b', 'c'].map((t) => fixture('combine', `team-${t}.yaml`));

interface ProfileJson {
  scoring: Record<string, unknown>;
  overall: { score: number | null; level: number };
  dimensions: {
    id: string;
    score: number | null;
    level: number;
    target: number | null;
    targetSource: string;
    gap: number | null;
    coverage: { answered: number; total: number };
  }[];
}

function scoreJson(args: string[]): ProfileJson {
  const r = runCli(['score', ...args, '--format', 'json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as ProfileJson;
}

describe('datascan score: how answers combine', () => {
  it('counts unanswered questions as the lowest value and says so in the profile', () => {
    const p = scoreJson([TEAM_A]);
    // privacy = ((2 + 0) / 2 + 3) / 2 = 2; data = d-2 as 0 (d-1 unknown); overall = 1
    expect(p.dimensions.map((d) => [d.id, d.score, d.level])).toEqual([
      ['privacy', 2, 2],
      ['data', 0, 0],
    ]);
    expect(p.overall).toMatchObject({ score: 1, level: 1 });
    expect(p.dimensions[1]!.coverage).toMatchObject({ answered: 0, total: 2 });
    expect(p.scoring).toEqual({
      method: 'mean',
      unanswered: 'lowest',
      respondents: 'median',
      disagreementThreshold: 1,
    });
  });

  it("combines teams by the questionnaire's median, and by --respondents when given", () => {
    // median: privacy 2.25, data 1.5, overall 1.875 (README worked example)
    const median = scoreJson([...TEAMS, '--aggregate']);
    expect(median.overall.score).toBe(1.875);
    // min: privacy 0.5, data 0.5
    const min = scoreJson([...TEAMS, '--aggregate', '--respondents', 'min']);
    expect(min.overall).toMatchObject({ score: 0.5, level: 0 });
    expect(min.scoring).toMatchObject({ respondents: 'min' });
  });

  it('refuses a rule it does not know (exit 2)', () => {
    const r = runCli(['score', TEAM_A, '--respondents', 'average']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('median');
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
});

describe('datascan score: the rules in force', () => {
  it('the table and Markdown say the rules that differ from the defaults in one line', () => {
    const table = runCli(['score', ...TEAMS, '--aggregate', '--respondents', 'max']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(
      /^Scoring: an unanswered question counts as its scale's lowest value ·\s+respondents' values combined by the highest$/m,
    );
    const md = runCli(['score', ...TEAMS, '--aggregate', '--format', 'markdown', '--lang', 'nl']);
    expect(md.stdout).toContain(
      '- **Berekening:** een onbeantwoorde vraag telt als de laagste waarde van de schaal · waarden van respondenten gecombineerd via de mediaan\n',
    );
  });

  it('leaves how respondents combine out for one respondent, and the line out for the defaults', () => {
    const one = runCli(['score', TEAM_A]);
    expect(one.stdout).toContain("Scoring: an unanswered question counts as its scale's lowest value\n");
    const tiny = runCli(['score', fixture('answers', 'tiny', 'a.yaml')]);
    expect(tiny.code).toBe(0);
    expect(tiny.stdout).not.toContain('Scoring');
  });

  it('the HTML report names every rule after the method', () => {
    const r = runCli(['score', ...TEAMS, '--aggregate', '--format', 'html']);
    expect(r.stdout).toContain(
      '<p class="muted">Scoring: mean; an unanswered question counts as its scale&#39;s lowest value; respondents&#39; values combined by their median.</p>',
    );
  });
});

describe('datascan score: targets by level id', () => {
  it('reads level ids in answer files and options, and states ranks in the profile', () => {
    // team-b.yaml: targets {privacy: verankeren, data: 2}; privacy level 2, data level 1
    const fromFiles = scoreJson([...TEAMS, '--aggregate']);
    expect(fromFiles.dimensions.map((d) => [d.id, d.target, d.targetSource, d.gap])).toEqual([
      ['privacy', 3, 'file', 1],
      ['data', 2, 'file', 1],
    ]);
    const fromOptions = scoreJson([...TEAMS, '--aggregate', '--target', 'verbreden', '--target', 'data=verankeren']);
    expect(fromOptions.dimensions.map((d) => [d.id, d.target, d.targetSource, d.gap])).toEqual([
      ['privacy', 2, 'option', 0],
      ['data', 3, 'option', 2],
    ]);
  });

  it('names the option as given in --explain', () => {
    const r = runCli(['score', TEAM_A, '--target', 'data=verankeren', '--explain']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('target: 3 (from --target data=verankeren)');
  });

  it('refuses an unknown level id with the closest one (exit 2), in Dutch too', () => {
    const r = runCli(['score', TEAM_A, '--target', 'verbreeden']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'datascan: --target verbreeden: `verbreeden` is not a level of `combine-scan` — did you mean `verbreden`? (levels: `basis`, `verbreden`, `verankeren`)\n',
    );
    const nl = runCli(['score', TEAM_A, '--target', 'privacy=verbreeden', '--lang', 'nl']);
    expect(nl.code).toBe(2);
    expect(nl.stderr).toContain('`verbreeden` is geen niveau van `combine-scan` — bedoelt u `verbreden`?');
  });
});

describe('datascan show and test: the new keys', () => {
  it('show names the scoring rules that are not the defaults', () => {
    const r = runCli(['show', fixture('combine', 'combine-scan.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('· scoring: mean, unanswered: lowest, respondents: median\n');
  });

  it('a test file pins the worked examples, with respondents and a level id among its options', () => {
    const r = runCli(['test', fixture('combine', 'combine.test.yaml')]);
    expect(r.stdout).toContain('2 passed, 0 failed');
    expect(r.code).toBe(0);
  });
});

describe('datascan validate: scoring keys', () => {
  it('accepts the fixture and reports an unknown rule with the choices', () => {
    expect(runCli(['validate', fixture('combine', 'combine-scan.yaml'), ...TEAMS]).code).toBe(0);
    const bad = runCli(['validate', fixture('combine', 'bad-scoring.yaml')]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(
      'bad-scoring.yaml:7:23: error invalid-value `unanswered` must be one of: `ignore`, `lowest`',
    );
    expect(bad.stdout).toContain('`respondents` must be one of: `mean`, `median`, `min`, `max`');
  });

  it('finds answer-file targets that name no level', () => {
    const r = runCli(['validate', fixture('combine', 'bad-targets.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'bad-targets.yaml:5:20: error invalid-target target for `privacy`: `verankern` is not a level of `combine-scan` — did you mean `verankeren`? (levels: `basis`, `verbreden`, `verankeren`)',
    );
    expect(r.stdout).toContain(
      'bad-targets.yaml:5:37: error invalid-target target for `data` must be a level from 1 to 3, not 4',
    );
  });
});
