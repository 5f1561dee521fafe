/**
 * `datascan/node`: the library's helpers for files on disk. Questionnaires by id or path, answer
 * files from files, folders and globs, scoring as files are read, and writing a file atomically.
 * The pure core (checking text, scoring, rendering) is `datascan` (src/index.ts).
 */
export {
  loadQuestionnaire,
  openWorkspace,
  type LoadedQuestionnaireFile,
  type OpenWorkspaceOptions,
  type WorkspaceChoice,
} from './workspace.js';
export {
  findAnswerFiles,
  loadAnswerFiles,
  type FindAnswerFilesOptions,
  type LoadAnswerFilesOptions,
  type LoadedAnswerFiles,
} from './answer-files.js';
export {
  loadAnswerSets,
  MixedQuestionnairesError,
  scoreInputs,
  type LoadedAnswerSets,
  type ScoreEvent,
  type ScoreInputsOptions,
  type ScoreMode,
} from './score-inputs.js';
export { writeFileAtomically } from './output.js';
// What the helpers throw for a problem the user can fix (a bad path, an unknown id), with the exit
// code the CLI would give it.
export { EXIT, UserError, WriteError } from './errors.js';
export { nodeHost } from './file-host.js';
export { shippedQuestionnairesDir } from './paths.js';
