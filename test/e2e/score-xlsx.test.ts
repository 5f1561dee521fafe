/**
 * `datascan score --format xlsx`: the built CLI writes a workbook that, read back with exceljs (and
 * converted by LibreOffice where it is installed), holds the same numbers as `--format json`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, fixture, ROOT, runCli } from '../helpers/cli.js';
import { canRunLibreOffice, libreOfficeCsv } from '../helpers/libreoffice.js';
import { Terminal, tmuxAvailable } from './run-terminal.js';

const EXAMPLE = path.join('examples', 'gemeente-voorbeeld', 'scan-2026');
const GROUP = fixture('answers', 'tiny', 'group');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-score-xlsx-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

interface Unit {
  id: string;
  name: string;
  score: number | null;
  level: number;
  target: number | null;
  gap: number | null;
  subdimensions?: Unit[];
}
interface ProfileJson {
  language: string;
  organisation: string | null;
  respondents: number;
  coverage: { ratio: number };
  overall: { score: number | null; level: number };
  levels: { rank: number; name: string }[];
  dimensions: Unit[];
  nextSteps: {
    dimensionName: string;
    subdimensionName: string | null;
    fromLevel: number;
    toLevel: number;
    steps: string[];
  }[];
}

function json(args: string[]): ProfileJson[] {
  const r = runCli(['score', ...args, '--format', 'json']);
  const data = JSON.parse(r.stdout) as ProfileJson | ProfileJson[];
  return Array.isArray(data) ? data : [data];
}

async function workbook(args: string[], name: string): Promise<{ file: string; book: ExcelJS.Workbook }> {
  const file = path.join(work, name);
  const r = runCli(['score', ...args, '--format', 'xlsx', '-o', file]);
  expect(r.stderr).toContain(file);
  expect([0, 1]).toContain(r.code);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return { file, book };
}

/** A cell's number, checking that it is stored as a number with the format shown (null: empty). */
function numberIn(cell: ExcelJS.Cell, format: string): number | null {
  if (cell.value === null) return null;
  expect(cell.type).toBe(ExcelJS.ValueType.Number);
  expect(cell.numFmt).toBe(format);
  return cell.value as number;
}

/** The sheets are named in the profiles' language. */
const sheetNames = (profiles: ProfileJson[]) =>
  profiles[0]!.language === 'nl'
    ? { overview: 'Overzicht', nextSteps: 'Vervolgstappen', spread: 'Spreiding' }
    : { overview: 'Overview', nextSteps: 'Next steps', spread: 'Spread' };

const levelName = (p: ProfileJson, unit: { score: number | null; level: number }) =>
  unit.score === null ? null : (p.levels.find((l) => l.rank === unit.level)?.name ?? '');

/** Every overview row against the JSON profiles: respondents, coverage, overall, each unit's score, level, target and gap. */
function expectOverview(book: ExcelJS.Workbook, profiles: ProfileJson[]): void {
  const sheet = book.getWorksheet(sheetNames(profiles).overview)!;
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  expect(sheet.rowCount).toBe(2 + profiles.length);
  profiles.forEach((p, i) => {
    const row = sheet.getRow(3 + i);
    expect(row.getCell(1).value).toBe(p.organisation);
    expect(numberIn(row.getCell(4), '0')).toBe(p.respondents);
    expect(numberIn(row.getCell(5), '0')).toBe(0);
    expect(numberIn(row.getCell(6), '0%')).toBe(p.coverage.ratio);
    expect(numberIn(row.getCell(7), '0.00')).toBe(p.overall.score);
    expect(row.getCell(8).value).toBe(`${p.overall.level} ${levelName(p, p.overall)}`);
    const units = p.dimensions.flatMap((d) => [d, ...(d.subdimensions ?? [])]);
    units.forEach((u, k) => {
      const column = 9 + 4 * k;
      expect(sheet.getRow(1).getCell(column).value).toBe(u.name);
      expect(numberIn(row.getCell(column), '0.00')).toBe(u.score);
      expect(row.getCell(column + 1).value).toBe(u.score === null ? null : `${u.level} ${levelName(p, u)}`);
      expect(numberIn(row.getCell(column + 2), '0')).toBe(u.target);
      expect(numberIn(row.getCell(column + 3), '0')).toBe(u.gap);
    });
  });
}

/** The next-steps sheet against the JSON: one row per step (after the profile's two columns when there are several). */
function expectNextSteps(book: ExcelJS.Workbook, profiles: ProfileJson[]): void {
  const sheet = book.getWorksheet(sheetNames(profiles).nextSteps)!;
  const skip = profiles.length > 1 ? 2 : 0;
  const rows = sheet
    .getSheetValues()
    .slice(2)
    // Rows are sparse arrays (an empty cell is a hole), indexed from 1.
    .map((r) => Array.from({ length: 5 }, (_, i) => (r as ExcelJS.CellValue[])[1 + skip + i] ?? null));
  const expected = profiles.flatMap((p) =>
    p.nextSteps.flatMap((g) => g.steps.map((s) => [g.dimensionName, g.subdimensionName, g.fromLevel, g.toLevel, s])),
  );
  expect(expected.length).toBeGreaterThan(0);
  expect(rows).toEqual(expected);
}

const FORMULA = '=HYPERLINK("http://x","klik")';

/** The tiny answer file with an organisation a spreadsheet would run as a formula. */
function formulaAnswers(): string {
  const answers = path.join(work, 'formula.yaml');
  const text = fs.readFileSync(path.join(ROOT, fixture('answers', 'tiny', 'a.yaml')), 'utf8');
  const questionnaire = path.join(ROOT, 'test', 'fixtures', 'scoring', 'tiny-scan.yaml');
  fs.writeFileSync(
    answers,
    text
      .replace(/^organisation: .*$/m, `organisation: '${FORMULA}'`)
      .replace(/^questionnaire: .*$/m, `questionnaire: ${questionnaire}`),
  );
  return answers;
}

describe('score --format xlsx', () => {
  it('the example, aggregated: the same numbers as --format json, a spread sheet and a sheet per dimension', async () => {
    const args = [EXAMPLE, '--aggregate'];
    const profiles = json(args);
    const { book } = await workbook(args, 'voorbeeld.xlsx');
    expectOverview(book, profiles);
    expectNextSteps(book, profiles);
    const names = book.worksheets.map((s) => s.name);
    // The example is Dutch: sheets and labels in the profile's language.
    expect(profiles[0]!.language).toBe('nl');
    expect(names.slice(0, 3)).toEqual(['Overzicht', 'Vervolgstappen', 'Spreiding']);
    expect(names).toHaveLength(3 + profiles[0]!.dimensions.length);
    // Dimension names as sheet names, within what Excel accepts.
    expect(names.every((n) => n.length <= 31 && !/[[\]:*?/\\]/.test(n))).toBe(true);
  });

  it('the example, aggregated: rows as high as their wrapped steps, A4 pages with the header repeated, units merged', async () => {
    const { book } = await workbook([EXAMPLE, '--aggregate'], 'voorbeeld-print.xlsx');
    const steps = book.getWorksheet('Vervolgstappen')!;
    const width = steps.getColumn(5).width!;
    let wrapped = 0;
    steps.eachRow((row, n) => {
      const text = String(row.getCell(5).value ?? '');
      expect(row.height, `row ${n}`).toBeGreaterThanOrEqual(15 * Math.ceil(text.length / width));
      if (text.length > width) wrapped++;
    });
    expect(wrapped).toBeGreaterThan(0);
    for (const sheet of book.worksheets)
      expect(sheet.pageSetup, sheet.name).toMatchObject({ paperSize: 9, fitToPage: true, fitToHeight: 0 });
    const overview = book.getWorksheet('Overzicht')!;
    expect(overview.pageSetup).toMatchObject({ orientation: 'landscape', printTitlesRow: '1:2' });
    expect(steps.pageSetup.printTitlesRow).toBe('1:1');
    // Each unit's name (row 1, from column I) over its score, level, target and gap.
    const merges = (overview.model as unknown as { merges: string[] }).merges;
    expect(merges.length).toBeGreaterThan(1);
    expect(merges[0]).toBe('I1:L1');
    expect(overview.getCell('L1').isMerged).toBe(true);
  });

  it('a folder of several answer files: one overview row per profile, the same numbers as --format json', async () => {
    const profiles = json([GROUP]);
    expect(profiles.length).toBeGreaterThan(1);
    const { book } = await workbook([GROUP], 'group.xlsx');
    expectOverview(book, profiles);
    expectNextSteps(book, profiles);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Overview', 'Next steps']);
  });

  it('--lang nl: Dutch sheet names and headers', async () => {
    const { book } = await workbook([fixture('answers', 'tiny', 'a.yaml'), '--lang', 'nl'], 'nl.xlsx');
    expect(book.worksheets.slice(0, 2).map((s) => s.name)).toEqual(['Overzicht', 'Vervolgstappen']);
    expect(book.getWorksheet('Overzicht')!.getCell('A2').value).toBe('Organisatie');
  });

  it('--explain: each dimension sheet lists its questions and their answers', async () => {
    const A = fixture('answers', 'tiny', 'a.yaml');
    const r = runCli(['score', A, '--format', 'xlsx', '--explain', '-o', path.join(work, 'explain.xlsx')]);
    expect(r.stderr).not.toContain('no effect');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(work, 'explain.xlsx'));
    const values = book
      .getWorksheet('Alpha')!
      .getSheetValues()
      .map((row) => (row as ExcelJS.CellValue[])?.[1]);
    expect(values).toEqual(expect.arrayContaining(['Question', 'a1-1', 'a1-2', 'a2-1', 'a2-2']));
  });

  it('an organisation that looks like a formula is stored as text, never a formula', async () => {
    const { book } = await workbook([formulaAnswers()], 'formula.xlsx');
    const cell = book.getWorksheet('Overview')!.getCell('A3');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(FORMULA);
    expect(cell.formula).toBeUndefined();
  });

  it('to a pipe when no -o is given; refused (exit 2) for an -o that is not .xlsx', async () => {
    const piped = spawnSync(process.execPath, [BIN, 'score', GROUP, '--format', 'xlsx'], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', LANG: 'C' },
    });
    expect(piped.status).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(piped.stdout as unknown as ExcelJS.Buffer);
    expect(book.getWorksheet('Overview')!.rowCount).toBeGreaterThan(2);

    const wrong = runCli(['score', GROUP, '--format', 'xlsx', '-o', path.join(work, 'report.csv')]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1);
    expect(wrong.stderr).toContain('--format xlsx writes a workbook; give the file a .xlsx name');
    expect(fs.existsSync(path.join(work, 'report.csv'))).toBe(false);
  });

  it.runIf(canRunLibreOffice)(
    'LibreOffice opens it: the overview as CSV shows the two decimals and the formula-like text as text',
    async () => {
      const profiles = json([GROUP]);
      const { file } = await workbook([GROUP], 'libreoffice.xlsx');
      const rows = parse(libreOfficeCsv(file), { relax_column_count: true }) as string[][];
      expect(rows[1]!.slice(0, 8)).toEqual([
        'Organisation',
        'Respondent',
        'Role',
        'Respondents',
        'Skipped',
        'Coverage',
        'Overall: score',
        'Overall: phase',
      ]);
      expect(rows.slice(2).map((r) => r[6])).toEqual(profiles.map((p) => p.overall.score!.toFixed(2)));
      // Run as a formula, it would show `klik`.
      const { file: formula } = await workbook([formulaAnswers()], 'libreoffice-formula.xlsx');
      expect((parse(libreOfficeCsv(formula), { relax_column_count: true }) as string[][])[2]![0]).toBe(FORMULA);
    },
    120_000,
  );
});

describe.runIf(tmuxAvailable())('score --format xlsx on a terminal', () => {
  it('without -o: refused in one line, exit 2, nothing written to the terminal', async () => {
    const terminal = new Terminal(ROOT);
    try {
      const marker = await terminal.datascan(['score', GROUP, '--format', 'xlsx']);
      expect(await terminal.exitCode(marker)).toBe(2);
      expect(terminal.screen()).toContain('--format xlsx writes a workbook, which a terminal cannot show');
      expect(terminal.screen()).not.toContain('PK');
    } finally {
      terminal.close();
    }
  }, 30_000);
});
