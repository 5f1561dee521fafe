import { describe, expect, it } from 'vitest';
import { NO_POSITION } from '../../src/diagnostics/types.js';
import { describeUpdate } from '../../src/testing/describe.js';
import type { CaseResult, TestFile, TestFileResult } from '../../src/testing/types.js';
import { parseSource } from '../../src/source/source.js';
import { applyUpdates, planUpdates, type ExpectationUpdate } from '../../src/testing/update.js';

const TEXT = `# yaml-language-server: $schema=../../schemas/test.schema.json
questionnaire: tiny-scan # by id
cases:
  # The first case.
  - name: "een"
    answers: {a1-1: 2}
    expect:
      overall: {score: 1.5, level: start} # level by id
      units:
        a-one:
          score: 2
          level: 'try'
      nextSteps: [a-one, beta] # in order

  - name: twee
    answers: {a1-1: 9}
`;

const update = (index: number, path: string[], to: unknown, from?: unknown): ExpectationUpdate => ({
  index,
  name: 'x',
  path,
  ...(from !== undefined ? { from } : {}),
  to,
  position: NO_POSITION,
});

describe('applyUpdates', () => {
  it('changes only the values updated; comments, blank lines, order, quoting and flow style stay', () => {
    const text = applyUpdates(TEXT, [
      update(0, ['overall', 'score'], 1.75, 1.5),
      update(0, ['units', 'a-one', 'level'], 'spread', 'try'),
      update(0, ['nextSteps'], ['beta', 'a-one'], ['a-one', 'beta']),
    ]);
    expect(text).toBe(
      TEXT.replace('score: 1.5,', 'score: 1.75,')
        .replace("level: 'try'", "level: 'spread'")
        .replace('nextSteps: [a-one, beta]', 'nextSteps: [beta, a-one]'),
    );
  });

  it('adds a `findings` expectation, and a whole `expect` block with a line per unit where a case has none', () => {
    const text = applyUpdates(TEXT, [
      update(0, ['findings'], ['invalid-answer']),
      update(1, [], {
        overall: { score: 2, level: 'try' },
        units: { alpha: { score: 2, level: 'try', gap: 1 } },
        nextSteps: ['a-one'],
      }),
    ]);
    expect(text).toContain('      nextSteps: [a-one, beta] # in order\n      findings: [invalid-answer]\n');
    expect(
      text.endsWith(`  - name: twee
    answers: {a1-1: 9}
    expect:
      overall: {score: 2, level: try}
      units:
        alpha: {score: 2, level: try, gap: 1}
      nextSteps: [a-one]
`),
    ).toBe(true);
  });

  it('writes flow collections with spaces inside the brackets when the file does', () => {
    const padded =
      'questionnaire: q\ncases:\n  - name: a\n    answers: { x: 1 }\n    expect: { overall: { score: 1 } }\n';
    expect(applyUpdates(padded, [update(0, ['overall', 'score'], 2, 1)])).toBe(
      padded.replace('score: 1 }', 'score: 2 }'),
    );
  });
});

describe('applyUpdates on expectations shared through anchors and aliases', () => {
  const shared = `questionnaire: q
cases:
  - name: a
    expect: &same
      overall: {score: 1, level: try}
  - name: b
    expect: *same
  - name: c
    expect:
      units:
        x: &unit {score: 2, level: try}
        y: *unit
`;
  const read = (text: string) => parseSource('x.test.yaml', text).data as TestFile;

  it('changes a value reached through an alias in that case alone', () => {
    const text = applyUpdates(shared, [
      update(1, ['overall', 'level'], 'spread', 'try'),
      update(1, ['findings'], ['x']),
    ]);
    const cases = read(text).cases;
    expect(cases[0]?.expect).toEqual({ overall: { score: 1, level: 'try' } });
    expect(cases[1]?.expect).toEqual({ overall: { score: 1, level: 'spread' }, findings: ['x'] });
  });

  it('changes an anchored value in its own case, not in the cases that alias it', () => {
    const text = applyUpdates(shared, [
      update(0, ['overall', 'score'], 3, 1),
      update(2, ['units', 'x', 'level'], 'spread'),
    ]);
    const cases = read(text).cases;
    expect(cases[0]?.expect).toEqual({ overall: { score: 3, level: 'try' } });
    expect(cases[1]?.expect).toEqual({ overall: { score: 1, level: 'try' } });
    expect(cases[2]?.expect?.units).toEqual({ x: { score: 2, level: 'spread' }, y: { score: 2, level: 'try' } });
    // What no update touches stays written as it was.
    expect(text).toContain('  - name: a\n    expect:\n');
  });
});

function caseResult(partial: Partial<CaseResult>): CaseResult {
  return {
    name: 'c',
    index: 0,
    position: NO_POSITION,
    status: 'failed',
    differences: [],
    findings: [],
    problems: [],
    actual: { overall: { score: 1, level: 'start' } },
    tolerance: 1e-9,
    ...partial,
  };
}

describe('planUpdates', () => {
  const file: TestFile = {
    questionnaire: 'q',
    cases: [
      { name: 'a', answers: {}, expect: { overall: { score: 1 } } },
      { name: 'b', answers: {} },
      { name: 'c', answers: {}, expect: { units: { nope: { score: 1 } } } },
      { name: 'd', answers: {} },
    ],
  };
  const result: TestFileResult = {
    file: 'x.test.yaml',
    problems: [],
    cases: [
      caseResult({
        index: 0,
        differences: [{ path: ['overall', 'score'], expected: 1, actual: 7 / 3, position: NO_POSITION }],
      }),
      caseResult({ index: 1, status: 'passed' }),
      caseResult({
        index: 2,
        differences: [
          {
            path: ['units', 'nope'],
            expected: { score: 1 },
            missing: { reason: 'unknown-unit', unit: 'nope', units: [] },
            position: NO_POSITION,
          },
        ],
      }),
      caseResult({ index: 3, status: 'error' }),
    ],
  };

  it('sets each differing value (scores rounded to the tolerance), writes an `expect` block where a case has none, and leaves what no value fixes', () => {
    const plan = planUpdates(file, result);
    expect(plan.updates.map((u) => [u.index, describeUpdate(u, 1e-9)])).toEqual([
      [0, 'overall.score: 1 → 2.3333333333'],
      [1, 'expect: (new) overall'],
    ]);
    expect(plan.left.map((l) => [l.index, l.difference.path])).toEqual([[2, ['units', 'nope']]]);
  });
});
