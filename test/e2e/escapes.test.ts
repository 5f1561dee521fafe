/**
 * Terminal escape injection, end to end: a questionnaire and answer files whose texts and keys hold
 * escape sequences (window title, clipboard, hyperlink, clear screen, a fake colour), C1 controls
 * and bidi controls. No command lets one of them reach stdout, stderr or a report file raw; each
 * shows as a visible `\u{…}` escape. The data itself stays as written (JSON gives it back).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, runCli, type CliResult } from '../helpers/cli.js';
import { unsafeCharacters } from '../helpers/unsafe.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-escapes-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const QUESTIONNAIRE = fixture('hostile', 'escapes', 'questionnaire.yaml');
const ANSWERS = fixture('hostile', 'escapes', 'answers.yaml');
const LATER = fixture('hostile', 'escapes', 'later.yaml');
const BAD_KEY = fixture('hostile', 'escapes', 'bad-key.yaml');

/** The colours datascan adds itself (chalk's SGR codes with --color). */
// eslint-disable-next-line no-control-regex -- matching ESC is the point
const OWN_COLOURS = /\u001b\[\d+m/g;

function expectSafe(text: string, colours = false): void {
  expect(unsafeCharacters(colours ? text.replace(OWN_COLOURS, '') : text)).toEqual([]);
}

function expectSafeRun(r: CliResult, colours = false): void {
  expectSafe(r.stdout, colours);
  expectSafe(r.stderr, colours);
}

/** The organisation of answers.yaml as the text reports show it. */
const ORGANISATION = 'Org \\u{1b}]0;pwned\\u{7}\\u{1b}[2J \\u{202e}live\\u{9b}31m';

describe('score shows every text from the files as safe text', () => {
  it.each([
    ['table', []],
    ['table --explain', ['--explain']],
    ['markdown', ['--format', 'markdown']],
    ['markdown --explain', ['--format', 'markdown', '--explain']],
    ['csv', ['--format', 'csv']],
    ['csv nl', ['--format', 'csv', '--csv-dialect', 'nl']],
    ['html', ['--format', 'html']],
  ])('%s', (_name, args) => {
    const r = runCli(['score', ANSWERS, ...args]);
    expect(r.code, r.stderr).toBe(0);
    expectSafeRun(r);
  });

  it('the table names what was there: the organisation, a name, a level, a next step', () => {
    const r = runCli(['score', ANSWERS, '--explain']);
    // The title (wrapped: it is wider than the report) names the organisation and the respondent.
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      `${ORGANISATION} · Name`,
      '\\u{1b}]52;c;cHduZWQ=\\u{7} (Role \\u{1b}[5mblink)',
    ]);
    expect(r.stdout).toContain('Quality \\u{202e}drow\\u{202c}');
    expect(r.stdout).toContain('phase\\u{1b}[31m');
    expect(r.stdout).toContain('- Link \\u{1b}]8;;https://evil.example/\\u{1b}\\here\\u{1b}]8;;\\u{1b}\\');
  });

  it('datascan’s own colours still work with --color, around the safe text', () => {
    const r = runCli(['--color', 'score', ANSWERS, '--explain']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(`\u001b[1m${ORGANISATION} · Name\u001b[22m`);
    expectSafeRun(r, true);
  });

  it('the Markdown and CSV files written with -o hold no raw control character either', () => {
    for (const [format, name] of [
      ['markdown', 'report.md'],
      ['csv', 'report.csv'],
    ] as const) {
      const out = path.join(work, name);
      const r = runCli(['score', ANSWERS, '--explain', '--format', format, '-o', out]);
      expect(r.code, r.stderr).toBe(0);
      expectSafe(fs.readFileSync(out, 'utf8'));
    }
    expect(fs.readFileSync(path.join(work, 'report.md'), 'utf8')).toContain(
      '# Org \\\\u{1b}\\]0;pwned\\\\u{7}\\\\u{1b}\\[2J \\\\u{202e}live\\\\u{9b}31m',
    );
    expect(fs.readFileSync(path.join(work, 'report.csv'), 'utf8')).toContain(`,${ORGANISATION},`);
  });

  it('json and ndjson escape every such character and give the texts back as written', () => {
    for (const format of ['json', 'ndjson']) {
      const r = runCli(['score', ANSWERS, '--format', format]);
      expect(r.code, r.stderr).toBe(0);
      expectSafeRun(r);
      const profile = JSON.parse(r.stdout) as {
        organisation: string;
        dimensions: { subdimensions: { name: string }[] }[];
      };
      expect(profile.organisation).toBe('Org \u001b]0;pwned\u0007\u001b[2J \u202elive\u009b31m');
      expect(profile.dimensions[0]!.subdimensions[0]!.name).toBe('Quality \u202edrow\u202c');
    }
    const two = runCli(['score', ANSWERS, LATER, '--format', 'json']);
    expectSafeRun(two);
    expect((JSON.parse(two.stdout) as unknown[]).length).toBe(2);
  });
});

describe('show, list and template', () => {
  it('show draws the structure with safe texts', () => {
    const r = runCli(['show', QUESTIONNAIRE]);
    expect(r.code, r.stderr).toBe(0);
    expectSafeRun(r);
    expect(r.stdout).toContain('Scan \\u{1b}]0;pwned title\\u{7} of \\u{202e}elif');
    expect(r.stdout).toContain('No \\u{1b}]52;c;cHduZWQ=\\u{7}');
  });

  it('show --format json escapes them and keeps the texts', () => {
    const r = runCli(['show', QUESTIONNAIRE, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expectSafeRun(r);
    expect((JSON.parse(r.stdout) as { title: string }).title).toBe('Scan \u001b]0;pwned title\u0007 of \u202eelif');
  });

  it('list and its json', () => {
    const dir = path.dirname(QUESTIONNAIRE);
    for (const args of [[], ['--format', 'json']]) {
      const r = runCli(['list', '--dir', dir, ...args]);
      expectSafeRun(r);
    }
    expect(runCli(['list', '--dir', dir]).stdout).toContain('Scan \\u{1b}]0;pwned title\\u{7} of');
  });

  it('template writes the questions as safe comments', () => {
    const r = runCli(['template', QUESTIONNAIRE]);
    expect(r.code, r.stderr).toBe(0);
    expectSafeRun(r);
    expect(r.stdout).toContain('# q1: Question \\u{1b}[2J one?');
  });
});

describe('findings that quote a key from the file', () => {
  const KEY = 'q\\u{1b}[2J\\u{1b}]0;pwned\\u{7}\\u{202e}\\u{9b}';

  it('validate as text: the key as safe text, on the finding’s own line', () => {
    const r = runCli(['validate', BAD_KEY]);
    expect(r.code).toBe(1);
    expectSafeRun(r);
    expect(r.stdout).toContain(`invalid-key key \`${KEY}\` in \`answers\``);
  });

  it('validate --format github: no raw escape reaches the log', () => {
    const r = runCli(['validate', BAD_KEY, '--format', 'github']);
    expect(r.code).toBe(1);
    expectSafeRun(r);
    expect(r.stdout).toContain(`::error file=`);
    expect(r.stdout).toContain(KEY);
  });

  it('validate --format json and sarif: escaped by JSON, the message as it is', () => {
    for (const format of ['json', 'sarif']) {
      const r = runCli(['validate', BAD_KEY, '--format', format]);
      expect(r.code).toBe(1);
      expectSafeRun(r);
      expect(r.stdout).toContain('\\u001b]0;pwned\\u0007\\u202e\\u009b');
    }
  });

  it('score and compare print the finding on stderr as safe text', () => {
    for (const r of [runCli(['score', BAD_KEY]), runCli(['compare', BAD_KEY, LATER])]) {
      expect(r.code).toBe(1);
      expectSafeRun(r);
      expect(r.stderr).toContain(KEY);
    }
  });
});

describe('paths and messages on stderr', () => {
  it('a user error quoting a name shows it as safe text', () => {
    const r = runCli(['show', 'nope\u001b]0;pwned\u0007']);
    expect(r.code).toBe(1);
    expectSafeRun(r);
    expect(r.stderr).toContain('unknown questionnaire `nope\\u{1b}]0;pwned\\u{7}`');
  });

  it('a file whose name holds an escape sequence is named as safe text', () => {
    const dir = path.join(work, 'named');
    fs.mkdirSync(dir);
    fs.writeFileSync(
      path.join(dir, 'bad\u001b[2J.yaml'),
      'id: broken\nversion: 1.0.0\ntitle: x\nlanguages: [en]\nquestions: 3\n',
    );
    const listed = runCli(['list', '--dir', dir]);
    expect(listed.stderr).toContain('bad\\u{1b}[2J.yaml has errors');
    const checked = runCli(['validate', dir]);
    for (const r of [listed, checked]) {
      expect(r.code).toBe(1);
      expectSafeRun(r);
    }
  });
});

describe('compare', () => {
  it.each([
    ['table', []],
    ['markdown', ['--format', 'markdown']],
    ['json', ['--format', 'json']],
    ['html', ['--format', 'html']],
  ])('%s', (_name, args) => {
    const r = runCli(['compare', ANSWERS, LATER, ...args]);
    expect(r.code, r.stderr).toBe(0);
    expectSafeRun(r);
  });

  it('profile JSON files may hold anything, ids too: shown as safe text', () => {
    const scored = runCli(['score', ANSWERS, '--format', 'json']);
    const profile = JSON.parse(scored.stdout) as { dimensions: { id: string; name: string }[] };
    profile.dimensions[0]!.id = 'data\u001b]0;id\u0007';
    profile.dimensions[0]!.name = 'Data \u202e\u009b2J';
    const before = path.join(work, 'before.json');
    const after = path.join(work, 'after.json');
    fs.writeFileSync(before, JSON.stringify(profile));
    fs.writeFileSync(after, JSON.stringify(profile));
    for (const format of ['table', 'markdown', 'json', 'html']) {
      const r = runCli(['compare', before, after, '--format', format]);
      expect(r.code, r.stderr).toBe(0);
      expectSafeRun(r);
    }
    expect(runCli(['compare', before, after]).stdout).toContain('Data \\u{202e}\\u{9b}2J');
  });
});
