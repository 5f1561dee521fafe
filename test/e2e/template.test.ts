/** `datascan template` end to end: the empty answer file, filled in, scores. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, ROOT, runCli } from '../helpers/cli.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-template-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('datascan template', () => {
  it('writes a YAML answer file that validates and scores once filled in', () => {
    const file = path.join(work, 'answers.yaml');
    const r = runCli(['template', path.resolve(fixture('scoring', 'tiny-scan.yaml')), '-o', file]);
    expect(r.code, r.stderr).toBe(0);
    const text = fs.readFileSync(file, 'utf8');
    const schemaLine = text.split('\n')[0]!;
    // The published schema of this version, not a path into the installation: the file may be mailed or moved.
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(schemaLine).toBe(
      `# yaml-language-server: $schema=https://cdn.jsdelivr.net/npm/datascan@${version}/schemas/answers.schema.json`,
    );
    // A questionnaire given by path is named by its path relative to the answer file.
    expect(text).toContain(
      `questionnaire: "${path.relative(work, path.resolve(fixture('scoring', 'tiny-scan.yaml')))}"`,
    );
    const filled = text.replace(/^ {2}([a-z0-9-]+):$/gm, '  $1: 3');
    fs.writeFileSync(file, filled);
    expect(runCli(['validate', file]).code).toBe(0);
    const scored = runCli(['score', file, '--format', 'json']);
    expect(scored.code, scored.stderr).toBe(0);
    expect((JSON.parse(scored.stdout) as { overall: { score: number } }).overall.score).toBe(3);
  });

  it('refuses to overwrite a file unless --force', () => {
    const file = path.join(work, 'exists.yaml');
    fs.writeFileSync(file, 'answers: {}\n');
    const r = runCli(['template', fixture('scoring', 'tiny-scan.yaml'), '-o', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('exists');
    expect(runCli(['template', fixture('scoring', 'tiny-scan.yaml'), '-o', file, '--force']).code).toBe(0);
  });

  it('refuses a file name that says another format than the one written, and writes nothing', () => {
    const tiny = fixture('scoring', 'tiny-scan.yaml');
    for (const [args, message] of [
      [
        ['-o', path.join(work, 'wrong-format.json')],
        'the template is YAML (its questions are comments); write it to a .yaml file\n',
      ],
      [
        ['-o', path.join(work, 'wrong-format.csv')],
        'the template is YAML (its questions are comments); write it to a .yaml file, or use --format csv\n',
      ],
      [
        ['--format', 'csv', '-o', path.join(work, 'wrong-format.yaml')],
        '--format csv writes CSV; give the file a .csv name\n',
      ],
    ] as const) {
      const r = runCli(['template', tiny, ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`datascan: ${args.at(-1)}: ${message}`);
      expect(fs.existsSync(args.at(-1) as string)).toBe(false);
    }
  });

  it('writes a CSV header that score reads back once a row is added, in both dialects', () => {
    for (const dialect of ['en', 'nl']) {
      const r = runCli(['template', fixture('scoring', 'tiny-scan.yaml'), '--format', 'csv', '--csv-dialect', dialect]);
      expect(r.code).toBe(0);
      const sep = dialect === 'nl' ? ';' : ',';
      expect(r.stdout.replace(/^\uFEFF/, '')).toBe(
        [
          'organisation',
          'respondent',
          'role',
          'date',
          'a1-1',
          'a1-2',
          'a2-1',
          'a2-2',
          'b-1',
          'b-2',
          'g1-1',
          'g2-1',
        ].join(sep) + '\n',
      );
      const file = path.join(work, `answers-${dialect}.csv`);
      fs.writeFileSync(
        file,
        r.stdout + ['Gemeente Test', 'A', '', '', '2', '3', '3', '?', '2', '3', 'n.v.t.', '2'].join(sep) + '\n',
      );
      const scored = runCli([
        'score',
        file,
        '--questionnaire',
        fixture('scoring', 'tiny-scan.yaml'),
        '--format',
        'json',
      ]);
      expect(scored.code, scored.stderr).toBe(0);
      // A CSV file gives an array of profiles, whatever number of rows it has.
      const [profile] = JSON.parse(scored.stdout) as { overall: { score: number } }[];
      expect(profile!.overall.score).toBeCloseTo(127 / 48, 12);
    }
  });

  it('writes the shipped questionnaires’ templates with every question', () => {
    const r = runCli(['template', 'odg-scan', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^ {2}[a-z]{2}-[a-z]{3}-\d:$/gm)).toHaveLength(55);
    expect(r.stdout).toContain("#   unknown = don't know");
  });
});
