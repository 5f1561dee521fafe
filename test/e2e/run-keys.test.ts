/**
 * The keys and the drawing of `datascan run` in a real terminal (tmux): what each key does on
 * every question, keys typed ahead, lines that wrap by word and stay readable, short windows and
 * resizes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/cli.js';
import { Terminal, tempDir } from './run-terminal.js';

const SCAN = path.join(ROOT, 'test', 'fixtures', 'run', 'scan.yaml');
// Long texts; its options start with W and S. Interview order: k-1, k-2.
const LONG = path.join(ROOT, 'test', 'fixtures', 'run', 'long-texts.yaml');

let terminal: Terminal | undefined;
let dir: string;
afterEach(() => {
  terminal?.close();
  terminal = undefined;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function open(): Terminal {
  dir = tempDir();
  terminal = new Terminal(dir);
  return terminal;
}

const start = (t: Terminal, questionnaire: string, ...more: string[]) =>
  t.datascan(['run', questionnaire, '-o', 'a.yaml', '--organisation', 'X', '--respondent', '', '--role', '', ...more]);

function answers(): Record<string, unknown> {
  return (parse(fs.readFileSync(path.join(dir, 'a.yaml'), 'utf8')) as { answers: Record<string, unknown> }).answers;
}

/** Every word of `text` is whole on some line of the screen: none is cut over two lines. */
function expectWordsWhole(screen: string, text: string): void {
  const lines = screen.split('\n');
  for (const word of text.split(/\s+/))
    expect(
      lines.some((line) => line.includes(word)),
      word,
    ).toBe(true);
}

describe('datascan run: keys', () => {
  it('a digit answers at once; w is "Weet niet" and s skips, never a jump to an option starting with W or S', async () => {
    const t = open();
    const marker = await start(t, LONG);
    await t.waitFor('[w] Weet niet');
    t.type('w');
    await t.waitFor('Antwoord: Weet niet');
    t.keys('Enter');
    await t.waitFor('Worden de afspraken over datakwaliteit gecontroleerd?');
    t.type('s');
    await t.waitFor('Overzicht');
    expect(answers()).toEqual({ 'k-1': 'unknown' });
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
    expect(t.screen()).not.toContain('Antwoord: Wat data');
  }, 60_000);

  it('the same letter does the same on every question: s skips or goes on, b goes back, o opens the overview', async () => {
    const t = open();
    const marker = await start(t, SCAN);
    let screen = await t.waitFor('vraag 1 van 4');
    expect(screen).toContain('[s] → Overslaan (later beantwoorden)');
    expect(screen).toContain('[o] ☰ Naar het overzicht en afronden');
    expect(screen).not.toContain('[b]'); // nothing before the first question
    t.type('2');
    await t.waitFor('Notitie (optioneel');
    t.keys('Enter');
    screen = await t.waitFor('vraag 2 van 4');
    expect(screen).toContain('[b] ← Terug naar de vorige vraag');
    t.type('b');
    screen = await t.waitFor('[s] → Volgende vraag (antwoord blijft staan)');
    expect(screen).toContain('vraag 1 van 4');
    t.type('s');
    await t.waitFor('vraag 2 van 4');
    t.type('s');
    await t.waitFor('vraag 3 van 4');
    t.type('o');
    await t.waitFor('Overzicht');
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
    expect(answers()).toEqual({ 'visie-1': 2 });
  }, 60_000);

  it('Home and End go to the first and the last entry', async () => {
    const t = open();
    const marker = await start(t, SCAN);
    await t.waitFor('vraag 1 van 4');
    t.keys('End');
    await t.waitFor('❯ [o] ☰ Naar het overzicht en afronden');
    t.keys('Home');
    await t.waitFor('❯ 1. Begin');
    t.keys('End', 'Enter');
    await t.waitFor('Overzicht');
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
  }, 60_000);

  it('in a list of 10 or more the help says a number is typed and Enter chooses, and shows the number typed', async () => {
    const t = open();
    t.resize(100, 50);
    const marker = await start(t, 'odg-quickscan');
    await t.waitFor('vraag 1 van 17');
    t.type('o');
    const overview = await t.waitFor('Overzicht');
    expect(overview).toContain('nummer en Enter: kiezen');
    expect(overview).not.toContain('cijfer of [letter]');
    // In one go: digits build one number only when typed without a pause.
    t.type('12');
    await t.waitFor('Nummer 12: Enter kiest');
    expect(t.shown()).toContain('❯ 12.');
    t.type('3');
    await t.waitFor('Nummer 3: Enter kiest');
    t.keys('Down');
    await t.waitFor('❯ 4.');
    expect(t.shown()).toContain('nummer en Enter: kiezen');
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
  }, 60_000);

  it('keys typed ahead, while an answer is being saved, are kept for the prompts that follow', async () => {
    const t = open();
    const marker = await start(t, SCAN);
    await t.waitFor('vraag 1 van 4');
    // Two answers with their notes in one go, and a third answer: nothing waits for a prompt.
    t.keys('2', 'Enter', '3', 'n', 'o', 't', 'a', 'Enter', 'w');
    await t.waitFor('Antwoord: Weet niet');
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
    expect(answers()).toEqual({ 'visie-1': 2, 'visie-2': { value: 3, note: 'nota' }, 'sturing-1': 'unknown' });
  }, 60_000);

  it('a note pasted with line breaks stays in the note, with or without bracketed paste', async () => {
    const t = open();
    const marker = await start(t, SCAN);
    await t.waitFor('vraag 1 van 4');
    t.type('2');
    await t.waitFor('Notitie (optioneel');
    t.paste('regel een\nregel twee\nregel drie', true);
    await t.waitFor('regel drie');
    t.keys('Enter');
    await t.waitFor('vraag 2 van 4');
    t.type('3');
    await t.waitFor('Notitie (optioneel');
    // A terminal without the brackets: the lines come as one chunk while the note is asked.
    t.paste('eerste\ntweede\n', false);
    await t.waitFor('tweede');
    t.keys('Enter');
    await t.waitFor('vraag 3 van 4');
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
    expect(answers()).toEqual({
      'visie-1': { value: 2, note: 'regel een regel twee regel drie' },
      'visie-2': { value: 3, note: 'eerste tweede' },
    });
  }, 60_000);
});

describe('datascan run: drawing', () => {
  it('at 60 columns wraps by word: the place, the question, the options, the key help and the answer chosen', async () => {
    const t = open();
    t.resize(60, 50);
    const marker = await start(t, LONG);
    const screen = await t.waitFor('[o] ☰');
    const q = parse(fs.readFileSync(LONG, 'utf8')) as {
      dimensions: { name: { nl: string } }[];
      questions: { text: { nl: string } }[];
      scales: { options: { label: { nl: string } }[] }[];
    };
    expectWordsWhole(screen, q.dimensions[0]!.name.nl);
    expectWordsWhole(screen, q.questions[0]!.text.nl);
    for (const option of q.scales[0]!.options) expectWordsWhole(screen, option.label.nl);
    expectWordsWhole(screen, 'Ctrl-C: opslaan en stoppen');
    t.type('2');
    const note = await t.waitFor('Notitie (optioneel');
    expectWordsWhole(note.slice(note.lastIndexOf('Antwoord:')), `Antwoord: ${q.scales[0]!.options[1]!.label.nl}`);
    // The note screen has the question on one line: cut after a whole word.
    const asked = /^\? (.*)…$/m.exec(note.slice(note.lastIndexOf('? In hoeverre')))?.[1] ?? '';
    expect(asked.length).toBeGreaterThan(20);
    expect(q.questions[0]!.text.nl.startsWith(`${asked} `)).toBe(true);
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
  }, 60_000);

  it('the description of a level in the ambition list wraps by word at 100 columns', async () => {
    const t = open();
    const marker = await start(t, LONG, '--targets');
    await t.waitFor('vraag 1 van 2');
    t.keys('1', 'Enter', '1', 'Enter');
    await t.waitFor('Alle vragen zijn beantwoord.');
    t.keys('Enter'); // Afronden: the ambition is asked after the overview
    const screen = await t.waitFor('Geen ambitie opgeven');
    expectWordsWhole(
      screen,
      'De gemeente werkt samen met bondgenoten in bestuur en uitvoering en deelt wat zij leert over data met de regio',
    );
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
  }, 60_000);

  it('at 200 columns no line is wider than 100', async () => {
    const t = open();
    t.resize(200, 50);
    const marker = await start(t, LONG);
    const screen = await t.waitFor('[o] ☰');
    const question = screen.slice(screen.indexOf('Kwaliteit van datasets'));
    expect(Math.max(...question.split('\n').map((line) => line.trimEnd().length))).toBeLessThanOrEqual(100);
    expect(question).toContain('Wat data-analyse betreft');
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
  }, 60_000);

  it('in a window too short for the list, the place and the question stay and the highlighted option is shown whole', async () => {
    const t = open();
    t.resize(80, 10);
    const marker = await start(t, 'odg-scan', '--lang', 'en');
    await t.waitFor('question 1 of 55');
    t.keys('1', 'Enter', '1', 'Enter', '1', 'Enter');
    await t.waitFor('question 4 of 55');
    let shown = t.shown();
    expect(shown).toContain('Public value › Efficiency');
    expect(shown).toContain('To what extent does the municipality use data to analyse and improve work');
    expect(shown).toContain('❯ 1. Bottlenecks in processes');
    expect(shown).toContain('manually at most.');
    t.resize(50, 15);
    t.keys('Down');
    await t.waitFor('❯ 2. One team');
    await t.waitUntil(
      () => t.shown().includes('derived improvements from it.'),
      'main',
      'the highlighted option whole at 50×15',
    );
    shown = t.shown();
    expect(shown).toContain('Public value › Efficiency');
    expect(shown).toContain('To what extent does the municipality use data to');
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
  }, 60_000);

  it('a list uses the rows the window has: no empty rows under an overview that goes on', async () => {
    const t = open();
    // At 60×14 the second open question (three lines) has one row left: it is cut there.
    t.resize(60, 14);
    const marker = await start(t, LONG);
    await t.waitFor('vraag 1 van 2');
    t.type('o');
    await t.waitFor('Overzicht');
    const rows = t.shown().split('\n');
    // The last row is the cursor's; every row above it, to the key help, is used.
    const help = rows.findIndex((row) => row.startsWith('↑↓'));
    expect(rows.slice(help).filter((row) => row.trim() === '').length).toBeLessThanOrEqual(1);
    expect(rows[help - 2]).toContain('3. Kwaliteit van datasets');
    expect(rows[help - 1]?.trim()).toBe('…');
    expect(t.shown()).not.toContain('Alle vragen nog eens doorlopen');
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
  }, 60_000);

  it('a resize rewraps everything at the new width: the question, the note screen, the overview', async () => {
    const t = open();
    t.resize(40, 40);
    const marker = await start(t, LONG);
    await t.waitFor('[o] ☰');
    t.resize(100, 40);
    // At 40 columns this line is cut after "datasets"; drawn again at 100 it runs on.
    await t.waitFor('In hoeverre worden de belangrijkste datasets van de gemeente beheerd volgens');
    t.type('2');
    await t.waitFor('Notitie (optioneel');
    t.resize(60, 40);
    await t.waitUntil(
      () => {
        const lines = t.shown().split('\n');
        return lines.some((l) => l.startsWith('? In hoeverre')) && lines.every((l) => l.trimEnd().length <= 60);
      },
      'main',
      'the note screen drawn again at 60 columns',
    );
    // Drawn once, from the top: the question's line is not there twice.
    expect(t.shown().match(/In hoeverre/g)).toHaveLength(1);
    expect(t.shown()).toContain('Notitie (optioneel');
    t.keys('Enter');
    await t.waitFor('Worden de afspraken');
    t.type('o');
    await t.waitFor('Overzicht');
    t.resize(40, 40);
    await t.waitUntil(
      () => !t.shown().includes('1 van 2 vragen beantwoord; 1 niet beantwoord.'),
      'main',
      'the summary wrapped again at 40 columns',
    );
    t.resize(100, 40);
    // No "(waarvan 0 met "weet niet")": a part that is 0 is left out, as in the reports.
    await t.waitFor('1 van 2 vragen beantwoord; 1 niet beantwoord.');
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
  }, 60_000);

  it('in a short window the place and the question stay on screen and the list scrolls; a resize draws all of it again', async () => {
    const t = open();
    t.resize(60, 14);
    const marker = await start(t, LONG);
    await t.waitFor('❯ 1. Wat data-analyse');
    let shown = t.shown();
    expect(shown).toContain('Kwaliteit van datasets');
    expect(shown).toContain('In hoeverre worden');
    expect(shown).toContain('❯ 1. Wat data-analyse');
    t.keys('End');
    await t.waitFor('❯ [o] ☰');
    shown = t.shown();
    expect(shown).toContain('Kwaliteit van datasets');
    expect(shown).toContain('In hoeverre worden');
    t.resize(80, 16);
    await t.waitUntil(
      () => {
        const now = t.shown();
        return now.includes('Kwaliteit van datasets') && now.includes('In hoeverre') && now.includes('❯ [o] ☰');
      },
      'main',
      'the whole question drawn again after the resize',
    );
    t.keys('C-c');
    expect(await t.exitCode(marker)).toBe(130);
  }, 60_000);
});
