import { describe, expect, it } from 'vitest';
import { mergeQuestionnaire } from '../../src/questionnaire/merge.js';
import type { QuestionnaireFile } from '../../src/questionnaire/types.js';

const model = {
  id: 'model',
  version: '2.0.0',
  title: 'Model',
  languages: ['nl'],
  levelTerm: { singular: 'fase', plural: 'fasen' },
  levels: [{ id: 'l1', name: 'L1', min: 1 }],
  scales: [{ id: 's', options: [{ value: 1, label: 'een' }] }],
  dimensions: [{ id: 'd', name: 'D' }],
} as unknown as QuestionnaireFile;

describe('mergeQuestionnaire', () => {
  it('takes levels, scales, dimensions and the level term from the model when the questionnaire has none', () => {
    const file = { id: 'scan', version: '1.0.0', title: 'Scan', languages: ['nl'], model: 'm.yaml', questions: [] };
    const merged = mergeQuestionnaire(file as unknown as QuestionnaireFile, model);
    expect(merged.levels).toBe(model.levels);
    expect(merged.scales).toBe(model.scales);
    expect(merged.dimensions).toBe(model.dimensions);
    expect(merged.levelTerm).toEqual(model.levelTerm);
    expect(merged).toMatchObject({ id: 'scan', modelId: 'model', modelVersion: '2.0.0', scoring: { method: 'mean' } });
  });

  it("lets the questionnaire's own keys replace the model's", () => {
    const levels = [{ id: 'own', name: 'Own', min: 1 }];
    const file = { id: 'scan', version: '1.0.0', title: 'S', languages: ['en'], levels, scoring: { method: 'min' } };
    const merged = mergeQuestionnaire(file as unknown as QuestionnaireFile, model);
    expect(merged.levels).toBe(levels);
    expect(merged.scoring.method).toBe('min');
    expect(merged.languages).toEqual(['en']);
  });

  it('without a model file, the questionnaire is its own model', () => {
    const file = { id: 'solo', version: '1.2.3', title: 'S', languages: ['nl'], questions: [] };
    const merged = mergeQuestionnaire(file as unknown as QuestionnaireFile);
    expect(merged).toMatchObject({ modelId: 'solo', modelVersion: '1.2.3', levels: [], scales: [], dimensions: [] });
    expect('levelTerm' in merged).toBe(false);
  });
});
