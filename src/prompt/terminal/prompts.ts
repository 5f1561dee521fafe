/** The interview in a terminal: each view drawn as its screen with the terminal widgets. */
import { plainStyle, type Style } from '../../util/style.js';
import type { Messages } from '../messages.js';
import type { Prompts } from '../prompts.js';
import {
  confirmScreen,
  detailScreen,
  noteScreen,
  questionScreen,
  reviewScreen,
  saveFailedScreen,
  saveToScreen,
  targetScreen,
  type Look,
} from './screens.js';
import { MAX_WIDTH } from './list.js';
import { releaseInput, terminalSelect, terminalText, type PromptIO } from './widgets.js';

export interface TerminalOptions extends PromptIO {
  /** The interview's catalogue: the terminal adds its key help and its own phrasing of answers. */
  messages: Messages;
  style?: Style;
}

export interface TerminalPrompts extends Prompts {
  /** Gives the terminal back (its keys are read for the whole interview): call it when the interview ends. */
  close(): void;
}

/** `options` is read at every prompt, so getters for `columns` and `rows` follow resizes. */
export function terminalPrompts(options: TerminalOptions): TerminalPrompts {
  const look = (): Look => ({
    style: options.style ?? plainStyle,
    // Screens wrap to the width the widgets show text in: never wider than MAX_WIDTH.
    columns: Math.min(MAX_WIDTH, options.columns ?? 80),
    messages: options.messages,
  });
  return {
    close: () => releaseInput(options),
    detail: (view) => terminalText(options, detailScreen(view, look())),
    question: (view) => terminalSelect(options, questionScreen(view, look())),
    note: (view) => terminalText(options, noteScreen(view, look())),
    review: (view) => terminalSelect(options, reviewScreen(view, look())),
    confirm: (view) => terminalSelect(options, confirmScreen(view, look())),
    target: (view) => terminalSelect(options, targetScreen(view, look())),
    saveFailed: (view) => terminalSelect(options, saveFailedScreen(view, look())),
    saveTo: (view) => terminalText(options, saveToScreen(view, look())),
  };
}
