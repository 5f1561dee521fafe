/**
 * The list every choosing screen of the interview is drawn with, on @inquirer/core: arrow keys,
 * Home and End move; Enter, a number or an entry's letter chooses. Other keys do nothing (a letter
 * never jumps to an entry that starts with it). Every line is fitted to the width by word; in a
 * short window the list scrolls under the text above it, whole entries in every row it has
 * (list.ts: fitToRows, pageOf); a resize draws the whole of it again.
 */
import { createPrompt, useEffect, useKeypress, useRef, useState } from '@inquirer/core';
import { useRedrawOnResize } from './resize.js';
import {
  entryByKey,
  entryLines,
  firstEntry,
  fitLines,
  fitsWhole,
  fitToRows,
  headingLines,
  lastEntry,
  move,
  pageOf,
  pickByDigit,
  textWidth,
  type ListItem,
} from './list.js';

export interface ListConfig {
  /** Everything above the list, for a terminal `columns` wide: may span several lines. */
  message(columns: number): string;
  /** The text above the list for a window where `message` and the whole list do not fit together. */
  folded?(columns: number): string;
  items: ListItem<unknown>[];
  /** The entry highlighted first. */
  initial: number;
  help?: string;
  /** Shown instead of the help while a number is typed. */
  numberTyped?(number: string): string;
  /** The terminal's size now. */
  size(): { columns: number; rows?: number };
  /** The terminal written to: its `resize` events redraw the list. */
  screen?: NodeJS.WritableStream;
}

const HIDE_CURSOR = '\x1b[?25l';
// Digits of a longer number (10 or more entries) count as one when typed within this time.
const NUMBER_PAUSE_MS = 1000;

export const listPrompt = createPrompt<unknown, ListConfig>((config, done) => {
  const { items } = config;
  const [active, setActive] = useState(config.initial);
  // The entry the list starts at: it moves only as far as the highlight needs.
  const top = useRef(0);
  const digits = useRef<{ typed: string; timer?: ReturnType<typeof setTimeout> }>({ typed: '' });
  // The number the highlight was moved to by digits (10 or more entries), shown until another key moves it.
  const [number, setNumber] = useState('');

  useRedrawOnResize(config.screen);
  useEffect(() => () => clearTimeout(digits.current.timer), []);

  useKeypress((key, rl) => {
    // Letters go into readline's line as well: the list has none, so it stays empty.
    if (rl.line) rl.clearLine(0);
    const digit = /^[0-9]$/.test(key.name) && !key.ctrl;
    if (!digit) setNumber('');
    if (key.name === 'return' || key.name === 'enter') {
      const entry = items[active];
      if (entry && !('heading' in entry)) done(entry.value);
    } else if (key.name === 'up' || key.name === 'down') {
      setActive(move(items, active, key.name === 'up' ? -1 : 1));
    } else if (key.name === 'home' || key.name === 'end') {
      setActive(key.name === 'home' ? firstEntry(items) : lastEntry(items));
    } else if (digit) {
      const pick = pickByDigit(items, digits.current.typed, key.name);
      clearTimeout(digits.current.timer);
      digits.current = { typed: pick.typed };
      if (pick.typed) {
        const timer = setTimeout(() => (digits.current.typed = ''), NUMBER_PAUSE_MS);
        timer.unref();
        digits.current.timer = timer;
      }
      if (pick.index === undefined) return;
      setActive(pick.index);
      const entry = items[pick.index];
      if (pick.choose && entry && !('heading' in entry)) done(entry.value);
      else setNumber(entry && 'label' in entry ? entry.label.replace(/\.$/, '') : '');
    } else if (/^[a-z]$/.test(key.name) && !key.ctrl) {
      const index = entryByKey(items, key.name);
      const entry = items[index];
      if (entry && !('heading' in entry)) {
        setActive(index);
        done(entry.value);
      }
    }
  });

  const { columns, rows } = config.size();
  const width = textWidth(columns);
  const helpText = number && config.numberTyped ? config.numberTyped(number) : config.help;
  const help = helpText ? fitLines(helpText, width) : [];
  const blocks = items.map((item, index) =>
    'heading' in item ? headingLines(item, width) : entryLines(item, index === active, width),
  );
  const descriptionOf = (item: ListItem<unknown> | undefined) =>
    item && !('heading' in item) && item.description ? fitLines(item.description, width) : [];
  const description = descriptionOf(items[active]);
  const parts = {
    list: blocks.reduce((sum, block) => sum + block.length, 0),
    description: description.length,
    help: help.length,
    highlighted: blocks[active]?.length ?? 1,
    // Room for the longest description, so the list keeps its height as the highlight moves.
    reserve: Math.max(0, ...items.map((item) => descriptionOf(item).length)),
  };
  const whole = fitLines(config.message(columns), width);
  // Decided with the key help, not the shorter number being typed: typing does not unfold the text.
  const keyHelp = config.help ? fitLines(config.help, width).length : 0;
  const message =
    config.folded && !fitsWhole(rows, { ...parts, help: Math.max(help.length, keyHelp), message: whole.length })
      ? fitLines(config.folded(columns), width)
      : whole;
  const shown = fitToRows(rows, { ...parts, message: message.length });
  const page = pageOf(blocks, active, shown.list, top.current);
  top.current = page.top;
  return (
    [
      ...message.slice(0, shown.message),
      ...page.lines,
      ...description.slice(0, shown.description),
      ...help.slice(0, shown.help),
    ].join('\n') + HIDE_CURSOR
  );
});
