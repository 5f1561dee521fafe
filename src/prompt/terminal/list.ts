/**
 * The terminal list's pure parts: which entry a key picks, how text and entries fit the width, how
 * many lines the list may take. list-prompt.ts draws with them.
 */
import { hangingWrap, visibleLength, wrap } from '../../util/text.js';

export interface Choice<V> {
  value: V;
  name: string;
  /** Shown under the list while this choice is highlighted. */
  description?: string;
  /**
   * A letter that chooses it at once, shown as `[w]` before its name. Choices without one are
   * numbered 1, 2, … in order, so a digit always means the same kind of choice.
   */
  key?: string;
  /**
   * Its number instead of its place (a choice without a key): shown before its name and typed to
   * choose it. Give it to every numbered choice of a list or to none.
   */
  number?: number;
}

/** From this number on, digits typed in a row make one number, chosen with Enter. */
export const MANY_NUMBERS = 10;

/** Each choice's number (its own, else its place among the choices without a key, from 1); none for the others. */
function numbering(choices: (Choice<unknown> | Heading)[]): (number | undefined)[] {
  let place = 0;
  return choices.map((c) => ('heading' in c || c.key !== undefined ? undefined : (++place, c.number ?? place)));
}

const highest = (numbers: (number | undefined)[]) => Math.max(0, ...numbers.filter((n) => n !== undefined));

/** Whether digits in a list of `choices` build a number to confirm with Enter (else one digit chooses at once). */
export function numbersNeedEnter(choices: (Choice<unknown> | Heading)[]): boolean {
  return highest(numbering(choices)) >= MANY_NUMBERS;
}

/** A heading between choices; it cannot be chosen. */
export interface Heading {
  heading: string;
}

/** A choice as the list shows it: `label` is `1.` or `[w]`; `number` is set where there is no key. */
export interface ListEntry<V> extends Choice<V> {
  label: string;
}

export type ListItem<V> = ListEntry<V> | Heading;

/** Text never runs wider than this, however wide the terminal: a 190-column line is unreadable on a projector. */
export const MAX_WIDTH = 100;

export function textWidth(columns: number): number {
  return Math.max(20, Math.min(MAX_WIDTH, columns));
}

/**
 * The lines of `text` within `width`: a line that fits stays as it is (its spacing too), a longer
 * one wraps at spaces, so no word that fits on a line is cut.
 */
export function fitLines(text: string, width: number): string[] {
  return text.split('\n').flatMap((line) => (visibleLength(line) <= width ? [line] : wrap(line, width)));
}

export function listItems<V>(choices: (Choice<V> | Heading)[]): ListItem<V>[] {
  const numbers = numbering(choices);
  return choices.map((c, i) => {
    if ('heading' in c) return c;
    const number = numbers[i];
    return number === undefined ? { ...c, label: `[${c.key}]` } : { ...c, number, label: `${number}.` };
  });
}

const isEntry = <V>(item: ListItem<V> | undefined): item is ListEntry<V> => item !== undefined && !('heading' in item);

/** The entry `step` entries on from `from` (headings are passed over); `from` at either end. */
export function move<V>(items: ListItem<V>[], from: number, step: 1 | -1): number {
  for (let i = from + step; i >= 0 && i < items.length; i += step) if (isEntry(items[i])) return i;
  return from;
}

export function firstEntry<V>(items: ListItem<V>[]): number {
  return items.findIndex((item) => isEntry(item));
}

export function lastEntry<V>(items: ListItem<V>[]): number {
  for (let i = items.length - 1; i >= 0; i--) if (isEntry(items[i])) return i;
  return -1;
}

/** The entry whose key is `letter` (either case), or -1. */
export function entryByKey<V>(items: ListItem<V>[], letter: string): number {
  const wanted = letter.toLowerCase();
  return items.findIndex((item) => isEntry(item) && item.key?.toLowerCase() === wanted);
}

/** What a digit typed in a list does. */
export interface DigitPick {
  /** The entry it moves to, if any. */
  index?: number;
  /** Whether that entry is chosen at once. */
  choose: boolean;
  /** Digits to keep for the next one: the start of a longer number (10 or more entries). */
  typed: string;
}

/**
 * A digit typed after `typed`. Where every entry's number is one digit a digit is a whole number:
 * it chooses that entry at once. Where some number is 10 or more (entries numbered by place: 10
 * or more of them), digits typed in a row build a number (`1`, `2`: 12) that moves the highlight,
 * and Enter chooses; a digit that cannot continue the number starts a new one.
 */
export function pickByDigit<V>(items: ListItem<V>[], typed: string, digit: string): DigitPick {
  const byNumber = new Map<number, number>();
  for (const [index, item] of items.entries())
    if (isEntry(item) && item.number !== undefined) byNumber.set(item.number, index);
  const last = highest([...byNumber.keys()]);
  if (last < MANY_NUMBERS) {
    const index = byNumber.get(Number(digit));
    return index === undefined ? { choose: false, typed: '' } : { index, choose: true, typed: '' };
  }
  for (const candidate of [typed + digit, digit]) {
    const index = byNumber.get(Number(candidate));
    if (candidate.startsWith('0') || index === undefined) continue;
    // Nothing longer starts with it: the next digit begins a new number.
    const complete = Number(candidate) * 10 > last;
    return { index, choose: false, typed: complete ? '' : candidate };
  }
  return { choose: false, typed: '' };
}

/** An entry's lines: the pointer, its number or key, its name wrapped by word under itself. */
export function entryLines<V>(entry: ListEntry<V>, active: boolean, width: number): string[] {
  return hangingWrap(`${active ? '❯' : ' '} ${entry.label} `, entry.name, width);
}

export function headingLines(heading: Heading, width: number): string[] {
  return fitLines(heading.heading, width - 2).map((line) => `  ${line}`);
}

/** How many lines each part of a list screen takes, top to bottom. */
export interface ScreenParts {
  /** The text above the list. */
  message: number;
  list: number;
  /** The highlighted entry's description. */
  description: number;
  /** The key help under it. */
  help: number;
}

/**
 * The parts of a list screen fitted to a window of `rows` (with a line for the cursor): the list
 * takes what is left under the text, so the text stays on screen and the
 * list scrolls. `highlighted`: the lines of the highlighted entry. Where even that entry has no
 * room, these give way in turn: the room kept for longer descriptions (`reserve`: the longest
 * description's lines), the key help, the description, the end of the text (its help and notes;
 * the place and the question come first). The list keeps at least one line.
 */
export function fitToRows(
  rows: number | undefined,
  parts: ScreenParts & { highlighted: number; reserve: number },
): ScreenParts {
  const { list } = parts;
  const shown = { message: parts.message, list, description: parts.description, help: parts.help };
  if (rows === undefined) return shown;
  const room = rows - 1;
  const least = Math.min(list, parts.highlighted);
  let reserve = Math.max(0, parts.reserve - parts.description);
  const left = () => room - shown.message - reserve - shown.description - shown.help;
  if (left() < least) reserve = 0;
  if (left() < least) shown.help = 0;
  if (left() < least) shown.description = 0;
  if (left() < least) shown.message = Math.max(1, room - least);
  shown.list = Math.max(1, Math.min(list, left()));
  return shown;
}

/**
 * Whether the whole screen fits a window of `rows` (with a line for the cursor): the text, every
 * entry, the room for the longest description and the key help.
 */
export function fitsWhole(rows: number | undefined, parts: ScreenParts & { reserve: number }): boolean {
  if (rows === undefined) return true;
  return parts.message + parts.list + Math.max(parts.description, parts.reserve) + parts.help <= rows - 1;
}

/** Shown as the last line where an entry goes on below the window's room for the list. */
export const CONTINUES = '    …';

/**
 * The list's lines in `height`: whole entries from `top` (an index into `blocks`, each entry's
 * lines), moved as little as needed to show the highlighted one whole. An entry that only partly
 * fits (or the highlighted one, taller than the room) ends with CONTINUES, so nothing is missing
 * unseen; the rows there are are all used. Returns the top to start from next time.
 */
export function pageOf(
  blocks: string[][],
  active: number,
  height: number,
  top: number,
): { lines: string[]; top: number } {
  const linesIn = (from: number, to: number) => blocks.slice(from, to).reduce((sum, block) => sum + block.length, 0);
  let first = Math.min(Math.max(0, top), active);
  while (first < active && linesIn(first, active + 1) > height) first++;
  // No empty rows under the last entry: start earlier while all from there on fits.
  while (first > 0 && linesIn(first - 1, blocks.length) <= height) first--;
  const lines: string[] = [];
  for (const [i, block] of blocks.slice(first).entries()) {
    const room = height - lines.length;
    if (block.length <= room) lines.push(...block);
    // One row for the highlighted entry: its first line, it cannot show more.
    else if (room === 1 && first + i === active) lines.push(block[0] ?? '');
    else if (room > 0) lines.push(...block.slice(0, room - 1), CONTINUES);
    if (lines.length >= height) break;
  }
  return { lines, top: first };
}
