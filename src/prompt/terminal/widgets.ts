/**
 * The two terminal widgets every screen of the interview is drawn with: a list (list-prompt.ts)
 * and a line of text (text-prompt.ts), bound to `{input, output, signal}` (tests bind them to
 * streams of their own). A screen comes as a function of the terminal's width, its messages ready
 * to show, styled: it is built again at each drawing, so a resize rewraps all of it; the widgets
 * fit every line to the width (at most MAX_WIDTH columns) by word. All prompts on one input read it through one
 * key queue (keys.ts), so keys typed before a prompt appears reach it.
 */
import { keyQueueOf, type PromptKind } from './keys.js';
import { listItems, type Choice, type Heading } from './list.js';
import { listPrompt } from './list-prompt.js';
import { textPrompt } from './text-prompt.js';

export type { Choice, Heading } from './list.js';

export interface SelectOptions<V> {
  /** Everything above the list: may span several lines. */
  message: string;
  /**
   * Above the list instead of `message` in a window where `message` and the whole list do not fit
   * together: the same text with what can be read elsewhere folded into a line.
   */
  folded?: string;
  choices: (Choice<V> | Heading)[];
  /** The value highlighted first. */
  default?: V;
  /** What is under the list: which keys do what. */
  help?: string;
  /** Shown instead of the help while a number is typed (a list of 10 or more): `Nummer 12: Enter kiest`. */
  numberTyped?(number: string): string;
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

// A terminal that knows bracketed paste marks pasted text while this is on (keys.ts keeps it text).
const PASTE_ON = '\x1b[?2004h';
const PASTE_OFF = '\x1b[?2004l';

/** Runs one prompt on the shared key queue with its own output stream; the queue is let go when it ends. */
async function run<T>(
  io: PromptIO,
  kind: PromptKind,
  prompt: (context: {
    input?: NodeJS.ReadableStream;
    output?: NodeJS.WritableStream;
    signal?: AbortSignal;
    clearPromptOnDone: boolean;
  }) => Promise<T>,
): Promise<T> {
  const output = typeof io.output === 'function' ? io.output() : io.output;
  const keys = io.input ? keyQueueOf(io.input).open(kind) : undefined;
  // Only while a line of text is asked: a list takes no text, and the shell after us may not expect it.
  const brackets = kind === 'text' && (output as { isTTY?: boolean } | undefined)?.isTTY === true;
  if (brackets) output?.write(PASTE_ON);
  try {
    return await prompt({
      ...(keys ? { input: keys.input } : {}),
      ...(output ? { output } : {}),
      ...(io.signal ? { signal: io.signal } : {}),
      // Each prompt replaces the previous one on screen: a projected workshop screen stays calm.
      clearPromptOnDone: true,
    });
  } finally {
    if (brackets) output?.write(PASTE_OFF);
    keys?.release();
  }
}

/**
 * A list chosen from with the arrow keys, Home and End, a number or a letter; resolves with the
 * chosen value. `screen` gives the list at a width: its choices are taken once, its message at
 * every drawing.
 */
export async function terminalSelect<V>(io: PromptIO, screen: (columns: number) => SelectOptions<V>): Promise<V> {
  const columns = () => io.columns ?? 80;
  const options = screen(columns());
  const items = listItems(options.choices);
  const initial = items.findIndex((item) =>
    options.default !== undefined ? 'value' in item && item.value === options.default : !('heading' in item),
  );
  const size = () => ({ columns: columns(), ...(io.rows !== undefined ? { rows: io.rows } : {}) });
  return (await run(io, 'list', (context) =>
    listPrompt(
      {
        message: (width: number) => screen(width).message,
        ...(options.folded !== undefined
          ? { folded: (width: number) => screen(width).folded ?? screen(width).message }
          : {}),
        items,
        initial: Math.max(0, initial),
        size,
        ...(options.help !== undefined ? { help: options.help } : {}),
        ...(options.numberTyped ? { numberTyped: options.numberTyped } : {}),
        ...(context.output ? { screen: context.output } : {}),
      },
      context,
    ),
  )) as V;
}

/**
 * A line of text; resolves with what was typed. `screen` gives its message at a width, built again
 * at every drawing. The default may come from a file (the note an answer has): text-prompt.ts shows
 * it as safe text, and Enter keeps it as the file has it.
 */
export function terminalText(
  io: PromptIO,
  screen: (columns: number) => TextOptions,
  onChange?: (value: string) => void,
): Promise<string> {
  const columns = () => io.columns ?? 80;
  const { default: fallback } = screen(columns());
  return run(io, 'text', (context) =>
    textPrompt(
      {
        message: (width) => screen(width).message,
        columns,
        ...(fallback ? { default: fallback } : {}),
        ...(context.output ? { screen: context.output } : {}),
        ...(onChange ? { onChange } : {}),
      },
      context,
    ),
  );
}
