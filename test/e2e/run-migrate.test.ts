/**
 * `datascan run --resume` of an answer file answered for an earlier version whose questionnaire has
 * a migration path from it (test/fixtures/migrate): in a real terminal (tmux).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/cli.js';
import { Terminal, tempDir } from './run-terminal.js';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'migrate');

let terminal: Terminal | undefined;
let dir: string;
afterEach(() => {
  terminal?.close();
  terminal = undefined;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('datascan run --resume across questionnaire versions', () => {
  it('migrates the answers (copy first), says what happened, keeps dropped answers as comments and goes on with the open questions', async () => {
    dir = tempDir();
    for (const file of ['scan.yaml', 'answers-1.0.0.yaml'])
      fs.copyFileSync(path.join(FIXTURES, file), path.join(dir, file));
    const original = fs.readFileSync(path.join(dir, 'answers-1.0.0.yaml'), 'utf8');
    const t = (terminal = new Terminal(dir));
    const marker = await t.datascan(['run', '--resume', 'answers-1.0.0.yaml']);
    // Interview order: visie-1, visie-draagvlak (skipped), sturing-1 (asked anew), data-1, data-2 (new).
    // Notices are wrapped to the terminal's width: read as running text.
    const screen = (await t.waitFor('Stuurt het college op data?')).replace(/\s+/g, ' ');
    expect(screen).toContain(
      'Let op: answers-1.0.0.yaml is beantwoord voor 1.0.0; dit is versie 1.1.0 van mig-scan: 3 antwoorden overgenomen, 1 vervallen, 2 nieuwe of gewijzigde vragen open.',
    );
    expect(screen).toContain(
      'Vervallen (de vraag is veranderd): sturing-1; ze staan als commentaar onder de antwoorden in het bestand.',
    );
    expect(screen).toContain('Het oorspronkelijke bestand is bewaard als answers-1.0.0.yaml.v1.0.0.bak');
    expect(screen).toContain('vraag 3 van 5');
    expect(fs.readFileSync(path.join(dir, 'answers-1.0.0.yaml.v1.0.0.bak'), 'utf8')).toBe(original);

    t.keys('Enter'); // sturing-1: Begin
    await t.waitFor('Notitie (optioneel');
    t.keys('Enter');
    // On to the next question in order: data-1, answered in 1.0.0 and carried over.
    await t.waitFor('vraag 4 van 5');
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);

    const text = fs.readFileSync(path.join(dir, 'answers-1.0.0.yaml'), 'utf8');
    expect(parse(text)).toMatchObject({
      version: '1.1.0',
      organisation: 'Gemeente West',
      targets: { visie: 3 },
      answers: {
        'visie-1': { value: 2, note: 'uit het coalitieakkoord' },
        'visie-draagvlak': { value: 3, note: 'breed gedragen' },
        'sturing-1': 1,
        'data-1': 3,
      },
      session: { status: 'in-progress' },
    });
    expect(text).toContain('# vervallen in 1.1.0: sturing-1: 2 — "alleen in het sociaal domein"');
    expect(text).toContain('  # navragen bij de controller\n  visie-draagvlak:');
  }, 60_000);
});
