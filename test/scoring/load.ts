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

/** The levels whose bars groups-scan's questions are part of once its questions are gated (the file, scored by mean, gives none). */
export const GROUPS_SCAN_LEVELS: Record<string, string> = {
  s1: 'initial',
  s2: 'initial',
  s3: 'defined',
  p1: 'initial',
  d1: 'initial',
  d2: 'initial',
  d3: 'defined',
};

/** groups-scan with its questions gated, each on its level. */
export const gatedGroupsScan = (q: Questionnaire): Questionnaire => ({
  ...q,
  questions: q.questions.map((x) => ({ ...x, level: GROUPS_SCAN_LEVELS[x.id] })),
  scoring: { ...q.scoring, rollup: { questions: 'gated' } },
});

export const tinyScan = (): Questionnaire => loadQuestionnaire('scoring', 'tiny-scan.yaml');

/** An answer set for tiny-scan from bare values. */
export function answers(source: string, values: AnswerFile['answers'], extra: Partial<AnswerFile> = {}): AnswerSet {
  return normaliseAnswers({ questionnaire: 'tiny-scan', ...extra, answers: values }, source);
}
