/** Options a format has no use for are said so on stderr (exit status unchanged), never dropped without a word. */
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

const A = fixture('answers', 'tiny', 'a.yaml');

describe('score --explain', () => {
  it.each(['csv', 'html'])('with --format %s: a warning, and the report as without it', (format) => {
    const r = runCli(['score', A, '--format', format, '--explain']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(
      `datascan: --explain has no effect with --format ${format}: table and markdown show the explanation, json and ndjson carry it as \`explanation\`\n`,
    );
    expect(r.stdout).toBe(runCli(['score', A, '--format', format]).stdout);
  });

  it.each(['json', 'ndjson'])('with --format %s: no warning; the profile carries the explanation', (format) => {
    const r = runCli(['score', A, '--format', format, '--explain']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const profile = JSON.parse(r.stdout) as { explanation?: { units: unknown[] } };
    expect(profile.explanation?.units.length).toBeGreaterThan(0);
    expect(JSON.parse(runCli(['score', A, '--format', format]).stdout)).not.toHaveProperty('explanation');
  });

  it.each(['table', 'markdown'])('with --format %s: no warning; the report shows the explanation', (format) => {
    const r = runCli(['score', A, '--format', format, '--explain']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.length).toBeGreaterThan(runCli(['score', A, '--format', format]).stdout.length);
  });
});

describe('--csv-dialect', () => {
  it.each(['table', 'json', 'ndjson', 'markdown', 'html'])('score --format %s: a warning, exit 0', (format) => {
    const r = runCli(['score', A, '--format', format, '--csv-dialect', 'nl']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(
      `datascan: --csv-dialect has no effect with --format ${format}; it sets how --format csv is written\n`,
    );
  });

  it('template (YAML): a warning, exit 0', () => {
    const r = runCli(['template', 'odg-quickscan', '--csv-dialect', 'nl']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(
      'datascan: --csv-dialect has no effect with --format yaml; it sets how --format csv is written\n',
    );
  });

  it('says nothing with --format csv, nor when it is not given', () => {
    for (const args of [
      ['score', A, '--format', 'csv', '--csv-dialect', 'nl'],
      ['template', 'odg-quickscan', '--format', 'csv', '--csv-dialect', 'nl'],
      ['score', A],
      ['template', 'odg-quickscan'],
    ]) {
      const r = runCli(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stderr, args.join(' ')).toBe('');
    }
  });
});

describe('score --questionnaire', () => {
  it('without a CSV file among the answers: a warning (the answer files name their own), exit 0', () => {
    const r = runCli(['score', A, '--questionnaire', 'odg-quickscan']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(
      'datascan: --questionnaire has no effect: there is no CSV file or workbook among the answers, and answer files name their own questionnaire\n',
    );
    expect(r.stdout).toBe(runCli(['score', A]).stdout);
  });

  it('with a CSV file: no warning', () => {
    const r = runCli([
      'score',
      fixture('answers', 'tiny-comma.csv'),
      '--questionnaire',
      fixture('scoring', 'tiny-scan.yaml'),
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
  });
});
