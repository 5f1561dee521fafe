/** `--dir FOLDER`, which every command that finds questionnaires by id takes. */
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

const A = fixture('answers', 'tiny', 'a.yaml');
const TINY = fixture('scoring', 'tiny-scan.yaml');

describe('--dir', () => {
  it('must name a folder: a file is a usage error (exit 2, one line) for every command that takes it', () => {
    for (const args of [
      ['validate', A],
      ['list'],
      ['show', 'odg-scan'],
      ['score', A],
      ['compare', A, A],
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
});
