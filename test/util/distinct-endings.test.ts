import { describe, expect, it } from 'vitest';
import { distinctEndings } from '../../src/util/text.js';

describe('distinctEndings', () => {
  it('leaves out the words a text shares with the text before or after it, whichever shares more', () => {
    expect(
      distinctEndings([
        'To what extent does data analytics demonstrably contribute to policy goals?',
        'To what extent does data analytics help the municipality organise its operations?',
        'To what extent does the organisation steer on data?',
        'Is there a data register?',
      ]),
    ).toEqual([
      '…demonstrably contribute to policy goals?',
      '…help the municipality organise its operations?',
      '…the organisation steer on data?',
      'Is there a data register?',
    ]);
  });

  it('keeps a text whole that shares no first word, or nothing but its words, and a text alone', () => {
    expect(distinctEndings(['Is er een visie?', 'Is er een visie?', 'Wordt er gestuurd?'])).toEqual([
      'Is er een visie?',
      'Is er een visie?',
      'Wordt er gestuurd?',
    ]);
    expect(distinctEndings(['In hoeverre   wordt\ngestuurd?'])).toEqual(['In hoeverre wordt gestuurd?']);
    expect(distinctEndings([])).toEqual([]);
  });
});
