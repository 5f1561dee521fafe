/** A workshop folder with an interview still in progress and a file copied under another name: score and validate say so. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

const FOLDER = fixture('honest', 'workshop');
const file = (name: string) => path.join(FOLDER, name);
const scored = (stdout: string) => JSON.parse(stdout) as { respondents: number; sources: string[] };

const IN_PROGRESS = `${file('piet.yaml')}:12:11: warning answers-in-progress the interview or form of this file is not finished (\`session.status: in-progress\`): 2 of 8 questions answered; its answers count (\`score --complete-only\` leaves it out)\n`;
const duplicate = (rest: string) =>
  `${file('kopie-van-anna.yaml')}: warning likely-duplicate the same respondent (Anna de Vries) with the same answers as ${file('anna.yaml')}: likely a copy; ${rest}\n`;

describe('score --aggregate over a workshop folder', () => {
  it('warns about the file in progress and the copy, counts them all, and exits 0', () => {
    const r = runCli(['score', FOLDER, '--aggregate', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(IN_PROGRESS + duplicate('both count (`score --drop-duplicates` keeps the first)'));
    expect(scored(r.stdout).sources).toEqual(['anna.yaml', 'bram.yaml', 'kopie-van-anna.yaml', 'piet.yaml'].map(file));
  });

  it('anonymised, names the copy and its twin by number only, each once', () => {
    const r = runCli(['score', FOLDER, '--aggregate', '--format', 'json', '--anonymise']);
    expect(r.code, r.stderr).toBe(0);
    // Numbered in file-name order: anna 1, bram 2, kopie-van-anna 3, piet 4.
    expect(r.stderr).toContain(
      'Respondent 3: warning likely-duplicate the same respondent name with the same answers as Respondent 1: likely a copy; both count',
    );
    expect(r.stderr).not.toContain('Anna');
  });

  it('says it in Dutch with --lang nl', () => {
    const r = runCli(['score', FOLDER, '--aggregate', '--format', 'json', '--lang', 'nl']);
    expect(r.stderr).toContain('2 van 8 vragen beantwoord');
    expect(r.stderr).toContain('waarschijnlijk een kopie; beide tellen mee');
  });

  it('says in Dutch that --complete-only left the file out', () => {
    const r = runCli(['score', FOLDER, '--aggregate', '--format', 'json', '--lang', 'nl', '--complete-only']);
    expect(r.stderr).toContain('2 van 8 vragen beantwoord; weggelaten\n');
    expect(r.stderr).not.toContain('de antwoorden tellen mee');
  });

  it('--complete-only leaves the file in progress out, and says how many it left out', () => {
    const r = runCli(['score', FOLDER, '--aggregate', '--format', 'json', '--complete-only']);
    expect(r.code, r.stderr).toBe(0);
    expect(scored(r.stdout).sources).toEqual(['anna.yaml', 'bram.yaml', 'kopie-van-anna.yaml'].map(file));
    // Not "its answers count" beside "was left out": the finding says what this run did with the file.
    expect(r.stderr).toContain(IN_PROGRESS.replace(/its answers count .*\n$/, 'left out\n'));
    expect(r.stderr).toContain('datascan: 1 answer file still in progress was left out (--complete-only)\n');
  });

  it('--drop-duplicates keeps the first of the two, and says so', () => {
    const r = runCli(['score', FOLDER, '--aggregate', '--format', 'json', '--drop-duplicates']);
    expect(r.code, r.stderr).toBe(0);
    expect(scored(r.stdout).sources).toEqual(['anna.yaml', 'bram.yaml', 'piet.yaml'].map(file));
    expect(r.stderr).toBe(IN_PROGRESS + duplicate('left out, the first counts'));
  });

  it('--strict makes both findings errors: the two files are left out and it exits 1', () => {
    const r = runCli(['score', FOLDER, '--aggregate', '--format', 'json', '--strict']);
    expect(r.code).toBe(1);
    expect(scored(r.stdout).sources).toEqual(['anna.yaml', 'bram.yaml'].map(file));
    // Both left out for their errors: the report says two were skipped, not one.
    expect((JSON.parse(r.stdout) as { skipped?: number }).skipped).toBe(2);
    expect(r.stderr).toContain(`${file('piet.yaml')}:12:11: error answers-in-progress`);
    expect(r.stderr).toMatch(/error answers-in-progress .*2 of 8 questions answered; left out\n/);
    expect(r.stderr).toContain(`${file('kopie-van-anna.yaml')}: error likely-duplicate`);
  });
});

describe('score without --aggregate', () => {
  it('scores each file on its own: no likely copies, and --drop-duplicates is said to do nothing', () => {
    const r = runCli(['score', FOLDER, '--format', 'json', '--drop-duplicates']);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(4);
    expect(r.stderr).not.toContain('likely-duplicate');
    expect(r.stderr).toContain('--drop-duplicates does nothing without --aggregate or --group-by');
  });
});

describe('score --group-by organisation', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-honest-'));
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
  const copy = (name: string, edit: (text: string) => string = (t) => t) =>
    fs.writeFileSync(
      path.join(work, name),
      edit(fs.readFileSync(file('anna.yaml'), 'utf8')).replace(
        '../../scoring/tiny-scan.yaml',
        path.resolve(fixture('scoring', 'tiny-scan.yaml')),
      ),
    );
  copy('a.yaml');
  copy('b.yaml', (t) => t.replace('Gemeente Test', 'Gemeente Elders'));
  copy('c.yaml');

  it('looks for copies within an organisation only', () => {
    const r = runCli(['score', work, '--group-by', 'organisation', '--format', 'json', '--drop-duplicates']);
    expect(r.code, r.stderr).toBe(0);
    expect(
      (JSON.parse(r.stdout) as { sources: string[] }[]).map((p) => p.sources.map((s) => path.basename(s))),
    ).toEqual([['a.yaml'], ['b.yaml']]);
    expect(r.stderr).toBe(
      `${path.join(work, 'c.yaml')}: warning likely-duplicate the same respondent (Anna de Vries) with the same answers as ${path.join(work, 'a.yaml')}: likely a copy; left out, the first counts\n`,
    );
  });
});

describe('validate', () => {
  it('warns about a file in progress and exits 0; with --strict it exits 1', () => {
    const r = runCli(['validate', file('piet.yaml')]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout + r.stderr).toContain('warning answers-in-progress');
    expect(r.stdout + r.stderr).toContain('2 of 8 questions answered');
    expect(runCli(['validate', file('piet.yaml'), '--strict']).code).toBe(1);
    expect(runCli(['validate', file('bram.yaml')]).stdout).not.toContain('answers-in-progress');
  });
});

describe('score of a file with few answers', () => {
  it('marks the uncertain levels and says the coverage on the overall line, in every format', () => {
    const table = runCli(['score', file('piet.yaml'), '--lang', 'nl']);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain('fase 2 Proberen (onzeker: dekking 25%)');
    expect(table.stdout).toContain('(onzeker)');
    const json = JSON.parse(runCli(['score', file('piet.yaml'), '--format', 'json']).stdout) as {
      overall: { uncertain: boolean };
      dimensions: { id: string; uncertain: boolean }[];
    };
    expect(json.overall.uncertain).toBe(true);
    expect(json.dimensions.find((d) => d.id === 'alpha')!.uncertain).toBe(true);
    // The uncertain column, then the three of a consensus file (empty here).
    expect(runCli(['score', file('piet.yaml'), '--format', 'csv']).stdout).toMatch(/,overall; alpha,,,\n$/);
    expect(runCli(['score', file('piet.yaml'), '--format', 'markdown']).stdout).toContain('2 Trying (uncertain)');
    expect(runCli(['score', file('piet.yaml'), '--format', 'html']).stdout).toContain('uncertain: coverage 25%');
  });

  it('does not mark a well-covered profile', () => {
    expect(runCli(['score', file('bram.yaml')]).stdout).not.toContain('uncertain');
  });
});
