/**
 * Where commands write: stdout, or a file the user named. An ordinary file is written atomically:
 * the text goes to a temporary file in the same folder, renamed over FILE at the end, so a reader
 * never sees half a file and a failed or interrupted run leaves the old FILE as it was. A link is
 * written through (its target is replaced, the link stays); a character device (`/dev/null`), a
 * FIFO or one of the process's own descriptors (`/dev/stdout`) is written as it is, never replaced.
 * Every failure is one `WriteError` (`cannot write FILE: CODE`, exit 2). Used by score, compare,
 * template and run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { onExit } from 'signal-exit';
import { SIGNAL_EXIT, UserError, WriteError } from './errors.js';
import { tool } from './messages.js';

export interface Output {
  /** Text (written as UTF-8) or bytes (a workbook). */
  write(text: string | Uint8Array): void;
  /** Makes what was written visible (renames the temporary file over the target). */
  commit(): void;
  /** Throws away what was written; safe to call after commit. */
  abort(): void;
}

export function stdoutOutput(write: (text: string | Uint8Array) => void): Output {
  return { write, commit: () => {}, abort: () => {} };
}

/**
 * The descriptor a path names (`/dev/stdout`, `/dev/stderr`, `/dev/fd/N`, `/proc/self/fd/N`), or
 * undefined. Written to directly, as a shell would: opening the path anew would write over what a
 * file the shell opened holds already, and fails for a socket.
 */
export function descriptorOf(file: string): number | undefined {
  if (process.platform === 'win32') return undefined;
  const resolved = path.resolve(file);
  if (resolved === '/dev/stdout') return 1;
  if (resolved === '/dev/stderr') return 2;
  const match = /^(?:\/dev\/fd|\/proc\/(self|\d+)\/fd)\/(\d+)$/.exec(resolved);
  if (!match || (match[1] !== undefined && match[1] !== 'self' && Number(match[1]) !== process.pid)) return undefined;
  return Number(match[2]);
}

/** A link more than this many links deep is taken for a loop, as the kernel does (ELOOP). */
const MAX_LINK_DEPTH = 40;

/** Where a link that leads nowhere (yet) leads: the file that writing through it creates. */
function linkTarget(file: string): string {
  let current = file;
  for (let depth = 0; depth < MAX_LINK_DEPTH; depth++) {
    let link: string;
    try {
      link = fs.readlinkSync(current);
    } catch {
      // Not a link (or nothing there): the file to write.
      return current;
    }
    current = path.resolve(path.dirname(current), link);
  }
  throw new WriteError(file, { code: 'ELOOP' });
}

/** Where writing `file` goes. */
type Destination =
  /** An ordinary file, or none yet: replaced by renaming a temporary file over `target`. */
  | { kind: 'replace'; target: string; mode?: number }
  /** A character device or a FIFO: opened and written as it is. */
  | { kind: 'device' }
  /** One of this process's descriptors. */
  | { kind: 'descriptor'; fd: number };

function destinationOf(file: string): Destination {
  const fd = descriptorOf(file);
  if (fd !== undefined) return { kind: 'descriptor', fd };
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    // A new file, a link to one, or an unusable folder (which opening the temporary file reports).
    return { kind: 'replace', target: linkTarget(file) };
  }
  // Refused before any work is done: a rename over a folder fails only at the very end.
  if (stat.isDirectory()) throw new WriteError(file, { code: 'EISDIR' });
  if (stat.isCharacterDevice() || stat.isFIFO()) return { kind: 'device' };
  // A disk is never written over; a socket cannot be opened.
  if (!stat.isFile()) throw new UserError(tool('output.not-a-file', { file, block: stat.isBlockDevice() }));
  const target = fs.lstatSync(file).isSymbolicLink() ? fs.realpathSync(file) : file;
  return { kind: 'replace', target, mode: stat.mode & 0o7777 };
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Writes all of `bytes`; a FIFO or terminal opened without blocking is waited for while it is full. */
function writeAll(fd: number, bytes: Buffer): void {
  for (let done = 0; done < bytes.length;) {
    try {
      done += fs.writeSync(fd, bytes, done);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 5);
    }
  }
}

/**
 * A device, FIFO or descriptor, written as the text comes: there is nothing to rename, and what
 * was written cannot be taken back. Opened without blocking, so that a FIFO nobody reads is
 * refused at once rather than holding the process where Ctrl-C cannot reach it.
 */
function inPlace(file: string, destination: Destination & { kind: 'device' | 'descriptor' }): Output {
  let fd: number;
  if (destination.kind === 'descriptor') fd = destination.fd;
  else {
    const { O_WRONLY, O_NONBLOCK = 0, O_NOCTTY = 0 } = fs.constants;
    try {
      fd = fs.openSync(file, O_WRONLY | O_NONBLOCK | O_NOCTTY);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENXIO') throw new UserError(tool('output.fifo-unread', { file }));
      throw new WriteError(file, error);
    }
  }
  let open = destination.kind === 'device';
  const close = () => {
    if (open) fs.closeSync(fd);
    open = false;
  };
  return {
    write(text) {
      try {
        writeAll(fd, Buffer.from(text));
      } catch (error) {
        close();
        throw new WriteError(file, error);
      }
    },
    commit() {
      try {
        close();
      } catch (error) {
        throw new WriteError(file, error);
      }
    },
    abort: close,
  };
}

/**
 * A temporary file is named `.NAME.PID.STAMPN.tmp` beside NAME (STAMP: the time in base 36, 8
 * digits until 2059; N: a count): hidden, and carrying the process id of its writer, by which one
 * left behind by a killed process (`kill -9` leaves no time to remove it) is told from one still
 * being written.
 */
const TEMPORARY_NAME = /^\..+\.([1-9]\d{0,9})\.[0-9a-z]{8,9}[1-9]\d*\.tmp$/;
let temporaries = 0;

function temporaryName(target: string): string {
  return `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}${++temporaries}.tmp`;
}

/** Whether process `pid` exists; EPERM means it does (another user's). */
function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** Folders already cleaned up by this process: a killed writer's leftovers do not come back. */
const cleanedFolders = new Set<string>();

/**
 * Removes the temporary files in `folder` that a datascan process left when it was killed: files
 * named as datascan names them whose process no longer exists. They may hold respondents' data.
 * Anything else, and anything that cannot be removed, is left as it is.
 */
export function removeStaleTemporaries(folder: string): void {
  const resolved = path.resolve(folder);
  if (cleanedFolders.has(resolved)) return;
  cleanedFolders.add(resolved);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(resolved, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const pid = TEMPORARY_NAME.exec(entry.name)?.[1];
    if (pid === undefined || !entry.isFile() || Number(pid) > 2 ** 31 - 1 || processExists(Number(pid))) continue;
    try {
      fs.rmSync(path.join(resolved, entry.name));
    } catch {
      // Not removable here (no permission): it stays.
    }
  }
}

/** A temporary file beside `target` that replaces it on commit. */
function replacing(file: string, { target, mode }: Destination & { kind: 'replace' }, privateMode?: number): Output {
  const folder = path.dirname(target);
  removeStaleTemporaries(folder);
  const temp = path.join(folder, temporaryName(target));
  let fd: number;
  try {
    // A private file is private from its first byte, not only once renamed.
    fd = fs.openSync(temp, 'wx', privateMode ?? 0o666);
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
        writeAll(fd, Buffer.from(text));
      } catch (error) {
        throw failed(error);
      }
    },
    commit() {
      try {
        // Keep the mode of the file replaced (an answer file made private stays private).
        if (privateMode !== undefined || mode !== undefined) fs.fchmodSync(fd, privateMode ?? (mode as number));
        fs.fsyncSync(fd);
        fs.closeSync(fd);
        open = false;
        fs.renameSync(temp, target);
      } catch (error) {
        throw failed(error);
      }
    },
    abort: discard,
  };
}

/** Whether writing `file` writes a stream as it is (a device, a FIFO, a descriptor) rather than a file. */
export function writesInPlace(file: string): boolean {
  try {
    return destinationOf(file).kind !== 'replace';
  } catch {
    // Not writable at all (a folder, a disk, a loop of links): no stream either.
    return false;
  }
}

/** Where `file` is written: replaced through a temporary file, or (a device, a FIFO) as it is. */
function fileOutput(file: string, privateMode?: number): Output {
  const destination = destinationOf(file);
  return destination.kind === 'replace' ? replacing(file, destination, privateMode) : inPlace(file, destination);
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
    output = fileOutput(file);
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

/**
 * Writes a whole file atomically (answer files, templates, reports rendered at once): text as UTF-8,
 * or bytes. `mode` (0o600 for personal data) replaces the mode of the file written over.
 */
export function writeFileAtomically(file: string, text: string | Uint8Array, options: { mode?: number } = {}): void {
  const output = fileOutput(file, options.mode);
  output.write(text);
  output.commit();
}
