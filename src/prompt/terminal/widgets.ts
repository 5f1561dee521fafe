/**
 * The two terminal widgets every screen of the interview is drawn with: a list (list-prompt.ts)
 * and a line of text (@inquirer/prompts' input), bound to `{input, output, signal}` (tests bind
 * them to streams of their own). Messages come ready to show, styled; the widgets fit every line
 * to the width (at most MAX_WIDTH columns) by word. All prompts on one input read it through one
 * key queue (keys.ts), so keys typed before a prompt appears reach it.
 */
import { styleText } from 'node:util';
import { input as inputPrompt } from '@inquirer/prompts';
import { safeText } from '../../util/safe-text.js';
import { keyQueueOf } from './keys.js';
import { fitLines, listItems, textWidth, type Choice, type Heading } from './list.js';
import { listPrompt } from './list-prompt.js';

export type { Choice, Heading } from './list.js';

export interface SelectOptions<V> {
  /** Everything above the list: may span several lines. */
  message: string;
  choices: (Choice<V> | Heading)[];
  /** The value highlighted first. */
  default?: V;
  /** What is under the list: which keys do what. */
  help?: string;
  /** Most lines the list takes at once (it scrolls beyond). */
  pageSize?: number;
}

export interface TextOptions {
  message: string;
  /** Accepted with Enter on an empty line; Backspace drops it, Tab makes it editable. */
  default?: string;
}

export interface PromptIO {
  /** The terminal's keys; without it @inquirer reads its own default input. */
  input?: NodeJS.ReadableStream;
  /** A stream, or a function giving each prompt a stream of its own (a prompt ends its stream). */
  output?: NodeJS.WritableStream | (() => NodeJS.WritableStream);
  /** Aborting it ends the prompt on screen with an AbortPromptError. */
  signal?: AbortSignal;
  /** Terminal size, read at every drawing: to fit lines by word and keep the list on one screen. */
  columns?: number;
  rows?: number;
}

/** Ends the terminal's key queue: call it once the last prompt is answered. */
export function releaseInput(io: PromptIO): void {
  if (io.input) keyQueueOf(io.input).close();
}

const plain = (text: string) => text;
// Messages come styled (or not) by the screens, so the theme adds no prefix and no bold.
const theme = { prefix: { idle: '', done: '' }, style: { message: plain } };

/** Runs one prompt on the shared key queue with its own output stream; the queue is let go when it ends. */
async function run<T>(
  io: PromptIO,
  prompt: (context: {
    input?: NodeJS.ReadableStream;
    output?: NodeJS.WritableStream;
    signal?: AbortSignal;
    clearPromptOnDone: boolean;
  }) => Promise<T>,
): Promise<T> {
  const output = typeof io.output === 'function' ? io.output() : io.output;
  const keys = io.input ? keyQueueOf(io.input).open() : undefined;
  try {
    return await prompt({
      ...(keys ? { input: keys.input } : {}),
      ...(output ? { output } : {}),
      ...(io.signal ? { signal: io.signal } : {}),
      // Each prompt replaces the previous one on screen: a projected workshop screen stays calm.
      clearPromptOnDone: true,
    });
  } finally {
    keys?.release();
  }
}

/** A list chosen from with the arrow keys, Home and End, a number or a letter; resolves with the chosen value. */
export async function terminalSelect<V>(io: PromptIO, options: SelectOptions<V>): Promise<V> {
  const items = listItems(options.choices);
  const initial = items.findIndex((item) =>
    options.default !== undefined ? 'value' in item && item.value === options.default : !('heading' in item),
  );
  const size = () => ({ columns: io.columns ?? 80, ...(io.rows !== undefined ? { rows: io.rows } : {}) });
  return (await run(io, (context) =>
    listPrompt(
      {
        message: options.message,
        items,
        initial: Math.max(0, initial),
        size,
        ...(options.help !== undefined ? { help: options.help } : {}),
        ...(options.pageSize !== undefined ? { pageSize: options.pageSize } : {}),
        ...(context.output ? { screen: context.output } : {}),
      },
      context,
    ),
  )) as V;
}

/**
 * A line of text; resolves with what was typed. The default may come from a file (the note an
 * answer has): it is shown as safe text, also once Tab makes it editable, and Enter keeps it as the
 * file has it. The styles are @inquirer's own (cyan answer, dim default), applied to the safe text.
 */
export function terminalText(io: PromptIO, options: TextOptions): Promise<string> {
  // `? ` goes before the first line.
  const width = textWidth(io.columns ?? 80) - 2;
  return run(io, (context) =>
    inputPrompt(
      {
        message: fitLines(options.message, width).join('\n'),
        ...(options.default ? { default: options.default } : {}),
        transformer: (value, { isFinal }) => (isFinal ? styleText('cyan', safeText(value)) : safeText(value)),
        theme: {
          ...theme,
          prefix: { idle: '?', done: '' },
          style: { ...theme.style, defaultAnswer: (text: string) => styleText('dim', `(${safeText(text)})`) },
        },
      },
      context,
    ),
  );
}
