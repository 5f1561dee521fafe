/** A level from under half of its questions answered is marked uncertain in every report; the overall line says the coverage. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { renderHtmlReport } from '../../../src/report/html/index.js';
import { renderProfilesCsv } from '../../../src/report/profile/csv.js';
import { renderProfilesJson } from '../../../src/report/profile/json.js';
import { renderProfileMarkdown } from '../../../src/report/profile/markdown.js';
import { renderProfileTable } from '../../../src/report/profile/table.js';
import { profileWorkbook, type WorkbookCell } from '../../../src/report/profile/workbook.js';
import { validateAgainst } from '../../../src/schema/validators.js';
import { single, sparse } from './fixtures.js';

/** The lines of a text report that start with a unit's or the overall line's name. */
const lineOf = (text: string, start: string) => text.split('\n').find((l) => l.trimStart().startsWith(start)) ?? '';

describe('uncertain levels in the reports', () => {
  it('json: the flag on each unit and on the overall level, valid against the profile schema', () => {
    const json = JSON.parse(renderProfilesJson([sparse()])) as {
      overall: { uncertain: boolean };
      dimensions: { id: string; uncertain: boolean; subdimensions: { id: string; uncertain: boolean }[] }[];
    };
    expect(validateAgainst('profile', json)).toEqual([]);
    expect(json.overall.uncertain).toBe(true);
    expect(json.dimensions.map((d) => [d.id, d.uncertain])).toEqual([
      ['alpha', true],
      ['beta', false],
      ['gamma', false],
    ]);
  });

  it('table: the level cell and the overall line, with the coverage, and what the mark means', () => {
    const text = renderProfileTable(sparse(), { width: 100 });
    expect(lineOf(text, 'Alpha')).toMatch(/2 Trying \(uncertain\)/);
    expect(lineOf(text, 'A one')).not.toContain('uncertain');
    expect(lineOf(text, 'Beta')).not.toContain('uncertain');
    expect(lineOf(text, 'Overall:')).toContain('phase 2 Trying (uncertain: coverage 25%)');
    // The legend wraps with the width: compared with its line breaks as spaces.
    expect(text.replace(/\s+/g, ' ')).toContain('uncertain: under half of its questions have an answer that counts');
    const nl = renderProfileTable(sparse({ language: 'nl' }), { width: 100 });
    expect(lineOf(nl, 'Alfa')).toMatch(/2 Proberen \(onzeker\)/);
    expect(lineOf(nl, 'Totaal:')).toContain('fase 2 Proberen (onzeker: dekking 25%)');
  });

  it('table too narrow for level names: the rank with a ?, named in the legend', () => {
    const text = renderProfileTable(sparse(), { width: 40 });
    expect(text).not.toContain('Trying (uncertain)');
    expect(text).toMatch(/\b2\?/);
    expect(text.replace(/\s+/g, ' ')).toContain(
      '? = uncertain: under half of its questions have an answer that counts',
    );
  });

  it('markdown: the level cell, the overall line and the legend', () => {
    const md = renderProfileMarkdown(sparse());
    expect(lineOf(md, '| **Alpha**')).toContain('| 2 Trying (uncertain) |');
    expect(lineOf(md, '| ↳ A one')).not.toContain('uncertain');
    expect(lineOf(md, '- **Overall:**')).toContain('(uncertain: coverage 25%)');
    expect(md).toContain('; uncertain: under half of its questions have an answer that counts_');
  });

  it('csv: a column after the migration columns with overall and the ids of the uncertain units', () => {
    const [head, row, full] = parse(renderProfilesCsv([sparse(), single()])) as string[][];
    // After the migration columns; only a consensus file's three come after it.
    const at = head!.indexOf('uncertain');
    expect(at).toBe(head!.length - 4);
    expect(row![at]).toBe('overall; alpha');
    expect(full![at]).toBe('');
  });

  it('workbook: the level cells of the overview', () => {
    const overview = profileWorkbook([sparse()]).sheets[0]!;
    const cells = overview.rows[0]!.map((c: WorkbookCell) => (c && 'text' in c ? c.text : null));
    expect(cells.filter((t) => t?.endsWith('(uncertain)'))).toEqual(['2 Trying (uncertain)', '2 Trying (uncertain)']);
    const nl = profileWorkbook([sparse({ language: 'nl' })]).sheets[0]!;
    expect(nl.rows[0]!.some((c) => c !== null && 'text' in c && c.text === '2 Proberen (onzeker)')).toBe(true);
  });

  it('html: the overall card with the coverage, and the unit tables', () => {
    const html = renderHtmlReport([sparse()], { language: 'en' });
    expect(html).toContain('uncertain: coverage 25%');
    expect(html).toMatch(/<td>2 · Trying \(uncertain\)<\/td>/);
    const nl = renderHtmlReport([sparse({ language: 'nl' })], { language: 'nl' });
    expect(nl).toContain('onzeker: dekking 25%');
    expect(nl).toContain('2 · Proberen (onzeker)');
  });

  it('says nothing of it for a profile with enough answers', () => {
    const p = single();
    for (const text of [
      renderProfileTable(p),
      renderProfileMarkdown(p),
      renderHtmlReport([p], { language: 'en' }),
      JSON.stringify(profileWorkbook([p])),
    ])
      expect(text).not.toMatch(/\(uncertain|uncertain:/);
  });
});
