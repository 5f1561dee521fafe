import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEvents } from 'js-yaml';
import { excessOf, MAX_ALIASES, MAX_TOKENS, tokenBound } from '../../src/source/prescan.js';

/** What the prescan counts (the parser's events for keys, values and collections), without the early stop. */
function counted(text: string): number {
  return parseEvents(text, {}).filter((event) => event.type !== 1 && event.type !== 6).length;
}

describe('excessOf: what the YAML parser would build, counted before it builds it', () => {
  it('lets the shipped questionnaires and ordinary texts through', () => {
    for (const text of ['id: x\nquestions: [a, b]\n', '', '- - - x\n', 'a: &x 1\nb: *x\n'])
      expect(excessOf(text)).toBeUndefined();
  });

  it('refuses a flow list with more items than the limit, and not one just below it', () => {
    // Each item is one event; the mapping, its key and the list make three more.
    const list = (items: number) => `a: [${'x,'.repeat(items - 1)}x]`;
    const below = MAX_TOKENS - 3;
    expect(counted(list(below))).toBe(MAX_TOKENS);
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

  it('its cheap bound is a bound: never fewer than the events the parser gives', () => {
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
        // A text the parser refuses has no events to count: the reader reports it instead.
        let events: number;
        try {
          events = counted(text);
        } catch {
          return;
        }
        expect(events).toBeLessThanOrEqual(tokenBound(text));
      }),
      { numRuns: 500 },
    );
  });
});
