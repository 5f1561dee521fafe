/**
 * datascan's own messages, findings and headings in Dutch, with `--lang nl` or a Dutch locale; rule
 * ids, severities, positions and exit codes as in English.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

const INVALID_ANSWER = fixture('answers', 'bad', 'invalid-value.yaml');
const SCORING = fixture('scoring');
const DUTCH_LOCALE = { env: { LANG: 'nl_NL.UTF-8' } };

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-dutch-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('validate in Dutch', () => {
  it('with --lang nl: the message and the summary in Dutch, the machine shape as it is', () => {
    const r = runCli(['validate', INVALID_ANSWER, '--dir', SCORING, '--lang', 'nl']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      `${INVALID_ANSWER}:5:9: error invalid-answer 7 is geen optie van vraag \`a1-2\` (opties: 1, 2, 3, 4)\n` +
        '1 bestand gecontroleerd: 1 fout, 0 waarschuwingen\n',
    );
  });

  it('with a Dutch locale and no --lang; in English as before otherwise', () => {
    const dutch = runCli(['validate', INVALID_ANSWER, '--dir', SCORING], DUTCH_LOCALE);
    expect(dutch.stdout).toContain('error invalid-answer 7 is geen optie van vraag `a1-2`');
    const english = runCli(['validate', INVALID_ANSWER, '--dir', SCORING]);
    expect(english.stdout).toBe(
      `${INVALID_ANSWER}:5:9: error invalid-answer 7 is not an option of question \`a1-2\` (options: 1, 2, 3, 4)\n` +
        '1 file checked: 1 error, 0 warnings\n',
    );
    expect(english.code).toBe(dutch.code);
  });

  it('takes the locale in POSIX order (LC_ALL before LC_MESSAGES before LANG), and --lang over it', () => {
    const run = (env: Record<string, string>, ...flags: string[]) =>
      runCli(['validate', INVALID_ANSWER, '--dir', SCORING, ...flags], { env }).stdout;
    expect(run({ LC_ALL: 'en_US.UTF-8', LANG: 'nl_NL.UTF-8' })).toContain('1 file checked');
    expect(run({ LC_ALL: '', LC_MESSAGES: 'nl_BE', LANG: 'en_GB' })).toContain('1 bestand gecontroleerd');
    expect(run({ LANG: 'nl_NL.UTF-8' }, '--lang', 'en')).toContain('1 file checked');
  });

  it('a warning made an error by --strict, in Dutch', () => {
    const r = runCli(
      ['validate', fixture('questionnaires', 'invalid', 'missing-next-steps.yaml'), '--strict'],
      DUTCH_LOCALE,
    );
    expect(r.stdout).toMatch(/:\d+:\d+: error missing-next-steps `[a-z0-9-]+` heeft geen vervolgstappen voor/);
  });

  it('JSON and GitHub annotations carry the Dutch message beside the same rule id', () => {
    const json = JSON.parse(
      runCli(['validate', INVALID_ANSWER, '--dir', SCORING, '-f', 'json', '--lang', 'nl']).stdout,
    );
    expect(json[0]).toMatchObject({ rule: 'invalid-answer', severity: 'error', line: 5, column: 9 });
    expect(json[0].message).toBe('7 is geen optie van vraag `a1-2` (opties: 1, 2, 3, 4)');
    const github = runCli(['validate', INVALID_ANSWER, '--dir', SCORING, '-f', 'github', '--lang', 'nl']);
    expect(github.stdout).toContain('title=invalid-answer::7 is geen optie van vraag');
    expect(github.stderr).toBe('1 bestand gecontroleerd: 1 fout, 0 waarschuwingen\n');
  });

  it('an entry left out of a folder, said on stderr in Dutch', () => {
    const folder = path.join(tmp, 'with-link');
    fs.mkdirSync(folder);
    fs.copyFileSync(INVALID_ANSWER, path.join(folder, 'a.yaml'));
    fs.symlinkSync(tmp, path.join(folder, 'elsewhere'));
    const r = runCli(['validate', folder, '--dir', SCORING], DUTCH_LOCALE);
    expect(r.stderr).toBe(
      `datascan: ${path.join(folder, 'elsewhere')} overgeslagen: een link naar een map; binnen een map worden zulke links niet gevolgd (geef de link zelf op om hem te lezen)\n`,
    );
    expect(runCli(['validate', folder, '--dir', SCORING]).stderr).toBe(
      `datascan: skipped ${path.join(folder, 'elsewhere')}: a link to a folder, not followed inside a folder (name it to read it)\n`,
    );
  });

  it("datascan's own usage errors: one line in Dutch, exit 2 as in English", () => {
    const r = runCli(['validate', path.join(tmp, 'missing.yaml')], DUTCH_LOCALE);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`datascan: bestand of map bestaat niet: ${path.join(tmp, 'missing.yaml')}\n`);
  });
});

describe('the other commands in Dutch', () => {
  it('score: the finding and the count of bad files', () => {
    const r = runCli(['score', INVALID_ANSWER, '--dir', SCORING, '--lang', 'nl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `${INVALID_ANSWER}:5:9: error invalid-answer 7 is geen optie van vraag \`a1-2\` (opties: 1, 2, 3, 4)\n` +
        'datascan: 1 van 1 bestand had fouten; 0 profielen gescoord uit de overige bestanden\n',
    );
  });

  it('compare: the finding and why there is no comparison', () => {
    const r = runCli(['compare', INVALID_ANSWER, fixture('answers', 'tiny', 'a.yaml'), '--dir', SCORING], DUTCH_LOCALE);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error invalid-answer 7 is geen optie van vraag');
    expect(r.stderr).toContain(`datascan: ${INVALID_ANSWER}: herstel eerst de antwoordbestanden hierboven`);
  });

  it('compare: two questionnaires of different models', () => {
    const r = runCli(
      [
        'compare',
        fixture('answers', 'tiny', 'a.yaml'),
        'examples/gemeente-voorbeeld/scan-2026/01-wethouder.yaml',
        '--dir',
        SCORING,
      ],
      DUTCH_LOCALE,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'datascan: kan `tiny-scan` (model `tiny-scan`) niet vergelijken met `odg-scan` (model `odg-model`): alleen vragenlijsten van hetzelfde model zijn te vergelijken\n',
    );
  });

  it("show: datascan's headings in Dutch, the questionnaire's texts in its own language", () => {
    const r = runCli(['show', 'odg-quickscan', '--lang', 'en'], DUTCH_LOCALE);
    // --lang is the language of both where it is given.
    expect(r.stdout).toContain('Levels');
    const dutch = runCli(['show', 'odg-quickscan'], DUTCH_LOCALE);
    for (const heading of ['Niveaus', 'Dimensies', 'Schalen', 'dimensie / subdimensie', 'weet niet'])
      expect(dutch.stdout).toContain(heading);
    expect(dutch.stdout).toMatch(/\d+ dimensies, \d+ subdimensies, \d+ vragen/);
    expect(runCli(['show', 'odg-quickscan', '--lang', 'nl']).stdout).toContain('Niveaus');
    expect(runCli(['show', 'odg-quickscan']).stdout).toContain('Levels');
  });

  it('template: refusing an existing file, and what it wrote', () => {
    const existing = path.join(tmp, 'exists.yaml');
    fs.writeFileSync(existing, 'answers: {}\n');
    const refused = runCli(['template', 'odg-quickscan', '-o', existing, '--lang', 'nl']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      `datascan: ${existing} bestaat al en kan antwoorden bevatten: kies een andere naam of overschrijf het met --force\n`,
    );
    const written = path.join(tmp, 'new.yaml');
    const wrote = runCli(['template', 'odg-quickscan', '-o', written], DUTCH_LOCALE);
    expect(wrote.stderr).toBe(`datascan: ${written} geschreven\n`);
  });

  it('test: the findings of a case, the differences and the summary', () => {
    const file = path.join(tmp, 'x.test.yaml');
    fs.writeFileSync(
      file,
      'questionnaire: odg-quickscan\ncases:\n  - name: x\n    answers: {qs-xx: 2}\n    expect: {overall: {level: agenderen}}\n',
    );
    const r = runCli(['test', file, '--lang', 'nl']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${file}:4:15: error unknown-question \`qs-xx\` is geen vraag van \`odg-quickscan\``);
    expect(r.stdout).toContain(`${file}:3:11: findings: verwacht geen, maar het zijn [unknown-question]`);
    expect(r.stdout).toMatch(/\n0 geslaagd, 1 mislukt\n$/);
    const junit = runCli(['test', file, '--format', 'junit'], DUTCH_LOCALE).stdout;
    expect(junit).toContain('message="overall.level: verwacht agenderen, maar er is niets');
  });

  it('test --update: what changed and how much', () => {
    const file = path.join(tmp, 'update.test.yaml');
    fs.writeFileSync(
      file,
      'questionnaire: odg-quickscan\ncases:\n  - name: x\n    answers: {qs-pw-eff: 2}\n    expect: {overall: {level: verankeren}}\n',
    );
    const r = runCli(['test', file, '--update'], DUTCH_LOCALE);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${file}:5:31: x › overall.level: verankeren → experimenteren\n`);
    expect(r.stdout).toContain('1 verwachting bijgewerkt in 1 bestand\n');
    expect(r.stdout).toMatch(/\n1 geslaagd, 0 mislukt\n$/);
  });

  it('an unknown questionnaire, with a suggestion', () => {
    const r = runCli(['show', 'odg-quickscn'], DUTCH_LOCALE);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'datascan: onbekende vragenlijst `odg-quickscn` — bedoelt u `odg-quickscan`? (bekend: odg-quickscan, odg-scan); geef een id uit `datascan list` of een pad\n',
    );
  });
});
