/** The terminal list's pure parts: numbering, keys, digits, fitting text, the list's height. */
import { describe, expect, it } from 'vitest';
import {
  entryByKey,
  entryLines,
  firstEntry,
  fitLines,
  lastEntry,
  listHeight,
  listItems,
  move,
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
    expect(listHeight(12, 5, undefined)).toBe(12);
    expect(listHeight(12, 5, undefined, 8)).toBe(8);
    expect(listHeight(12, 5, 50)).toBe(12);
    expect(listHeight(12, 5, 10)).toBe(4);
    expect(listHeight(12, 20, 10)).toBe(1);
  });
});
