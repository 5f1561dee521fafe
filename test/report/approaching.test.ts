/** A score just below the next level reads as approaching it (README "How scores are computed" §3). */
import { describe, expect, it } from 'vitest';
import { renderHtmlReport } from '../../src/report/html/index.js';
import { approachingRank } from '../../src/report/format.js';
import { renderProfileMarkdown } from '../../src/report/profile/markdown.js';
import { renderProfileTable } from '../../src/report/profile/table.js';
import { levelRank } from '../../src/scoring/rollup.js';
import { score } from '../../src/scoring/score.js';
import type { LevelInfo, LevelRef } from '../../src/scoring/types.js';
import { answers } from '../scoring/load.js';
import { q, single } from './profile/fixtures.js';

const levels: LevelInfo[] = [
  { rank: 1, id: 'start', name: 'Starting', min: 1 },
  { rank: 2, id: 'try', name: 'Trying', min: 2.1 },
  { rank: 3, id: 'spread', name: 'Spreading', min: 2.75 },
];
/** A score with the level scoring gives it. */
const ref = (s: number | null): LevelRef => ({ score: s, level: levelRank(levels, s), levelId: null });
const approaching = (s: number | null) => approachingRank({ levels }, ref(s));

describe('approachingRank', () => {
  it('names the next level for a score at most 0.25 below its min', () => {
    expect(approaching(1.9)).toBe(2);
    // 2.1 − 1.85 is 0.25000000000000022 in binary: exactly 0.25 below still counts.
    expect(approaching(1.85)).toBe(2);
    expect(approaching(2.5)).toBe(3);
  });

  it('names nothing for a score more than 0.25 below the next min', () => {
    expect(approaching(1.84)).toBeNull();
    expect(approaching(2.49)).toBeNull();
    // At a threshold: the level is reached, the next one is far.
    expect(approaching(2.1)).toBeNull();
  });

  it('names the first level for a score just below it', () => {
    expect(approaching(0.75)).toBe(1);
    expect(approaching(0.74)).toBeNull();
  });

  it('names nothing at the top level or without a score', () => {
    expect(approaching(2.75)).toBeNull();
    expect(approaching(3.9)).toBeNull();
    expect(approaching(null)).toBeNull();
  });
});

// tiny-scan, one respondent: overall 2.65 and A one 2.67 are within 0.25 below phase 3 (2.75);
// A two 3.00 is phase 3 and 0.50 below phase 4.
describe('the reports say when a score is approaching the next level', () => {
  const en = single();
  const nl = single({ language: 'nl' });
  const rowOf = (text: string, name: string) =>
    text
      .split('\n')
      .find((l) => l.trimStart().startsWith(name))!
      .replace(/\s+/g, ' ');

  it('table: on the overall line in words, in a unit level cell as (→n)', () => {
    const table = renderProfileTable(en, { width: 100 });
    expect(table).toContain('Overall: 2.65 · phase 2 Trying, approaching 3 ');
    expect(rowOf(table, 'A one')).toContain(' 2 Trying (→3) ');
    expect(rowOf(table, 'A two')).toMatch(/ 3 Spreading 4 /);
    const dutch = renderProfileTable(nl, { width: 100 });
    expect(dutch).toContain('Totaal: 2,65 · fase 2 Proberen, op weg naar 3 ');
    expect(rowOf(dutch, 'A een')).toContain(' 2 Proberen (→3) ');
  });

  it('markdown: the same on the overall line and in the level column', () => {
    const md = renderProfileMarkdown(en);
    expect(md).toContain('- **Overall:** 2.65 · phase 2 Trying, approaching 3\n');
    expect(md).toContain('| ↳ A one | 2.67 | 2 Trying (→3) | 3 |');
    expect(md).toContain('| ↳ A two | 3.00 | 3 Spreading | 4 |');
    const dutch = renderProfileMarkdown(nl);
    expect(dutch).toContain('- **Totaal:** 2,65 · fase 2 Proberen, op weg naar 3\n');
    expect(dutch).toContain('| ↳ A een | 2,67 | 2 Proberen (→3) | 3 |');
  });

  it('HTML: in the overall card and the level cells of the tables', () => {
    const html = renderHtmlReport([en], { language: 'en' });
    expect(html).toContain('<span class="value">2 · Trying, approaching 3</span>');
    expect(html).toMatch(/<th scope="row">A one<\/th><td class="num">2.67<\/td><td>2 · Trying, approaching 3<\/td>/);
    expect(html).toMatch(/<th scope="row">A two<\/th><td class="num">3.00<\/td><td>3 · Spreading<\/td>/);
    const dutch = renderHtmlReport([nl], { language: 'nl' });
    expect(dutch).toContain('<span class="value">2 · Proberen, op weg naar 3</span>');
    expect(dutch).toMatch(/<th scope="row">A een<\/th><td class="num">2,67<\/td><td>2 · Proberen, op weg naar 3<\/td>/);
  });

  it('says nothing of the kind at the top level', () => {
    const top = score(q, [answers('top.yaml', Object.fromEntries(q.questions.map((x) => [x.id, 4])))]);
    expect(top.overall.level).toBe(4);
    expect(renderProfileTable(top)).not.toMatch(/approaching|→ \d\)/);
    expect(renderProfileMarkdown(top)).not.toMatch(/approaching|→ \d\)/);
    expect(renderHtmlReport([top], { language: 'en' })).not.toContain('approaching');
  });
});
