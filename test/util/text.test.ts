import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { visibleLength } from '../../src/util/text.js';

describe('visibleLength', () => {
  it('is what string-width says, for Latin-1 texts (counted quickly) and any other', () => {
    const latin1 = fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)) });
    const anything = fc.string({ unit: 'grapheme' });
    const escapes = fc.constantFrom('\u001b[1m', '\u001b[0m', '\u00ad', '\u0301', '\u200b', '😀', '表');
    const mixed = fc.array(fc.oneof(latin1, anything, escapes)).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(latin1, anything, mixed), (text) => {
        expect(visibleLength(text)).toBe(stringWidth(text));
      }),
      { numRuns: 2000 },
    );
  });
});
