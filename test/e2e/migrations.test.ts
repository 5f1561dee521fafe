/**
 * Answer files of an earlier questionnaire version on the built CLI: `score` in every format,
 * `validate` in every format (strict too), `compare` of two versions, and a `test` file whose cases
 * name answer files. Fixtures: test/fixtures/migrations (1.0.0 → 1.1.0, and a chain to 1.2.0).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { publishedSchema } from '../helpers/schemas.js';

const validateProfile = publishedSchema('profile.schema.json');
const DIR = fixture('migrations');
const OLD = fixture('migrations', 'answers', '1.0.0.yaml');
const CURRENT = fixture('migrations', 'answers', '1.1.0.yaml');
const NO_PATH = fixture('migrations', 'answers', '0.9.0.yaml');
const SAID = 'answered for 1.0.0: 5 answers carried over, 2 dropped, 2 new or changed questions open';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-migrations-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('score of answers to an earlier version', () => {
  it('table: says what was carried over under the coverage, in English and Dutch', () => {
    const en = runCli(['score', OLD]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain(
      `Coverage: 71% (5 of 7 answered)\nAnswered for 1.0.0: 5 answers carried over, 2 dropped,`,
    );
    // Wrapped at 80 columns: read as one text.
    const nl = runCli(['score', OLD, '--lang', 'nl']).stdout.replace(/\s+/g, ' ');
    expect(nl).toContain(
      ' Beantwoord voor 1.0.0: 5 antwoorden overgenomen, 2 vervallen, 2 nieuwe of gewijzigde vragen open ',
    );
  });

  it('table: nothing about versions for answers to the current one', () => {
    expect(runCli(['score', CURRENT]).stdout).not.toMatch(/answered for|carried over/i);
  });

  it('markdown and html: the same sentence', () => {
    expect(runCli(['score', OLD, '--format', 'markdown']).stdout).toContain(
      `\n- Answered for 1.0.0: 5 answers carried over, 2 dropped, 2 new or changed questions open\n`,
    );
    const html = runCli(['score', OLD, '--format', 'html']).stdout;
    expect(html).toContain(
      `<p class="muted">Answered for 1.0.0: 5 answers carried over, 2 dropped, 2 new or changed questions open.</p>`,
    );
  });

  it('json: the migration per respondent and on the profile, valid against the published schema', () => {
    const profile = JSON.parse(runCli(['score', OLD, '--format', 'json']).stdout);
    expect(validateProfile(profile), JSON.stringify(validateProfile.errors)).toBe(true);
    expect(profile.respondentList[0].migration).toEqual({
      from: '1.0.0',
      to: '1.1.0',
      versions: ['1.0.0', '1.1.0'],
      carried: 5,
      renamed: [{ from: 'dq-old', to: 'dq-2' }],
      dropped: ['pe-2', 'pe-3'],
      newOpen: ['pe-2', 'te-ai'],
    });
    expect(profile.migration).toMatchObject({ to: '1.1.0', respondents: 1, carried: 5, dropped: 2, newOpen: 2 });
    // The carried answers count; the dropped ones do not (pe-2 is open, as is te-ai).
    expect(profile.coverage).toMatchObject({ answered: 5, total: 7 });
  });

  it('csv: the migration columns before the uncertain one and those of a consensus, empty for answers to the current version', () => {
    const [head, old, current] = parse(runCli(['score', OLD, CURRENT, '--format', 'csv']).stdout) as string[][];
    const row = (cells: string[]) => Object.fromEntries(head!.map((h, i) => [h, cells[i]]));
    expect(head!.slice(-9, -3)).toEqual([
      'migration.from',
      'migration.respondents',
      'migration.carried',
      'migration.dropped',
      'migration.newOpen',
      'uncertain',
    ]);
    expect(row(old!)).toMatchObject({
      'migration.from': '1.0.0',
      'migration.respondents': '1',
      'migration.carried': '5',
      'migration.dropped': '2',
      'migration.newOpen': '2',
    });
    expect(row(current!)['migration.from']).toBe('');
  });

  it('aggregate: how many respondents answered which earlier version', () => {
    const group = runCli(['score', OLD, CURRENT, NO_PATH, '--aggregate']);
    expect(group.code).toBe(0);
    expect(group.stdout.replace(/\s+/g, ' ')).toContain(
      ' 1 of 3 respondents answered for an earlier version (1 for 1.0.0): 5 answers carried over, 2 dropped Overall:',
    );
    const json = JSON.parse(runCli(['score', OLD, CURRENT, '--aggregate', '--format', 'json']).stdout);
    expect(json.migration).toEqual({
      to: '1.1.0',
      respondents: 1,
      from: [{ version: '1.0.0', respondents: 1 }],
      carried: 5,
      dropped: 2,
      newOpen: 2,
    });
  });

  it('stderr: the info finding of each file carried over, and exit 0 with --strict', () => {
    const result = runCli(['score', OLD, '--strict']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`${OLD}:3:10: info answers-migrated answered for 1.0.0; read as version 1.1.0`);
  });

  it('a chain: 1.0.0 through 1.1.0 to 1.2.0', () => {
    const profile = JSON.parse(
      runCli(['score', fixture('migrations', 'chain', '1.0.0.yaml'), '--format', 'json']).stdout,
    );
    expect(profile.respondentList[0].migration).toMatchObject({
      versions: ['1.0.0', '1.1.0', '1.2.0'],
      renamed: [{ from: 'dq-old', to: 'dq-2' }],
      newOpen: ['sh-2', 'pe-2', 'te-ai-use'],
    });
  });

  it('csv answers: a row of an earlier version is carried over', () => {
    const result = runCli(['score', path.join(DIR, 'answers.csv'), '--questionnaire', path.join(DIR, 'scan.yaml')]);
    expect(result.code).toBe(0);
    // Wrapped at 80 columns: read as one text.
    expect(result.stdout.replace(/\s+/g, ' ')).toContain(SAID.replace(/^a/, 'A'));
  });

  it('without a migration path: the version mismatch of before, an error with --strict', () => {
    const loose = runCli(['score', NO_PATH]);
    expect(loose.stderr).toContain(`${NO_PATH}:3:10: warning version-mismatch`);
    expect(loose.stdout).not.toMatch(/carried over/);
    expect(runCli(['score', NO_PATH, '--strict']).code).toBe(1);
  });
});

describe('validate of answers to an earlier version', () => {
  it('text: an info finding, counted in the summary, exit 0 also with --strict', () => {
    for (const strict of [[], ['--strict']]) {
      const result = runCli(['validate', OLD, ...strict]);
      expect(result.stdout).toBe(
        `${OLD}:3:10: info answers-migrated answered for 1.0.0; read as version 1.1.0 of \`migration-scan\`: 5 answers carried over, 2 dropped, 2 new or changed questions open\n` +
          '1 file checked: 0 errors, 0 warnings, 1 info\n',
      );
      expect(result.code).toBe(0);
    }
  });

  it('a CSV of many carried-over rows: the infos never push an error out of the listed findings', () => {
    const csv = fs.readFileSync(path.join(DIR, 'answers.csv'), 'utf8').split('\n');
    const [header, old] = [csv[0]!, csv[1]!];
    // 120 rows of 1.0.0, then one row of 1.1.0 with an answer that is no option (9).
    const bad = header
      .split(',')
      .map((c, i) => (i === 0 ? 'Bad' : c === 'version' ? '1.1.0' : c === 'dq-1' ? '9' : ''));
    const file = path.join(work, 'many.csv');
    fs.writeFileSync(file, [header, ...Array.from({ length: 120 }, () => old), bad.join(','), ''].join('\n'));
    const result = runCli(['validate', '--strict', file, '--questionnaire', path.join(DIR, 'scan.yaml')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:122:\\d+: error invalid-answer `, 'm'),
    );
    expect(result.stdout).toMatch(/info too-many-findings/);
    expect(result.stdout).not.toMatch(/error too-many-findings/);
  });

  it('in Dutch', () => {
    const result = runCli(['validate', OLD, '--lang', 'nl']);
    expect(result.stdout).toContain(
      'info answers-migrated beantwoord voor 1.0.0; gelezen als versie 1.1.0 van `migration-scan`: 5 antwoorden overgenomen, 2 vervallen, 2 nieuwe of gewijzigde vragen open',
    );
    expect(result.stdout).toContain('0 waarschuwingen, 1 mededeling');
  });

  it('json, github and sarif say it at its lowest severity', () => {
    const json = JSON.parse(runCli(['validate', OLD, '--format', 'json', '--strict']).stdout);
    expect(json).toMatchObject([
      {
        rule: 'answers-migrated',
        severity: 'info',
        line: 3,
        args: { answered: '1.0.0', current: '1.1.0', carried: 5 },
      },
    ]);
    const github = runCli(['validate', OLD, '--format', 'github', '--strict']);
    expect(github.stdout).toMatch(/^::notice file=.*title=answers-migrated::answered for 1\.0\.0/);
    expect(github.code).toBe(0);
    const sarif = JSON.parse(runCli(['validate', OLD, '--format', 'sarif', '--strict']).stdout);
    expect(sarif.runs[0].results.map((r: { level: string; ruleId: string }) => [r.ruleId, r.level])).toEqual([
      ['answers-migrated', 'note'],
    ]);
  });

  it('a chain with a rename in each step, and a folder of every version', () => {
    const result = runCli(['validate', DIR, '--questionnaire', path.join(DIR, 'scan.yaml')]);
    expect(result.stdout).toContain(
      `${path.join(DIR, 'chain', '1.1.0.yaml')}:3:10: info answers-migrated answered for 1.1.0; read as version 1.2.0 of \`migration-chain\`: 7 answers carried over, 1 new or changed question open`,
    );
    expect(result.stdout).toContain(`${NO_PATH}:3:10: warning version-mismatch`);
    expect(result.stdout).toMatch(/0 errors, 1 warning, 4 info\n$/);
    expect(result.code).toBe(0);
  });
});

describe('compare of answers to two versions', () => {
  it('table: marks the units whose questions changed since 1.0.0, and says what the mark means', () => {
    const result = runCli(['compare', OLD, CURRENT]);
    expect(result.code).toBe(0);
    const names = result.stdout
      .split('\n')
      .filter((l) => /^\s*(Data|Quality|Sharing|People|Technology)\b/.test(l))
      .map((l) => l.trim().split(/\s{2,}/)[0]);
    expect(names).toEqual(['Data *', 'Quality *', 'Sharing', 'People *', 'Technology *']);
    expect(result.stdout).toMatch(/\n\* questions changed since 1\.0\.0\n$/);
  });

  it('markdown, json and html: the same marks', () => {
    const markdown = runCli(['compare', OLD, CURRENT, '--format', 'markdown', '--lang', 'nl']).stdout;
    expect(markdown).toContain('| ↳ Kwaliteit \\* |');
    expect(markdown).toContain('| ↳ Delen |');
    expect(markdown).toContain('_\\* vragen gewijzigd sinds 1.0.0_');
    const json = JSON.parse(runCli(['compare', OLD, CURRENT, '--format', 'json']).stdout);
    expect(json.questionsChangedSince).toEqual(['1.0.0']);
    const units = json.dimensions.flatMap((d: { subdimensions: unknown[] }) => [d, ...d.subdimensions]);
    expect(
      units.filter((u: { questionsChanged?: boolean }) => u.questionsChanged).map((u: { id: string }) => u.id),
    ).toEqual(['data', 'quality', 'people', 'tech']);
    const html = runCli(['compare', OLD, CURRENT, '--format', 'html']).stdout;
    expect(html).toContain(
      '<th scope="row">Quality <span class="muted" title="questions changed since 1.0.0">*</span></th>',
    );
    expect(html).toContain('<th scope="row">Sharing</th>');
    expect(html).toContain('<p class="muted">* questions changed since 1.0.0</p>');
  });

  it('marks nothing when both sides answered the same version', () => {
    const result = runCli(['compare', CURRENT, CURRENT]);
    expect(result.stdout).not.toContain('*');
  });

  it('profiles: marks them when the later profile’s questionnaire is known (here by --dir)', () => {
    const after = path.join(work, 'after.json');
    const before = path.join(work, 'before.json');
    expect(runCli(['score', CURRENT, '--format', 'json', '-o', after]).code).toBe(0);
    // A profile scored a year ago, against 1.0.0.
    const profile = JSON.parse(fs.readFileSync(after, 'utf8'));
    profile.questionnaire.version = '1.0.0';
    profile.questionnaire.modelVersion = '1.0.0';
    fs.writeFileSync(before, JSON.stringify(profile));
    const known = runCli(['compare', before, after, '--dir', DIR]);
    expect(known.code).toBe(0);
    expect(known.stdout).toContain('Quality *');
    expect(known.stdout).toContain('* questions changed since 1.0.0');
    expect(runCli(['compare', before, after]).stdout).not.toContain('*');
  });
});

describe('a test file whose cases name answer files of an earlier version', () => {
  it('scores them carried over, with the info finding as an expected finding, strict too', () => {
    const result = runCli(['test', fixture('migrations', 'scan.test.yaml')]);
    expect(result.stdout).toContain('2 passed, 0 failed');
    expect(result.code).toBe(0);
  });
});
