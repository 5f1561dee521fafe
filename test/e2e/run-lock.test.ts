/** One `datascan run` per answer file, seen from the terminal (the lock itself: test/prompt/lock.test.ts). */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/cli.js';
import { Terminal, tempDir } from './run-terminal.js';

const SCAN = path.join(ROOT, 'test', 'fixtures', 'run', 'scan.yaml');
const DETAILS = ['--organisation', 'X', '--respondent', 'Y', '--role', 'Z'];

let terminal: Terminal | undefined;
let dir: string;
afterEach(() => {
  terminal?.close();
  terminal = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

function open(): Terminal {
  dir = tempDir();
  terminal = new Terminal(dir);
  return terminal;
}

describe('datascan run: one run per answer file', () => {
  it('a second run on the same file refuses with a clear message while the first goes on', async () => {
    const t = open();
    const first = await t.datascan(['run', SCAN, '-o', 'answers.yaml', ...DETAILS]);
    await t.waitFor('vraag 1 van 4');
    const { pid } = JSON.parse(fs.readFileSync(path.join(dir, 'answers.yaml.lock'), 'utf8')) as { pid: number };

    t.openSession('second');
    for (const args of [
      ['run', SCAN, '-o', 'answers.yaml', ...DETAILS],
      ['run', '--resume', 'answers.yaml'],
    ]) {
      const second = await t.datascan(args, 'second');
      expect(await t.exitCode(second, 'second')).toBe(2);
      const screen = t.screen('second');
      expect(screen).toContain(
        `datascan: answers.yaml is in gebruik door een andere \`datascan run\` (proces ${pid} op `,
      );
      expect(screen).toContain('Verwijder dan answers.yaml.lock.');
    }

    // The first run was not disturbed: it still answers and saves.
    t.keys('Enter');
    await t.waitFor('Notitie (optioneel');
    expect(parse(fs.readFileSync(path.join(dir, 'answers.yaml'), 'utf8')).answers).toEqual({ 'visie-1': 1 });
    t.keys('C-c');
    expect(await t.exitCode(first)).toBe(130);
    expect(fs.existsSync(path.join(dir, 'answers.yaml.lock'))).toBe(false);
  }, 60_000);

  it('refuses to start over an existing answer file and points at --resume', async () => {
    const t = open();
    fs.writeFileSync(path.join(dir, 'answers.yaml'), 'questionnaire: run-scan\nanswers: {}\n');
    const marker = await t.datascan(['run', SCAN, '-o', 'answers.yaml', ...DETAILS]);
    expect(await t.exitCode(marker)).toBe(2);
    expect(t.screen()).toContain(
      'datascan: answers.yaml bestaat al. Ga daarin verder met `datascan run --resume answers.yaml`, of kies een ander bestand met -o.',
    );
    expect(fs.readFileSync(path.join(dir, 'answers.yaml'), 'utf8')).toBe('questionnaire: run-scan\nanswers: {}\n');
    expect(fs.existsSync(path.join(dir, 'answers.yaml.lock'))).toBe(false);
  }, 60_000);

  it.each([
    ['nodir/answers.yaml', 'ENOENT (de map bestaat niet)'],
    ['plain/answers.yaml', 'ENOTDIR (een deel van het pad is geen map)'],
  ])(
    '-o %s that cannot be written: a one-line message and exit 2, not an internal error',
    async (output, code) => {
      const t = open();
      fs.writeFileSync(path.join(dir, 'plain'), '');
      const marker = await t.datascan(['run', SCAN, '-o', output, ...DETAILS]);
      expect(await t.exitCode(marker)).toBe(2);
      const screen = t.screen();
      expect(screen).toContain(`datascan: kan ${output} niet opslaan: ${code}\n`);
      expect(screen).not.toContain('internal error');
      expect(fs.readdirSync(dir)).toEqual(['plain']);
    },
    60_000,
  );

  it('SIGINT from outside the terminal stops the run as Ctrl-C does: saved, how to resume, 130', async () => {
    const t = open();
    const marker = await t.datascan(['run', SCAN, '-o', 'answers.yaml', ...DETAILS]);
    await t.waitFor('vraag 1 van 4');
    t.keys('Enter');
    await t.waitFor('Notitie (optioneel');
    t.keys('Enter');
    await t.waitFor('vraag 2 van 4');
    const { pid } = JSON.parse(fs.readFileSync(path.join(dir, 'answers.yaml.lock'), 'utf8')) as { pid: number };
    process.kill(pid, 'SIGINT');
    expect(await t.exitCode(marker)).toBe(130);
    const screen = t.screen();
    expect(screen).toContain('Gestopt. Alle antwoorden tot nu toe staan in answers.yaml.');
    expect(screen).toContain('Ga later verder met: datascan run --resume answers.yaml');
    expect(parse(fs.readFileSync(path.join(dir, 'answers.yaml'), 'utf8')).answers).toEqual({ 'visie-1': 1 });
    expect(fs.existsSync(path.join(dir, 'answers.yaml.lock'))).toBe(false);
  }, 60_000);

  it.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129], // what a closed terminal sends
  ] as const)(
    '%s ends the run with the answers on disk and the lock removed',
    async (signal, status) => {
      const t = open();
      const marker = await t.datascan(['run', SCAN, '-o', 'answers.yaml', ...DETAILS]);
      await t.waitFor('vraag 1 van 4');
      t.keys('Enter');
      await t.waitFor('Notitie (optioneel');
      t.keys('Enter');
      await t.waitFor('vraag 2 van 4');
      const { pid } = JSON.parse(fs.readFileSync(path.join(dir, 'answers.yaml.lock'), 'utf8')) as { pid: number };
      process.kill(pid, signal);
      expect(await t.exitCode(marker)).toBe(status);
      expect(parse(fs.readFileSync(path.join(dir, 'answers.yaml'), 'utf8')).answers).toEqual({ 'visie-1': 1 });
      expect(fs.existsSync(path.join(dir, 'answers.yaml.lock'))).toBe(false);
    },
    60_000,
  );
});
