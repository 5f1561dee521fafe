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
import { terminalSelect, terminalText, type PromptIO } from './widgets.js';

export interface TerminalOptions extends PromptIO {
  /** The interview's catalogue: the terminal adds its key help and its own phrasing of answers. */
  messages: Messages;
  style?: Style;
}

/** `options` is read at every prompt, so getters for `columns` and `rows` follow resizes. */
export function terminalPrompts(options: TerminalOptions): Prompts {
  const look = (): Look => ({
    style: options.style ?? plainStyle,
    columns: options.columns ?? 80,
    messages: options.messages,
  });
  return {
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
