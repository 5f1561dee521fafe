/**
 * How the workbooks datascan writes (the answer workbook, the workbook report) are laid out on
 * screen and paper: the height a row needs to show its wrapped texts whole, and the page setup.
 */

/** The height of one line of 11-point text (the default font), in points. */
export const LINE_HEIGHT = 15;
/** A4 in the OOXML paper sizes. */
const A4 = 9;
/** The highest row Excel allows, in points. */
export const MAX_ROW_HEIGHT = 409;

/** How many lines a text wraps to in a column this many characters wide (rounded up, so nothing is cut). */
function linesIn(text: string, width: number): number {
  return text.split('\n').reduce((lines, line) => lines + Math.max(1, Math.ceil(line.length / width)), 0);
}

/**
 * The height of a row whose cell in column `i` may show any of `cells[i]` (a cell with a dropdown
 * shows whichever choice is picked), each wrapped in its column's `widths[i]` characters; at least
 * one line, at most Excel's limit. Set on every row, because LibreOffice shows a row without a
 * height one line high, cutting the rest off.
 */
export function rowHeight(
  cells: readonly (readonly string[] | undefined)[],
  widths: readonly (number | undefined)[],
): number {
  const lines = cells.reduce((most, texts, c) => {
    const width = widths[c];
    if (!texts || width === undefined) return most;
    return Math.max(most, ...texts.map((text) => linesIn(text, width)));
  }, 1);
  return Math.min(lines * LINE_HEIGHT, MAX_ROW_HEIGHT);
}

/** How a sheet is printed: across or upright, its header rows (and columns) repeated on every page. */
export interface PrintLayout {
  landscape: boolean;
  headerRows: number;
  /** Pages across the sheet is fitted to; default one. */
  pagesAcross?: number;
  /** Columns printed again at the left of each page when there are several across. */
  titleColumns?: number;
}

/** A column's letters from its number (1 = A). */
function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * Printed on A4, fitted to the page width (or to `pagesAcross` pages), as many pages down as it
 * takes, the header rows repeated at the top of each page. In exceljs's terms.
 */
export function a4PageSetup({ landscape, headerRows, pagesAcross = 1, titleColumns = 0 }: PrintLayout) {
  return {
    paperSize: A4,
    orientation: landscape ? ('landscape' as const) : ('portrait' as const),
    fitToPage: true,
    fitToWidth: pagesAcross,
    fitToHeight: 0,
    ...(headerRows > 0 ? { printTitlesRow: `1:${headerRows}` } : {}),
    ...(pagesAcross > 1 && titleColumns > 0 ? { printTitlesColumn: `A:${columnLetters(titleColumns)}` } : {}),
  };
}
