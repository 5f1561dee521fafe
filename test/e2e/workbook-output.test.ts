/**
 * Workbooks and -o: a workbook report datascan wrote may be replaced by the next one, in or out of
 * an input folder; any other workbook (a filled-in answer workbook, a survey export) is kept unless
 * --force. A report met among the answers is said to be a report, not read as a respondent.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

const SCAN = fixture('workbook', 'workbook-scan.yaml');
const ANSWERS = fixture('workbook', 'answers.yaml');
const SURVEY = fixture('survey', 'survey-scan.yaml');
const EXPORT = fixture('survey', 'forms-export.csv');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-workbook-output-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('-o and workbooks', () => {
  it('replaces a workbook report datascan wrote, without --force', () => {
    const report = path.join(work, 'report.xlsx');
    expect(runCli(['score', ANSWERS, '--dir', path.dirname(SCAN), '--format', 'xlsx', '-o', report]).code).toBe(0);
    const first = fs.statSync(report).mtimeMs;
    const again = runCli(['score', ANSWERS, '--dir', path.dirname(SCAN), '--format', 'xlsx', '-o', report]);
    expect(again.stderr).not.toContain('--force');
    expect(again.code).toBe(0);
    expect(fs.statSync(report).mtimeMs).toBeGreaterThanOrEqual(first);
  });

  it('keeps an answer workbook (exit 2, one line) unless --force, whatever the report format', () => {
    const answers = path.join(work, 'antwoorden.xlsx');
    expect(runCli(['template', SCAN, '--format', 'xlsx', '-o', answers]).code).toBe(0);
    const before = fs.readFileSync(answers);
    for (const format of ['xlsx', 'json']) {
      const r = runCli(['score', ANSWERS, '--dir', path.dirname(SCAN), '--format', format, '-o', answers]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('a workbook that may hold answers');
      expect(fs.readFileSync(answers).equals(before)).toBe(true);
    }
    const forced = runCli([
      'score',
      ANSWERS,
      '--dir',
      path.dirname(SCAN),
      '--format',
      'xlsx',
      '-o',
      answers,
      '--force',
    ]);
    expect(forced.code).toBe(0);
  });

  it('in an input folder: the earlier report is replaced and left out; another report is named as one, not scored', () => {
    const folder = path.join(work, 'exports');
    fs.mkdirSync(folder);
    fs.copyFileSync(EXPORT, path.join(folder, 'forms-export.csv'));
    const args = ['score', folder, '--questionnaire', SURVEY, '--aggregate', '--format', 'xlsx'];
    const report = path.join(folder, 'profiel.xlsx');
    expect(runCli([...args, '-o', report]).code).toBe(0);
    // Run again: the report in the folder is this run's -o, replaced and not read.
    const again = runCli([...args, '-o', report]);
    expect(again.code).toBe(0);
    // A copy under another name is a report among the answers: one finding, the export still scored.
    fs.copyFileSync(report, path.join(folder, 'vorig-jaar.xlsx'));
    const json = runCli(['score', folder, '--questionnaire', SURVEY, '--aggregate', '--format', 'json']);
    expect(json.stderr).toMatch(/vorig-jaar\.xlsx.*unknown-kind.*report datascan wrote/);
    const profile = JSON.parse(json.stdout) as { respondents: number; skipped?: number };
    expect(profile.respondents).toBeGreaterThan(0);
    expect(profile.skipped).toBeUndefined();
  });
});

describe('a folder of filled-in answer workbooks', () => {
  it('scores without --questionnaire, as a folder of answer files does', () => {
    const folder = path.join(work, 'room');
    fs.mkdirSync(folder);
    for (const name of ['a.xlsx', 'b.xlsx'])
      expect(runCli(['template', SCAN, '--format', 'xlsx', '-o', path.join(folder, name)]).code).toBe(0);
    const r = runCli(['score', folder, '--dir', path.dirname(SCAN), '--aggregate', '--format', 'json']);
    expect(r.stderr).not.toContain('no answer files');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { respondents: number }).respondents).toBe(2);
  });
});
