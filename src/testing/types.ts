/**
 * Test files (schemas/test.schema.json is the published contract) and what running them gives:
 * typed results with the differences as data, worded late by the renderers in ./render.
 */
import type { RespondentRule } from '../questionnaire/types.js';
import type { Answer, AnswerValue } from '../answers/types.js';
import type { Diagnostic, Position } from '../diagnostics/types.js';

export interface TestFile {
  /** The questionnaire under test: an id, or a path relative to the test file. */
  questionnaire: string;
  cases: TestCase[];
}

export interface TestCase {
  name: string;
  /** One respondent's answers, inline (as in an answer file). */
  answers?: Record<string, AnswerValue | Answer | null>;
  /** Answer files, folders or globs, relative to the test file. */
  files?: string[];
  /** Score the sets of `files` together (the default; false only fits one set). */
  aggregate?: boolean;
  options?: CaseOptions;
  expect?: Expectation;
  /** How far a score may lie from the expected one. */
  tolerance?: number;
}

/** Scoring options, as `datascan score` takes them as flags. */
export interface CaseOptions {
  target?: string[];
  /** How respondents' values combine, whatever the questionnaire says (`--respondents`). */
  respondents?: RespondentRule;
  top?: number;
  strict?: boolean;
}

export interface LevelExpectation {
  score?: number | null;
  /** A level id; null below the first level. */
  level?: string | null;
}

export interface UnitExpectation extends LevelExpectation {
  /** Null without a score. */
  gap?: number | null;
}

export interface Expectation {
  overall?: LevelExpectation;
  /** Dimension or subdimension id -> what it must score. */
  units?: Record<string, UnitExpectation>;
  /** The units the next steps start with, in order. */
  nextSteps?: string[];
  /** Rule ids of the findings about the answers, in any order. */
  findings?: string[];
}

export const DEFAULT_TOLERANCE = 1e-9;

/** Why an expectation has nothing to be compared with. */
export type Missing =
  /** The answers have errors, so no profile was scored. */
  | { reason: 'not-scored' }
  /** `units` names an id that is not a dimension or subdimension. */
  | { reason: 'unknown-unit'; unit: string; units: readonly string[] };

/** One expectation that does not hold. */
export interface Difference {
  /** Below `expect`: `['overall', 'score']`, `['units', 'privacy', 'level']`, `['nextSteps']`, `['findings']`. */
  path: string[];
  expected: unknown;
  /** What the case produces now (for `nextSteps`: as many units as expected, or all when none are); absent with `missing`. */
  actual?: unknown;
  missing?: Missing;
  /** The expectation in the test file (for `findings` without an expectation: the case's `name`). */
  position: Position;
}

export type CaseStatus = 'passed' | 'failed' | 'error';

export interface CaseResult {
  name: string;
  /** Position in `cases`. */
  index: number;
  /** Where the case's name is in the test file. */
  position: Position;
  /** `error`: the case could not run (see `problems`, or its file's). */
  status: CaseStatus;
  differences: Difference[];
  /** The findings about the case's answers and options, with `strict` applied. */
  findings: Diagnostic[];
  /** What kept the case from running: an answer file of another questionnaire, a contradiction in the case. */
  problems: Diagnostic[];
  /** What the case produces now, as a full `expect` block (`--update` writes it where a case has none). */
  actual: Expectation;
  tolerance: number;
}

export interface TestFileResult {
  file: string;
  /** The questionnaire under test, when it could be loaded. */
  questionnaire?: { id: string; version: string; file: string };
  /** What kept the whole file from running: its syntax or schema, its questionnaire unknown or with errors. */
  problems: Diagnostic[];
  cases: CaseResult[];
}

export interface TestSummary {
  passed: number;
  /** Failed cases, cases that could not run, and test files that could not run at all (one each). */
  failed: number;
}
