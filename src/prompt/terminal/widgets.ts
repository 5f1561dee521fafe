/**
 * The two terminal widgets every screen of the interview is drawn with: a numbered list and a line
 * of text, @inquirer/prompts bound to `{input, output, signal}` (tests bind them to streams of
 * their own). Messages come ready to show, styled and wrapped; the list wraps long choices itself.
 */
import { styleText } from 'node:util';
import { input, select, Separator } from '@inquirer/prompts';
import { safeText } from '../../util/safe-text.js';
import { wrap } from '../../util/text.js';

export interface Choice<V> {
  value: V;
  name: string;
  /** Shown under the list while this choice is highlighted. */
  description?: string;
}

/** A heading between choices; it cannot be chosen. */
export interface Heading {
  heading: string;
}

export interface SelectOptions<V> {
  /** Everything above the list: may span several lines. */
  message: string;
  choices: (Choice<V> | Heading)[];
  /** The value highlighted first. */
  default?: V;
  /** One line under the list that says which keys do what. */
  help?: string;
  /** Most choices shown at once (the list scrolls beyond). */
  pageSize?: number;
}

export interface TextOptions {
  message: string;
  /** Accepted with Enter on an empty line; Backspace drops it, Tab makes it editable. */
  default?: string;
}

export interface PromptIO {
  input?: NodeJS.ReadableStream;
  /** A stream, or a function giving each prompt a stream of its own (a prompt ends its stream). */
  output?: NodeJS.WritableStream | (() => NodeJS.WritableStream);
  /** Aborting it ends the prompt on screen with an AbortPromptError. */
  signal?: AbortSignal;
  /** Terminal size, to wrap long choices by word and keep the list on one screen. */
  columns?: number;
  rows?: number;
}

const plain = (text: string) => text;
// Messages come styled (or not) by the screens, so the theme adds no prefix and no bold.
const theme = { prefix: { idle: '', done: '' }, style: { message: plain } };

function context(io: PromptIO) {
  return {
    ...(io.input ? { input: io.input } : {}),
    ...(io.output ? { output: typeof io.output === 'function' ? io.output() : io.output } : {}),
    ...(io.signal ? { signal: io.signal } : {}),
    // Each prompt replaces the previous one on screen: a projected workshop screen stays calm.
    clearPromptOnDone: true,
  };
}

/** A list chosen from with the arrow keys or a number; resolves with the chosen value. */
export function terminalSelect<V>(io: PromptIO, options: SelectOptions<V>): Promise<V> {
  const columns = io.columns ?? 80;
  let number = 0;
  let lines = 0;
  const choices = options.choices.map((c) => {
    lines++;
    if ('heading' in c) return new Separator(c.heading);
    // Long option texts wrap by word, continuing under the text after `❯ 12. `.
    const indent = 2 + `${++number}. `.length;
    const wrapped = wrap(c.name, Math.max(20, columns - indent - 1));
    lines += wrapped.length - 1;
    const name = wrapped.join(`\n${' '.repeat(indent)}`);
    return { value: c.value, name, ...(c.description ? { description: c.description } : {}) };
  });
  const room = io.rows !== undefined ? Math.max(8, io.rows - options.message.split('\n').length - 4) : lines;
  const help = options.help;
  return select<V>(
    {
      message: options.message,
      choices,
      loop: false,
      pageSize: Math.min(options.pageSize ?? lines, room),
      ...(options.default !== undefined ? { default: options.default } : {}),
      theme: { ...theme, indexMode: 'number', style: { ...theme.style, keysHelpTip: () => help } },
    },
    context(io),
  );
}

/**
 * A line of text; resolves with what was typed. The default may come from a file (the note an
 * answer has): it is shown as safe text, also once Tab makes it editable, and Enter keeps it as the
 * file has it. The styles are @inquirer's own (cyan answer, dim default), applied to the safe text.
 */
export function terminalText(io: PromptIO, options: TextOptions): Promise<string> {
  return input(
    {
      message: options.message,
      ...(options.default ? { default: options.default } : {}),
      transformer: (value, { isFinal }) => (isFinal ? styleText('cyan', safeText(value)) : safeText(value)),
      theme: {
        ...theme,
        prefix: { idle: '?', done: '' },
        style: { ...theme.style, defaultAnswer: (text: string) => styleText('dim', `(${safeText(text)})`) },
      },
    },
    context(io),
  );
}
