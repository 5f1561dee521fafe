/** The exit-code contract (README, "Exit codes") and the error that carries one. */
export const EXIT = { ok: 0, findings: 1, usage: 2, cancelled: 130 } as const;

/** A user-caused problem that ends the command with a one-line message and an exit code. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
  }
}
