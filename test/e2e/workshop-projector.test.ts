// What the projector shows of a participant's note: the facilitator's live page cuts a long note
// as the slides and the consensus round do, so one participant cannot fill the room's screen.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/cli.js';
import { joinWorkshop, killWorkshops, saveAnswers, startWorkshop, stopWorkshop } from '../helpers/workshop.js';

afterEach(killWorkshops);

describe('datascan workshop on the projector', () => {
  it('cuts a long note on the facilitator page to 300 characters; the answer file keeps it whole', async () => {
    const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-projector-')), 'room');
    const s = await startWorkshop(fixture('form', 'werkplaats.yaml'), folder, 'nl');
    const page = await joinWorkshop(s, 'Ann');
    const note = `Begin ${'lang verhaal '.repeat(1000)}einde`;
    const saved = await saveAnswers(page, {
      questionnaire: 'werkplaats',
      version: '2.0.0',
      answers: { 'kennis-1': { value: 2, note } },
      session: { status: 'complete', language: 'nl' },
    });
    expect(saved.status).toBe(204);

    for (const part of ['', '/profile']) {
      const html = await (await fetch(`${s.facilitator}${part}`)).text();
      expect(html).toContain('Begin lang verhaal');
      expect(html).not.toContain('einde');
      const shown = /Begin [a-z ]*…/.exec(html);
      expect(shown, part).not.toBeNull();
      expect(shown![0].length).toBeLessThanOrEqual(300);
    }
    const file = fs.readdirSync(folder).find((f) => f.startsWith('ann-'))!;
    expect(fs.readFileSync(path.join(folder, file), 'utf8')).toContain('einde');
    expect(await stopWorkshop(s)).toBe(130);
  });
});
