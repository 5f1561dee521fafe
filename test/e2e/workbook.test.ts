/**
 * The answer workbook end to end: `template --format xlsx` written by the built CLI, opened with
 * exceljs (and LibreOffice where it is installed), filled in, and read back by score and validate.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { canRunLibreOffice, libreOfficeSheetsCsv } from '../helpers/libreoffice.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-workbook-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const SCAN = fixture('workbook', 'workbook-scan.yaml');
const DIR = fixture('workbook');

/** The Dutch dropdown of each question, as the questionnaire and the workbook's words have it. */
const EXPECTED_CHOICES: Record<string, string[]> = {
  'q-quality': ['Nog niet', 'In pilots', 'Overal', 'Weet niet', 'Niet van toepassing'],
  'q-access': [
    'Nee, data staat in losse systemen die alleen de eigen afdeling kan openen, en niemand weet wat er is',
    'Deels, er is voor enkele afdelingen een lijst van datasets, maar die wordt niet bijgehouden en toegang gaat per geval',
    'Ja, een catalogus van alle datasets wordt bijgehouden en toegang gaat volgens duidelijke regels',
    'Weet niet',
    'Niet van toepassing',
  ],
  // Its scale allows no "don't know", and no "not applicable".
  'q-skills': ['Zelden', 'Vaak', 'Altijd'],
};

function template(name: string): string {
  const file = path.join(work, name);
  const r = runCli(['template', SCAN, '--format', 'xlsx', '--lang', 'nl', '-o', file]);
  expect(r.code, r.stderr).toBe(0);
  return file;
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** The texts a list validation offers: written out (`"a,b"`) or a range on another sheet. */
function choicesOf(workbook: ExcelJS.Workbook, formula: string): string[] {
  if (formula.startsWith('"')) return formula.slice(1, -1).split(',');
  const match = /^'([^']+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(formula)!;
  expect(match, formula).not.toBeNull();
  const sheet = workbook.getWorksheet(match[1]!)!;
  const out: string[] = [];
  for (let row = Number(match[3]); row <= Number(match[5]); row++)
    out.push(String(sheet.getCell(`${match[2]}${row}`).value));
  return out;
}

/** Row of each question id on the questions sheet. */
function rowsById(sheet: ExcelJS.Worksheet): Map<string, number> {
  const rows = new Map<string, number>();
  sheet.eachRow((row, n) => {
    if (n > 1) rows.set(String(row.getCell(8).value), n);
  });
  return rows;
}

describe('template --format xlsx', () => {
  it('has a dropdown of exactly the option labels on every answer cell, and a protected structure', async () => {
    const workbook = await open(template('dropdowns.xlsx'));
    const questions = workbook.getWorksheet('Vragen')!;
    const rows = rowsById(questions);
    expect([...rows.keys()]).toEqual(['q-quality', 'q-access', 'q-skills']);
    for (const [id, row] of rows) {
      const answer = questions.getCell(row, 6);
      expect(answer.dataValidation.type, id).toBe('list');
      expect(choicesOf(workbook, answer.dataValidation.formulae![0] as string), id).toEqual(EXPECTED_CHOICES[id]);
      // The dropdown is as narrow as the cell: beside it every choice is written out whole, one to a line.
      const written = questions.getCell(row, 5);
      expect(String(written.value).split('\n'), id).toEqual(EXPECTED_CHOICES[id]!.map((c) => `• ${c}`));
      expect(written.alignment?.wrapText, id).toBe(true);
      expect(questions.getRow(row).height, id).toBeGreaterThanOrEqual(EXPECTED_CHOICES[id]!.length * 15);
      // Answer and note open, texts and id locked; the sheet is protected without a password.
      expect(answer.protection?.locked, id).toBe(false);
      expect(questions.getCell(row, 7).protection?.locked, id).toBe(false);
      expect(questions.getCell(row, 3).protection?.locked ?? true, id).toBe(true);
      expect(written.protection?.locked ?? true, id).toBe(true);
      expect(questions.getCell(row, 8).protection?.locked ?? true, id).toBe(true);
    }
    // The short list is written out; the long one (over Excel's 255 characters) is on the hidden sheet.
    expect(questions.getCell(rows.get('q-quality')!, 6).dataValidation.formulae![0]).toMatch(/^"/);
    expect(questions.getCell(rows.get('q-access')!, 6).dataValidation.formulae![0]).toMatch(/^'Lijsten'!/);
    expect(workbook.getWorksheet('Lijsten')!.state).toBe('hidden');
    for (const sheet of workbook.worksheets) {
      // Not in exceljs's types, but read from the file: protected, and no password to fill in.
      const protection = (sheet as unknown as { sheetProtection?: { sheet?: boolean; algorithmName?: string } })
        .sheetProtection;
      expect(protection?.sheet, sheet.name).toBe(true);
      expect(protection?.algorithmName, sheet.name).toBeUndefined();
    }
    expect(questions.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(questions.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, printTitlesRow: '1:1' });
    // A text that starts like a formula is a text cell, never a formula.
    const text = questions.getCell(rows.get('q-quality')!, 3);
    expect(text.type).toBe(ExcelJS.ValueType.String);
    expect(text.value).toBe('=1+1 Wordt de datakwaliteit gemeten?');
    expect(questions.getCell(rows.get('q-quality')!, 4).type).toBe(ExcelJS.ValueType.String);
  });

  it('filled in with the labels, scores to the same profile as the same answers in YAML', async () => {
    const file = template('filled.xlsx');
    const workbook = await open(file);
    const cover = workbook.getWorksheet('Voorblad')!;
    const named = (name: string) => {
      const [range] = workbook.definedNames.getRanges(name).ranges;
      return cover.getCell(range!.split('!')[1]!.replace(/\$/g, ''));
    };
    named('DatascanOrganisation').value = 'Gemeente Test';
    named('DatascanRespondent').value = 'Chantal Öztürk';
    named('DatascanRole').value = 'CIO';
    // A date typed in Excel is a date cell.
    named('DatascanDate').value = new Date(Date.UTC(2026, 10, 28));
    const questions = workbook.getWorksheet('Vragen')!;
    const rows = rowsById(questions);
    questions.getCell(rows.get('q-quality')!, 6).value = 'In pilots';
    questions.getCell(rows.get('q-access')!, 6).value = EXPECTED_CHOICES['q-access']![2]!;
    questions.getCell(rows.get('q-access')!, 7).value = 'alleen in het sociaal domein';
    questions.getCell(rows.get('q-skills')!, 6).value = 'Zelden';
    await workbook.xlsx.writeFile(file);

    expect(runCli(['validate', file, '--dir', DIR]).code).toBe(0);
    const fromWorkbook = runCli(['score', file, '--dir', DIR, '--format', 'json']);
    expect(fromWorkbook.code, fromWorkbook.stderr).toBe(0);
    const fromYaml = runCli(['score', fixture('workbook', 'answers.yaml'), '--dir', DIR, '--format', 'json']);
    expect(fromYaml.code, fromYaml.stderr).toBe(0);
    // Everything but where the answers came from; a workbook, like a CSV file, gives an array.
    const withoutSources = (json: string) => {
      const parsed = JSON.parse(json) as object;
      const { sources, respondentList, ...profile } = (Array.isArray(parsed) ? parsed[0] : parsed) as {
        sources: unknown;
        respondentList: { source: string }[];
      };
      expect(sources).toBeDefined();
      return { ...profile, respondentList: respondentList.map(({ source: _source, ...r }) => r) };
    };
    expect(withoutSources(fromWorkbook.stdout)).toEqual(withoutSources(fromYaml.stdout));
    const scored = JSON.parse(fromWorkbook.stdout) as { overall: { score: number } }[];
    expect(scored).toHaveLength(1);
    expect(scored[0]!.overall.score).toBeGreaterThan(0);
  });

  it('points a wrong answer at its cell', async () => {
    const file = template('wrong.xlsx');
    const workbook = await open(file);
    const questions = workbook.getWorksheet('Vragen')!;
    const row = rowsById(questions).get('q-skills')!;
    // Typed over the dropdown (the list stops only Excel, not every spreadsheet).
    questions.getCell(row, 6).value = 'Weet niet';
    await workbook.xlsx.writeFile(file);
    const r = runCli(['validate', file, '--dir', DIR]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${file}:${row}:6: error unknown-not-allowed Vragen!F${row}: `);
    const json = runCli(['validate', file, '--dir', DIR, '--format', 'json']);
    expect(JSON.parse(json.stdout)).toMatchObject([{ line: row, column: 6, args: { cell: `Vragen!F${row}` } }]);
  });

  it('refuses a file that is no workbook with one line, and an .xlsx name for YAML', () => {
    const fake = path.join(work, 'fake.xlsx');
    fs.writeFileSync(fake, 'organisation: x\n');
    const r = runCli(['validate', fake]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${fake}: error not-text file is not an Excel workbook (.xlsx) that can be read`);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
    const named = runCli(['template', SCAN, '--format', 'xlsx', '-o', path.join(work, 'answers.yaml')]);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('give the file a .xlsx name');
    const yaml = runCli(['template', SCAN, '-o', path.join(work, 'answers.xlsx')]);
    expect(yaml.code).toBe(2);
    expect(yaml.stderr).toContain('add --format xlsx');
  });

  it('run refuses a workbook with a hint', () => {
    const r = runCli(['run', '--lang', 'en', '--resume', path.join(work, 'x.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('is a workbook: answer in it (in Excel), or make a YAML file');
  });
});

describe('a survey export as .xlsx', () => {
  /** A Forms-style export: its own columns, Dutch metadata, questions headed by their text, label cells. */
  async function formsExport(name: string, questionHeader: string): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Form1');
    sheet.addRow([
      'ID',
      'Begintijd',
      'Tijd van voltooien',
      'E-mail',
      'Naam',
      'Organisatie',
      'Rol',
      'Datum',
      '=1+1 Wordt de datakwaliteit gemeten?',
      "Vinden collega's de data die ze nodig hebben?",
      questionHeader,
    ]);
    sheet.addRow([
      1,
      new Date(Date.UTC(2026, 10, 28, 10, 15)),
      new Date(Date.UTC(2026, 10, 28, 10, 30)),
      'c@example.org',
      'Chantal Öztürk',
      'Gemeente Test',
      'CIO',
      new Date(Date.UTC(2026, 10, 28)),
      'In pilots',
      EXPECTED_CHOICES['q-access']![2]!,
      'Rarely',
    ]);
    const file = path.join(work, name);
    await workbook.xlsx.writeFile(file);
    return file;
  }

  it('scores to the same profile as the same answers in YAML, with --questionnaire', async () => {
    const file = await formsExport('forms.xlsx', '@Do people have the skills?');
    const r = runCli(['score', file, '--questionnaire', SCAN, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    // --questionnaire is what the export is read with: no warning that it had no effect.
    expect(r.stderr).toBe('');
    const yaml = runCli(['score', fixture('workbook', 'answers.yaml'), '--dir', DIR, '--format', 'json']);
    // The note is the one thing the export does not carry (nor do the profile's answers per question);
    // every score, level and count is the same.
    const withoutNotes = (key: string, value: unknown) => (key === 'notes' ? undefined : value);
    const [fromExport] = JSON.parse(r.stdout, withoutNotes) as { overall: unknown; dimensions: unknown }[];
    const fromYaml = JSON.parse(yaml.stdout, withoutNotes) as { overall: unknown; dimensions: unknown };
    expect(fromExport!.overall).toEqual(fromYaml.overall);
    expect(fromExport!.dimensions).toEqual(fromYaml.dimensions);
  });

  it('names an unknown column at its cell, with a did-you-mean on the question texts', async () => {
    const file = await formsExport('forms-typo.xlsx', '@Do people have the skils?');
    const r = runCli(['validate', file, '--questionnaire', SCAN]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${file}:1:11: error unknown-question Form1!K1: column`);
    expect(r.stdout).toContain('@Do people have the skills?');
  });

  it('needs --questionnaire: an export does not name its questionnaire', async () => {
    const file = await formsExport('forms-alone.xlsx', '@Do people have the skills?');
    const r = runCli(['score', file]);
    expect(r.code).toBe(2);
    // A workbook, not a CSV file: it is told what it lacks.
    expect(r.stderr).toBe(
      `datascan: ${file}: a survey export needs --questionnaire <id or path>: the workbook has no cover sheet of an answer workbook that names its questionnaire\n`,
    );
  });
});

describe.runIf(canRunLibreOffice)('the answer workbook in LibreOffice', () => {
  it('shows the questions, and the answers filled in, where they belong', async () => {
    const file = template('libreoffice.xlsx');
    const empty = libreOfficeSheetsCsv(file, ['Voorblad', 'Vragen']);
    expect(empty.Vragen!.split('\n')[0]).toBe('Dimensie,Subdimensie,Vraag,Uitleg,Keuzes,Antwoord,Toelichting,Id');
    expect(empty.Vragen).toContain('Data,Kwaliteit,=1+1 Wordt de datakwaliteit gemeten?,');
    expect(empty.Voorblad).toContain('Vragenlijst,workbook-scan');
    const workbook = await open(file);
    const questions = workbook.getWorksheet('Vragen')!;
    questions.getCell(rowsById(questions).get('q-skills')!, 6).value = 'Vaak';
    await workbook.xlsx.writeFile(file);
    const filled = libreOfficeSheetsCsv(file, ['Vragen']);
    expect(filled.Vragen).toContain(
      'Mensen,,@Hebben mensen de vaardigheden?,,"• Zelden\n• Vaak\n• Altijd",Vaak,,q-skills',
    );
  });
});
