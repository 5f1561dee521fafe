/**
 * `datascan score` in a real terminal (tmux): the progress bar over a long batch, and Ctrl-C in the
 * middle of it, which must leave the terminal as it was and no file behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { tempDir, Terminal, tmuxAvailable } from './run-terminal.js';

const dir = tempDir();
const answers = path.join(dir, 'answers');
let terminal: Terminal;

beforeAll(() => {
  // Enough files for the run to take a few seconds: the bar appears, and Ctrl-C lands mid-run.
  const text = fs.readFileSync(
    path.join(ROOT, 'examples', 'gemeente-voorbeeld', 'scan-2026', '04-data-analist.yaml'),
    'utf8',
  );
  fs.mkdirSync(answers);
  for (let i = 0; i < 4000; i++)
    fs.writeFileSync(
      path.join(answers, `a-${String(i).padStart(4, '0')}.yaml`),
      text.replace(/^organisation: .*$/m, `organisation: Gemeente ${i}`),
    );
  terminal = new Terminal(dir);
});
afterAll(() => {
  terminal?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe.runIf(tmuxAvailable())('score with a progress bar, in a terminal', () => {
  it('Ctrl-C mid-run: exit 130, the cursor visible again, no -o file and no temporary file', async () => {
    const marker = await terminal.datascan(['score', 'answers', '--format', 'ndjson', '-o', 'out.ndjson']);
    await terminal.waitFor(/scoring \[.*\] \d+\/4000 files/);
    expect(terminal.cursorVisible()).toBe(false);
    terminal.keys('C-c');
    expect(await terminal.exitCode(marker)).toBe(130);
    expect(terminal.cursorVisible()).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(['answers']);
  }, 60_000);

  it('stdout to a file but no -o: Ctrl-C also ends the run with 130 and the cursor visible', async () => {
    const marker = await terminal.datascan(['score', 'answers', '--format', 'csv'], undefined, 'scores.csv');
    await terminal.waitFor(/scoring \[.*\] \d+\/4000 files/);
    expect(terminal.cursorVisible()).toBe(false);
    terminal.keys('C-c');
    expect(await terminal.exitCode(marker)).toBe(130);
    expect(terminal.cursorVisible()).toBe(true);
  }, 60_000);
});
