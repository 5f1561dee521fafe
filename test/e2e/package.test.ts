/**
 * datascan as users get it: packed, installed into an empty project, run from node_modules. The
 * bundle has no runtime dependencies, so this needs no registry.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

describe('the installed package', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-pack-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('finds its shipped questionnaires and scores the example from node_modules', () => {
    const npm = (args: string[], cwd: string) =>
      execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error' } });
    const tarball = npm(['pack', '--pack-destination', tmp, '--ignore-scripts'], ROOT)
      .trim()
      .split('\n')
      .pop() as string;
    const project = path.join(tmp, 'project');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), '{"name": "user-project", "private": true}\n');
    npm(['install', '--offline', '--no-audit', '--no-fund', path.join(tmp, tarball)], project);
    const installed = path.join(project, 'node_modules', 'datascan');
    // Nothing else came along: the bundle carries what it needs.
    expect(fs.readdirSync(path.join(project, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual(['datascan']);
    const run = (args: string[]) =>
      spawnSync(process.execPath, [path.join(installed, 'bin', 'datascan.js'), ...args], {
        cwd: project,
        encoding: 'utf8',
        env: { ...process.env, DATASCAN_NO_CACHE: '1', NO_COLOR: '1' },
      });
    const validated = run(['validate']);
    expect(validated.stdout).toBe('3 files checked: 0 errors, 0 warnings\n');
    expect(validated.status).toBe(0);
    const scored = run([
      'score',
      path.join(ROOT, 'examples', 'gemeente-voorbeeld', 'scan-2026'),
      '--aggregate',
      '--format',
      'json',
    ]);
    expect(scored.status, scored.stderr).toBe(0);
    expect(JSON.parse(scored.stdout).respondents).toBe(5);
  }, 120_000);
});
