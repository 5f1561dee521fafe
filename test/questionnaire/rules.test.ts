import { describe, expect, it } from 'vitest';
import { fixtureWorkspace, findings } from '../helpers/workspace.js';

const dir = 'test/fixtures/questionnaires/invalid';

/**
 * Each fixture is the valid `mini.yaml` with one mistake; the expected findings were worked out
 * by hand from the fixture's text (line and column of the offending key or value).
 */
const cases: [file: string, expected: string[]][] = [
  ['unknown-key.yaml', ['16:5 error unknown-key']],
  ['wrong-type.yaml', ['16:13 error wrong-type']],
  ['weight-zero.yaml', ['16:13 error invalid-value']],
  ['missing-key.yaml', ['7:5 error missing-key']],
  ['bad-id.yaml', ['22:9 error invalid-value']],
  ['duplicate-key.yaml', ['4:1 error duplicate-key']],
  ['duplicate-id.yaml', ['26:9 error duplicate-id']],
  ['unresolved-scale.yaml', ['24:12 error unresolved-reference']],
  // The question no longer links to `kwaliteit`, so that subdimension is empty too.
  ['unresolved-subdimension.yaml', ['17:13 error empty-dimension', '25:19 error unresolved-reference']],
  ['unresolved-dimension.yaml', ['20:61 error unresolved-reference']],
  ['question-link.yaml', ['17:13 error empty-dimension', '25:16 error question-link']],
  ['level-order.yaml', ['7:49 error level-order']],
  ['duplicate-option-value.yaml', ['12:17 error duplicate-option-value']],
  ['empty-dimension.yaml', ['21:13 error empty-dimension']],
  ['missing-next-steps.yaml', ['17:13 warning missing-next-steps']],
  ['missing-translation.yaml', ['23:11 warning missing-translation']],
  ['yaml11-boolean.yaml', ['11:41 warning yaml11-boolean']],
  ['yaml-syntax.yaml', ['5:1 error yaml-syntax']],
  ['model-not-found.yaml', ['5:8 error unresolved-reference']],
  ['question-options.yaml', ['27:7 error question-options']],
  // An option below the legal floor must lie under the scale's lowest value (1 here).
  ['below-floor-value.yaml', ['27:17 error question-options']],
  // Value 0 is not on the scale: only an option marked below the legal floor may add it.
  ['below-floor-unmarked.yaml', ['28:7 error question-options']],
  ['unknown-level-key.yaml', ['21:11 error unresolved-reference']],
  // `levelTerm` without `plural`: the finding points at the map that lacks it.
  ['level-term-missing-plural.yaml', ['6:3 error missing-key']],
  // `levelTerm` texts are checked for translations like every other text.
  ['level-term-translation.yaml', ['6:13 warning missing-translation']],
];

describe('questionnaire rules on broken fixtures', () => {
  it.each(cases)('%s', (file, expected) => {
    expect(findings(fixtureWorkspace(), `${dir}/${file}`)).toEqual(expected);
  });

  it('the unbroken base fixture is clean', () => {
    expect(findings(fixtureWorkspace(), 'test/fixtures/questionnaires/valid/mini.yaml')).toEqual([]);
  });

  it("a question's own option below the legal floor may add a value under its scale's lowest", () => {
    expect(findings(fixtureWorkspace(), 'test/fixtures/questionnaires/valid/below-floor.yaml')).toEqual([]);
  });
});

describe('messages are plain language', () => {
  const message = (file: string) =>
    fixtureWorkspace()
      .load(`${dir}/${file}`)
      .diagnostics.map((d) => d.message);

  it('suggests the key that an unknown key was probably meant to be', () => {
    expect(message('unknown-key.yaml')).toEqual([
      'unknown key `wieght` in item 1 of `dimensions` — did you mean `weight`?',
    ]);
  });

  it('says what a weight must be', () => {
    expect(message('weight-zero.yaml')).toEqual(['`weight` must be a number greater than 0']);
    expect(message('wrong-type.yaml')).toEqual(['`weight` must be a number, not the text `zwaar`']);
  });

  it('names the earlier place of a duplicate id', () => {
    expect(message('duplicate-id.yaml')).toEqual(['question id `q1` is used twice (first on line 22)']);
  });

  it('names the key a levelTerm lacks', () => {
    expect(message('level-term-missing-plural.yaml')).toEqual(['`levelTerm` is missing required key `plural`']);
  });

  it('says which value an option below the legal floor must stay under', () => {
    expect(message('below-floor-value.yaml')).toEqual([
      'question `q1` has an option below the legal floor with value 1.5, which is not below the lowest value of scale `ja-nee` (1); such an option scores below the first level, so give it a value under 1 (for example 0)',
    ]);
  });

  it('suggests a close scale id for an unresolved reference', () => {
    expect(message('unresolved-scale.yaml')[0]).toContain('did you mean `ja-nee`?');
  });
});

describe('shared model files', () => {
  it('a questionnaire takes levels, scales and dimensions from its model', () => {
    const ws = fixtureWorkspace();
    const checked = ws.load('questionnaires/odg-quickscan.yaml');
    expect(checked.diagnostics).toEqual([]);
    expect(checked.questionnaire?.modelId).toBe('odg-model');
    expect(checked.questionnaire?.levels.map((l) => l.id)).toEqual([
      'agenderen',
      'experimenteren',
      'verbreden',
      'verankeren',
    ]);
    // The model is read once, however many questionnaires use it.
    ws.load('questionnaires/odg-scan.yaml');
    expect(ws.loaded().filter((f) => f.file.endsWith('odg-model.yaml'))).toHaveLength(1);
  });

  it('a questionnaire whose model has errors points at its `model` key', () => {
    const checked = fixtureWorkspace().load('test/fixtures/questionnaires/model/broken-scan.yaml');
    expect(checked.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['5:8 invalid-model']);
  });

  it('a broken model file reports its own findings', () => {
    expect(findings(fixtureWorkspace(), 'test/fixtures/questionnaires/model/broken-model.yaml')).toEqual([
      '12:5 error missing-key',
      '13:5 error unknown-key',
    ]);
  });

  it('a model file by itself needs next steps for every unit, as any questionnaire may ask about it', () => {
    expect(findings(fixtureWorkspace(), 'test/fixtures/questionnaires/model/model-without-steps.yaml')).toEqual([
      '12:9 warning missing-next-steps',
      '14:9 warning missing-next-steps',
    ]);
  });

  it('steps under the top level keep a unit there: they are no finding, and no unit is asked for them', () => {
    const checked = fixtureWorkspace().load('test/fixtures/questionnaires/model/model-without-steps.yaml');
    // people has no steps at all, tools only those under the top level `high`: both lack only `low`'s.
    expect(checked.diagnostics.map((d) => [d.rule, d.args])).toEqual([
      ['missing-next-steps', { id: 'people', levels: ['low'] }],
      ['missing-next-steps', { id: 'tools', levels: ['low'] }],
    ]);
  });
});

describe('next steps for a unit below the first level', () => {
  const dir = 'test/fixtures/questionnaires/none-steps';

  it('a unit whose question has an option below the first min needs `none` steps, its own or its dimension’s', () => {
    const checked = fixtureWorkspace().load(`${dir}/floor-scan.yaml`);
    // records has its own `none` steps, access its dimension's, people's question has no value under 1.
    expect(checked.diagnostics.map((d) => [`${d.line}:${d.column}`, d.severity, d.rule, d.args])).toEqual([
      ['14:17', 'warning', 'missing-next-steps', { id: 'privacy', levels: ['none'] }],
    ]);
    expect(checked.diagnostics[0]?.message).toBe(
      "`privacy` can score below the first level (question `pri-1` has an option with value 0, below the first level's min 1), but neither it nor its dimension has next steps under `none`, the steps for a unit below the first level",
    );
  });

  it('the model by itself has no questions, so nothing can reach below its first level', () => {
    expect(findings(fixtureWorkspace(), `${dir}/floor-model.yaml`)).toEqual([]);
  });

  it('a scale that starts below the first min counts too; the finding points at the question’s scale', () => {
    expect(findings(fixtureWorkspace(), `${dir}/zero-scale.yaml`)).toEqual(['18:46 warning missing-next-steps']);
  });

  it('a gated unit is not asked: its rank comes from the questions that pass, not from their values', () => {
    expect(findings(fixtureWorkspace(), `${dir}/zero-scale-gated.yaml`)).toEqual([]);
  });
});
