/** The run fixtures (test/fixtures/run/), loaded and checked as the CLI loads them. */
import type { AnswerSet } from '../../src/answers/types.js';
import type { Questionnaire } from '../../src/questionnaire/types.js';
import { fixtureWorkspace } from '../helpers/workspace.js';

export function loadScan(file = 'test/fixtures/run/scan.yaml'): Questionnaire {
  const q = fixtureWorkspace().load(file).questionnaire;
  if (!q) throw new Error(`${file} does not load`);
  return q;
}

export function freshAnswers(q: Questionnaire): AnswerSet {
  return { source: 'test', questionnaire: q.id, version: q.version, answers: {} };
}
