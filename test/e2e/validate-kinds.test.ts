import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-kinds-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('validate tells every kind of file apart (built CLI)', () => {
  it('an answer file that sorts before its questionnaire in a folder still finds it', () => {
    const result = runCli(['validate', fixture('catalog-order')]);
    expect(result.stdout).toBe('2 files checked: 0 errors, 0 warnings\n');
    expect(result.code).toBe(0);
  });

  it('a questionnaire among the inputs wins over a shipped one with the same id, whatever the order', () => {
    const dir = path.join(tmp, 'override');
    fs.mkdirSync(dir);
    // The model path stays right from the copy's folder; one question gets an id of its own.
    const quick = fs
      .readFileSync('questionnaires/odg-quickscan.yaml', 'utf8')
      .replace('model: odg-model.yaml', `model: ${path.resolve('questionnaires/odg-model.yaml')}`)
      .replace('id: qs-pw-eff', 'id: qs-pw-eigen');
    fs.writeFileSync(path.join(dir, 'z-quickscan.yaml'), quick);
    fs.writeFileSync(path.join(dir, 'a-answers.yaml'), 'questionnaire: odg-quickscan\nanswers: {qs-pw-eigen: 2}\n');
    const result = runCli(['validate', dir]);
    // The answers, the questionnaire, and the model file it names (checked with it).
    expect(result.stdout).toBe('3 files checked: 0 errors, 0 warnings\n');
    expect(result.code).toBe(0);
  });

  it('a model file that does not exist is one finding of the questionnaire (exit 1), not an I/O error', () => {
    const result = runCli(['validate', fixture('questionnaires', 'invalid', 'model-not-found.yaml')]);
    expect(result.stdout.trim().split('\n')).toHaveLength(2);
    expect(result.stdout).toContain(':5:8: error unresolved-reference');
    expect(result.code).toBe(1);
  });

  it('answers naming a questionnaire among the inputs that has errors are not checked against the shipped one', () => {
    const dir = path.join(tmp, 'typo');
    fs.mkdirSync(dir);
    fs.writeFileSync(
      path.join(dir, 'odg-scan.yaml'),
      fs.readFileSync('questionnaires/odg-scan.yaml', 'utf8').replace('\ntitle:', '\ntitel:'),
    );
    fs.writeFileSync(path.join(dir, 'a.yaml'), 'questionnaire: odg-scan\nanswers: {pw-eff-1: 2}\n');
    const result = runCli(['validate', path.join(dir, 'a.yaml'), path.join(dir, 'odg-scan.yaml')]);
    expect(result.stdout).toMatch(
      /a\.yaml:1:16: error unknown-questionnaire questionnaire `odg-scan` \(.*odg-scan\.yaml\) has errors/,
    );
    expect(result.code).toBe(1);
  });

  it('--dir finds JSON questionnaires too', () => {
    const dir = path.join(tmp, 'json-dir');
    fs.mkdirSync(dir);
    const merged = JSON.parse(runCli(['show', 'odg-quickscan', '--format', 'json']).stdout);
    fs.writeFileSync(path.join(dir, 'quick.json'), JSON.stringify({ ...merged, id: 'mijn-quickscan' }));
    const rows = JSON.parse(runCli(['list', '--format', 'json', '--dir', dir]).stdout) as { id: string }[];
    expect(rows.map((r) => r.id)).toContain('mijn-quickscan');
  });

  it('score finds a questionnaire by id in a --dir folder, whatever the order', () => {
    const result = runCli([
      'score',
      fixture('catalog-order', 'a-answers.yaml'),
      '--dir',
      fixture('catalog-order'),
      '--format',
      'json',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).questionnaire.id).toBe('mini');
  });

  it('a profile written by score is validated against the profile schema, and score refuses it as input', () => {
    const profile = path.join(tmp, 'profile.json');
    expect(
      runCli(['score', 'examples/gemeente-voorbeeld/scan-2026', '--aggregate', '--format', 'json', '-o', profile]).code,
    ).toBe(0);
    expect(runCli(['validate', profile]).stdout).toBe('1 file checked: 0 errors, 0 warnings\n');
    const broken = path.join(tmp, 'broken-profile.json');
    fs.writeFileSync(broken, fs.readFileSync(profile, 'utf8').replace('"respondents": 5', '"respondents": "vijf"'));
    const invalid = runCli(['validate', broken]);
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toMatch(
      /broken-profile\.json:\d+:\d+: error wrong-type `respondents` must be a whole number/,
    );
    const scored = runCli(['score', profile]);
    expect(scored.code).toBe(1);
    expect(scored.stderr).toContain('this is a profile');
  });

  it('CSV answer files are checked with --questionnaire, cell by cell', () => {
    const csv = path.join(tmp, 'survey.csv');
    fs.writeFileSync(csv, 'organisation;qs-pw-eff;qs-pw-efc\nGemeente A;2;5\n');
    const result = runCli(['validate', csv, '--questionnaire', 'odg-quickscan']);
    expect(result.stdout).toContain(`${csv}:2:14: error invalid-answer`);
    expect(result.code).toBe(1);
    const without = runCli(['validate', csv]);
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('CSV answers need --questionnaire');
  });

  describe('a --questionnaire that is no questionnaire is a finding in the format asked for (exit 1)', () => {
    const dir = path.join(tmp, 'bad-questionnaire');
    const broken = path.join(dir, 'my-scan.yaml');
    const csv = path.join(dir, 'survey.csv');
    const other = path.join(dir, 'empty.yaml');
    fs.mkdirSync(dir);
    fs.writeFileSync(
      broken,
      fs
        .readFileSync('questionnaires/odg-quickscan.yaml', 'utf8')
        .replace('id: odg-quickscan', 'id: my-scan')
        .replace('\ntitle:', '\ntitel:'),
    );
    fs.writeFileSync(csv, 'organisation;qs-pw-eff\nGemeente A;2\n');
    fs.writeFileSync(other, '');
    const rules = (findings: { rule: string; file: string }[]) => findings.map((f) => [f.file, f.rule]);
    const expected = [
      [other, 'empty-file'],
      [broken, 'missing-key'],
      [broken, 'unknown-key'],
      [csv, 'unknown-questionnaire'],
    ];

    it.each(['json', 'sarif', 'github', 'text'])(
      '--format %s: its findings, and each CSV file says it was not checked',
      (format) => {
        const result = runCli(['validate', dir, '--questionnaire', 'my-scan', '--format', format]);
        expect(result.code).toBe(1);
        expect(result.stderr).not.toContain('datascan:');
        const findings =
          format === 'json'
            ? (JSON.parse(result.stdout) as { rule: string; file: string }[])
            : format === 'sarif'
              ? (
                  JSON.parse(result.stdout) as {
                    runs: {
                      results: {
                        ruleId: string;
                        locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
                      }[];
                    }[];
                  }
                ).runs[0]!.results.map((r) => ({
                  rule: r.ruleId,
                  file: path.join(
                    tmp,
                    r.locations[0]!.physicalLocation.artifactLocation.uri.replace(
                      /^.*\/bad-questionnaire\//,
                      'bad-questionnaire/',
                    ),
                  ),
                }))
              : [
                  ...result.stdout.matchAll(
                    format === 'github'
                      ? /^::error file=([^,:]+).*title=([a-z-]+)::/gm
                      : /^([^:]+)(?::\d+:\d+)?: error ([a-z-]+) /gm,
                  ),
                ].map((m) => ({ file: m[1] as string, rule: m[2] as string }));
        expect(rules(findings)).toEqual(expected);
        if (format === 'text')
          expect(result.stdout).toContain(
            `${csv}: error unknown-questionnaire questionnaire \`my-scan\` (${broken}) has errors; the answers in this file are not checked`,
          );
      },
    );

    it('an id nobody knows, with no CSV file to check: a finding about the name given', () => {
      const result = runCli(['validate', other, '--questionnaire', 'odg-quickscna', '--format', 'json']);
      expect(result.code).toBe(1);
      const findings = JSON.parse(result.stdout) as { file: string; rule: string; message: string }[];
      expect(rules(findings)).toEqual([
        [other, 'empty-file'],
        ['odg-quickscna', 'unknown-questionnaire'],
      ]);
      expect(findings[1]!.message).toMatch(
        /^--questionnaire odg-quickscna: unknown questionnaire `odg-quickscna` — did you mean `odg-quickscan`\?/,
      );
    });

    it('a questionnaire path that does not exist: its file-not-found and the CSV not checked, exit 2', () => {
      const missing = path.join(dir, 'nowhere.yaml');
      const result = runCli(['validate', csv, '--questionnaire', missing, '--format', 'json']);
      expect(result.code).toBe(2);
      expect(rules(JSON.parse(result.stdout) as { rule: string; file: string }[])).toEqual([
        [missing, 'file-not-found'],
        [csv, 'unknown-questionnaire'],
      ]);
    });
  });

  it('an answer date that does not exist is refused', () => {
    const file = path.join(tmp, 'bad-date.yaml');
    fs.writeFileSync(file, 'questionnaire: odg-quickscan\ndate: 2026-13-45\nanswers: {qs-pw-eff: 2}\n');
    const result = runCli(['validate', file]);
    expect(result.stdout).toContain(
      `${file}:2:7: error invalid-value \`date\` must be an ISO date such as \`2026-11-28\``,
    );
  });
});
