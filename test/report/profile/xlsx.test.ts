/** The workbook report written with exceljs and read back: what the content builder said, as cells. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderProfilesWorkbook } from '../../../src/report/profile/xlsx.js';
import { flattenUnits } from '../../../src/scoring/profile-units.js';
import type { UnitProfile } from '../../../src/scoring/types.js';
import { groupProfile, single } from './fixtures.js';

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

describe('renderProfilesWorkbook', () => {
  it('writes numbers as numbers with their format, levels as text, the header frozen and bold, units merged', async () => {
    const p = single();
    const workbook = await read(await renderProfilesWorkbook([p]));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Overview', 'Next steps', 'Alpha', 'Beta', 'Gamma']);
    const overview = workbook.getWorksheet('Overview')!;
    expect(overview.views[0]).toMatchObject({ state: 'frozen', ySplit: 2, xSplit: 2 });
    expect(overview.getRow(2).font?.bold).toBe(true);
    const score = overview.getCell('G3');
    expect(score.type).toBe(ExcelJS.ValueType.Number);
    expect(score.value).toBe(p.overall.score);
    expect(score.numFmt).toBe('0.00');
    expect(overview.getCell('H3').value).toBe('2 Trying');
    expect(overview.getCell('F3').numFmt).toBe('0%');
    expect(overview.getCell('I1').value).toBe('Alpha');
    expect(overview.getCell('L1').isMerged).toBe(true);
    expect(overview.getColumn(1).width).toBeGreaterThan(8);
  });

  it('gives every row the height its wrapped texts need, prints on A4 with the header on every page', async () => {
    const p = groupProfile();
    // 200 characters in the step column, which is at most 80 wide: 3 lines.
    p.nextSteps[0]!.steps[0] = 'x'.repeat(200);
    const workbook = await read(await renderProfilesWorkbook([p]));
    const steps = workbook.getWorksheet('Next steps')!;
    const stepColumn = steps.getRow(1).values as unknown[];
    expect(stepColumn.indexOf('Step')).toBe(5);
    expect(steps.getColumn(5).width).toBe(80);
    expect(steps.getCell('E2').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(steps.getRow(2).height).toBe(3 * 15);
    expect(steps.getRow(1).height).toBe(15);
    expect(steps.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    });
    const overview = workbook.getWorksheet('Overview')!;
    expect(overview.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '1:2' });
    expect(workbook.getWorksheet('Spread')!.pageSetup.orientation).toBe('portrait');
  });

  it('merges each unit name over its four columns', async () => {
    const p = single();
    const workbook = await read(await renderProfilesWorkbook([p]));
    const overview = workbook.getWorksheet('Overview')!;
    const units = flattenUnits<UnitProfile>(p.dimensions).map(({ unit }) => unit.name);
    // After the eight columns about the profile (A to H), four per unit.
    const expected = units.map((_, i) => {
      const [from, to] = [9 + 4 * i, 12 + 4 * i].map((n) => overview.getColumn(n).letter);
      return `${from}1:${to}1`;
    });
    expect((overview.model as unknown as { merges: string[] }).merges).toEqual(expected);
    units.forEach((name, i) => {
      expect(overview.getCell(1, 9 + 4 * i).value).toBe(name);
      expect(overview.getCell(1, 12 + 4 * i).isMerged).toBe(true);
    });
  });

  it('stores a text that looks like a formula as text, formatted as text, never as a formula', async () => {
    const p = groupProfile();
    p.organisation = '=HYPERLINK("http://x","klik")';
    const workbook = await read(await renderProfilesWorkbook([p]));
    const cell = workbook.getWorksheet('Overview')!.getCell('A3');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(p.organisation);
    expect(cell.formula).toBeUndefined();
    expect(cell.numFmt).toBe('@');
    expect(workbook.getWorksheet('Spread')).toBeDefined();
  });
});
