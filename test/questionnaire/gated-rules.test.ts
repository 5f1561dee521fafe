/**
 * validate on gated questionnaires: each case is test/fixtures/scoring/gated-scan.yaml with one
 * change, and the finding it must give (line:column of the offending key or value in the changed file).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { editedFixture } from '../helpers/workspace.js';

const { check, cleanup } = editedFixture('test/fixtures/scoring/gated-scan.yaml');
afterAll(cleanup);

describe('validate: gated units', () => {
  it('the fixture itself is clean', () => {
    expect(check('clean', 'id: gated-scan', 'id: gated-scan')).toEqual([]);
  });

  it('levels of a gated questionnaire must have their ranks as min', () => {
    expect(
      check('min', 'name: {en: Managed, nl: Beheerst}, min: 2}', 'name: {en: Managed, nl: Beheerst}, min: 2.5}'),
    ).toEqual([
      {
        at: '94:23 error gated-level-min',
        message:
          "level `managed` has min 2.5, but with gated units every level's min must be its rank (2), so that a unit's score and level agree",
      },
    ]);
  });

  it('min need not be ranks when no unit is gated (the levels and steps left on the questions are only warned about)', () => {
    const mean = check('mean', 'rollup: {questions: gated, dimensions: min}', 'rollup: {dimensions: min}');
    expect(mean.filter((f) => !f.at.endsWith('warning gated-key-unused'))).toEqual([]);
  });

  it('keys only gated units read, in a questionnaire without them: a warning per question (at its `level`), and one for `gate`', () => {
    const mean = check(
      'unused',
      'rollup: {questions: gated, dimensions: min}',
      'rollup: {dimensions: min}\n  gate: {share: 0.8}',
    );
    // Ten questions, each with a level (c4, c5 and t2 with a step too), and the gate.
    expect(mean).toHaveLength(11);
    expect(mean.find((f) => f.message.startsWith('question `c1`'))).toEqual({
      at: '43:5 warning gated-key-unused',
      message:
        'question `c1`: `level` does nothing, as no unit is gated (`rollup: {questions: gated}`); remove it, or gate the questions',
    });
    expect(mean.find((f) => f.message.startsWith('question `c4`'))).toEqual({
      at: '59:5 warning gated-key-unused',
      message:
        'question `c4`: `level`, `step` do nothing, as no unit is gated (`rollup: {questions: gated}`); remove them, or gate the questions',
    });
    expect(mean.find((f) => f.message.startsWith('`scoring.gate`'))).toEqual({
      at: '95:3 warning gated-key-unused',
      message:
        '`scoring.gate` does nothing, as no unit is gated (`rollup: {questions: gated}`); remove it, or gate the questions',
    });
  });

  it('a question of a gated unit needs a level', () => {
    expect(
      check('no-level', '    subdimension: build-deps\n    level: managed\n', '    subdimension: build-deps\n'),
    ).toEqual([
      {
        at: '71:9 error gated-question-level',
        message:
          "question `d2` has no `level`, but its unit `build-deps` is gated: say which level's bar it is part of",
      },
    ]);
  });

  it('a question’s level must be one of the levels', () => {
    expect(
      check('unknown-level', '    dimension: test\n    level: basic\n', '    dimension: test\n    level: basis\n'),
    ).toEqual([
      {
        at: '80:12 error unresolved-reference',
        message: 'question `t1` is part of level `basis`, which does not exist — did you mean `basic`?',
      },
    ]);
  });

  it('a level may not be called none', () => {
    // The fixture's nextSteps under `basic` then name no level: those findings are not this test's.
    const found = check('none', '- {id: basic, name: {en: Basic', '- {id: none, name: {en: Basic');
    expect(found.map((f) => f.at)).toContain('10:10 error reserved-id');
    expect(found.find((f) => f.at === '10:10 error reserved-id')!.message).toBe(
      'a level may not have the id `none`: `nextSteps` use `none` for the steps below the first level; choose another id',
    );
  });

  it('gate.share must be more than 0 and at most 1', () => {
    const found = (share: string) =>
      check(
        `share-${share}`,
        'rollup: {questions: gated, dimensions: min}',
        `rollup: {questions: gated, dimensions: min}\n  gate: {share: ${share}}`,
      ).map((f) => f.at);
    expect(found('0')).toEqual(['95:17 error invalid-value']);
    expect(found('1.5')).toEqual(['95:17 error invalid-value']);
    expect(found('0.8')).toEqual([]);
  });

  it('a step is a text like any other: checked for missing translations and YAML 1.1 booleans', () => {
    const step = '    step: {en: Release from the pipeline only, nl: Release alleen vanuit de pijplijn}\n';
    expect(check('step-en', step, '    step: {en: Release from the pipeline only}\n')).toEqual([
      {
        at: '56:11 warning missing-translation',
        message: 'text has no `nl` version (the file declares en, nl)',
      },
    ]);
    expect(check('step-bool', step, '    step: {en: yes, nl: ja}\n').map((f) => f.at)).toEqual([
      '56:16 warning yaml11-boolean',
    ]);
  });

  it('only questions may be gated', () => {
    expect(check('sub-gated', 'dimensions: min}', 'dimensions: min, subdimensions: gated}').map((f) => f.at)).toEqual([
      '94:62 error invalid-value',
    ]);
  });
});
