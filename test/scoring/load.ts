/** Loads the scoring fixtures through the real workspace, so tests score what the CLI would. */
import { expect } from 'vitest';
import { normaliseAnswers, type AnswerFile, type AnswerSet } from '../../src/answers/types.js';
import { nodeHost } from '../../src/node/file-host.js';
import type { Questionnaire } from '../../src/questionnaire/types.js';
import { Workspace } from '../../src/workspace/workspace.js';
import { fixture } from '../helpers/cli.js';

export function loadQuestionnaire(...parts: string[]): Questionnaire {
  const checked = new Workspace(nodeHost).load(fixture(...parts));
  expect(checked.diagnostics).toEqual([]);
  return checked.questionnaire!;
}

export const tinyScan = (): Questionnaire => loadQuestionnaire('scoring', 'tiny-scan.yaml');

/** An answer set for tiny-scan from bare values. */
export function answers(source: string, values: AnswerFile['answers'], extra: Partial<AnswerFile> = {}): AnswerSet {
  return normaliseAnswers({ questionnaire: 'tiny-scan', ...extra, answers: values }, source);
}
