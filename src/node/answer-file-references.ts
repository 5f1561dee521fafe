/** How an answer file that datascan writes (`template`, `run`) points at its questionnaire and schema. */
import path from 'node:path';
import { answersSchemaUrl } from '../answers/schema-url.js';
import { shippedQuestionnairesDir } from './paths.js';
import { readVersion } from './version.js';

export interface AnswerFileReferences {
  /** What the `$schema` header points at: the published schema of this datascan version. */
  schema: string;
  /** How the file names its questionnaire: the id, or a path relative to the answer file. */
  questionnaire: string;
  /** Whether `questionnaire` is the id. */
  byId: boolean;
}

/**
 * A shipped questionnaire is named by its id: it is found wherever datascan runs. Any other (given
 * by path, or found in a --dir folder) by its path relative to the answer file, so the file can be
 * validated and scored without repeating --dir.
 */
export function answerFileReferences(
  answerFile: string,
  questionnaireFile: string,
  questionnaireId: string,
): AnswerFileReferences {
  const from = path.dirname(path.resolve(answerFile));
  const relative = (target: string) => path.relative(from, target).split(path.sep).join('/');
  const source = path.resolve(questionnaireFile);
  const byId = source.startsWith(path.resolve(shippedQuestionnairesDir()) + path.sep);
  return {
    schema: answersSchemaUrl(readVersion()),
    questionnaire: byId ? questionnaireId : relative(source),
    byId,
  };
}
