// What the projector shows of a participant's note: the facilitator's live page cuts a long note
// as the slides and the consensus round do, so one participant cannot fill the room's screen.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
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

describe('datascan workshop with a questionnaire from another folder', () => {
  it('shows score and compare commands that find it: the consensus page and the stop message name its folder', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-elsewhere-'));
    const elsewhere = path.join(tmp, 'vragenlijsten');
    fs.mkdirSync(elsewhere);
    fs.copyFileSync(fixture('form', 'werkplaats.yaml'), path.join(elsewhere, 'werkplaats.yaml'));
    const folder = path.join(tmp, 'room');
    const s = await startWorkshop(path.join(elsewhere, 'werkplaats.yaml'), folder, 'en');
    for (const [name, value] of [
      ['Ann', 1],
      ['Bob', 3],
    ] as const) {
      const saved = await saveAnswers(await joinWorkshop(s, name), {
        questionnaire: 'werkplaats',
        version: '2.0.0',
        answers: { 'kennis-1': value },
        session: { status: 'complete', language: 'en' },
      });
      expect(saved.status).toBe(204);
    }
    const overview = await (await fetch(`${s.facilitator}/consensus`)).text();
    const compare = /datascan (compare [^<]*)</.exec(overview)?.[1];
    expect(compare).toContain(`--dir ${elsewhere}`);
    expect(await stopWorkshop(s)).toBe(130);
    const score = /score them with: datascan (score .*)/.exec(s.stderr())?.[1];
    expect(score).toContain(`--dir ${elsewhere}`);

    // The commands as shown do what they say (no file there needs quoting).
    expect(runCli(score!.split(' ')).code).toBe(0);
  });
});
