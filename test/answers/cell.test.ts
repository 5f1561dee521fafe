import { describe, expect, it } from 'vitest';
import { answerFromCell, normaliseText } from '../../src/answers/cell.js';
import { tinyScan } from '../scoring/load.js';

const q = tinyScan();
const question = q.questions[0]!.id;

describe('normaliseText', () => {
  it('ignores case, runs of white space, leading numbering and a trailing ? or :', () => {
    expect(normaliseText('  12. In hoeverre   WORDT data gebruikt? ')).toBe('in hoeverre wordt data gebruikt');
    expect(normaliseText('3) Rol:')).toBe('rol');
    expect(normaliseText('Op meerdere\nplekken')).toBe('op meerdere plekken');
  });
});

describe('answerFromCell', () => {
  it('reads an option value, with a decimal point or comma', () => {
    expect(answerFromCell(q, question, ' 3 ')).toBe(3);
    expect(answerFromCell(q, question, '2,5')).toBe(2.5);
  });

  it("reads an option's label in any of the questionnaire's languages, however it is cased or spaced", () => {
    expect(answerFromCell(q, question, 'Op meerdere plekken')).toBe(3);
    expect(answerFromCell(q, question, 'in several  PLACES')).toBe(3);
    expect(answerFromCell(q, question, 'nog niet')).toBe(1);
  });

  it("reads the words for don't know and not applicable in Dutch and English", () => {
    for (const word of ['?', 'Weet niet', "Don't know", 'unknown'])
      expect(answerFromCell(q, question, word)).toBe('unknown');
    for (const word of ['n.v.t.', 'NVT', 'n/a', 'Not applicable', 'Niet van toepassing'])
      expect(answerFromCell(q, question, word)).toBe('not-applicable');
  });

  it('gives an empty cell as no answer and other text as invalid, as written', () => {
    expect(answerFromCell(q, question, '   ')).toBeUndefined();
    expect(answerFromCell(q, question, 'Soms ')).toEqual({ invalid: 'Soms' });
    expect(answerFromCell(q, question, '1,2,3')).toEqual({ invalid: '1,2,3' });
  });
});
