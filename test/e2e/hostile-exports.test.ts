/**
 * Survey exports from strangers: a zip bomb, a stray cell at the sheet's far corner, a header cell
 * of megabytes. Each is a finding in one line, read in bounded memory and time, never a stack trace
 * or a hang. Times are not asserted; the CLI helper's time limit ends a hang.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-workbook-hostile-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const SCAN = fixture('workbook', 'workbook-scan.yaml');

/** A survey export of one respondent, with `extra` done to its sheet. */
async function surveyExport(name: string, extra: (sheet: ExcelJS.Worksheet) => void = () => {}): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Form1');
  sheet.addRow(['Naam', 'Organisatie', 'q-quality']);
  sheet.addRow(['Chantal', 'Gemeente Test', 'In pilots']);
  extra(sheet);
  const file = path.join(work, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

describe('hostile workbooks', () => {
  it('a zip bomb (a part that unzips to 60 MB) is one file-too-large finding, exit 1', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(await surveyExport('plain.xlsx')));
    zip.file('xl/padding.xml', ' '.repeat(60 * 1024 * 1024));
    const file = path.join(work, 'bomb.xlsx');
    fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    expect(fs.statSync(file).size).toBeLessThan(1024 * 1024);
    const r = runCli(['validate', file, '--questionnaire', SCAN, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${file}: error file-too-large workbook is larger than 50 MB unzipped`);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a stray cell at XFD1048576 is an extra cell on its row, not a million empty rows', async () => {
    const file = await surveyExport('far.xlsx', (sheet) => void (sheet.getCell('XFD1048576').value = 'x'));
    const r = runCli(['validate', file, '--questionnaire', SCAN, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${file}:1048576:16384: error csv-syntax Form1!XFD1048576: row has 4 cells`);
  });

  it('score --questionnaire with a workbook among the answers: no warning that it has no effect', async () => {
    const file = await surveyExport('export.xlsx');
    const r = runCli(['score', file, '--questionnaire', SCAN, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('hostile CSV exports', () => {
  it('a header cell of 8 MB is an unknown column without a did-you-mean, not minutes of comparing', () => {
    const file = path.join(work, 'long-header.csv');
    fs.writeFileSync(file, `${'x'.repeat(8 * 1024 * 1024)},Naam,q-quality\nChantal,In pilots\n`);
    // The finding quotes the column: megabytes on stdout.
    const r = runCli(['validate', file, '--questionnaire', SCAN, '--lang', 'en'], { maxBuffer: 64 * 1024 * 1024 });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^${file}:1:1: error unknown-question column \`x+\` is not a question`));
    expect(r.stdout).not.toContain('did you mean');
  });
});
