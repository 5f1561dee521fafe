/** `--dir FOLDER`, which every command that finds questionnaires by id takes. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, ROOT, runCli } from '../helpers/cli.js';

const A = fixture('answers', 'tiny', 'a.yaml');
const TINY = fixture('scoring', 'tiny-scan.yaml');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-dir-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('--dir', () => {
  it('must name a folder: a file is a usage error (exit 2, one line) for every command that takes it', () => {
    for (const args of [
      ['validate', A],
      ['list'],
      ['show', 'odg-scan'],
      ['score', A],
      ['compare', A, fixture('answers', 'tiny', 'group', 'r1.yaml')],
      ['template', 'odg-scan'],
      ['test', 'questionnaires/tests'],
    ]) {
      const r = runCli([...args, '--dir', TINY]);
      expect(r.code, args[0]).toBe(2);
      expect(r.stdout, args[0]).toBe('');
      expect(r.stderr, args[0]).toBe(
        `datascan: not a folder: ${TINY}; give the folder that holds the questionnaires\n`,
      );
    }
  });

  it('a questionnaire there with the id of a shipped one is used in its place, with a warning naming both files', () => {
    const shipped = path.join(ROOT, 'questionnaires');
    const mine = fs.mkdtempSync(path.join(work, 'mine-'));
    fs.copyFileSync(path.join(shipped, 'odg-model.yaml'), path.join(mine, 'odg-model.yaml'));
    const copy = path.join(mine, 'odg-quickscan.yaml');
    fs.writeFileSync(
      copy,
      fs
        .readFileSync(path.join(shipped, 'odg-quickscan.yaml'), 'utf8')
        .replace('nl: Quickscan Datagedreven Gemeente', 'nl: Onze eigen quickscan'),
    );
    const r = runCli(['show', 'odg-quickscan', '--dir', mine, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { title: { nl: string } }).title.nl).toBe('Onze eigen quickscan');
    expect(r.stderr).toBe(
      `datascan: ${copy} has the id \`odg-quickscan\` of a shipped questionnaire (${path.join(shipped, 'odg-quickscan.yaml')}); using ${copy}\n`,
    );
    // The shipped folder itself given with --dir holds no copies.
    expect(runCli(['list', '--dir', 'questionnaires']).stderr).toBe('');
  });
});
