/** Test results as JSON for scripts: every file, case and difference with its position, and the counts. */
import { findingRow as finding } from '../../diagnostics/render/json.js';
import { safeJson } from '../../util/safe-text.js';
import { describeDifference, differencePath } from '../describe.js';
import type { TestFileResult, TestSummary } from '../types.js';

export function renderTestJson(results: readonly TestFileResult[], summary: TestSummary, language = 'en'): string {
  const report = {
    passed: summary.passed,
    failed: summary.failed,
    files: results.map((result) => ({
      file: result.file,
      questionnaire: result.questionnaire ?? null,
      problems: result.problems.map(finding),
      cases: result.cases.map((c) => ({
        name: c.name,
        line: c.position.line,
        column: c.position.column,
        status: c.status,
        differences: c.differences.map((d) => ({
          path: differencePath(d),
          expected: d.expected,
          ...('actual' in d ? { actual: d.actual } : {}),
          ...(d.missing ? { missing: d.missing.reason } : {}),
          line: d.position.line,
          column: d.position.column,
          endLine: d.position.endLine,
          endColumn: d.position.endColumn,
          message: describeDifference(d, c.tolerance, language),
        })),
        findings: c.findings.map(finding),
        problems: c.problems.map(finding),
      })),
    })),
  };
  // Names and paths from test files: JSON escapes the C0 controls, safeJson the rest.
  return safeJson(JSON.stringify(report, null, 2)) + '\n';
}
