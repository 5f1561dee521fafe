/**
 * The consensus round's core (src/scoring/consensus.ts) over test/fixtures/consensus: six
 * participants of the round scan. The expected values are worked out by hand from room/*.yaml.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/answers/check.js';
import { serializeAnswers } from '../../src/answers/serialize.js';
import { normaliseAnswers, type AnswerFile, type AnswerSet } from '../../src/answers/types.js';
import {
  agreedAnswers,
  answerCentre,
  consensusAgenda,
  consensusStart,
  profileQuestions,
  withCombinedAnswers,
} from '../../src/scoring/consensus.js';
import { score } from '../../src/scoring/score.js';
import { parseSource } from '../../src/source/source.js';
import { fixture } from '../helpers/cli.js';
import { publishedSchema } from '../helpers/schemas.js';
import { loadQuestionnaire } from './load.js';

const q = loadQuestionnaire('consensus', 'ronde.yaml');
const room = fixture('consensus', 'room');
const sets: AnswerSet[] = fs
  .readdirSync(room)
  .sort()
  .map((name) =>
    normaliseAnswers(parseSource(name, fs.readFileSync(path.join(room, name), 'utf8')).data as AnswerFile, name),
  );
const profile = score(q, sets);
const question = (id: string) => profileQuestions(profile).find((x) => x.id === id)!;
const nowhere = () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 });

describe('consensusAgenda', () => {
  it('asks the questions of the units that disagree, widest unit first, in each the widest question first', () => {
    // Own scores: visie 1 to 3.5 and kwaliteit 1 to 3.5 (a tie: model order), werkwijze 2 to 3.
    // visie-1 runs 1–4 (3) before visie-2 1–3 (2); kwaliteit-1 1–4 (3) before kwaliteit-2 2–3 (1).
    expect(consensusAgenda(profile)).toEqual(['visie-1', 'visie-2', 'kwaliteit-1', 'kwaliteit-2', 'werkwijze-1']);
  });

  it('leaves out the units below the disagreement threshold, and with `all` adds them after', () => {
    const wider = score(q, sets, { disagreementThreshold: 2 });
    expect(consensusAgenda(wider)).toEqual(['visie-1', 'visie-2', 'kwaliteit-1', 'kwaliteit-2']);
    expect(consensusAgenda(wider, { all: true })).toEqual([
      'visie-1',
      'visie-2',
      'kwaliteit-1',
      'kwaliteit-2',
      'werkwijze-1',
    ]);
  });

  it('is empty for one participant, who disagrees with nobody', () => {
    expect(consensusAgenda(score(q, sets.slice(0, 1)))).toEqual([]);
  });
});

describe('answerCentre', () => {
  it('gives mean and median of the option values chosen, leaving out don’t know and no answer', () => {
    // visie-1: 1, 4, 4, 1, 3, 2 → mean 15/6 = 2.5; sorted 1 1 2 3 4 4 → median (2 + 3) / 2.
    expect(answerCentre(question('visie-1'))).toEqual({ mean: 2.5, median: 2.5, values: 6 });
    // visie-2: 1, 3, 2, unknown, 2, 1 → mean 9/5 = 1.8; sorted 1 1 2 2 3 → median 2.
    expect(answerCentre(question('visie-2'))).toEqual({ mean: 1.8, median: 2, values: 5 });
  });
});

describe('the consensus file', () => {
  const start = consensusStart(q, sets, { organisation: 'Gemeente Ronde', date: '2026-12-06', source: 'c.yaml' });

  it('starts by Consensus over the participants, naming their files', () => {
    expect(start).toMatchObject({
      respondent: { name: 'Consensus' },
      basis: 'consensus',
      participants: 6,
      sources: sets.map((s) => s.source),
      organisation: 'Gemeente Ronde',
      answers: {},
    });
  });

  it('holds the combined value of every question the room did not agree on, marked as such', () => {
    const agreed = { ...start, answers: { 'visie-1': { value: 3, note: 'Vastgesteld, nog niet bekend.' } } };
    const written = withCombinedAnswers(agreed, profile);
    expect(written.answers).toEqual({
      'visie-1': { value: 3, note: 'Vastgesteld, nog niet bekend.' },
      // 1, 3, 2, 2, 1 (one don't know) → 9/5.
      'visie-2': { value: 1.8, basis: 'combined' },
      // 2, 2, 2, 3, 2, 2 → 13/6.
      'werkwijze-1': { value: 13 / 6, basis: 'combined' },
      // 1, 4, 2, 1, 3, 1 → 12/6.
      'kwaliteit-1': { value: 2, basis: 'combined' },
      // 2, 3, n.v.t., 2, 2, none → 9/4.
      'kwaliteit-2': { value: 2.25, basis: 'combined' },
    });
    // Read back for --resume: only what the room agreed.
    expect(agreedAnswers(written).answers).toEqual(agreed.answers);
  });

  it('scores as the group does where nothing was agreed', () => {
    const written = withCombinedAnswers(start, profile);
    const alone = score(q, [written]);
    for (const d of profile.dimensions) {
      const same = alone.dimensions.find((x) => x.id === d.id)!;
      expect(same.score).toBeCloseTo(d.score!, 10);
      expect(same.target).toBe(d.target);
    }
  });

  it('validates against the published schema and the questionnaire, a combined value between options included', () => {
    const written = withCombinedAnswers(start, profile);
    const text = serializeAnswers(written);
    const data = parseSource('c.yaml', text).data as AnswerFile;
    const validate = publishedSchema('answers.schema.json');
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data).toMatchObject({
      basis: 'consensus',
      participants: 6,
      answers: { 'visie-2': { value: 1.8, basis: 'combined' } },
    });
    expect(checkAnswers(data, q, 'c.yaml', nowhere)).toEqual([]);
  });

  it('refuses a combined value outside the scale, and a value between options that is not marked combined', () => {
    const outside = { questionnaire: q.id, answers: { 'visie-1': { value: 4.5, basis: 'combined' as const } } };
    const unmarked = { questionnaire: q.id, answers: { 'visie-1': { value: 2.5 } } };
    expect(checkAnswers(outside, q, 'c.yaml', nowhere).map((d) => d.rule)).toEqual(['invalid-answer']);
    expect(checkAnswers(unmarked, q, 'c.yaml', nowhere).map((d) => d.rule)).toEqual(['invalid-answer']);
  });
});
