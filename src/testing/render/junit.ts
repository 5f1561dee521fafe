/**
 * Test results as JUnit XML, the report format CI systems display: one `testsuite` per test file,
 * one `testcase` per case, a `failure` for each case whose expectations do not hold and an `error`
 * for each that could not run (a test file that could not be read is one such case).
 */
import { formatDiagnosticLine, type Diagnostic } from '../../diagnostics/types.js';
import { describeDifference, testWords } from '../describe.js';
import type { CaseResult, TestFileResult } from '../types.js';

/** Characters XML 1.0 does not allow: C0 controls but tab and line breaks, lone surrogates, U+FFFE and U+FFFF. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTRIBUTE_ENTITIES: Record<string, string> = {
  ...TEXT_ENTITIES,
  '"': '&quot;',
  // A parser turns a plain line break or tab in an attribute into a space: as references they stay.
  '\n': '&#10;',
  '\t': '&#9;',
};

/** A character XML cannot carry, written as `\u0001` (as YAML would write it in a double-quoted string). */
function visible(c: string): string {
  return `\\u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

function text(s: string): string {
  return s.replace(NOT_XML, visible).replace(/[&<>\r]/g, (c) => TEXT_ENTITIES[c] ?? c);
}

function attribute(s: string): string {
  return s.replace(NOT_XML, visible).replace(/[&<>"\r\n\t]/g, (c) => ATTRIBUTE_ENTITIES[c] ?? c);
}

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${attribute(String(value))}"`)
    .join('');
}

/** The element under a testcase that says why it did not pass, or nothing. */
function outcome(file: string, c: CaseResult, fileProblems: readonly Diagnostic[], language: string): string {
  const words = testWords(language);
  if (c.status === 'passed') return '';
  const problems = c.problems.length > 0 ? c.problems : fileProblems;
  if (c.status === 'error') {
    const body = problems.map((d) => formatDiagnosticLine(d)).join('\n');
    const message = problems[0] ? `${words.notRun}: ${problems[0].message}` : words.notRun;
    return `      <error${attributes({ message, type: problems[0]?.rule ?? 'error' })}>${text(body)}</error>\n`;
  }
  const lines = c.differences.map((d) => {
    const where = d.position.line > 0 ? `${file}:${d.position.line}:${d.position.column}: ` : `${file}: `;
    return where + describeDifference(d, c.tolerance, language);
  });
  if (c.differences.some((d) => d.path[0] === 'findings'))
    lines.push(...c.findings.map((d) => formatDiagnosticLine(d)));
  const message = c.differences[0] ? describeDifference(c.differences[0], c.tolerance, language) : words.failed;
  return `      <failure${attributes({ message, type: 'expectation' })}>${text(lines.join('\n'))}</failure>\n`;
}

function testcase(file: string, c: CaseResult, fileProblems: readonly Diagnostic[], language: string): string {
  const attrs = attributes({ name: c.name, classname: file, file, line: c.position.line });
  const body = outcome(file, c, fileProblems, language);
  return body === '' ? `    <testcase${attrs}/>\n` : `    <testcase${attrs}>\n${body}    </testcase>\n`;
}

function testsuite(
  result: TestFileResult,
  language: string,
): { xml: string; tests: number; failures: number; errors: number } {
  // A file that could not be read is reported as one case in error, named after the file.
  const cases: CaseResult[] =
    result.cases.length > 0 || result.problems.length === 0
      ? result.cases
      : [
          {
            name: result.file,
            index: 0,
            position: result.problems[0]!,
            status: 'error',
            differences: [],
            findings: [],
            problems: result.problems,
            actual: {},
            tolerance: 0,
          },
        ];
  const failures = cases.filter((c) => c.status === 'failed').length;
  const errors = cases.filter((c) => c.status === 'error').length;
  const head = `  <testsuite${attributes({ name: result.file, tests: cases.length, failures, errors, skipped: 0, file: result.file })}>\n`;
  const body = cases.map((c) => testcase(result.file, c, result.problems, language)).join('');
  return { xml: `${head}${body}  </testsuite>\n`, tests: cases.length, failures, errors };
}

export function renderTestJunit(results: readonly TestFileResult[], language = 'en'): string {
  const suites = results.map((result) => testsuite(result, language));
  const sum = (key: 'tests' | 'failures' | 'errors') => suites.reduce((n, s) => n + s[key], 0);
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites${attributes({ name: 'datascan test', tests: sum('tests'), failures: sum('failures'), errors: sum('errors') })}>\n` +
    suites.map((s) => s.xml).join('') +
    '</testsuites>\n'
  );
}
