/**
 * Test files on disk (`*.test.yaml`): found in folders, their questionnaire and answer files read
 * through a workspace, their cases run by the core (src/testing), and for `--update` rewritten.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkAnswers } from '../answers/check.js';
import { normaliseAnswers, type AnswerSet } from '../answers/types.js';
import { diag } from '../diagnostics/diag.js';
import { msg, type FindingText } from '../diagnostics/messages.js';
import { hasErrors, type Diagnostic, type Position } from '../diagnostics/types.js';
import type { Questionnaire } from '../questionnaire/types.js';
import { locate, type PathSegment } from '../source/locate.js';
import { runCase, type CaseContext, type CaseInput } from '../testing/run-case.js';
import type { CaseResult, TestCase, TestFile, TestFileResult } from '../testing/types.js';
import { applyUpdates, planUpdates, type UpdatePlan } from '../testing/update.js';
import { DATA, formatPattern, STRUCTURED } from '../util/file-formats.js';
import { closest } from '../util/suggest.js';
import { checkQuestionnaireFile } from '../workspace/checks.js';
import { isQuestionnairePath, type Workspace } from '../workspace/workspace.js';
import { UserError } from './errors.js';
import { isFindingText } from './messages.js';
import { expandPaths, type Warn } from './file-host.js';
import { expandInputs, readAnswerInput } from './inputs.js';
import { writeFileAtomically } from './output.js';

/** What folders yield as test files. A file named on its own is read whatever its name. */
export const TEST_FILE = /\.test\.ya?ml$/i;

/** The test files that paths name: files as given, folders expanded to the `*.test.yaml` files in them (sorted). */
export function findTestFiles(paths: readonly string[], warn?: Warn): string[] {
  return expandPaths(paths, TEST_FILE, warn);
}

/**
 * Makes the questionnaires among `paths` (files, or the YAML and JSON files in folders) known by
 * id, winning over the shipped ones: a test file in a copy of a questionnaire's folder tests the copy.
 */
export function registerQuestionnairesIn(paths: readonly string[], workspace: Workspace, warn?: Warn): void {
  workspace.registerQuestionnaires(
    expandPaths(paths, formatPattern(STRUCTURED), warn).filter((f) => !TEST_FILE.test(f)),
    true,
  );
}

export interface TestFileRun {
  result: TestFileResult;
  /** The test file's data, when it could be read and has no errors. */
  testFile?: TestFile;
}

/** Runs every case of a test file against its questionnaire. */
export function runTestFile(file: string, workspace: Workspace): TestFileRun {
  const result: TestFileResult = { file, problems: [], cases: [] };
  // Test files are not kept: an --update rewrites them, and they are read again.
  const checked = workspace.loadUncached(file);
  if (checked.kind !== 'test' || !checked.source || checked.data === undefined) {
    result.problems = hasErrors(checked.diagnostics)
      ? checked.diagnostics
      : [diag(file, 'unknown-kind', msg('kind.not-test', { kind: checked.kind }))];
    return { result };
  }
  const source = checked.source;
  const testFile = checked.data as TestFile;
  const at = (p: readonly PathSegment[], target?: 'key' | 'value') => locate(source, p, target);
  const loaded = loadQuestionnaire(testFile.questionnaire, file, workspace, at(['questionnaire']));
  if ('problems' in loaded) {
    result.problems = loaded.problems;
    result.cases = testFile.cases.map((c, i) => notRun(c, i, at(['cases', i, 'name'])));
    return { result, testFile };
  }
  const { questionnaire: q, file: questionnaireFile } = loaded;
  result.questionnaire = { id: q.id, version: q.version, file: questionnaireFile };
  // Answer files that name the questionnaire by id are checked against the one under test.
  const previous = workspace.catalog.get(q.id);
  workspace.catalog.set(q.id, questionnaireFile);
  try {
    result.cases = testFile.cases.map((c, i) => {
      const ctx: CaseContext = { file, at: (p, target) => at(['cases', i, ...p], target) };
      return runCase(q, c, i, caseInput(c, q, file, workspace, ctx), ctx);
    });
  } finally {
    if (previous === undefined) workspace.catalog.delete(q.id);
    else workspace.catalog.set(q.id, previous);
  }
  return { result, testFile };
}

function notRun(c: TestCase, index: number, position: Position): CaseResult {
  return {
    name: c.name,
    index,
    position,
    status: 'error',
    differences: [],
    findings: [],
    problems: [],
    actual: {},
    tolerance: c.tolerance ?? 0,
  };
}

/** The questionnaire a test file names, checked; or the problems that keep its cases from running. */
function loadQuestionnaire(
  ref: string,
  testFile: string,
  workspace: Workspace,
  position: Position,
): { questionnaire: Questionnaire; file: string } | { problems: Diagnostic[] } {
  const file = workspace.resolveQuestionnaire(ref, testFile);
  const problem = (said: FindingText) => diag(testFile, 'unknown-questionnaire', said, position, 'error', { id: ref });
  // A path that leads where references may not: the same finding the workspace gives an answer file.
  if (file === undefined && isQuestionnairePath(ref))
    return { problems: [workspace.outside(testFile, msg('reference.questionnaire', { ref }), position)] };
  if (file === undefined) {
    const known = [...workspace.catalog.keys()];
    return {
      problems: [
        problem(
          msg('questionnaire.not-found', {
            ref,
            suggestion: closest(ref, known),
            known,
            hint: msg('reference.hint-test-file'),
          }),
        ),
      ],
    };
  }
  const checked = checkQuestionnaireFile(workspace, file);
  if (checked.questionnaire) return { questionnaire: checked.questionnaire, file };
  const errors = checked.diagnostics.filter((d) => d.severity === 'error');
  const reason = errors.some((d) => d.rule === 'file-not-found') ? 'not-found' : 'errors';
  const what = msg('reference.questionnaire', { ref, file });
  return { problems: [problem(msg('questionnaire.unusable', { what, reason })), ...errors] };
}

/** A case's answer sets and the findings about them: its inline answers, or its files read and checked. */
function caseInput(c: TestCase, q: Questionnaire, file: string, workspace: Workspace, ctx: CaseContext): CaseInput {
  if (c.answers !== undefined) {
    const findings = checkAnswers({ answers: c.answers }, q, file, ctx.at);
    const sets: AnswerSet[] = hasErrors(findings)
      ? []
      : [normaliseAnswers({ questionnaire: q.id, answers: c.answers }, `${file}#${c.name}`)];
    return { sets, findings };
  }
  const sets: AnswerSet[] = [];
  const findings: Diagnostic[] = [];
  const problems: Diagnostic[] = [];
  (c.files ?? []).forEach((ref, j) => {
    const where = path.isAbsolute(ref) ? ref : path.join(path.dirname(file), ref);
    let answerFiles: string[];
    try {
      answerFiles = expandInputs([where], { pattern: formatPattern(DATA) });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      const said = isFindingText(error.said) ? error.said : msg('verbatim', { text: error.message });
      findings.push(diag(file, 'file-not-found', said, ctx.at(['files', j])));
      return;
    }
    for (const answerFile of answerFiles) {
      const input = readAnswerInput(answerFile, workspace, q);
      findings.push(...input.diagnostics);
      if (input.questionnaire && input.questionnaire !== q)
        problems.push(
          diag(
            file,
            'invalid-value',
            msg('test.other-questionnaire', { file: answerFile, id: input.questionnaire.id }),
            ctx.at(['files', j]),
          ),
        );
      sets.push(...input.sets);
    }
  });
  if (c.aggregate === false && sets.length > 1)
    problems.push(
      diag(file, 'invalid-value', msg('test.aggregate-false', { sets: sets.length }), ctx.at(['aggregate'])),
    );
  return { sets, findings, problems };
}

/**
 * Rewrites a test file's `expect` blocks to what its cases produce now (atomically), and says
 * what changed and what no update can fix. Nothing is written when nothing changes.
 */
export function updateTestFile(run: TestFileRun): UpdatePlan {
  if (!run.testFile) return { updates: [], left: [] };
  const plan = planUpdates(run.testFile, run.result);
  if (plan.updates.length > 0) {
    const text = fs.readFileSync(run.result.file, 'utf8');
    writeFileAtomically(run.result.file, applyUpdates(text, plan.updates));
  }
  return plan;
}
