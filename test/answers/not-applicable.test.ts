/**
 * "Not applicable" per question (test/fixtures/keys/scan.yaml): a question's own `notApplicable`
 * overrides its scale's where answers are checked, read from CSV and offered in templates (the
 * interview's choices: test/prompt/views.test.ts; validate, score and show: test/e2e/keys.test.ts).
 * visie-1 allows it on a scale that does not; data-1 forbids it on a scale that allows it; visie-2
 * and data-2 follow their scales.
 */
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/answers/check.js';
import { parseAnswersCsv } from '../../src/answers/csv.js';
import { answerTemplateYaml } from '../../src/answers/template.js';
import { normaliseAnswers } from '../../src/answers/types.js';
import { allowsNotApplicable, optionsOf } from '../../src/questionnaire/structure.js';
import { loadQuestionnaire } from '../scoring/load.js';

const q = loadQuestionnaire('keys', 'scan.yaml');
const nowhere = () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 });
const notApplicableTo = (...ids: string[]) =>
  normaliseAnswers({ questionnaire: q.id, answers: Object.fromEntries(ids.map((id) => [id, 'not-applicable'])) }, 'a');

describe('allowsNotApplicable', () => {
  it("takes the question's own key, else its scale's, else no", () => {
    expect(allowsNotApplicable({ notApplicable: true }, { notApplicable: false })).toBe(true);
    expect(allowsNotApplicable({ notApplicable: true }, {})).toBe(true);
    expect(allowsNotApplicable({ notApplicable: false }, { notApplicable: true })).toBe(false);
    expect(allowsNotApplicable({}, { notApplicable: true })).toBe(true);
    expect(allowsNotApplicable({}, {})).toBe(false);
    expect(allowsNotApplicable(undefined, undefined)).toBe(false);
  });

  it('is what optionsOf says of each question of the fixture', () => {
    expect(q.questions.map((x) => [x.id, optionsOf(q, x.id).notApplicable])).toEqual([
      ['visie-1', true],
      ['visie-2', false],
      ['sturing-1', false],
      ['data-1', false],
      ['data-2', true],
    ]);
  });
});

describe('checkAnswers: not applicable per question', () => {
  it('accepts it where the question or its scale allows it', () => {
    expect(checkAnswers(notApplicableTo('visie-1', 'data-2'), q, 'a.yaml', nowhere)).toEqual([]);
  });

  it('refuses it where the question forbids it, or neither it nor its scale allows it', () => {
    const found = checkAnswers(notApplicableTo('visie-2', 'data-1'), q, 'a.yaml', nowhere);
    expect(found.map((d) => [d.rule, d.args])).toEqual([
      ['not-applicable-not-allowed', { id: 'visie-2' }],
      ['not-applicable-not-allowed', { id: 'data-1' }],
    ]);
  });
});

describe('CSV answers: not applicable per question', () => {
  it('reads it where the question allows it and refuses it at the cell where the question forbids it', () => {
    const { sets, diagnostics } = parseAnswersCsv('visie-1,data-1,data-2\nn.v.t.,n.v.t.,n/a\n', 'x.csv', q);
    expect(diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([['not-applicable-not-allowed', 2, 8]]);
    expect(sets).toEqual([]);
  });

  it('an answer that is none lists n.v.t. only for a question that allows it, whatever its scale says', () => {
    const message = (id: string) => parseAnswersCsv(`${id}\nx\n`, 'x.csv', q).diagnostics[0]?.message;
    expect(message('visie-1')).toContain('Niet van toepassing or n/a');
    expect(message('data-1')).not.toContain('Niet van toepassing');
    expect(message('data-2')).toContain('Niet van toepassing or n/a');
  });
});

describe('answer template: not applicable per question', () => {
  const text = answerTemplateYaml(q, { schema: 'x', language: 'en' });
  const block = (id: string) => text.slice(text.indexOf(`  # ${id}:`), text.indexOf(`  ${id}:`));

  it('offers not-applicable under a question that allows it, and not under one that forbids it', () => {
    expect(block('visie-1')).toContain('#   not-applicable = not applicable');
    expect(block('visie-2')).not.toContain('not-applicable');
    expect(block('data-1')).not.toContain('not-applicable');
    expect(block('data-2')).toContain('#   not-applicable = not applicable');
  });
});
