// `datascan workshop` end to end: the built CLI on a free port, participants joining and saving
// with fetch, the answer files on disk checked and scored by the CLI itself.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, ROOT, fixture, runCli } from '../helpers/cli.js';

const QUESTIONNAIRE = fixture('form', 'werkplaats.yaml');
const running: ChildProcess[] = [];

interface Started {
  child: ChildProcess;
  join: string;
  facilitator: string;
  origin: string;
  stderr: () => string;
}

/** Starts the workshop and waits for its two addresses on stdout. */
async function start(dir: string): Promise<Started> {
  const child = spawn(process.execPath, [BIN, 'workshop', QUESTIONNAIRE, '--dir', dir, '--port', '0', '--lang', 'en'], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', LANG: 'C' },
  });
  running.push(child);
  let out = '';
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const lines = await new Promise<string[]>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const urls = out.match(/http:\/\/\S+/g) ?? [];
      if (urls.length >= 2) resolve(urls);
    });
    child.on('exit', () => reject(new Error(`workshop ended: ${err}`)));
  });
  const [join, facilitator] = lines as [string, string];
  return { child, join, facilitator, origin: new URL(join).origin, stderr: () => err };
}

async function stop(started: Started): Promise<number | null> {
  const done = new Promise<number | null>((resolve) => started.child.on('exit', (code) => resolve(code)));
  started.child.kill('SIGINT');
  return done;
}

afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

async function join(s: Started, name: string): Promise<string> {
  const response = await fetch(`${s.join}/join`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ name }).toString(),
    redirect: 'manual',
  });
  expect(response.status).toBe(303);
  return new URL(response.headers.get('location') as string, s.origin).href;
}

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

const put = (page: string, body: unknown) =>
  fetch(`${page}/answers`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
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

    // The facilitator sees both, and the note's markup is inert text.
    const overview = await fetch(s.facilitator);
    expect(overview.status).toBe(200);
    const text = await overview.text();
    expect(text).toContain('Ann de Vries');
    expect(text).toContain('../../Bob/..\\x');
    expect(text).toContain('1 of 2 finished');
    expect(overview.headers.get('content-security-policy')).not.toContain('script-src');

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
});
