/**
 * `datascan run` in a real terminal (tmux) on test/fixtures/keys/scan.yaml: the questionnaire's
 * instructions stand with the first question, above its options, once; the overview has them again.
 * In a window with no room for them beside every option, a line says where to read them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { Terminal, tempDir } from './run-terminal.js';

const SCAN = path.join(ROOT, 'test', 'fixtures', 'keys', 'scan.yaml');

let terminal: Terminal | undefined;
let dir: string;
afterEach(() => {
  terminal?.close();
  terminal = undefined;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('datascan run: the instructions', () => {
  it('shows them with the first question, not with the next, and again in the overview', async () => {
    dir = tempDir();
    const t = (terminal = new Terminal(dir, { COLUMNS: '100' }));
    const args = ['run', SCAN, '-o', 'a.yaml', '--organisation', 'X', '--respondent', '', '--role', ''];
    const marker = await t.datascan([...args, '--lang', 'en']);
    await t.waitFor('Is there a data vision?');
    const first = t.shown().split('\n');
    const at = first.findIndex((l) => l.trim() === 'How to answer:');
    expect(at).toBeGreaterThan(first.findIndex((l) => l.includes('Is there a data vision?')));
    expect(first.slice(at + 1, at + 3).map((l) => l.trimEnd())).toEqual([
      'Choose the highest phase whose description fully applies. If it applies to one domain only, choose',
      'phase 2.',
    ]);
    // above the options
    expect(first.findIndex((l) => l.includes('1. Start'))).toBeGreaterThan(at + 2);
    t.keys('s');
    await t.waitFor('Is the vision supported?');
    expect(t.shown()).not.toContain('How to answer');
    t.keys('o');
    await t.waitFor('Overview');
    expect(t.shown()).toContain('How to answer:');
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
  }, 60_000);

  it('in a window too short for them and every option, fold into a line naming the overview; a taller one shows them', async () => {
    dir = tempDir();
    const t = (terminal = new Terminal(dir));
    // 21 rows: the options, the ways on and the key help fit under a line, not under the instructions.
    t.resize(60, 21);
    const args = ['run', SCAN, '-o', 'a.yaml', '--organisation', 'X', '--respondent', '', '--role', ''];
    const marker = await t.datascan(args);
    await t.waitFor('Is er een datavisie?');
    let shown = t.shown();
    expect(shown).toContain('Zo beantwoordt u de vragen: zie het overzicht.\n\n❯ 1. Begin\n');
    expect(shown).not.toContain('Kies de hoogste fase');
    for (const entry of ['3. Ver', '[n] Niet van toepassing', '[o] ☰ Naar het overzicht en afronden', '↑↓ Home End'])
      expect(shown, entry).toContain(entry);
    t.resize(60, 24);
    shown = await t.waitFor('Kies de hoogste fase');
    expect(shown).toContain('Zo beantwoordt u de vragen:\nKies de hoogste fase');
    expect(t.shown()).toContain('[o] ☰ Naar het overzicht en afronden');
    t.type('o');
    await t.waitFor('Overzicht');
    expect(t.shown()).toContain('Zo beantwoordt u de vragen:\nKies de hoogste fase');
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
  }, 60_000);

  it('in Dutch, in the words of the interview', async () => {
    dir = tempDir();
    const t = (terminal = new Terminal(dir));
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
    ]);
    await t.waitFor('Is er een datavisie?');
    expect(t.shown()).toContain(
      'Zo beantwoordt u de vragen:\nKies de hoogste fase waarvan de beschrijving helemaal klopt.',
    );
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
  }, 60_000);
});
