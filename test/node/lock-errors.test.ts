/** The answer-file lock (src/cli/lock.ts) when its file cannot be written: a user error, not a crash. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT, UserError } from '../../src/node/errors.js';
import { tryLock } from '../../src/node/lock.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-lock-errors-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('tryLock on a path it cannot write', () => {
  it('in a folder that does not exist: `cannot write FILE.lock: ENOENT`, exit 2', () => {
    const file = path.join(dir, 'nodir', 'x.yaml');
    const error = thrown(() => tryLock(file));
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(EXIT.usage);
    expect((error as UserError).message).toBe(`cannot write ${file}.lock: ENOENT (its folder does not exist)`);
  });

  it('through a file: ENOTDIR', () => {
    fs.writeFileSync(path.join(dir, 'plain'), '');
    const file = path.join(dir, 'plain', 'x.yaml');
    const error = thrown(() => tryLock(file));
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe(
      `cannot write ${file}.lock: ENOTDIR (a part of the path is not a folder)`,
    );
  });
});
