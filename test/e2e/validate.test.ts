import { Ajv } from 'ajv';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

const invalid = (name: string) => fixture('questionnaires', 'invalid', name);

describe('datascan validate (built CLI)', () => {
  it('with no path checks the shipped questionnaires and exits 0', () => {
    const result = runCli(['validate']);
    // The questionnaire, the quickscan and their model, and the two files of questionnaires/tests/.
    expect(result.stdout).toBe('5 files checked: 0 errors, 0 warnings\n');
    expect(result.code).toBe(0);
  });

  it('prints path:line:column: severity rule message and exits 1 on errors', () => {
    const result = runCli(['validate', invalid('unknown-key.yaml')]);
    expect(result.stdout.split('\n')[0]).toBe(
      `${invalid('unknown-key.yaml')}:16:5: error unknown-key unknown key \`wieght\` in item 1 of \`dimensions\` — did you mean \`weight\`?`,
    );
    expect(result.code).toBe(1);
  });

  it('warnings alone exit 0, and 1 with --strict, which shows and reports them as errors', () => {
    const file = invalid('missing-translation.yaml');
    const loose = runCli(['validate', file]);
    expect(loose.code).toBe(0);
    expect(loose.stdout).toMatch(/: warning missing-translation /);
    const strict = runCli(['validate', '--strict', file]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/: error missing-translation /);
    expect(strict.stdout).not.toContain(': warning ');
    expect(runCli(['validate', '--strict', '--format', 'github', file]).stdout).toMatch(/^::error /m);
    const sarif = JSON.parse(runCli(['validate', '--strict', '--format', 'sarif', file]).stdout) as {
      runs: { results: { level: string }[] }[];
    };
    expect(sarif.runs[0]!.results.map((r) => r.level)).not.toContain('warning');
  });

  it('reports several files, sorted by file and position', () => {
    const result = runCli(['validate', invalid('unresolved-subdimension.yaml'), invalid('bad-id.yaml')]);
    const places = result.stdout
      .trim()
      .split('\n')
      .slice(0, -1)
      .map((l) => l.split(': ')[0]);
    expect(places).toEqual([
      `${invalid('bad-id.yaml')}:22:9`,
      `${invalid('unresolved-subdimension.yaml')}:17:13`,
      `${invalid('unresolved-subdimension.yaml')}:25:19`,
    ]);
  });

  it('--format json gives one object per finding with the documented keys', () => {
    const result = runCli(['validate', '--format', 'json', invalid('duplicate-id.yaml')]);
    expect(JSON.parse(result.stdout)).toEqual([
      {
        file: invalid('duplicate-id.yaml'),
        line: 26,
        column: 9,
        endLine: 26,
        endColumn: 11,
        severity: 'error',
        rule: 'duplicate-id',
        message: 'question id `q1` is used twice (first on line 22)',
        args: { id: 'q1' },
      },
    ]);
    expect(result.code).toBe(1);
  });

  it('--format github prints workflow commands', () => {
    const result = runCli(['validate', '--format', 'github', invalid('weight-zero.yaml')]);
    expect(result.stdout).toBe(
      `::error file=${invalid('weight-zero.yaml')},line=16,col=13,endLine=16,endColumn=14,title=invalid-value::\`weight\` must be a number greater than 0\n`,
    );
  });

  it('--format sarif is SARIF 2.1.0 with the finding and its region', () => {
    const result = runCli(['validate', '--format', 'sarif', invalid('level-order.yaml')]);
    const log = JSON.parse(result.stdout);
    expect(log.version).toBe('2.1.0');
    const [run] = log.runs;
    expect(run.tool.driver.name).toBe('datascan');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['level-order']);
    expect(run.results).toHaveLength(1);
    expect(run.results[0].ruleId).toBe('level-order');
    expect(run.results[0].level).toBe('error');
    expect(run.results[0].locations[0].physicalLocation.region).toMatchObject({ startLine: 7, startColumn: 49 });
  });

  it('a path that does not exist is a usage error (exit 2), one line on stderr', () => {
    const result = runCli(['validate', 'no/such/file.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('datascan: no such file or folder: no/such/file.yaml\n');
  });

  it('an unknown option or format is a usage error (exit 2)', () => {
    expect(runCli(['validate', '--bogus']).code).toBe(2);
    const result = runCli(['validate', '--format', 'xml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("argument 'xml' is invalid");
  });

  it('NO_COLOR output has no escape codes; FORCE_COLOR colours it', () => {
    expect(runCli(['validate', invalid('bad-id.yaml')]).stdout).not.toContain('\u001b[');
    expect(
      runCli(['validate', invalid('bad-id.yaml')], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout,
    ).toContain('\u001b[');
  });
});

describe('help, version, list and show (built CLI)', () => {
  it('--version prints the package version', () => {
    const version = JSON.parse(fs.readFileSync('package.json', 'utf8')).version;
    for (const flag of ['--version', '-V']) {
      const result = runCli([flag]);
      expect(result.stdout).toBe(`${version}\n`);
      expect(result.code).toBe(0);
    }
  });

  it('--help lists the commands; each command has help with examples', () => {
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['validate', 'list', 'show']) {
      expect(help.stdout).toContain(command);
      const sub = runCli([command, '--help']);
      expect(sub.code).toBe(0);
      expect(sub.stdout).toContain('Examples:');
      expect(sub.stdout).toContain(`$ datascan ${command}`);
    }
  });

  it('list shows the shipped questionnaires with their counts', () => {
    const result = runCli(['list', '--format', 'json']);
    const rows = JSON.parse(result.stdout) as {
      id: string;
      dimensions: number;
      subdimensions: number;
      questions: number;
    }[];
    expect(rows.map((r) => [r.id, r.dimensions, r.subdimensions, r.questions])).toEqual([
      ['odg-quickscan', 4, 17, 17],
      ['odg-scan', 4, 17, 55],
    ]);
    expect(runCli(['list']).stdout).toMatch(/odg-scan\s+│ 1\.1\.0/);
  });

  it('list --dir adds questionnaires from a folder', () => {
    const rows = JSON.parse(
      runCli(['list', '--format', 'json', '--dir', fixture('questionnaires', 'valid')]).stdout,
    ) as { id: string }[];
    expect(rows.map((r) => r.id)).toEqual(['mini', 'samm-lite', 'odg-quickscan', 'odg-scan']);
  });

  it('show prints the structure as a table, in the language asked for', () => {
    const result = runCli(['show', 'odg-quickscan', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Data-Driven Municipality Quickscan');
    expect(result.stdout).toMatch(/Data quality\s+│ datakwaliteit\s+│\s+1 │\s+1 │/);
  });

  it('show --format json prints the merged questionnaire, valid against the schema', () => {
    const result = runCli(['show', 'odg-scan', '--format', 'json']);
    const merged = JSON.parse(result.stdout);
    const validate = new Ajv({ strict: false }).compile(
      JSON.parse(fs.readFileSync('schemas/questionnaire.schema.json', 'utf8')),
    );
    expect(validate(merged), JSON.stringify(validate.errors)).toBe(true);
    expect(merged.levels).toHaveLength(4);
    expect(merged.questions).toHaveLength(55);
    expect(merged.model).toBeUndefined();
    // The model's word for its levels travels with the merged questionnaire.
    expect(merged.levelTerm).toEqual({ singular: { nl: 'fase', en: 'phase' }, plural: { nl: 'fasen', en: 'phases' } });
  });

  it('show on an unknown id exits 1 with the known ids', () => {
    const result = runCli(['show', 'odg-scna']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('unknown questionnaire `odg-scna`');
  });
});
