/**
 * The GitHub Action (action.yml) run locally as a runner would: its shell steps in order, with
 * the default inputs, `${{ … }}` filled in from the inputs, the action's path and earlier steps'
 * outputs, on a fixture repository. Steps that use other actions (setting up Node, uploading the
 * SARIF file) are not run: they need GitHub. Nothing here touches the network.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, ROOT } from '../helpers/cli.js';

interface Step {
  name: string;
  id?: string;
  if?: string;
  uses?: string;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Action {
  inputs: Record<string, { default: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Action;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-action-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface StepRun {
  name: string;
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
}

/** `${{ inputs.x }}`, `${{ github.action_path }}` and `${{ steps.id.outputs.x }}`; anything else is an error here. */
function substitute(text: string, outputs: Record<string, Record<string, string>>): string {
  return text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression: string) => {
    let m: RegExpExecArray | null;
    if ((m = /^inputs\.([\w-]+)$/.exec(expression))) return action.inputs[m[1]!]!.default;
    if (expression === 'github.action_path') return ROOT;
    if ((m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression))) return outputs[m[1]!]?.[m[2]!] ?? '';
    throw new Error(`an expression this test does not evaluate: ${expression}`);
  });
}

/** Runs the action's shell steps in `repo`, as a runner does: bash -e -o pipefail, a GITHUB_OUTPUT file per step. */
function runAction(repo: string): { steps: StepRun[]; outputs: Record<string, string> } {
  const outputs: Record<string, Record<string, string>> = {};
  const steps: StepRun[] = [];
  action.runs.steps.forEach((step, i) => {
    if (step.uses) return;
    const script = path.join(tmp, `step-${i}.sh`);
    fs.writeFileSync(script, substitute(step.run!, outputs));
    const outputFile = path.join(tmp, `output-${i}`);
    fs.writeFileSync(outputFile, '');
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, substitute(v, outputs)]));
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
      cwd: repo,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NO_COLOR: '1',
        DATASCAN_CACHE_DIR: path.join(tmp, 'cache'),
        GITHUB_OUTPUT: outputFile,
        GITHUB_ACTION_PATH: ROOT,
        ...env,
      },
    });
    const stepOutputs = Object.fromEntries(
      fs
        .readFileSync(outputFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    if (step.id) outputs[step.id] = stepOutputs;
    steps.push({
      name: step.name,
      status: result.status,
      stdout: result.stdout,
      stderr: result.stderr,
      outputs: stepOutputs,
    });
  });
  const actionOutputs = Object.fromEntries(
    Object.entries(action.outputs).map(([name, { value }]) => [name, substitute(value, outputs)]),
  );
  return { steps, outputs: actionOutputs };
}

/** A repository with questionnaires/: the tiny scan, its test, and (when `broken`) a questionnaire with an error. */
function repository(name: string, broken: boolean): string {
  const repo = path.join(tmp, name);
  fs.mkdirSync(path.join(repo, 'questionnaires', 'tests'), { recursive: true });
  const tiny = fs.readFileSync(fixture('scoring', 'tiny-scan.yaml'), 'utf8');
  fs.writeFileSync(path.join(repo, 'questionnaires', 'tiny-scan.yaml'), tiny);
  if (broken)
    fs.writeFileSync(
      path.join(repo, 'questionnaires', 'broken.yaml'),
      tiny.replace('id: tiny-scan', 'id: broken-scan').replace('    weight: 2\n', '    wieght: 2\n'),
    );
  fs.writeFileSync(
    path.join(repo, 'questionnaires', 'tests', 'tiny.test.yaml'),
    'questionnaire: ../tiny-scan.yaml\ncases:\n  - name: everything 2\n    answers: {a1-1: 2, a1-2: 2, a2-1: 2, a2-2: 2, b-1: 2, b-2: 2, g1-1: 2, g2-1: 2}\n    expect: {overall: {score: 2, level: try}}\n',
  );
  return repo;
}

describe('action.yml', () => {
  it('is a composite action whose shell steps run in bash, with the steps it uses pinned to a major version', () => {
    expect(action.runs.using).toBe('composite');
    for (const step of action.runs.steps) {
      if (step.uses) expect(step.uses).toMatch(/^[\w-]+\/[\w/-]+@v\d+$/);
      else expect(step.shell).toBe('bash');
    }
    expect(action.runs.steps.filter((s) => s.uses).map((s) => s.uses)).toEqual([
      'actions/setup-node@v4',
      'github/codeql-action/upload-sarif@v3',
    ]);
    expect(action.runs.steps.find((s) => s.uses?.includes('upload-sarif'))?.with?.sarif_file).toBe(
      '${{ steps.validate.outputs.sarif-file }}',
    );
  });

  it('with the default inputs, on a repository with a broken questionnaire: SARIF with the finding, the tests in JUnit, and the job fails', () => {
    const repo = repository('broken', true);
    const { steps, outputs } = runAction(repo);
    expect(steps.map((s) => [s.name, s.status])).toEqual([
      ['Install datascan', 0],
      ['datascan validate', 0],
      ['datascan test', 0],
      ['Fail on errors', 1],
    ]);
    // datascan is built already: nothing was installed.
    expect(steps[0]!.stdout).toBe('');
    expect(outputs).toEqual({
      'sarif-file': 'datascan.sarif',
      'junit-file': 'datascan-junit.xml',
      'validate-exit-code': '1',
      'test-exit-code': '0',
    });
    const sarif = JSON.parse(fs.readFileSync(path.join(repo, 'datascan.sarif'), 'utf8'));
    expect(
      sarif.runs[0].results.map(
        (r: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => [
          r.ruleId,
          r.locations[0]!.physicalLocation.artifactLocation.uri,
        ],
      ),
    ).toContainEqual(['unknown-key', 'questionnaires/broken.yaml']);
    // The annotations for the pull request come in the log.
    expect(steps[1]!.stdout).toMatch(/^::error file=questionnaires\/broken\.yaml,line=\d+,.*title=unknown-key::/m);
    const junit = new DOMParser().parseFromString(
      fs.readFileSync(path.join(repo, 'datascan-junit.xml'), 'utf8'),
      'text/xml',
    );
    expect(junit.documentElement!.getAttribute('tests')).toBe('1');
    expect(junit.documentElement!.getAttribute('failures')).toBe('0');
    expect(steps[3]!.stdout).toContain('::error title=datascan::datascan validate exited 1, datascan test exited 0');
  });

  it('on a repository whose questionnaire is good and whose tests pass: the job passes', () => {
    const repo = repository('good', false);
    const { steps, outputs } = runAction(repo);
    expect(steps.map((s) => s.status)).toEqual([0, 0, 0, 0]);
    expect(outputs['validate-exit-code']).toBe('0');
    expect(outputs['test-exit-code']).toBe('0');
    expect(steps[3]!.stdout).toBe('datascan: no errors\n');
  });

  it('a failing test fails the job, and annotates the expectation', () => {
    const repo = repository('failing', false);
    const test = path.join(repo, 'questionnaires', 'tests', 'tiny.test.yaml');
    fs.writeFileSync(test, fs.readFileSync(test, 'utf8').replace('score: 2,', 'score: 2.5,'));
    const { steps, outputs } = runAction(repo);
    expect(outputs['test-exit-code']).toBe('1');
    expect(steps[2]!.stdout).toMatch(
      /^::error file=questionnaires\/tests\/tiny\.test\.yaml,line=5,.*::overall\.score: expected 2\.5, got 2$/m,
    );
    expect(steps[3]!.status).toBe(1);
  });
});
