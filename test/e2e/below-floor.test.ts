/**
 * Answers below the legal floor end to end (test/fixtures/below-floor): floor-scan's pri-1 and sec-1 have an extra
 * first option, value 0, marked `belowLegalFloor`. Anna chose it for both, Bram for pri-1; Carla (lawful.yaml) for
 * neither. Every format flags them apart from the score.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { publishedSchema } from '../helpers/schemas.js';

const QUESTIONNAIRE = fixture('below-floor', 'floor-scan.yaml');
const ANNA = fixture('below-floor', 'anna.yaml');
const BRAM = fixture('below-floor', 'bram.yaml');
const LAWFUL = fixture('below-floor', 'lawful.yaml');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-below-floor-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const ok = (args: string[], env: Record<string, string> = {}) => {
  const r = runCli(args, { env });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
};

describe('answers below the legal floor: validation', () => {
  it('the questionnaire with a value-0 option below the floor and its answer files are valid', () => {
    const r = runCli(['validate', QUESTIONNAIRE, ANNA, BRAM, LAWFUL]);
    expect(r.stdout).toBe('4 files checked: 0 errors, 0 warnings\n');
    expect(r.code).toBe(0);
  });

  it('a 0 to a question without such an option is refused, in a YAML file and in a CSV row', () => {
    const yaml = runCli(['validate', fixture('below-floor', 'bad', 'wrong-zero.yaml')]);
    expect(yaml.code).toBe(1);
    expect(yaml.stdout).toContain(
      'wrong-zero.yaml:7:10: error invalid-answer 0 is not an option of question `pri-2` (options: 1, 2, 3, 4)',
    );
    expect(yaml.stdout).not.toContain('pri-1');
    const csv = runCli(['score', '--questionnaire', QUESTIONNAIRE, fixture('below-floor', 'answers.csv')]);
    expect(csv.code).toBe(1);
    expect(csv.stderr).toContain('answers.csv:3:22: error invalid-answer 0 is not an option of question `pri-2`');
    // Anna's row, with a 0 to pri-1 and sec-1, is scored.
    expect(csv.stdout).toContain('Below the legal floor');
  });
});

describe('answers below the legal floor: every format flags them apart from the score', () => {
  it('table: a section near the top, with who chose each answer for a group', () => {
    const out = ok(['score', ANNA, BRAM, '--aggregate']);
    const lines = out.split('\n');
    const at = lines.indexOf('Below the legal floor');
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(lines.findIndex((l) => l.startsWith('Dimension')));
    // The option's value after its label: `0 Breaches …` would read as "no breaches".
    expect(lines.slice(at + 3, at + 8)).toEqual([
      '  pri-1 Is there a register of processing?',
      '    No register at all (value 0) · chosen by Anna (privacy officer), Bram',
      '    (CISO)',
      '  sec-1 Are incidents reported?',
      '    Breaches go unreported (value 0) · chosen by Anna (privacy officer)',
    ]);
    // The 0s count in the score: privacy (0 + 2.5) / 2.
    expect(out).toMatch(/Privacy +1\.25 /);
  });

  it('table in Dutch: "onder de wettelijke ondergrens"; none for a respondent who chose no such answer', () => {
    const out = ok(['score', ANNA, '--lang', 'nl'], { LANG: 'nl_NL.UTF-8' });
    expect(out).toContain('Onder de wettelijke ondergrens\n');
    expect(out).toContain('  pri-1 Is er een verwerkingsregister?\n    Helemaal geen register (waarde 0)\n');
    expect(ok(['score', LAWFUL])).not.toContain('legal floor');
  });

  it('json: the profile field, valid against schemas/profile.schema.json', () => {
    const p = JSON.parse(ok(['score', ANNA, BRAM, '--aggregate', '--format', 'json'])) as Record<string, unknown>;
    const validate = publishedSchema('profile.schema.json');
    expect(validate(p), JSON.stringify(validate.errors)).toBe(true);
    expect(p.belowLegalFloor).toEqual([
      {
        question: 'pri-1',
        text: 'Is there a register of processing?',
        unit: 'privacy',
        value: 0,
        label: 'No register at all',
        respondents: [
          { name: 'Anna', role: 'privacy officer', source: ANNA },
          { name: 'Bram', role: 'CISO', source: BRAM },
        ],
      },
      {
        question: 'sec-1',
        text: 'Are incidents reported?',
        unit: 'security',
        value: 0,
        label: 'Breaches go unreported',
        respondents: [{ name: 'Anna', role: 'privacy officer', source: ANNA }],
      },
    ]);
    expect(p.scale).toEqual({ min: 0, max: 4 });
  });

  it('csv: two columns after the units (before the migration columns), how many answers lie below the floor and to which questions', () => {
    const rows = parse(ok(['score', ANNA, BRAM, LAWFUL, '--format', 'csv']), { columns: true }) as Record<
      string,
      string
    >[];
    const columns = Object.keys(rows[0]!);
    const migration = columns.indexOf('migration.from');
    expect(columns.slice(migration - 2, migration)).toEqual(['belowLegalFloor.answers', 'belowLegalFloor.questions']);
    expect(rows.map((r) => [r['belowLegalFloor.answers'], r['belowLegalFloor.questions']])).toEqual([
      ['2', 'pri-1; sec-1'],
      ['1', 'pri-1'],
      ['0', ''],
    ]);
  });

  it('markdown: a section before the scores', () => {
    const out = ok(['score', ANNA, '--format', 'markdown']);
    const section = out.indexOf('## Below the legal floor');
    expect(section).toBeGreaterThan(0);
    expect(section).toBeLessThan(out.indexOf('## Privacy'));
    expect(out).toContain('- **pri-1** Is there a register of processing? — No register at all (value 0)\n');
    expect(out).toContain('- **sec-1** Are incidents reported? — Breaches go unreported (value 0)\n');
  });

  it('html: a visible section near the top, in words', () => {
    const file = path.join(work, 'report.html');
    runCli(['score', ANNA, BRAM, '--aggregate', '--format', 'html', '-o', file]);
    const html = fs.readFileSync(file, 'utf8');
    const section = html.indexOf('<section class="below-legal-floor"><h2>Below the legal floor</h2>');
    expect(section).toBeGreaterThan(0);
    expect(section).toBeLessThan(html.indexOf('<section class="charts'));
    expect(html).toContain(
      '<li><strong>pri-1</strong> Is there a register of processing?<br>No register at all (value 0) <span class="muted">· chosen by Anna (privacy officer), Bram (CISO)</span></li>',
    );
    expect(html).not.toMatch(/NaN|Infinity/);
  });

  it('--explain: a mark after the value of each question answered below the floor', () => {
    const out = ok(['score', ANNA, BRAM, '--aggregate', '--explain']);
    expect(out).toContain('pri-1 = 0.00 (mean of 0, 0) [2× below the legal floor]');
    expect(out).toContain('sec-1 = 1.00 (mean of 0, 2) [1× below the legal floor]');
    expect(out).not.toMatch(/(pri-2|sec-2) = [^;\n]*legal floor/);
  });

  it('compare: how many answers below the floor each side has', () => {
    // The lines wrap at 80 columns.
    const table = ok(['compare', ANNA, LAWFUL]).replace(/\s+/g, ' ');
    expect(table).toContain(
      'Before: Floor scan (floor-scan 1.0.0) · 1 respondent · 2 answers below the legal floor (pri-1, sec-1) After:',
    );
    expect(table).toContain(
      'After: Floor scan (floor-scan 1.0.0) · 1 respondent · 0 answers below the legal floor Dimension',
    );
    const json = JSON.parse(ok(['compare', ANNA, LAWFUL, '--format', 'json'])) as {
      before: { belowLegalFloor: { question: string }[] };
      after: { belowLegalFloor: unknown[] };
    };
    expect(json.before.belowLegalFloor.map((a) => a.question)).toEqual(['pri-1', 'sec-1']);
    expect(json.after.belowLegalFloor).toEqual([]);
    const markdown = ok(['compare', ANNA, LAWFUL, '--format', 'markdown']);
    expect(markdown).toContain('· 2 answers below the legal floor (pri-1, sec-1)');
    const file = path.join(work, 'compare.html');
    runCli(['compare', ANNA, LAWFUL, '--format', 'html', '-o', file]);
    expect(fs.readFileSync(file, 'utf8')).toContain('<strong>2 answers below the legal floor</strong> (pri-1, sec-1)');
  });
});

describe('answers below the legal floor: show and template', () => {
  it('show lists the options below the legal floor of each question', () => {
    const out = ok(['show', QUESTIONNAIRE]);
    expect(out).toContain(
      "Questions' own options below the legal floor (reports flag these answers apart from the score)\npri-1: 0 No register at all\nsec-1: 0 Breaches go unreported\n",
    );
  });

  it('template lists the option below the floor first, as written, and marks it', () => {
    expect(ok(['template', QUESTIONNAIRE])).toMatch(
      /# pri-1: Is there a register of processing\?\n {2}# {3}0 = No register at all \(below the legal floor\)\n {2}# {3}1 = /,
    );
    expect(ok(['template', QUESTIONNAIRE, '--lang', 'nl'])).toContain(
      '#   0 = Helemaal geen register (onder de wettelijke ondergrens)\n',
    );
  });
});
