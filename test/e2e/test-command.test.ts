/** `datascan test` on the built CLI: the shipped tests, a questionnaire edit that fails them, --update, the formats. */
import { DOMParser } from '@xmldom/xmldom';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-test-command-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A copy of the shipped questionnaires with their tests, and of the example answers the tests read. */
function copyOfShipped(name: string): string {
  const dir = path.join(tmp, name);
  fs.cpSync(path.join(ROOT, 'questionnaires'), path.join(dir, 'questionnaires'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'examples'), path.join(dir, 'examples'), { recursive: true });
  return dir;
}

/** The model file with one subdimension's weight raised from 1 to 2. */
function raiseWeight(dir: string, unit: string): void {
  const file = path.join(dir, 'questionnaires', 'odg-model.yaml');
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const start = lines.findIndex((l) => l.trim() === `- id: ${unit}`);
  const at = lines.findIndex((l, i) => i > start && l.trim() === 'weight: 1');
  lines[at] = lines[at]!.replace('weight: 1', 'weight: 2');
  fs.writeFileSync(file, lines.join('\n'));
}

const SHIPPED_TESTS = fs
  .readdirSync(path.join(ROOT, 'questionnaires', 'tests'))
  .flatMap((file) =>
    (
      parse(fs.readFileSync(path.join(ROOT, 'questionnaires', 'tests', file), 'utf8')) as { cases: { name: string }[] }
    ).cases.map((c) => ({ file: `questionnaires/tests/${file}`, name: c.name })),
  );

describe('datascan test on the shipped questionnaires', () => {
  let report: { passed: number; failed: number; files: { file: string; cases: { name: string; status: string }[] }[] };
  beforeAll(() => {
    const result = runCli(['test', '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    report = JSON.parse(result.stdout);
  });

  it.each(SHIPPED_TESTS)('$file: $name passes', ({ file, name }) => {
    const found = report.files.find((f) => f.file === file)?.cases.find((c) => c.name === name);
    expect(found?.status).toBe('passed');
  });

  it('runs questionnaires/ by default and ends with `N passed, 0 failed`', () => {
    const result = runCli(['test']);
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split('\n').pop()).toBe(`${SHIPPED_TESTS.length} passed, 0 failed`);
    expect(report).toMatchObject({ passed: SHIPPED_TESTS.length, failed: 0 });
  });

  it('validate counts the test files as files it checked, not as unknown ones', () => {
    const result = runCli(['validate', 'questionnaires/']);
    expect(result.stdout).toBe('5 files checked: 0 errors, 0 warnings\n');
    expect(result.code).toBe(0);
  });
});

describe('a questionnaire edit that changes what the scan measures', () => {
  it('a weight one point up fails the tests, naming the unit whose score moved (exit 1)', () => {
    const dir = copyOfShipped('weight');
    raiseWeight(dir, 'privacy');
    const result = runCli(['test', 'questionnaires/'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^ {6}questionnaires\/tests\/odg-quickscan\.test\.yaml:\d+:\d+: units\.inhoudelijke-kennis\.score: expected 2\.2, got 2\.3333333333$/m,
    );
    expect(result.stdout).toMatch(/^ {2}✗ verschillende antwoorden, zodat elk gewicht telt$/m);
    expect(result.stdout.trimEnd().split('\n').pop()).toMatch(/^\d+ passed, [1-9]\d* failed$/);
  });

  it('a threshold one point up fails them too, naming the level', () => {
    const dir = copyOfShipped('threshold');
    const model = path.join(dir, 'questionnaires', 'odg-model.yaml');
    fs.writeFileSync(model, fs.readFileSync(model, 'utf8').replace('    min: 4\n', '    min: 5\n'));
    const result = runCli(['test', 'questionnaires/'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/: overall\.level: expected verankeren, got verbreden$/m);
  });

  it('--update rewrites the expectations, keeping every comment and every other line, and the tests pass again', () => {
    const dir = copyOfShipped('update');
    raiseWeight(dir, 'privacy');
    const file = path.join(dir, 'questionnaires', 'tests', 'odg-quickscan.test.yaml');
    const before = fs.readFileSync(file, 'utf8');
    const result = runCli(['test', '--update'], { cwd: dir });
    expect(result.stdout).toMatch(
      /^questionnaires\/tests\/odg-quickscan\.test\.yaml:\d+:\d+: verschillende antwoorden, zodat elk gewicht telt › units\.inhoudelijke-kennis\.score: 2\.2 → 2\.3333333333$/m,
    );
    expect(result.stdout).toMatch(/^updated \d+ expectations in 2 files$/m);
    expect(result.code).toBe(0);
    const after = fs.readFileSync(file, 'utf8');
    const changed = after.split('\n').filter((line, i) => line !== before.split('\n')[i]);
    // Only expected scores and next steps change; comments and everything else stay.
    expect(changed.length).toBeGreaterThan(0);
    for (const line of changed) expect(line).toMatch(/^ {6,8}([a-z-]+: \{score: |nextSteps: \[)/);
    expect(after.split('\n').filter((l) => l.trim().startsWith('#'))).toEqual(
      before.split('\n').filter((l) => l.trim().startsWith('#')),
    );
    expect(runCli(['test'], { cwd: dir }).code).toBe(0);
  });
});

describe('datascan test output', () => {
  const dir = path.join(tmp, 'formats');
  const file = path.join(dir, 'small.test.yaml');
  beforeAll(() => {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
      file,
      `questionnaire: odg-quickscan
cases:
  - name: goed
    answers: {qs-pw-eff: 2}
    expect: {overall: {score: 2, level: experimenteren}}
  - name: "fout, met <tekens> & \\"quotes\\""
    answers: {qs-pw-eff: 2}
    expect:
      overall: {score: 1.5}
`,
    );
  });

  it('text: the failing case with file:line:column of the expectation and the difference; exit 1', () => {
    const { version } = parse(fs.readFileSync(path.join(ROOT, 'questionnaires', 'odg-quickscan.yaml'), 'utf8')) as {
      version: string;
    };
    const result = runCli(['test', file]);
    expect(result.stdout).toBe(
      [
        `${file} (odg-quickscan ${version})`,
        '  ✓ goed',
        '  ✗ fout, met <tekens> & "quotes"',
        `      ${file}:9:24: overall.score: expected 1.5, got 2`,
        '',
        '1 passed, 1 failed',
        '',
      ].join('\n'),
    );
    expect(result.code).toBe(1);
  });

  it('junit: XML that a parser reads, one testcase per case, the failure with its message', () => {
    const result = runCli(['test', file, '--format', 'junit']);
    expect(result.code).toBe(1);
    const doc = new DOMParser({
      onError: (level, message) => {
        throw new Error(`${level}: ${message}`);
      },
    }).parseFromString(result.stdout, 'text/xml');
    const root = doc.documentElement!;
    expect([root.tagName, root.getAttribute('tests'), root.getAttribute('failures')]).toEqual(['testsuites', '2', '1']);
    const cases = Array.from(root.getElementsByTagName('testcase'));
    expect(cases.map((c) => c.getAttribute('name'))).toEqual(['goed', 'fout, met <tekens> & "quotes"']);
    expect(cases[1]!.getElementsByTagName('failure')[0]!.getAttribute('message')).toBe(
      'overall.score: expected 1.5, got 2',
    );
  });

  it('github: an annotation on the line of the failing expectation; the summary on stderr', () => {
    const result = runCli(['test', file, '--format', 'github']);
    expect(result.stdout).toBe(
      `::error file=${file},line=9,col=24,endLine=9,endColumn=27,title=datascan test%3A fout%2C met <tekens> & "quotes"::overall.score: expected 1.5, got 2\n`,
    );
    expect(result.stderr).toBe('1 passed, 1 failed\n');
    expect(result.code).toBe(1);
  });

  it('--format is checked by the option parser: exit 2 naming the choices', () => {
    const result = runCli(['test', file, '--format', 'xml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^error: option '-f, --format <format>' argument 'xml' is invalid\. Allowed choices are text, json, junit, github\./,
    );
  });

  it('a path that does not exist, or a folder without test files, is a usage error (exit 2)', () => {
    const missing = runCli(['test', path.join(dir, 'missing')]);
    expect([missing.code, missing.stderr]).toEqual([
      2,
      `datascan: no such file or folder: ${path.join(dir, 'missing')}\n`,
    ]);
    const empty = fs.mkdtempSync(path.join(tmp, 'empty-'));
    const none = runCli(['test', empty]);
    expect([none.code, none.stderr]).toEqual([2, `datascan: no test files (*.test.yaml) in ${empty}\n`]);
  });
});
