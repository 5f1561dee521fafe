/**
 * datascan as users get it: packed, installed into an empty project, run from node_modules. The
 * bundle has no runtime dependencies, so this needs no registry.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { installPacked } from '../helpers/pack.js';

describe('the installed package', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-pack-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('finds its shipped questionnaires and scores the example from node_modules', () => {
    const project = installPacked(tmp, 'project', '{"name": "user-project", "private": true}\n');
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
