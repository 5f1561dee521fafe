// How many the room counts: joins stop at --max-participants (nothing written past it), and the
// projector counts as participants those who saved, with who joined and saved nothing apart.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { joinAs, killWorkshops, request, saveAnswers, startWorkshop } from '../helpers/workshop-server.js';

afterEach(killWorkshops);

const QUESTIONNAIRE = fixture('form', 'werkplaats.yaml');
const room = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-workshop-room-')), 'room');
const join = (url: string, name: string) =>
  request(`${url}/join`, {
    method: 'POST',
    type: 'application/x-www-form-urlencoded',
    body: new URLSearchParams({ name }).toString(),
  });

/** Every file in the folder with its text. */
const folderText = (dir: string) =>
  Object.fromEntries(fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));

describe('datascan workshop: a room of limited size', () => {
  it('refuses joins past --max-participants with 503 and a page that says the workshop is full; nothing is written', async () => {
    const dir = room();
    for (const [language, words] of [
      ['en', 'This workshop is full: 2 participants have joined already.'],
      ['nl', 'Deze workshop is vol: er hebben zich al 2 deelnemers aangemeld.'],
    ] as const) {
      fs.rmSync(dir, { recursive: true, force: true });
      const w = await startWorkshop(QUESTIONNAIRE, dir, ['--max-participants', '2', '--lang', language]);
      expect((await join(w.join, 'Ann')).status).toBe(303);
      expect((await join(w.join, 'Bob')).status).toBe(303);
      const before = folderText(dir);
      for (let i = 0; i < 5; i++) {
        const refused = await join(w.join, `Extra ${i}`);
        expect(refused.status).toBe(503);
        expect(refused.body).toContain(words);
      }
      const page = await request(w.join);
      expect(page.status).toBe(503);
      expect(page.body).toContain(words);
      expect(page.body).not.toContain('<form');
      expect(folderText(dir)).toEqual(before);
      w.child.kill('SIGKILL');
      await w.exited;
    }
  });

  it('takes 60 participants unless told otherwise', async () => {
    const dir = room();
    const w = await startWorkshop(QUESTIONNAIRE, dir);
    for (let i = 0; i < 60; i++) expect((await join(w.join, `P ${i}`)).status).toBe(303);
    expect((await join(w.join, 'One more')).status).toBe(503);
    const state = JSON.parse(fs.readFileSync(path.join(dir, '.datascan-workshop.json'), 'utf8')) as {
      participants: unknown[];
    };
    expect(state.participants).toHaveLength(60);
  });

  it('refuses a --max-participants that is no number of participants, in one line (exit 2)', () => {
    for (const value of ['0', 'ten', '-3']) {
      const result = runCli(['workshop', QUESTIONNAIRE, '--dir', room(), '--max-participants', value, '--port', '0']);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(`--max-participants: ${value} is not a number of participants (1 or more)`);
    }
  });

  it('counts on the projector who saved; who joined and saved nothing is shown apart', async () => {
    const w = await startWorkshop(QUESTIONNAIRE, room());
    const pages = [await joinAs(w, 'Ann'), await joinAs(w, 'Bob'), await joinAs(w, 'Cees')];
    const fragment = async () => (await request(`${w.facilitator}/profile`)).body;
    let html = await fragment();
    expect(html).toContain('data-participants="0"');
    expect(html).toContain('data-waiting="3"');
    expect(html).toContain('3 joined, no answers yet');

    const answers = (status: string) => ({
      questionnaire: 'werkplaats',
      version: '2.0.0',
      answers: { 'kennis-1': 2 },
      session: { status, language: 'en' },
    });
    expect((await saveAnswers(pages[0]!, answers('complete'))).status).toBe(204);
    html = await fragment();
    expect(html).toContain('data-participants="1"');
    expect(html).toContain('>1 participant<');
    expect(html).toContain('1 of 1 finished');
    expect(html).toContain('data-waiting="2"');

    expect((await saveAnswers(pages[1]!, answers('in-progress'))).status).toBe(204);
    expect((await saveAnswers(pages[2]!, answers('in-progress'))).status).toBe(204);
    html = await fragment();
    expect(html).toContain('3 participants');
    expect(html).toContain('1 of 3 finished');
    expect(html).not.toContain('data-waiting');
  });
});
