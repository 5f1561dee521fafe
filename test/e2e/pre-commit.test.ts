/**
 * The pre-commit hooks (.pre-commit-hooks.yaml) through pre-commit itself: `pre-commit try-repo`
 * on this repository, in a fixture repository of questionnaires, with `datascan` on the PATH as the
 * hooks expect it (they are `language: system`, so nothing is downloaded). Skipped where pre-commit
 * is not installed (.ci/run installs it: Debian's package `pre-commit`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, ROOT } from '../helpers/cli.js';

const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-pre-commit-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The environment of a user who installed datascan: `datascan` on the PATH, pre-commit's cache of its own. */
function userEnvironment(): NodeJS.ProcessEnv {
  const bin = path.join(tmp, 'bin');
  fs.mkdirSync(bin, { recursive: true });
  fs.writeFileSync(
    path.join(bin, 'datascan'),
    `#!/bin/sh\nexec "${process.execPath}" "${path.join(ROOT, 'bin', 'datascan.js')}" "$@"\n`,
    {
      mode: 0o755,
    },
  );
  return {
    ...process.env,
    PATH: `${bin}${path.delimiter}${process.env.PATH}`,
    PRE_COMMIT_HOME: path.join(tmp, 'pre-commit-home'),
    DATASCAN_CACHE_DIR: path.join(tmp, 'cache'),
    NO_COLOR: '1',
    // git and pre-commit must not ask for or read anything of the machine's user.
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
  };
}

/** A git repository with questionnaires/: the tiny scan and a test of it. */
function repository(name: string, env: NodeJS.ProcessEnv): string {
  const repo = path.join(tmp, name);
  fs.mkdirSync(path.join(repo, 'questionnaires', 'tests'), { recursive: true });
  fs.copyFileSync(fixture('scoring', 'tiny-scan.yaml'), path.join(repo, 'questionnaires', 'tiny-scan.yaml'));
  fs.writeFileSync(
    path.join(repo, 'questionnaires', 'tests', 'tiny.test.yaml'),
    'questionnaire: ../tiny-scan.yaml\ncases:\n  - name: everything 2\n    answers: {a1-1: 2, a1-2: 2, a2-1: 2, a2-2: 2, b-1: 2, b-2: 2, g1-1: 2, g2-1: 2}\n    expect: {overall: {score: 2, level: try}}\n',
  );
  execFileSync('git', ['init', '-q'], { cwd: repo, env });
  return repo;
}

function tryRepo(repo: string, env: NodeJS.ProcessEnv) {
  execFileSync('git', ['add', '-A'], { cwd: repo, env });
  return spawnSync('pre-commit', ['try-repo', ROOT, '--all-files'], {
    cwd: repo,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
}

describe.skipIf(!hasPreCommit)('pre-commit hooks (pre-commit installed)', () => {
  it('the manifest is valid', () => {
    const result = spawnSync('pre-commit', ['validate-manifest', path.join(ROOT, '.pre-commit-hooks.yaml')], {
      encoding: 'utf8',
    });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('try-repo: both hooks pass on good questionnaires and tests, and fail on a broken questionnaire or test', () => {
    const env = userEnvironment();
    const repo = repository('repo', env);
    const good = tryRepo(repo, env);
    expect(good.stdout).toMatch(/^datascan validate\.+Passed$/m);
    expect(good.stdout).toMatch(/^datascan test\.+Passed$/m);
    expect(good.status).toBe(0);

    const questionnaire = path.join(repo, 'questionnaires', 'tiny-scan.yaml');
    fs.writeFileSync(
      questionnaire,
      fs.readFileSync(questionnaire, 'utf8').replace('    weight: 2\n', '    wieght: 2\n'),
    );
    const broken = tryRepo(repo, env);
    expect(broken.stdout).toMatch(/^datascan validate\.+Failed$/m);
    expect(broken.stdout).toContain('questionnaires/tiny-scan.yaml:25:5: error unknown-key unknown key `wieght`');
    expect(broken.status).toBe(1);

    fs.copyFileSync(fixture('scoring', 'tiny-scan.yaml'), questionnaire);
    const test = path.join(repo, 'questionnaires', 'tests', 'tiny.test.yaml');
    fs.writeFileSync(test, fs.readFileSync(test, 'utf8').replace('level: try', 'level: spread'));
    const failing = tryRepo(repo, env);
    expect(failing.stdout).toMatch(/^datascan validate\.+Passed$/m);
    expect(failing.stdout).toMatch(/^datascan test\.+Failed$/m);
    expect(failing.stdout).toContain('overall.level: expected spread, got try');
    expect(failing.status).toBe(1);
  }, 180_000);
});
