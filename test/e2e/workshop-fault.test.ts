// `datascan workshop` killed with SIGKILL in the middle of a room saving: restarted on the same
// folder and port, every participant goes on with their token, and no save that got a 2xx is lost.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { joinAs, killWorkshops, request, startWorkshop, type Workshop } from '../helpers/workshop-server.js';

const QUESTIONNAIRE = fixture('form', 'werkplaats.yaml');
const PARTICIPANTS = 10;
const SAVES = 12;
const VALUES: [string, number][] = [
  ['kennis-1', 3],
  ['rollen-1', 3],
  ['opslag-1', 2],
  ['beveiliging-1', 2],
];

afterEach(killWorkshops);

/** Save `k` of a participant: one question more each time up to all four, and `save k` in the note. */
function save(k: number) {
  const answers: Record<string, unknown> = {};
  for (const [id, value] of VALUES.slice(0, Math.min(VALUES.length, k + 1))) answers[id] = value;
  answers['kennis-1'] = { value: 3, note: `save ${k}` };
  return {
    questionnaire: 'werkplaats',
    version: '2.0.0',
    respondent: { name: 'x' },
    date: '2026-03-01',
    answers,
    session: { status: k === SAVES - 1 ? 'complete' : 'in-progress', language: 'en' },
  };
}

/** The number of the save a participant's file holds; -1 without a file. */
const saveInFile = (file: string) =>
  fs.existsSync(file) ? Number(/note: save (\d+)/.exec(fs.readFileSync(file, 'utf8'))?.[1] ?? -1) : -1;

describe('datascan workshop after kill -9', () => {
  it('continues on the same folder with every token, and keeps every confirmed save', async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-workshop-fault-')), 'room');
    let server: Workshop = await startWorkshop(QUESTIONNAIRE, dir);
    const port = new URL(server.join).port;
    const pages = await Promise.all(Array.from({ length: PARTICIPANTS }, (_, n) => joinAs(server, `Deelnemer ${n}`)));
    const confirmed = pages.map(() => -1);
    let total = 0;
    let killed: () => void = () => {};
    const killedAt = new Promise<void>((resolve) => (killed = resolve));

    // Each participant saves in turn; a save that gets no answer (the server is gone) is sent again.
    const participant = async (n: number) => {
      const from = `127.0.0.${10 + n}`;
      let revision = (await request(`${pages[n]}/answers`, { from })).headers.etag ?? '';
      for (let k = 0; k < SAVES; k++) {
        for (;;) {
          const reply = await request(`${pages[n]}/answers`, {
            method: 'PUT',
            body: JSON.stringify(save(k)),
            from,
            headers: { 'If-Match': revision },
          }).catch(() => undefined);
          if (reply?.status === 204) {
            revision = reply.headers.etag ?? '';
            break;
          }
          // Written, but the answer was lost with the server: made on the answers before it. The page
          // merges and sends again; as this participant's only writer, the merge is the save itself.
          if (reply?.status === 409) {
            revision = reply.headers.etag ?? '';
            continue;
          }
          if (reply !== undefined) throw new Error(`save ${k}: ${reply.status} ${reply.body}`);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        confirmed[n] = k;
        if (++total === (PARTICIPANTS * SAVES) / 3) killed();
      }
    };
    const room = Promise.all(pages.map((_, n) => participant(n)));

    await killedAt;
    server.child.kill('SIGKILL');
    await server.exited;
    // What was confirmed when it died is on disk: the save confirmed or one after it (in flight).
    const atKill = [...confirmed];
    const state = JSON.parse(fs.readFileSync(path.join(dir, '.datascan-workshop.json'), 'utf8')) as {
      participants: { token: string; file: string }[];
    };
    const fileOf = (n: number) => {
      const token = new URL(pages[n] as string).pathname.split('/').pop();
      return path.join(dir, state.participants.find((p) => p.token === token)?.file as string);
    };
    for (let n = 0; n < PARTICIPANTS; n++) expect(saveInFile(fileOf(n))).toBeGreaterThanOrEqual(atKill[n] as number);
    expect(atKill.some((k) => k < SAVES - 1)).toBe(true);

    // The same folder and port: the lock of the killed server is taken over, every token still works.
    server = await startWorkshop(QUESTIONNAIRE, dir, ['--port', port]);
    expect(server.stderr()).toContain(`${PARTICIPANTS} participants joined before`);
    await room;

    for (let n = 0; n < PARTICIPANTS; n++) {
      expect(saveInFile(fileOf(n))).toBe(SAVES - 1);
      const back = JSON.parse((await request(`${pages[n]}/answers`)).body) as { answers: Record<string, unknown> };
      expect(Object.keys(back.answers).sort()).toEqual(VALUES.map(([id]) => id).sort());
    }
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    expect(files).toHaveLength(PARTICIPANTS);
    // No temporary file of the killed server is left once the new one has written.
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const checked = runCli(['validate', QUESTIONNAIRE, ...files.map((f) => path.join(dir, f))]);
    expect(checked.code, checked.stdout + checked.stderr).toBe(0);
  }, 60_000);
});
