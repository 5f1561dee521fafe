/**
 * A questionnaire merged with its model file: keys the questionnaire gives itself replace the
 * model's. Pure: the workspace finds and checks the model file, this only combines the two.
 */
import type { Questionnaire, QuestionnaireFile } from './types.js';

export function mergeQuestionnaire(file: QuestionnaireFile, model?: QuestionnaireFile): Questionnaire {
  const levelTerm = file.levelTerm ?? model?.levelTerm;
  const instructions = file.instructions ?? model?.instructions;
  const migrations = file.migrations ?? model?.migrations;
  return {
    id: file.id,
    version: file.version,
    title: file.title,
    ...(file.description !== undefined ? { description: file.description } : {}),
    ...(instructions !== undefined ? { instructions } : {}),
    languages: file.languages,
    modelId: model?.id ?? file.id,
    modelVersion: model?.version ?? file.version,
    levels: file.levels ?? model?.levels ?? [],
    ...(levelTerm !== undefined ? { levelTerm } : {}),
    scales: file.scales ?? model?.scales ?? [],
    dimensions: file.dimensions ?? model?.dimensions ?? [],
    questions: file.questions ?? [],
    scoring: { ...file.scoring, method: file.scoring?.method ?? 'mean' },
    ...(migrations !== undefined ? { migrations } : {}),
  };
}
