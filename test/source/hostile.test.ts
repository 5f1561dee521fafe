import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { locate } from '../../src/source/locate.js';
import { parseSource, parseSourceQuickly } from '../../src/source/source.js';
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

describe('values and keys no datascan file has, and files too large to parse', () => {
  const rules = (file: string, text: string) =>
    parseSource(file, text).diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`);

  it.each([
    ['answers: !!omap [{a: 1}, {b: 2}]', '`answers` is an ordered map (`!!omap`)'],
    ['answers: !!set {a, b}', '`answers` is a set (`!!set`)'],
    ['answers: !!pairs [{a: 1}]', '`answers` is a list of pairs (`!!pairs`)'],
    ['answers: !!binary aGVsbG8gd29ybGQ=', '`answers` is binary data (`!!binary`)'],
    ['respondent: !!binary aGVsbG8gd29ybGQ=', '`respondent` is binary data (`!!binary`)'],
    ['languages: [nl, !!set {en}]', 'item 2 of `languages` is a set (`!!set`)'],
  ])('%s: one wrong-type finding, and no data to check further', (text, said) => {
    const source = parseSource('t.yaml', `questionnaire: x\n${text}\n`);
    expect(source.diagnostics.map((d) => [d.line, d.rule])).toEqual([[2, 'wrong-type']]);
    expect(source.diagnostics[0]?.message.startsWith(`${said}, which no datascan file holds: write a plain`)).toBe(
      true,
    );
    expect(source.data).toBeUndefined();
  });

  it('a timestamp, tagged or as YAML 1.1 reads an unquoted date, says to write the date as a text', () => {
    const message =
      '`date` is a timestamp, which no datascan file holds: write a date as a text in quotes, without a tag (`"2026-11-28"`)';
    expect(rules('t.yaml', 'date: !!timestamp 2025-01-01\n')).toEqual([`1:19 wrong-type ${message}`]);
    expect(rules('t.yaml', '%YAML 1.1\n---\ndate: 2025-01-01\n')).toEqual([`3:7 wrong-type ${message}`]);
    // YAML 1.2, as datascan reads files, has no timestamps: an unquoted date is a text.
    expect(parseSource('t.yaml', 'date: 2025-01-01\n').data).toEqual({ date: '2025-01-01' });
  });

  it('a list or mapping as a key is a finding, also through an alias, and the parser warns nobody', async () => {
    const warnings: string[] = [];
    const listen = (w: Error) => warnings.push(w.message);
    process.on('warning', listen);
    try {
      expect(rules('k.yaml', 'answers:\n  ? [a, b]\n  : 1\n  ? {x: 1}\n  : 2\n')).toEqual([
        '2:5 invalid-key a key must be a text or a number, not a list',
        '4:5 invalid-key a key must be a text or a number, not a mapping',
      ]);
      expect(rules('k.yaml', 'a: &k [1]\nb:\n  *k : 1\n').map((r) => r.split(' ')[1])).toEqual(['invalid-key']);
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', listen);
    }
    expect(warnings).toEqual([]);
  });

  it('a YAML text with more keys, values and items than any datascan file is refused before it is parsed', () => {
    const source = parseSource('big.yaml', `a: [${'x, '.repeat(1_000_000)}x]\n`);
    expect(source.diagnostics.map((d) => `${d.rule} ${d.message}`)).toEqual([
      'file-too-large file has more than 200,000 keys, values and list items; no file datascan reads has nearly that many',
    ]);
    expect(source.data).toBeUndefined();
  });

  it('a YAML text with more aliases than anyone writes is refused before it is parsed', () => {
    const source = parseSource('aliases.yaml', `a: &a x\nb: [${'*a, '.repeat(1_000_000)}*a]\n`);
    expect(source.diagnostics.map((d) => d.rule)).toEqual(['yaml-alias-bomb']);
    expect(source.data).toBeUndefined();
  });

  it('a message of the JSON parser quotes no more of the file than the character it stumbled on', () => {
    const text = '{"questionnaire": "x", "password": hunter2-SECRET-VALUE, "answers": {}}';
    const found = parseSourceQuickly('secret.json', text).diagnostics;
    expect(found.map((d) => `${d.rule} ${d.message}`)).toEqual([
      "json-syntax not valid JSON: Unexpected token 'h' (a .json file must be JSON, not YAML)",
    ]);
    const short = parseSourceQuickly('short.json', '{"a": tru}').diagnostics;
    expect(short.map((d) => d.message)).toEqual([
      "not valid JSON: Unexpected token '}' (a .json file must be JSON, not YAML)",
    ]);
  });

  it('a long message of the YAML parser is cut short', () => {
    const found = parseSource('long.yaml', `a: b\n${'x'.repeat(5000)}`).diagnostics;
    for (const d of found) expect(d.message.length).toBeLessThanOrEqual(160);
  });
});

describe('positions in a file of many keys', () => {
  it('every key is found where it is, and of a key given twice the first', () => {
    const keys = Array.from({ length: 30_000 }, (_, i) => `k${i}: ${i}`);
    const source = parseSource('many.yaml', [...keys, 'k5: again'].join('\n'));
    for (const i of [0, 1, 5, 29_999])
      expect(locate(source, [`k${i}`], 'key')).toMatchObject({ line: i + 1, column: 1 });
    expect(locate(source, ['k5'])).toMatchObject({ line: 6, column: 5 });
    expect(locate(source, ['nothing'])).toMatchObject({ line: 1, column: 1 });
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

describe('what js-yaml would build but no datascan file holds', () => {
  const said = (text: string) =>
    parseSource('t.yaml', text).diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`);

  it('a tag no schema has is one wrong-type finding at the value, and no data', () => {
    expect(said('questionnaire: x\nanswers: !python/object {a: 1}\n')).toEqual([
      '2:25 wrong-type unknown tag `!python/object`: datascan files hold only texts, numbers, booleans, lists and mappings, without tags',
    ]);
    expect(parseSource('t.yaml', 'a: !custom x\n').data).toBeUndefined();
    // The tags of plain values are fine, spelled out or through a %TAG directive.
    expect(parseSource('t.yaml', 'a: !!str 1\nb: !<tag:yaml.org,2002:int> "2"\nc: ! 3\n').data).toEqual({
      a: '1',
      b: 2,
      c: '3',
    });
    expect(parseSource('t.yaml', '%TAG !y! tag:yaml.org,2002:\n---\na: !y!str 1\n').data).toEqual({ a: '1' });
  });

  it('an alias inside the list or mapping it names is refused: the data would contain itself', () => {
    expect(said('a: &a [x, *a]\n')).toEqual([
      '1:11 yaml-alias-bomb an alias refers to the list or mapping it is in, so the value would contain itself; refusing to read it',
    ]);
    expect(parseSource('t.yaml', 'a: &a {b: *a}\n').data).toBeUndefined();
    // An alias of a finished node is fine, and shares its value.
    expect(parseSource('t.yaml', 'a: &a [x]\nb: *a\n').data).toEqual({ a: ['x'], b: ['x'] });
  });

  it('aliases that expand to more nodes than any datascan file has are refused, however few they are', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const name of 'bcdef') {
      const prev = String.fromCharCode(name.charCodeAt(0) - 1);
      levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    const source = parseSource('bomb.yaml', `${levels.join('\n')}\n`);
    expect(source.diagnostics.map((d) => d.rule)).toEqual(['yaml-alias-bomb']);
    expect(source.data).toBeUndefined();
    // One level less stays under the limit and is read.
    expect(parseSource('ok.yaml', `${levels.slice(0, 5).join('\n')}\n`).diagnostics).toEqual([]);
  });
});

describe('keys are found by the key the data has', () => {
  it('an empty or ~ key is the key `null`, a number key its number as text, a quoted key its text', () => {
    // Found by the reader's property test: a mutation made `:` a key, whose finding then pointed at the whole file.
    const source = parseSource('k.yaml', 'a: 1\n: 2\n0x1F: 3\n"0x20": 4\n1.50: 5\n');
    expect(source.data).toEqual({ a: 1, null: 2, '31': 3, '0x20': 4, '1.5': 5 });
    const at = (key: string) => {
      const { line, column } = locate(source, [key], 'key');
      return `${line}:${column}`;
    };
    expect([at('null'), at('31'), at('0x20'), at('1.5')]).toEqual(['2:1', '3:1', '4:1', '5:1']);
  });

  it('two keys the data would make one are a duplicate-key finding, however they are written', () => {
    const source = parseSource('k.yaml', 'a:\n  0x1F: 1\n  31: 2\n');
    expect(source.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['3:3 duplicate-key']);
  });
});

describe('an empty value is placed where its pair is written', () => {
  const at = (text: string, path: (string | number)[]) => {
    const { line, column } = locate(parseSource('e.yaml', text), path, 'value');
    return `${line}:${column}`;
  };

  it('after the `:` or `-` that introduced it', () => {
    expect(at('a:\nb: 1\n', ['a'])).toBe('1:3');
    expect(at('a: {x: , y: 1}\n', ['a', 'x'])).toBe('1:8');
    expect(at('a:\n  -\n  - 1\n', ['a', 0])).toBe('2:4');
  });

  it('at its key when the pair has no `:` (found by the reader property on Node 24: it pointed at the comma)', () => {
    expect(at('a: {nl:" Hoog, en: High}\n', ['a', 'nl:" Hoog'])).toBe('1:5');
    expect(at('a: {x\n , y: 1}\n', ['a', 'x'])).toBe('1:5');
    expect(at('a:\n  ? x\n  y: 1\n', ['a', 'x'])).toBe('2:5');
  });
});
