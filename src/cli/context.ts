import type { Style } from '../util/style.js';

/** What a command may use of the process: output streams and styles, decided once in main. */
export interface CommandContext {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Style for stdout (colour only when stdout is a terminal). */
  style: Style;
  /** Style for stderr. */
  errStyle: Style;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  stdoutColumns: number;
  version: string;
}
