import { describe, expect, it } from 'vitest';
import { fileLayout, serializeAnswers } from '../../src/answers/serialize.js';
import type { AnswerFile } from '../../src/answers/types.js';
import { parseSource } from '../../src/source/source.js';

describe('a text of several lines where the file read had a flow mapping or a plain text', () => {
  it('is written in double quotes and reads back as it was, also when it starts with a colon', () => {
    // Found by the edit round-trip property: the yaml package wrote `language: :` and the next line
    // plain, which no YAML reader accepts.
    const set: AnswerFile = {
      questionnaire: 'q',
      answers: { a: { value: 1, note: ':\nop 2026-11-28\n- nog iets' } },
      session: { status: 'in-progress', language: ':\n2026-11-28' },
    };
    const previous = fileLayout('{ questionnaire: q, answers: {a: 2}, session: { status: in-progress } }\n');
    const text = serializeAnswers(set, { previous });
    const read = parseSource('x.yaml', text);
    expect(read.diagnostics).toEqual([]);
    expect(read.data).toEqual(set);
    expect(text).toContain('language: ":\\n2026-11-28"');
  });

  it('is written in double quotes where the file read had a plain text, also when it starts with a dash', () => {
    const set: AnswerFile = { questionnaire: 'q', respondent: { role: '-\n2026-11-28' }, answers: {} };
    const previous = fileLayout('questionnaire: q\nrespondent:\n  role: medewerker\nanswers: {}\n');
    const text = serializeAnswers(set, { previous });
    const read = parseSource('x.yaml', text);
    expect(read.diagnostics).toEqual([]);
    expect(read.data).toEqual(set);
  });
});
