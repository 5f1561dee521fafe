/** The answers a migration dropped, as comment lines of the migrated file. */
import { describe, expect, it } from 'vitest';
import { droppedAnswerLines } from '../../src/answers/dropped-comment.js';
import type { MigrationStep } from '../../src/questionnaire/types.js';

const path: MigrationStep[] = [
  { from: '1.0.0', to: '1.1.0', questions: { a: 'dropped' } },
  { from: '1.1.0', questions: { b: 'dropped' } },
];

describe('droppedAnswerLines', () => {
  it('says per answer the version it was dropped in, its value and its note, in the language asked', () => {
    const summary = {
      to: '1.2.0',
      dropped: [
        { id: 'a', answer: { value: 2 as const, note: 'vastgesteld' } },
        { id: 'b', answer: { note: 'navragen' } },
      ],
    };
    expect(droppedAnswerLines(summary, path, 'nl').map((d) => d.line)).toEqual([
      'vervallen in 1.1.0: a: 2 — "vastgesteld"',
      'vervallen in 1.2.0: b: (geen antwoord) — "navragen"',
    ]);
    expect(droppedAnswerLines(summary, path, 'en')[1]?.line).toBe('dropped in 1.2.0: b: (no answer) — "navragen"');
  });

  it('keeps a note on one line: a line break would end the comment and make the rest data', () => {
    const note = 'eerste regel\nanswers: {x: 1}\u2028\u001b[2J\u202e';
    const [line] = droppedAnswerLines({ to: '1.2.0', dropped: [{ id: 'a', answer: { value: 1, note } }] }, path, 'en');
    expect(line?.line).toBe('dropped in 1.1.0: a: 1 — "eerste regel\\nanswers: {x: 1}\\u2028\\u001b[2J\\u{202e}"');
  });

  it('says of a renamed answer whose new id already had one that it was not carried over, not that it was dropped', () => {
    const summary = { to: '1.1.0', dropped: [{ id: 'old', answer: { value: 3 as const }, renamedTo: 'new' }] };
    expect(droppedAnswerLines(summary, path, 'en')[0]?.line).toBe(
      'not carried over (renamed to new, which already has an answer): old: 3',
    );
    expect(droppedAnswerLines(summary, path, 'nl')[0]?.line).toBe(
      'niet overgenomen (hernoemd naar new, dat al een antwoord heeft): old: 3',
    );
  });
});
