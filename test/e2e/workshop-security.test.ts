// `datascan workshop` under attack, end to end on the built CLI: other people's tokens, guessed
// addresses, hostile bodies and names, and one client flooding the server.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/cli.js';
import { joinAs, killWorkshops, request, saveAnswers, startWorkshop } from '../helpers/workshop-server.js';

const QUESTIONNAIRE = fixture('form', 'werkplaats.yaml');
const FILE_NAME = /^[a-z0-9-]+-[0-9a-f]{8}\.yaml$/;

afterEach(killWorkshops);

const answers = (values: Record<string, unknown>) => ({
  questionnaire: 'werkplaats',
  version: '2.0.0',
  respondent: { name: 'x' },
  date: '2026-03-01',
  answers: values,
  session: { status: 'in-progress', language: 'en' },
});

const tokenOf = (page: string) => new URL(page).pathname.split('/').pop() as string;

function folder(): { parent: string; dir: string } {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-workshop-security-'));
  return { parent, dir: path.join(parent, 'room') };
}

describe('datascan workshop security', () => {
  it('keeps each participant to their own answers and every participant off the facilitator pages', async () => {
    const { dir } = folder();
    const w = await startWorkshop(QUESTIONNAIRE, dir);
    const ann = await joinAs(w, 'Ann');
    const bob = await joinAs(w, 'Bob');
    expect((await saveAnswers(ann, answers({ 'kennis-1': 3 }))).status).toBe(204);
    expect((await saveAnswers(bob, answers({ 'kennis-1': 1 }))).status).toBe(204);
    const bobFile = fs.readdirSync(dir).find((f) => f.startsWith('bob-')) as string;
    const bobBefore = fs.readFileSync(path.join(dir, bobFile), 'utf8');

    // Ann's token reads and writes Ann's answers only: Bob's stay as he saved them.
    expect(JSON.parse((await request(`${ann}/answers`)).body).answers).toEqual({ 'kennis-1': 3 });
    expect((await saveAnswers(ann, answers({ 'kennis-1': 2 }))).status).toBe(204);
    expect(fs.readFileSync(path.join(dir, bobFile), 'utf8')).toBe(bobBefore);
    expect(JSON.parse((await request(`${bob}/answers`)).body).answers).toEqual({ 'kennis-1': 1 });
    // Bob's token with one digit changed is nobody's.
    const near = bob.replace(/.$/, (c) => (c === '0' ? '1' : '0'));
    expect((await request(`${near}/answers`)).status).toBe(403);
    expect((await saveAnswers(near, answers({ 'kennis-1': 3 }))).status).toBe(403);
    expect(fs.readFileSync(path.join(dir, bobFile), 'utf8')).toBe(bobBefore);

    // A participant's token opens no facilitator address, nor anything below one.
    const base = new URL(w.join).pathname;
    for (const suffix of ['', '/', '/events', '/state', '/consensus', '/answers']) {
      for (const method of ['GET', 'POST', 'PUT']) {
        const reply = await request(`${w.origin}${base}/f/${tokenOf(ann)}${suffix}`, { method, body: '{}' });
        expect([403, 404, 405]).toContain(reply.status);
        expect(reply.body).not.toContain('Ann');
      }
    }
  }, 60_000);

  it('answers a missing or wrong workshop code exactly as any unknown address', async () => {
    const { dir } = folder();
    const w = await startWorkshop(QUESTIONNAIRE, dir);
    const ann = await joinAs(w, 'Ann');
    const code = new URL(w.join).pathname.split('/')[2] as string;
    const wrong = code.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
    const facilitatorToken = tokenOf(w.facilitator);
    const probes = [
      '/',
      '/favicon.ico',
      '/w',
      '/w/',
      `/w/${wrong}`,
      `/w/${wrong}/join`,
      `/w/${wrong}/p/${tokenOf(ann)}`,
      `/w/${wrong}/p/${tokenOf(ann)}/answers`,
      `/w/${wrong}/f/${facilitatorToken}`,
      `/w/${code.toUpperCase()}`,
      `/w/${code}x`,
      '/nothing/here',
    ];
    const unknown = await request(`${w.origin}/nothing-at-all`);
    expect(unknown.status).toBe(404);
    const shape = (r: { status: number; headers: http.IncomingHttpHeaders; body: string }) => ({
      status: r.status,
      body: r.body,
      type: r.headers['content-type'],
      length: r.headers['content-length'],
      allow: r.headers.allow,
    });
    for (const probe of probes)
      for (const method of ['GET', 'POST']) {
        const reply = await request(`${w.origin}${probe}`, { method, body: method === 'POST' ? 'name=x' : undefined });
        expect({ probe, method, ...shape(reply) }).toEqual({ probe, method, ...shape(unknown) });
      }
  }, 60_000);

  it('refuses oversized, malformed and unknown input, and keeps hostile names inside the folder as inert text', async () => {
    const { parent, dir } = folder();
    const w = await startWorkshop(QUESTIONNAIRE, dir);
    const ann = await joinAs(w, 'Ann');
    expect((await saveAnswers(ann, answers({ 'kennis-1': 3 }))).status).toBe(204);
    const annFile = path.join(dir, fs.readdirSync(dir).find((f) => f.startsWith('ann-')) as string);
    const saved = fs.readFileSync(annFile, 'utf8');

    expect((await saveAnswers(ann, `{"questionnaire":"werkplaats","x":"${'x'.repeat(1024 * 1024)}"}`)).status).toBe(
      413,
    );
    const bigJoin = await request(`${w.join}/join`, {
      method: 'POST',
      type: 'application/x-www-form-urlencoded',
      body: `name=${'x'.repeat(64 * 1024)}`,
    });
    expect(bigJoin.status).toBe(413);
    for (const body of ['{not json', '', 'null', '[]', '"answers"', '{"questionnaire":'])
      expect((await saveAnswers(ann, body)).status).toBe(400);
    expect((await request(`${w.join}/join`, { method: 'POST', body: '{"name":' })).status).toBe(400);
    const unknownId = await saveAnswers(ann, answers({ 'kennis-1': 3, 'nope-1': 2, __proto__: 1 }));
    expect(unknownId.status).toBe(400);
    expect(unknownId.body).toContain('nope-1');
    // Nothing refused reached the file.
    expect(fs.readFileSync(annFile, 'utf8')).toBe(saved);

    // Names that try to leave the folder, hide a NUL, or go on and on.
    for (const name of [
      '../../x',
      '..\\x',
      '..\\..\\..\\x',
      '/etc/passwd',
      'a\u0000b',
      '.',
      '..',
      '~',
      '\u0000x\u0000',
    ])
      await joinAs(w, name);
    // Nothing but a NUL is no name; 10,000 characters are past the limit of a join (413) as of a name (400).
    for (const name of ['\u0000', 'n'.repeat(10_000)]) {
      const refused = await request(`${w.join}/join`, {
        method: 'POST',
        type: 'application/x-www-form-urlencoded',
        body: new URLSearchParams({ name }).toString(),
      });
      expect([400, 413]).toContain(refused.status);
    }
    expect(fs.readdirSync(parent)).toEqual(['room']);
    const files = fs.readdirSync(dir).filter((f) => f !== '.datascan-workshop.json' && !f.endsWith('.lock'));
    expect(files.length).toBe(1);
    const state = JSON.parse(fs.readFileSync(path.join(dir, '.datascan-workshop.json'), 'utf8')) as {
      participants: { name: string; file: string }[];
    };
    expect(state.participants).toHaveLength(10);
    for (const p of state.participants) {
      expect(p.file).toMatch(FILE_NAME);
      expect(p.file.length).toBeLessThan(60);
      expect(p.name).not.toContain('\u0000');
    }

    // Markup in a name and a note: kept as the text it is, shown escaped, never as markup.
    const attack = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const eve = await joinAs(w, attack);
    expect((await saveAnswers(eve, answers({ 'kennis-1': { value: 2, note: attack } }))).status).toBe(204);
    const eveFile = fs.readdirSync(dir).find((f) => f.startsWith('img-src-x-onerror')) as string;
    expect(eveFile).toMatch(FILE_NAME);
    expect(fs.readFileSync(path.join(dir, eveFile), 'utf8')).toContain('alert(2)');
    for (const page of [w.facilitator, eve]) {
      const html = (await request(page)).body;
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(html).not.toContain('<img src=x');
      expect(html).not.toContain('<script>alert');
    }
    const back = await request(`${eve}/answers`);
    expect(back.headers['content-type']).toMatch(/^application\/json/);
    expect(back.headers['x-content-type-options']).toBe('nosniff');
  }, 60_000);

  it('throttles one client sending 1,000 requests at once and still answers everyone else', async () => {
    const { dir } = folder();
    const w = await startWorkshop(QUESTIONNAIRE, dir);
    const other = await joinAs(w, 'Other', { from: '127.0.0.2' });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 50 });
    const flood = Array.from({ length: 1000 }, () => request(w.join, { agent }));
    // In the middle of the flood another client (another source address) is served.
    const meanwhile = await request(`${other}/answers`, { from: '127.0.0.2' });
    const replies = await Promise.all(flood);
    agent.destroy();
    expect(meanwhile.status).toBe(200);
    const throttled = replies.filter((r) => r.status === 429);
    expect(throttled.length).toBeGreaterThan(0);
    expect(replies.every((r) => r.status === 200 || r.status === 429)).toBe(true);
    expect(Number(throttled[0]?.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // No crash: the server still runs and serves the other client.
    expect((await request(`${other}/answers`, { from: '127.0.0.2' })).status).toBe(200);
    expect(w.child.exitCode).toBe(null);
  }, 60_000);
});
