/** Test results for a terminal or a CI log: each file, each case (✓ or ✗) with its differences, then `N passed, N failed`. */
import { formatDiagnosticLine, type Diagnostic } from '../../diagnostics/types.js';
import { safeLine } from '../../util/safe-text.js';
import type { Style } from '../../util/style.js';
import { describeDifference, summaryLine, testWords } from '../describe.js';
import type { CaseResult, TestFileResult, TestSummary } from '../types.js';

const INDENT = '      ';

function at(file: string, position: { line: number; column: number }): string {
  return position.line > 0 ? `${file}:${position.line}:${position.column}` : file;
}

/** The lines under a case that did not pass: why. */
function caseDetails(file: string, c: CaseResult, style: Style, language: string): string[] {
  const lines = c.problems.map((d) => INDENT + formatDiagnosticLine(d, style));
  for (const difference of c.differences) {
    lines.push(
      `${INDENT}${style.bold(safeLine(at(file, difference.position)))}: ${safeLine(describeDifference(difference, c.tolerance, language))}`,
    );
    // The findings themselves, where they are, when they are what went wrong.
    if (difference.path[0] === 'findings')
      lines.push(...c.findings.map((d: Diagnostic) => `${INDENT}  ${formatDiagnosticLine(d, style)}`));
  }
  return lines;
}

/** `language`: of datascan's words; the findings are said as they come. */
export function renderTestText(
  results: readonly TestFileResult[],
  summary: TestSummary,
  style: Style,
  language = 'en',
): string {
  const lines: string[] = [];
  for (const result of results) {
    const q = result.questionnaire;
    // Names, ids and paths come from test files (a pull request's): shown as safe text.
    lines.push(style.bold(safeLine(result.file)) + (q ? style.dim(safeLine(` (${q.id} ${q.version})`)) : ''));
    for (const d of result.problems) lines.push(`    ${formatDiagnosticLine(d, style)}`);
    for (const c of result.cases) {
      const mark = c.status === 'passed' ? style.ok('✓') : style.error('✗');
      const note = c.status === 'error' ? style.dim(` (${testWords(language).notRun})`) : '';
      lines.push(`  ${mark} ${safeLine(c.name)}${note}`);
      if (c.status !== 'passed') lines.push(...caseDetails(result.file, c, style, language));
    }
  }
  const total = summaryLine(summary, language);
  lines.push('', summary.failed > 0 ? style.error(total) : style.ok(total));
  return lines.join('\n') + '\n';
}
