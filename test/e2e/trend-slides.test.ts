/**
 * `compare --format slides` with three scans (a trend) on the built CLI: the example municipality's
 * scans of 2024, 2025 and 2026, and its action plan written from the 2025 scan
 * (examples/gemeente-voorbeeld/actieplan-2025.yaml, some actions done, one dropped). The numbers
 * are those hand-computed in test/e2e/trend.test.ts; the plan's counts are counted from the file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const EXAMPLE = path.join('examples', 'gemeente-voorbeeld');
const S2024 = path.join(EXAMPLE, 'scan-2024');
const S2025 = path.join(EXAMPLE, 'scan-2025');
const S2026 = path.join(EXAMPLE, 'scan-2026');
const PLAN = path.join(EXAMPLE, 'actieplan-2025.yaml');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-trend-slides-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

// From test/e2e/trend.test.ts: Publieke waarde 67/48, 145/72 and (2 + 1.8 + 5/3 + 2.15)/4.
const PW = [67 / 48, 145 / 72, (2 + 1.8 + 5 / 3 + 2.15) / 4];
/** A bar's width: the ODG's scale runs from 0 to 4. */
const width = (score: number) => `${Math.round((score / 4) * 1000) / 10}%`;

function slideKinds(html: string): string[] {
  return [...html.matchAll(/<section class="slide ([a-z-]+)"/g)].map((m) => m[1]!);
}

/** The markup of the row of a unit on a dimension's slide. */
function rowOf(html: string, name: string): string {
  const row = new RegExp(`<tr class="(?:total|sub)"><th scope="row">${name}(?: \\*)?</th>.*?</tr>`).exec(html);
  expect(row, name).not.toBeNull();
  return row![0];
}

describe('compare --format slides with three scans', () => {
  const file = path.join(work, 'verloop.html');
  // Given out of order: the slides follow the dates.
  const args = ['compare', S2026, S2024, S2025, '--plan', PLAN, '--format', 'slides'];
  const written = runCli([...args, '-o', file]);
  const html = written.code === 0 ? fs.readFileSync(file, 'utf8') : '';

  it('writes one deck to -o, the same as on stdout: title, radar, the dimensions, the action plan', () => {
    expect(written.code, written.stderr).toBe(0);
    expect(runCli(args).stdout).toBe(html);
    // One slide per dimension, the six units of Inhoudelijke kennis van data-analyse included (the
    // Chromium test measures that they fit); the plan's 16 units take two (lines that wrap, beside the change in level).
    expect(slideKinds(html)).toEqual([
      'title',
      'radar',
      'dimension',
      'dimension',
      'dimension',
      'dimension',
      'plan',
      'plan',
    ]);
    expect(html).not.toMatch(/\b(src|href)=/);
  });

  it('the title slide names every scan in date order with its date and respondents', () => {
    expect(html).toContain('<h1>Verloop over metingen</h1>');
    expect(html).toContain('<p class="organisation">Gemeente Voorbeeld</p>');
    const scans = [...html.matchAll(/<dt>(\d{4})<\/dt><dd>([^<]*)<\/dd>/g)].map((m) => [m[1], m[2]]);
    expect(scans.map(([year]) => year)).toEqual(['2024', '2025', '2026']);
    expect(scans[0]![1]).toMatch(/^14 november 2024 · 2 respondenten · dekking \d+%$/);
    expect(scans[1]![1]).toMatch(/^18 juni 2025 · 3 respondenten · dekking \d+%$/);
    expect(scans[2]![1]).toMatch(/^12 november 2026 · 5 respondenten · dekking \d+%$/);
    // How they were put in order, in words, as the table says it.
    expect(html).toContain('<p class="muted">In datumvolgorde</p>');
    const en = runCli(['compare', S2024, S2025, S2026, '--format', 'slides', '--lang', 'en']).stdout;
    expect(en).toContain('<dd>November 14, 2024 · 2 respondents · coverage ');
    expect(en).toContain('<p class="muted">In date order</p>');
  });

  it('the radar draws one line per scan, named by its date', () => {
    const radar = /<section class="slide radar"[\s\S]*?<\/section>/.exec(html)![0];
    expect([...new Set([...radar.matchAll(/data-series="([^"]+)"/g)].map((m) => m[1]))].sort()).toEqual([
      'scan-1',
      'scan-2',
      'scan-3',
    ]);
    for (const date of ['14 november 2024', '18 juni 2025', '12 november 2026']) expect(radar).toContain(date);
    // The overall score per scan and its change: 1,45 → 1,88 → 1,99.
    expect(radar).toMatch(/<strong>Score \(totaal\)<\/strong>: \d,\d\d → \d,\d\d → \d,\d\d \(\+\d,\d\d\)/);
  });

  it('per unit a bar per scan, the levels, and whether each scan met the target the one before set', () => {
    const pw = rowOf(html, 'Publieke waarde');
    expect(pw).toContain('+0,51');
    expect([...pw.matchAll(/<div class="fill" style="[^"]*width: ([\d.]+%)/g)].map((m) => m[1])).toEqual(PW.map(width));
    // Levels 1 → 2 → 1; 2025 reached the 2 that 2024 set, 2026 not the 3 that 2025 set.
    expect(pw).toContain('<td class="level-cell">1 → 2 → 1<span class="target-level">2025 ✓ · 2026 ✗</span></td>');
    expect(rowOf(html, 'Cultuur')).toContain('1 → 1 → 2<span class="target-level">2025 ✗ · 2026 ✓</span>');
    // Privacy has a score only in 2026: one bar, no change, no target to check.
    const privacy = rowOf(html, 'Privacy');
    expect([...privacy.matchAll(/<div class="fill"/g)]).toHaveLength(1);
    expect(privacy).toContain('<td class="num">–');
    expect(privacy).toContain('– → – → 2<span class="target-level">2025 – · 2026 –</span>');
    // The numbers for a screen reader.
    expect(pw).toMatch(/<span class="visually-hidden"> \(2024 1,40 \([^)]*\), 2025 2,01 \([^)]*\), 2026 1,90 \(/);
  });

  it('the action plan: per unit its actions done beside its change from the first scan to the last', () => {
    const items = [...html.matchAll(/<ul class="plan">(.*?)<\/ul>/g)].flatMap((m) =>
      [...m[1]!.matchAll(/<li>(.*?)<\/li>/g)].map((li) => li[1]),
    );
    expect(items).toHaveLength(16);
    // effectiviteit-1 and -2 done of three; 1,5 in 2024 (phase 1), 2 in 2026 (phase 2).
    expect(items).toContain('Effectiviteit: 2 van 3 acties gereed; Effectiviteit van fase 1 naar 2');
    // efficientie-1 and -2 done of six, -3 in progress; 7/6 and 1,8: phase 1 both.
    expect(items).toContain('Efficiëntie: 2 van 6 acties gereed; Efficiëntie blijft in fase 1');
    // ethiek-1 dropped: one action left; 7/6 and 1,5.
    expect(items).toContain('Ethiek: 0 van 1 actie gereed; Ethiek blijft in fase 1');
    // 5/3 in 2024, 2 in 2026.
    expect(items).toContain('Cultuur: 0 van 3 acties gereed; Cultuur van fase 1 naar 2');
    expect(items).toContain('Steun van stakeholders: 1 van 3 acties gereed; Steun van stakeholders van fase 1 naar 2');
  });

  it('without --plan no plan slide; in English with --lang en', () => {
    const en = runCli(['compare', S2024, S2025, S2026, '--format', 'slides', '--lang', 'en']);
    expect(en.code, en.stderr).toBe(0);
    expect(slideKinds(en.stdout)).not.toContain('plan');
    expect(en.stdout).toContain('<h1>Trend over scans</h1>');
    expect(en.stdout).toContain('1 → 2 → 1<span class="target-level">2025 ✓ · 2026 ✗</span>');
  });
});
