/** `--anonymise` in the core: answer sets numbered in file-name order, names, sources and roles gone, notes by nobody. */
import { describe, expect, it } from 'vitest';
import { anonymiseAnswerSets, compareSources, respondentLabel } from '../../src/scoring/anonymise.js';
import { score } from '../../src/scoring/score.js';
import { answers, tinyScan } from './load.js';

const q = tinyScan();
const anna = answers(
  'team/anna.yaml',
  { 'a1-1': { value: 1, note: 'Alleen bij ons' } },
  {
    respondent: { name: 'Anna', role: 'wethouder' },
  },
);
const bob = answers('team/bob.yaml', { 'a1-1': 4 }, { respondent: { name: 'Bob', role: 'CIO' } });
const row2 = answers('export.csv#row-2', { 'a1-1': 2 });
const row10 = answers('export.csv#row-10', { 'a1-1': 3 });

describe('compareSources', () => {
  it('orders by file name character by character, the rows of one table file by their line as a number', () => {
    const sources = ['team/bob.yaml', 'export.csv#row-10', 'team/anna.yaml', 'export.csv#row-2', 'Zeta.yaml'];
    expect(sources.sort(compareSources)).toEqual([
      'Zeta.yaml',
      'export.csv#row-2',
      'export.csv#row-10',
      'team/anna.yaml',
      'team/bob.yaml',
    ]);
  });
});

describe('anonymiseAnswerSets', () => {
  it('numbers the sets in the order of their sources, keeps the order given, and leaves the answers as they are', () => {
    const out = anonymiseAnswerSets([bob, row10, anna, row2]);
    expect(out.map((s) => s.respondent?.name)).toEqual([
      respondentLabel(4),
      respondentLabel(2),
      respondentLabel(3),
      respondentLabel(1),
    ]);
    expect(out.map((s) => s.source)).toEqual(['Respondent 4', 'Respondent 2', 'Respondent 3', 'Respondent 1']);
    expect(out[2]!.answers).toEqual(anna.answers);
    expect(out[2]!.organisation).toBe(anna.organisation);
  });

  it('drops roles, unless kept', () => {
    expect(anonymiseAnswerSets([anna, bob]).map((s) => s.respondent)).toEqual([
      { name: 'Respondent 1' },
      { name: 'Respondent 2' },
    ]);
    expect(anonymiseAnswerSets([anna, bob], { keepRoles: true }).map((s) => s.respondent)).toEqual([
      { name: 'Respondent 1', role: 'wethouder' },
      { name: 'Respondent 2', role: 'CIO' },
    ]);
  });

  it('leaves no name, role or file name anywhere in the profile scored from them, --explain included; notes by nobody', () => {
    const plain = JSON.stringify(score(q, [anna, bob], { explain: true }));
    for (const word of ['Anna', 'Bob', 'wethouder', 'CIO', 'anna.yaml']) expect(plain).toContain(word);
    const profile = score(q, anonymiseAnswerSets([anna, bob]), { explain: true });
    const text = JSON.stringify(profile);
    for (const word of ['Anna', 'Bob', 'wethouder', 'CIO', 'anna', 'bob']) expect(text).not.toContain(word);
    expect(profile.explanation!.questions[0]!.answers.map((a) => a.respondent)).toEqual([
      'Respondent 1',
      'Respondent 2',
    ]);
    const notes = profile.dimensions.flatMap((d) => d.subdimensions ?? []).flatMap((u) => u.questions ?? []);
    expect(notes.flatMap((x) => x.notes)).toEqual([{ respondent: null, text: 'Alleen bij ons' }]);
  });
});
