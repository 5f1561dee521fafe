import { describe, expect, it } from 'vitest';
import { compareProfiles } from '../../../src/compare/compare.js';
import { renderComparisonHtml, renderHtmlComparison, renderHtmlReport } from '../../../src/report/html/index.js';
import type { NextStepGroup, Profile } from '../../../src/scoring/types.js';
import { loadProfile } from './profiles.js';

/** The cells of the first table row whose row header is exactly `name`. */
function row(html: string, name: string): string[] {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`<tr[^>]*><th scope="row">${escaped}</th>(.*?)</tr>`).exec(html);
  if (!match) throw new Error(`no row "${name}"`);
  return [...match[1]!.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1]!);
}

/** The `points` of the series polygons in the chart with this id. */
function polygonPointCounts(html: string, chartId: string): Record<string, number> {
  const svg = new RegExp(`<svg [^>]*id="${chartId}"[^>]*>.*?</svg>`, 's').exec(html)?.[0];
  if (!svg) throw new Error(`no chart ${chartId}`);
  const out: Record<string, number> = {};
  for (const m of svg.matchAll(/<polygon class="series[^"]*" data-series="([^"]+)" points="([^"]+)"/g))
    out[m[1]!] = m[2]!.trim().split(/\s+/).length;
  return out;
}

function section(html: string, cls: string): string {
  return new RegExp(`<section class="${cls}[^"]*">.*?</section>`, 's').exec(html)?.[0] ?? '';
}

describe('renderHtmlReport: a group of 5 in Dutch', () => {
  const profile = loadProfile('group-of-5');
  const html = renderHtmlReport([profile], { language: 'nl', generatedAt: '2025-03-20T10:00:00Z' });

  it('is one HTML document in the asked language, with title, organisation, questionnaire and date', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="nl">')).toBe(true);
    expect(html).toContain('<h1>Volwassenheidsprofiel</h1>');
    expect(html).toContain('<dt>Organisatie</dt><dd>Gemeente Veenwoude</dd>');
    expect(html).toContain('<dt>Vragenlijst</dt><dd>Ontwikkelmodel Datagedreven Gemeente – scan (odg-scan 1.0.0)</dd>');
    expect(html).toContain('<dt>Datum</dt><dd>14 maart 2025</dd>');
    expect(html).toContain('<p>Gemaakt met datascan op 20 maart 2025.</p>');
  });

  it('is self-contained: no scripts, links, external resources or URLs', () => {
    const withoutSvgNamespace = html.replaceAll('xmlns="http://www.w3.org/2000/svg"', '');
    expect(withoutSvgNamespace).not.toMatch(/<script|<link|<img|<iframe|<object|\ssrc=|\shref=|url\(|@import|https?:/i);
  });

  it('has a print stylesheet for A4 with page breaks between sections', () => {
    expect(html).toMatch(/@page \{ size: A4;/);
    expect(html).toMatch(/@media print \{[^]*section\.page \{ break-before: page; \}/);
    expect(html).toMatch(/<section class="scores page">/);
    expect(html).toMatch(/<section class="spread page">/);
    expect(html).toMatch(/<section class="next-steps page">/);
  });

  it('summarises respondents and coverage', () => {
    const summary = section(html, 'summary');
    expect(summary).toContain('<h2>Samenvatting</h2>');
    // 253 of 255 answered = 99.2 %
    expect(summary).toContain('<span class="value">99%</span>');
    // No "0 × niet van toepassing": parts that are 0 are left out.
    expect(summary).toContain('255 van 255 vragen beantwoord, waarvan 2 × weet niet</span>');
    expect(summary).toContain('<span class="value">5</span>');
    expect(summary).toContain('<li>Anouk de Vries, wethouder</li>');
  });

  it('prints scores with two decimals and a decimal comma, with phase, target, gap and coverage', () => {
    // effectiviteit: 36 points over 15 answers = 2.40, phase 2, target 3, gap 1, 15/15
    expect(row(html, 'Effectiviteit')).toEqual(['2,40', '2 · Experimenteren', '3 · Verbreden door leren', '1', '100%']);
    // efficientie: 25 / 15 = 1.666…
    expect(row(html, 'Efficiëntie')).toEqual([
      '1,67',
      '1 · Agenderen en coalitie vormen',
      '3 · Verbreden door leren',
      '2',
      '100%',
    ]);
    // steun-stakeholders: 30 / 14 answers (one "weet niet") = 2.142…, coverage 14/15
    expect(row(html, 'Steun van stakeholders')).toEqual([
      '2,14',
      '2 · Experimenteren',
      '3 · Verbreden door leren',
      '1',
      '93%',
    ]);
    // publieke-waarde = mean(2.4, 1.6667, 2.0, 2.1429) = 2.052…, coverage 59/60
    expect(row(html, 'Publieke waarde')).toEqual([
      '2,05',
      '2 · Experimenteren',
      '3 · Verbreden door leren',
      '1',
      '98%',
    ]);
  });

  it('has a table per dimension, with the dimension total and its subdimensions', () => {
    const tables = [
      ...html.matchAll(/<table class="units dimension-table" data-dimension="([^"]+)"><caption>([^<]+)<\/caption>/g),
    ];
    expect(tables.map((t) => t[1])).toEqual([
      'publieke-waarde',
      'inhoudelijke-kennis',
      'mens-en-organisatie',
      'leren-en-veranderen',
    ]);
    expect(tables.map((t) => t[2])).toEqual([
      'Publieke waarde',
      'Inhoudelijke kennis van data-analyse',
      'Mens en organisatie',
      'Leren en veranderen',
    ]);
    expect(html).toContain('<th scope="row">Publieke waarde (totaal)</th>');
  });

  it('draws radar charts of the 4 dimensions and the 17 subdimensions, score and target', () => {
    expect(polygonPointCounts(html, 'chart-dimensions')).toEqual({ current: 4, target: 4 });
    expect(polygonPointCounts(html, 'chart-subdimensions')).toEqual({ current: 17, target: 17 });
    expect(html).toMatch(/<ul class="legend"><li>.*?Huidige score<\/li><li>.*?Ambitie<\/li><\/ul>/);
    expect(html).toContain(
      '<p class="phase-key">Fasen: <span>1 Agenderen en coalitie vormen (vanaf 1,00)</span> · <span>2 Experimenteren (vanaf 2,00)</span>',
    );
  });

  it('shows the spread per subdimension with a range bar, and the disagreements as discussion points', () => {
    const spread = section(html, 'spread');
    expect(spread).toContain('<h2>Spreiding tussen respondenten</h2>');
    expect([...spread.matchAll(/<svg class="range-bar"/g)]).toHaveLength(21); // 4 dimensions + 17 subdimensions
    // innovatie-dienstverlening: respondents 1.00, 3.33, 1.67, 1.33, 2.67; group 30/15 = 2.00
    const innovation = /<tr class="sub disagreement"><th scope="row">Innovatie dienstverlening<\/th>(.*?)<\/tr>/.exec(
      spread,
    );
    expect(innovation).not.toBeNull();
    expect(innovation![1]).toContain('<td class="num">2,00</td><td class="num">1,00</td><td class="num">3,33</td>');
    expect(innovation![1]).toContain('<span class="flag">Discussiepunt</span>');
    expect([...spread.matchAll(/class="sub disagreement"/g)]).toHaveLength(4);
    // widest first; equal widths keep the model's order
    const points = [...spread.matchAll(/<li><strong>([^<]+)<\/strong>: ([^<]+)<\/li>/g)].map((m) => `${m[1]}: ${m[2]}`);
    expect(points).toEqual([
      'Innovatie dienstverlening: scores van 1,00 tot 3,33 (verschil 2,33)',
      'Programma, budget en tijd: scores van 1,00 tot 3,33 (verschil 2,33)',
      'Cultuur: scores van 1,33 tot 3,00 (verschil 1,67)',
      'Samenwerken en kennis delen: scores van 1,33 tot 3,00 (verschil 1,67)',
    ]);
  });

  it('renders the same bytes for the same input', () => {
    expect(renderHtmlReport([loadProfile('group-of-5')], { language: 'nl', generatedAt: '2025-03-20T10:00:00Z' })).toBe(
      html,
    );
  });

  it('uses every id once', () => {
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('renderHtmlReport: next steps', () => {
  const group = (dimension: string, name: string, steps: string[]): NextStepGroup => ({
    dimension,
    subdimension: `${dimension}-sub`,
    dimensionName: dimension.toUpperCase(),
    subdimensionName: name,
    fromLevel: 1,
    toLevel: 2,
    steps,
  });

  it('groups them by dimension, dimensions in the order of their most urgent group', () => {
    const p = loadProfile('single-respondent');
    p.nextSteps = [group('x', 'First', ['x1', 'x2']), group('y', 'Second', ['y1']), group('x', 'Third', ['x3'])];
    const steps = section(renderHtmlReport([p], { language: 'en' }), 'next-steps');
    expect(steps).toContain('<h2>Next steps</h2>');
    const blocks = [...steps.matchAll(/<div class="dimension-steps" data-dimension="([^"]+)"><h3>([^<]+)<\/h3>/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    expect(blocks).toEqual(['x X', 'y Y']);
    const groups = [
      ...steps.matchAll(/data-priority="(\d+)"><h4><span class="priority">priority \d+<\/span>([^<]+)<\/h4>/g),
    ].map((m) => `${m[1]} ${m[2]}`);
    expect(groups).toEqual(['1 First', '3 Third', '2 Second']);
    expect(steps).toContain(
      '<p class="phases">from 1 · Agenda-setting and coalition-building to 2 · Experimenting</p>',
    );
    expect(steps).toContain('<ol><li>x1</li><li>x2</li></ol>');
  });

  it('says so when there are none', () => {
    const p = loadProfile('group-of-5');
    p.nextSteps = [];
    expect(renderHtmlReport([p], { language: 'nl' })).toContain(
      '<p>Geen volgende stappen: alle ambities zijn bereikt.</p>',
    );
  });
});

describe('renderHtmlReport: one respondent in English', () => {
  const html = renderHtmlReport([loadProfile('single-respondent')], { language: 'en' });

  it('uses a decimal point and English labels', () => {
    // effectiveness: 2 + 3 + 2 = 7 / 3 = 2.33
    expect(row(html, 'Effectiveness')).toEqual([
      '2.33',
      '2 · Experimenting',
      '3 · Broadening through learning',
      '1',
      '100%',
    ]);
    expect(html).toContain('<h2>Summary</h2>');
  });

  it('has no spread section', () => {
    expect(html).not.toContain('class="spread');
    expect(html).not.toContain('range-bar');
  });

  it('shows the overall score with two decimals', () => {
    const p = loadProfile('single-respondent');
    p.overall = { score: 2.5, level: 2, levelId: 'experimenteren' };
    expect(section(renderHtmlReport([p], { language: 'en' }), 'summary')).toContain(
      '<span class="value">2 · Experimenting</span><span class="detail">Score 2.50</span>',
    );
  });

  it('omits the generation date unless given', () => {
    expect(html).toContain('<p>Made with datascan.</p>');
  });
});

describe('renderHtmlReport: null scores', () => {
  const html = renderHtmlReport([loadProfile('null-scores')], { language: 'en' });

  it('prints "–" for a missing score, its phase and its gap', () => {
    expect(row(html, 'Efficiency')).toEqual(['–', '–', '3 · Broadening through learning', '–', '0%']);
    expect(row(html, 'Learning and changing')).toEqual(['–', '–', '2 · Experimenting', '–', '0%']);
  });

  it('prints "–" for the target of a unit without a score whose target nobody set', () => {
    const p = loadProfile('null-scores');
    const efficiency = p.dimensions.flatMap((d) => d.subdimensions).find((u) => u.id === 'efficientie')!;
    Object.assign(efficiency, { target: null, targetSource: 'default', gap: null });
    expect(row(renderHtmlReport([p], { language: 'en' }), 'Efficiency')).toEqual(['–', '–', '–', '–', '0%']);
  });

  it('leaves a gap in the score line, draws the target whole, and explains the gap', () => {
    expect(polygonPointCounts(html, 'chart-dimensions')).toEqual({ target: 4 });
    const dims = /<svg [^>]*id="chart-dimensions".*?<\/svg>/s.exec(html)![0];
    const lines = [...dims.matchAll(/<polyline class="series series-primary" data-series="current" points="([^"]+)"/g)];
    expect(lines).toHaveLength(1);
    expect(lines[0]![1]!.trim().split(/\s+/)).toHaveLength(3);
    const labels = [...dims.matchAll(/<text class="axis-label"[^>]*>(.*?)<\/text>/g)].map((m) =>
      m[1]!
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    expect(labels).toEqual([
      'Public value',
      'Knowledge of data analysis',
      'People and organisation',
      'Learning and changing (–)',
    ]);
    expect(html).toContain('<li class="note">– = no score; the line has a gap on that axis.</li>');
  });

  it('has no organisation or date row when the profile has none', () => {
    expect(html).not.toContain('<dt>Organisation</dt>');
    expect(html).not.toContain('<dt>Date</dt>');
  });
});

describe('renderHtmlReport: other shapes', () => {
  it('draws bars instead of a radar for fewer than three dimensions, and no subdimension chart without subdimensions', () => {
    const p = loadProfile('single-respondent');
    p.dimensions = p.dimensions.slice(0, 2).map((d) => ({ ...d, subdimensions: [] }));
    const html = renderHtmlReport([p], { language: 'en' });
    expect(html).toMatch(/<svg class="chart bars chart-dimensions" id="chart-dimensions"/);
    expect(html).not.toContain('<polygon');
    expect(html).not.toContain('data-chart="subdimensions"');
    expect([...html.matchAll(/<rect class="bar series-primary" data-series="current"/g)]).toHaveLength(2);
  });

  it('renders several profiles as separate articles with their own chart ids', () => {
    const html = renderHtmlReport([loadProfile('group-of-5'), loadProfile('single-respondent')], {
      language: 'en',
      title: 'Two scans',
    });
    expect([...html.matchAll(/<article class="profile">/g)]).toHaveLength(2);
    expect(html).toContain('id="p1-chart-dimensions"');
    expect(html).toContain('id="p2-chart-subdimensions"');
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('says there is nothing to show for no profiles', () => {
    expect(renderHtmlReport([], { language: 'nl' })).toContain('<p>Er is geen profiel om te tonen.</p>');
  });

  it('falls back to English labels for a language without a catalogue, keeping the lang attribute', () => {
    const html = renderHtmlReport([loadProfile('single-respondent')], { language: 'de' });
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<h2>Summary</h2>');
  });
});

describe('renderHtmlComparison', () => {
  const after = loadProfile('group-of-5');
  const before: Profile = loadProfile('group-of-5');
  before.date = '2024-03-01';
  before.dimensions[0]!.subdimensions[0]!.score = 2;
  before.dimensions[0]!.score = 1.9;
  before.overall.score = 1.75;
  after.overall.score = 2.05;
  const html = renderHtmlComparison(before, after, { language: 'nl' });

  it('has a title, the organisation and both dates', () => {
    expect(html).toContain('<h1>Vergelijking van twee metingen</h1>');
    expect(html).toContain('<dd>Gemeente Veenwoude</dd>');
    expect(html).toContain('<dd>1 maart 2024 → 14 maart 2025</dd>');
    expect(html).not.toContain('class="warning-note"');
  });

  it('names both organisations when they differ, in the title and the header, with a note that says so', () => {
    const other = { ...after, organisation: 'Gemeente <Noorderveen>' };
    const out = renderHtmlComparison(before, other, { language: 'nl' });
    expect(out).toContain(
      '<title>Vergelijking van twee metingen – Gemeente Veenwoude → Gemeente &lt;Noorderveen&gt;</title>',
    );
    expect(out).toContain('<dd>Gemeente Veenwoude → Gemeente &lt;Noorderveen&gt;</dd>');
    expect(out).toContain(
      '<p class="warning-note" role="note">Deze metingen zijn van verschillende organisaties: Gemeente Veenwoude (voor) en Gemeente &lt;Noorderveen&gt; (na).',
    );
  });

  it('draws before and after as two polygons per radar chart', () => {
    expect(polygonPointCounts(html, 'cmp-chart-dimensions')).toEqual({ after: 4, before: 4 });
    expect(polygonPointCounts(html, 'cmp-chart-subdimensions')).toEqual({ after: 17, before: 17 });
    expect(html).toMatch(
      /<ul class="legend"><li>.*?Na \(14 maart 2025\)<\/li><li>.*?Voor \(1 maart 2024\)<\/li><\/ul>/,
    );
  });

  it('tabulates before, after and the change with a sign', () => {
    // effectiviteit 2.00 → 2.40; publieke-waarde 1.90 → 2.052… = +0.15
    expect(row(html, 'Effectiviteit')).toEqual(['2,00', '2 · Experimenteren', '2,40', '2 · Experimenteren', '+0,40']);
    expect(row(html, 'Publieke waarde')).toEqual(['1,90', '2 · Experimenteren', '2,05', '2 · Experimenteren', '+0,15']);
    expect(row(html, 'Efficiëntie')).toEqual([
      '1,67',
      '1 · Agenderen en coalitie vormen',
      '1,67',
      '1 · Agenderen en coalitie vormen',
      '0,00',
    ]);
    // overall 1.75 → 2.05
    expect(html).toContain('<span class="label">Verschil</span><span class="value">+0,30</span>');
  });

  it('keeps a unit only one side has, with "–" on the other', () => {
    const b = loadProfile('group-of-5');
    const extra = {
      ...b.dimensions[0]!.subdimensions[0]!,
      id: 'retired',
      name: 'Vervallen onderdeel',
      score: 3,
      level: 3,
    };
    b.dimensions[0]!.subdimensions.push(extra);
    const out = renderHtmlComparison(b, loadProfile('group-of-5'), {
      language: 'nl',
      beforeLabel: 'Nulmeting',
      afterLabel: 'Herhaling',
    });
    expect(row(out, 'Vervallen onderdeel')).toEqual(['3,00', '3 · Verbreden door leren', '–', '–', '–']);
    expect(out).toMatch(/<li>.*?Herhaling<\/li><li>.*?Nulmeting<\/li>/);
    // In its own dimension, as compareProfiles lists it: before the next dimension's row.
    const table = section(out, 'scores');
    const second = b.dimensions[1]!.name;
    expect(table.indexOf('>Vervallen onderdeel<')).toBeLessThan(table.indexOf(`>${second}<`));
  });

  it('renders the Comparison of compareProfiles, in its language', () => {
    expect(renderComparisonHtml(compareProfiles(before, after, { language: 'nl' }), { before, after })).toBe(html);
    // Dutch profiles, English words: labels follow the comparison's language, names the profiles.
    const en = renderComparisonHtml(compareProfiles(before, after, { language: 'en' }), { before, after });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<h1>Comparison of two scans</h1>');
    expect(row(en, 'Effectiviteit')).toEqual(['2.00', '2 · Experimenteren', '2.40', '2 · Experimenteren', '+0.40']);
  });
});
