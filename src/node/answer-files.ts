/** Answer files on disk: found in files, folders and globs, then read and checked. */
import type { Questionnaire } from '../questionnaire/types.js';
import { DATA, formatPattern, STRUCTURED } from '../util/file-formats.js';
import { expandInputs } from './inputs.js';
import { loadAnswerSets, type LoadedAnswerSets } from './score-inputs.js';
import { workspaceFor, type WorkspaceChoice } from './workspace.js';

export interface FindAnswerFilesOptions {
  /** Whether CSV files in folders and globs count: they are read with a questionnaire given for them. Default false. */
  csv?: boolean;
}

/**
 * The answer files that files, folders and globs name: files as given, folders and globs expanded
 * to the YAML and JSON files in them (sorted, recursively), without duplicates. A path that does
 * not exist, or a glob that matches nothing, is an error.
 */
export function findAnswerFiles(inputs: readonly string[], options: FindAnswerFilesOptions = {}): string[] {
  return expandInputs(inputs, { pattern: formatPattern(options.csv ? DATA : STRUCTURED) });
}

export interface LoadAnswerFilesOptions extends WorkspaceChoice {
  /** Warnings count as errors, and a file with any is left out. */
  strict?: boolean;
  /** The questionnaire CSV files answer (a CSV file does not name it); with it, folders and globs yield CSV files too. */
  csvQuestionnaire?: Questionnaire;
}

export interface LoadedAnswerFiles extends LoadedAnswerSets {
  /** The files read, in order. */
  files: string[];
}

/** The answer sets in files, folders and globs, checked against the questionnaires they name. */
export async function loadAnswerFiles(
  inputs: readonly string[],
  options: LoadAnswerFilesOptions = {},
): Promise<LoadedAnswerFiles> {
  const { strict, csvQuestionnaire } = options;
  const files = findAnswerFiles(inputs, { csv: csvQuestionnaire !== undefined });
  const loaded = await loadAnswerSets(files, workspaceFor(options), {
    ...(strict ? { strict } : {}),
    ...(csvQuestionnaire ? { csvQuestionnaire } : {}),
  });
  return { files, ...loaded };
}
