/**
 * `datascan compare` with three or more scans (a trend) end to end, on the example municipality's
 * scans of 2024, 2025 (both answered for odg-scan 1.0.0, carried over to 1.1.0) and 2026. Every
 * expected number is computed by hand from the answer files in examples/gemeente-voorbeeld/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { publishedSchema } from '../helpers/schemas.js';

const EXAMPLE = path.join('examples', 'gemeente-voorbeeld');
const S2024 = path.join(EXAMPLE, 'scan-2024');
const S2025 = path.join(EXAMPLE, 'scan-2025');
const S2026 = path.join(EXAMPLE, 'scan-2026');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-trend-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const validateComparison = publishedSchema('comparison.schema.json');

interface Point {
  score: number | null;
  level: number;
  target: number | null;
  targetSource: string;
}
interface Unit {
  id: string;
  scans: (Point | null)[];
  change: number | null;
  levelChange: number | null;
  direction: string | null;
  targetsMet: ({ target: number | null; source: string; reached: boolean | null } | null)[];
  questionsChanged?: true;
  subdimensions?: Unit[];
}
interface TrendJson {
  order: { by: string; moved?: boolean; reason?: string };
  scans: { date: string; respondents: number; sources: string[] }[];
  overall: { scans: { score: number }[]; change: number };
  dimensions: Unit[];
  questionsChangedSince?: string[];
}

const unitOf = (t: TrendJson, id: string): Unit =>
  t.dimensions.flatMap((d) => [d, ...(d.subdimensions ?? [])]).find((u) => u.id === id)!;
const scores = (u: Unit) => u.scans.map((s) => s?.score ?? null);

/*
 * Hand-computed from the answer files. 2024 and 2025 answered odg-scan 1.0.0: carried over to
 * 1.1.0, pw-eff-1, pw-stk-1 and ik-pri-1..3 are dropped (their meaning changed), ik-eth-4 and
 * ik-pri-4 are new and open. Every weight is 1, every roll-up the mean.
 *
 * Publieke waarde (publieke-waarde), per subdimension the mean of its question means:
 *   2024 (Johan Brouwer, Sandra Kuipers):
 *     effectiviteit   eff-2 (1+2)/2, eff-3 (1+2)/2              = 1.5
 *     efficientie     efc-1 (1+1)/2, efc-2 (1+1)/2, efc-3 (2+1)/2 = (1 + 1 + 1.5)/3 = 7/6
 *     innovatie       inn-1 (1+2)/2, inn-2 1, inn-3 1            = 3.5/3 = 7/6
 *     steun           stk-2 (2+2)/2, stk-3 (1+2)/2               = 1.75
 *     dimension (1.5 + 7/6 + 7/6 + 1.75)/4 = 67/48 ≈ 1.40, level 1; target 2 from Johan's file
 *   2025 (Annemarie Verhoeven, Johan Brouwer, Sandra Kuipers):
 *     effectiviteit   eff-2 (2+2+2)/3, eff-3 (2+2+2)/3            = 2
 *     efficientie     efc-1 2, efc-2 (2+2+1)/3 = 5/3, efc-3 2     = 17/9
 *     innovatie       all 2                                       = 2
 *     steun           stk-2 2, stk-3 (3+2+2)/3 = 7/3              = 13/6
 *     dimension (2 + 17/9 + 2 + 13/6)/4 = 145/72 ≈ 2.01, level 2; target 3 from Annemarie's file
 *   2026 (five respondents, 1.1.0):
 *     effectiviteit   eff-1 (3+2+2+2+2)/5 = 2.2, eff-2 (2+2+2+1+2)/5 = 1.8, eff-3 2   = 2
 *     efficientie     efc-1 2, efc-2 (2+1+1+1+1)/5 = 1.2, efc-3 (2+2+2+2+3)/5 = 2.2 = 1.8
 *     innovatie       inn-1 (2+2+2+1+1)/5 = 1.6, inn-2 2, inn-3 (2+1+2+1+1)/5 = 1.4 = 5/3
 *     steun           stk-1 (3+2+2+2)/4 (one unknown) = 2.25, stk-2 2, stk-3 (3+2+2+2+2)/5 = 2.2 = 2.15
 *     dimension (2 + 1.8 + 5/3 + 2.15)/4 ≈ 1.90, level 1
 * Cultuur (cultuur):
 *   2024 cul-1 (2+2)/2, cul-2 (1+2)/2, cul-3 (2+1)/2 = 5/3, level 1; target 3 from Johan's file
 *   2025 cul-1 2, cul-2 2, cul-3 (2+2+1)/3 = 5/3        = 17/9, level 1; no target set: 1 + 1 = 2
 *   2026 cul-1 (3+2+2+2+2)/5 = 2.2, cul-2 (2+2+2+1+2)/5 = 1.8, cul-3 2 = 2, level 2
 * Ethiek (ethiek):
 *   2024 eth-1 (1+1)/2, eth-2 (1+2)/2, eth-3 (1+1)/2    = 7/6, level 1; no target set: 2
 *   2025 eth-1 (2+1+1)/3, eth-2 (1+2+2)/3, eth-3 1      = (4/3 + 5/3 + 1)/3 = 4/3, level 1; target 2 from Annemarie's file
 *   2026 eth-1 (2+2+1+1+2)/5 = 1.6, eth-2 2, eth-3 (1+1+1+2+2)/5 = 1.4, eth-4 (1+1+1+1)/4 = 1 = 1.5, level 1
 * Privacy (privacy): 2024 and 2025 have no score (ik-pri-1..3 dropped, ik-pri-4 new) and no target set.
 */
const PW = { 2024: 67 / 48, 2025: 145 / 72, 2026: (2 + 1.8 + 5 / 3 + 2.15) / 4 };
const CULTUUR = { 2024: 5 / 3, 2025: 17 / 9, 2026: 2 };
const ETHIEK = { 2024: 7 / 6, 2025: 4 / 3, 2026: 1.5 };

describe('datascan compare with three scans (a trend)', () => {
  // Given out of order: the dates put them in order, and stderr says so.
  const r = runCli(['compare', S2026, S2024, S2025, '--format', 'json']);
  const t = JSON.parse(r.stdout) as TrendJson;

  it('puts the scans in date order and says so', () => {
    expect(r.code, r.stderr).toBe(0);
    expect(t.order).toEqual({ by: 'date', moved: true });
    expect(t.scans.map((s) => [s.date, s.respondents])).toEqual([
      ['2024-11-14', 2],
      ['2025-06-18', 3],
      ['2026-11-12', 5],
    ]);
    expect(r.stderr).toContain(`datascan: compared in date order: ${S2024}, ${S2025}, ${S2026}\n`);
  });

  it('gives per unit the score in each scan and the change from the first to the last (hand-computed)', () => {
    const pw = unitOf(t, 'publieke-waarde');
    expect(scores(pw)[0]).toBeCloseTo(PW[2024], 12);
    expect(scores(pw)[1]).toBeCloseTo(PW[2025], 12);
    expect(scores(pw)[2]).toBeCloseTo(PW[2026], 12);
    expect(pw.change).toBeCloseTo(PW[2026] - PW[2024], 12);
    expect(pw.scans.map((s) => s!.level)).toEqual([1, 2, 1]);
    expect([pw.levelChange, pw.direction]).toEqual([0, 'up']);

    const cultuur = unitOf(t, 'cultuur');
    scores(cultuur).forEach((s, i) => expect(s).toBeCloseTo(Object.values(CULTUUR)[i]!, 12));
    // 2 − 5/3 = 1/3; level 1 → 2
    expect(cultuur.change).toBeCloseTo(1 / 3, 12);
    expect(cultuur.levelChange).toBe(1);

    const ethiek = unitOf(t, 'ethiek');
    scores(ethiek).forEach((s, i) => expect(s).toBeCloseTo(Object.values(ETHIEK)[i]!, 12));
    // 1.5 − 7/6 = 1/3; level 1 throughout
    expect(ethiek.change).toBeCloseTo(1 / 3, 12);
    expect(ethiek.levelChange).toBe(0);

    const privacy = unitOf(t, 'privacy');
    expect(scores(privacy).slice(0, 2)).toEqual([null, null]);
    expect(scores(privacy)[2]).toBeCloseTo(2.85, 12);
    expect([privacy.change, privacy.levelChange, privacy.direction]).toEqual([null, null, null]);
  });

  it('checks each scan against the targets the scan before set: from the answer files, or one level up', () => {
    // publieke-waarde: 2024 set 2 (file), 2025 reached level 2; 2025 set 3 (file), 2026 stayed at 1.
    expect(unitOf(t, 'publieke-waarde').targetsMet).toEqual([
      { target: 2, source: 'file', reached: true },
      { target: 3, source: 'file', reached: false },
    ]);
    // Its subdimensions inherit the targets: efficientie 17/9 in 2025 is level 1 < 2.
    expect(unitOf(t, 'efficientie').targetsMet).toEqual([
      { target: 2, source: 'dimension', reached: false },
      { target: 3, source: 'dimension', reached: false },
    ]);
    // cultuur: 2024 set 3 (file), 2025 level 1; 2025 set none: 1 + 1 = 2, and 2026 reached level 2.
    expect(unitOf(t, 'cultuur').targetsMet).toEqual([
      { target: 3, source: 'file', reached: false },
      { target: 2, source: 'default', reached: true },
    ]);
    // ethiek: 2024 none set: 1 + 1 = 2, 2025 level 1; 2025 set 2 (file), 2026 level 1.
    expect(unitOf(t, 'ethiek').targetsMet).toEqual([
      { target: 2, source: 'default', reached: false },
      { target: 2, source: 'file', reached: false },
    ]);
    // privacy: no score and no target set in 2024 and 2025, so nothing to check.
    expect(unitOf(t, 'privacy').targetsMet).toEqual([
      { target: null, source: 'default', reached: null },
      { target: null, source: 'default', reached: null },
    ]);
  });

  it('marks the units whose questions changed since the version the earlier scans answered', () => {
    expect(t.questionsChangedSince).toEqual(['1.0.0']);
    expect(unitOf(t, 'ethiek').questionsChanged).toBe(true);
    expect(unitOf(t, 'cultuur').questionsChanged).toBeUndefined();
  });

  it('is valid against schemas/comparison.schema.json', () => {
    expect(validateComparison(t), JSON.stringify(validateComparison.errors)).toBe(true);
  });

  it('table: a column per scan, the change, the levels and the targets met', () => {
    const table = runCli(['compare', S2024, S2025, S2026, '--lang', 'en']);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain('Trend: Gemeente Voorbeeld');
    expect(table.stdout).toMatch(/Dimension +2024 +2025 +2026 +change +phase +target/);
    expect(table.stdout).toMatch(/ {2}Culture +1\.67 +1\.89 +2\.00 +▲ \+0\.33 +1 → 1 → 2 +✗ ✓\n/);
    expect(table.stdout).toMatch(/ {2}Ethics \* +1\.17 +1\.33 +1\.50 +▲ \+0\.33 +1 → 1 → 1 +✗ ✗\n/);
    expect(table.stdout).toMatch(/ {2}Privacy \* +– +– +2\.85 +– +– → – → 2 +– –\n/);
    expect(table.stdout).toContain('(in date order)');
    // The scans were given in order: nothing to say about it.
    expect(table.stderr).not.toContain('date order');
  });

  it('markdown: the same rows, in Dutch with --lang nl', () => {
    const md = runCli(['compare', S2024, S2025, S2026, '--format', 'markdown', '--lang', 'nl']);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toContain('# Verloop: Gemeente Voorbeeld');
    expect(md.stdout).toContain('| Dimensie | 2024 | 2025 | 2026 | verschil | fase | ambitie gehaald |');
    expect(md.stdout).toContain('| **Publieke waarde \\*** | 1,40 | 2,01 | 1,90 | ▲ +0,51 | 1 → 2 → 1 | ✓ ✗ |');
    expect(md.stdout).toContain('| ↳ Cultuur | 1,67 | 1,89 | 2,00 | ▲ +0,33 | 1 → 1 → 2 | ✗ ✓ |');
  });

  it('html: one radar with a series per scan, and a line chart per dimension with a title and description', () => {
    const out = path.join(work, 'trend.html');
    const html = runCli(['compare', S2024, S2025, S2026, '--format', 'html', '--lang', 'en', '-o', out]);
    expect(html.code, html.stderr).toBe(0);
    const page = fs.readFileSync(out, 'utf8');
    const radar = page.slice(
      page.indexOf('id="trend-chart-dimensions"'),
      page.indexOf('</svg>', page.indexOf('id="trend-chart-dimensions"')),
    );
    expect([...radar.matchAll(/<g class="series-group" data-series="(scan-\d)"/g)].map((m) => m[1])).toEqual([
      'scan-1',
      'scan-2',
      'scan-3',
    ]);
    expect(page.match(/<svg class="chart line-chart"/g)).toHaveLength(4);
    expect(page).toMatch(
      /<svg class="chart line-chart" id="trend-line-1"[^>]*role="img" aria-labelledby="trend-line-1-title trend-line-1-desc"/,
    );
    expect(page).toContain(
      '<title id="trend-line-1-title">Public value</title><desc id="trend-line-1-desc">Line chart of Public value: 2024: 1.40; 2025: 2.01; 2026: 1.90. The table gives the same numbers.</desc>',
    );
    expect(page).toContain('<meta http-equiv="Content-Security-Policy"');
    // The table: per scan the score and the level, the level's name in the title.
    expect(page).toMatch(
      /<th scope="row">Culture<\/th><td class="num" title="1 · [^"]*">1\.67<span class="level-name">Phase 1<\/span><\/td>/,
    );
    expect(page).toMatch(/<th scope="row">Overall score<\/th>/);
  });

  it('--anonymise numbers the respondents of every scan', () => {
    const anon = runCli(['compare', S2024, S2025, S2026, '--format', 'json', '--anonymise']);
    expect(anon.code, anon.stderr).toBe(0);
    const sources = (JSON.parse(anon.stdout) as TrendJson).scans.map((s) => s.sources);
    expect(sources[0]).toEqual(['Respondent 1', 'Respondent 2']);
    expect(anon.stdout).not.toContain('wethouder');
    expect(anon.stdout).not.toContain('Verhoeven');
  });
});

describe('datascan compare: the order of a trend without dates', () => {
  // tiny/a.yaml without its date.
  const undated = fixture('trend', 'undated.yaml');

  it('keeps the order given when a scan has no date, and says so', () => {
    const r = runCli([
      'compare',
      fixture('answers', 'tiny', 'a.yaml'),
      undated,
      'test/fixtures/answers/tiny/group/r*.yaml',
      '--format',
      'json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('datascan: compared in the order given: a scan has no date\n');
    const t = JSON.parse(r.stdout) as TrendJson;
    expect(t.order).toEqual({ by: 'given', reason: 'missing-date' });
    expect(t.scans.map((s) => s.date)).toEqual(['2026-11-28', null, '2026-02-01']);
    expect(validateComparison(t), JSON.stringify(validateComparison.errors)).toBe(true);
  });

  it('keeps the order given when two scans have the same date', () => {
    const a = fixture('answers', 'tiny', 'a.yaml');
    // The same answers again under another name (the same file twice is refused): the same date. Beside
    // a copy of its questionnaire, which it names by path.
    const again = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-trend-')), 'a-again.yaml');
    fs.writeFileSync(again, fs.readFileSync(a, 'utf8').replace('../../scoring/tiny-scan.yaml', 'tiny-scan.yaml'));
    fs.copyFileSync(fixture('scoring', 'tiny-scan.yaml'), path.join(path.dirname(again), 'tiny-scan.yaml'));
    const r = runCli(['compare', a, 'test/fixtures/answers/tiny/group/r*.yaml', again, '--lang', 'nl']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('datascan: vergeleken in de opgegeven volgorde: twee metingen hebben dezelfde datum\n');
    expect(r.stdout).toContain('(in de opgegeven volgorde: twee metingen hebben dezelfde datum)');
  });

  it('refuses a scan of another model among three, exit 1', () => {
    const other = path.join(S2026, '01-wethouder.yaml');
    const r = runCli(['compare', fixture('answers', 'tiny', 'a.yaml'), undated, other]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('only questionnaires of the same model are comparable');
    expect(r.stdout).toBe('');
  });
});

describe('the two-scan comparison JSON is valid against schemas/comparison.schema.json', () => {
  it.each([
    ['an answer file and a group', [fixture('answers', 'tiny', 'a.yaml'), 'test/fixtures/answers/tiny/group/r*.yaml']],
    [
      'a quickscan of 1.0.0 and a scan (questions changed, below the legal floor, migration)',
      [path.join(EXAMPLE, 'quickscan-2025.yaml'), S2026],
    ],
    ['two scans with --anonymise', [S2025, S2026, '--anonymise']],
  ])('%s', (_, args) => {
    const r = runCli(['compare', ...args, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const c = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(c).toHaveProperty('before');
    expect(validateComparison(c), JSON.stringify(validateComparison.errors)).toBe(true);
  });
});
