/** The answer-file lock of `datascan run` (src/cli/lock.ts), on real files in a temporary folder. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { interviewLanguage } from '../../src/cli/language.js';
import { FileLock, lockFileFor, processIsAlive, tryLock, type LockAttempt } from '../../src/node/lock.js';

let dir: string;
let file: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-lock-'));
  file = path.join(dir, 'answers.yaml');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function locked(attempt: LockAttempt): FileLock {
  if (!('lock' in attempt)) throw new Error(`expected the lock, it is held by ${JSON.stringify(attempt.held)}`);
  return attempt.lock;
}

/** A pid that is certainly not running: a child that has exited and been reaped. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('tryLock', () => {
  it('writes <file>.lock with pid, host and start time, and release removes it', () => {
    const lock = locked(tryLock(file, { pid: 4242, host: 'laptop', now: () => new Date('2026-11-28T09:00:00Z') }));
    expect(lock.lockFile).toBe(`${file}.lock`);
    expect(JSON.parse(fs.readFileSync(lockFileFor(file), 'utf8'))).toEqual({
      pid: 4242,
      host: 'laptop',
      started: '2026-11-28T09:00:00.000Z',
    });
    lock.release();
    expect(fs.existsSync(lockFileFor(file))).toBe(false);
    lock.release(); // twice is harmless
  });

  it('refuses while the holder on this host is alive, naming it', () => {
    locked(tryLock(file, { pid: 100, host: 'laptop' }));
    const second = tryLock(file, { pid: 200, host: 'laptop', isAlive: (pid) => pid === 100 });
    expect(second).toMatchObject({ held: { pid: 100, host: 'laptop' }, sameHost: true, lockFile: `${file}.lock` });
  });

  it('takes over a lock whose process is gone', () => {
    fs.writeFileSync(
      lockFileFor(file),
      JSON.stringify({ pid: deadPid(), host: os.hostname(), started: '2026-11-28T08:00:00.000Z' }),
    );
    const lock = locked(tryLock(file));
    expect(JSON.parse(fs.readFileSync(lockFileFor(file), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('respects a lock from another host (its process cannot be asked)', () => {
    locked(tryLock(file, { pid: 100, host: 'other-laptop' }));
    expect(tryLock(file, { pid: 200, host: 'laptop', isAlive: () => false })).toMatchObject({
      held: { pid: 100, host: 'other-laptop' },
      sameHost: false,
    });
  });

  it('treats an unreadable lock as being written when it is fresh, and as stale when it is old', () => {
    fs.writeFileSync(lockFileFor(file), '');
    expect(tryLock(file)).toMatchObject({ held: undefined, sameHost: true });
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lockFileFor(file), old, old);
    locked(tryLock(file)).release();
  });

  it('release leaves a lock alone that another run has taken over meanwhile', () => {
    const lock = locked(tryLock(file, { pid: 100, host: 'laptop' }));
    fs.writeFileSync(
      lockFileFor(file),
      JSON.stringify({ pid: 300, host: 'laptop', started: '2026-11-28T10:00:00.000Z' }),
    );
    lock.release();
    expect(fs.existsSync(lockFileFor(file))).toBe(true);
  });

  it('processIsAlive: this process is, a reaped child is not', () => {
    expect(processIsAlive(process.pid)).toBe(true);
    expect(processIsAlive(deadPid())).toBe(false);
  });
});

describe('interviewLanguage', () => {
  it('takes --lang first, then an English locale, else Dutch', () => {
    expect(interviewLanguage('en', { LANG: 'nl_NL.UTF-8' })).toBe('en');
    expect(interviewLanguage(undefined, { LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(interviewLanguage(undefined, { LC_ALL: 'nl_NL.UTF-8', LANG: 'en_US.UTF-8' })).toBe('nl');
    expect(interviewLanguage(undefined, { LC_ALL: '', LC_MESSAGES: 'en_US', LANG: 'nl_NL' })).toBe('en');
    expect(interviewLanguage(undefined, { LANG: 'C.UTF-8' })).toBe('nl');
    expect(interviewLanguage(undefined, { LANG: 'eng' })).toBe('nl');
    expect(interviewLanguage(undefined, {})).toBe('nl');
  });
});
