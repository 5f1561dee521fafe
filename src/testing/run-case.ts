/**
 * One test case against its questionnaire: its answer sets scored with its options, and every
 * expectation compared with what came out. Pure: the answers come in read and checked already.
 */
import type { AnswerSet } from '../answers/types.js';
import { diag } from '../diagnostics/diag.js';
import { msg } from '../diagnostics/messages.js';
import { hasErrors, withStrictness, type Diagnostic, type Position } from '../diagnostics/types.js';
import type { Questionnaire } from '../questionnaire/types.js';
import { score } from '../scoring/score.js';
import { checkTargetFlags, parseTargetFlags, type TargetProblem } from '../scoring/targets.js';
import type { Profile, UnitProfile } from '../scoring/types.js';
import type { PathSegment } from '../source/locate.js';
import { closest } from '../util/suggest.js';
import {
  DEFAULT_TOLERANCE,
  type CaseResult,
  type Difference,
  type Expectation,
  type LevelExpectation,
  type TestCase,
  type UnitExpectation,
} from './types.js';

export interface CaseContext {
  /** The test file, which findings about the case's options name. */
  file: string;
  /** Where a path below the case (`['expect', 'overall', 'score']`) is in the test file. */
  at(path: readonly PathSegment[], target?: 'key' | 'value'): Position;
}

export interface CaseInput {
  /** The answer sets to score: the inline answers, or those of the case's files. */
  sets: readonly AnswerSet[];
  /** Every finding about those answers (errors keep the case from being scored). */
  findings: readonly Diagnostic[];
  /** What keeps the case from running at all. */
  problems?: readonly Diagnostic[];
}

/**
 * A score as written in an expectation: rounded to a tenth of the tolerance, so that it still
 * matches and a file updated twice stays the same (2.3333333333, not 2.3333333333333335).
 */
export function roundScore(value: number, tolerance: number): number {
  if (!(tolerance > 0)) return value;
  const decimals = Math.min(15, Math.max(0, Math.ceil(-Math.log10(tolerance)) + 1));
  return Number(value.toFixed(decimals));
}

/** The target options as scoring takes them, with a finding for each that does not fit the questionnaire. */
function caseTargets(values: readonly string[], q: Questionnaire, ctx: CaseContext) {
  const findings: Diagnostic[] = [];
  const at = (j: number) => ctx.at(['options', 'target', j]);
  const parsed = values.map((value) => parseTargetFlags([value]));
  parsed.forEach(({ errors }, j) => {
    for (const problem of errors) findings.push(targetFinding(problem, values[j]!, ctx.file, at(j)));
  });
  const { targets } = parseTargetFlags(values.filter((_, j) => parsed[j]!.errors.length === 0));
  for (const problem of checkTargetFlags(targets, q)) {
    if (problem.problem === 'syntax') continue;
    const unit = problem.option.unit;
    // The last value that set this target, as a later value for the same id wins.
    let j = parsed.length - 1;
    while (j >= 0 && (unit === undefined ? parsed[j]!.targets.all : parsed[j]!.targets.byId?.[unit]) === undefined) j--;
    findings.push(targetFinding(problem, values[j] ?? '', ctx.file, at(j)));
  }
  return { targets, findings };
}

function targetFinding(problem: TargetProblem, value: string, file: string, position: Position): Diagnostic {
  switch (problem.problem) {
    case 'syntax':
      return diag(file, 'invalid-value', msg('test.target-syntax', { value }), position);
    case 'rank':
      return diag(
        file,
        'invalid-target',
        msg('test.target-rank', { value, top: problem.top, questionnaire: problem.questionnaire }),
        position,
        'error',
        { rank: problem.option.rank },
      );
    case 'level':
      return diag(
        file,
        'invalid-target',
        msg('test.target-level', {
          value,
          level: problem.option.levelId,
          questionnaire: problem.questionnaire,
          levels: [...problem.levels],
          suggestion: closest(problem.option.levelId, problem.levels),
        }),
        position,
        'error',
        { level: problem.option.levelId },
      );
    case 'unit':
      return diag(
        file,
        'unknown-target',
        msg('test.target-unit', {
          value,
          unit: problem.option.unit,
          questionnaire: problem.questionnaire,
          suggestion: closest(problem.option.unit, problem.units),
        }),
        position,
        'error',
        { id: problem.option.unit },
      );
  }
}

/** Every unit of a profile by id: dimensions, then each one's subdimensions. */
function unitsOf(profile: Profile): Map<string, UnitProfile> {
  const units = new Map<string, UnitProfile>();
  for (const d of profile.dimensions) {
    units.set(d.id, d);
    for (const s of d.subdimensions) units.set(s.id, s);
  }
  return units;
}

function nextStepUnits(profile: Profile): string[] {
  return profile.nextSteps.map((group) => group.subdimension ?? group.dimension);
}

function ruleIds(findings: readonly Diagnostic[]): string[] {
  return [...new Set(findings.map((d) => d.rule))].sort();
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function scoresMatch(expected: number | null, actual: number | null, tolerance: number): boolean {
  if (expected === null || actual === null) return expected === actual;
  return Math.abs(expected - actual) <= tolerance;
}

/** What a case produces, as a full `expect` block. */
function snapshot(profile: Profile | undefined, findings: readonly Diagnostic[], tolerance: number): Expectation {
  const actual: Expectation = {};
  const scoreOf = (s: number | null) => (s === null ? null : roundScore(s, tolerance));
  if (profile) {
    actual.overall = { score: scoreOf(profile.overall.score), level: profile.overall.levelId };
    actual.units = {};
    for (const [id, unit] of unitsOf(profile))
      actual.units[id] = { score: scoreOf(unit.score), level: unit.levelId, gap: unit.gap };
    actual.nextSteps = nextStepUnits(profile);
  }
  if (findings.length > 0) actual.findings = ruleIds(findings);
  return actual;
}

/** The differences between an `expect` block and what the case produced. */
function compare(
  expect: Expectation,
  profile: Profile | undefined,
  findings: readonly Diagnostic[],
  ctx: CaseContext,
  tolerance: number,
): Difference[] {
  const differences: Difference[] = [];
  const at = (path: string[], target?: 'key') => ctx.at(['expect', ...path], target);
  const levelFields = (
    path: string[],
    expected: LevelExpectation | UnitExpectation,
    actual: UnitProfile | undefined,
  ) => {
    for (const key of ['score', 'level', 'gap'] as const) {
      if (!(key in expected)) continue;
      const want = (expected as UnitExpectation)[key];
      const where = { path: [...path, key], expected: want, position: at([...path, key]) };
      if (!actual) {
        differences.push({ ...where, missing: { reason: 'not-scored' } });
        continue;
      }
      const got = key === 'score' ? actual.score : key === 'level' ? actual.levelId : actual.gap;
      const same = key === 'score' ? scoresMatch(want as number | null, got as number | null, tolerance) : want === got;
      if (!same) differences.push({ ...where, actual: got });
    }
  };

  if (expect.overall) {
    const overall = profile && ({ ...profile.overall, gap: 0 } as UnitProfile);
    levelFields(['overall'], expect.overall, overall);
  }
  if (expect.units) {
    const units = profile ? unitsOf(profile) : undefined;
    const known = [...(units?.keys() ?? [])];
    for (const [id, expected] of Object.entries(expect.units)) {
      const unit = units?.get(id);
      if (units && !unit) {
        differences.push({
          path: ['units', id],
          expected,
          missing: { reason: 'unknown-unit', unit: id, units: known },
          position: at(['units', id], 'key'),
        });
        continue;
      }
      levelFields(['units', id], expected, unit);
    }
  }
  if (expect.nextSteps) {
    const where = { path: ['nextSteps'], expected: expect.nextSteps, position: at(['nextSteps']) };
    if (!profile) differences.push({ ...where, missing: { reason: 'not-scored' } });
    else {
      const all = nextStepUnits(profile);
      const first = expect.nextSteps.length === 0 ? all : all.slice(0, expect.nextSteps.length);
      if (!sameList(first, expect.nextSteps)) differences.push({ ...where, actual: first });
    }
  }
  const found = ruleIds(findings);
  if (expect.findings) {
    const expected = [...new Set(expect.findings)].sort();
    if (!sameList(expected, found))
      differences.push({ path: ['findings'], expected: expect.findings, actual: found, position: at(['findings']) });
  } else if (hasErrors(findings)) {
    differences.push({ path: ['findings'], expected: [], actual: found, position: ctx.at(['name']) });
  }
  return differences;
}

/** Runs one case: its options checked, its answers scored (when they have no errors), its expectations compared. */
export function runCase(
  q: Questionnaire,
  testCase: TestCase,
  index: number,
  input: CaseInput,
  ctx: CaseContext,
): CaseResult {
  const tolerance = testCase.tolerance ?? DEFAULT_TOLERANCE;
  const options = testCase.options ?? {};
  const { targets, findings: targetFindings } = caseTargets(options.target ?? [], q, ctx);
  const findings = withStrictness([...input.findings, ...targetFindings], options.strict);
  const problems = [...(input.problems ?? [])];
  const profile =
    problems.length === 0 && !hasErrors(findings)
      ? score(q, input.sets, {
          targets,
          ...(options.respondents !== undefined ? { respondents: options.respondents } : {}),
          ...(options.top !== undefined ? { top: options.top } : {}),
        })
      : undefined;
  const differences = problems.length > 0 ? [] : compare(testCase.expect ?? {}, profile, findings, ctx, tolerance);
  return {
    name: testCase.name,
    index,
    position: ctx.at(['name']),
    status: problems.length > 0 ? 'error' : differences.length > 0 ? 'failed' : 'passed',
    differences,
    findings,
    problems,
    actual: snapshot(profile, findings, tolerance),
    tolerance,
  };
}
