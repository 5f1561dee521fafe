/** Test results as JSON for scripts: every file, case and difference with its position, and the counts. */
import type { Diagnostic } from '../../diagnostics/types.js';
import { describeDifference, differencePath } from '../describe.js';
import type { TestFileResult, TestSummary } from '../types.js';

function finding(d: Diagnostic) {
  return {
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    severity: d.severity,
    rule: d.rule,
    message: d.message,
    ...(d.args ? { args: d.args } : {}),
  };
}

export function renderTestJson(results: readonly TestFileResult[], summary: TestSummary): string {
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
          message: describeDifference(d, c.tolerance),
        })),
        findings: c.findings.map(finding),
        problems: c.problems.map(finding),
      })),
    })),
  };
  return JSON.stringify(report, null, 2) + '\n';
}
