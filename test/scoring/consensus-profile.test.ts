/**
 * A consensus file scored: its profile says what it stands for (`consensus`: the room, the
 * questions agreed, the questions holding the combined value), and marks the combined questions.
 * Over test/fixtures/consensus: agreed/consensus.yaml agrees on visie-1 and kwaliteit-1 (with a
 * rationale each) and holds the combined value of the other three.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseAnswers, type AnswerFile, type AnswerSet } from '../../src/answers/types.js';
import { profileQuestions } from '../../src/scoring/consensus.js';
import { score } from '../../src/scoring/score.js';
import { parseSource } from '../../src/source/source.js';
import { fixture } from '../helpers/cli.js';
import { loadQuestionnaire } from './load.js';

const q = loadQuestionnaire('consensus', 'ronde.yaml');
const read = (...parts: string[]): AnswerSet => {
  const file = fixture('consensus', ...parts);
  return normaliseAnswers(parseSource(file, fs.readFileSync(file, 'utf8')).data as AnswerFile, file);
};
const agreed = read('agreed', 'consensus.yaml');
const room = fs
  .readdirSync(fixture('consensus', 'room'))
  .sort()
  .map((name) => read('room', name));

describe('the profile of a consensus file', () => {
  const profile = score(q, [agreed]);

  it('says the room it stands for and how much of it the room agreed on', () => {
    expect(profile.consensus).toEqual({ participants: 6, agreed: 2, combined: 3 });
  });

  it('marks the questions holding the combined value, and shows the rationale as a note by Consensus', () => {
    const questions = profileQuestions(profile);
    expect(questions.filter((x) => x.combined).map((x) => x.id)).toEqual(['visie-2', 'werkwijze-1', 'kwaliteit-2']);
    expect(questions.find((x) => x.id === 'visie-1')).toMatchObject({
      value: 3,
      notes: [{ respondent: 'Consensus', text: 'De raad stelde de visie vast; de teams kennen haar nog niet.' }],
    });
    expect(questions.find((x) => x.id === 'visie-1')!.combined).toBeUndefined();
  });

  it('takes the number of sources where the file does not say participants, and none where it says neither', () => {
    const { participants: _, ...withoutCount } = agreed;
    expect(score(q, [withoutCount]).consensus?.participants).toBe(6);
    const { sources: __, ...withNeither } = withoutCount;
    expect(score(q, [withNeither]).consensus?.participants).toBeNull();
  });

  it('is no consensus profile when the file is scored with others, nor for an ordinary answer file', () => {
    const group = score(q, [...room, agreed]);
    expect(group.consensus).toBeUndefined();
    expect(profileQuestions(group).some((x) => x.combined)).toBe(false);
    expect(score(q, [room[0]!]).consensus).toBeUndefined();
  });
});
