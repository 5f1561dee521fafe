import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CST, Lexer } from 'yaml';
import { excessOf, MAX_ALIASES, MAX_TOKENS, tokenBound } from '../../src/source/prescan.js';

/** What the prescan counts, counted without the early stop. */
function counted(text: string): number {
  const types = new Set(['scalar', 'single-quoted-scalar', 'double-quoted-scalar', 'alias', 'flow-map-start']);
  for (const t of ['flow-seq-start', 'seq-item-ind', 'explicit-key-ind', 'map-value-ind', 'comma']) types.add(t);
  let n = 0;
  for (const token of new Lexer().lex(text)) if (types.has(CST.tokenType(token) ?? '')) n++;
  return n;
}

describe('excessOf: what the YAML parser would build, counted before it builds it', () => {
  it('lets the shipped questionnaires and ordinary texts through', () => {
    for (const text of ['id: x\nquestions: [a, b]\n', '', '- - - x\n', 'a: &x 1\nb: *x\n'])
      expect(excessOf(text)).toBeUndefined();
  });

  it('refuses a flow list with more items than the limit, and not one just below it', () => {
    // Each item is a scalar and a comma: two tokens; the brackets and the key make three more.
    const list = (items: number) => `a: [${'x,'.repeat(items - 1)}x]`;
    const below = (MAX_TOKENS - 4) / 2;
    expect(counted(list(below))).toBeLessThanOrEqual(MAX_TOKENS);
    expect(excessOf(list(below))).toBeUndefined();
    expect(excessOf(list(below + 10))).toBe('tokens');
  });

  it('counts items that are empty (`-` and `:` with nothing after them)', () => {
    expect(excessOf('-\n'.repeat(MAX_TOKENS + 1))).toBe('tokens');
    expect(excessOf(`{${':,'.repeat(MAX_TOKENS / 2 + 1)}}`)).toBe('tokens');
  });

  it('refuses more aliases than the limit, and not stars in texts', () => {
    expect(excessOf(`a: &a x\nb: [${'*a,'.repeat(MAX_ALIASES)}*a]`)).toBe('aliases');
    expect(excessOf(`a: &a x\nb: [${'*a,'.repeat(MAX_ALIASES - 1)}*a]`)).toBeUndefined();
    expect(excessOf(`a: "${'*'.repeat(MAX_ALIASES * 2)}"`)).toBeUndefined();
  });

  it('its cheap bound is a bound: never fewer than the tokens the lexer counts', () => {
    const pieces = fc.constantFrom(
      'a',
      ': ',
      '- ',
      '? ',
      ',',
      '[',
      ']',
      '{',
      '}',
      '\n',
      '  ',
      '"x"',
      "'y'",
      '*a',
      '&a ',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 4 })), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expect(counted(text)).toBeLessThanOrEqual(tokenBound(text));
      }),
      { numRuns: 500 },
    );
  });
});
