/** What all commands share: option checking, the cache flag, questionnaire references, finding lines, help. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, ROOT, runCli } from '../helpers/cli.js';

const A = fixture('answers', 'tiny', 'a.yaml');
const TINY = fixture('scoring', 'tiny-scan.yaml');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-commands-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('--format is checked by the option parser', () => {
  it.each([['score', A], ['compare', A, A], ['template', TINY], ['validate', TINY], ['show', TINY], ['list']])(
    '%s --format xml: exit 2 naming the choices',
    (...args) => {
      const r = runCli([...args, '--format', 'xml']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        /^error: option '-f, --format <format>' argument 'xml' is invalid\. Allowed choices are /,
      );
    },
  );
});

describe('--no-cache', () => {
  it('is the global option only: a path named `--no-cache` after `--` keeps the cache on', () => {
    const cwd = fs.mkdtempSync(path.join(work, 'cwd-'));
    const cache = fs.mkdtempSync(path.join(work, 'cache-'));
    fs.mkdirSync(path.join(cwd, '--no-cache'));
    fs.copyFileSync(
      path.join(ROOT, 'test', 'fixtures', 'questionnaires', 'valid', 'samm-lite.yaml'),
      path.join(cwd, '--no-cache', 'samm-lite.yaml'),
    );
    const r = runCli(['validate', '--', '--no-cache'], { cwd, env: { DATASCAN_CACHE_DIR: cache } });
    expect(r.code, r.stderr + r.stdout).toBe(0);
    expect(fs.readdirSync(cache).length).toBeGreaterThan(0);
    const off = fs.mkdtempSync(path.join(work, 'cache-off-'));
    expect(runCli(['--no-cache', 'validate', '--', '--no-cache'], { cwd, env: { DATASCAN_CACHE_DIR: off } }).code).toBe(
      0,
    );
    expect(fs.readdirSync(off)).toEqual([]);
  });
});

describe('questionnaires named on the command line', () => {
  it('one that cannot be read is an I/O error (exit 2) for template and show alike', () => {
    const folder = path.join(work, 'folder.yaml');
    fs.mkdirSync(folder);
    for (const command of ['template', 'show']) {
      const r = runCli([command, folder]);
      expect(r.code, command).toBe(2);
      expect(r.stderr, command).toBe(
        `datascan: ${folder}: error file-unreadable ${folder} is a directory, not a file\n`,
      );
    }
  });

  it('one with errors is bad input (exit 1) for template and show alike, shown as its first finding', () => {
    const broken = fixture('questionnaires', 'invalid', 'duplicate-id.yaml');
    for (const command of ['template', 'show']) {
      const r = runCli([command, broken]);
      expect(r.code, command).toBe(1);
      expect(r.stderr, command).toMatch(new RegExp(`^datascan: ${broken.replace(/[.\\]/g, '\\$&')}:\\d+:\\d+: error `));
    }
  });

  it('template names a questionnaire found with --dir by its path, as run does, and the answers score without --dir', () => {
    const out = path.join(work, 'from-dir.yaml');
    const r = runCli(['template', 'tiny-scan', '--dir', path.dirname(TINY), '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const text = fs.readFileSync(out, 'utf8');
    expect(text).toContain(
      `\nquestionnaire: "${path.relative(work, path.resolve(ROOT, TINY)).split(path.sep).join('/')}"\n`,
    );
    fs.writeFileSync(out, text.replace(/^ {2}([a-z0-9-]+):$/gm, '  $1: 3'));
    const scored = runCli(['score', out, '--format', 'json']);
    expect(scored.code, scored.stderr).toBe(0);
  });

  it('template names a shipped questionnaire by its id', () => {
    const out = path.join(work, 'shipped.yaml');
    expect(runCli(['template', 'odg-quickscan', '-o', out]).code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain('\nquestionnaire: odg-quickscan\n');
  });
});

describe('finding lines on stderr', () => {
  it('colour only the severity word, even when the path contains it', () => {
    const dir = path.join(work, 'my error files');
    fs.mkdirSync(dir);
    const file = path.join(dir, 'bad.yaml');
    fs.writeFileSync(
      file,
      fs
        .readFileSync(fixture('answers', 'bad', 'invalid-value.yaml'), 'utf8')
        .replace(/^questionnaire: .*$/m, `questionnaire: ${JSON.stringify(path.resolve(ROOT, TINY))}`),
    );
    const r = runCli(['--color', 'score', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}:5:9: \u001b[31merror\u001b[39m invalid-answer 7 is not an option`);
    expect(r.stderr).not.toContain('my \u001b[31merror');
  });
});

describe('score --help', () => {
  it('says that json prints one profile as an object and several as an array', () => {
    const r = runCli(['score', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '--format json prints a single profile (one answer set, or --aggregate) as an object, none or several as an array.',
    );
  });
});

describe('a folder without answer files', () => {
  it('is a usage error (exit 2, one line) for score, compare and validate alike', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-empty-'));
    try {
      fs.writeFileSync(path.join(empty, 'notes.txt'), 'not data\n');
      const cases: [string[], string][] = [
        [['score', empty], `datascan: no answer files (YAML, JSON or .xlsx) in ${empty}\n`],
        [
          ['score', empty, '--questionnaire', 'odg-quickscan'],
          `datascan: no answer files (YAML, JSON, CSV or .xlsx) in ${empty}\n`,
        ],
        [
          ['compare', empty, 'examples/gemeente-voorbeeld/quickscan-2025.yaml'],
          `datascan: no answer files (YAML, JSON or .xlsx) in ${empty}\n`,
        ],
        [['validate', empty], `datascan: no YAML, JSON or .xlsx files in ${empty}\n`],
        [
          ['validate', empty, '--questionnaire', 'odg-quickscan'],
          `datascan: no YAML, JSON, CSV or .xlsx files in ${empty}\n`,
        ],
      ];
      for (const [args, stderr] of cases) {
        const r = runCli(args);
        expect(r.code, args.join(' ')).toBe(2);
        expect(r.stderr, args.join(' ')).toBe(stderr);
        expect(r.stdout, args.join(' ')).toBe('');
      }
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('--lang a questionnaire has no texts in', () => {
  it('score, compare, template and show all say so once, and use its first language', () => {
    // A questionnaire in Dutch and English, Dutch first, and answers of its current version.
    const scan = fixture('languages', 'scan.yaml');
    const answers = fixture('languages', 'answers.yaml');
    // A copy under another name, beside a copy of its questionnaire (which it names by path).
    const again = path.join(fs.mkdtempSync(path.join(work, 'languages-')), 'answers-again.yaml');
    fs.copyFileSync(answers, again);
    fs.copyFileSync(scan, path.join(path.dirname(again), 'scan.yaml'));
    const warning = 'datascan: `nl-first` has no texts in `de`; using nl\n';
    expect(runCli(['template', scan, '--format', 'csv', '--lang', 'de']).stderr).toBe('');
    for (const args of [
      ['score', answers],
      // Not the same file twice, which is refused before the texts are looked at.
      ['compare', answers, again],
      ['template', scan],
      ['show', scan],
    ]) {
      const r = runCli([...args, '--lang', 'de']);
      expect(r.code, args[0]).toBe(0);
      expect(r.stderr, args[0]).toBe(warning);
      expect(runCli([...args, '--lang', 'nl-BE']).stderr, args[0]).toBe('');
    }
  });
});
