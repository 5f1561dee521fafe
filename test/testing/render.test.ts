import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { diag } from '../../src/diagnostics/diag.js';
import { msg } from '../../src/diagnostics/messages.js';
import { summariseTests } from '../../src/testing/describe.js';
import { renderTestGithub } from '../../src/testing/render/github.js';
import { renderTestJson } from '../../src/testing/render/json.js';
import { renderTestJunit } from '../../src/testing/render/junit.js';
import { renderTestText } from '../../src/testing/render/text.js';
import type { CaseResult, TestFileResult } from '../../src/testing/types.js';
import { plainStyle } from '../../src/util/style.js';
import { unsafeCharacters } from '../helpers/unsafe.js';

// A finding's words, as they are.
const said = (text: string) => msg('verbatim', { text });

const at = (line: number, column: number) => ({ line, column, endLine: line, endColumn: column + 3 });

function testCase(partial: Partial<CaseResult>): CaseResult {
  return {
    name: 'c',
    index: 0,
    position: at(3, 11),
    status: 'passed',
    differences: [],
    findings: [],
    problems: [],
    actual: {},
    tolerance: 1e-9,
    ...partial,
  };
}

const unknownQuestion = diag('q.test.yaml', 'unknown-question', said('`x` is not a question of `q`'), at(9, 7));
const RESULTS: TestFileResult[] = [
  {
    file: 'q.test.yaml',
    questionnaire: { id: 'q', version: '1.0.0', file: 'q.yaml' },
    problems: [],
    cases: [
      testCase({ name: 'goed' }),
      testCase({
        name: 'fout',
        index: 1,
        position: at(5, 11),
        status: 'failed',
        differences: [
          { path: ['overall', 'score'], expected: 1.5, actual: 1.75, position: at(7, 23) },
          { path: ['findings'], expected: [], actual: ['unknown-question'], position: at(5, 11) },
        ],
        findings: [unknownQuestion],
      }),
      testCase({
        name: 'kapot',
        index: 2,
        position: at(10, 11),
        status: 'error',
        problems: [diag('q.test.yaml', 'invalid-value', said('files of another questionnaire'), at(11, 13))],
      }),
    ],
  },
  {
    file: 'broken.test.yaml',
    problems: [diag('broken.test.yaml', 'yaml-syntax', said('bad indentation'), at(2, 1))],
    cases: [],
  },
];

describe('summariseTests', () => {
  it('counts cases, and a test file that could not be read as one failure', () => {
    expect(summariseTests(RESULTS)).toEqual({ passed: 1, failed: 3 });
  });
});

describe('renderTestText', () => {
  it('lists each file and case, the differences and findings at file:line:column, then `N passed, N failed`', () => {
    expect(renderTestText(RESULTS, summariseTests(RESULTS), plainStyle)).toBe(
      [
        'q.test.yaml (q 1.0.0)',
        '  ✓ goed',
        '  ✗ fout',
        '      q.test.yaml:7:23: overall.score: expected 1.5, got 1.75',
        '      q.test.yaml:5:11: findings: expected none, got [unknown-question]',
        '        q.test.yaml:9:7: error unknown-question `x` is not a question of `q`',
        '  ✗ kapot (not run)',
        '      q.test.yaml:11:13: error invalid-value files of another questionnaire',
        'broken.test.yaml',
        '    broken.test.yaml:2:1: error yaml-syntax bad indentation',
        '',
        '1 passed, 3 failed',
        '',
      ].join('\n'),
    );
  });
});

describe('renderTestJson', () => {
  it('writes a bidi override or C1 control from a test file escaped, reading back as written', () => {
    const hostile: TestFileResult[] = [
      { file: 'x.test.yaml', problems: [], cases: [testCase({ name: 'a\u202e\u009bb' })] },
    ];
    const json = renderTestJson(hostile, summariseTests(hostile));
    expect(unsafeCharacters(json)).toEqual([]);
    expect(JSON.parse(json).files[0].cases[0].name).toBe('a\u202e\u009bb');
  });

  it('gives counts, files, cases and differences with positions and messages', () => {
    const report = JSON.parse(renderTestJson(RESULTS, summariseTests(RESULTS)));
    expect(report).toMatchObject({ passed: 1, failed: 3 });
    expect(report.files[0].cases[1]).toMatchObject({
      name: 'fout',
      status: 'failed',
      line: 5,
      differences: [
        {
          path: 'overall.score',
          expected: 1.5,
          actual: 1.75,
          line: 7,
          column: 23,
          message: 'overall.score: expected 1.5, got 1.75',
        },
        { path: 'findings' },
      ],
      findings: [{ rule: 'unknown-question', line: 9 }],
    });
    expect(report.files[1]).toMatchObject({ questionnaire: null, cases: [], problems: [{ rule: 'yaml-syntax' }] });
  });
});

/** Parses XML strictly: any warning or error of the parser fails the test. */
function parseXml(xml: string) {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
}

const children = (node: { childNodes: ArrayLike<unknown> }, tag: string) =>
  Array.from(node.childNodes as ArrayLike<Element>).filter((n) => n.nodeType === 1 && n.tagName === tag);

describe('renderTestJunit', () => {
  it('is well-formed XML: testsuites > testsuite per file > testcase per case, with failures and errors counted', () => {
    const doc = parseXml(renderTestJunit(RESULTS));
    const root = doc.documentElement!;
    expect(root.tagName).toBe('testsuites');
    expect(['tests', 'failures', 'errors'].map((a) => root.getAttribute(a))).toEqual(['4', '1', '2']);
    const [suite, broken] = children(root, 'testsuite');
    expect(suite!.getAttribute('name')).toBe('q.test.yaml');
    const cases = children(suite!, 'testcase');
    expect(cases.map((c) => [c.getAttribute('name'), c.getAttribute('line')])).toEqual([
      ['goed', '3'],
      ['fout', '5'],
      ['kapot', '10'],
    ]);
    expect(children(cases[0]!, 'failure')).toEqual([]);
    const failure = children(cases[1]!, 'failure')[0]!;
    expect(failure.getAttribute('message')).toBe('overall.score: expected 1.5, got 1.75');
    expect(failure.textContent).toContain('q.test.yaml:9:7: error unknown-question');
    expect(children(cases[2]!, 'error')[0]!.getAttribute('message')).toBe('not run: files of another questionnaire');
    // A file that could not be read: one case in error, named after the file.
    const brokenCase = children(broken!, 'testcase')[0]!;
    expect(brokenCase.getAttribute('name')).toBe('broken.test.yaml');
    expect(children(brokenCase, 'error')[0]!.textContent).toBe(
      'broken.test.yaml:2:1: error yaml-syntax bad indentation',
    );
  });

  it('escapes markup, quotes and line breaks, and writes characters XML 1.0 does not allow as \\u escapes', () => {
    const name = 'a <b> & "c" \'d\'\nnext\ttab \u0001 \uD800 ]]> end';
    const xml = renderTestJunit([
      {
        ...RESULTS[0]!,
        cases: [
          testCase({
            name,
            status: 'failed',
            differences: [{ path: ['nextSteps'], expected: [name], actual: [], position: at(1, 1) }],
          }),
        ],
      },
    ]);
    const controls = [...xml].filter((c) => c.charCodeAt(0) < 0x20 && !'\t\n\r'.includes(c));
    expect(controls).toEqual([]);
    const testcase = children(children(parseXml(xml).documentElement!, 'testsuite')[0]!, 'testcase')[0]!;
    expect(testcase.getAttribute('name')).toBe(name.replace('\u0001', '\\u0001').replace('\uD800', '\\uD800'));
    expect(children(testcase, 'failure')[0]!.textContent).toContain('nextSteps: expected [a <b> & "c"');
  });
});

describe('renderTestGithub', () => {
  it('annotates the expectation that does not hold on its line, titled with the case; and each finding that failed a case', () => {
    expect(renderTestGithub(RESULTS).split('\n')).toEqual([
      '::error file=q.test.yaml,line=7,col=23,endLine=7,endColumn=26,title=datascan test%3A fout::overall.score: expected 1.5, got 1.75',
      '::error file=q.test.yaml,line=5,col=11,endLine=5,endColumn=14,title=datascan test%3A fout::findings: expected none, got [unknown-question]',
      '::error file=q.test.yaml,line=9,col=7,endLine=9,endColumn=10,title=unknown-question::`x` is not a question of `q`',
      '::error file=q.test.yaml,line=11,col=13,endLine=11,endColumn=16,title=invalid-value::files of another questionnaire',
      '::error file=broken.test.yaml,line=2,col=1,endLine=2,endColumn=4,title=yaml-syntax::bad indentation',
      '',
    ]);
  });

  it('escapes the case name in the title and the message', () => {
    const out = renderTestGithub([
      {
        ...RESULTS[0]!,
        file: 'a,b.test.yaml',
        cases: [
          testCase({
            name: '50%, a:b',
            status: 'failed',
            differences: [{ path: ['nextSteps'], expected: ['x'], actual: ['y%'], position: at(1, 1) }],
          }),
        ],
      },
    ]);
    expect(out).toBe(
      '::error file=a%2Cb.test.yaml,line=1,col=1,endLine=1,endColumn=4,title=datascan test%3A 50%25%2C a%3Ab::nextSteps: expected [x], got [y%25]\n',
    );
  });

  it('shows case names and file names from test files as safe text', () => {
    const hostile: TestFileResult[] = [
      { file: 'x\u001b]0;t\u0007.test.yaml', problems: [], cases: [testCase({ name: 'n\u001b[2J\u202e' })] },
    ];
    const text = renderTestText(hostile, summariseTests(hostile), plainStyle);
    expect(unsafeCharacters(text)).toEqual([]);
    expect(text).toContain('n\\u{1b}[2J\\u{202e}');
  });
});
