import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from '../../src/util/suggest.js';

describe('did you mean', () => {
  it('counts a swap of two neighbouring letters as one edit, like an insertion, deletion or substitution', () => {
    expect(editDistance('vaule', 'value')).toBe(1);
    expect(editDistance('wieght', 'weight')).toBe(1);
    expect(editDistance('note', 'nota')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
  });

  it('suggests the closest candidate only when it is a plausible typo', () => {
    expect(closest('vaule', ['value', 'note'])).toBe('value');
    expect(closest('qs-pw-ef', ['qs-pw-eff', 'qs-pw-efc'])).toBe('qs-pw-eff');
    expect(closest('colour', ['value', 'note'])).toBeUndefined();
    expect(didYouMean('vaule', ['value'])).toBe(' — did you mean `value`?');
    expect(didYouMean('zzz', ['value'])).toBe('');
  });

  it('gives no hint for a word longer than any id or text a hint is for', () => {
    const long = 'q'.repeat(1001);
    expect(closest(long, [long.slice(1)])).toBeUndefined();
    expect(closest(long.slice(1), [long.slice(2)])).toBe(long.slice(2));
  });
});
