/** JSON read with JSON.parse must give what the YAML parser gives: the same data, the same findings. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSource, parseSourceQuickly, readPlainJson } from '../../src/source/source.js';
import { fixtureWorkspace, findings } from '../helpers/workspace.js';

const compare = (text: string) => {
  const slow = parseSource('x.json', text);
  const quick = parseSourceQuickly('x.json', text);
  expect(quick.data).toEqual(slow.data);
  expect(quick.diagnostics).toEqual(slow.diagnostics);
};

describe('the JSON fast path', () => {
  it('reads random JSON objects exactly as the YAML parser does', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 4 })), (object) => {
        compare(JSON.stringify(object));
        compare(JSON.stringify(object, null, 2));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves duplicate keys, deep nesting, broken JSON and a byte-order mark to the YAML parser', () => {
    for (const text of [
      '{"a": 1, "a": 2}',
      '{"a": {"b": 1, "b\\u0000": 2, "\\u0062": 3}}',
      `{"a": ${'['.repeat(70)}${']'.repeat(70)}}`,
      '\uFEFF{"a": "b"}',
      '{"a": "\\u0000"}',
    ]) {
      compare(text);
    }
    expect(parseSourceQuickly('x.json', '{"a": 1, "a": 2}').diagnostics.map((d) => d.rule)).toEqual(['duplicate-key']);
  });

  it('leaves a duplicated key anywhere in random JSON to the YAML parser', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 }), { minKeys: 1 }),
        fc.jsonValue({ maxDepth: 2 }),
        fc.nat(),
        (object, value, pick) => {
          const keys = Object.keys(object);
          const key = keys[pick % keys.length] ?? '';
          const text = `${JSON.stringify(object).slice(0, -1)},${JSON.stringify(key)}:${JSON.stringify(value)}}`;
          compare(text);
          expect(parseSourceQuickly('x.json', text).diagnostics.map((d) => d.rule)).toContain('duplicate-key');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('leaves a key duplicated inside a nested object to the YAML parser', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1 }),
        fc.array(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 3 }),
        fc.nat(),
        (inner, path, pick) => {
          const keys = Object.keys(inner);
          const key = keys[pick % keys.length] ?? '';
          const duplicated = `${JSON.stringify(inner).slice(0, -1)},${JSON.stringify(key)}:null}`;
          // Nest the object with the duplicate under `path`, inside a list at the top.
          const text = path.reduceRight((acc, segment) => `{${JSON.stringify(segment)}:${acc}}`, duplicated);
          const wrapped = `{"list":[1,${text}]}`;
          compare(wrapped);
          expect(parseSourceQuickly('x.json', wrapped).diagnostics.map((d) => d.rule)).toContain('duplicate-key');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads a file of a million short strings on the fast path', () => {
    const text = `{"a":[${Array.from({ length: 1_000_000 }, () => '"x"').join(',')}]}`;
    expect(readPlainJson('x.json', text)).toBeDefined();
    const quick = parseSourceQuickly('x.json', text);
    expect((quick.data as { a: string[] }).a).toHaveLength(1_000_000);
  });

  it('names a duplicated key by its value, however it is quoted', () => {
    expect(parseSourceQuickly('x.json', '{"a:b": 1, "a:b": 2}').diagnostics.map((d) => d.message)).toEqual([
      'duplicate key `a:b`: the later value would silently replace the earlier one',
    ]);
    expect(
      parseSourceQuickly('x.yaml', '\'a b\': 1\n"a b": 2\n').diagnostics.map(
        (d) => `${d.line}:${d.column} ${d.message}`,
      ),
    ).toEqual(['2:1 duplicate key `a b`: the later value would silently replace the earlier one']);
  });

  it('takes the fast path for plain JSON, colons and escaped quotes in strings included', () => {
    const takesFastPath = (text: string) => readPlainJson('x.json', text) !== undefined;
    for (const text of [
      '{"a": "b:c", "d": "e\\\\"}',
      '{"a\\\\": 1, "a": 2, "x": {"a": ["y:", {"a": "\\\\\\":"}]}}',
      '{"a": []}',
    ]) {
      expect(takesFastPath(text)).toBe(true);
      compare(text);
    }
    expect(takesFastPath('{"a": 1, "a": 2}')).toBe(false);
  });

  it('a .json file that YAML reads but JSON does not (trailing comma, comment, unquoted key) is a json-syntax error, where JSON stops', () => {
    const cases: [string, string][] = [
      [
        '{\n  "a": 1,\n}',
        '3:1 json-syntax not valid JSON: Expected double-quoted property name (a .json file must be JSON, not YAML)',
      ],
      ['{a: 1}', "1:2 json-syntax not valid JSON: Expected property name or '}' (a .json file must be JSON, not YAML)"],
      ['answers: {}', "1:1 json-syntax not valid JSON: Unexpected token 'a' (a .json file must be JSON, not YAML)"],
      [
        'questionnaire: odg-scan\nanswers:\n  a: 1\n',
        "1:1 json-syntax not valid JSON: Unexpected token 'q' (a .json file must be JSON, not YAML)",
      ],
    ];
    for (const [text, finding] of cases) {
      const source = parseSourceQuickly('x.json', text);
      expect(source.data).toBeUndefined();
      expect(source.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`)).toEqual([finding]);
      // The same text in a .yaml file is fine.
      expect(parseSourceQuickly('x.yaml', text).diagnostics).toEqual([]);
    }
    // Broken for YAML too: the YAML parser's finding, not a second one.
    const broken = [...new Set(parseSourceQuickly('x.json', '{"a": [1, 2}').diagnostics.map((d) => d.rule))];
    expect(broken).toEqual(['yaml-syntax']);
  });

  it('findings in a JSON answer file still point at line and column', () => {
    expect(findings(fixtureWorkspace(), 'test/fixtures/answers-json/bad-value.json')).toEqual([
      '4:18 error invalid-answer',
    ]);
  });
});
