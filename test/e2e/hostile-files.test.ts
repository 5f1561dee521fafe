/**
 * Answer files made to hurt (issue 12), through the built CLI: each gets a few findings at once and
 * an exit status, never minutes of work, gigabytes of memory, a warning from a library or a file's
 * secrets in a message. Times are not asserted; the CLI helper's time limit ends a hang.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-hostile-files-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const file = path.join(work, name);
  fs.writeFileSync(file, content);
  return file;
}

const findingLines = (stdout: string) => stdout.split('\n').filter((l) => / (error|warning) [a-z0-9-]+ /.test(l));

describe('a file of many findings lists a hundred, then how many more', () => {
  it('50,000 unknown keys in YAML', { timeout: 120_000 }, () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => `unknown-key-${i}: 1`);
    const file = write(
      'keys.yaml',
      ['questionnaire: odg-quickscan', 'answers: {qs-pw-eff: 1}', ...keys, ''].join('\n'),
    );
    const result = runCli(['validate', file]);
    expect(result.code).toBe(1);
    const lines = findingLines(result.stdout);
    expect(lines).toHaveLength(101);
    expect(lines.at(-1)).toBe(
      `${file}:103:1: error too-many-findings … and 49,900 more findings, the first of them here (only the first 100 of a file are listed)`,
    );
    expect(lines[99]).toBe(`${file}:102:1: error unknown-key unknown key \`unknown-key-99\``);
  });

  it(
    '100,000 answers to questions the questionnaire does not have, and 100,000 answers of the wrong form (JSON)',
    {
      timeout: 120_000,
    },
    () => {
      const unknown: Record<string, number> = {};
      const wrongForm: Record<string, string> = {};
      for (let i = 0; i < 100_000; i++) {
        unknown[`no-such-question-${i}`] = 1;
        wrongForm[`q-${i}`] = 'yes';
      }
      for (const [name, answers, rule] of [
        ['unknown.json', unknown, 'unknown-question'],
        ['wrong-form.json', wrongForm, 'invalid-value'],
      ] as const) {
        const file = write(name, JSON.stringify({ questionnaire: 'odg-quickscan', answers }));
        const result = runCli(['validate', file]);
        expect(result.code).toBe(1);
        // Too large to parse as YAML, which places findings in a JSON file: they are about the file.
        const lines = findingLines(result.stdout);
        expect(lines).toHaveLength(101);
        expect(lines.filter((l) => l.startsWith(`${file}: error ${rule} `))).toHaveLength(100);
        expect(lines).toContain(
          `${file}: error too-many-findings … and 99,900 more findings (only the first 100 of a file are listed)`,
        );
        const scored = runCli(['score', file]);
        expect(scored.code).toBe(1);
        expect(findingLines(scored.stderr)).toHaveLength(101);
      }
    },
  );
});

describe('files larger than any datascan file, within the size limit', () => {
  it('a 5 MB YAML flow list and 5 MB of aliases are refused with one finding each', { timeout: 120_000 }, () => {
    const list = write('list.yaml', `questionnaire: odg-quickscan\nanswers: {}\nx: [${'x, '.repeat(1_700_000)}x]\n`);
    const aliases = write(
      'aliases.yaml',
      `questionnaire: odg-quickscan\nanswers: {}\na: &a x\nb: [${'*a, '.repeat(1_300_000)}*a]\n`,
    );
    const result = runCli(['validate', list, aliases]);
    expect(result.code).toBe(1);
    expect(findingLines(result.stdout)).toEqual([
      `${aliases}: error yaml-alias-bomb file has more than 10,000 aliases (a YAML alias bomb?); refusing to read it`,
      `${list}: error file-too-large file has more than 200,000 keys, values and list items; no file datascan reads has nearly that many`,
    ]);
  });

  it('a CSV file is read a piece at a time: 250,000 rows are checked in 32 MB of heap', { timeout: 120_000 }, () => {
    const ids = ['qs-pw-eff', 'qs-pw-efc', 'qs-pw-inn', 'qs-pw-stk', 'qs-ik-dkw', 'qs-ik-tec'];
    const rows = Array.from(
      { length: 250_000 },
      (_, i) => `Gemeente ${i % 50},R${i},${ids.map((_, j) => ((i + j) % 4) + 1).join(',')}`,
    );
    const file = write(
      'many-rows.csv',
      [`organisation,respondent,${ids.join(',')}`, ...rows, 'X,Y,9,1,1,1,1,1', ''].join('\n'),
    );
    const result = runCli(['validate', '--questionnaire', 'odg-quickscan', file], {
      env: { NODE_OPTIONS: '--max-old-space-size=32' },
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(findingLines(result.stdout)).toEqual([
      `${file}:250002:5: error invalid-answer 9 is not an option of question \`qs-pw-eff\` (options: 1, 2, 3, 4)`,
    ]);
  });
});

describe('YAML types and keys no datascan file has', () => {
  it.each([
    ['omap', 'answers: !!omap [{qs-pw-eff: 1}]', '`answers` is an ordered map (`!!omap`)'],
    ['set', 'answers: !!set {qs-pw-eff}', '`answers` is a set (`!!set`)'],
    ['binary', 'answers: !!binary aGVsbG8gd29ybGQgaGVsbG8gd29ybGQ=', '`answers` is binary data (`!!binary`)'],
  ])('answers as a %s: one wrong-type error, and nothing is scored', (name, line, said) => {
    const file = write(`${name}.yaml`, `questionnaire: odg-quickscan\n${line}\n`);
    const validated = runCli(['validate', file]);
    expect(validated.code).toBe(1);
    expect(findingLines(validated.stdout)).toEqual([
      expect.stringMatching(new RegExp(`^${file}:2:\\d+: error wrong-type ${said.replace(/[()!]/g, '\\$&')}, `)),
    ]);
    const scored = runCli(['score', file]);
    expect(scored.code).toBe(1);
    expect(scored.stdout).not.toContain('answered');
    expect(scored.stderr).toContain('1 of 1 file had errors; 0 profiles scored');
  });

  it('a tagged timestamp says to write the date as a text', () => {
    const file = write(
      'date.yaml',
      'questionnaire: odg-quickscan\ndate: !!timestamp 2025-11-14\nanswers: {qs-pw-eff: 1}\n',
    );
    expect(findingLines(runCli(['validate', file]).stdout)).toEqual([
      `${file}:2:19: error wrong-type \`date\` is a timestamp, which no datascan file holds: write a date as a text in quotes, without a tag (\`"2026-11-28"\`)`,
    ]);
  });

  it('a list as a key is a finding, and no warning of the YAML library reaches stderr', () => {
    const file = write('complex.yaml', 'questionnaire: odg-quickscan\nanswers:\n  ? [qs-pw-eff, qs-pw-efc]\n  : 1\n');
    for (const args of [
      ['validate', file],
      ['score', file],
    ]) {
      const result = runCli(args);
      expect(result.code).toBe(1);
      expect(result.stderr).not.toContain('Warning');
      expect(result.stdout + result.stderr).toContain(
        `${file}:3:5: error invalid-key a key must be a text or a number, not a list`,
      );
    }
  });
});

describe('small things', () => {
  it("an answer file's version must be a version", () => {
    const file = write('version.yaml', 'questionnaire: odg-quickscan\nversion: banana\nanswers: {qs-pw-eff: 1}\n');
    expect(findingLines(runCli(['validate', file]).stdout)).toEqual([
      `${file}:2:10: error invalid-value \`version\` must be a semantic version such as \`1.0.0\`, not \`banana\``,
    ]);
  });

  it('a CSV file with bytes that are no UTF-8 is read as Windows-1252 with a warning; a NUL byte is not text, nor are those bytes in YAML; none is echoed', () => {
    const latin1 = write('latin1.csv', Buffer.from('organisation,qs-pw-eff\nGemeente \xc9\xe9n,1\n', 'latin1'));
    const nul = write('nul.csv', Buffer.from('organisation,qs-pw-eff\nA\u0000B,1\n'));
    const yaml = write(
      'latin1.yaml',
      Buffer.from('questionnaire: odg-quickscan\norganisation: Gemeente \xc9\xe9n\n', 'latin1'),
    );
    const result = runCli(['validate', '--questionnaire', 'odg-quickscan', latin1, nul, yaml]);
    expect(result.code).toBe(1);
    expect(findingLines(result.stdout)).toEqual([
      `${latin1}: warning not-utf8 file is not UTF-8 text: read as Windows-1252 (as Excel saves CSV); check that accented letters came through, or save it as "CSV UTF-8"`,
      `${yaml}: error not-text file is not valid UTF-8 text`,
      `${nul}: error not-text file contains binary data (a NUL byte); expected CSV text`,
    ]);
    expect(result.stdout).not.toContain('\uFFFD');
    expect(result.stdout).not.toContain('\u0000');
    const scored = runCli(['score', latin1, '--questionnaire', 'odg-quickscan', '--format', 'json']);
    expect(scored.code).toBe(0);
    expect((JSON.parse(scored.stdout) as { organisation: string }[]).map((p) => p.organisation)).toEqual([
      'Gemeente Één',
    ]);
  });

  it('a JSON syntax error quotes nothing of the file, on stdout or in GitHub annotations', () => {
    const file = write('secret.json', '{"questionnaire": "odg-quickscan", "password": hunter2-SECRET, "answers": {}}');
    for (const format of ['text', 'github']) {
      const result = runCli(['validate', file, '--format', format]);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain("not valid JSON: Unexpected token 'h' (a .json file must be JSON, not YAML)");
      expect(result.stdout).not.toMatch(/hunter|SECRET|assword/);
    }
  });
});
