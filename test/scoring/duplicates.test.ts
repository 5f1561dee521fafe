import { describe, expect, it } from 'vitest';
import { likelyDuplicates } from '../../src/scoring/duplicates.js';
import { answers } from './load.js';

const named = (source: string, name: string | undefined, values: Parameters<typeof answers>[1]) =>
  answers(source, values, name === undefined ? {} : { respondent: { name, role: 'analist' } });

describe('likelyDuplicates', () => {
  it('pairs a set with the earlier one of the same name and answers, whatever the case and spacing of the name', () => {
    const a = named('a.yaml', 'Anna de Vries', { 'a1-1': 2, 'b-1': 'unknown' });
    const b = named('b.yaml', 'Piet', { 'a1-1': 2, 'b-1': 'unknown' });
    const copy = named('kopie.yaml', ' anna  DE vries ', { 'b-1': 'unknown', 'a1-1': 2 });
    const again = named('kopie2.yaml', 'Anna de Vries', { 'a1-1': 2, 'b-1': 'unknown' });
    expect(likelyDuplicates([a, b, copy, again])).toEqual([
      { first: a, copy },
      { first: a, copy: again },
    ]);
  });

  it('compares the values given, not the notes', () => {
    const a = named('a.yaml', 'Anna', { 'a1-1': { value: 2, note: 'eerste keer' } });
    const b = named('b.yaml', 'Anna', {
      'a1-1': { value: 2, note: 'anders verwoord' },
      'b-1': { note: 'geen waarde' },
    });
    expect(likelyDuplicates([a, b])).toEqual([{ first: a, copy: b }]);
  });

  it('does not pair the same name with other answers, or answers without a name', () => {
    const a = named('a.yaml', 'Anna', { 'a1-1': 2 });
    expect(likelyDuplicates([a, named('b.yaml', 'Anna', { 'a1-1': 3 })])).toEqual([]);
    expect(likelyDuplicates([a, named('b.yaml', 'Anna', { 'a1-1': 2, 'b-1': 1 })])).toEqual([]);
    expect(
      likelyDuplicates([named('a.yaml', undefined, { 'a1-1': 2 }), named('b.yaml', undefined, { 'a1-1': 2 })]),
    ).toEqual([]);
    expect(likelyDuplicates([named('a.yaml', ' ', { 'a1-1': 2 }), named('b.yaml', '', { 'a1-1': 2 })])).toEqual([]);
  });
});
