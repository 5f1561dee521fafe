/**
 * `--anonymise` end to end (test/fixtures/anonymise: three files named after their respondents, with
 * roles, notes, a copy, an interview in progress and an answer below the legal floor): no name, role
 * or file name of the inputs in any format's output or on stderr; roles with --keep-roles; and all of
 * them without --anonymise, so that the search can fail.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

const WORKSHOP = fixture('anonymise');
const NAMES = ['Gerrit', 'Knol', 'Zwaantje', 'van der Meer', 'van-der-meer'];
const ROLES = ['wethouder', 'Informatiebeheerder'];
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-anonymise-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const FORMATS = ['table', 'markdown', 'html', 'json', 'ndjson', 'csv'] as const;

/** Every case of runs to search: each text format, --explain, the workbook, and compare; per case the text to search. */
async function outputs(extra: string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const run = (name: string, args: string[]) => {
    const r = runCli(args);
    expect(r.code, `${name}: ${r.stderr}`).toBe(0);
    out[name] = r.stdout + r.stderr;
  };
  for (const format of FORMATS) {
    run(format, ['score', WORKSHOP, '--aggregate', '--format', format, ...extra]);
    run(`${format} each`, ['score', WORKSHOP, '--format', format, ...extra]);
  }
  run('json --explain', ['score', WORKSHOP, '--aggregate', '--explain', '--format', 'json', ...extra]);
  run('table --explain', ['score', WORKSHOP, '--aggregate', '--explain', ...extra]);
  for (const format of ['table', 'markdown', 'json', 'html'])
    run(`compare ${format}`, [
      'compare',
      WORKSHOP,
      path.join(WORKSHOP, 'gerrit-knol.yaml'),
      '--format',
      format,
      ...extra,
    ]);
  const file = path.join(work, `report${extra.join('')}.xlsx`);
  run('xlsx', ['score', WORKSHOP, '--aggregate', '--explain', '--format', 'xlsx', '-o', file, '--force', ...extra]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => {
    cells.push(sheet.name);
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.text)));
  });
  out['xlsx cells'] = cells.join('\n');
  return out;
}

const found = (texts: Record<string, string>, words: readonly string[]) =>
  Object.entries(texts).flatMap(([name, text]) =>
    words.filter((w) => text.toLowerCase().includes(w.toLowerCase())).map((w) => `${name}: ${w}`),
  );

describe('score and compare --anonymise', () => {
  it('without --anonymise the names and roles are there (the search finds them)', async () => {
    const texts = await outputs([]);
    const named = (word: string) => Object.keys(texts).filter((name) => texts[name]!.toLowerCase().includes(word));
    // Every case names a respondent or a file named after one, so that none can pass the anonymised search by accident.
    expect(
      Object.keys(texts).filter((name) => !NAMES.some((w) => texts[name]!.toLowerCase().includes(w.toLowerCase()))),
    ).toEqual([]);
    expect(named('wethouder')).toEqual(expect.arrayContaining(['json --explain', 'html', 'markdown']));
    expect(texts['json --explain']).toContain('Zwaantje van der Meer');
    expect(texts['html']).toContain('Informatiebeheerder');
  });

  it('names no respondent, role or file of the inputs in any format, --explain, the workbook, compare or a finding', async () => {
    const texts = await outputs(['--anonymise']);
    expect(found(texts, [...NAMES, ...ROLES])).toEqual([]);
    // Numbered in file-name order: gerrit-knol.yaml, kopie-gerrit-knol.yaml, zwaantje-van-der-meer.yaml.
    const profile = JSON.parse(texts['json']!.slice(0, texts['json']!.lastIndexOf('}') + 1)) as {
      respondentList: { name: string }[];
      belowLegalFloor: { respondents: { name: string; source: string }[] }[];
    };
    expect(profile.respondentList.map((r) => r.name)).toEqual(['Respondent 1', 'Respondent 2', 'Respondent 3']);
    expect(profile.belowLegalFloor[0]!.respondents).toEqual([{ name: 'Respondent 3', source: 'Respondent 3' }]);
    expect(texts['json']).toContain('Respondent 3: warning answers-in-progress');
    expect(texts['json']).toContain('Respondent 2: warning likely-duplicate');
  });

  it('--keep-roles keeps the roles, and still no name', async () => {
    const texts = await outputs(['--anonymise', '--keep-roles']);
    expect(found(texts, NAMES)).toEqual([]);
    expect(texts['json --explain']).toContain('wethouder');
    expect(texts['html']).toContain('Informatiebeheerder');
  });

  it('--keep-roles alone says it does nothing', () => {
    const r = runCli(['score', path.join(WORKSHOP, 'gerrit-knol.yaml'), '--keep-roles']);
    expect(r.stderr).toContain('--keep-roles does nothing without --anonymise');
  });
});
