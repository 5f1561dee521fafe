/**
 * `datascan consensus` in a real terminal (tmux), over the six participants of
 * test/fixtures/consensus: three questions agreed with rationales, Ctrl-C, --resume, finished; the
 * file validates, scores, and `compare` shows the average beside the agreement. The screens never
 * name a participant or their role. Expected numbers are worked out by hand from room/*.yaml.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli } from '../helpers/cli.js';
import { publishedSchema } from '../helpers/schemas.js';
import { Terminal, tempDir } from './run-terminal.js';

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'consensus');
const NAMES = [
  'Anouk',
  'Brandsma',
  'Bram',
  'Okkerse',
  'Wilde',
  'Dieke',
  'Pauw',
  'Egbert',
  'Zijlstra',
  'Fenna',
  'Wolters',
];
const ROLES = ['wethouder', 'informatiemanager', 'teamleider', 'privacy officer', 'data-analist', 'griffier'];

let terminal: Terminal | undefined;
let dir: string;
afterEach(() => {
  terminal?.close();
  terminal = undefined;
  // A round a failed test left running may still write its lock while it stops.
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
});

/** A workshop folder: the questionnaire beside room/ with the six answer files. */
function open(): Terminal {
  dir = tempDir();
  fs.cpSync(FIXTURE, dir, { recursive: true });
  terminal = new Terminal(dir);
  return terminal;
}

function consensusFile(): Record<string, unknown> & { answers: Record<string, unknown> } {
  return parse(fs.readFileSync(path.join(dir, 'consensus.yaml'), 'utf8'));
}

/** Answers the question on screen with option `digit` and `rationale` (empty: Enter skips it). */
async function agree(t: Terminal, digit: string, rationale: string, next: string): Promise<string> {
  t.keys(digit);
  const asked = await t.waitFor('Onderbouwing (optioneel, Enter = geen onderbouwing)');
  if (rationale) t.type(rationale);
  t.keys('Enter');
  await t.waitFor(next);
  return asked;
}

describe('datascan consensus in a terminal', () => {
  it('agrees three questions with rationales, stops with Ctrl-C, resumes and finishes; the file validates, scores and compares', async () => {
    const t = open();
    const screens: string[] = [];
    const first = await t.datascan(['consensus', 'room/', '-o', 'consensus.yaml', '--anonymise']);
    // Visie first (its own scores lie 1 to 3.5 apart, as kwaliteit's; model order breaks the tie),
    // and in it visie-1, answered 1 1 2 3 4 4: mean and median 2.5.
    let screen = await t.waitFor('vraag 1 van 5');
    screens.push(screen);
    expect(screen).toContain('5 van de 5 vragen te bespreken');
    expect(screen).toContain('Sturing › Visie');
    expect(screen).toContain('Is er een vastgestelde datavisie?');
    expect(screen).toContain('Antwoorden van 6 deelnemers');
    // How to answer was for the participants: the room discusses what they answered.
    expect(screen).not.toContain('Kies per vraag wat nu in de hele gemeente geldt.');
    expect(screen).toMatch(
      / {2}1\. Nauwelijks {3}██ 2\n {2}2\. Deels {8}█ 1\n {2}3\. Grotendeels {2}█ 1\n {2}4\. Volledig {5}██ 2\n/,
    );
    expect(screen).toContain('gemiddelde 2,50 · mediaan 2,50');
    expect(screen).toContain('Notities (anoniem)');
    expect(screen).toContain('• Nog geen visie vastgesteld door de raad.');
    expect(screen).toContain('• De visie is in maart vastgesteld.');

    screens.push(await agree(t, '3', 'Vastgesteld in maart, de teams kennen hem nog niet.', 'vraag 2 van 5'));
    // visie-2: 1 3 2 (don't know) 2 1 → mean 9/5, median 2.
    screen = t.screen();
    screens.push(screen);
    expect(screen).toContain('Kennen de teams de datavisie?');
    expect(screen).toMatch(/ {2}Weet niet +█ 1\n/);
    expect(screen).toContain('gemiddelde 1,80 · mediaan 2,00');
    screens.push(await agree(t, '2', 'Alleen het managementteam kent hem.', 'vraag 3 van 5'));
    screen = t.screen();
    screens.push(screen);
    expect(screen).toContain('Wordt de kwaliteit van data gemeten?');
    expect(screen).toContain('• Het dashboard meet kwaliteit elke week.');
    screens.push(await agree(t, '2', 'Alleen de basisregistraties worden gemeten.', 'vraag 4 van 5'));
    screens.push(t.screen());

    t.keys('C-c');
    expect(await t.exitCode(first)).toBe(130);
    screen = t.screen();
    screens.push(screen);
    expect(screen).toContain('Gestopt. Alles wat tot nu toe is afgesproken staat in consensus.yaml.');
    // The command to go on keeps the round anonymous: without --anonymise the file would name everyone.
    expect(screen).toContain('Ga later verder met: datascan consensus room/ -o consensus.yaml --anonymise --resume');
    const stopped = consensusFile();
    expect(stopped).toMatchObject({
      respondent: { name: 'Consensus' },
      basis: 'consensus',
      participants: 6,
      sources: ['Respondent 1', 'Respondent 2', 'Respondent 3', 'Respondent 4', 'Respondent 5', 'Respondent 6'],
      session: { status: 'in-progress', position: 'kwaliteit-2' },
    });
    expect(stopped.answers).toEqual({
      'visie-1': { value: 3, note: 'Vastgesteld in maart, de teams kennen hem nog niet.' },
      'visie-2': { value: 2, note: 'Alleen het managementteam kent hem.' },
      // 2 2 2 3 2 2 → 13/6, not discussed yet.
      'werkwijze-1': { value: 13 / 6, basis: 'combined' },
      'kwaliteit-1': { value: 2, note: 'Alleen de basisregistraties worden gemeten.' },
      // 2 3 (n.v.t.) 2 2 (none) → 9/4.
      'kwaliteit-2': { value: 2.25, basis: 'combined' },
    });

    const resumed = await t.datascan(['consensus', 'room/', '-o', 'consensus.yaml', '--resume', '--anonymise']);
    screen = await t.waitFor('vraag 4 van 5');
    screens.push(screen);
    expect(screen).toContain('Verder met consensus.yaml: 3 van 5 vragen afgesproken.');
    expect(screen).toContain('Is er een register van datasets?');
    screens.push(await agree(t, '3', '', 'vraag 5 van 5'));
    screens.push(t.screen());
    // werkwijze-1 is skipped: it keeps the combined value, which finishing says.
    t.keys('s');
    screens.push(await t.waitFor('Niet besproken (1)'));
    t.keys('1');
    screens.push(
      await t.waitFor('1 van de 5 vragen is niet besproken en houdt de gecombineerde waarde. Toch afronden?'),
    );
    t.keys('2');
    expect(await t.exitCode(resumed)).toBe(0);
    screen = t.screen();
    screens.push(screen);
    expect(screen).toContain('Klaar. De consensus staat in consensus.yaml.');
    expect(screen).toContain('Consensus naast het gemiddelde: datascan compare room/ consensus.yaml --anonymise\n');

    const done = consensusFile();
    expect(done.session).toMatchObject({ status: 'complete' });
    expect(done.answers).toMatchObject({
      'kwaliteit-2': 3,
      'werkwijze-1': { value: 13 / 6, basis: 'combined' },
    });
    const validate = publishedSchema('answers.schema.json');
    expect(validate(done), JSON.stringify(validate.errors)).toBe(true);
    expect(runCli(['validate', 'consensus.yaml'], { cwd: dir })).toMatchObject({ code: 0 });

    // Visie (3 + 2) / 2 = 2.5; werkwijze 13/6; kwaliteit (2 + 3) / 2 = 2.5.
    const scored = runCli(['score', 'consensus.yaml', '--format', 'json'], { cwd: dir });
    expect(scored.code).toBe(0);
    const units = (
      JSON.parse(scored.stdout) as { dimensions: { subdimensions: { id: string; score: number }[] }[] }
    ).dimensions
      .flatMap((d) => d.subdimensions)
      .map((s) => [s.id, s.score]);
    expect(units).toEqual([
      ['visie', 2.5],
      ['werkwijze', 13 / 6],
      ['kwaliteit', 2.5],
    ]);

    // The average of the room beside what it agreed: visie 2.15 ((2.5 + 1.8) / 2) → 2.5,
    // kwaliteit ((12/6) + (9/4)) / 2 = 2.125 → 2.5, werkwijze unchanged.
    const compared = runCli(['compare', 'room/', 'consensus.yaml', '--format', 'json'], { cwd: dir });
    expect(compared.code, compared.stderr).toBe(0);
    const changes = (
      JSON.parse(compared.stdout) as {
        dimensions: { subdimensions: { id: string; before: { score: number }; after: { score: number } }[] }[];
      }
    ).dimensions
      .flatMap((d) => d.subdimensions)
      .map((s) => [s.id, Number(s.before.score.toFixed(4)), Number(s.after.score.toFixed(4))]);
    expect(changes).toEqual([
      ['visie', 2.15, 2.5],
      ['werkwijze', 2.1667, 2.1667],
      ['kwaliteit', 2.125, 2.5],
    ]);

    // Nothing of a participant's name or role on any screen of the round, nor in the file.
    const seen = [...screens, fs.readFileSync(path.join(dir, 'consensus.yaml'), 'utf8')].join('\n');
    for (const word of [...NAMES, ...ROLES]) expect(seen).not.toContain(word);
  }, 120_000);

  it('names the participants’ files from its own folder, and refuses to start over an existing file', async () => {
    const t = open();
    fs.mkdirSync(path.join(dir, 'uit'));
    const run = await t.datascan(['consensus', 'room/', '-o', 'uit/consensus.yaml', '--disagreement', '2', '--all']);
    // Werkwijze (2 to 3) is below the threshold: with --all it comes after the disagreements.
    const screen = await t.waitFor('vraag 1 van 5');
    expect(screen).toContain('5 van de 5 vragen te bespreken');
    expect(screen).toContain('Is er een vastgestelde datavisie?');
    for (const word of [...NAMES, ...ROLES]) expect(t.screen()).not.toContain(word);
    t.keys('C-c');
    expect(await t.exitCode(run)).toBe(130);
    const file = parse(fs.readFileSync(path.join(dir, 'uit', 'consensus.yaml'), 'utf8'));
    expect(file.sources).toEqual([
      '../room/anouk-brandsma.yaml',
      '../room/bram-okkerse.yaml',
      '../room/cor-de-wilde.yaml',
      '../room/dieke-pauw.yaml',
      '../room/egbert-zijlstra.yaml',
      '../room/fenna-wolters.yaml',
    ]);
    expect(file.questionnaire).toBe('../ronde.yaml');

    const again = await t.datascan(['consensus', 'room/', '-o', 'uit/consensus.yaml']);
    expect(await t.exitCode(again)).toBe(2);
    expect(t.screen()).toContain(
      'datascan: uit/consensus.yaml bestaat al. Ga daarin verder met --resume, of kies een ander bestand met -o.',
    );
  }, 60_000);

  it('says there is nothing to discuss where nobody disagrees, and resumes only a consensus file', async () => {
    const t = open();
    const alone = await t.datascan(['consensus', 'room/anouk-brandsma.yaml', '-o', 'consensus.yaml']);
    expect(await t.exitCode(alone)).toBe(0);
    expect(t.screen()).toContain('Geen verschil van inzicht (drempel 1,00): er is niets te bespreken.');
    expect(fs.existsSync(path.join(dir, 'consensus.yaml'))).toBe(false);

    const other = await t.datascan([
      'consensus',
      'room/bram-okkerse.yaml',
      'room/dieke-pauw.yaml',
      '-o',
      'room/anouk-brandsma.yaml',
      '--resume',
    ]);
    expect(await t.exitCode(other)).toBe(1);
    expect(t.screen()).toContain('datascan: room/anouk-brandsma.yaml is geen consensusbestand (basis: consensus)');
    expect(fs.existsSync(path.join(dir, 'room', 'anouk-brandsma.yaml.lock'))).toBe(false);
  }, 60_000);
});

describe('datascan consensus over a room with a copy and a form not finished', () => {
  it('says the likely copy and counts it, or leaves it out with --drop-duplicates, and a file in progress with --complete-only', async () => {
    const t = open();
    fs.copyFileSync(path.join(dir, 'room', 'bram-okkerse.yaml'), path.join(dir, 'room', 'bram-okkerse (1).yaml'));
    const unfinished = fs
      .readFileSync(path.join(dir, 'room', 'fenna-wolters.yaml'), 'utf8')
      .replace('status: complete', 'status: in-progress');
    fs.writeFileSync(path.join(dir, 'room', 'fenna-wolters.yaml'), unfinished);

    const counted = await t.datascan(['consensus', 'room/', '-o', 'consensus.yaml', '--anonymise']);
    let screen = await t.waitFor('vraag 1 van');
    expect(screen).toContain('warning likely-duplicate');
    expect(screen).toContain('warning answers-in-progress');
    expect(screen).toContain('Antwoorden van 7 deelnemers');
    t.keys('C-c');
    expect(await t.exitCode(counted)).toBe(130);
    fs.rmSync(path.join(dir, 'consensus.yaml'));

    const run = await t.datascan([
      'consensus',
      'room/',
      '-o',
      'consensus.yaml',
      '--anonymise',
      '--drop-duplicates',
      '--complete-only',
    ]);
    screen = await t.waitFor('vraag 1 van');
    expect(screen).toContain('Antwoorden van 5 deelnemers');
    t.keys('C-c');
    expect(await t.exitCode(run)).toBe(130);
    expect(t.screen()).toContain(
      'Ga later verder met: datascan consensus room/ -o consensus.yaml --anonymise --complete-only --drop-duplicates --resume',
    );
    expect(consensusFile()).toMatchObject({ participants: 5 });
  }, 60_000);
});

describe('datascan consensus without a terminal', () => {
  it('refuses with a one-line message (Dutch, as `run` speaks without an English locale) and exit 2, writing nothing', () => {
    dir = tempDir();
    const result = runCli(['consensus', path.join(FIXTURE, 'room'), '-o', path.join(dir, 'c.yaml')], { input: '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'datascan: `datascan consensus` is interactief en heeft een terminal nodig (stdin is geen terminal); toon hem op de beamer vanuit een terminal.\n',
    );
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
