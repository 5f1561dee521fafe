/**
 * Where commands write: stdout, or a file the user named, written atomically. The text goes to a
 * temporary file in the same folder, renamed over FILE at the end, so a reader never sees half a
 * file and a failed or interrupted run leaves the old FILE as it was. Every failure is one
 * `WriteError` (`cannot write FILE: CODE`, exit 2). Used by score, compare, template and run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { onExit } from 'signal-exit';
import { SIGNAL_EXIT, WriteError } from './errors.js';

export interface Output {
  write(text: string): void;
  /** Makes what was written visible (renames the temporary file over the target). */
  commit(): void;
  /** Throws away what was written; safe to call after commit. */
  abort(): void;
}

export function stdoutOutput(write: (text: string) => void): Output {
  return { write, commit: () => {}, abort: () => {} };
}

let temporaries = 0;

/** A temporary file beside `file` that becomes `file` on commit. */
function temporaryFile(file: string): Output {
  let mode: number | undefined;
  try {
    const stat = fs.statSync(file);
    // Refused before any work is done: a rename over a folder fails only at the very end.
    if (stat.isDirectory()) throw new WriteError(file, { code: 'EISDIR' });
    mode = stat.mode & 0o7777;
  } catch (error) {
    if (error instanceof WriteError) throw error;
    // A new file (or an unusable folder, which opening the temporary file reports).
  }
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}${++temporaries}.tmp`,
  );
  let fd: number;
  try {
    fd = fs.openSync(temp, 'wx');
  } catch (error) {
    throw new WriteError(file, error);
  }
  let open = true;
  const discard = () => {
    if (open) fs.closeSync(fd);
    open = false;
    fs.rmSync(temp, { force: true });
  };
  const failed = (error: unknown) => {
    discard();
    return new WriteError(file, error);
  };
  return {
    write(text) {
      try {
        const bytes = Buffer.from(text);
        for (let done = 0; done < bytes.length;) done += fs.writeSync(fd, bytes, done);
      } catch (error) {
        throw failed(error);
      }
    },
    commit() {
      try {
        // Keep the mode of the file replaced (an answer file made private stays private).
        if (mode !== undefined) fs.fchmodSync(fd, mode);
        fs.fsyncSync(fd);
        fs.closeSync(fd);
        open = false;
        fs.renameSync(temp, file);
      } catch (error) {
        throw failed(error);
      }
    },
    abort: discard,
  };
}

/** Clean-ups still due: temporary files being written, a hidden cursor, the lock of `run`. */
const pending = new Set<() => void>();
let stopListening: (() => void) | undefined;

/**
 * Runs every pending clean-up as the process ends. signal-exit calls this on any exit and on every
 * signal that would end the process, except a signal that another listener handles (run's Ctrl-C).
 * After SIGINT, SIGHUP or SIGTERM the process then exits with the shell's status for the signal
 * (130, 129, 143), so a parent process reads the documented status, not a death by signal; after
 * other signals signal-exit sends the signal again.
 */
function runPending(_code: number | null | undefined, signal: NodeJS.Signals | null): void {
  for (const cleanUp of pending) {
    try {
      cleanUp();
    } catch {
      // Ending anyway: the other clean-ups, and the exit status, still count.
    }
  }
  if (signal !== null && Object.hasOwn(SIGNAL_EXIT, signal))
    process.exit(SIGNAL_EXIT[signal as keyof typeof SIGNAL_EXIT]);
}

/**
 * Runs `cleanUp` when the process exits, also on a signal such as SIGINT, SIGTERM or SIGHUP (which
 * then end it with the shell's status for the signal). The returned function takes it back.
 */
export function cleanUpOnExit(cleanUp: () => void): () => void {
  pending.add(cleanUp);
  // Last, after any other exit handler (the prompts'), as it may end the process itself.
  stopListening ??= onExit(runPending, { alwaysLast: true });
  return () => {
    pending.delete(cleanUp);
    if (pending.size > 0) return;
    // Nothing due: signals get their usual effect back.
    stopListening?.();
    stopListening = undefined;
  };
}

/**
 * `-o FILE` of a command that writes over time (a streamed report). Ctrl-C, SIGTERM or SIGHUP
 * remove the temporary file and end the process (130, 143, 129); so does any other exit. Signals
 * reach JavaScript only between turns of the event loop: the command calls `pollSignals()` now
 * and then, or a signal waits until it is done.
 */
export function atomicOutput(file: string): Output {
  let output: Output | undefined;
  // Listening before the temporary file exists: a signal can never find it unguarded.
  const forget = cleanUpOnExit(() => output?.abort());
  try {
    output = temporaryFile(file);
  } catch (error) {
    forget();
    throw error;
  }
  const written = output;
  return {
    write: (text) => written.write(text),
    commit() {
      forget();
      written.commit();
    },
    abort() {
      forget();
      written.abort();
    },
  };
}

/**
 * Lets a signal that arrived during synchronous work be handled now. Signals are read in the
 * event loop's poll phase; one `setImmediate` may run in the same loop iteration as the code that
 * scheduled it, without a poll in between, but a second one always follows a poll.
 */
export async function pollSignals(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
}

/**
 * `pollSignals`, at most every `intervalMs`: for loops over thousands of files, where a poll per
 * file would cost more than the files, yet Ctrl-C must still be felt at once.
 */
export function signalPoller(intervalMs = 50): () => Promise<void> {
  let last = Date.now();
  return async () => {
    const now = Date.now();
    if (now - last < intervalMs) return;
    last = now;
    await pollSignals();
  };
}

/** Writes a whole file atomically (answer files, templates, reports rendered at once). */
export function writeFileAtomically(file: string, text: string): void {
  const output = temporaryFile(file);
  output.write(text);
  output.commit();
}
