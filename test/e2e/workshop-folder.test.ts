// The workshop folder: one server at a time, and every file in it private to its owner.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { joinAs, killWorkshops, saveAnswers, startWorkshop } from '../helpers/workshop-server.js';

const QUESTIONNAIRE = fixture('form', 'werkplaats.yaml');

afterEach(killWorkshops);

describe('datascan workshop --dir', () => {
  it.skipIf(process.platform === 'win32')(
    'refuses a second server on the same folder in one line, and writes every file for its owner only',
    async () => {
      const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-workshop-folder-')), 'room');
      const w = await startWorkshop(QUESTIONNAIRE, dir);
      const ann = await joinAs(w, 'Ann');
      const body = {
        questionnaire: 'werkplaats',
        version: '2.0.0',
        respondent: { name: 'Ann' },
        date: '2026-03-01',
        answers: { 'kennis-1': 2 },
      };
      expect((await saveAnswers(ann, body)).status).toBe(204);

      const second = runCli(['workshop', QUESTIONNAIRE, '--dir', dir, '--port', '0', '--lang', 'en']);
      expect(second.code).toBe(2);
      expect(second.stdout).toBe('');
      const lines = second.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`is in use by another datascan workshop (process ${w.child.pid}`);

      const mode = (file: string) => fs.statSync(path.join(dir, file)).mode & 0o777;
      expect(mode('.')).toBe(0o700);
      const files = fs.readdirSync(dir).filter((f) => !f.endsWith('.lock'));
      expect(files.sort()).toEqual(['.datascan-workshop.json', expect.stringMatching(/^ann-[0-9a-f]{8}\.yaml$/)]);
      for (const file of files) expect({ file, mode: mode(file) }).toEqual({ file, mode: 0o600 });

      // Once the first has stopped, the folder is free again.
      w.child.kill('SIGINT');
      expect(await w.exited).toBe(130);
      expect(fs.readdirSync(dir).some((f) => f.endsWith('.lock'))).toBe(false);
      const again = await startWorkshop(QUESTIONNAIRE, dir);
      expect(again.stderr()).toContain('1 participant joined before');
    },
    60_000,
  );
});
