import { describe, expect, it } from 'vitest';
import { own } from '../../src/util/own.js';

describe('own', () => {
  it("finds a record's own entries, and nothing a plain object inherits", () => {
    const steps: Record<string, string[]> = { laag: ['a'], constructor: ['b'] };
    expect(own(steps, 'laag')).toEqual(['a']);
    expect(own(steps, 'constructor')).toEqual(['b']);
    for (const inherited of ['toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf'])
      expect(own({} as Record<string, unknown>, inherited)).toBeUndefined();
    expect(own(undefined, 'laag')).toBeUndefined();
  });

  it('finds an own `__proto__` entry, as JSON.parse makes one', () => {
    const parsed = JSON.parse('{"__proto__": 1}') as Record<string, number>;
    expect(own(parsed, '__proto__')).toBe(1);
  });
});
