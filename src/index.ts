/**
 * datascan as a library: the pure core. Questionnaires and answer files are checked from text (or
 * through a FileHost of one's own), answer sets scored, and profiles rendered in every format the
 * CLI writes. Nothing here reads or writes files: `datascan/node` does (src/node/index.ts).
 */

// Checking questionnaires and answers.
export {
  checkAnswersText,
  checkQuestionnaireText,
  type AnswersCheck,
  type AnswersTextOptions,
  type QuestionnaireCheck,
  type QuestionnaireTextOptions,
} from './workspace/checks.js';
export { memoryHost } from './workspace/memory-host.js';
export { validateFiles, type ValidateFilesOptions } from './workspace/validate-files.js';
export {
  detectKind,
  Workspace,
  type CheckedFile,
  type FileHost,
  type FileKind,
  type WorkspaceOptions,
} from './workspace/workspace.js';
export type { CheckCache, LocalCheck } from './workspace/check-cache.js';
export { parseAnswersCsv, type CsvAnswers, type CsvReadOptions } from './answers/csv.js';
export {
  changedQuestions,
  migrateAnswerSet,
  migratedId,
  migrationPath,
  newQuestions,
  type MigratedAnswerSet,
  type MigrationSummary,
} from './answers/migrate.js';

// Findings.
export { RULES, type RuleId } from './diagnostics/rules.js';
export { localizeFinding, localizeFindings } from './diagnostics/localize.js';
export type { FindingText } from './diagnostics/messages.js';
export {
  formatDiagnosticLine,
  hasErrors,
  sortDiagnostics,
  type Diagnostic,
  type Severity,
} from './diagnostics/types.js';

// Scoring and comparing.
export { score } from './scoring/score.js';
// score() trusts its options: check targets first, as the CLI does with --target.
export {
  checkTargetFlags,
  parseTargetFlags,
  type TargetFlags,
  type TargetLevel,
  type TargetOption,
  type TargetProblem,
} from './scoring/targets.js';
export { groupByOrganisation } from './scoring/group.js';
export type {
  AnswerCounts,
  BelowLegalFloorAnswer,
  Coverage,
  DimensionProfile,
  Explanation,
  LevelInfo,
  LevelRef,
  NextStepGroup,
  Profile,
  QuestionAnswers,
  QuestionNote,
  ScoreOptions,
  Spread,
  UnitProfile,
} from './scoring/types.js';
export {
  compareProfiles,
  incomparable,
  questionsChangedBetween,
  type Comparison,
  type ComparisonOptions,
  type DimensionChange,
  type QuestionsChanged,
  type UnitChange,
} from './compare/compare.js';

// Rendering.
export {
  COMPARISON_FORMATS,
  PROFILE_FORMATS,
  renderComparison,
  renderProfiles,
  type ComparisonFormat,
  type ComparisonRenderOptions,
  type ProfileFormat,
  type RenderOptions,
} from './report/render.js';
export type { CsvDialect } from './report/profile/index.js';
export type { Style } from './util/style.js';

// Questionnaires and answers as data.
export type {
  Dimension,
  Level,
  MigrationFate,
  MigrationStep,
  Question,
  Questionnaire,
  QuestionnaireFile,
  RespondentRule,
  Scale,
  ScaleOption,
  ScoringMethod,
  ScoringRules,
  Subdimension,
  Text,
  UnansweredRule,
} from './questionnaire/types.js';
export type { Answer, AnswerFile, AnswerSet, AnswerValue } from './answers/types.js';
