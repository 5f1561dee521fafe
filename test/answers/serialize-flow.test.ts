import { describe, expect, it } from 'vitest';
import { fileLayout, serializeAnswers } from '../../src/answers/serialize.js';
import type { AnswerFile } from '../../src/answers/types.js';
import { parseSource } from '../../src/source/source.js';

describe('a text of several lines inside a flow mapping kept from the file read', () => {
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
});
