/**
 * The list every choosing screen of the interview is drawn with, on @inquirer/core: arrow keys,
 * Home and End move; Enter, a number or an entry's letter chooses. Other keys do nothing (a letter
 * never jumps to an entry that starts with it). Every line is fitted to the width by word; in a
 * short window the list scrolls under the text above it; a resize draws the whole of it again.
 */
import { createPrompt, useEffect, useKeypress, usePagination, useRef, useState } from '@inquirer/core';
import {
  entryByKey,
  entryLines,
  firstEntry,
  fitLines,
  headingLines,
  lastEntry,
  listHeight,
  move,
  pickByDigit,
  textWidth,
  type ListItem,
} from './list.js';

export interface ListConfig {
  /** Everything above the list: may span several lines. */
  message: string;
  items: ListItem<unknown>[];
  /** The entry highlighted first. */
  initial: number;
  help?: string;
  /** Most lines the list takes (it scrolls beyond). */
  pageSize?: number;
  /** The terminal's size now. */
  size(): { columns: number; rows?: number };
  /** The terminal written to: its `resize` events redraw the list. */
  screen?: NodeJS.WritableStream;
}

const HIDE_CURSOR = '\x1b[?25l';
// After a resize the old lines may have been rewrapped by the terminal: clear it and start at the top.
const CLEAR_SCREEN = '\x1b[H\x1b[2J';
// Digits of a longer number (10 or more entries) count as one when typed within this time.
const NUMBER_PAUSE_MS = 1000;

export const listPrompt = createPrompt<unknown, ListConfig>((config, done) => {
  const { items } = config;
  const [active, setActive] = useState(config.initial);
  const [, setDrawn] = useState(0);
  const digits = useRef<{ typed: string; timer?: ReturnType<typeof setTimeout> }>({ typed: '' });

  useEffect(() => {
    const { screen } = config;
    const redraw = () => {
      screen?.write(CLEAR_SCREEN);
      setDrawn((n) => n + 1);
    };
    screen?.on('resize', redraw);
    return () => {
      screen?.off('resize', redraw);
      clearTimeout(digits.current.timer);
    };
  }, []);

  useKeypress((key, rl) => {
    // Letters go into readline's line as well: the list has none, so it stays empty.
    if (rl.line) rl.clearLine(0);
    if (key.name === 'return' || key.name === 'enter') {
      const entry = items[active];
      if (entry && !('heading' in entry)) done(entry.value);
    } else if (key.name === 'up' || key.name === 'down') {
      setActive(move(items, active, key.name === 'up' ? -1 : 1));
    } else if (key.name === 'home' || key.name === 'end') {
      setActive(key.name === 'home' ? firstEntry(items) : lastEntry(items));
    } else if (/^[0-9]$/.test(key.name) && !key.ctrl) {
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
  const message = fitLines(config.message, width);
  const help = config.help ? fitLines(config.help, width) : [];
  const linesOf = (item: ListItem<unknown>, isActive: boolean) =>
    'heading' in item ? headingLines(item, width) : entryLines(item, isActive, width);
  const descriptionOf = (item: ListItem<unknown> | undefined) =>
    item && !('heading' in item) && item.description ? fitLines(item.description, width) : [];
  const description = descriptionOf(items[active]);
  // Room for the longest description, so the list keeps its height as the highlight moves.
  const described = Math.max(0, ...items.map((item) => descriptionOf(item).length));
  const listLines = items.reduce((sum, item) => sum + linesOf(item, false).length, 0);
  const page = usePagination({
    items,
    active,
    loop: false,
    pageSize: listHeight(listLines, message.length + described + help.length, rows, config.pageSize),
    renderItem: ({ item, isActive }) => linesOf(item, isActive).join('\n'),
  });
  return [...message, page, ...description, ...help].join('\n') + HIDE_CURSOR;
});
