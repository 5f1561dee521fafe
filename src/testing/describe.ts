/** The words for test results, shared by every format: a difference, an update, the summary. */
import { didYouMean } from '../util/suggest.js';
import { roundScore } from './run-case.js';
import type { Difference, TestFileResult, TestSummary } from './types.js';
import type { ExpectationUpdate } from './update.js';

/** A value as an `expect` block writes it: `1.5`, `agenderen`, `null`, `[privacy, ethiek]`, `{score: 2, gap: 1}`. */
export function formatValue(value: unknown, tolerance: number): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return String(roundScore(value, tolerance));
  if (Array.isArray(value)) return `[${value.map((v) => formatValue(v, tolerance)).join(', ')}]`;
  if (typeof value === 'object')
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}: ${formatValue(v, tolerance)}`)
      .join(', ')}}`;
  return String(value);
}

/** `overall.score`, `units.privacy.level`. */
export function differencePath(difference: Difference): string {
  return difference.path.join('.');
}

/** `overall.score: expected 1.5, got 1.75`. */
export function describeDifference(difference: Difference, tolerance: number): string {
  const where = differencePath(difference);
  const expected = formatValue(difference.expected, tolerance);
  const missing = difference.missing;
  if (missing?.reason === 'unknown-unit')
    return `${where}: \`${missing.unit}\` is not a dimension or subdimension of the questionnaire${didYouMean(missing.unit, missing.units)}`;
  if (missing?.reason === 'not-scored')
    return `${where}: expected ${expected}, got nothing: the answers have errors, so the case was not scored`;
  const actual = formatValue(difference.actual, tolerance);
  if (where === 'findings' && Array.isArray(difference.expected) && difference.expected.length === 0)
    return `findings: expected none, got ${actual}`;
  return `${where}: expected ${expected}, got ${actual}`;
}

/** `overall.score: 1.5 → 1.75`; `findings: (new) [unknown-question]`; for a whole new block, what it holds. */
export function describeUpdate(update: ExpectationUpdate, tolerance: number): string {
  if (update.path.length === 0) return `expect: (new) ${Object.keys(update.to as object).join(', ')}`;
  const where = update.path.join('.');
  const to = formatValue(update.to, tolerance);
  return 'from' in update ? `${where}: ${formatValue(update.from, tolerance)} → ${to}` : `${where}: (new) ${to}`;
}

export function summariseTests(results: readonly TestFileResult[]): TestSummary {
  let passed = 0;
  let failed = 0;
  for (const file of results) {
    // A file that could not be read has no cases to count: it counts as one failure.
    if (file.cases.length === 0 && file.problems.length > 0) failed++;
    for (const c of file.cases) {
      if (c.status === 'passed') passed++;
      else failed++;
    }
  }
  return { passed, failed };
}

/** The line every format ends with: `N passed, N failed`. */
export function summaryLine(summary: TestSummary): string {
  return `${summary.passed} passed, ${summary.failed} failed`;
}
