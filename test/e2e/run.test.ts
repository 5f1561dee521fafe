/**
 * `datascan run` end to end: the built CLI in a real pseudo-terminal (tmux), driven with the keys a
 * person presses, and the answer file it leaves on disk.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli } from '../helpers/cli.js';
import { Terminal, tempDir } from './run-terminal.js';

const SCAN = path.join(ROOT, 'test', 'fixtures', 'run', 'scan.yaml');
// Interview order: visie-1, visie-2, sturing-1, data-1 (see the fixture).

let terminal: Terminal | undefined;
let dir: string;
afterEach(() => {
  terminal?.close();
  terminal = undefined;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function open(env: Record<string, string> = {}): Terminal {
  dir = tempDir();
  terminal = new Terminal(dir, env);
  return terminal;
}

function readAnswers(file: string): Record<string, unknown> {
  return parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;
}

describe('datascan run in a terminal', () => {
  it('answers with arrow keys, goes back, stops with Ctrl-C (130), resumes, and finishes', async () => {
    const t = open();
    let marker = await t.datascan([
      'run',
      SCAN,
      '-o',
      'answers.yaml',
      '--organisation',
      'Gemeente Test',
      '--respondent',
      'An',
      '--role',
      'CIO',
    ]);
    let screen = await t.waitFor('vraag 1 van 4');
    expect(screen).toContain('De antwoorden worden na elke vraag bewaard in answers.yaml');
    expect(screen).toContain('Beleid › Visie');
    expect(screen).toContain('Is er een datavisie?');

    t.keys('Down');
    await t.waitFor('❯ 2. Midden');
    t.keys('Enter');
    await t.waitFor('Notitie (optioneel');
    t.type('vastgesteld in 2023');
    t.keys('Enter');
    screen = await t.waitFor('vraag 2 van 4');
    // The file the answers go to is said once, with the first screen.
    expect(screen).not.toContain('bewaard in answers.yaml');
    t.keys('Enter'); // Begin
    await t.waitFor('Notitie (optioneel');
    t.type('alleen op papier');
    t.keys('Enter');
    await t.waitFor('vraag 3 van 4');

    // Back once: four entries down from Begin (past Midden, Ver, Weet niet and the divider).
    t.keys('Down', 'Down', 'Down', 'Down');
    await t.waitFor('❯ [b] ← Terug naar de vorige vraag');
    t.keys('Enter');
    screen = await t.waitFor('vraag 2 van 4');
    expect(screen).toContain('Antwoord: Begin');
    expect(screen).toContain('Notitie: alleen op papier'); // with the question, before anything is chosen

    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
    screen = t.screen();
    expect(screen).toContain('Gestopt. Alle antwoorden tot nu toe staan in answers.yaml.');
    expect(screen).toContain('Ga later verder met: datascan run --resume answers.yaml');

    const saved = readAnswers('answers.yaml');
    expect(saved).toMatchObject({
      questionnaire: path.relative(dir, SCAN).split(path.sep).join('/'),
      version: '1.0.0',
      organisation: 'Gemeente Test',
      respondent: { name: 'An', role: 'CIO' },
      answers: {
        'visie-1': { value: 2, note: 'vastgesteld in 2023' },
        'visie-2': { value: 1, note: 'alleen op papier' },
      },
      session: { status: 'in-progress', language: 'nl', position: 'visie-2' },
    });
    expect(fs.existsSync(path.join(dir, 'answers.yaml.lock'))).toBe(false);
    expect(runCli(['validate', path.join(dir, 'answers.yaml')]).code).toBe(0);

    marker = await t.datascan(['run', '--resume', 'answers.yaml']);
    screen = await t.waitFor('vraag 3 van 4');
    expect(screen).toContain('Verder met answers.yaml: 2 van 4 vragen beantwoord.');
    t.keys('3'); // Ver, chosen at once
    await t.waitFor('Notitie (optioneel');
    t.keys('Enter');
    await t.waitFor('vraag 4 van 4');
    t.keys('Down');
    await t.waitFor('❯ 3. Ja');
    t.keys('Enter');
    await t.waitFor('Notitie (optioneel');
    t.keys('Enter');
    screen = await t.waitFor('Overzicht');
    expect(screen).toContain('Alle vragen zijn beantwoord.');
    t.keys('Enter'); // Afronden
    expect(await t.exitCode(marker)).toBe(0);
    screen = t.screen();
    expect(screen).toContain('Klaar. De antwoorden staan in answers.yaml.');
    // The profile as `datascan score` prints it: visie (answers 2 and 1: score 1.5) is in phase 1
    // (Beginnend, from 1), so its next step is phase 1's; sturing (3) and data (Ja = 3) are at the
    // top phase and have none.
    expect(screen).toContain('Gemeente Test');
    expect(screen).toContain('Schrijf een visie.');
    expect(screen).not.toContain('Wijs een eigenaar aan.');
    expect(screen).toContain('Het profiel later opnieuw bekijken: datascan score answers.yaml');

    const final = readAnswers('answers.yaml');
    expect(final.answers).toEqual({
      'visie-1': { value: 2, note: 'vastgesteld in 2023' },
      'visie-2': { value: 1, note: 'alleen op papier' },
      'sturing-1': 3,
      'data-1': 3,
    });
    expect(final.session).toEqual({
      status: 'complete',
      language: 'nl',
      updated: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(fs.readFileSync(path.join(dir, 'answers.yaml'), 'utf8').split('\n')[0]).toBe(
      `# yaml-language-server: $schema=https://cdn.jsdelivr.net/npm/datascan@${
        (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version
      }/schemas/answers.schema.json`,
    );
    expect(runCli(['validate', path.join(dir, 'answers.yaml')]).code).toBe(0);

    // Opened again just to look, and left with Ctrl-C in the review: the file stays as it was.
    const finished = fs.readFileSync(path.join(dir, 'answers.yaml'), 'utf8');
    marker = await t.datascan(['run', '--resume', 'answers.yaml']);
    await t.waitFor('Overzicht');
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
    expect(fs.readFileSync(path.join(dir, 'answers.yaml'), 'utf8')).toBe(finished);
    // It is finished: nothing to continue later.
    screen = t.screen();
    expect(screen).toContain('Gestopt. answers.yaml was al afgerond en is niet gewijzigd.');
    expect(screen).toContain('Het profiel later opnieuw bekijken: datascan score answers.yaml');
    expect(screen).not.toContain('Ga later verder');
  }, 90_000);

  it('stopped while the details are asked, a resume asks the details still missing', async () => {
    const t = open();
    let marker = await t.datascan(['run', SCAN, '-o', 'answers.yaml']);
    await t.waitFor('Organisatie');
    t.type('Gem');
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
    marker = await t.datascan(['run', '--resume', 'answers.yaml', '--role', '']);
    await t.waitFor('Organisatie');
    t.type('Gemeente Test');
    t.keys('Enter');
    await t.waitFor('Naam van wie antwoordt');
    t.type('Els');
    t.keys('Enter');
    // The role was given as an option: not asked.
    await t.waitFor('vraag 1 van 4');
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
    const file = readAnswers('answers.yaml');
    expect(file.organisation).toBe('Gemeente Test');
    expect(file.respondent).toEqual({ name: 'Els' });
    // Once the questions were reached, a resume asks no details again.
    marker = await t.datascan(['run', '--resume', 'answers.yaml']);
    const screen = await t.waitFor('vraag 1 van 4');
    expect(screen).not.toContain('Rol of functie');
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
  }, 60_000);

  it('a file begun in a language the questionnaire has no texts in resumes in the locale, as a fresh run would, and says so once', async () => {
    const t = open(); // a Dutch locale
    fs.writeFileSync(
      path.join(dir, 'answers.yaml'),
      [
        `questionnaire: ${SCAN}`,
        'organisation: X',
        'answers: {visie-1: 2}',
        'session: {status: in-progress, language: fr}',
        '',
      ].join('\n'),
    );
    const marker = await t.datascan(['run', '--resume', 'answers.yaml']);
    const screen = await t.waitFor('vraag 2 van 4');
    expect(screen).toContain('Wordt de visie gedragen?');
    expect(screen).toContain('[s] → Overslaan');
    expect(screen.match(/begonnen in "fr"/g)).toHaveLength(1);
    expect(screen).toContain('verder in nl');
    expect(screen).not.toMatch(/question|texts are shown/);
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
  }, 60_000);

  it('resumes in the language the interview was begun in, unless --lang says otherwise', async () => {
    const t = open(); // a Dutch locale
    const details = ['--organisation', 'X', '--respondent', '', '--role', ''];
    let marker = await t.datascan(['run', SCAN, '-o', 'answers.yaml', '--lang', 'en', ...details]);
    await t.waitFor('question 1 of 4');
    t.keys('Enter');
    await t.waitFor('Note (optional');
    t.keys('Enter');
    await t.waitFor('question 2 of 4');
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
    expect(readAnswers('answers.yaml').session).toMatchObject({ status: 'in-progress', language: 'en' });

    marker = await t.datascan(['run', '--resume', 'answers.yaml']);
    let screen = await t.waitFor('question 2 of 4');
    expect(screen).toContain('Continuing answers.yaml: 1 of 4 questions answered.');
    expect(screen).toContain('Is the vision supported?');
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
    expect(t.screen()).toContain('Continue later with: datascan run --resume answers.yaml');

    marker = await t.datascan(['run', '--resume', 'answers.yaml', '--lang', 'nl']);
    screen = await t.waitFor('vraag 2 van 4');
    expect(screen).toContain('Wordt de visie gedragen?');
    t.keys('Enter');
    await t.waitFor('Notitie (optioneel');
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
    expect(readAnswers('answers.yaml').session).toMatchObject({ language: 'nl' });
  }, 60_000);

  it('the overview names open questions by place and what sets them apart, and asks before finishing with questions open', async () => {
    const t = open({ LANG: 'en_GB.UTF-8' });
    const marker = await t.datascan([
      'run',
      'odg-quickscan',
      '-o',
      'answers.yaml',
      '--organisation',
      'X',
      '--respondent',
      '',
      '--role',
      '',
    ]);
    await t.waitFor('question 1 of 17');
    t.keys('o'); // ☰ Go to the overview and finish
    let screen = await t.waitFor('Unanswered (17)');
    // By unit names, not ids; the words every question starts with are left out, none are cut.
    expect(screen).toContain(
      '2. Public value › Effectiveness: …demonstrably contribute to the policy goals the municipality\n     steers on?',
    );
    expect(screen).toContain('3. Public value › Efficiency: …help the municipality organise its operations');
    expect(screen).toContain('7. Knowledge of data analysis › Technology and infrastructure: …do the');
    expect(screen).not.toContain('qs-pw-eff');
    expect(screen).not.toContain('…\n');
    t.keys('Enter'); // Finish, with every question open
    screen = await t.waitFor('Finish anyway?');
    expect(screen).toContain('17 of the 17 questions are still unanswered. Finish anyway?');
    expect(screen).toContain('❯ 1. ← Back to the overview');
    t.keys('Enter');
    await t.waitFor('Unanswered (17)');
    t.keys('Enter');
    await t.waitFor('Finish anyway?');
    t.keys('2'); // a digit chooses at once
    expect(await t.exitCode(marker)).toBe(0);
    expect(readAnswers('answers.yaml').session).toMatchObject({ status: 'complete' });
  }, 60_000);

  it('--targets asks the ambition after the overview, beside where each dimension stands, and asks about one below it', async () => {
    const t = open();
    const marker = await t.datascan([
      'run',
      SCAN,
      '-o',
      'answers.yaml',
      '--targets',
      '--organisation',
      'X',
      '--respondent',
      '',
      '--role',
      '',
    ]);
    for (const [n, key] of [
      [1, '1'],
      [2, '1'],
      [3, '1'],
      [4, '3'], // Ja, numbered by its value
    ] as const) {
      await t.waitFor(`vraag ${n} van 4`);
      t.keys(key);
      await t.waitFor('Notitie (optioneel');
      t.keys('Enter');
    }
    await t.waitFor('Alle vragen zijn beantwoord.');
    t.keys('Enter'); // Afronden
    let screen = await t.waitFor('Welke fase wilt u bereiken voor Beleid?');
    expect(screen).toContain('Nu: Beginnend');
    t.keys('3');
    screen = await t.waitFor('Welke fase wilt u bereiken voor Data?');
    expect(screen).toContain('Nu: Volwassen');
    t.keys('2');
    screen = await t.waitFor('Toch aanhouden?');
    expect(screen).toContain('Groeiend is lager dan waar u nu staat (Volwassen). Toch aanhouden?');
    t.keys('2'); // Ja, aanhouden
    expect(await t.exitCode(marker)).toBe(0);
    expect(readAnswers('answers.yaml').targets).toEqual({ beleid: 3, data: 2 });
  }, 60_000);

  it('after SIGKILL right after an answer, the answer is on disk, the file is valid, and the stale lock is taken over; Ctrl-C in a note keeps what was typed', async () => {
    const t = open();
    let marker = await t.datascan([
      'run',
      SCAN,
      '-o',
      'answers.yaml',
      '--organisation',
      'X',
      '--respondent',
      '',
      '--role',
      '',
    ]);
    await t.waitFor('vraag 1 van 4');
    t.keys('Enter'); // Begin
    // The note prompt appears only after the answer has been written.
    await t.waitFor('Notitie (optioneel');
    const lock = JSON.parse(fs.readFileSync(path.join(dir, 'answers.yaml.lock'), 'utf8')) as { pid: number };
    process.kill(lock.pid, 'SIGKILL');
    expect(await t.exitCode(marker)).toBe(137);

    expect(readAnswers('answers.yaml')).toMatchObject({
      answers: { 'visie-1': 1 },
      session: { status: 'in-progress', position: 'visie-1' },
    });
    expect(runCli(['validate', path.join(dir, 'answers.yaml')]).code).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual(['answers.yaml', 'answers.yaml.lock']); // no temporary files left

    marker = await t.datascan(['run', '--resume', 'answers.yaml']);
    await t.waitFor('vraag 2 van 4');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'answers.yaml.lock'), 'utf8')).pid).not.toBe(lock.pid);
    // Ctrl-C half-way through a note: the note, as far as it was typed, is saved with the answer.
    t.type('2');
    await t.waitFor('Notitie (optioneel');
    t.type('half getypt: nog');
    await t.waitFor('half getypt: nog');
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
    expect(readAnswers('answers.yaml')).toMatchObject({
      answers: { 'visie-1': 1, 'visie-2': { value: 2, note: 'half getypt: nog' } },
    });
  }, 60_000);

  it('without -o asks the organisation, names the file after it, and speaks English with an English locale', async () => {
    const t = open({ LANG: 'en_GB.UTF-8' });
    const marker = await t.datascan(['run', SCAN]);
    await t.waitFor('Organisation (Enter = skip):');
    t.type('Gemeente Oost');
    t.keys('Enter');
    const screen = await t.waitFor('Name of the respondent');
    const name = /saved after every question to (run-scan-gemeente-oost-\d{4}-\d\d-\d\d\.yaml)/.exec(screen)?.[1];
    expect(name).toBeDefined();
    expect(readAnswers(name as string)).toMatchObject({
      organisation: 'Gemeente Oost',
      answers: {},
      session: { status: 'in-progress' },
    });
    t.keys('Enter'); // no name
    await t.waitFor('Role (Enter = skip):');
    t.keys('Enter'); // no role
    await t.waitFor('question 1 of 4');
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
    expect(t.screen()).toContain(`Continue later with: datascan run --resume ${name}`);
  }, 60_000);

  it('resuming against a new version warns, keeps answers whose questions still exist, and keeps a copy beside an earlier one', async () => {
    const t = open();
    fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'run', 'scan-v2.yaml'), path.join(dir, 'scan.yaml'));
    // A copy from an earlier resume is never overwritten: the new one is numbered.
    fs.writeFileSync(path.join(dir, 'answers.yaml.v1.0.0.bak'), 'earlier copy\n');
    fs.writeFileSync(
      path.join(dir, 'answers.yaml'),
      'questionnaire: scan.yaml\nversion: 1.0.0\nanswers:\n  visie-1: {value: 2, note: blijft}\n  visie-2: 3\n  sturing-1: {value: 3, note: bewaar mij}\nsession: {status: in-progress, position: data-1}\n',
    );
    const marker = await t.datascan(['run', '--resume', 'answers.yaml']);
    const screen = await t.waitFor('Wordt er op data gestuurd?');
    expect(screen).toContain('Let op: answers.yaml is begonnen met versie 1.0.0 van run-scan; dit is versie 2.0.0.');
    expect(screen).toContain('Vervallen (vraag bestaat niet meer): visie-2');
    expect(screen).toContain('Opnieuw te beantwoorden (antwoord past niet meer bij de vraag): sturing-1');
    expect(screen).toContain('Het oorspronkelijke bestand is bewaard als answers.yaml.v1.0.0-2.bak');
    expect(screen).toContain('vraag 2 van 4');
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
    expect(readAnswers('answers.yaml')).toMatchObject({
      version: '2.0.0',
      answers: { 'visie-1': { value: 2, note: 'blijft' }, 'sturing-1': { note: 'bewaar mij' } },
    });
    expect(readAnswers('answers.yaml.v1.0.0-2.bak')).toMatchObject({ version: '1.0.0', answers: { 'visie-2': 3 } });
    expect(fs.readFileSync(path.join(dir, 'answers.yaml.v1.0.0.bak'), 'utf8')).toBe('earlier copy\n');
  }, 60_000);

  it('resuming a file with comments written by hand keeps them when the next answer is saved', async () => {
    const t = open();
    fs.copyFileSync(SCAN, path.join(dir, 'scan.yaml'));
    const byHand = [
      '# Workshop 12 november, zaal 3',
      'questionnaire: scan.yaml',
      'organisation: Gemeente West # voorlopige naam',
      'answers:',
      '  # navragen bij de controller',
      '  visie-1: {value: 2, note: "uit het coalitieakkoord"}',
      '',
    ].join('\n');
    fs.writeFileSync(path.join(dir, 'answers.yaml'), byHand);
    const marker = await t.datascan(['run', '--resume', 'answers.yaml']);
    await t.waitFor('vraag 2 van 4');
    t.keys('Enter'); // visie-2: the first option
    await t.waitFor('Notitie (optioneel');
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
    const text = fs.readFileSync(path.join(dir, 'answers.yaml'), 'utf8');
    expect(text).toContain('# Workshop 12 november, zaal 3\n');
    expect(text).toContain('organisation: Gemeente West # voorlopige naam\n');
    expect(text).toContain(
      '  # navragen bij de controller\n  visie-1: { value: 2, note: "uit het coalitieakkoord" }\n  visie-2: 1\n',
    );
    expect(runCli(['validate', path.join(dir, 'answers.yaml')]).code).toBe(0);
  }, 60_000);

  it('-o answers.json writes JSON, also after a resume', async () => {
    const t = open();
    let marker = await t.datascan([
      'run',
      SCAN,
      '-o',
      'answers.json',
      '--organisation',
      'X',
      '--respondent',
      '',
      '--role',
      '',
    ]);
    await t.waitFor('vraag 1 van 4');
    t.keys('Enter');
    await t.waitFor('Notitie (optioneel');
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'answers.json'), 'utf8'))).toMatchObject({
      organisation: 'X',
      answers: { 'visie-1': 1 },
      session: { status: 'in-progress' },
    });
    marker = await t.datascan(['run', '--resume', 'answers.json']);
    await t.waitFor('vraag 2 van 4');
    t.keys('Enter');
    await t.waitFor('Notitie (optioneel');
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'answers.json'), 'utf8'))).toMatchObject({
      answers: { 'visie-1': 1, 'visie-2': 1 },
    });
    expect(runCli(['validate', path.join(dir, 'answers.json')]).code).toBe(0);
  }, 60_000);

  it('resuming against a new version keeps a copy even when every answer still fits', async () => {
    const t = open();
    fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'run', 'scan-v2.yaml'), path.join(dir, 'scan.yaml'));
    const original =
      'questionnaire: scan.yaml\nversion: 1.0.0\nanswers:\n  visie-1: 2\nsession: {status: in-progress, position: visie-1}\n';
    fs.writeFileSync(path.join(dir, 'answers.yaml'), original);
    const marker = await t.datascan(['run', '--resume', 'answers.yaml']);
    const screen = await t.waitFor('vraag 2 van 4');
    expect(screen).toContain('Let op: answers.yaml is begonnen met versie 1.0.0 van run-scan; dit is versie 2.0.0.');
    expect(screen).not.toContain('Vervallen');
    expect(screen).toContain('Het oorspronkelijke bestand is bewaard als answers.yaml.v1.0.0.bak');
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
    expect(fs.readFileSync(path.join(dir, 'answers.yaml.v1.0.0.bak'), 'utf8')).toBe(original);
    expect(readAnswers('answers.yaml')).toMatchObject({ version: '2.0.0', answers: { 'visie-1': 2 } });
  }, 60_000);
});

describe('datascan run through a link', () => {
  it('--resume link.yaml writes the file the link points at and keeps the link; -o link.yaml is refused as existing', async () => {
    const t = open();
    fs.mkdirSync(path.join(dir, 'real'));
    fs.copyFileSync(SCAN, path.join(dir, 'real', 'scan.yaml'));
    fs.writeFileSync(
      path.join(dir, 'real', 'answers.yaml'),
      'questionnaire: scan.yaml\nanswers:\n  visie-1: 2\nsession: {status: in-progress, position: visie-2}\n',
    );
    fs.symlinkSync(path.join('real', 'answers.yaml'), path.join(dir, 'link.yaml'));

    let marker = await t.datascan(['run', '--resume', 'link.yaml']);
    let screen = await t.waitFor('vraag 2 van 4');
    expect(screen).toContain('Verder met link.yaml: 1 van 4 vragen beantwoord.');
    // One lock, beside the real file: a run that opens the real name is refused meanwhile.
    expect(fs.existsSync(path.join(dir, 'real', 'answers.yaml.lock'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'link.yaml.lock'))).toBe(false);
    t.keys('Enter'); // visie-2: Begin
    await t.waitFor('Notitie (optioneel');
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
    screen = t.screen();
    expect(screen).toContain('Gestopt. Alle antwoorden tot nu toe staan in link.yaml.');
    expect(screen).toContain('Ga later verder met: datascan run --resume link.yaml');

    expect(fs.lstatSync(path.join(dir, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readAnswers('real/answers.yaml')).toMatchObject({
      questionnaire: 'scan.yaml',
      answers: { 'visie-1': 2, 'visie-2': 1 },
    });
    expect(fs.readdirSync(dir).sort()).toEqual(['link.yaml', 'real']);
    expect(fs.readdirSync(path.join(dir, 'real')).sort()).toEqual(['answers.yaml', 'scan.yaml']);

    const before = fs.readFileSync(path.join(dir, 'real', 'answers.yaml'), 'utf8');
    marker = await t.datascan(['run', SCAN, '-o', 'link.yaml']);
    expect(await t.exitCode(marker)).toBe(2);
    expect(t.screen()).toContain('link.yaml bestaat al. Ga daarin verder met `datascan run --resume link.yaml`');
    expect(fs.readFileSync(path.join(dir, 'real', 'answers.yaml'), 'utf8')).toBe(before);
    expect(fs.lstatSync(path.join(dir, 'link.yaml')).isSymbolicLink()).toBe(true);
  }, 60_000);
});

/** Whether a small tmpfs can be mounted here (as root, where mounting is allowed, as in CI). */
function canMountTmpfs(): boolean {
  const probe = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-mount-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).status === 0;
  if (mounted) spawnSync('umount', [probe]);
  fs.rmdirSync(probe);
  return mounted;
}

describe.runIf(canMountTmpfs())('datascan run on a disk that fills up', () => {
  let disk = '';
  afterEach(() => {
    // Before the temporary folder is removed: it holds the mount.
    if (disk) spawnSync('umount', [disk]);
    disk = '';
  });

  /** A 256 KB file system at `disk/` in the test's folder. */
  function mountDisk(): void {
    disk = path.join(dir, 'disk');
    fs.mkdirSync(disk);
    const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', disk], { encoding: 'utf8' });
    if (mount.status !== 0) throw new Error(`mount failed: ${mount.stderr}`);
  }

  /** Fills the disk to the last byte; the returned function frees it again. */
  function fill(): () => void {
    const filler = path.join(disk, 'filler');
    const fd = fs.openSync(filler, 'w');
    const chunk = Buffer.alloc(4096, 1);
    try {
      for (;;) fs.writeSync(fd, chunk);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
    } finally {
      fs.closeSync(fd);
    }
    return () => fs.rmSync(filler);
  }

  const start = (t: Terminal, file: string) =>
    t.datascan(['run', SCAN, '-o', file, '--organisation', 'X', '--respondent', '', '--role', '']);

  it('keeps the interview open: says the disk is full, saves after a retry or in another file, and nothing typed is lost', async () => {
    const t = open();
    mountDisk();
    const marker = await start(t, 'disk/answers.yaml');
    await t.waitFor('vraag 1 van 4');
    t.keys('Enter'); // visie-1: Begin
    await t.waitFor('Notitie (optioneel');
    t.keys('Enter');
    await t.waitFor('vraag 2 van 4');

    let free = fill();
    t.keys('2'); // visie-2: Midden, which cannot be saved
    let screen = await t.waitFor('kan disk/answers.yaml niet opslaan: ENOSPC (de schijf is vol)');
    expect(screen).toContain('Er gaat nog niets verloren: datascan houdt alle antwoorden vast tot het opslaan lukt.');
    expect(screen).toContain('❯ 1. Opnieuw proberen');
    expect(screen).toContain('2. In een ander bestand opslaan…');
    expect(screen).toContain('3. Stoppen (wat niet is opgeslagen gaat verloren)');
    expect(readAnswers('disk/answers.yaml').answers).toEqual({ 'visie-1': 1 });

    free();
    t.keys('Enter'); // Opnieuw proberen, now that there is room
    await t.waitFor('Antwoord: Midden');
    expect(readAnswers('disk/answers.yaml').answers).toEqual({ 'visie-1': 1, 'visie-2': 2 });
    t.keys('Enter');
    await t.waitFor('vraag 3 van 4');

    free = fill();
    t.keys('3'); // sturing-1: Ver
    await t.waitFor('Opnieuw proberen');
    t.keys('2'); // In een ander bestand opslaan…
    await t.waitFor('Ander antwoordbestand (.yaml of .json) (Enter = terug):');
    t.type('elders.yaml');
    t.keys('Enter');
    screen = await t.waitFor('Antwoord: Ver');
    expect(screen).toContain('De antwoorden worden na elke vraag bewaard in elders.yaml');
    expect(fs.existsSync(path.join(dir, 'elders.yaml.lock'))).toBe(true);
    expect(fs.existsSync(path.join(disk, 'answers.yaml.lock'))).toBe(false);
    t.type('alles staat er');
    t.keys('Enter');
    await t.waitFor('vraag 4 van 4');
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
    screen = t.screen();
    expect(screen).toContain('Gestopt. Alle antwoorden tot nu toe staan in elders.yaml.');
    expect(screen).toContain('Ga later verder met: datascan run --resume elders.yaml');
    free();

    expect(readAnswers('elders.yaml')).toMatchObject({
      questionnaire: path.relative(dir, SCAN).split(path.sep).join('/'),
      organisation: 'X',
      answers: { 'visie-1': 1, 'visie-2': 2, 'sturing-1': { value: 3, note: 'alles staat er' } },
      session: { status: 'in-progress', position: 'data-1' },
    });
    expect(runCli(['validate', path.join(dir, 'elders.yaml')]).code).toBe(0);
    expect(fs.readdirSync(disk).sort()).toEqual(['answers.yaml']); // no temporary files left
  }, 90_000);

  it('stopping where the save failed says what was not saved and how to resume, and exits 130', async () => {
    const t = open({ LANG: 'en_GB.UTF-8' });
    mountDisk();
    const marker = await start(t, 'disk/answers.yaml');
    await t.waitFor('question 1 of 4');
    t.keys('Enter');
    await t.waitFor('Note (optional');
    t.keys('Enter');
    await t.waitFor('question 2 of 4');
    fill();
    t.keys('Enter');
    await t.waitFor('cannot save disk/answers.yaml: ENOSPC (the disk is full)');
    t.keys('3'); // Stop
    expect(await t.exitCode(marker)).toBe(130);
    const screen = t.screen();
    expect(screen).toContain(
      'Stopped. Not everything could be saved: disk/answers.yaml holds the answers as of the last save that succeeded.',
    );
    expect(screen).toContain('Continue later with: datascan run --resume disk/answers.yaml');
    expect(readAnswers('disk/answers.yaml').answers).toEqual({ 'visie-1': 1 });
    expect(fs.existsSync(path.join(disk, 'answers.yaml.lock'))).toBe(false);
  }, 60_000);
});

describe('datascan run without a terminal', () => {
  it('refuses with exit 2 and a clear message when stdin is not a terminal', () => {
    const result = runCli(['run', SCAN, '-o', '/nonexistent/never-written.yaml'], { input: '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'datascan: `datascan run` is interactief en heeft een terminal nodig (stdin is geen terminal).',
    );
    expect(result.stderr).toContain('datascan score');
    const english = runCli(['run', SCAN, '--lang', 'en'], { input: '' });
    expect(english.code).toBe(2);
    expect(english.stderr).toContain('is interactive and needs a terminal');
  });

  it('refuses an answer file name that is not .yaml, .yml or .json, before anything else', () => {
    for (const args of [
      ['run', SCAN, '-o', 'answers.csv'],
      ['run', '--resume', 'a-folder'],
    ]) {
      const result = runCli([...args, '--lang', 'en'], { input: '' });
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `datascan: ${args.at(-1)}: an answer file is YAML (.yaml, .yml) or JSON (.json); choose a name with one of those extensions\n`,
      );
    }
    expect(fs.existsSync(path.join(ROOT, 'answers.csv'))).toBe(false);
  });
});
