/**
 * One `datascan run` per answer file: a lock file `<answers>.lock` beside it holding the pid, host
 * and start time of the run that owns it.
 *
 * Why a pid file and not proper-lockfile: proper-lockfile decides staleness by the lock's mtime,
 * which the owner must keep refreshing on a timer. A laptop that sleeps through a workshop break
 * stops that timer, and on waking proper-lockfile declares its own lock compromised (and by
 * default throws), or another run takes the file over meanwhile. A lock after `kill -9` would
 * also block the next run until the stale time has passed. A pid file needs no timer: whether
 * the owner lives is asked of the operating system (`process.kill(pid, 0)`), so a lock left by a
 * killed run is taken over at once and a sleeping run keeps its lock. On another host (a shared
 * folder) liveness cannot be asked, so such a lock is respected and the message says how to
 * remove it by hand.
 */
import fs from 'node:fs';
import os from 'node:os';
import { WriteError } from './errors.js';

export interface LockHolder {
  pid: number;
  host: string;
  /** ISO date-time. */
  started: string;
}

export interface LockOptions {
  pid?: number;
  host?: string;
  now?: () => Date;
  /** Whether a process on this host is alive (tests replace it). */
  isAlive?: (pid: number) => boolean;
}

export type LockAttempt = { lock: FileLock } | { held: LockHolder | undefined; sameHost: boolean; lockFile: string };

/** A lock file younger than this with no readable content is being written right now. */
const UNREADABLE_GRACE_MS = 10_000;

export function lockFileFor(file: string): string {
  return `${file}.lock`;
}

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else; only ESRCH means gone.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(lockFile: string): { text: string; holder: LockHolder | undefined; mtimeMs: number } | undefined {
  let text: string;
  let mtimeMs: number;
  try {
    text = fs.readFileSync(lockFile, 'utf8');
    mtimeMs = fs.statSync(lockFile).mtimeMs;
  } catch {
    return undefined;
  }
  try {
    const data = JSON.parse(text) as Partial<LockHolder>;
    if (typeof data.pid === 'number' && typeof data.host === 'string' && typeof data.started === 'string') {
      return { text, holder: { pid: data.pid, host: data.host, started: data.started }, mtimeMs };
    }
  } catch {
    // Unreadable: judged by age below.
  }
  return { text, holder: undefined, mtimeMs };
}

export class FileLock {
  private released = false;

  constructor(
    readonly lockFile: string,
    readonly holder: LockHolder,
  ) {}

  /** Removes the lock file if it is still ours. Safe to call more than once, and from an exit handler. */
  release(): void {
    if (this.released) return;
    this.released = true;
    const current = readHolder(this.lockFile);
    if (current?.holder && current.holder.pid === this.holder.pid && current.holder.started === this.holder.started) {
      try {
        fs.unlinkSync(this.lockFile);
      } catch {
        // Already gone: nothing to release.
      }
    }
  }
}

/**
 * Takes the lock of an answer file, taking over a lock whose owner is gone. Returns who holds it
 * when it is taken. Throws a `WriteError` (exit 2) when the lock file cannot be written: a folder
 * that does not exist or is not writable, a read-only disk.
 */
export function tryLock(file: string, options: LockOptions = {}): LockAttempt {
  const lockFile = lockFileFor(file);
  const host = options.host ?? os.hostname();
  const holder: LockHolder = {
    pid: options.pid ?? process.pid,
    host,
    started: (options.now?.() ?? new Date()).toISOString(),
  };
  const isAlive = options.isAlive ?? processIsAlive;
  const now = options.now?.().getTime() ?? Date.now();
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      fs.writeFileSync(lockFile, JSON.stringify(holder) + '\n', { flag: 'wx' });
      return { lock: new FileLock(lockFile, holder) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new WriteError(lockFile, error);
    }
    const existing = readHolder(lockFile);
    if (!existing) continue; // Released between our attempt and the read: try again.
    const { holder: other } = existing;
    if (!other) {
      if (now - existing.mtimeMs < UNREADABLE_GRACE_MS) return { held: undefined, sameHost: true, lockFile };
    } else if (other.host !== host) {
      return { held: other, sameHost: false, lockFile };
    } else if (isAlive(other.pid)) {
      return { held: other, sameHost: true, lockFile };
    }
    // Stale: remove it, but only if it is still the same stale lock (another run may have taken it over).
    if (readHolder(lockFile)?.text === existing.text) {
      try {
        fs.unlinkSync(lockFile);
      } catch {
        // Someone else removed it first.
      }
    }
  }
  const last = readHolder(lockFile);
  return { held: last?.holder, sameHost: last?.holder ? last.holder.host === host : true, lockFile };
}
