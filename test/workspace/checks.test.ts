import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAnswersText, checkQuestionnaireText } from '../../src/workspace/checks.js';
import { memoryHost } from '../../src/workspace/memory-host.js';
import { Workspace } from '../../src/workspace/workspace.js';
import { fixture } from '../helpers/cli.js';

const read = (file: string) => fs.readFileSync(file, 'utf8');
const mini = read(fixture('questionnaires', 'valid', 'mini.yaml'));
const where = (diagnostics: readonly { line: number; column: number; severity: string; rule: string }[]) =>
  diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule}`);

describe('memoryHost', () => {
  const host = memoryHost({ 'scan.yaml': 'id: x\n', 'models/m.yaml': 'levels: []\n' });

  it('reads texts by name, however the path is spelled', () => {
    expect(host.read('scan.yaml')).toEqual({ text: 'id: x\n' });
    expect(host.read('./models/../scan.yaml')).toEqual({ text: 'id: x\n' });
    expect(host.read('models/m.yaml')).toEqual({ text: 'levels: []\n' });
  });

  it('says a name it does not hold is not found', () => {
    expect(host.read('other.yaml')).toEqual({ error: 'file not found: other.yaml', code: 'not-found' });
  });
});

describe('checkQuestionnaireText', () => {
  it('gives the questionnaire of a valid text, without findings', () => {
    const checked = checkQuestionnaireText(mini);
    expect(checked.diagnostics).toEqual([]);
    expect(checked.questionnaire).toMatchObject({ id: 'mini', modelId: 'mini', questions: [{ id: 'q1' }] });
  });

  it('merges the model file it names from the texts given, relative to its own name', () => {
    const checked = checkQuestionnaireText(read('questionnaires/odg-quickscan.yaml'), {
      file: 'odg/odg-quickscan.yaml',
      models: { 'odg/odg-model.yaml': read('questionnaires/odg-model.yaml') },
    });
    expect(checked.diagnostics).toEqual([]);
    expect(checked.questionnaire).toMatchObject({ id: 'odg-quickscan', modelId: 'odg-model' });
  });

  it('reports the findings of a broken text at their positions, under the name given', () => {
    const checked = checkQuestionnaireText(mini.replace('scale: ja-nee', 'scale: ja-nie'), { file: 'mini.yaml' });
    expect(checked.questionnaire).toBeUndefined();
    expect(where(checked.diagnostics)).toEqual(['24:12 error unresolved-reference']);
    expect(checked.diagnostics[0]!.file).toBe('mini.yaml');
  });

  it('reports a model file that is not among the texts, and the findings of one that is', () => {
    const text = read('questionnaires/odg-quickscan.yaml');
    const modelLine = text.split('\n').findIndex((line) => line.startsWith('model: ')) + 1;
    expect(where(checkQuestionnaireText(text).diagnostics)).toEqual([`${modelLine}:8 error unresolved-reference`]);
    const model = read('questionnaires/odg-model.yaml').replace(/^version: .*$/m, 'version: [1]');
    const brokenModel = checkQuestionnaireText(text, { models: { 'odg-model.yaml': model } });
    expect(brokenModel.questionnaire).toBeUndefined();
    expect(brokenModel.diagnostics.map((d) => `${d.file} ${d.rule}`)).toEqual([
      'questionnaire.yaml invalid-model',
      'odg-model.yaml wrong-type',
    ]);
  });

  it('says so when the text is another kind of file', () => {
    const checked = checkQuestionnaireText('questionnaire: mini\nanswers: {}\n');
    expect(checked.diagnostics.map((d) => `${d.rule}: ${d.message}`)).toEqual([
      'unknown-kind: this is an answer file, not a questionnaire (a questionnaire has `questions`)',
    ]);
  });
});

describe('checkAnswersText', () => {
  const questionnaire = checkQuestionnaireText(mini).questionnaire!;

  it('gives the answer set, normalised, against a questionnaire named by id', () => {
    const checked = checkAnswersText('questionnaire: mini\nanswers:\n  q1: 2\n', { questionnaires: [questionnaire] });
    expect(checked.diagnostics).toEqual([]);
    expect(checked.questionnaire).toBe(questionnaire);
    expect(checked.answers).toMatchObject({
      source: 'answers.yaml',
      questionnaire: 'mini',
      answers: { q1: { value: 2 } },
    });
  });

  it('reports answers that do not fit the questionnaire, at their positions', () => {
    const checked = checkAnswersText('questionnaire: mini\nanswers:\n  q1: 5\n  q2: 1\n', {
      file: 'r1.yaml',
      questionnaires: [questionnaire],
    });
    expect(checked.answers).toBeUndefined();
    expect(where(checked.diagnostics)).toEqual(['3:7 error invalid-answer', '4:3 error unknown-question']);
    expect(checked.diagnostics.every((d) => d.file === 'r1.yaml')).toBe(true);
  });

  it('names the questionnaires it knows when the answers name another', () => {
    const checked = checkAnswersText('questionnaire: mni\nanswers: {}\n', { questionnaires: [questionnaire] });
    expect(checked.diagnostics.map((d) => d.message)).toEqual([
      'questionnaire `mni` not found — did you mean `mini`? (known: mini)',
    ]);
  });

  it('says so when the text is another kind of file', () => {
    expect(checkAnswersText(mini).diagnostics.map((d) => d.message)).toEqual([
      'this is a questionnaire, not an answer file (an answer file has `answers`)',
    ]);
  });
});

describe('Workspace.addQuestionnaire', () => {
  it('checks answer files against a questionnaire checked elsewhere, without reading it', () => {
    const questionnaire = checkQuestionnaireText(mini).questionnaire!;
    const workspace = new Workspace(memoryHost({ 'a.yaml': 'questionnaire: mini\nanswers: {q1: 1}\n' }));
    workspace.addQuestionnaire(questionnaire, '<mini>');
    expect(workspace.catalog.get('mini')).toBe('<mini>');
    const checked = workspace.load('a.yaml');
    expect(checked.diagnostics).toEqual([]);
    expect(checked.questionnaire).toBe(questionnaire);
  });
});
