/** The workbook report's content, as data: sheets, rows, cell types and number formats. */
import { describe, expect, it } from 'vitest';
import {
  profileWorkbook,
  safeSheetName,
  type WorkbookCell,
  type WorkbookSheet,
} from '../../../src/report/profile/workbook.js';
import { flattenUnits } from '../../../src/scoring/profile-units.js';
import type { Profile, UnitProfile } from '../../../src/scoring/types.js';
import { groupProfile, single } from './fixtures.js';

const sheet = (profiles: Profile[], name: string): WorkbookSheet => {
  const found = profileWorkbook(profiles).sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};
const texts = (cells: readonly WorkbookCell[]) => cells.map((c) => (c && 'text' in c ? c.text : null));
/** A row of the overview as header → cell, the header being the unit's name (row 1) and the column's (row 2). */
function overviewRows(profiles: Profile[]): Record<string, WorkbookCell>[] {
  const { header, rows } = sheet(profiles, profiles[0]!.language === 'nl' ? 'Overzicht' : 'Overview');
  let unit = '';
  const keys = header[1]!.map((cell, i) => {
    const top = header[0]![i];
    if (top && 'text' in top) unit = top.text;
    const name = cell && 'text' in cell ? cell.text : '';
    return unit ? `${unit}.${name}` : name;
  });
  return rows.map((row) => Object.fromEntries(keys.map((k, i) => [k, row[i] ?? null])));
}

describe('profileWorkbook: the overview', () => {
  it('one row per profile: who, how many, coverage, overall, then score, level, target and gap per unit', () => {
    const one = single();
    one.respondentList = [{ name: 'A. de Vries', role: 'wethouder', source: 'a.yaml' }];
    const group = groupProfile();
    group.skipped = 1;
    const [first, second] = overviewRows([one, group]);
    expect(first).toMatchObject({
      Organisation: { text: 'Gemeente Test' },
      Respondent: { text: 'A. de Vries' },
      Role: { text: 'wethouder' },
      Respondents: { number: 1, format: '0' },
      Skipped: { number: 0, format: '0' },
      Coverage: { number: one.coverage.ratio, format: '0%' },
      'Overall: score': { number: one.overall.score, format: '0.00' },
      'Overall: phase': { text: '2 Trying' },
    });
    const beta = one.dimensions.find((d) => d.id === 'beta')!;
    expect(first).toMatchObject({
      'Beta.Score': { number: beta.score, format: '0.00' },
      'Beta.Phase': { text: '3 Spreading' },
      'Beta.Target': { number: beta.target, format: '0' },
      'Beta.Gap': { number: beta.gap, format: '0' },
      // No score: no level, target or gap.
      'G one.Score': null,
      'G one.Phase': null,
      'G one.Target': null,
    });
    // Full precision: the format shows two decimals, the number keeps every digit.
    expect((first!['A one.Score'] as { number: number }).number).toBe(8 / 3);
    expect(second).toMatchObject({ Respondent: null, Respondents: { number: 3 }, Skipped: { number: 1 } });
  });

  it('heads each unit by its name over its four columns, in two frozen header rows', () => {
    const s = sheet([single()], 'Overview');
    expect(s.header).toHaveLength(2);
    const units = flattenUnits<UnitProfile>(single().dimensions).map(({ unit }) => unit.name);
    expect(texts(s.header[0]!).filter((t) => t !== null)).toEqual(units);
    expect(s.merges).toHaveLength(units.length);
    expect(s.merges[0]).toEqual({ row: 0, from: 8, to: 11 });
    expect(texts(s.header[1]!.slice(8, 12))).toEqual(['Score', 'Phase', 'Target', 'Gap']);
    expect(s.columns.every((c) => c.width >= 8)).toBe(true);
  });

  it('prints across, on more pages across only when one page would make the text too small', () => {
    const p = single();
    // One dimension without subdimensions: its overview fits a page across.
    const few = sheet([{ ...p, dimensions: [{ ...p.dimensions[0]!, subdimensions: [] }] }], 'Overview');
    expect(few).toMatchObject({ landscape: true, pagesAcross: 1 });
    // A model of many units: its overview is far wider than a page.
    const many = Array.from({ length: 30 }, (_, i) => ({ ...p.dimensions[0]!, id: `d${i}`, name: `Dimension ${i}` }));
    const wide = sheet([{ ...p, dimensions: many }], 'Overview');
    expect(wide.pagesAcross).toBeGreaterThan(1);
    const width = wide.columns.reduce((sum, c) => sum + c.width, 0);
    // Each page holds no more than fits at 60% of full size (about 140 characters across at full size).
    expect((width * 0.6) / wide.pagesAcross).toBeLessThanOrEqual(140);
  });

  it('names an anonymous respondent by its place among several profiles', () => {
    const [a, b] = overviewRows([single(), single()]);
    expect([a!.Respondent, b!.Respondent]).toEqual([{ text: 'Respondent 1' }, { text: 'Respondent 2' }]);
    expect(overviewRows([single()])[0]!.Respondent).toBeNull();
  });

  it('in Dutch for a Dutch profile', () => {
    const [row] = overviewRows([groupProfile({ language: 'nl' })]);
    expect(Object.keys(row!).slice(0, 8)).toEqual([
      'Organisatie',
      'Respondent',
      'Rol',
      'Respondenten',
      'Overgeslagen',
      'Dekking',
      'Totaal: score',
      'Totaal: fase',
    ]);
    expect(profileWorkbook([groupProfile({ language: 'nl' })]).sheets.map((s) => s.name)).toContain('Vervolgstappen');
  });
});

describe('profileWorkbook: the other sheets', () => {
  it('next steps: one row per step with its dimension, subdimension and levels', () => {
    const p = groupProfile();
    const s = sheet([p], 'Next steps');
    expect(texts(s.header[0]!)).toEqual(['Dimension', 'Subdimension', 'From phase', 'To phase', 'Step']);
    const expected = p.nextSteps.flatMap((g) =>
      g.steps.map((step) => [g.dimensionName, g.subdimensionName, g.fromLevel, g.toLevel, step]),
    );
    expect(expected.length).toBeGreaterThan(1);
    expect(s.rows.map((r) => r.map((c) => (c === null ? null : 'text' in c ? c.text : c.number)))).toEqual(expected);
  });

  it('prints a narrow sheet upright and a wide one across', () => {
    const p = groupProfile();
    expect(sheet([p], 'Spread').landscape).toBe(false);
    p.nextSteps[0]!.steps[0] = 'step '.repeat(40).trim();
    // The step column is as wide as it may be (80): with the others, wider than an upright page.
    expect(sheet([p], 'Next steps').landscape).toBe(true);
    expect(sheet([p], 'Next steps').pagesAcross).toBe(1);
  });

  it('names the profile of each step and spread row when there are several', () => {
    const s = sheet([single(), groupProfile()], 'Next steps');
    expect(texts(s.header[0]!).slice(0, 2)).toEqual(['Organisation', 'Respondent']);
    expect(s.rows[0]![1]).toEqual({ text: 'Respondent 1' });
  });

  it('spread: only when a profile has it, min, max, sd and disagreement per unit', () => {
    expect(profileWorkbook([single()]).sheets.map((s) => s.name)).not.toContain('Spread');
    const p = groupProfile();
    const s = sheet([p], 'Spread');
    const aOne = p.dimensions[0]!.subdimensions[0]!;
    const row = s.rows.find((r) => texts(r)[0] === 'Alpha › A one')!;
    expect(row.slice(1)).toEqual([
      { number: aOne.spread!.min, format: '0.00' },
      { number: aOne.spread!.max, format: '0.00' },
      { number: aOne.spread!.sd, format: '0.00' },
      { text: aOne.spread!.disagreement ? 'yes' : 'no' },
      { number: aOne.spread!.respondents, format: '0' },
    ]);
  });

  it('a sheet per dimension for one profile only, with its questions when the profile explains them', () => {
    const names = (profiles: Profile[]) => profileWorkbook(profiles).sheets.map((s) => s.name);
    expect(names([single()])).toEqual(['Overview', 'Next steps', 'Alpha', 'Beta', 'Gamma']);
    expect(names([single(), single()])).toEqual(['Overview', 'Next steps']);
    const plain = sheet([single()], 'Alpha');
    expect(texts(plain.rows.map((r) => r[0]!))).toEqual(['Alpha', '  A one', '  A two']);
    expect(plain.headings).toEqual([]);
    const explained = sheet([groupProfile({ explain: true })], 'Alpha');
    expect(texts(explained.rows[explained.headings[0]!]!)).toEqual(['Question', 'Part', 'Weight', 'Value', 'Answers']);
    const a11 = explained.rows.find((r) => texts(r)[0] === 'a1-1')!;
    expect(texts(a11)[4]).toBe('1; 3; 2');
  });
});

describe('profileWorkbook: text from files', () => {
  it('marks a text a spreadsheet would take for a formula as text (the CSV report rule), and no other', () => {
    for (const name of ['=HYPERLINK("http://x","klik")', '+31', '-1', '@SUM(A1)', '\tTab']) {
      const p = single();
      p.organisation = name;
      expect(overviewRows([p])[0]!.Organisation).toEqual({ text: name, asText: true });
    }
    expect(overviewRows([single()])[0]!.Organisation).toEqual({ text: 'Gemeente Test' });
  });

  it('makes control characters visible, as every report does', () => {
    const p = single();
    p.organisation = 'Gemeente\u001b[31m Test';
    expect(overviewRows([p])[0]!.Organisation).toEqual({ text: 'Gemeente\\u{1b}[31m Test' });
  });
});

describe('safeSheetName', () => {
  it('leaves out what Excel refuses, cuts at 31 characters and keeps names unique regardless of case', () => {
    const taken = new Set<string>();
    expect(safeSheetName('Data: [beleid] * of ?/\\', taken)).toBe('Data beleid of');
    expect(safeSheetName('Informatievoorziening en datamanagement', taken)).toBe('Informatievoorziening en datama');
    expect(safeSheetName('informatievoorziening en datamanagement', taken)).toBe('informatievoorziening en da (2)');
    expect(safeSheetName("'quoted'", taken)).toBe('quoted');
    expect(safeSheetName('::', taken, 'alpha')).toBe('alpha');
    expect([...taken].every((n) => n.length <= 31)).toBe(true);
  });

  it('renames a dimension named like another sheet', () => {
    const p = single();
    p.dimensions[1]!.name = 'overview';
    expect(profileWorkbook([p]).sheets.map((s) => s.name)).toContain('overview (2)');
  });
});
