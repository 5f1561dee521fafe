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
const OPEN = path.join(ROOT, 'test', 'fixtures', 'migrate-open');

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
    // The questions the migration left open come first: sturing-1, then data-2.
    expect(screen).toContain('Eerst komen de 2 nieuwe of gewijzigde vragen; daarna ziet u het overzicht');
    expect(screen).toContain('vraag 1 van 2 nieuwe of gewijzigde vragen');
    expect(fs.readFileSync(path.join(dir, 'answers-1.0.0.yaml.v1.0.0.bak'), 'utf8')).toBe(original);

    t.keys('Enter'); // sturing-1: Begin
    await t.waitFor('Notitie (optioneel');
    t.keys('Enter');
    // On to the next open one, data-2, past data-1 (answered in 1.0.0 and carried over).
    await t.waitFor('vraag 2 van 2 nieuwe of gewijzigde vragen');
    expect(t.shown()).toContain('Wordt de datakwaliteit gemeten?');
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

/** Waits until the window (not what scrolled off) shows `text`, and gives what it shows. */
async function waitShown(t: Terminal, text: string): Promise<string> {
  await t.waitUntil(() => t.shown().includes(text), t.session, text);
  return t.shown();
}

/** A copy of test/fixtures/migrate-open with `file`, run with --resume in a terminal. */
async function resumeOpen(file: string): Promise<{ t: Terminal; marker: string }> {
  dir = tempDir();
  for (const name of ['scan.yaml', file]) fs.copyFileSync(path.join(OPEN, name), path.join(dir, name));
  const t = (terminal = new Terminal(dir));
  return { t, marker: await t.datascan(['run', '--resume', file]) };
}

// test/fixtures/migrate-open, interview order: visie-1, visie-2, sturing-1 (asked anew), sturing-2,
// data-nieuw (added), data-1; visie-oud is gone.
describe('datascan run --resume after a migration: the new and changed questions first', () => {
  it('a finished file is in progress again and goes through the open ones only (back among them too), then to the overview', async () => {
    const { t, marker } = await resumeOpen('answers-complete-1.0.0.yaml');
    const first = (await waitShown(t, 'Stuurt het college op data?')).replace(/\s+/g, ' ');
    expect(first).not.toContain('Alle vragen waren al doorlopen');
    expect(first).toContain(
      'Eerst komen de 2 nieuwe of gewijzigde vragen; daarna ziet u het overzicht, waar u alle vragen kunt nalopen.',
    );
    expect(first).toContain('vraag 1 van 2 nieuwe of gewijzigde vragen');
    expect(first).toContain('4 van 6 beantwoord');
    // The first of them has nothing before it among them, as question 1.
    expect(first).not.toContain('[b]');

    t.keys('1'); // sturing-1: Begin
    await waitShown(t, 'Notitie (optioneel');
    t.keys('Enter');
    // Past sturing-2 (answered): the next open one.
    const second = await waitShown(t, 'Wordt de datakwaliteit gemeten?');
    expect(second).toContain('vraag 2 van 2 nieuwe of gewijzigde vragen');
    expect(second).toContain('[b] ← Terug naar de vorige vraag');

    t.keys('b'); // back: to sturing-1, the previous open one, not sturing-2
    const back = await waitShown(t, 'Stuurt het college op data?');
    expect(back).toContain('vraag 1 van 2 nieuwe of gewijzigde vragen');
    expect(back).toContain('Antwoord: Begin');
    t.keys('s'); // next (kept): data-nieuw again
    await waitShown(t, 'Wordt de datakwaliteit gemeten?');
    t.keys('3');
    await waitShown(t, 'Notitie (optioneel');
    t.keys('Enter');
    // After the last of them: the overview, not data-1.
    const overview = await waitShown(t, 'Overzicht');
    expect(overview).toContain('Alle vragen zijn beantwoord.');
    expect(overview).not.toContain('Is er een dataregister?');
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);

    expect(parse(fs.readFileSync(path.join(dir, 'answers-complete-1.0.0.yaml'), 'utf8'))).toMatchObject({
      version: '1.1.0',
      answers: { 'visie-1': 2, 'visie-2': 3, 'sturing-1': 1, 'sturing-2': 1, 'data-nieuw': 3, 'data-1': 3 },
      session: { status: 'in-progress' },
    });
  }, 60_000);

  it('a half-finished file whose position the migration dropped starts at the first open new or changed question', async () => {
    const { t, marker } = await resumeOpen('answers-half-1.0.0.yaml');
    // Not visie-1 (answered), nor visie-2 (open since 1.0.0): sturing-1, asked anew.
    const first = await waitShown(t, 'Stuurt het college op data?');
    expect(first).toContain('vraag 1 van 2 nieuwe of gewijzigde vragen');
    t.keys('s'); // skipped: on to data-nieuw
    await waitShown(t, 'Wordt de datakwaliteit gemeten?');
    t.keys('o');
    // The overview lists what is still open, the older open ones too.
    const overview = (await waitShown(t, 'Overzicht')).replace(/\s+/g, ' ');
    expect(overview).toContain('Niet beantwoord (5)');
    expect(overview).toContain('Wordt de visie gedragen?');
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
    expect(parse(fs.readFileSync(path.join(dir, 'answers-half-1.0.0.yaml'), 'utf8')).session).toMatchObject({
      status: 'in-progress',
      skipped: ['sturing-1'],
    });
  }, 60_000);
});
