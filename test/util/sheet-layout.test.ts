import { describe, expect, it } from 'vitest';
import { a4PageSetup, LINE_HEIGHT, MAX_ROW_HEIGHT, rowHeight } from '../../src/util/sheet-layout.js';

describe('rowHeight', () => {
  it('is the most lines any cell wraps to in its column, one line at least', () => {
    expect(rowHeight([], [10])).toBe(LINE_HEIGHT);
    // 25 characters in 10: 3 lines; two lines of 5 in 20: 2 lines; a column without a width counts for nothing.
    expect(rowHeight([['x'.repeat(25)], ['short\nlines'], ['y'.repeat(500)]], [10, 20])).toBe(3 * LINE_HEIGHT);
  });

  it('counts every text a cell may show (a dropdown: each choice)', () => {
    expect(rowHeight([undefined, ['', 'a', 'b'.repeat(41)]], [5, 20])).toBe(3 * LINE_HEIGHT);
  });

  it('stops at the highest row Excel allows', () => {
    expect(rowHeight([['z'.repeat(10_000)]], [10])).toBe(MAX_ROW_HEIGHT);
  });
});

describe('a4PageSetup', () => {
  it('prints on A4 as wide as the page, the header rows on every page', () => {
    expect(a4PageSetup({ landscape: true, headerRows: 2 })).toEqual({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:2',
    });
    expect(a4PageSetup({ landscape: false, headerRows: 0 })).not.toHaveProperty('printTitlesRow');
    expect(a4PageSetup({ landscape: false, headerRows: 0, titleColumns: 2 }).orientation).toBe('portrait');
  });

  it('on several pages across, repeats the title columns on each', () => {
    expect(a4PageSetup({ landscape: true, headerRows: 1, pagesAcross: 3, titleColumns: 2 })).toMatchObject({
      fitToWidth: 3,
      printTitlesColumn: 'A:B',
    });
    expect(a4PageSetup({ landscape: true, headerRows: 1, titleColumns: 2 })).not.toHaveProperty('printTitlesColumn');
  });
});
