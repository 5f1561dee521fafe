// `datascan workshop`: a save names the revision of the answers it was made on (If-Match), so one made
// on older answers (a second tab or device, a save sent again after its answer was lost) never
// overwrites what was saved since; the revision is the file's, so it holds across a restart.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/cli.js';
import { stopWorkshop } from '../helpers/workshop.js';
import {
  joinAs,
  killWorkshops,
  participantFile,
  request,
  startWorkshop,
  type Reply,
} from '../helpers/workshop-server.js';

const QUESTIONNAIRE = fixture('form', 'werkplaats.yaml');

afterEach(killWorkshops);

const body = (answers: Record<string, unknown>) =>
  JSON.stringify({
    questionnaire: 'werkplaats',
    version: '2.0.0',
    respondent: { name: 'x', role: '' },
    date: '2026-03-01',
    targets: {},
    answers,
    session: { status: 'in-progress', language: 'en' },
  });

/** A PUT of `text` with the If-Match header given (none when `undefined`). */
const put = (page: string, text: string, ifMatch?: string): Promise<Reply> =>
  request(`${page}/answers`, {
    method: 'PUT',
    body: text,
    ...(ifMatch !== undefined ? { headers: { 'If-Match': ifMatch } } : {}),
  });

describe('datascan workshop: saves made on older answers', () => {
  it('refuses a save made on answers changed since (409 with the current ones) and one without If-Match (428)', async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-workshop-revision-')), 'room');
    const w = await startWorkshop(QUESTIONNAIRE, dir);
    const ann = await joinAs(w, 'Ann');
    const fileOf = () => participantFile(dir, 'ann-');

    // Nothing saved yet: a revision all the same, and a save without one writes no file.
    const first = await request(`${ann}/answers`);
    const nothing = first.headers.etag as string;
    expect(nothing).toMatch(/^"[^"]+"$/);
    const unconditional = await put(ann, body({ 'kennis-1': 1 }));
    expect(unconditional.status).toBe(428);
    expect(fileOf()).toBeUndefined();

    // The reproduction: save one, save two on it, then the first body again as it was sent.
    const one = await put(ann, body({ 'kennis-1': 1 }), nothing);
    expect(one.status).toBe(204);
    const two = await put(ann, body({ 'kennis-1': 3, 'opslag-1': 3 }), one.headers.etag);
    expect(two.status).toBe(204);
    const revision = two.headers.etag as string;
    expect(revision).not.toBe(one.headers.etag);
    const saved = fs.readFileSync(fileOf() as string, 'utf8');

    const replayed = await put(ann, body({ 'kennis-1': 1 }), nothing);
    expect(replayed.status).toBe(409);
    expect(replayed.headers.etag).toBe(revision);
    expect((JSON.parse(replayed.body) as { answers: unknown }).answers).toEqual({ 'kennis-1': 3, 'opslag-1': 3 });
    expect(fs.readFileSync(fileOf() as string, 'utf8')).toBe(saved);
    expect(parse(saved).answers).toEqual({ 'kennis-1': 3, 'opslag-1': 3 });

    // Without If-Match, with `*` or a weak tag of an older revision: nothing written either.
    expect((await put(ann, body({ 'kennis-1': 2 }))).status).toBe(428);
    expect((await put(ann, body({ 'kennis-1': 2 }), '*')).status).toBe(409);
    expect((await put(ann, body({ 'kennis-1': 2 }), `W/${one.headers.etag}`)).status).toBe(409);
    expect(fs.readFileSync(fileOf() as string, 'utf8')).toBe(saved);
    // A save refused as no answer file keeps the revision as it was.
    expect((await put(ann, body({ 'kennis-1': 7 }), revision)).status).toBe(400);
    expect((await request(`${ann}/answers`)).headers.etag).toBe(revision);

    // After a restart the file's revision is the same, and a save made on it goes through.
    expect(await stopWorkshop(w)).toBe(130);
    const again = await startWorkshop(QUESTIONNAIRE, dir);
    const annAgain = again.origin + new URL(ann).pathname;
    expect((await request(`${annAgain}/answers`)).headers.etag).toBe(revision);
    expect((await put(annAgain, body({ 'kennis-1': 1 }), one.headers.etag)).status).toBe(409);
    const after = await put(annAgain, body({ 'kennis-1': 2, 'opslag-1': 3 }), revision);
    expect(after.status).toBe(204);
    expect(parse(fs.readFileSync(fileOf() as string, 'utf8')).answers).toEqual({ 'kennis-1': 2, 'opslag-1': 3 });
    // Through a proxy that compresses responses the tag comes back weak: the same revision, saved.
    const weak = await put(annAgain, body({ 'kennis-1': 1, 'opslag-1': 3 }), `W/${after.headers.etag}`);
    expect(weak.status).toBe(204);
    expect(parse(fs.readFileSync(fileOf() as string, 'utf8')).answers).toEqual({ 'kennis-1': 1, 'opslag-1': 3 });
  }, 60_000);
});
