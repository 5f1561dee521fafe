/**
 * `datascan migrate` end to end on the built CLI, with the fixtures in test/fixtures/migrate: a
 * questionnaire 1.1.0 whose migration from 1.0.0 renames visie-2 to visie-draagvlak, drops
 * sturing-1 and adds data-2, and a chain 1.0.0 → 1.1.0 → 1.2.0 (data-2 renamed data-kwaliteit).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli } from '../helpers/cli.js';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'migrate');
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-migrate-'));
  fs.cpSync(FIXTURES, dir, { recursive: true });
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const migrate = (...args: string[]) => runCli(['migrate', ...args], { cwd: dir });
const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
const listing = () => fs.readdirSync(dir).sort();
const isRoot = process.getuid?.() === 0;

describe('datascan migrate', () => {
  it('-o writes the answers for the current version: renamed, dropped ones as comments, the rest of the file kept', () => {
    const result = migrate('answers-1.0.0.yaml', '-o', 'out/migrated.yaml');
    fs.mkdirSync(path.join(dir, 'out'));
    const again = migrate('answers-1.0.0.yaml', '-o', 'out/migrated.yaml');
    // The first run has no folder to write to: an I/O error, nothing written.
    expect(result.code).toBe(2);
    expect(again.stderr).toContain(
      'answers-1.0.0.yaml: answered for 1.0.0: 3 answers carried over, 1 dropped, 2 new or changed questions open (now 1.1.0)',
    );
    expect(again.code).toBe(0);
    const text = read('out/migrated.yaml');
    const data = parse(text) as Record<string, unknown>;
    expect(data).toEqual({
      // A path to the questionnaire leads from where the new file is.
      questionnaire: '../scan.yaml',
      version: '1.1.0',
      organisation: 'Gemeente West',
      respondent: { name: 'An', role: 'CIO' },
      date: '2025-11-12',
      targets: { visie: 3 },
      answers: {
        'visie-1': { value: 2, note: 'uit het coalitieakkoord' },
        'visie-draagvlak': { value: 3, note: 'breed gedragen' },
        'data-1': 3,
      },
      session: { status: 'in-progress', language: 'nl', position: 'visie-draagvlak', skipped: ['visie-draagvlak'] },
    });
    expect(text).toContain('# Workshop 12 november, zaal 3');
    expect(text).toContain('organisation: Gemeente West # voorlopige naam');
    // The comment above the renamed answer moves with it.
    expect(text).toContain('  # navragen bij de controller\n  visie-draagvlak:');
    expect(text).toContain('  # dropped in 1.1.0: sturing-1: 2 — "alleen in het sociaal domein"\nsession:');
    // The input is left as it was; the new file validates against 1.1.0.
    expect(read('answers-1.0.0.yaml')).toBe(fs.readFileSync(path.join(FIXTURES, 'answers-1.0.0.yaml'), 'utf8'));
    const check = runCli(['validate', 'out/migrated.yaml'], { cwd: dir });
    // Its only warning: the interview it holds is still in progress, as in the input.
    expect(check.stdout).toContain('0 errors, 1 warning');
    expect(check.stdout).toContain('warning answers-in-progress');
  });

  it('--in-place keeps a .v1.0.0.bak copy first and says the summary in Dutch', () => {
    const before = read('answers-1.0.0.yaml');
    const result = migrate('--in-place', 'answers-1.0.0.yaml', '--lang', 'nl');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'beantwoord voor 1.0.0: 3 antwoorden overgenomen, 1 vervallen, 2 nieuwe of gewijzigde vragen open (nu 1.1.0)',
    );
    expect(result.stderr).toContain('ongewijzigd bewaard in answers-1.0.0.yaml.v1.0.0.bak');
    expect(read('answers-1.0.0.yaml.v1.0.0.bak')).toBe(before);
    const text = read('answers-1.0.0.yaml');
    expect(text).toContain('# vervallen in 1.1.0: sturing-1: 2 — "alleen in het sociaal domein"');
    expect((parse(text) as { version: string }).version).toBe('1.1.0');
  });

  it('follows a chain of migrations, or stops at a version on the way with --to', () => {
    const to11 = migrate('chain/answers-1.0.0.yaml', '--to', '1.1.0', '-o', 'chain/v11.yaml');
    expect(to11.code).toBe(0);
    expect(to11.stderr).toContain('3 answers carried over, 1 dropped, 2 new or changed questions open (now 1.1.0)');
    expect(parse(read('chain/v11.yaml'))).toMatchObject({ version: '1.1.0', answers: { 'data-1': 3 } });
    const to12 = migrate('chain/v11.yaml', '-o', 'chain/v12.yaml');
    expect(to12.code).toBe(0);
    const text = read('chain/v12.yaml');
    expect(parse(text)).toMatchObject({ version: '1.2.0', answers: { 'visie-draagvlak': { value: 3 } } });
    // The comment of the first step stays through the second.
    expect(text).toContain('# dropped in 1.1.0: sturing-1: 2');
    const direct = migrate('chain/answers-1.0.0.yaml', '-o', 'chain/direct.yaml');
    expect(direct.stderr).toContain('(now 1.2.0)');
    expect(parse(read('chain/direct.yaml'))).toEqual(parse(text));
  });

  it('refuses --to a version not on the way (exit 2), and writes nothing', () => {
    const result = migrate('chain/answers-1.0.0.yaml', '--to', '2.0.0', '-o', 'chain/out.yaml');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--to 2.0.0: not a version');
    expect(result.stderr).toContain('1.1.0, 1.2.0');
    expect(fs.existsSync(path.join(dir, 'chain', 'out.yaml'))).toBe(false);
  });

  it("--to a version before the file's, or past a file at the last version: said so, no empty way (exit 2)", () => {
    const v11 = migrate('chain/answers-1.0.0.yaml', '--to', '1.1.0', '-o', 'chain/v11.yaml');
    expect(v11.code).toBe(0);
    const back = migrate('chain/v11.yaml', '--to', '1.0.0', '-o', 'chain/back.yaml');
    expect(back.code).toBe(2);
    expect(back.stderr).toContain(
      '--to 1.0.0: chain/v11.yaml answers version 1.1.0, and answers are migrated to a later version only',
    );
    const v12 = migrate('chain/answers-1.0.0.yaml', '-o', 'chain/v12.yaml');
    expect(v12.code).toBe(0);
    const dutch = migrate('chain/v12.yaml', '--to', '1.1.0', '-o', 'chain/back.yaml', '--lang', 'nl');
    expect(dutch.code).toBe(2);
    expect(dutch.stderr).toContain(
      '--to 1.1.0: chain/v12.yaml beantwoordt versie 1.2.0, en antwoorden worden alleen naar een latere versie gemigreerd',
    );
    const later = migrate('chain/v12.yaml', '--to', '2.0.0', '-o', 'chain/later.yaml');
    expect(later.stderr).toContain(
      "chain/v12.yaml answers version 1.2.0, the questionnaire's own version; there is no later",
    );
    for (const result of [back, dutch, later]) expect(result.stderr).not.toContain('leads through');
    expect(fs.existsSync(path.join(dir, 'chain', 'back.yaml'))).toBe(false);
  });

  it('a version without a migration path is an error at its `version` (exit 1): nothing written, not even the other files', () => {
    const before = listing();
    const result = migrate('--in-place', 'answers-1.0.0.yaml', 'answers-0.9.0.yaml');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'answers-0.9.0.yaml:2:10: error no-migration-path version 0.9.0 of `mig-scan` has no migration path to 1.1.0; its migrations start from 1.0.0',
    );
    expect(result.stderr).toContain('nothing was written');
    expect(listing()).toEqual(before);
    expect(read('answers-1.0.0.yaml')).toBe(fs.readFileSync(path.join(FIXTURES, 'answers-1.0.0.yaml'), 'utf8'));
  });

  it('a file that names no version is a missing-key finding at its `questionnaire` (exit 1), in Dutch too', () => {
    fs.writeFileSync(path.join(dir, 'no-version.yaml'), 'questionnaire: scan.yaml\nanswers:\n  data-1: 3\n');
    const result = migrate('--in-place', 'no-version.yaml');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'no-version.yaml:1:16: error missing-key the answer file does not say which version of `mig-scan` it answers',
    );
    const dutch = migrate('--in-place', 'no-version.yaml', 'answers-0.9.0.yaml', '--lang', 'nl');
    expect(dutch.stderr).toContain(
      'no-version.yaml:1:16: error missing-key het antwoordbestand zegt niet welke versie',
    );
    expect(dutch.stderr).toContain('answers-0.9.0.yaml:2:10: error no-migration-path van versie 0.9.0 van `mig-scan`');
  });

  it('a file at the current version: a note, nothing written (exit 0)', () => {
    const before = listing();
    const result = migrate('--in-place', 'answers-1.1.0.yaml');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'answers-1.1.0.yaml already answers version 1.1.0 of `mig-scan`; nothing to migrate',
    );
    expect(migrate('answers-1.1.0.yaml', '-o', 'copy.yaml').code).toBe(0);
    expect(listing()).toEqual(before);
  });

  it('keeps JSON as JSON; the dropped answers stay in the copy, which it says', () => {
    const result = migrate('--in-place', 'answers-1.0.0.json');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'JSON has no comments: the dropped answers (sturing-1) remain in answers-1.0.0.json.v1.0.0.bak only',
    );
    expect(JSON.parse(read('answers-1.0.0.json'))).toEqual({
      questionnaire: 'scan.yaml',
      version: '1.1.0',
      organisation: 'Gemeente West',
      answers: { 'visie-draagvlak': { value: 3, note: 'breed gedragen' }, 'data-1': 3 },
    });
    expect(JSON.parse(read('answers-1.0.0.json.v1.0.0.bak'))).toMatchObject({ answers: { 'sturing-1': 2 } });
  });

  it('usage errors (exit 2): neither -o nor --in-place, both, -o with several files, -o onto the input, -o onto a file, CSV, a workbook', () => {
    fs.writeFileSync(path.join(dir, 'survey.csv'), 'respondent,data-1\nAn,3\n');
    fs.writeFileSync(path.join(dir, 'taken.yaml'), 'keep me\n');
    fs.writeFileSync(path.join(dir, 'antwoorden.xlsx'), 'any bytes: refused by its name');
    const cases: [string[], string][] = [
      [['answers-1.0.0.yaml'], 'give -o FILE'],
      [['answers-1.0.0.yaml', '-o', 'x.yaml', '--in-place'], 'use one of them'],
      [['answers-1.0.0.yaml', 'answers-0.9.0.yaml', '-o', 'x.yaml'], '-o writes one file'],
      [['answers-1.0.0.yaml', '-o', './answers-1.0.0.yaml'], 'use --in-place'],
      [['answers-1.0.0.yaml', '-o', 'taken.yaml'], 'add --force to overwrite it'],
      [['answers-1.0.0.yaml', '-o', 'x.txt'], 'give it a .yaml, .yml or .json name'],
      [['--in-place', 'survey.csv'], 'CSV answers are an export and are not migrated'],
      [['--in-place', 'antwoorden.xlsx'], 'a workbook is not migrated'],
    ];
    for (const [args, said] of cases) {
      const result = migrate(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toContain(said);
    }
    expect(read('taken.yaml')).toBe('keep me\n');
    expect(migrate('answers-1.0.0.yaml', '-o', 'taken.yaml', '--force').code).toBe(0);
    expect(parse(read('taken.yaml'))).toMatchObject({ version: '1.1.0' });
  });

  it("validate reports a questionnaire's broken migrations at their keys (exit 1)", () => {
    const file = path.join(dir, 'chain', 'scan.yaml');
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(
      file,
      text
        .replace('    to: 1.1.0\n', '    to: 1.0.5\n')
        .replace('{data-2: data-kwaliteit}', '{data-2: data-kwaliteit, data-1: data-kwaliteit}')
        .replace('added: [data-2]', 'added: [data-9]'),
    );
    const result = runCli(['validate', 'chain/scan.yaml', '--lang', 'nl'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('chain/scan.yaml:67:9: error migration-chain deze stap leidt naar 1.0.5');
    expect(result.stdout).toContain(
      'chain/scan.yaml:71:49: error migration-collision `data-1` en `data-2` krijgen allebei de nieuwe id `data-kwaliteit`',
    );
    // Across the gap nothing is known of the later steps: the added id is not checked.
    expect(result.stdout).not.toContain('data-9');
  });

  it('escapes control characters in file names and versions: one safe line per message', () => {
    // A name with an escape sequence (sets a terminal's title), a line feed and a bidi override.
    const odd = (name: string) => `odd-\u001b]0;x\u0007\n\u202e-${name}`;
    const copy = (from: string, name: string, edit = (t: string) => t) =>
      fs.writeFileSync(path.join(dir, odd(name)), edit(read(from)));
    copy('answers-1.0.0.yaml', 'a.yaml');
    copy('answers-1.0.0.yaml', 'b.yaml');
    copy('answers-1.1.0.yaml', 'c.yaml');
    copy('answers-0.9.0.yaml', 'd.yaml');
    copy('answers-0.9.0.yaml', 'e.yaml', (t) => t.replace('version: 0.9.0\n', ''));
    // eslint-disable-next-line no-control-regex -- finding raw control characters is the point
    const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/;
    const runs = [
      { args: ['--in-place', odd('a.yaml')], lines: 4 },
      { args: [odd('b.yaml'), '-o', odd('out.yaml')], lines: 3 },
      { args: ['--in-place', odd('c.yaml')], lines: 1 },
      { args: ['--in-place', odd('d.yaml'), odd('e.yaml')], lines: 3 },
    ];
    for (const { args, lines } of runs) {
      const result = migrate(...args);
      expect(result.stderr, args.join(' ')).not.toMatch(RAW);
      expect(result.stderr.trimEnd().split('\n'), result.stderr).toHaveLength(lines);
      expect(result.stderr).toContain('odd-\\u{1b}]0;x\\u{7}\\u{a}\\u{202e}-');
    }
  });

  it('--in-place refuses a FIFO up front (exit 2, one line): no wait, no lock, no copy', () => {
    const before = listing();
    execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
    const result = migrate('--in-place', 'answers-1.0.0.yaml', 'pipe.yaml');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'datascan: --in-place: pipe.yaml is a FIFO (named pipe), not a file; only answer files are rewritten in place\n',
    );
    expect(listing()).toEqual([...before, 'pipe.yaml'].sort());
  });

  /** A lock as a running interview holds it: this test's own (live) process. */
  const holdLock = (file: string) =>
    fs.writeFileSync(
      path.join(dir, `${file}.lock`),
      JSON.stringify({ pid: process.pid, host: os.hostname(), started: new Date().toISOString() }),
    );

  it('--in-place takes every lock before writing: one file open in an interview, none rewritten (exit 2)', () => {
    fs.copyFileSync(path.join(dir, 'answers-1.0.0.yaml'), path.join(dir, 'second.yaml'));
    holdLock('second.yaml');
    const before = listing();
    const result = migrate('--in-place', 'answers-1.0.0.yaml', 'second.yaml');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('second.yaml is open in an interview');
    expect(result.stderr).not.toContain('wrote');
    // No copy, no lock of its own left behind, the first file as it was.
    expect(listing()).toEqual(before);
    expect(read('answers-1.0.0.yaml')).toBe(fs.readFileSync(path.join(FIXTURES, 'answers-1.0.0.yaml'), 'utf8'));
  });

  it.skipIf(isRoot)('--in-place with a file in a read-only folder writes none of the files (exit 2)', () => {
    fs.mkdirSync(path.join(dir, 'locked'));
    fs.copyFileSync(path.join(dir, 'answers-1.0.0.yaml'), path.join(dir, 'locked', 'answers.yaml'));
    fs.writeFileSync(
      path.join(dir, 'locked', 'answers.yaml'),
      read('locked/answers.yaml').replace('questionnaire: scan.yaml', 'questionnaire: ../scan.yaml'),
    );
    fs.chmodSync(path.join(dir, 'locked'), 0o555);
    try {
      const before = listing();
      const result = migrate('--in-place', 'answers-1.0.0.yaml', 'locked/answers.yaml');
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('cannot write');
      expect(listing()).toEqual(before);
      expect(fs.readdirSync(path.join(dir, 'locked'))).toEqual(['answers.yaml']);
      expect(read('answers-1.0.0.yaml')).toBe(fs.readFileSync(path.join(FIXTURES, 'answers-1.0.0.yaml'), 'utf8'));
    } finally {
      fs.chmodSync(path.join(dir, 'locked'), 0o755);
    }
  });

  it('-o --force refuses an answer file an interview has open (exit 2)', () => {
    fs.copyFileSync(path.join(dir, 'answers-1.1.0.yaml'), path.join(dir, 'open.yaml'));
    holdLock('open.yaml');
    const result = migrate('answers-1.0.0.yaml', '-o', 'open.yaml', '--force');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('open.yaml is open in an interview');
    expect(read('open.yaml')).toBe(read('answers-1.1.0.yaml'));
  });

  it('keeps the comments on a dropped answer: the one above moves to the next answer, an inline one to its line', () => {
    expect(migrate('--in-place', 'comments/heading.yaml', 'comments/last.yaml').code).toBe(0);
    const heading = read('comments/heading.yaml');
    // A section heading stays above the answers that followed it.
    expect(heading).toContain('  # Publieke waarde — Steun van stakeholders\n  visie-1:');
    expect(heading).toContain('  # dropped in 1.1.0: sturing-1: 2 # alleen in het sociaal domein\n');
    // With no answer after it, the comment goes with the dropped answer's line.
    expect(read('comments/last.yaml')).toContain(
      '  # Sturing, navragen\n  # dropped in 1.1.0: sturing-1: 2 — "voorlopig" # volgens de directeur',
    );
  });

  it('is listed in datascan --help', () => {
    expect(runCli(['--help']).stdout).toMatch(/migrate \[options\] <answer-files\.\.\.>/);
  });
});
