/** The README's examples for `datascan test` and CI do what the README says. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { registerQuestionnairesIn, runTestFile } from '../../src/node/test-files.js';
import { openWorkspace } from '../../src/node/workspace.js';

const README = fs.readFileSync('README.md', 'utf8');
/** The first ```yaml block after a heading. */
function yamlAfter(heading: string): string {
  const section = README.slice(README.indexOf(heading));
  return /```yaml\n([\s\S]*?)```/.exec(section)![1]!;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-readme-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('README', () => {
  it('the test file under `datascan test` passes against the shipped quickscan', () => {
    const dir = path.join(tmp, 'questionnaires', 'tests');
    fs.mkdirSync(dir, { recursive: true });
    fs.cpSync('questionnaires', path.join(tmp, 'questionnaires'), { recursive: true });
    const file = path.join(dir, 'readme.test.yaml');
    fs.writeFileSync(file, yamlAfter('## `datascan test`'));
    const workspace = openWorkspace();
    registerQuestionnairesIn([path.join(tmp, 'questionnaires')], workspace);
    const { result } = runTestFile(file, workspace);
    expect(result.problems).toEqual([]);
    expect(result.cases.map((c) => [c.name, c.status, c.differences])).toEqual([
      ['een gemeente die net begint', 'passed', []],
      ['een vraag van de volledige scan', 'passed', []],
    ]);
  });

  it('the workflow under "In CI" checks out the repository, runs the action, and may upload SARIF', () => {
    const workflow = parse(yamlAfter('## In CI'));
    expect(workflow.permissions).toEqual({ contents: 'read', 'security-events': 'write' });
    expect(workflow.jobs.datascan.steps).toEqual([{ uses: 'actions/checkout@v4' }, { uses: 'OWNER/datascan@main' }]);
  });

  it('the pre-commit configuration under "In CI" names the two hooks of .pre-commit-hooks.yaml', () => {
    const config = parse(README.slice(README.indexOf('With [pre-commit]')).match(/```yaml\n([\s\S]*?)```/)![1]!);
    const hooks = parse(fs.readFileSync('.pre-commit-hooks.yaml', 'utf8')) as { id: string }[];
    expect(config.repos[0].hooks.map((h: { id: string }) => h.id)).toEqual(hooks.map((h) => h.id));
  });
});
