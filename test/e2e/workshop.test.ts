// `datascan workshop` end to end: the built CLI on a free port, participants joining and saving
// with fetch, the answer files on disk checked and scored by the CLI itself.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatScore } from '../../src/report/format.js';
import { answerCounts, questionUnits } from '../../src/report/profile/questions.js';
import { labelsFor } from '../../src/report/profile/labels.js';
import type { Profile } from '../../src/scoring/types.js';
import { qrMatrix, qrText } from '../../src/workshop/qr.js';
import { fixture, runCli } from '../helpers/cli.js';
import { joinWorkshop, stopWorkshop } from '../helpers/workshop.js';
import { killWorkshops, startWorkshop } from '../helpers/workshop-server.js';

const QUESTIONNAIRE = fixture('form', 'werkplaats.yaml');
const start = (dir: string, extra: string[] = []) => startWorkshop(QUESTIONNAIRE, dir, extra);
const stop = stopWorkshop;
const join = joinWorkshop;

afterEach(killWorkshops);

const answers = (values: Record<string, unknown>, complete = true) => ({
  questionnaire: 'werkplaats',
  version: '2.0.0',
  organisation: '',
  respondent: { name: 'someone else', role: '' },
  date: '2026-03-01',
  targets: {},
  answers: values,
  session: { status: complete ? 'complete' : 'in-progress', language: 'en' },
});

/** A save as the page makes it: on the answers saved now (their revision, read first). */
const put = async (page: string, body: unknown) =>
  fetch(`${page}/answers`, {
    method: 'PUT',
    headers: {
      'Content-Type': 'application/json',
      'If-Match': (await fetch(`${page}/answers`)).headers.get('etag') ?? '',
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('datascan workshop', () => {
  it('keeps each participant in a file of their own that validates and scores, and refuses everyone else', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-workshop-'));
    const folder = path.join(dir, 'room');
    const s = await start(folder);
    expect(new URL(s.join).hostname).toBe('127.0.0.1');
    // The workshop code: 128 bits at least.
    expect(s.join).toMatch(/\/w\/[0-9a-f]{32,}$/);

    const a = await join(s, 'Ann de Vries');
    const b = await join(s, '../../Bob/..\\x');
    expect(a).not.toBe(b);

    // The participant page is the form, with its hashed script and leave to talk to this server only.
    const page = await fetch(a);
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'sha256-[^']+'/);
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await page.text();
    expect(html).toContain('id="form-data"');
    expect(html).toContain(`${new URL(a).pathname}/answers`);

    expect((await put(a, answers({ 'kennis-1': 3, 'rollen-1': 3, 'opslag-1': 2, 'beveiliging-1': 2 }))).status).toBe(
      204,
    );
    expect((await put(b, answers({ 'kennis-1': { value: 1, note: '<script>x</script>' } }, false))).status).toBe(204);

    // Each reads back their own answers only; no caching.
    const mine = await fetch(`${a}/answers`);
    expect(mine.headers.get('cache-control')).toBe('no-store');
    expect(((await mine.json()) as { answers: Record<string, unknown> }).answers['kennis-1']).toBe(3);

    // A's token on B's file: there is no such address; a made-up token is 403 with nothing said.
    const forged = `${s.join}/p/${'0'.repeat(32)}`;
    const refused = await fetch(`${forged}/answers`);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toBe('Forbidden\n');
    expect((await put(forged, answers({ 'kennis-1': 1 }))).status).toBe(403);
    // A participant's token is not the facilitator's.
    const aToken = new URL(a).pathname.split('/').pop() as string;
    expect((await fetch(`${s.join}/f/${aToken}`)).status).toBe(403);
    expect((await fetch(`${s.join}/f/${'f'.repeat(32)}`)).status).toBe(403);
    expect((await fetch(`${s.join}/f/`)).status).toBe(403);
    // Without the workshop code nothing exists.
    expect((await fetch(`${s.origin}/`)).status).toBe(404);
    expect((await fetch(`${s.origin}/w/${'a'.repeat(32)}`)).status).toBe(404);

    // Answers that are no valid answer file are refused, and so is a body past the limit.
    expect((await put(a, answers({ 'kennis-1': 7 }))).status).toBe(400);
    expect((await put(a, answers({ 'nope-1': 1 }))).status).toBe(400);
    expect((await put(a, '{not json')).status).toBe(400);
    expect((await put(a, 'x'.repeat(2 * 1024 * 1024))).status).toBe(413);

    // The facilitator's page counts both and shows their answers without a name, the note's markup inert text.
    const overview = await fetch(s.facilitator);
    expect(overview.status).toBe(200);
    const text = await overview.text();
    expect(text).not.toContain('Ann de Vries');
    expect(text).not.toContain('Bob');
    expect(text).toContain('1 of 2 finished');
    expect(text).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(text).not.toContain('<script>x');
    expect(overview.headers.get('content-security-policy')).toMatch(/script-src 'sha256-[^']+'(;|$)/);

    // Two files, inside the folder, named by the slug and an id, in the answer-file format `run` writes.
    const files = fs
      .readdirSync(folder)
      .filter((f) => f.endsWith('.yaml'))
      .sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/^ann-de-vries-[0-9a-f]{8}\.yaml$/);
    expect(files[1]).toMatch(/^bob-x-[0-9a-f]{8}\.yaml$/);
    expect(fs.readdirSync(dir)).toEqual(['room']);
    const annText = fs.readFileSync(path.join(folder, files[0] as string), 'utf8');
    expect(annText).toMatch(/^# yaml-language-server: \$schema=/);
    expect(annText).toContain('name: Ann de Vries');
    expect(annText).not.toContain('someone else');

    const checked = runCli(['validate', QUESTIONNAIRE, ...files.map((f) => path.join(folder, f))]);
    expect(checked.stdout + checked.stderr).toContain('3 files checked: 0 errors');
    expect(checked.code).toBe(0);
    const scored = runCli(['score', folder, '--aggregate', '--format', 'json', '--dir', path.dirname(QUESTIONNAIRE)]);
    expect(scored.code).toBe(0);
    expect(JSON.parse(scored.stdout).respondents).toBe(2);

    // Ctrl-C: exit 130, the files stay; a restart keeps every address and gives the answers back.
    expect(await stop(s)).toBe(130);
    const again = await start(folder);
    // Port 0 picks a new port: the paths (code and tokens) are what stays.
    const pathOf = (url: string) => new URL(url).pathname;
    expect(pathOf(again.join)).toBe(pathOf(s.join));
    expect(pathOf(again.facilitator)).toBe(pathOf(s.facilitator));
    const bAgain = again.origin + pathOf(b);
    const back = (await (await fetch(`${bAgain}/answers`)).json()) as { answers: Record<string, unknown> };
    expect(back.answers['kennis-1']).toEqual({ value: 1, note: '<script>x</script>' });
    expect(
      (await put(bAgain, answers({ 'kennis-1': 2, 'rollen-1': 1, 'opslag-1': 1, 'beveiliging-1': 1 }))).status,
    ).toBe(204);
    expect(fs.readdirSync(folder).filter((f) => f.endsWith('.yaml'))).toHaveLength(2);
    expect(await stop(again)).toBe(130);
  }, 60_000);

  it('keeps the facilitator page live: an event after every save, the profile the folder scores to, the slides', async () => {
    const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-workshop-')), 'room');
    const s = await start(folder);
    const events = await fetch(`${s.facilitator}/events`);
    expect(events.status).toBe(200);
    expect(events.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = (events.body as ReadableStream<Uint8Array>).getReader();
    let heard = '';
    /** Reads the stream until it has said `text` `times` times in all. */
    const hear = async (text: string, times: number) => {
      while (heard.split(text).length - 1 < times) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended after: ${heard}`);
        heard += new TextDecoder().decode(value);
      }
    };
    await hear('retry:', 1);

    const pages = [await join(s, 'Ann de Vries'), await join(s, 'Bob'), await join(s, 'Cees')];
    await hear('event: change', 3);
    const values: Record<string, unknown>[] = [
      { 'kennis-1': 1, 'rollen-1': 1, 'opslag-1': 1, 'beveiliging-1': 1 },
      { 'kennis-1': 3, 'rollen-1': 3, 'opslag-1': { value: 3, note: 'it <b>says</b> so' }, 'beveiliging-1': 3 },
      { 'kennis-1': 2 },
    ];
    for (const [i, page] of pages.entries()) {
      expect((await put(page, answers(values[i]!, i < 2))).status).toBe(204);
      await hear('event: change', 4 + i);
    }

    // Everything below the facilitator's address wants the facilitator's token.
    const token = new URL(pages[0]!).pathname.split('/').pop() as string;
    for (const part of ['events', 'profile', 'slides'])
      expect((await fetch(`${s.join}/f/${token}/${part}`)).status).toBe(403);

    const fragment = await fetch(`${s.facilitator}/profile`);
    expect(fragment.status).toBe(200);
    const html = await fragment.text();
    expect(html).toContain('data-participants="3"');
    expect(html).toContain('data-finished="2"');
    for (const name of ['Ann de Vries', 'Bob', 'Cees']) expect(html).not.toContain(name);
    expect(html).toContain('says'); // the note, without its author's name

    // The fragment's numbers are those of `datascan score FOLDER --aggregate`.
    const scored = runCli([
      'score',
      folder,
      '--aggregate',
      '--format',
      'json',
      '--lang',
      'en',
      '--dir',
      path.dirname(QUESTIONNAIRE),
    ]);
    expect(scored.code).toBe(0);
    const profile = JSON.parse(scored.stdout) as Profile;
    expect(profile.respondents).toBe(3);
    expect(html).toMatch(new RegExp(`<span class="value">${profile.respondents}</span>`));
    expect(html).toContain(`Score ${formatScore(profile.overall.score, 'en')}`);
    for (const d of profile.dimensions)
      expect(html).toContain(`<th scope="row">${d.name}</th><td class="num">${formatScore(d.score, 'en')}</td>`);
    const shown = new Map(
      [...html.matchAll(/<div class="question" data-question="([^"]+)">([\s\S]*?)<\/ul>/g)].map((m) => [
        m[1],
        [...(m[2] as string).matchAll(/<span class="answer-count">(\d+)<\/span>/g)].map((c) => Number(c[1])),
      ]),
    );
    const kinds = labelsFor('en').answerKinds;
    const questions = questionUnits(profile).flatMap((u) => u.questions);
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions)
      expect(shown.get(question.id)).toEqual(answerCounts(question, kinds).map((c) => c.count));

    // The whole page: the same fragment, and the join address's QR code.
    const page = await (await fetch(s.facilitator)).text();
    expect(page).toContain('<div id="live">');
    expect(page).toMatch(/<svg class="qr" role="img"/);
    expect(page).toContain(`${s.join}</span>`);

    // The slides of the room so far, anonymised, with their own script allowed by its hash.
    const slides = await fetch(`${s.facilitator}/slides`);
    expect(slides.status).toBe(200);
    expect(slides.headers.get('content-security-policy')).toMatch(/script-src 'sha256-/);
    const deck = await slides.text();
    expect(deck).toContain('<section class="slide');
    for (const name of ['Ann de Vries', 'Bob', 'Cees']) expect(deck).not.toContain(name);
    const expected = runCli([
      'score',
      folder,
      '--aggregate',
      '--format',
      'slides',
      '--anonymise',
      '--lang',
      'en',
      '--dir',
      path.dirname(QUESTIONNAIRE),
    ]);
    expect(deck).toBe(expected.stdout);
    await reader.cancel();
    expect(await stop(s)).toBe(130);
  }, 60_000);

  it('prints the join address as a QR code in the terminal when it serves the room', async () => {
    const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-workshop-')), 'room');
    const local = await start(folder);
    // Answered once: the server is past its start-up and handles Ctrl-C.
    expect((await fetch(local.join)).status).toBe(200);
    expect(await stop(local)).toBe(130);
    expect(local.stdout()).not.toContain('█');
    const room = await start(folder, ['--host', '0.0.0.0']);
    // Printed after the addresses: wait for its last line.
    while (!room.stdout().endsWith('▀\n')) await new Promise((resolve) => room.child.stdout?.once('data', resolve));
    expect(room.stdout()).toContain(qrText(qrMatrix(room.join)));
    expect((await fetch(room.join)).status).toBe(200);
    expect(await stop(room)).toBe(130);
  }, 60_000);
});
