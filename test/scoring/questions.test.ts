/**
 * The profile's answers per question (`questions` on every unit with questions of its own): counts
 * per option and per answer without one, notes with who wrote them, and the value scoring uses.
 * tiny-scan's scale `phase` has options 1–4 and allows not applicable.
 */
import { describe, expect, it } from 'vitest';
import { normaliseAnswers, type AnswerFile } from '../../src/answers/types.js';
import { score } from '../../src/scoring/score.js';
import { flattenUnits } from '../../src/scoring/profile-units.js';
import type { Profile, QuestionAnswers, UnitProfile } from '../../src/scoring/types.js';
import { answers, gatedGroupsScan, loadQuestionnaire, tinyScan } from './load.js';

const q = tinyScan();

function question(profile: Profile, id: string): QuestionAnswers {
  for (const { unit } of flattenUnits<UnitProfile>(profile.dimensions)) {
    const found = unit.questions?.find((x) => x.id === id);
    if (found) return found;
  }
  throw new Error(`no question ${id}`);
}

const counts = (byValue: Record<string, number>, unknown = 0, notApplicable = 0, unanswered = 0) => ({
  '1': 0,
  '2': 0,
  '3': 0,
  '4': 0,
  ...byValue,
  unknown,
  notApplicable,
  unanswered,
});

const ann = answers(
  'ann.yaml',
  {
    'a1-1': { value: 2, note: 'Only in the pilot team' },
    'a1-2': 3,
    'b-1': { value: 'unknown', note: 'Ask IT' },
    'b-2': 4,
    'g1-1': 'not-applicable',
  },
  { respondent: { name: 'Ann', role: 'CIO' } },
);
const bob = answers('bob.yaml', {
  'a1-1': { value: 4, note: 'Everywhere since 2025' },
  'a1-2': { value: 3, note: '   ' },
  'b-1': 1,
  'b-2': { note: 'No idea what this means' },
});
const cas = answers('cas.yaml', { 'a1-1': 2, 'b-1': 'unknown', 'b-2': 3 }, { respondent: { name: 'Cas' } });

describe('questions in the profile', () => {
  const p = score(q, [ann, bob, cas]);

  it('every unit with questions of its own lists them in questionnaire order; units with units below have none', () => {
    const ids = (id: string) =>
      flattenUnits<UnitProfile>(p.dimensions)
        .find(({ unit }) => unit.id === id)!
        .unit.questions?.map((x) => x.id);
    expect(ids('a-one')).toEqual(['a1-1', 'a1-2']);
    expect(ids('a-two')).toEqual(['a2-1', 'a2-2']);
    // beta is a dimension without subdimensions: it has questions of its own
    expect(ids('beta')).toEqual(['b-1', 'b-2']);
    expect(ids('g-one')).toEqual(['g1-1']);
    expect(ids('alpha')).toBeUndefined();
    expect(ids('gamma')).toBeUndefined();
  });

  it('counts respondents per option (every option, zeros included) and per don’t know, not applicable and no answer', () => {
    expect(question(p, 'a1-1').counts).toEqual(counts({ '2': 2, '4': 1 }));
    expect(question(p, 'b-1').counts).toEqual(counts({ '1': 1 }, 2));
    // bob wrote a note but gave no answer: unanswered
    expect(question(p, 'b-2').counts).toEqual(counts({ '3': 1, '4': 1 }, 0, 0, 1));
    expect(question(p, 'g1-1').counts).toEqual(counts({}, 0, 1, 2));
    expect(question(p, 'a2-1').counts).toEqual(counts({}, 0, 0, 3));
  });

  it('gives the text and the options’ labels in the profile’s language', () => {
    const nl = score(q, [ann], { language: 'nl' });
    expect(question(nl, 'a1-1')).toMatchObject({
      text: 'Vraag a1-1',
      options: [
        { value: 1, label: 'Nog niet' },
        { value: 2, label: 'In pilots' },
        { value: 3, label: 'Op meerdere plekken' },
        { value: 4, label: 'Overal' },
      ],
    });
  });

  it('keeps the notes in input order with the respondent’s name, null without one; empty notes are left out', () => {
    expect(question(p, 'a1-1').notes).toEqual([
      { respondent: 'Ann', text: 'Only in the pilot team' },
      { respondent: null, text: 'Everywhere since 2025' },
    ]);
    expect(question(p, 'a1-2').notes).toEqual([]);
    // a note beside don't know and beside no answer is kept
    expect(question(p, 'b-1').notes).toEqual([{ respondent: 'Ann', text: 'Ask IT' }]);
    expect(question(p, 'b-2').notes).toEqual([{ respondent: null, text: 'No idea what this means' }]);
  });

  it('gives the value scoring uses: the respondents’ values combined by the respondents rule', () => {
    expect(question(p, 'a1-1').value).toBeCloseTo(8 / 3, 12);
    expect(question(p, 'b-1').value).toBe(1);
    expect(question(p, 'g1-1').value).toBeNull();
    const median = score(q, [ann, bob, cas], { respondents: 'median' });
    expect(question(median, 'a1-1').value).toBe(2);
    expect(question(median, 'b-2').value).toBe(3.5);
  });

  it('under unanswered: lowest, the value counts no answer as the lowest, the counts still as unanswered', () => {
    const lowest = score({ ...q, scoring: { ...q.scoring, unanswered: 'lowest' } }, [ann, cas]);
    // a1-2: ann 3, cas nothing (1)
    expect(question(lowest, 'a1-2')).toMatchObject({ value: 2, counts: counts({ '3': 1 }, 0, 0, 1) });
  });

  it('one respondent: counts of one, and the option value as value', () => {
    const one = score(q, [ann]);
    expect(question(one, 'a1-1')).toMatchObject({ value: 2, counts: counts({ '2': 1 }) });
    expect(question(one, 'a2-1')).toMatchObject({ value: null, counts: counts({}, 0, 0, 1), notes: [] });
  });
});

describe('questions in the profile of a gated model with groups', () => {
  const groups = loadQuestionnaire('scoring', 'groups-scan.yaml');
  const gated = gatedGroupsScan(groups);
  const set = (source: string, values: AnswerFile['answers']) =>
    normaliseAnswers({ questionnaire: 'groups-scan', answers: values }, source);

  it('lists a unit’s questions of every group, keyed by the scale’s values', () => {
    const p = score(gated, [
      set('a.yaml', { s1: 3, s2: { value: 1, note: 'Plan is old' }, s3: 0 }),
      set('b.yaml', { s1: 3, s2: 2 }),
    ]);
    const strategy = flattenUnits<UnitProfile>(p.dimensions).find(({ unit }) => unit.id === 'strategy')!.unit;
    expect(strategy.questions!.map((x) => x.id)).toEqual(['s1', 's2', 's3']);
    expect(strategy.questions![0]!.counts).toEqual({
      '0': 0,
      '1': 0,
      '2': 0,
      '3': 2,
      unknown: 0,
      notApplicable: 0,
      unanswered: 0,
    });
    expect(strategy.questions![1]!.notes).toEqual([{ respondent: null, text: 'Plan is old' }]);
    expect(strategy.questions![2]!.counts).toMatchObject({ '0': 1, unanswered: 1 });
  });
});
