/**
 * Test results as GitHub workflow commands: an annotation on the test file's line of each
 * expectation that does not hold, and on each finding that failed a case.
 */
import { escapeData, escapeProperty, renderGithub } from '../../diagnostics/render/github.js';
import { describeDifference } from '../describe.js';
import type { TestFileResult } from '../types.js';

export function renderTestGithub(results: readonly TestFileResult[], language = 'en'): string {
  let out = '';
  for (const result of results) {
    out += renderGithub(result.problems);
    for (const c of result.cases) {
      if (c.status === 'passed') continue;
      out += renderGithub(c.problems);
      const title = escapeProperty(`datascan test: ${c.name}`);
      for (const difference of c.differences) {
        const { line, column, endLine, endColumn } = difference.position;
        const props = [`file=${escapeProperty(result.file)}`];
        if (line > 0) props.push(`line=${line}`, `col=${column}`, `endLine=${endLine}`, `endColumn=${endColumn}`);
        props.push(`title=${title}`);
        out += `::error ${props.join(',')}::${escapeData(describeDifference(difference, c.tolerance, language))}\n`;
        if (difference.path[0] === 'findings') out += renderGithub(c.findings);
      }
    }
  }
  return out;
}
