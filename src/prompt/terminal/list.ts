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
}

/** A heading between choices; it cannot be chosen. */
export interface Heading {
  heading: string;
}

/** A choice as the list shows it: `label` is `1.` or `[w]`. */
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
  let number = 0;
  return choices.map((c) => {
    if ('heading' in c) return c;
    return { ...c, label: c.key !== undefined ? `[${c.key}]` : `${++number}.` };
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
 * A digit typed after `typed`. With fewer than 10 numbered entries a digit is a whole number: it
 * chooses that entry at once. With 10 or more, digits typed in a row build a number (`1`, `2`:
 * 12) that moves the highlight, and Enter chooses; a digit that cannot continue the number starts
 * a new one.
 */
export function pickByDigit<V>(items: ListItem<V>[], typed: string, digit: string): DigitPick {
  const numbered = items.flatMap((item, index) => (isEntry(item) && item.key === undefined ? [index] : []));
  const at = (n: number) => (n >= 1 && n <= numbered.length ? numbered[n - 1] : undefined);
  if (numbered.length < 10) {
    const index = at(Number(digit));
    return index === undefined ? { choose: false, typed: '' } : { index, choose: true, typed: '' };
  }
  for (const candidate of [typed + digit, digit]) {
    const index = at(Number(candidate));
    if (candidate.startsWith('0') || index === undefined) continue;
    // Nothing longer starts with it: the next digit begins a new number.
    const complete = Number(candidate) * 10 > numbered.length;
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

/**
 * How many lines the list may take: all it has (or `wanted`), but in a window of `rows` only what
 * is left under the `fixed` lines (the question above it, the help under it) and the cursor's
 * line, so the question stays on screen and the list scrolls instead. At least one line.
 */
export function listHeight(listLines: number, fixed: number, rows: number | undefined, wanted?: number): number {
  const height = Math.min(wanted ?? listLines, listLines);
  return rows === undefined ? height : Math.max(1, Math.min(height, rows - 1 - fixed));
}
