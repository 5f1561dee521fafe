import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/source/line-index.js';

describe('LineIndex', () => {
  it('gives 1-based lines and columns, a line feed belonging to the line it ends', () => {
    const index = new LineIndex('ab\ncd\n');
    expect(index.linePos(0)).toEqual({ line: 1, col: 1 });
    expect(index.linePos(2)).toEqual({ line: 1, col: 3 });
    expect(index.linePos(3)).toEqual({ line: 2, col: 1 });
    expect(index.linePos(6)).toEqual({ line: 3, col: 1 });
  });

  it('reads a position between the CR and LF of a line end as the end of that line', () => {
    // "{[}" then CRLF: offset 4 is the LF; the line has 3 characters, so its end is column 4.
    const index = new LineIndex('{[}\r\nx');
    expect(index.linePos(3)).toEqual({ line: 1, col: 4 });
    expect(index.linePos(4)).toEqual({ line: 1, col: 4 });
    expect(index.linePos(5)).toEqual({ line: 2, col: 1 });
  });
});
