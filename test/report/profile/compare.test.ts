import { describe, expect, it } from 'vitest';
import { compareProfiles } from '../../../src/compare/compare.js';
import { renderComparisonMarkdown, renderComparisonTable } from '../../../src/report/profile/compare.js';
import { score } from '../../../src/scoring/score.js';
import { answers } from '../../scoring/load.js';
import { q } from './fixtures.js';

const before = score(q, [
  answers(
    '2025.yaml',
    { 'a1-1': 2, 'a1-2': 2, 'a2-1': 3, 'b-1': 3, 'b-2': 3, 'g2-1': 2 },
    { organisation: 'Gemeente Test', date: '2025-11-01' },
  ),
]);
const after = score(q, [
  answers(
    '2026.yaml',
    { 'a1-1': 3, 'a1-2': 3, 'a2-1': 3, 'b-1': 2, 'b-2': 2 },
    { organisation: 'Gemeente Test', date: '2026-11-01' },
  ),
]);
const c = compareProfiles(before, after);

describe('renderComparisonTable', () => {
  const text = renderComparisonTable(c);
  const row = (name: string) =>
    text
      .split('\n')
      .find((l) => l.trimStart().startsWith(name))!
      .replace(/\s+/g, ' ')
      .trim();

  it('shows both sides and per unit the scores, the change marked up or down, and the phases', () => {
    expect(text.split('\n').slice(0, 3)).toEqual([
      'Comparison: Gemeente Test',
      'Before: Tiny scan (tiny-scan 1.0.0) · 1 respondent · 2025-11-01',
      'After:  Tiny scan (tiny-scan 1.0.0) · 1 respondent · 2026-11-01',
    ]);
    expect(row('A one')).toBe('A one 2.00 3.00 ▲ +1.00 2 → 3');
    expect(row('A two')).toBe('A two 3.00 3.00 = 0.00 3');
    expect(row('Beta')).toBe('Beta 3.00 2.00 ▼ −1.00 3 → 2');
    // No score after: no level to compare with (not a drop to 0).
    expect(row('G two')).toBe('G two 2.00 – – 2 → –');
    expect(row('Overall')).toBe('Overall 2.63 2.67 ▲ +0.04 2');
  });

  it('stays within 80 columns', () => {
    expect(Math.max(...text.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(79);
  });
});

describe('the language of a comparison', () => {
  it('labels English profiles in Dutch when the comparison is asked in Dutch (compare --lang nl)', () => {
    const nl = compareProfiles(before, after, { language: 'nl' });
    const text = renderComparisonTable(nl);
    expect(text.split('\n')[0]).toBe('Vergelijking: Gemeente Test');
    expect(text).toMatch(/^Totaal +2,63 +2,67 +▲ \+0,04 +2$/m);
    expect(renderComparisonMarkdown(nl)).toContain('| **Totaal** | 2,63 | 2,67 | ▲ +0,04 | 2 |');
  });
});

describe('renderComparisonMarkdown', () => {
  it('is one table with dimensions in bold and subdimensions indented', () => {
    const md = renderComparisonMarkdown(c);
    expect(md).toContain('| **Alpha** | 2.75 | 3.00 | ▲ +0.25 | 3 |');
    expect(md).toContain('| ↳ A one | 2.00 | 3.00 | ▲ +1.00 | 2 → 3 |');
    expect(md).toContain('| **Overall** | 2.63 | 2.67 | ▲ +0.04 | 2 |');
  });
});

describe('a comparison of two organisations', () => {
  const elsewhere = compareProfiles(before, { ...after, organisation: 'Gemeente Noorderveen' }, { language: 'nl' });

  it('names both in the title of the table and of the Markdown, the earlier first', () => {
    expect(renderComparisonTable(elsewhere).split('\n')[0]).toBe('Vergelijking: Gemeente Test → Gemeente Noorderveen');
    expect(renderComparisonMarkdown(elsewhere).split('\n')[0]).toBe(
      '# Vergelijking: Gemeente Test → Gemeente Noorderveen',
    );
  });

  it('names one when they are spelled alike', () => {
    const alike = compareProfiles(before, { ...after, organisation: 'gemeente  test' });
    expect(renderComparisonTable(alike).split('\n')[0]).toBe('Comparison: gemeente  test');
  });
});
