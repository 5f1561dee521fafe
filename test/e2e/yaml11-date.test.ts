/**
 * The `yaml11-date` warning on the built CLI: `validate` says where an unquoted date is, and what
 * datascan itself writes (here `migrate`, from a file with an unquoted date) has none.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, ROOT, runCli } from '../helpers/cli.js';

const unquoted = fixture('yaml11-date', 'unquoted.yaml');
const warning =
  'warning yaml11-date unquoted `2026-11-28` is read as a date by YAML 1.1 tools (PyYAML, ruamel.yaml), not as text; write `date: "2026-11-28"`';

describe('datascan validate: yaml11-date', () => {
  it('prints the warning at file:line:column and exits 0', () => {
    const result = runCli(['validate', unquoted]);
    expect(result.stdout).toBe(`${unquoted}:3:7: ${warning}\n1 file checked: 0 errors, 1 warning\n`);
    expect(result.code).toBe(0);
  });

  it('with --strict it is an error, and exits 1, as every warning', () => {
    const result = runCli(['validate', '--strict', unquoted]);
    expect(result.stdout).toContain(`${unquoted}:3:7: error yaml11-date `);
    expect(result.code).toBe(1);
  });

  it('is quiet for the same file with its dates quoted', () => {
    const result = runCli(['validate', fixture('yaml11-date', 'quoted.yaml')]);
    expect(result.stdout).toBe('1 file checked: 0 errors, 0 warnings\n');
    expect(result.code).toBe(0);
  });
});

describe('what datascan writes', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-yaml11-date-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('migrate quotes the date a person wrote unquoted, so the new file has no warning', () => {
    fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'migrate'), dir, { recursive: true });
    expect(runCli(['validate', 'answers-1.0.0.yaml'], { cwd: dir }).stdout).toContain(':6:7: warning yaml11-date ');
    expect(runCli(['migrate', 'answers-1.0.0.yaml', '-o', 'migrated.yaml'], { cwd: dir }).code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'migrated.yaml'), 'utf8')).toContain('\ndate: "2025-11-12"\n');
    const result = runCli(['validate', 'migrated.yaml'], { cwd: dir });
    expect(result.stdout).not.toContain('yaml11-date');
    expect(result.code).toBe(0);
  });
});
