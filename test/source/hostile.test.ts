import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSource } from '../../src/source/source.js';
import { runCli } from '../helpers/cli.js';
import { fixtureWorkspace, findings } from '../helpers/workspace.js';

const dir = 'test/fixtures/hostile';

describe('hostile and broken files get one clear finding, never a crash or a hang', () => {
  const cases: [file: string, rule: string][] = [
    ['alias-bomb.yaml', 'yaml-alias-bomb'],
    ['deep-nesting.yaml', 'too-deep'],
    ['deep-block.yaml', 'too-deep'],
    ['binary-garbage.yaml', 'not-text'],
    ['empty.yaml', 'empty-file'],
    ['whitespace-only.yaml', 'empty-file'],
    ['scalar.yaml', 'unknown-kind'],
    ['list.yaml', 'unknown-kind'],
    ['two-documents.yaml', 'yaml-syntax'],
  ];
  it.each(cases)('%s → %s', (file, rule) => {
    const checked = fixtureWorkspace().load(`${dir}/${file}`);
    expect(checked.diagnostics.map((d) => d.rule)).toEqual([rule]);
    expect(checked.diagnostics[0]?.severity).toBe('error');
  });

  it('keys such as __proto__ and constructor are unknown keys and pollute nothing', () => {
    expect(findings(fixtureWorkspace(), `${dir}/proto-keys.yaml`)).toEqual([
      '5:1 error unknown-key',
      '6:1 error unknown-key',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a UTF-8 byte-order mark is ignored and columns stay right', () => {
    expect(findings(fixtureWorkspace(), `${dir}/bom.yaml`)).toEqual([]);
    const source = parseSource('bom.yaml', '\uFEFFid: x\nwieght: 1\n');
    expect(source.data).toEqual({ id: 'x', wieght: 1 });
  });

  it('CRLF line endings read the same as LF, with the same positions', () => {
    expect(findings(fixtureWorkspace(), `${dir}/crlf.yaml`)).toEqual([]);
    const lf = fs.readFileSync('test/fixtures/questionnaires/invalid/unknown-key.yaml', 'utf8');
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-crlf-'));
    const crlfFile = path.join(tmp, 'unknown-key.yaml');
    fs.writeFileSync(crlfFile, lf.replace(/\n/g, '\r\n'));
    expect(findings(fixtureWorkspace(), crlfFile)).toEqual(['16:5 error unknown-key']);
  });

  it('lists nested deeper than 64 levels are refused like maps (YAML and JSON alike)', () => {
    const deep = (n: number) => `{"a": ${'['.repeat(n)}${']'.repeat(n)}}`;
    expect(parseSource('d.json', deep(63)).diagnostics).toEqual([]);
    expect(parseSource('d.json', deep(64)).diagnostics.map((d) => d.rule)).toEqual(['too-deep']);
    expect(parseSource('d.yaml', `a: ${'['.repeat(100)}${']'.repeat(100)}`).diagnostics.map((d) => d.rule)).toEqual([
      'too-deep',
    ]);
  });

  it('lone CR line endings (old Mac files) count as line breaks in positions', () => {
    const source = parseSource('cr.yaml', 'id: x\rwieght: 1\r');
    expect(source.data).toEqual({ id: 'x', wieght: 1 });
    expect(source.lineCounter.linePos(source.text.indexOf('wieght'))).toEqual({ line: 2, col: 1 });
  });

  it('a directory given as a file is reported, not read', () => {
    const checked = fixtureWorkspace().load(`${dir}/a-directory.yaml`);
    expect(checked.diagnostics.map((d) => d.rule)).toEqual(['file-unreadable']);
    expect(checked.diagnostics[0]?.message).toContain('is a directory');
  });
});

describe('what the user sees (built CLI)', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-hostile-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('a 50 MB file is refused before it is read, with exit 1 and one line', () => {
    const big = path.join(tmp, 'big.yaml');
    const line = 'key: ' + 'x'.repeat(1019) + '\n';
    fs.writeFileSync(big, line.repeat(50 * 1024));
    const result = runCli(['validate', big]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('error file-too-large file is larger than 5 MB (50.0 MB)');
    expect(result.stderr).toBe('');
  });

  it.each(['alias-bomb.yaml', 'deep-nesting.yaml', 'binary-garbage.yaml', 'empty.yaml', 'proto-keys.yaml'])(
    'validate %s: exit 1, findings on stdout, no stack trace',
    (file) => {
      const result = runCli(['validate', `${dir}/${file}`]);
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/: error [a-z-]+ /);
      expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
    },
  );

  it('show on a directory: one line on stderr, exit 2', () => {
    const result = runCli(['show', `${dir}/a-directory.yaml`]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('is a directory');
  });
});
