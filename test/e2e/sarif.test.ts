/**
 * `validate --format sarif` on file names and findings that trip SARIF consumers up, checked with
 * the official SARIF 2.1.0 schema and Microsoft's SARIF validator with GitHub's rule sets (both
 * from the @microsoft/sarif-multitool package, not written here).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

/** The multitool for this platform (the package picks the binary). */
const multitool = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
const officialSchema = JSON.parse(fs.readFileSync(path.join(path.dirname(multitool), 'sarif-2.1.0.json'), 'utf8'));

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-sarif-'));
const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-sarif-elsewhere-'));
afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
  fs.rmSync(elsewhere, { recursive: true, force: true });
});

function write(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

// Astral characters before a finding on its line: a column counted in code points would differ.
const astralLine = 'answers: {qs-pw-eff: {value: 2, note: "😀😀 🎉"}, qs-nope: 1}';
const absoluteEmpty = write(elsewhere, 'leeg bestand #1.yaml', '');

let stdout = '';
let code: number | null = null;
beforeAll(() => {
  const tricky = 'in/map met spatie/antwoorden 100%#1 é.yaml';
  write(work, tricky, `questionnaire: odg-quickscan\n${astralLine}\n`);
  write(work, 'in/binair.yaml', Buffer.from([0x69, 0x64, 0x00, 0x01]));
  write(work, 'in/enquête.csv', 'organisation;qs-pw-eff;qs-pw-efc\nGemeente A;2;5\n');
  const result = runCli(['validate', 'in', absoluteEmpty, '--questionnaire', 'odg-quickscan', '--format', 'sarif'], {
    cwd: work,
  });
  stdout = result.stdout;
  code = result.code;
});

interface Result {
  ruleId: string;
  level?: string;
  message: { text?: string; id?: string; arguments?: string[] };
  locations: {
    physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> };
  }[];
}

describe('validate --format sarif on nasty file names and findings', () => {
  it('writes every finding (exit 1)', () => {
    expect(code).toBe(1);
    const results = (JSON.parse(stdout) as { runs: { results: Result[] }[] }).runs[0]!.results;
    expect(results.map((r) => [r.ruleId, r.locations[0]!.physicalLocation.artifactLocation])).toEqual([
      ['empty-file', { uri: `file://${absoluteEmpty.split(path.sep).map(encodeURIComponent).join('/')}` }],
      ['not-text', { uri: 'in/binair.yaml', uriBaseId: '%SRCROOT%' }],
      ['invalid-answer', { uri: 'in/enqu%C3%AAte.csv', uriBaseId: '%SRCROOT%' }],
      [
        'unknown-question',
        { uri: 'in/map%20met%20spatie/antwoorden%20100%25%231%20%C3%A9.yaml', uriBaseId: '%SRCROOT%' },
      ],
    ]);
  });

  it('counts columns in UTF-16 code units, as it says', () => {
    const log = JSON.parse(stdout) as { runs: { columnKind: string; results: Result[] }[] };
    expect(log.runs[0]!.columnKind).toBe('utf16CodeUnits');
    const unknown = log.runs[0]!.results.find((r) => r.ruleId === 'unknown-question')!;
    const column = astralLine.indexOf('qs-nope') + 1;
    expect(unknown.locations[0]!.physicalLocation.region).toEqual({
      startLine: 2,
      startColumn: column,
      endLine: 2,
      endColumn: column + 'qs-nope'.length,
    });
  });

  it('is valid against the official SARIF 2.1.0 schema, URIs included', () => {
    // The schema's formats, as RFC 3986 defines them: only its characters, and a scheme for a URI.
    const uriReference = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
    const ajv = new Ajv2020({
      allErrors: true,
      strict: false,
      formats: {
        'uri-reference': uriReference,
        uri: (s: string) => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s) && uriReference.test(s),
        'date-time': true,
        uuid: true,
      },
    });
    const validate = ajv.compile(officialSchema);
    expect(validate(JSON.parse(stdout)), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it("passes Microsoft's SARIF validator with the SARIF and GitHub rule sets: no error, no warning", () => {
    const input = write(work, 'out/datascan.sarif', stdout);
    const report = path.join(work, 'out', 'validation.sarif');
    const run = spawnSync(multitool, ['validate', input, '--output', report, '--rule-kind', 'Sarif;Gh;Ghas'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const results = (JSON.parse(fs.readFileSync(report, 'utf8')) as { runs: { results: Result[] }[] }).runs[0]!.results;
    // A result without a level is a warning (SARIF §3.27.10).
    const problems = results.filter((r) => (r.level ?? 'warning') === 'error' || (r.level ?? 'warning') === 'warning');
    expect(problems.map((r) => `${r.ruleId} ${r.message.id ?? ''} ${(r.message.arguments ?? []).join(' | ')}`)).toEqual(
      [],
    );
  });
});
