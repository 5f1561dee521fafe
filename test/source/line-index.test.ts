import { describe, expect, it } from 'vitest';
import { LineIndex, rangeToPosition } from '../../src/source/line-index.js';

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

  it('reads a position past the end of the text as its end, so that a finding there ends inside the file', () => {
    // A syntax error at the end of a cut-off file: the parser points at the end, the finding ends one further.
    const index = new LineIndex('a:\n  b: {c: 1');
    expect(index.linePos(13)).toEqual({ line: 2, col: 11 });
    expect(index.linePos(14)).toEqual({ line: 2, col: 11 });
    expect(rangeToPosition(index, 13, 14)).toEqual({ line: 2, column: 11, endLine: 2, endColumn: 11 });
  });
});
