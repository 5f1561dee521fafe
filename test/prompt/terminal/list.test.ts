/** The terminal list's pure parts: numbering, keys, digits, fitting text, the list's height. */
import { describe, expect, it } from 'vitest';
import {
  entryByKey,
  entryLines,
  firstEntry,
  fitLines,
  fitsWhole,
  CONTINUES,
  fitToRows,
  lastEntry,
  listItems,
  move,
  numbersNeedEnter,
  pageOf,
  pickByDigit,
  textWidth,
} from '../../../src/prompt/terminal/list.js';

const items = listItems([
  { heading: 'kop' },
  { value: 'a', name: 'Alfa' },
  { value: 'b', name: 'Bravo' },
  { value: 'w', name: 'Weet niet', key: 'w' },
  { heading: '--' },
  { value: 's', name: 'Overslaan', key: 's' },
  { value: 'c', name: 'Charlie' },
]);

describe('list entries', () => {
  it('numbers the choices without a key in order; a choice with a key shows it instead', () => {
    expect(items.map((item) => ('label' in item ? item.label : item.heading))).toEqual([
      'kop',
      '1.',
      '2.',
      '[w]',
      '--',
      '[s]',
      '3.',
    ]);
  });

  it('moves past headings and stops at either end; Home and End are the first and last entry', () => {
    expect(move(items, 1, 1)).toBe(2);
    expect(move(items, 3, 1)).toBe(5);
    expect(move(items, 1, -1)).toBe(1);
    expect(move(items, 6, 1)).toBe(6);
    expect(firstEntry(items)).toBe(1);
    expect(lastEntry(items)).toBe(6);
    expect(lastEntry(listItems([{ value: 1, name: 'x' }, { heading: 'einde' }]))).toBe(0);
  });

  it('finds an entry by its letter in either case, and nothing by a letter no entry has', () => {
    expect(entryByKey(items, 'w')).toBe(3);
    expect(entryByKey(items, 'S')).toBe(5);
    // "Alfa" starts with a, but a is nobody's key.
    expect(entryByKey(items, 'a')).toBe(-1);
  });
});

describe('digits', () => {
  it('with fewer than 10 numbered entries each digit chooses its entry at once; others do nothing', () => {
    expect(pickByDigit(items, '', '3')).toEqual({ index: 6, choose: true, typed: '' });
    expect(pickByDigit(items, '3', '1')).toEqual({ index: 1, choose: true, typed: '' });
    expect(pickByDigit(items, '', '4')).toEqual({ choose: false, typed: '' });
    expect(pickByDigit(items, '', '0')).toEqual({ choose: false, typed: '' });
  });

  it('with 10 or more, digits in a row build a number; one that cannot go on starts a new number', () => {
    const twelve = listItems(Array.from({ length: 12 }, (_, i) => ({ value: i + 1, name: `n${i + 1}` })));
    expect(pickByDigit(twelve, '', '1')).toEqual({ index: 0, choose: false, typed: '1' });
    expect(pickByDigit(twelve, '1', '2')).toEqual({ index: 11, choose: false, typed: '' });
    expect(pickByDigit(twelve, '1', '5')).toEqual({ index: 4, choose: false, typed: '' });
    expect(pickByDigit(twelve, '', '0')).toEqual({ choose: false, typed: '' });
    expect(pickByDigit(twelve, '1', '0')).toEqual({ index: 9, choose: false, typed: '' });
  });

  it('entries with numbers of their own show them, and each digit chooses the entry of its number at once', () => {
    const byValue = listItems<number | string>([
      ...[0, 1, 2, 3, 4].map((n) => ({ value: n, name: `fase ${n}`, number: n })),
      { value: 'w', name: 'Weet niet', key: 'w' },
    ]);
    expect(byValue.map((item) => ('label' in item ? item.label : ''))).toEqual(['0.', '1.', '2.', '3.', '4.', '[w]']);
    expect(pickByDigit(byValue, '', '0')).toEqual({ index: 0, choose: true, typed: '' });
    expect(pickByDigit(byValue, '', '3')).toEqual({ index: 3, choose: true, typed: '' });
    expect(pickByDigit(byValue, '', '5')).toEqual({ choose: false, typed: '' });
  });

  it('ten entries numbered 0 to 9 still choose at once; ten numbered by place need Enter', () => {
    const digits = Array.from({ length: 10 }, (_, n) => ({ value: n, name: `n${n}`, number: n }));
    expect(numbersNeedEnter(digits)).toBe(false);
    expect(pickByDigit(listItems(digits), '1', '9')).toEqual({ index: 9, choose: true, typed: '' });
    const places = digits.map(({ value, name }) => ({ value, name }));
    expect(numbersNeedEnter(places)).toBe(true);
    expect(numbersNeedEnter(places.slice(1))).toBe(false);
  });
});

describe('fitting text', () => {
  it('keeps lines that fit as they are and wraps longer ones at spaces, never inside a word', () => {
    expect(fitLines('vraag 1 van 4  ███ 0%\n\nKwaliteit van datasets', 21)).toEqual([
      'vraag 1 van 4  ███ 0%',
      '',
      'Kwaliteit van',
      'datasets',
    ]);
  });

  it('caps the width at 100 columns and keeps at least 20', () => {
    expect(textWidth(200)).toBe(100);
    expect(textWidth(60)).toBe(60);
    expect(textWidth(5)).toBe(20);
  });

  it('wraps an entry under its own text, after the pointer and its number or key', () => {
    const [, alfa, , weetNiet] = listItems([
      { heading: '' },
      { value: 1, name: 'een keuze die niet op een regel past' },
      { value: 2, name: 'x' },
      { value: 3, name: 'weet het echt niet', key: 'w' },
    ]);
    expect(entryLines(alfa as never, true, 24)).toEqual(['❯ 1. een keuze die niet', '     op een regel past']);
    expect(entryLines(weetNiet as never, false, 20)).toEqual(['  [w] weet het echt', '      niet']);
  });

  it("gives the list what the window has left under the text, the help and the cursor's line", () => {
    const parts = { message: 5, list: 12, description: 0, help: 1, highlighted: 2, reserve: 0 };
    expect(fitToRows(undefined, parts)).toEqual({ message: 5, list: 12, description: 0, help: 1 });
    expect(fitToRows(50, parts)).toEqual({ message: 5, list: 12, description: 0, help: 1 });
    expect(fitToRows(11, parts)).toEqual({ message: 5, list: 4, description: 0, help: 1 });
  });

  it('in a window too short for the highlighted entry, gives up the reserve, the help, the description, then the end of the text', () => {
    const parts = { message: 6, list: 12, description: 2, help: 2, highlighted: 3, reserve: 4 };
    expect(fitToRows(16, parts)).toEqual({ message: 6, list: 3, description: 2, help: 2 });
    expect(fitToRows(14, parts)).toEqual({ message: 6, list: 3, description: 2, help: 2 });
    expect(fitToRows(13, parts)).toEqual({ message: 6, list: 4, description: 2, help: 0 });
    expect(fitToRows(10, parts)).toEqual({ message: 6, list: 3, description: 0, help: 0 });
    expect(fitToRows(8, parts)).toEqual({ message: 4, list: 3, description: 0, help: 0 });
    expect(fitToRows(3, { ...parts, message: 20 })).toEqual({ message: 1, list: 1, description: 0, help: 0 });
  });
});

describe('whether a screen fits whole', () => {
  it('counts the text, every entry, the room for the longest description, the help and the cursor line', () => {
    const parts = { message: 6, list: 8, description: 1, help: 2, reserve: 3 };
    expect(fitsWhole(20, parts)).toBe(true);
    expect(fitsWhole(19, parts)).toBe(false);
    expect(fitsWhole(18, { ...parts, reserve: 0 })).toBe(true);
    expect(fitsWhole(17, { ...parts, reserve: 0 })).toBe(false);
    expect(fitsWhole(undefined, { ...parts, message: 500 })).toBe(true);
  });
});

describe('the page of a list', () => {
  const blocks = [['a'], ['b1', 'b2'], ['c'], ['d1', 'd2', 'd3'], ['e']];

  it('shows whole entries from the top while the highlighted one fits, and fills every row it has', () => {
    expect(pageOf(blocks, 0, 4, 0)).toEqual({ lines: ['a', 'b1', 'b2', 'c'], top: 0 });
    // d's second line would be the fifth: it is cut, and says so.
    expect(pageOf(blocks, 0, 5, 0)).toEqual({ lines: ['a', 'b1', 'b2', 'c', CONTINUES], top: 0 });
  });

  it('moves down only as far as the highlighted entry needs, and up again at the end so no row is empty', () => {
    expect(pageOf(blocks, 3, 4, 0)).toEqual({ lines: ['c', 'd1', 'd2', 'd3'], top: 2 });
    expect(pageOf(blocks, 4, 4, 2)).toEqual({ lines: ['d1', 'd2', 'd3', 'e'], top: 3 });
    expect(pageOf(blocks, 4, 6, 4)).toEqual({ lines: ['c', 'd1', 'd2', 'd3', 'e'], top: 2 });
    expect(pageOf(blocks, 1, 4, 3)).toEqual({ lines: ['b1', 'b2', 'c', CONTINUES], top: 1 });
  });

  it('a highlighted entry taller than the room shows its first lines and that it goes on', () => {
    expect(pageOf(blocks, 3, 2, 0)).toEqual({ lines: ['d1', CONTINUES], top: 3 });
    expect(pageOf(blocks, 3, 1, 0)).toEqual({ lines: ['d1'], top: 3 });
  });
});
