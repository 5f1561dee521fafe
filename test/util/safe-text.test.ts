/** Text from files made safe to show: no control or bidi character survives, other text is untouched. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeJson, safeLine, safeStrings, safeText } from '../../src/util/safe-text.js';
import { UNSAFE_CODE_POINTS, unsafeCharacters } from '../helpers/unsafe.js';

/** Any text, with the unsafe characters far more often than chance would give them. */
const anyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...[...UNSAFE_CODE_POINTS].map((c) => String.fromCodePoint(c))),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 60,
});
/** Text with none of them (emoji, accents, right-to-left letters and backslashes included). */
const plainText = fc
  .string({ unit: 'binary', maxLength: 60 })
  .filter((t) => unsafeCharacters(t, { lineBreaks: false }).length === 0);

describe('safeText and safeLine', () => {
  it('write each control and bidi character as a visible \\u{…} escape', () => {
    expect(safeLine('\u001b]0;title\u0007')).toBe('\\u{1b}]0;title\\u{7}');
    expect(safeLine('a\u202eb\u009bc\u007fd')).toBe('a\\u{202e}b\\u{9b}c\\u{7f}d');
    expect(safeLine('a\r\nb\tc')).toBe('a\\u{d}\\u{a}b\\u{9}c');
  });

  it('safeText keeps line feeds and tabs, and nothing else of the set (a carriage return neither)', () => {
    expect(safeText('a\nb\tc\rd\u001b[2J')).toBe('a\nb\tc\\u{d}d\\u{1b}[2J');
  });

  it('never let a control or bidi character through (property)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(unsafeCharacters(safeLine(text), { lineBreaks: false })).toEqual([]);
        expect(unsafeCharacters(safeText(text))).toEqual([]);
      }),
    );
  });

  it('leave text without them as it is (property)', () => {
    fc.assert(
      fc.property(plainText, (text) => {
        expect(safeLine(text)).toBe(text);
        expect(safeText(text)).toBe(text);
      }),
    );
    expect(safeText('Efficiëntie – 2,40 € 🙂 שלום C:\\data\n\tline')).toBe(
      'Efficiëntie – 2,40 € 🙂 שלום C:\\data\n\tline',
    );
  });

  it('are idempotent: a safe text made safe again is the same', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(safeLine(safeLine(text))).toBe(safeLine(text));
      }),
    );
  });
});

describe('safeStrings', () => {
  it('makes every string safe, keys included, and keeps the shape and the other values', () => {
    const data = {
      name: 'A\u001b[31m',
      n: 2,
      ok: true,
      none: null,
      list: ['x', 'y\u202e'],
      nested: { 'k\u0007': 'v' },
    };
    expect(safeStrings(data)).toEqual({
      name: 'A\\u{1b}[31m',
      n: 2,
      ok: true,
      none: null,
      list: ['x', 'y\\u{202e}'],
      nested: { 'k\\u{7}': 'v' },
    });
    expect(data.name).toBe('A\u001b[31m');
  });

  it('returns data with nothing to change as it is, not a copy', () => {
    const clean = { a: 'x', b: [{ c: 'y' }] };
    expect(safeStrings(clean)).toBe(clean);
    const partly = { a: 'x', b: [{ c: 'y' }], d: '\u001b' };
    expect(safeStrings(partly).b).toBe(partly.b);
  });

  it('keeps a `__proto__` key an own key, as parsed', () => {
    const data = JSON.parse('{"__proto__": {"polluted": "\\u001b"}}') as Record<string, unknown>;
    const safe = safeStrings(data);
    expect(Object.keys(safe)).toEqual(['__proto__']);
    expect(Object.getOwnPropertyDescriptor(safe, '__proto__')?.value).toEqual({ polluted: '\\u{1b}' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('leaves no unsafe character in any string of nested data (property)', () => {
    const strings = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : Array.isArray(value)
          ? value.flatMap(strings)
          : value !== null && typeof value === 'object'
            ? Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)])
            : [];
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), anyText, (value, text) => {
        const data = { value, text, list: [text, { [text]: text }] };
        for (const s of strings(safeStrings(data))) expect(unsafeCharacters(s)).toEqual([]);
      }),
    );
  });
});

describe('safeJson', () => {
  it('JSON.stringify escapes the C0 controls itself, but leaves DEL, C1 and bidi raw', () => {
    expect(JSON.stringify('\u001b')).toBe('"\\u001b"');
    expect(JSON.stringify('\u009b\u202e')).toBe('"\u009b\u202e"');
    expect(safeJson(JSON.stringify('\u009b\u202e\u007f'))).toBe('"\\u009b\\u202e\\u007f"');
  });

  it('gives JSON with no unsafe character that reads back as the same value (property)', () => {
    fc.assert(
      fc.property(anyText, fc.jsonValue({ maxDepth: 2 }), (text, value) => {
        const data = { [text]: [text, value] };
        const json = safeJson(JSON.stringify(data, null, 2));
        expect(unsafeCharacters(json)).toEqual([]);
        // What JSON can carry (it has no -0): the same as JSON.stringify read back.
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(data)));
      }),
    );
  });
});
