/**
 * Answer files in, profiles out: the work behind `score` and `compare`, for any front end. Files
 * are read one at a time and not kept, so memory stays flat over thousands of them.
 */
import type { AnswerSet } from '../answers/types.js';
import { hasErrors, withStrictness, type Diagnostic } from '../diagnostics/types.js';
import type { Questionnaire } from '../questionnaire/types.js';
import { groupByOrganisation, organisationsNamed } from '../scoring/group.js';
import { score } from '../scoring/score.js';
import type { Profile, ScoreOptions } from '../scoring/types.js';
import type { Workspace } from '../workspace/workspace.js';
import { readAnswerInputOrWorkbook } from './inputs.js';

/** How answer sets become profiles: one each, one for all, or one per organisation. */
export type ScoreMode = 'each' | 'aggregate' | 'group-by-organisation';

export interface ScoreInputsOptions {
  mode: ScoreMode;
  /** Warnings count as errors, and a file with any is left out. */
  strict?: boolean;
  /** The questionnaire CSV files answer (a CSV file does not name it). */
  csvQuestionnaire?: Questionnaire;
  /** The scoring options for a questionnaire; asked once per profile. */
  scoring(q: Questionnaire): ScoreOptions;
}

export type ScoreEvent =
  /** A file was read: its findings (with strictness applied), and whether it counts as bad. */
  | { type: 'file'; file: string; diagnostics: Diagnostic[]; bad: boolean }
  | { type: 'profile'; profile: Profile }
  /** The answer sets of the aggregate name these organisations (more than one), and no name was given: it names none. */
  | { type: 'mixed-organisations'; names: string[] }
  /** Every profile of a file is out (in `each` mode its profiles come between `file` and this). */
  | { type: 'file-done'; file: string };

/** Answers to more than one questionnaire where one profile must cover them all. */
export class MixedQuestionnairesError extends Error {
  constructor(readonly ids: readonly string[]) {
    super(`answers to ${ids.join(' and ')}`);
    this.name = 'MixedQuestionnairesError';
  }
}

/**
 * Scores files as they are read. A consumer that awaits between events (to let stdout drain, or a
 * signal be handled) holds the reading back: nothing piles up.
 */
export async function* scoreInputs(
  files: readonly string[],
  workspace: Workspace,
  options: ScoreInputsOptions,
): AsyncGenerator<ScoreEvent> {
  const pending: { set: AnswerSet; q: Questionnaire }[] = [];
  for (const file of files) {
    const input = await readAnswerInputOrWorkbook(file, workspace, options.csvQuestionnaire);
    const bad = hasErrors(input.diagnostics, options.strict);
    yield { type: 'file', file, diagnostics: withStrictness(input.diagnostics, options.strict), bad };
    // A file with errors has no answer sets; a CSV file keeps its good rows. Strict skips on warnings too.
    const usable = bad && options.strict ? [] : input.sets;
    if (input.questionnaire) {
      for (const set of usable) {
        if (options.mode === 'each') {
          yield { type: 'profile', profile: score(input.questionnaire, [set], options.scoring(input.questionnaire)) };
        } else {
          pending.push({ set, q: input.questionnaire });
        }
      }
    }
    yield { type: 'file-done', file };
  }
  if (options.mode === 'aggregate' && pending.length > 0) {
    const ids = [...new Set(pending.map((p) => p.q.id))];
    if (ids.length > 1) throw new MixedQuestionnairesError(ids);
    const q = pending[0]!.q;
    const sets = pending.map((p) => p.set);
    const scoring = options.scoring(q);
    if (scoring.organisation === undefined) {
      const names = organisationsNamed(sets);
      if (names.length > 1) yield { type: 'mixed-organisations', names };
    }
    yield { type: 'profile', profile: score(q, sets, scoring) };
  } else if (options.mode === 'group-by-organisation') {
    const byQuestionnaire = new Map(pending.map((p) => [p.set, p.q]));
    for (const group of groupByOrganisation(
      pending.map((p) => p.set),
      (set) => byQuestionnaire.get(set)!.id,
    )) {
      const q = byQuestionnaire.get(group[0]!)!;
      yield { type: 'profile', profile: score(q, group, options.scoring(q)) };
    }
  }
}

export interface LoadedAnswerSets {
  sets: AnswerSet[];
  /** The questionnaires the sets answer, by id. */
  questionnaires: Map<string, Questionnaire>;
  /** Every finding, with strictness applied. */
  diagnostics: Diagnostic[];
  /** Whether any file had errors (or, strict, warnings). */
  bad: boolean;
}

/** The answer sets of a group of files, read in order (what `compare` scores as one side). */
export async function loadAnswerSets(
  files: readonly string[],
  workspace: Workspace,
  options: { strict?: boolean; csvQuestionnaire?: Questionnaire } = {},
): Promise<LoadedAnswerSets> {
  const result: LoadedAnswerSets = { sets: [], questionnaires: new Map(), diagnostics: [], bad: false };
  for (const file of files) {
    const read = await readAnswerInputOrWorkbook(file, workspace, options.csvQuestionnaire);
    result.diagnostics.push(...withStrictness(read.diagnostics, options.strict));
    const bad = hasErrors(read.diagnostics, options.strict);
    if (bad) result.bad = true;
    if (read.questionnaire) result.questionnaires.set(read.questionnaire.id, read.questionnaire);
    // As in scoreInputs: strict leaves out a file with warnings; otherwise a CSV file keeps its good rows.
    if (!(bad && options.strict)) result.sets.push(...read.sets);
  }
  return result;
}
