/** Runs the built CLI (bin/datascan.js) as a user would, and captures what it prints. */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(ROOT, 'bin', 'datascan.js');
/** One cache folder per test run, so no test sees results cached by an older build or another run. */
const CACHE_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-test-cache-'));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `node`: the Node binary that runs the CLI, by default the one running the tests. */
export function runCli(
  args: string[],
  { node = process.execPath, ...options }: SpawnSyncOptions & { input?: string; node?: string } = {},
): CliResult {
  const result = spawnSync(node, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    // Profiles carry every question's answers: a batch's JSON passes spawnSync's default of 1 MB.
    maxBuffer: 256 * 1024 * 1024,
    ...options,
    env: {
      ...process.env,
      NO_COLOR: '1',
      FORCE_COLOR: undefined,
      // The locale picks the language of messages: English unless a test says otherwise.
      LANG: 'C',
      LC_ALL: undefined,
      LC_MESSAGES: undefined,
      DATASCAN_CACHE_DIR: CACHE_DIR,
      ...options.env,
    },
  });
  return { code: result.status, stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? '') };
}

export function fixture(...parts: string[]): string {
  return path.join('test', 'fixtures', ...parts);
}
