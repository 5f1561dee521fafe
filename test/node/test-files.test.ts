import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findTestFiles, registerQuestionnairesIn, runTestFile, updateTestFile } from '../../src/node/test-files.js';
import { describeDifference } from '../../src/testing/describe.js';
import { openWorkspace } from '../../src/node/workspace.js';
import { fixture } from '../helpers/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-test-files-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A folder with the tiny-scan questionnaire, its answer fixtures, and the files given. */
function project(name: string, files: Record<string, string>): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(path.join(dir, 'tests'), { recursive: true });
  fs.copyFileSync(fixture('scoring', 'tiny-scan.yaml'), path.join(dir, 'tiny-scan.yaml'));
  fs.mkdirSync(path.join(dir, 'answers'));
  // The answers name the copy of the questionnaire, by id.
  for (const name of fs.readdirSync(fixture('answers', 'tiny', 'group')))
    fs.writeFileSync(
      path.join(dir, 'answers', name),
      fs
        .readFileSync(fixture('answers', 'tiny', 'group', name), 'utf8')
        .replace('questionnaire: ../../../scoring/tiny-scan.yaml', 'questionnaire: tiny-scan'),
    );
  fs.copyFileSync(fixture('answers', 'tiny-comma.csv'), path.join(dir, 'answers.csv'));
  for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), text);
  return dir;
}

// The projects live in a temporary folder, outside the working folder: as with --allow-outside.
const workspace = (...dirs: string[]) => {
  const ws = openWorkspace({ referencesAnywhere: true });
  registerQuestionnairesIn(dirs, ws);
  return ws;
};

const A = '{a1-1: 2, a1-2: 3, a2-1: 3, a2-2: unknown, b-1: 2, b-2: 3, g1-1: not-applicable, g2-1: 2}';

describe('findTestFiles', () => {
  it('yields the *.test.yaml files in folders, sorted; a file named on its own whatever its name', () => {
    const dir = project('find', { 'tests/b.test.yaml': '', 'tests/a.test.yml': '', 'tests/c.yaml': '' });
    expect(findTestFiles([dir]).map((f) => path.relative(dir, f))).toEqual([
      path.join('tests', 'a.test.yml'),
      path.join('tests', 'b.test.yaml'),
    ]);
    expect(findTestFiles([path.join(dir, 'tests', 'c.yaml')])).toEqual([path.join(dir, 'tests', 'c.yaml')]);
  });
});

describe('runTestFile', () => {
  it('runs inline answers against a questionnaire named by path, positions in the test file', () => {
    const dir = project('inline', {
      'tests/t.test.yaml': `questionnaire: ../tiny-scan.yaml
cases:
  - name: A
    answers: ${A}
    expect:
      overall: {level: try}
      units: {beta: {score: 2.75, level: spread, gap: 1}}
  - name: A, wrongly
    answers: ${A}
    expect:
      overall: {level: spread}
`,
    });
    const file = path.join(dir, 'tests', 't.test.yaml');
    const { result } = runTestFile(file, workspace(dir));
    expect(result.problems).toEqual([]);
    expect(result.questionnaire).toEqual({
      id: 'tiny-scan',
      version: '1.0.0',
      file: path.join(dir, 'tests', '../tiny-scan.yaml'),
    });
    expect(result.cases.map((c) => c.status)).toEqual(['passed', 'failed']);
    const [difference] = result.cases[1]!.differences;
    expect(describeDifference(difference!, 1e-9)).toBe('overall.level: expected spread, got try');
    expect(difference!.position).toMatchObject({ line: 11, column: 24 });
    expect(result.cases[1]!.position).toMatchObject({ line: 8, column: 11 });
  });

  it('finds the questionnaire by id among the given folders, and inline findings at their place', () => {
    const dir = project('by-id', {
      'tests/t.test.yaml': 'questionnaire: tiny-scan\ncases:\n  - name: typo\n    answers: {a1-1: 2, a11: 3}\n',
    });
    const { result } = runTestFile(path.join(dir, 'tests', 't.test.yaml'), workspace(dir));
    expect(result.questionnaire?.id).toBe('tiny-scan');
    const [c] = result.cases;
    expect(c!.status).toBe('failed');
    expect(c!.findings.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['4:24 unknown-question']);
  });

  it('scores the answer files, folders, globs and CSV files of a case together', () => {
    const dir = project('files', {
      'tests/t.test.yaml': `questionnaire: ../tiny-scan.yaml
cases:
  - name: the group
    files: [../answers]
    expect: {overall: {score: 2.9496527778, level: spread}}
  - name: a glob and a CSV file
    files: ["../answers/r[12].yaml", ../answers.csv]
  - name: nothing there
    files: [../missing]
    expect: {findings: [file-not-found]}
  - name: one at a time
    files: [../answers]
    aggregate: false
`,
    });
    const { result } = runTestFile(path.join(dir, 'tests', 't.test.yaml'), workspace(dir));
    const [group, mixed, missing, separately] = result.cases;
    expect(group!.differences).toEqual([]);
    expect(group!.status).toBe('passed');
    expect(mixed!.status).toBe('passed');
    expect(mixed!.actual.overall).toBeDefined();
    expect(missing!.status).toBe('passed');
    expect(missing!.findings[0]!.message).toBe(`no such file or folder: ${path.join(dir, 'tests', '../missing')}`);
    expect(separately!.status).toBe('error');
    expect(separately!.problems[0]!.message).toMatch(/^`aggregate: false` scores each answer set on its own/);
  });

  it('refuses answer files of another questionnaire', () => {
    const dir = project('other', {
      'tests/t.test.yaml': `questionnaire: ../tiny-scan.yaml
cases:
  - name: quickscan answers
    files: [${path.resolve('examples/gemeente-voorbeeld/quickscan-2025.yaml')}]
`,
    });
    const { result } = runTestFile(path.join(dir, 'tests', 't.test.yaml'), workspace(dir));
    expect(result.cases[0]!.status).toBe('error');
    expect(result.cases[0]!.problems[0]!.message).toMatch(
      /answers `odg-quickscan` \(or another copy of it\), not the questionnaire under test$/,
    );
  });

  it('does not run the cases of a questionnaire that is unknown or has errors, and says why', () => {
    const dir = project('broken', {
      'bad.yaml': fs.readFileSync(fixture('scoring', 'tiny-scan.yaml'), 'utf8').replace('min: 2.75', 'min: 1.5'),
      'tests/unknown.test.yaml': 'questionnaire: tiny-scna\ncases:\n  - name: a\n    answers: {}\n',
      'tests/bad.test.yaml': 'questionnaire: ../bad.yaml\ncases:\n  - name: a\n    answers: {}\n',
    });
    const ws = workspace(dir);
    const unknown = runTestFile(path.join(dir, 'tests', 'unknown.test.yaml'), ws).result;
    expect(unknown.problems.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`)).toEqual([
      expect.stringMatching(
        /^1:16 unknown-questionnaire questionnaire `tiny-scna` not found — did you mean `tiny-scan`\?/,
      ),
    ]);
    expect(unknown.cases.map((c) => c.status)).toEqual(['error']);
    const bad = runTestFile(path.join(dir, 'tests', 'bad.test.yaml'), ws).result;
    expect(bad.problems.map((d) => d.rule)).toEqual(['unknown-questionnaire', 'level-order']);
    expect(bad.problems[1]!.file).toBe(path.join(dir, 'tests', '../bad.yaml'));
    // Without leave, a path out of the test file's folder and the working folder is not followed.
    const strict = openWorkspace();
    registerQuestionnairesIn([dir], strict);
    const outside = runTestFile(path.join(dir, 'tests', 'bad.test.yaml'), strict).result;
    expect(outside.problems.map((d) => d.rule)).toEqual(['reference-outside']);
  });

  it('reports a test file that breaks the schema, or is not a test file, as a whole', () => {
    const dir = project('schema', {
      'tests/both.test.yaml': `questionnaire: ../tiny-scan.yaml\ncases:\n  - name: a\n    answers: {}\n    files: [x.yaml]\n  - name: b\n    expect: {overal: {score: 1}}\n`,
      'tests/answers.test.yaml': 'questionnaire: tiny-scan\nanswers: {}\n',
    });
    const ws = workspace(dir);
    const both = runTestFile(path.join(dir, 'tests', 'both.test.yaml'), ws).result;
    expect(both.cases).toEqual([]);
    expect(both.problems.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`)).toEqual([
      '3:5 invalid-value a case gives its answers inline (`answers`) or in `files`, not both',
      '6:5 missing-key a case needs `answers` (inline) or `files` (answer files)',
      '7:14 unknown-key unknown key `overal` in `expect` — did you mean `overall`?',
    ]);
    const answers = runTestFile(path.join(dir, 'tests', 'answers.test.yaml'), ws).result;
    expect(answers.problems.map((d) => d.message)).toEqual([
      'this is not a test file (a test file has `questionnaire` and `cases`); it is an answer file',
    ]);
  });
});

describe('updateTestFile', () => {
  it('rewrites what differs, keeping comments, and the file then passes', () => {
    const text = `# my tests
questionnaire: ../tiny-scan.yaml # the copy
cases:
  - name: A # respondent A
    answers: ${A}
    expect:
      overall: {score: 3, level: try} # was 3 before the edit
  - name: new
    answers: {b-1: 4}
`;
    const dir = project('update', { 'tests/t.test.yaml': text });
    const file = path.join(dir, 'tests', 't.test.yaml');
    const ws = workspace(dir);
    const plan = updateTestFile(runTestFile(file, ws));
    expect(plan.updates.map((u) => u.path.join('.'))).toEqual(['overall.score', '']);
    const updated = fs.readFileSync(file, 'utf8');
    expect(updated.startsWith(text.split('  - name: new')[0]!.replace('score: 3,', 'score: 2.6458333333,'))).toBe(true);
    expect(updated).toContain(
      '  - name: new\n    answers: {b-1: 4}\n    expect:\n      overall: {score: 4, level: embed}\n',
    );
    expect(runTestFile(file, ws).result.cases.map((c) => c.status)).toEqual(['passed', 'passed']);
  });
});
