/** The workbook report written with exceljs and read back: what the content builder said, as cells. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderProfilesWorkbook } from '../../../src/report/profile/xlsx.js';
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
