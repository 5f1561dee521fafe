// The live workshop's merge of a participant's answers when a save was made on older ones.
import { describe, expect, it } from 'vitest';
import type { AnswerFile } from '../../src/answers/types.js';
import { mergeAnswers, sameAnswers } from '../../src/form/merge.js';

const file = (answers: AnswerFile['answers'], more: Partial<AnswerFile> = {}): AnswerFile => ({
  questionnaire: 'werkplaats',
  version: '2.0.0',
  respondent: { name: 'Ann', role: '' },
  date: '2026-03-01',
  targets: {},
  answers,
  session: { status: 'in-progress' },
  ...more,
});

describe('mergeAnswers', () => {
  it('keeps both when two tabs change different questions', () => {
    const base = file({ 'kennis-1': 1 });
    const tabA = file({ 'kennis-1': 1, 'rollen-1': 3 });
    const tabB = file({ 'kennis-1': 1, 'opslag-1': 2 });
    // A saved first; B's save was made on base and comes back with A's answers.
    const merged = mergeAnswers(base, tabB, tabA);
    expect(merged.answers).toEqual({ 'kennis-1': { value: 1 }, 'rollen-1': { value: 3 }, 'opslag-1': { value: 2 } });
  });

  it('lets the later save win on a question both changed, for that question only', () => {
    const base = file({ 'kennis-1': 1, 'rollen-1': 1 });
    const earlier = file({ 'kennis-1': 2, 'rollen-1': 1, 'opslag-1': { value: 1, note: 'from A' } });
    const later = file({ 'kennis-1': 3, 'rollen-1': 1 });
    const merged = mergeAnswers(base, later, earlier);
    expect(merged.answers).toEqual({
      'kennis-1': { value: 3 },
      'rollen-1': { value: 1 },
      'opslag-1': { value: 1, note: 'from A' },
    });
  });

  it('keeps both texts of a note two devices changed, and a note one cleared that the other changed', () => {
    const base = file({ 'kennis-1': { value: 1, note: 'begin' } });
    const phone = file({ 'kennis-1': { value: 1, note: 'begin, op de telefoon' } });
    const laptop = file({ 'kennis-1': { value: 2, note: 'op de laptop' } });
    const merged = mergeAnswers(base, laptop, phone);
    expect(merged.answers).toEqual({ 'kennis-1': { value: 2, note: 'begin, op de telefoon\nop de laptop' } });
    // Typing went on from the other device's text: that one note, not twice.
    const onwards = file({ 'kennis-1': { value: 1, note: 'begin, op de telefoon en meer' } });
    expect(mergeAnswers(base, onwards, phone).answers['kennis-1']).toEqual({
      value: 1,
      note: 'begin, op de telefoon en meer',
    });
    // Cleared here, changed there: the other device's text stays.
    const cleared = file({ 'kennis-1': 1 });
    expect(mergeAnswers(base, cleared, phone).answers['kennis-1']).toEqual({ value: 1, note: 'begin, op de telefoon' });
    // Cleared here, untouched there: cleared.
    expect(mergeAnswers(base, cleared, base).answers['kennis-1']).toEqual({ value: 1 });
  });

  it('changes nothing with a replayed old body once its base is stale', () => {
    // The page was told its body is saved (its base); another device saved since; the page sends again.
    const old = file({ 'kennis-1': 1 });
    const current = file({ 'kennis-1': 3, 'opslag-1': 3 });
    const merged = mergeAnswers(old, old, current);
    expect(sameAnswers(merged, current)).toBe(true);
    expect(merged.answers).toEqual({ 'kennis-1': { value: 3 }, 'opslag-1': { value: 3 } });
  });

  it('merges a save whose response was lost to the same answers', () => {
    const base = file({ 'kennis-1': 1 });
    const sent = file({ 'kennis-1': 2, 'rollen-1': { value: 3, note: 'n' } });
    // The server wrote it, in its own form (bare values, no empty role); the page never heard.
    const written = file({ 'kennis-1': 2, 'rollen-1': { value: 3, note: 'n' } }, { respondent: { name: 'Ann' } });
    const merged = mergeAnswers(base, sent, written);
    expect(sameAnswers(merged, sent)).toBe(true);
    expect(sameAnswers(merged, written)).toBe(true);
  });

  it('merges notes, targets and details apart from the values', () => {
    const base = file({ 'kennis-1': { value: 1, note: 'old' } }, { targets: { mensen: 2 } });
    // This page changed the note and the role; the other the value and the target.
    const mine = file(
      { 'kennis-1': { value: 1, note: 'new' } },
      { targets: { mensen: 2 }, respondent: { name: 'Ann', role: 'CIO' } },
    );
    const theirs = file({ 'kennis-1': { value: 3, note: 'old' } }, { targets: { mensen: 3 } });
    const merged = mergeAnswers(base, mine, theirs);
    expect(merged.answers).toEqual({ 'kennis-1': { value: 3, note: 'new' } });
    expect(merged.targets).toEqual({ mensen: 3 });
    expect(merged.respondent).toEqual({ name: 'Ann', role: 'CIO' });
  });

  it('keeps what this page cleared cleared, and what the other cleared cleared', () => {
    const base = file({ 'kennis-1': 1, 'rollen-1': 3 }, { targets: { mensen: 2 } });
    const mine = file({ 'rollen-1': 3 }, { targets: { mensen: 2 } });
    const theirs = file({ 'kennis-1': 1, 'rollen-1': 3 }, { targets: {} });
    const merged = mergeAnswers(base, mine, theirs);
    expect(merged.answers).toEqual({ 'rollen-1': { value: 3 } });
    expect(merged.targets).toEqual({});
  });

  it('keeps an id from a response a key of its own', () => {
    const theirs = JSON.parse('{"questionnaire":"werkplaats","answers":{"__proto__":{"value":1}}}') as AnswerFile;
    const merged = mergeAnswers(file({}), file({}), theirs);
    expect(Object.hasOwn(merged.answers, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).value).toBeUndefined();
  });
});
