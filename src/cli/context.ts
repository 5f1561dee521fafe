import type { Style } from '../util/style.js';

/** What a command may use of the process: output streams, styles and global options, decided once in main. */
export interface CommandContext {
  /** Text, or bytes (a workbook written to a pipe). */
  stdout(text: string | Uint8Array): void;
  /**
   * Resolves when stdout can take more: at once, unless a reader (a pipe into jq, say) is slower
   * than the command. Commands that stream call it between items, so memory does not fill with
   * output nobody has read yet.
   */
  drain(): Promise<void>;
  stderr(text: string): void;
  /** Style for stdout (colour only when stdout is a terminal). */
  style: Style;
  /** Style for stderr. */
  errStyle: Style;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  stdoutColumns: number;
  version: string;
  /** Whether the cache of checked questionnaires may be used (false with --no-cache, which bin/datascan.js reads too). */
  cache: boolean;
  /** The language of datascan's own messages, findings and headings (see ./language.ts). */
  language: string;
}

/** Width for a report: the terminal's when printing to one (within reason), else 80. */
export function reportWidth(ctx: CommandContext, toFile: boolean): number {
  return ctx.stdoutIsTTY && !toFile ? Math.min(Math.max(ctx.stdoutColumns, 40), 120) : 80;
}
