/** The copy `datascan run --resume` keeps of an answer file before changing it (src/cli/backup.ts). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keepBackup } from '../../src/node/backup.js';
import { UserError } from '../../src/node/errors.js';

let dir: string;
let file: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-backup-'));
  file = path.join(dir, 'answers.yaml');
  fs.writeFileSync(file, 'version: 1.0.0\n');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('keepBackup', () => {
  it('copies FILE to FILE.vOLD.bak, then -2, -3, never overwriting an earlier copy', () => {
    expect(keepBackup(file, '1.0.0')).toBe(`${file}.v1.0.0.bak`);
    fs.writeFileSync(file, 'version: 1.0.0\nsecond: true\n');
    expect(keepBackup(file, '1.0.0')).toBe(`${file}.v1.0.0-2.bak`);
    fs.writeFileSync(file, 'third\n');
    expect(keepBackup(file, '1.0.0')).toBe(`${file}.v1.0.0-3.bak`);
    expect(fs.readFileSync(`${file}.v1.0.0.bak`, 'utf8')).toBe('version: 1.0.0\n');
    expect(fs.readFileSync(`${file}.v1.0.0-2.bak`, 'utf8')).toBe('version: 1.0.0\nsecond: true\n');
    expect(fs.readFileSync(`${file}.v1.0.0-3.bak`, 'utf8')).toBe('third\n');
  });

  it('without a version change: FILE.bak, then FILE-2.bak', () => {
    expect(keepBackup(file, undefined)).toBe(`${file}.bak`);
    expect(keepBackup(file, undefined)).toBe(`${file}-2.bak`);
  });

  it('skips a name taken by a folder too', () => {
    fs.mkdirSync(`${file}.v1.0.0.bak`);
    expect(keepBackup(file, '1.0.0')).toBe(`${file}.v1.0.0-2.bak`);
  });

  it('a copy that cannot be made is a user error (exit 2), not a crash', () => {
    const error = (() => {
      try {
        keepBackup(path.join(dir, 'gone.yaml'), '1.0.0');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(2);
    expect((error as UserError).message).toBe(
      `cannot copy ${path.join(dir, 'gone.yaml')} to ${path.join(dir, 'gone.yaml')}.v1.0.0.bak: ENOENT`,
    );
  });
});
