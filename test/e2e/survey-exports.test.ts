/**
 * Survey exports read as they come: a Forms-style CSV export (question texts as headers, option
 * labels in the cells, metadata columns in Dutch or English, Excel's `sep=;` line, Windows-1252
 * bytes) scores to the same profile as the same answers in answer files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

const Q = fixture('survey', 'survey-scan.yaml');
const EXPORT = fixture('survey', 'forms-export.csv');
const EXPORT_SEP = fixture('survey', 'forms-export-sep.csv');
// In the order of the export's rows.
const YAML = ['anna', 'chantal', 'bram'].map((name) => fixture('survey', 'answers', `${name}.yaml`));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-survey-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The export as Excel on Windows saves "CSV (comma delimited)": Windows-1252, no byte-order mark. */
function windows1252Export(): string {
  const text = fs.readFileSync(EXPORT, 'utf8').replace(/^\uFEFF/, '');
  expect(text).toContain('Öztürk');
  const file = path.join(dir, 'forms-export-1252.csv');
  // Every character of the export is in Latin-1, whose bytes Windows-1252 shares for them.
  fs.writeFileSync(file, Buffer.from(text, 'latin1'));
  return file;
}

/** A profile without where its answers came from. */
function numbers(json: string): unknown {
  const {
    sources: _sources,
    respondentList,
    ...profile
  } = JSON.parse(json) as {
    sources: unknown;
    respondentList?: { source?: string }[];
  };
  return { ...profile, respondentList: respondentList?.map(({ source: _source, ...r }) => r) };
}

describe('score of a survey export', () => {
  const expected = runCli(['score', ...YAML, '--aggregate', '--format', 'json']);

  it('the answer files score', () => {
    expect(expected.stderr).toBe('');
    expect(expected.code).toBe(0);
  });

  for (const [name, file] of [
    ['Dutch headers, UTF-8 with a byte-order mark', () => EXPORT],
    ["English headers, Excel's sep=; line", () => EXPORT_SEP],
    ['Windows-1252', windows1252Export],
  ] as const)
    it(`gives the profile of the same answers in answer files: ${name}`, () => {
      const r = runCli(['score', file(), '--questionnaire', Q, '--aggregate', '--format', 'json']);
      expect(r.code).toBe(0);
      expect(numbers(r.stdout)).toEqual(numbers(expected.stdout));
      expect(r.stderr).toEqual(
        name === 'Windows-1252'
          ? expect.stringMatching(
              /^[^\n]*forms-export-1252\.csv: warning not-utf8 file is not UTF-8 text: read as Windows-1252/,
            )
          : '',
      );
    });

  it('refuses an unknown column, naming it, with a did-you-mean against the question texts', () => {
    const file = path.join(dir, 'typo.csv');
    fs.writeFileSync(
      file,
      fs
        .readFileSync(EXPORT, 'utf8')
        .replace('Zijn de belangrijkste gegevens beschreven?', 'Zijn de belangrijkste gegevens beschreven ?!'),
    );
    const r = runCli(['score', file, '--questionnaire', Q, '--aggregate', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'error unknown-question column `Zijn de belangrijkste gegevens beschreven ?!` is not a question of `survey-scan`',
    );
    expect(r.stderr).toContain('did you mean `Zijn de belangrijkste gegevens beschreven?`?');
  });

  it('leaves out a column --ignore-column names, on score, validate and compare', () => {
    const file = path.join(dir, 'remarks.csv');
    const lines = fs.readFileSync(EXPORT, 'utf8').split('\n');
    fs.writeFileSync(
      file,
      lines.map((line, i) => (line === '' ? line : `${line},${i === 0 ? 'Opmerkingen' : 'geen'}`)).join('\n'),
    );
    const refused = runCli(['validate', file, '--questionnaire', Q]);
    expect(refused.code).toBe(1);
    expect(refused.stderr + refused.stdout).toContain('column `Opmerkingen`');
    expect(runCli(['validate', file, '--questionnaire', Q, '--ignore-column', 'opmerkingen']).code).toBe(0);
    const scored = runCli([
      'score',
      file,
      '--questionnaire',
      Q,
      '--aggregate',
      '--format',
      'json',
      '--ignore-column',
      'Opmerkingen',
    ]);
    expect(scored.code).toBe(0);
    expect(numbers(scored.stdout)).toEqual(numbers(expected.stdout));
    const compared = runCli([
      'compare',
      file,
      fixture('survey', 'answers'),
      '--questionnaire',
      Q,
      '--ignore-column',
      'Opmerkingen',
    ]);
    expect(compared.stderr).toBe('');
    expect(compared.code).toBe(0);
  });

  it('skips a respondent with a bad cell, says where the cell is, and counts the set as skipped', () => {
    const file = path.join(dir, 'bad-cell.csv');
    fs.writeFileSync(file, fs.readFileSync(EXPORT, 'utf8').replace('Volledig,Weet niet', 'Bijna,Weet niet'));
    const r = runCli(['score', file, '--questionnaire', Q, '--aggregate', '--format', 'json']);
    expect(r.code).toBe(1);
    const line = fs.readFileSync(file, 'utf8').split('\n')[2]!;
    expect(r.stderr).toContain(`${file}:3:${line.indexOf('Bijna') + 1}: error invalid-answer \`Bijna\``);
    expect(r.stderr).toContain('datascan: 1 answer set (a file or a CSV row) was left out for the findings above');
    const profile = JSON.parse(r.stdout) as { respondents: number; skipped?: number };
    expect([profile.respondents, profile.skipped]).toEqual([2, 1]);
  });
});
