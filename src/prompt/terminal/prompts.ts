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

/** `options` is read at every drawing, so getters for `columns` and `rows` follow resizes. */
export function terminalPrompts(options: TerminalOptions): TerminalPrompts {
  // A screen at the width it is drawn at; screens wrap to the width the widgets show text in: never wider than MAX_WIDTH.
  const at =
    <S>(screen: (look: Look) => S) =>
    (columns: number): S =>
      screen({ style: options.style ?? plainStyle, columns: Math.min(MAX_WIDTH, columns), messages: options.messages });
  return {
    close: () => releaseInput(options),
    detail: (view) =>
      terminalText(
        options,
        at((look) => detailScreen(view, look)),
      ),
    question: (view) =>
      terminalSelect(
        options,
        at((look) => questionScreen(view, look)),
      ),
    note: (view, typing) =>
      terminalText(
        options,
        at((look) => noteScreen(view, look)),
        typing,
      ),
    review: (view) =>
      terminalSelect(
        options,
        at((look) => reviewScreen(view, look)),
      ),
    confirm: (view) =>
      terminalSelect(
        options,
        at((look) => confirmScreen(view, look)),
      ),
    target: (view) =>
      terminalSelect(
        options,
        at((look) => targetScreen(view, look)),
      ),
    saveFailed: (view) =>
      terminalSelect(
        options,
        at((look) => saveFailedScreen(view, look)),
      ),
    saveTo: (view) =>
      terminalText(
        options,
        at((look) => saveToScreen(view, look)),
      ),
  };
}
