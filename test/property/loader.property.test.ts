/**
 * The loader never throws, never hangs, and every finding points inside the file, whatever text
 * it is given: random YAML-ish text, and random mutations of the shipped questionnaires.
 */
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { nodeHost } from '../../src/node/file-host.js';
import { Workspace } from '../../src/workspace/workspace.js';

const model = fs.readFileSync('questionnaires/odg-model.yaml', 'utf8');
const quickscan = fs.readFileSync('questionnaires/odg-quickscan.yaml', 'utf8');

/** Checks one text as the file `input.yaml` (or `.json`), with the shipped model and quickscan beside it. */
function check(text: string, file = 'input.yaml'): Diagnostic[] {
  const files: Record<string, string> = { [file]: text, 'odg-model.yaml': model, 'odg-quickscan.yaml': quickscan };
  const workspace = new Workspace({
    read: (file) =>
      file in files ? { text: files[file] as string } : { error: `file not found: ${file}`, code: 'not-found' },
  });
  return workspace.load(file).diagnostics.filter((d) => d.file === file);
}

function expectInside(text: string, findings: Diagnostic[]): void {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (const d of findings) {
    if (d.line === 0) continue; // about the file as a whole
    expect(d.line, d.message).toBeGreaterThanOrEqual(1);
    expect(d.line, d.message).toBeLessThanOrEqual(lines.length);
    expect(d.column, d.message).toBeGreaterThanOrEqual(1);
    expect(d.column, d.message).toBeLessThanOrEqual((lines[d.line - 1]?.length ?? 0) + 1);
    expect(d.message.length).toBeGreaterThan(0);
  }
}

/** YAML-like text: keys, indentation, flow collections, anchors, quotes and odd characters. */
const yamlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'id: ',
        'questions:',
        'levels:',
        '  - ',
        '    ',
        ': ',
        '[',
        ']',
        '{',
        '}',
        ',',
        '&a ',
        '*a',
        '"',
        "'",
        '#',
        '\n',
        '\t',
        '---\n',
        '? ',
        '|\n',
        '>-\n',
        'yes',
        '__proto__: ',
        '\r\n',
      ),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 6 }),
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

describe('loader properties', () => {
  it('random YAML-like text: no throw, findings inside the file', () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        expectInside(text, check(text));
      }),
      // Counterexamples found earlier (a lone CR; an error at the very end of an unfinished line; an
      // error the parser puts between the CR and LF of a line end).
      { numRuns: 400, examples: [['\rid: id: '], ['{[]>-\n$'], ['{[}\r\n']] },
    );
  });

  it('the quickscan truncated at any byte: no throw, findings inside the file', () => {
    const bytes = Buffer.from(quickscan);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bytes.length }), (cut) => {
        const text = bytes.subarray(0, cut).toString('utf8');
        expectInside(text, check(text));
      }),
      { numRuns: 150 },
    );
  });

  /** Structural mutations of the parsed quickscan, written back as YAML. */
  const mutation = fc.record({
    kind: fc.constantFrom('delete', 'retype', 'duplicate', 'unicode'),
    pick: fc.nat(),
    value: fc.oneof(
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.nat(), { maxLength: 3 }),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
    ),
  });

  function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
    if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => paths(v, [...at, i]))];
    if (value && typeof value === 'object')
      return [at, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))];
    return [at];
  }

  it('mutated questionnaires (deleted keys, swapped types, duplicated ids, unicode): no throw, findings inside', () => {
    const original = parse(quickscan) as Record<string, unknown>;
    const all = paths(original).filter((p) => p.length > 0);
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const data = structuredClone(original);
        for (const m of mutations) {
          const target = all[m.pick % all.length] as (string | number)[];
          const parent = target
            .slice(0, -1)
            .reduce<unknown>((o, k) => (o as Record<string | number, unknown> | undefined)?.[k], data) as
            Record<string | number, unknown> | undefined;
          if (!parent || typeof parent !== 'object') continue;
          const key = target[target.length - 1] as string | number;
          if (m.kind === 'delete') {
            if (Array.isArray(parent)) parent.splice(Number(key), 1);
            else delete parent[key];
          } else if (m.kind === 'retype') {
            parent[key] = m.value;
          } else if (m.kind === 'duplicate' && Array.isArray(parent)) {
            parent.push(structuredClone(parent[Number(key)]));
          } else if (m.kind === 'unicode') {
            parent[key] = String(m.value);
          }
        }
        const text = stringify(data);
        expectInside(text, check(text));
      }),
      { numRuns: 200 },
    );
  });
});

/**
 * Large inputs of pathological shapes: whatever work the loader does must grow in step with the
 * text. Two quadratic steps were found this way (a search that rescanned the rest of a JSON file
 * after every string; the YAML library's duplicate-key check, which compared every key with every
 * earlier one: 100,000 keys took over three minutes). Linear, each input takes a second or two even
 * on a slow machine; quadratic, far longer than the limit below, which is there to end a hang, not
 * to measure speed. (A million short strings on the JSON fast path: test/source/json-fast-path.)
 */
/** An answer file to the quickscan beside it, with these lines after its first. */
function answerFile(lines: string[]): string {
  return ['questionnaire: ./odg-quickscan.yaml', ...(lines[0] === 'answers:' ? [] : ['answers: {}']), ...lines].join(
    '\n',
  );
}

describe('answer files with values of YAML types and keys that no datascan file has', () => {
  const base = [
    'questionnaire: ./odg-quickscan.yaml',
    'version: 1.0.0',
    'organisation: Gemeente Test',
    'respondent: {name: A, role: B}',
    'date: "2026-11-28"',
    'targets: {publieke-waarde: 3}',
    'answers:',
    '  qs-pw-eff: 1',
    '  qs-pw-efc: {value: 2, note: x}',
  ];
  const typed = fc.constantFrom(
    '!!omap [{a: 1}]',
    '!!set {a, b}',
    '!!pairs [{a: 1}]',
    '!!binary aGVsbG8=',
    '!!timestamp 2025-01-01',
    '!!set {}',
    '!!omap []',
  );

  it('a typed value anywhere: one wrong-type finding, inside the file, and no other', () => {
    fc.assert(
      fc.property(typed, fc.integer({ min: 1, max: base.length - 1 }), (value, line) => {
        const lines = [...base];
        const [key] = (lines[line] as string).split(':');
        // `answers` takes the place of its entries too.
        lines.splice(line, key === 'answers' ? lines.length : 1, `${key}: ${value}`);
        const text = lines.join('\n');
        const findings = check(text);
        expect(findings.map((d) => [d.rule, d.line])).toEqual([['wrong-type', line + 1]]);
        expectInside(text, findings);
      }),
      { numRuns: 100 },
    );
  });

  it('a list or mapping as a key anywhere: one invalid-key finding, inside the file, and no other', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('[a, b]', '{a: 1}', '[]'),
        fc.integer({ min: 0, max: base.length - 1 }),
        (key, line) => {
          const lines = [...base];
          // After `answers:` and its entries, as one of them.
          const indent = line >= base.indexOf('answers:') ? '  ' : '';
          lines.splice(line + 1, 0, `${indent}? ${key}`, `${indent}: 1`);
          const text = lines.join('\n');
          const findings = check(text);
          expect(findings.map((d) => [d.rule, d.line])).toEqual([['invalid-key', line + 2]]);
          expectInside(text, findings);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('loader on large inputs', () => {
  const many = (unit: string, bytes: number) => unit.repeat(Math.floor(bytes / unit.length));
  const shapes: [string, string][] = [
    ['JSON: strings full of colons and escapes', `{"a":[${many('"k:\\\\\\":v",', 4_000_000)}"x"]}`],
    ['JSON: a hundred thousand keys', `{${Array.from({ length: 100_000 }, (_, i) => `"k${i}":${i}`).join(',')}}`],
    ['JSON: one long string', `{"a":"${'x'.repeat(4_000_000)}"}`],
    ['YAML: fifty thousand keys', Array.from({ length: 50_000 }, (_, i) => `k${i}: v${i}`).join('\n')],
    [
      'YAML: fifty thousand keys, the last one twice',
      `${Array.from({ length: 50_000 }, (_, i) => `k${i}: v${i}`).join('\n')}\nk49999: again`,
    ],
    ['YAML: a long flow list', `a: [${many('x, ', 1_000_000)}x]`],
    ['YAML: a 5 MB flow list', `a: [${many('x, ', 5_000_000)}x]`],
    ['YAML: 5 MB of aliases', `a: &a x\nb: [${many('*a, ', 5_000_000)}*a]`],
    ['YAML: one long line with a syntax error at its end', `a: ${'x'.repeat(1_000_000)}: b: c`],
    ['YAML answers: 60,000 unknown keys', answerFile(Array.from({ length: 60_000 }, (_, i) => `unknown-${i}: 1`))],
    [
      'YAML answers: 60,000 answers to questions that do not exist',
      answerFile(['answers:', ...Array.from({ length: 60_000 }, (_, i) => `  no-such-question-${i}: 1`)]),
    ],
    [
      'YAML answers: 40,000 answers of the wrong form',
      answerFile(['answers:', ...Array.from({ length: 40_000 }, (_, i) => `  q-${i}: yes`)]),
    ],
    [
      'YAML answers: 20,000 tagged values',
      answerFile(['answers:', ...Array.from({ length: 20_000 }, (_, i) => `  q-${i}: !!set {a}`)]),
    ],
    [
      'YAML answers: 30,000 keys that are lists',
      answerFile(['answers:', ...Array.from({ length: 30_000 }, (_, i) => `  [q, ${i}]: 1`)]),
    ],
    // All different: the schema's check that none is given twice compared each with every other.
    [
      'YAML: a questionnaire of 90,000 languages',
      `id: x\nquestions: []\nlanguages: [${Array.from({ length: 90_000 }, (_, i) => `nl-a${i}`).join(', ')}]`,
    ],
  ];
  it.each(shapes)(
    '%s: no throw, at most 101 findings, inside the file',
    (_name, text) => {
      const findings = check(text);
      expect(findings.length).toBeLessThanOrEqual(101);
      expectInside(text, findings);
    },
    15_000,
  );

  it('JSON answers: 100,000 answers of the wrong form, and as many unknown keys: a hundred findings and a count', () => {
    const answers = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`q-${i}`, 'yes']));
    const keys = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`unknown-${i}`, 1]));
    for (const data of [{ answers }, { answers: {}, ...keys }]) {
      const findings = check(JSON.stringify({ questionnaire: './odg-quickscan.yaml', ...data }), 'input.json');
      expect(findings).toHaveLength(101);
      expect(findings[100]?.message).toMatch(/^… and 99,900 more findings/);
    }
  }, 30_000);

  it('a duplicate key among fifty thousand is found, at its line', () => {
    const text = `${Array.from({ length: 50_000 }, (_, i) => `k${i}: v${i}`).join('\n')}\nk123: again`;
    expect(
      check(text)
        .filter((d) => d.rule === 'duplicate-key')
        .map((d) => `${d.line}:${d.column} ${d.message}`),
    ).toEqual(['50001:1 duplicate key `k123`: the later value would silently replace the earlier one']);
  }, 15_000);
});

describe('loader on special files named inside files', () => {
  // Real files on disk, read by the CLI's own host: a FIFO nobody writes, devices that never end or
  // read the keyboard, a folder. Referenced from anywhere (as with --allow-outside), each must give
  // a finding at once, never a hang or a throw.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-special-'));
  const fifo = path.join(dir, 'fifo.yaml');
  execFileSync('mkfifo', [fifo]);
  fs.mkdirSync(path.join(dir, 'folder.yaml'));
  const targets = [fifo, '/dev/zero', '/dev/null', '/dev/tty', path.join(dir, 'folder.yaml')];
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('any special file as an answer file’s questionnaire or a questionnaire’s model: findings, no hang', () => {
    fc.assert(
      fc.property(fc.constantFrom(...targets), fc.boolean(), (target, asModel) => {
        const file = path.join(dir, asModel ? 'scan.yaml' : 'answers.yaml');
        const text = asModel
          ? `id: s\nversion: 1.0.0\ntitle: S\nlanguages: [en]\nmodel: ${JSON.stringify(target)}\nquestions: [{id: q, text: Q, scale: x, dimension: d}]\n`
          : `questionnaire: ${JSON.stringify(target)}\nanswers: {q: 1}\n`;
        fs.writeFileSync(file, text);
        const workspace = new Workspace(nodeHost, new Map(), undefined, { referencesAnywhere: true });
        const findings = workspace.load(file).diagnostics.filter((d) => d.file === file);
        expect(findings.map((d) => d.rule)).toEqual([asModel ? 'invalid-model' : 'unknown-questionnaire']);
        expectInside(text, findings);
      }),
      { numRuns: 30 },
    );
  }, 15_000);
});
