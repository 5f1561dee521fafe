/**
 * An interview on this terminal, as `run` and `consensus` hold it: the prompts drawn on `ui`,
 * Ctrl-C turned into a cancel that the interview answers by saving (it takes more turns of the
 * event loop than an exit clean-up has, so the command listens for SIGINT itself; signal-exit leaves
 * a signal with a listener of its own alone), and SIGHUP or
 * SIGTERM releasing the answer file's lock and giving the cursor back before the process ends.
 */
import type { Messages } from '../prompt/messages.js';
import { terminalPrompts, type TerminalPrompts } from '../prompt/terminal/prompts.js';
import { cleanUpOnExit } from '../node/output.js';
import type { Style } from '../util/style.js';

export async function inTerminal<T>(
  ui: NodeJS.WriteStream,
  options: { messages: Messages; style: Style; release(): void },
  hold: (prompts: TerminalPrompts) => Promise<T>,
): Promise<T> {
  const abort = new AbortController();
  const onInterrupt = () => abort.abort();
  process.on('SIGINT', onInterrupt);
  // Every answer is on disk already: only the lock needs removing (and the cursor showing again,
  // bracketed paste off) before the process ends with 129 or 143.
  const forgetOnExit = cleanUpOnExit(() => {
    options.release();
    if (ui.isTTY) ui.write('\x1b[?25h\x1b[?2004l');
  });
  const prompts = terminalPrompts({
    input: process.stdin,
    output: ui,
    signal: abort.signal,
    get columns() {
      return ui.columns ?? 80;
    },
    get rows() {
      return ui.rows;
    },
    messages: options.messages,
    style: options.style,
  });
  try {
    return await hold(prompts);
  } finally {
    prompts.close();
    process.off('SIGINT', onInterrupt);
    forgetOnExit();
  }
}
