import { describe, expect, it } from 'vitest';
import { bar, layout } from '../../../src/report/profile/text.js';
import { hangingWrap, visibleLength, wrap } from '../../../src/util/text.js';
import { plainStyle } from '../../../src/util/style.js';
import { makeStyle } from '../../../src/cli/style.js';
import { stripAnsi } from './fixtures.js';

const scale = { min: 1, max: 4 };

describe('bar', () => {
  it('fills # up to the score and inserts | at the target threshold, on the scale min..max', () => {
    // score 2.33: (2.33 − 1) / 3 · 12 = 5.3 → 5 cells; target min 3: (3 − 1) / 3 · 12 = 8
    expect(bar(2.33, 3, scale, plainStyle)).toBe('[#####---|----]');
    // target at the top of the scale: the marker closes the bar
    expect(bar(3.07, 4, scale, plainStyle)).toBe('[########----|]');
    // target at the bottom, score at the top
    expect(bar(4, 1, scale, plainStyle)).toBe('[|############]');
  });

  it('is empty without a score and has no marker without a target', () => {
    expect(bar(null, 2, scale, plainStyle)).toBe('[----|--------]');
    expect(bar(2.5, null, scale, plainStyle)).toBe('[######------]');
  });

  it('colours only through the style, and stays the same characters without colour', () => {
    const coloured = bar(2.33, 3, scale, makeStyle(true));
    expect(coloured).not.toBe('[#####---|----]');
    expect(stripAnsi(coloured)).toBe('[#####---|----]');
  });
});

describe('wrap (src/util/text.ts) and layout', () => {
  it('wraps at spaces and cuts words longer than the width', () => {
    expect(wrap('Agenda-setting and coalition-building', 20)).toEqual(['Agenda-setting and', 'coalition-building']);
    expect(wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('can keep words longer than the width whole, on a line of their own', () => {
    expect(wrap('a Informatieveiligheid b', 10, { cut: false })).toEqual(['a', 'Informatieveiligheid', 'b']);
  });

  it('starts a new line at each line break', () => {
    expect(wrap('one two\nthree', 20)).toEqual(['one two', 'three']);
  });

  it('wraps under a prefix with the prefix-wide indent, or an indent of its own with its own width', () => {
    expect(hangingWrap(' 1. ', 'aaaa bbbb cccc dddd', 14)).toEqual([' 1. aaaa bbbb', '    cccc dddd']);
    // first line: 20 − 2 = 18 characters of text; the others 20 − 8 = 12
    expect(hangingWrap('# ', 'aaaa bbbb cccc dddd eeee ffff', 20, { indent: '#       ' })).toEqual([
      '# aaaa bbbb cccc',
      '#       dddd eeee',
      '#       ffff',
    ]);
  });

  it('cuts a long word to the width of each line it lands on, under a prefix as under the indent', () => {
    expect(hangingWrap('# ', 'a'.repeat(40), 20, { indent: '#       ' })).toEqual([
      `# ${'a'.repeat(18)}`,
      `#       ${'a'.repeat(12)}`,
      `#       ${'a'.repeat(10)}`,
    ]);
  });

  it('measures width without colour codes', () => {
    expect(visibleLength('\u001b[1mbold\u001b[22m é')).toBe(6);
  });

  it('measures emoji and CJK as two columns, combining accents as none', () => {
    expect(visibleLength('👍')).toBe(2);
    expect(visibleLength('数据')).toBe(4);
    expect(visibleLength('e\u0301e\u0301n')).toBe(3);
    expect(wrap('数据 数据 数据', 9)).toEqual(['数据 数据', '数据']);
    expect(wrap('👍👍👍👍👍', 4)).toEqual(['👍👍', '👍👍', '👍']);
    expect(wrap('a 👍 b', 1)).toEqual(['a', '👍', 'b']);
    expect(wrap('ee\u0301n twee\u0301', 8)).toEqual(['ee\u0301n twee\u0301']);
  });

  it('cuts a long word between characters, never inside a colour code, and closes the colour on each line', () => {
    const lines = wrap('\u001b[1mabcdefgh\u001b[22m', 3);
    expect(lines.map(stripAnsi)).toEqual(['abc', 'def', 'gh']);
    for (const line of lines) {
      expect(line.startsWith('\u001b[1m') && line.endsWith('\u001b[22m')).toBe(true);
      expect(visibleLength(line)).toBeLessThanOrEqual(3);
    }
    // A colour code exactly where the word is cut goes with the characters it colours.
    expect(wrap('abc\u001b[1mdef\u001b[22m', 3)).toEqual(['abc', '\u001b[1mdef\u001b[22m']);
  });

  it('never cuts a word that fits on a line, even when the line before has room for part of it', () => {
    expect(wrap('a bcdef', 5)).toEqual(['a', 'bcdef']);
    expect(wrap('\u001b[2mab cd\u001b[22m', 2)).toEqual(['\u001b[2mab', 'cd\u001b[22m']);
  });

  it('lays out columns with wrapped cells, indents kept on every line and right alignment', () => {
    const lines = layout(
      [[{ text: 'Knowledge of data analysis', indent: 2 }, '2.50', 'x']],
      [
        { width: 14, wrap: true },
        { width: 5, align: 'right' },
        { width: 1, space: 1 },
      ],
    );
    expect(lines).toEqual(['  Knowledge of   2.50 x', '  data', '  analysis']);
  });
});
