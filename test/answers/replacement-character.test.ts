/**
 * U+FFFD in a text datascan writes (a note pasted from a garbled document, an organisation given
 * in a terminal that was not UTF-8): the reader takes the character for bytes that were no UTF-8
 * and refuses the file, so the writers put its escape there instead.
 */
import { describe, expect, it } from 'vitest';
import { fileLayout, serializeAnswers, serializeAnswersJson } from '../../src/answers/serialize.js';
import type { AnswerSet } from '../../src/answers/types.js';
import { parseSource } from '../../src/source/source.js';

const set: AnswerSet = {
  source: 'mem',
  questionnaire: 'scan',
  organisation: 'Gemeente S\uFFFDdwest',
  answers: {
    'visie-1': { value: 2, note: 'plain \uFFFD note' },
    'visie-2': { value: 1, note: "it's \\ \uFFFD\nline" },
  },
};

function expectReadsBack(file: string, text: string): void {
  expect(text).not.toContain('\uFFFD');
  const read = parseSource(file, text);
  expect(read.diagnostics).toEqual([]);
  expect(read.data).toMatchObject({
    organisation: set.organisation,
    answers: { 'visie-1': set.answers['visie-1'], 'visie-2': set.answers['visie-2'] },
  });
}

describe('a text with U+FFFD', () => {
  it('is written to YAML as the escape \\uFFFD, in double quotes, and reads back as itself', () => {
    const text = serializeAnswers(set);
    expect(text).toContain('organisation: "Gemeente S\\uFFFDdwest"');
    expectReadsBack('answers.yaml', text);
  });

  it('is escaped whatever quoting the earlier file had for it', () => {
    const earlier =
      "questionnaire: scan\norganisation: 'Noord'\nanswers:\n  visie-1: {value: 1, note: plain}\n  visie-2:\n    value: 1\n    note: |-\n      block\n";
    expectReadsBack('answers.yaml', serializeAnswers(set, { previous: fileLayout(earlier) }));
  });

  it('is escaped in a dropped answer comment', () => {
    const text = serializeAnswers(set, { dropped: [{ id: 'oud-1', line: 'dropped in 2.0.0: oud-1: 1 — "\uFFFD"' }] });
    expectReadsBack('answers.yaml', text);
  });

  it('is written to JSON as the escape \\ufffd, and reads back as itself', () => {
    const text = serializeAnswersJson(set);
    expect(text).toContain('"organisation": "Gemeente S\\ufffddwest"');
    expectReadsBack('answers.json', text);
  });
});
