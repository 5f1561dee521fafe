/**
 * The shipped quickscan answered by a room and exported as a survey tool does: Microsoft Forms'
 * columns, the Dutch question texts as headers, option labels (and "Weet niet") in the cells, a
 * date with a time. As CSV in UTF-8, as CSV that Excel saved on Windows (Windows-1252, `sep=;`),
 * and as .xlsx with date cells: each scores to the profile of the same answers in answer files.
 * The answers are made here from the questionnaire itself, so every question, option and label is
 * the shipped one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify as yamlText } from 'yaml';
import { localize } from '../../src/questionnaire/text.js';
import { optionsOf } from '../../src/questionnaire/structure.js';
import type { Questionnaire } from '../../src/questionnaire/types.js';
import { decodeWindows1252 } from '../../src/util/windows-1252.js';
import { runCli } from '../helpers/cli.js';
import { fixtureWorkspace } from '../helpers/workspace.js';

const QUICKSCAN = 'questionnaires/odg-quickscan.yaml';
const q = fixtureWorkspace().load(QUICKSCAN).questionnaire as Questionnaire;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-quickscan-export-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const people = [
  { name: 'Anna de Vries', role: 'Beleidsadviseur' },
  { name: 'Chantal Öztürk', role: 'CIO' },
  { name: 'Bram van ’t Hek', role: 'Data-analist' },
  { name: 'Sanne Jansen', role: 'Wethouder' },
  { name: 'Youssef El Amrani', role: 'Informatiemanager' },
  { name: 'Els Brouwer', role: 'Teamleider' },
];

/** Person p's answer to question i: options spread over the room, a few "don't know", some left open. */
function answerOf(p: number, i: number): number | 'unknown' | undefined {
  const question = q.questions[i]!;
  const { options } = optionsOf(q, question.id);
  const pick = (p * 7 + i * 3) % (options.length + 2);
  if (pick === options.length) return (p + i) % 4 === 0 ? undefined : 'unknown';
  return options[pick % options.length]!.value;
}

/** The label a person picks in Forms for an answer (in Dutch, as the form was). */
function labelOf(questionId: string, answer: number | 'unknown' | undefined): string {
  if (answer === undefined) return '';
  if (answer === 'unknown') return 'Weet niet';
  const option = optionsOf(q, questionId).options.find((o) => o.value === answer)!;
  return localize(option.label, 'nl');
}

const ORGANISATION = 'Gemeente Zuiderhaven';
const FORMS_COLUMNS = ['ID', 'Begintijd', 'Tijd van voltooien', 'E-mail', 'Naam', 'Tijdstip van laatste wijziging'];
const header = [...FORMS_COLUMNS, 'Organisatie', 'Functie', 'Datum', ...q.questions.map((x) => localize(x.text, 'nl'))];
const rows = people.map((person, p) => [
  String(p + 1),
  `28-11-2026 10:${String(p).padStart(2, '0')}`,
  `28-11-2026 10:${String(p + 20).padStart(2, '0')}`,
  `${person.name.split(' ')[0]!.toLowerCase()}@zuiderhaven.example`,
  person.name,
  '',
  ORGANISATION,
  person.role,
  `28-11-2026 10:${String(p + 20).padStart(2, '0')}`,
  ...q.questions.map((x, i) => labelOf(x.id, answerOf(p, i))),
]);

/**
 * Text as Windows-1252 bytes (what Excel on Windows saves as "CSV"), by the decoder's table (which
 * test/util/windows-1252.test.ts checks against Node 22's TextDecoder; Node 20's reads Latin-1).
 */
function windows1252(text: string): Buffer {
  const byChar = new Map<string, number>();
  for (let b = 0; b < 256; b++) byChar.set(decodeWindows1252(Uint8Array.of(b)), b);
  return Buffer.from(
    [...text].map((c) => {
      const b = byChar.get(c);
      if (b === undefined) throw new Error(`${c} is not in Windows-1252`);
      return b;
    }),
  );
}

let answersDir: string;
beforeAll(async () => {
  answersDir = path.join(dir, 'answers');
  fs.mkdirSync(answersDir);
  people.forEach((person, p) => {
    const answers = Object.fromEntries(
      q.questions.flatMap((x, i) => {
        const a = answerOf(p, i);
        return a === undefined ? [] : [[x.id, a]];
      }),
    );
    const file = {
      questionnaire: q.id,
      version: q.version,
      organisation: ORGANISATION,
      respondent: { name: person.name, role: person.role },
      date: '2026-11-28',
      answers,
    };
    fs.writeFileSync(path.join(answersDir, `${p + 1}.yaml`), yamlText(file, { defaultStringType: 'QUOTE_DOUBLE' }));
  });
  fs.writeFileSync(path.join(dir, 'forms.csv'), `\uFEFF${stringify([header, ...rows])}`);
  fs.writeFileSync(
    path.join(dir, 'excel-windows.csv'),
    windows1252(`sep=;\r\n${stringify([header, ...rows], { delimiter: ';', record_delimiter: '\r\n' })}`),
  );
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Form1');
  sheet.addRow(header);
  for (const [p, row] of rows.entries()) {
    const added = sheet.addRow(row);
    // Forms' workbook holds its times as date cells.
    for (const column of [2, 3, 9]) added.getCell(column).value = new Date(Date.UTC(2026, 10, 28, 10, p));
  }
  await book.xlsx.writeFile(path.join(dir, 'forms.xlsx'));
});

/** A profile without where its answers came from (`source`, `sources`, at any depth). */
function numbers(json: string): unknown {
  return JSON.parse(json, (key, value: unknown) => (key === 'source' || key === 'sources' ? undefined : value));
}

describe('a Forms export of the shipped quickscan', () => {
  it('every question is asked in it and some answers are "Weet niet" or left open', () => {
    expect(rows.flat()).toContain('Weet niet');
    expect(rows.some((row) => row.slice(header.length - q.questions.length).includes(''))).toBe(true);
    expect(q.questions.length).toBeGreaterThan(10);
  });

  for (const [name, file, warning] of [
    ['CSV in UTF-8 with a byte-order mark', 'forms.csv', false],
    ['CSV saved by Excel on Windows: Windows-1252, sep=;, CRLF', 'excel-windows.csv', true],
    ['the .xlsx Forms gives, with date cells', 'forms.xlsx', false],
  ] as const)
    it(`scores to the profile of the same answers in answer files: ${name}`, () => {
      const expected = runCli(['score', answersDir, '--aggregate', '--format', 'json']);
      expect(expected.code).toBe(0);
      const r = runCli([
        'score',
        path.join(dir, file),
        '--questionnaire',
        'odg-quickscan',
        '--aggregate',
        '--format',
        'json',
      ]);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(warning ? /warning not-utf8 .*Windows-1252/ : /^$/);
      expect(numbers(r.stdout)).toEqual(numbers(expected.stdout));
      const profile = JSON.parse(r.stdout) as { respondents: number; skipped?: number };
      expect(profile.respondents).toBe(people.length);
      expect(profile.skipped).toBeUndefined();
    });
});
