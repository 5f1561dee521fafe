/**
 * Answers below the legal floor (test/fixtures/below-floor/floor-scan.yaml): pri-1 and sec-1 have an extra first
 * option, value 0, marked `belowLegalFloor`, on the 1–4 phase scale; pri-2 and sec-2 use the scale as it is.
 */
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/answers/check.js';
import { normaliseAnswers, type AnswerFile } from '../../src/answers/types.js';
import { score } from '../../src/scoring/score.js';
import { loadQuestionnaire } from './load.js';

const q = loadQuestionnaire('below-floor', 'floor-scan.yaml');
const set = (source: string, values: AnswerFile['answers'], respondent?: AnswerFile['respondent']) =>
  normaliseAnswers({ questionnaire: 'floor-scan', ...(respondent ? { respondent } : {}), answers: values }, source);

const anna = set('anna.yaml', { 'pri-1': 0, 'pri-2': 2, 'sec-1': 0, 'sec-2': 3 }, { name: 'Anna', role: 'DPO' });
const bram = set('bram.yaml', { 'pri-1': 0, 'pri-2': 3, 'sec-1': 2, 'sec-2': 4 }, { name: 'Bram' });
const lawful = set('lawful.yaml', { 'pri-1': 1, 'pri-2': 2, 'sec-1': 2, 'sec-2': 1 });

describe('answers below the legal floor', () => {
  it('score below the first level: a 0 counts as 0, not as an ordinary phase 1', () => {
    const profile = score(q, [anna]);
    // privacy: (0 + 2) / 2 = 1; security: (0 + 3) / 2 = 1.5; overall (1 + 1.5) / 2.
    expect(profile.dimensions.map((d) => d.score)).toEqual([1, 1.5]);
    expect(profile.overall.score).toBe(1.25);
    expect(score(q, [set('x.yaml', { 'pri-1': 0 })]).dimensions[0]).toMatchObject({ score: 0, level: 0 });
  });

  it("widen the profile's scale to the lowest option value, for charts", () => {
    expect(score(q, [lawful]).scale).toEqual({ min: 0, max: 4 });
  });

  it('are listed apart from the score: per question and option, with who chose it', () => {
    expect(score(q, [anna, bram], { language: 'nl' }).belowLegalFloor).toEqual([
      {
        question: 'pri-1',
        text: 'Is er een verwerkingsregister?',
        unit: 'privacy',
        value: 0,
        label: 'Helemaal geen register',
        respondents: [
          { name: 'Anna', role: 'DPO', source: 'anna.yaml' },
          { name: 'Bram', source: 'bram.yaml' },
        ],
      },
      {
        question: 'sec-1',
        text: 'Worden incidenten gemeld?',
        unit: 'security',
        value: 0,
        label: 'Datalekken worden niet gemeld',
        respondents: [{ name: 'Anna', role: 'DPO', source: 'anna.yaml' }],
      },
    ]);
  });

  it('are an empty list when nobody chose one, and absent for a questionnaire that marks none', () => {
    expect(score(q, [lawful]).belowLegalFloor).toEqual([]);
    const plain = { ...q, questions: q.questions.map(({ options: _, ...x }) => x) };
    expect(score(plain, [lawful])).not.toHaveProperty('belowLegalFloor');
  });

  it('leave `unanswered: lowest` at the lowest ordinary value: saying nothing is no breach', () => {
    // The scale itself with a first option below the floor: it counts for no unanswered question.
    const floorOption = { value: 0, belowLegalFloor: true, label: 'Breach' };
    const lowest = {
      ...q,
      scales: q.scales.map((s) => ({ ...s, options: [floorOption, ...s.options] })),
      scoring: { ...q.scoring, unanswered: 'lowest' as const },
    };
    const profile = score(lowest, [set('empty.yaml', {})]);
    expect(profile.overall.score).toBe(1);
    expect(profile.belowLegalFloor).toEqual([]);
  });

  it('are valid answers only to a question that has such an option', () => {
    const findings = checkAnswers({ answers: { 'pri-1': 0, 'pri-2': 0 } }, q, 'x.yaml', () => ({
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
    }));
    expect(findings.map((d) => [d.rule, d.message])).toEqual([
      ['invalid-answer', '0 is not an option of question `pri-2` (options: 1, 2, 3, 4)'],
    ]);
  });
});

describe('next steps of a unit someone answered below the legal floor', () => {
  // Security averages phase 2 over two respondents although one of them says breaches go unreported.
  const dora = set('dora.yaml', { 'pri-1': 1, 'pri-2': 1, 'sec-1': 2, 'sec-2': 4 });
  const eric = set('eric.yaml', { 'pri-1': 1, 'pri-2': 1, 'sec-1': 0, 'sec-2': 4 });
  const steps = (sets: ReturnType<typeof set>[]) => score(q, sets).nextSteps.map((g) => [g.dimension, g.steps]);

  it('start with the steps under `none` (the legal duty), and come first (else privacy, the lower score, would)', () => {
    expect(score(q, [dora, eric]).dimensions.map((d) => [d.id, d.level])).toEqual([
      ['privacy', 1],
      ['security', 2],
    ]);
    expect(steps([dora, eric])).toEqual([
      ['security', ['Report every breach', 'Train staff']],
      ['privacy', ['Keep a register']],
    ]);
  });

  it('without such an answer, the order and the steps are the usual ones', () => {
    expect(steps([dora, set('fay.yaml', { 'pri-1': 1, 'pri-2': 1, 'sec-1': 2, 'sec-2': 4 })])).toEqual([
      ['privacy', ['Keep a register']],
      ['security', ['Test the plan']],
    ]);
  });
});
