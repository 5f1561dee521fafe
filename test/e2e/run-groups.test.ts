/**
 * `datascan run` in a real terminal (tmux) on test/fixtures/scoring/groups-scan.yaml: the place of
 * a question names its group after its units, and its quality criteria stand under the question,
 * before the options.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { Terminal, tempDir } from './run-terminal.js';

const SCAN = path.join(ROOT, 'test', 'fixtures', 'scoring', 'groups-scan.yaml');

let terminal: Terminal | undefined;
let dir: string;
afterEach(() => {
  terminal?.close();
  terminal = undefined;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('datascan run: groups and quality criteria', () => {
  it('shows dimension › subdimension › group, and the criteria under the question', async () => {
    dir = tempDir();
    const t = (terminal = new Terminal(dir, { COLUMNS: '100' }));
    const marker = await t.datascan([
      'run',
      SCAN,
      '-o',
      'a.yaml',
      '--organisation',
      'X',
      '--respondent',
      '',
      '--role',
      '',
      '--lang',
      'en',
    ]);
    await t.waitFor('Goals are set for the year');
    const lines = t.shown().split('\n');
    expect(lines.some((l) => l.trim() === 'Governance › Strategy › Plan')).toBe(true);
    const at = lines.findIndex((l) => l.includes('Goals are set for the year'));
    expect(lines.slice(at + 1, at + 4).map((l) => l.trimEnd())).toEqual([
      'Quality criteria:',
      '  • Each goal has an owner',
      '  • Goals are written down where the teams can read them',
    ]);
    // the options come after the criteria
    expect(lines.findIndex((l) => l.includes('Not at all'))).toBeGreaterThan(at + 3);
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
  }, 60_000);
});
