/**
 * The line of text every typing screen of the interview is drawn with, on @inquirer/core: the text
 * above it fitted to the width by word at every drawing, so a resize draws it again at the new
 * width. A default (a note from the file) is shown dim in brackets: Enter keeps it, Backspace
 * drops it, Tab makes it editable. What is typed is shown as safe text.
 */
import { styleText } from 'node:util';
import { createPrompt, isBackspaceKey, isEnterKey, isTabKey, useKeypress, useState } from '@inquirer/core';
import { safeText } from '../../util/safe-text.js';
import { fitLines, textWidth } from './list.js';
import { useRedrawOnResize } from './resize.js';

export interface TextConfig {
  /** Everything before the typed text, for a terminal `columns` wide: may span several lines. */
  message(columns: number): string;
  /** Kept as written when Enter is pressed on an empty line. */
  default?: string;
  /** The terminal's width now. */
  columns(): number;
  /** The terminal written to: its `resize` events redraw the prompt. */
  screen?: NodeJS.WritableStream;
  /** Told the line as it is typed: what a Ctrl-C would otherwise lose. */
  onChange?(value: string): void;
}

export const textPrompt = createPrompt<string, TextConfig>((config, done) => {
  const [value, setValue] = useState('');
  const [fallback, setFallback] = useState(config.default ?? '');
  const [finished, setFinished] = useState(false);
  useRedrawOnResize(config.screen);

  useKeypress((key, rl) => {
    if (finished) return;
    if (isEnterKey(key)) {
      const answer = value || fallback;
      setValue(answer);
      setFinished(true);
      done(answer);
    } else if (isBackspaceKey(key) && !value) {
      setFallback('');
    } else if (isTabKey(key) && !value) {
      rl.clearLine(0); // the tab itself
      rl.write(fallback);
      setValue(fallback);
      setFallback('');
      config.onChange?.(fallback);
    } else {
      setValue(rl.line);
      config.onChange?.(rl.line);
    }
  });

  const columns = config.columns();
  // `? ` goes before the first line.
  const message = fitLines(config.message(columns), textWidth(columns) - 2).join('\n');
  const shown = finished ? styleText('cyan', safeText(value)) : safeText(value);
  const hint = fallback && !value && !finished ? styleText('dim', `(${safeText(fallback)})`) : undefined;
  // The space after the message is there before anything is typed: the cursor waits where text goes.
  return [finished ? undefined : '?', message, hint, shown].filter((part) => part !== undefined).join(' ');
});
