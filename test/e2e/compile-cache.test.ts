/**
 * Node 22.1+'s compile cache (bin/datascan.js): kept in datascan's cache folder beside the checks
 * of questionnaires, off with --no-cache or DATASCAN_NO_CACHE=1, and no harm on a Node without it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { installedNodes } from '../helpers/node-versions.js';

const hasCompileCache = (node: string) =>
  spawnSync(node, ['-p', "typeof require('node:module').enableCompileCache"], { encoding: 'utf8' }).stdout.trim() ===
  'function';

/** A Node with a compile cache: the one running the tests, else one .ci/run installed. */
const nodeWithCache = [process.execPath, ...installedNodes().map((n) => n.bin)].find(hasCompileCache);
const NO_NODE = 'no Node 22.1+ here: .ci/run installs Node 22 and 24 (see .ci/node-versions)';

describe('the compile cache', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-compile-cache-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  let n = 0;
  const freshDir = () => path.join(tmp, String(n++));
  const VALID = fixture('questionnaires', 'valid', 'mini.yaml');

  it(`on the Node running the tests (${process.version}) datascan works with it on, and it is there exactly when this Node has one`, () => {
    const dir = freshDir();
    const result = runCli(['validate', VALID], { env: { DATASCAN_CACHE_DIR: dir } });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('1 file checked: 0 errors, 0 warnings\n');
    expect(result.code).toBe(0);
    expect(fs.existsSync(path.join(dir, 'compile'))).toBe(hasCompileCache(process.execPath));
  });

  it('is kept in the cache folder, and a second start reads it and reports the same', ({ skip }) => {
    if (!nodeWithCache) return skip(NO_NODE);
    const dir = freshDir();
    const env = { DATASCAN_CACHE_DIR: dir };
    const first = runCli(['validate', VALID], { node: nodeWithCache, env });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    // Node keeps one subfolder per Node version, with an entry per compiled file of the bundle.
    const [versionDir, ...others] = fs.readdirSync(path.join(dir, 'compile'));
    expect(others).toEqual([]);
    expect(fs.readdirSync(path.join(dir, 'compile', versionDir!)).length).toBeGreaterThan(0);
    const second = runCli(['validate', VALID], { node: nodeWithCache, env });
    expect(second).toEqual(first);
  });

  it('follows the check cache to $XDG_CACHE_HOME/datascan when DATASCAN_CACHE_DIR is not set', ({ skip }) => {
    if (!nodeWithCache) return skip(NO_NODE);
    const xdg = freshDir();
    const result = runCli(['validate', VALID], {
      node: nodeWithCache,
      env: { DATASCAN_CACHE_DIR: undefined, XDG_CACHE_HOME: xdg },
    });
    expect(result.code).toBe(0);
    const entries = fs.readdirSync(path.join(xdg, 'datascan'));
    expect(entries).toContain('compile');
    expect(entries.some((e) => e.endsWith('.json'))).toBe(true);
  });

  it('--no-cache and DATASCAN_NO_CACHE=1 keep none', ({ skip }) => {
    if (!nodeWithCache) return skip(NO_NODE);
    for (const [args, env] of [
      [['validate', '--no-cache', VALID], {}],
      [['validate', VALID], { DATASCAN_NO_CACHE: '1' }],
    ] as const) {
      const dir = freshDir();
      const result = runCli([...args], { node: nodeWithCache, env: { DATASCAN_CACHE_DIR: dir, ...env } });
      expect(result.code).toBe(0);
      expect(fs.existsSync(dir)).toBe(false);
    }
  });
});
