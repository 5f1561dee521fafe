/** `datascan validate` takes quoted globs, expanded as `score` expands them. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('datascan validate with a glob', () => {
  it('checks the files a quoted glob matches, as if they were named one by one', () => {
    const glob = runCli(['validate', 'test/fixtures/answers/bad/*.yaml', '--format', 'json']);
    const named = runCli([
      'validate',
      'test/fixtures/answers/bad/invalid-value.yaml',
      'test/fixtures/answers/bad/unknown-question.yaml',
      '--format',
      'json',
    ]);
    expect(glob.code, glob.stderr).toBe(1);
    expect(glob.stdout).toBe(named.stdout);
    expect((JSON.parse(glob.stdout) as { rule: string }[]).map((d) => d.rule)).toEqual([
      'invalid-answer',
      'unknown-question',
    ]);
  });

  it('a glob that matches nothing: the usage error score gives (exit 2, one line)', () => {
    const glob = 'test/fixtures/answers/nothing-*/*.yaml';
    const validate = runCli(['validate', glob]);
    expect(validate.code).toBe(2);
    expect(validate.stdout).toBe('');
    expect(validate.stderr).toBe(`datascan: no files match ${glob}\n`);
    expect(runCli(['score', glob]).stderr).toBe(validate.stderr);
  });
});
