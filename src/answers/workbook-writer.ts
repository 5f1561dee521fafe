/**
 * Writes a workbook described as data (workbook-template.ts) as .xlsx bytes with exceljs, loaded
 * only now. Sheets are protected without a password: the structure and texts cannot be changed
 * by mistake, the open cells can be filled in by anyone.
 */
import lazy from '../lazy/modules.cjs';
import type { Worksheet } from 'exceljs';
import { a4PageSetup, rowHeight } from '../util/sheet-layout.js';
import type { WorkbookContent, WorkbookSheet } from './workbook-template.js';

/** Excel refuses a list validation whose written-out list is longer than this. */
const MAX_LIST_FORMULA = 255;
const OPEN_FILL = 'FFFFF2CC';

/** A sheet name as a formula refers to it: always quoted, a quote in it doubled. */
function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * A list written out in the validation (`"a,b,c"`) when Excel allows it: shorter than its limit,
 * and no label holding the `,` that separates them or a `"`.
 */
function inlineList(choices: readonly string[]): string | undefined {
  if (choices.some((c) => c.includes(',') || c.includes('"'))) return undefined;
  const formula = `"${choices.join(',')}"`;
  return formula.length <= MAX_LIST_FORMULA ? formula : undefined;
}

/** Where the lists too long to write out are kept: a hidden sheet, one column per distinct list. */
class ListsSheet {
  private sheet: Worksheet | undefined;
  private readonly ranges = new Map<string, string>();

  constructor(
    private readonly create: () => Worksheet,
    private readonly name: string,
  ) {}

  rangeOf(choices: readonly string[]): string {
    const key = JSON.stringify(choices);
    let range = this.ranges.get(key);
    if (range === undefined) {
      this.sheet ??= this.create();
      const column = this.sheet.getColumn(this.ranges.size + 1);
      choices.forEach((choice, i) => (this.sheet!.getCell(i + 1, column.number).value = choice));
      range = `${sheetRef(this.name)}!$${column.letter}$1:$${column.letter}$${choices.length}`;
      this.ranges.set(key, range);
    }
    return range;
  }
}

async function fillSheet(sheet: Worksheet, content: WorkbookSheet, lists: ListsSheet): Promise<void> {
  content.widths.forEach((width, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = width;
    column.alignment = { wrapText: true, vertical: 'top' };
  });
  content.rows.forEach((row, r) => {
    // An answer cell is as high as its longest choice, so the label picked shows whole too.
    sheet.getRow(r + 1).height = rowHeight(
      row.map((cell) => cell && [cell.text, ...(cell.choices ?? [])]),
      content.widths,
    );
    row.forEach((described, c) => {
      if (!described) return;
      const cell = sheet.getCell(r + 1, c + 1);
      // A string value is a text cell: exceljs writes a formula only when given one as such.
      cell.value = described.text;
      cell.alignment = { wrapText: true, vertical: 'top' };
      if (described.bold) cell.font = { bold: true };
      if (described.date) cell.numFmt = 'yyyy-mm-dd';
      if (described.name) cell.name = described.name;
      if (described.open) {
        cell.protection = { locked: false };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: OPEN_FILL } };
      }
      if (described.choices && described.choices.length > 0)
        cell.dataValidation = {
          type: 'list',
          allowBlank: true,
          showErrorMessage: true,
          formulae: [inlineList(described.choices) ?? lists.rangeOf(described.choices)],
        };
    });
  });
  if (content.headerRows > 0) sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: content.headerRows }];
  sheet.pageSetup = a4PageSetup(content);
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
}

/** The workbook as the bytes of an .xlsx file. */
export async function writeWorkbook(content: WorkbookContent): Promise<Uint8Array> {
  const { Workbook } = lazy.excelLibrary();
  const workbook = new Workbook();
  const sheets = content.sheets.map((sheet) => workbook.addWorksheet(sheet.name));
  const lists = new ListsSheet(
    () => workbook.addWorksheet(content.listsSheet, { state: 'hidden' }),
    content.listsSheet,
  );
  for (const [i, sheet] of sheets.entries()) await fillSheet(sheet, content.sheets[i]!, lists);
  const listSheet = workbook.getWorksheet(content.listsSheet);
  if (listSheet) await listSheet.protect('', {});
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
