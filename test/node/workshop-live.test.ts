// The facilitator's live pieces on real files: the room's profile read from the folder as it is
// at each request, anonymised, and the events that tell open pages something changed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import type http from 'node:http';
import { describe, expect, it } from 'vitest';
import { openLive } from '../../src/node/workshop-live.js';
import { openWorkspace } from '../../src/node/workspace.js';
import { fixture } from '../helpers/cli.js';

const QUESTIONNAIRE = fixture('form', 'werkplaats.yaml');

function setUp() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-live-'));
  // As `datascan workshop path/to/q.yaml` has it: loaded by its path, its id not in any folder given.
  const workspace = openWorkspace();
  const questionnaire = workspace.load(QUESTIONNAIRE).questionnaire;
  if (!questionnaire) throw new Error('fixture questionnaire missing');
  return { dir, live: openLive({ questionnaire, dir, language: 'en', workspace }) };
}

const answerFile = (name: string, role: string, value: number, note: string) =>
  [
    'questionnaire: werkplaats',
    'version: 2.0.0',
    `respondent: {name: ${name}, role: ${role}}`,
    'answers:',
    `  kennis-1: {value: ${value}, note: "${note}"}`,
    `  rollen-1: 3`,
    '',
  ].join('\n');

describe('the live facilitator pieces', () => {
  it('score the folder as it is at each request, with no names or roles', async () => {
    const { dir, live } = setUp();
    const empty = await live.fragment({ participants: 0, waiting: 0, finished: 0 });
    expect(empty.body).toContain('There are no answers yet.');
    fs.writeFileSync(path.join(dir, 'ann-00000001.yaml'), answerFile('Ann Secret', 'Alderwoman', 1, 'low <b>x</b>'));
    fs.writeFileSync(path.join(dir, 'bob-00000002.yaml'), answerFile('Bob Hidden', 'Mayor', 3, 'high'));
    const { body } = await live.fragment({ participants: 2, waiting: 1, finished: 1 });
    expect(body).toContain('data-participants="2"');
    expect(body).toContain('1 joined, no answers yet');
    expect(body).toContain('1 of 2 finished');
    expect(body).toContain('data-question="kennis-1"');
    expect(body).toContain('low &lt;b&gt;x&lt;/b&gt;');
    for (const secret of ['Ann Secret', 'Bob Hidden', 'Alderwoman', 'Mayor']) expect(body).not.toContain(secret);
  });

  it('sends an event to every open stream after a change, and none to a closed one', () => {
    const { live } = setUp();
    const open = new PassThrough();
    let heard = '';
    open.on('data', (d: Buffer) => (heard += d.toString()));
    const response = Object.assign(open, { writeHead: () => response }) as unknown as http.ServerResponse;
    live.subscribe(response, {});
    live.changed();
    expect(heard).toContain('event: change\n');
    const before = heard.length;
    open.emit('close');
    live.changed();
    expect(heard.length).toBe(before);
  });
});
