/**
 * The workbook report's bytes: the sheets `profileWorkbook` built, written with exceljs (loaded
 * only now, see src/lazy/modules.cjs). Nothing is decided here that the data does not say.
 */
import lazy from '../../lazy/modules.cjs';
import type { Profile } from '../../scoring/types.js';
import { WORKBOOK_REPORT_KEYWORD } from '../../util/file-formats.js';
import { a4PageSetup, rowHeight } from '../../util/sheet-layout.js';
import { profileWorkbook, type WorkbookCell, type WorkbookReport, type WorkbookSheet } from './workbook.js';

/** Excel's number format for text: what is typed into such a cell stays text, never a formula. */
const TEXT_FORMAT = '@';

type Cell = import('exceljs').Cell;

function put(target: Cell, cell: WorkbookCell): void {
  if (cell === null) return;
  if ('number' in cell) {
    target.value = cell.number;
    target.numFmt = cell.format;
    return;
  }
  // A string value is always written as a string, never as a formula; `asText` also keeps it text when edited.
  target.value = cell.text;
  if (cell.asText) target.numFmt = TEXT_FORMAT;
}

/**
 * The width each cell of row `r` (header rows first) wraps in, or none where it runs on one line: a
 * wrapping column's width, the columns it spans added up for a merged header cell.
 */
function wrapWidths(sheet: WorkbookSheet, r: number): (number | undefined)[] {
  const widths = sheet.columns.map((column) => (column.wrap ? column.width : undefined));
  for (const { row, from, to } of sheet.merges)
    if (row === r && widths[from] !== undefined)
      widths[from] = sheet.columns.slice(from, to + 1).reduce((sum, column) => sum + column.width, 0);
  return widths;
}

export async function workbookBytes(report: WorkbookReport): Promise<Uint8Array> {
  const { Workbook } = lazy.excelLibrary();
  const workbook = new Workbook();
  workbook.creator = 'datascan';
  workbook.keywords = WORKBOOK_REPORT_KEYWORD;
  for (const sheet of report.sheets) {
    const ws = workbook.addWorksheet(sheet.name, {
      views: [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.header.length }],
    });
    sheet.columns.forEach((column, i) => {
      const target = ws.getColumn(i + 1);
      target.width = column.width;
      // Top-aligned, so that a row's short cells stand level with the first line of a wrapped one.
      target.alignment = column.wrap ? { wrapText: true, vertical: 'top' } : { vertical: 'top' };
    });
    const rows = [...sheet.header, ...sheet.rows];
    const bold = new Set([...sheet.header.keys(), ...sheet.headings.map((r) => r + sheet.header.length)]);
    rows.forEach((cells, r) => {
      const row = ws.getRow(r + 1);
      cells.forEach((cell, c) => put(row.getCell(c + 1), cell));
      if (bold.has(r)) row.font = { bold: true };
      row.height = rowHeight(
        cells.map((cell) => (cell && 'text' in cell ? [cell.text] : undefined)),
        wrapWidths(sheet, r),
      );
    });
    ws.pageSetup = a4PageSetup({
      landscape: sheet.landscape,
      headerRows: sheet.header.length,
      pagesAcross: sheet.pagesAcross,
      titleColumns: sheet.frozenColumns,
    });
    for (const { row, from, to } of sheet.merges) ws.mergeCells(row + 1, from + 1, row + 1, to + 1);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** `score --format xlsx`: the profiles as a workbook. */
export function renderProfilesWorkbook(profiles: readonly Profile[]): Promise<Uint8Array> {
  return workbookBytes(profileWorkbook(profiles));
}
