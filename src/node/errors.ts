/** The exit-code contract (README, "Exit codes") and the error that carries one. */
import { say, tool, type Said } from './messages.js';

export const EXIT = { ok: 0, findings: 1, usage: 2, cancelled: 130 } as const;

/** Exit statuses after a signal, as a shell reports a process it killed: 128 + the signal number. */
export const SIGNAL_EXIT = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;

/**
 * A user-caused problem that ends the command with a one-line message and an exit code. `message`
 * is English; `said` says it in the user's language (see ./messages.ts).
 */
export class UserError extends Error {
  constructor(
    readonly said: Said,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(say(said, 'en'));
  }
}

/**
 * A file the user named could not be written: `cannot write FILE: CODE (what it means)`, exit 2.
 * `code` stays available for messages in the user's language (`datascan run`).
 */
export class WriteError extends UserError {
  readonly code: string;

  constructor(
    readonly file: string,
    error: unknown,
  ) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    super(tool('output.cannot-write', { file, code }), EXIT.usage);
    this.code = code;
  }
}
