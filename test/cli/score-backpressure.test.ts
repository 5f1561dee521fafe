/**
 * `score` streaming to stdout waits for a slow reader: profiles are not piled up in memory while a
 * pipe (into jq, say) is full, and what the reader gets in the end is complete.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scoreCommand } from '../../src/cli/commands/score.js';
import type { CommandContext } from '../../src/cli/context.js';
import { plainStyle } from '../../src/util/style.js';
import { BIN, ROOT, runCli } from '../helpers/cli.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-backpressure-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const answers = fs.readFileSync(
  path.join(ROOT, 'examples', 'gemeente-voorbeeld', 'scan-2026', '01-wethouder.yaml'),
  'utf8',
);
const files = Array.from({ length: 40 }, (_, i) => {
  const file = path.join(work, `answers-${String(i).padStart(2, '0')}.yaml`);
  fs.writeFileSync(file, answers.replace(/^organisation: .*$/m, `organisation: Gemeente ${i}`));
  return file;
});

/** A command context whose stdout is a reader that takes nothing until `open()` (after `free` waits that pass at once). */
function gatedContext(free = 0): { ctx: CommandContext; written: string[]; open: () => void } {
  const written: string[] = [];
  let release: () => void = () => {};
  let gate = new Promise<void>((resolve) => (release = resolve));
  let waits = 0;
  const ctx: CommandContext = {
    stdout: (text) => void written.push(typeof text === 'string' ? text : Buffer.from(text).toString('utf8')),
    drain: () => (++waits <= free ? Promise.resolve() : gate),
    stderr: () => {},
    style: plainStyle,
    errStyle: plainStyle,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdoutColumns: 80,
    version: 'test',
    cache: false,
    language: 'en',
  };
  const open = () => {
    gate = Promise.resolve();
    release();
  };
  return { ctx, written, open };
}

describe('score to stdout, with a reader slower than the scoring', () => {
  it('writes no further profile until stdout has drained', async () => {
    const { ctx, written, open } = gatedContext();
    const done = scoreCommand(files, { format: 'ndjson' }, ctx);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(written).toHaveLength(1);
    open();
    expect(await done).toBe(0);
    expect(written.join('').trim().split('\n')).toHaveLength(files.length);
  });

  it('waits between the rows of one CSV file too, not only between files', async () => {
    const header = 'organisation,respondent,qs-pw-eff,qs-pw-efc';
    const csv = path.join(work, 'rows.csv');
    fs.writeFileSync(
      csv,
      [header, ...Array.from({ length: 30 }, (_, i) => `Gemeente ${i},R${i},2,3`)].join('\n') + '\n',
    );
    const { ctx, written, open } = gatedContext();
    const done = scoreCommand([csv], { format: 'ndjson', questionnaire: 'odg-quickscan' }, ctx);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(written).toHaveLength(1);
    open();
    expect(await done).toBe(0);
    expect(written.join('').trim().split('\n')).toHaveLength(30);
  });

  it('waits between the profiles of --group-by organisation too', async () => {
    const csv = path.join(work, 'organisations.csv');
    fs.writeFileSync(
      csv,
      [
        'organisation,respondent,qs-pw-eff,qs-pw-efc',
        ...Array.from({ length: 30 }, (_, i) => `Gemeente ${i},R${i},2,3`),
      ].join('\n') + '\n',
    );
    // The one wait after reading the file passes; the first after a profile holds.
    const { ctx, written, open } = gatedContext(1);
    const done = scoreCommand(
      [csv],
      { format: 'ndjson', questionnaire: 'odg-quickscan', groupBy: 'organisation' },
      ctx,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(written).toHaveLength(1);
    open();
    expect(await done).toBe(0);
    expect(written.join('').trim().split('\n')).toHaveLength(30);
  });

  it('the built CLI gives a reader that pauses the same bytes as -o gives a file', async () => {
    const file = path.join(work, 'out.ndjson');
    expect(runCli(['score', work, '--format', 'ndjson', '-o', file]).code).toBe(0);
    const child = spawn(process.execPath, [BIN, 'score', work, '--format', 'ndjson'], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      // Read one chunk, then nothing for a while: the pipe fills and the CLI has to wait.
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 5);
    });
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(fs.readFileSync(file, 'utf8'));
  });
});
