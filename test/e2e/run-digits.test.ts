/**
 * `datascan run` in a real terminal (tmux) on test/fixtures/run/floor-digits.yaml: `reg` has an extra first option
 * below the legal floor (value 0) before phases 1–4, `told` has only 1–4. The options are numbered by value, so a
 * room calling out "3" records phase 3 on both, and the option below the floor says so in words.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/cli.js';
import { Terminal, tempDir } from './run-terminal.js';

const SCAN = path.join(ROOT, 'test', 'fixtures', 'run', 'floor-digits.yaml');

let terminal: Terminal | undefined;
let dir: string;
afterEach(() => {
  terminal?.close();
  terminal = undefined;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('datascan run: digits pick values', () => {
  it('3 records phase 3 with and without an option below the legal floor, which is marked in words', async () => {
    dir = tempDir();
    const t = (terminal = new Terminal(dir));
    const args = ['run', SCAN, '-o', 'a.yaml', '--organisation', 'X', '--respondent', '', '--role', ''];
    const marker = await t.datascan(args);
    const reg = await t.waitFor('Is er een verwerkingsregister?');
    expect(reg).toContain('❯ 0. Helemaal geen register (onder de wettelijke ondergrens)\n');
    expect(reg).toContain('  3. Voor het meeste bijgehouden\n');
    t.keys('3');
    await t.waitFor('Notitie (optioneel');
    t.keys('Enter');
    const told = await t.waitFor('Horen mensen wat er met hun data gebeurt?');
    expect(told).toContain('  3. Op meerdere plekken\n');
    expect(told).not.toContain('ondergrens');
    t.keys('3');
    await t.waitFor('Notitie (optioneel');
    t.keys('Enter');
    await t.waitFor('Alle vragen zijn beantwoord.');
    t.keys('Enter'); // Afronden
    expect(await t.exitCode(marker)).toBe(0);
    const saved = parse(fs.readFileSync(path.join(dir, 'a.yaml'), 'utf8')) as { answers: Record<string, unknown> };
    expect(saved.answers).toEqual({ reg: 3, told: 3 });
  }, 60_000);
});
