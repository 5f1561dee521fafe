/**
 * One case against the tiny-scan fixture, whose profile the README works out by hand ("Worked
 * example"): respondent A scores overall 2.65 (try); a-one 2.67 (try), a-two 3 (spread), alpha
 * 2.92, beta 2.75 (spread, on the threshold), g-one no score, g-two and gamma 2 (try); the next
 * steps start with a-two, a-one, g-two, beta.
 */
import { describe, expect, it } from 'vitest';
import { diag } from '../../src/diagnostics/diag.js';
import { msg } from '../../src/diagnostics/messages.js';
import type { Position } from '../../src/diagnostics/types.js';
import { describeDifference } from '../../src/testing/describe.js';
import { roundScore, runCase, type CaseContext, type CaseInput } from '../../src/testing/run-case.js';
import type { TestCase } from '../../src/testing/types.js';
import { answers, tinyScan } from '../scoring/load.js';

// A finding's words, as they are.
const said = (text: string) => msg('verbatim', { text });

const q = tinyScan();
const A = answers('a.yaml', {
  'a1-1': 2,
  'a1-2': 3,
  'a2-1': 3,
  'a2-2': 'unknown',
  'b-1': 2,
  'b-2': 3,
  'g1-1': 'not-applicable',
  'g2-1': 2,
});
const OVERALL = ((2 * (8 / 3 + 3 * 3)) / 4 + 2.75 + 2) / 4;

/** Positions that say which path was asked for: line = path length, column = a hash of the path. */
const asked: string[][] = [];
const ctx: CaseContext = {
  file: 'cases.test.yaml',
  at: (path): Position => {
    asked.push(path.map(String));
    return { line: 10 + asked.length, column: 1, endLine: 10 + asked.length, endColumn: 2 };
  },
};
/** The line `ctx.at` gave the last time it was asked for `path`. */
function lineOf(path: string[]): number {
  for (let i = asked.length - 1; i >= 0; i--) if (asked[i]!.join('/') === path.join('/')) return 11 + i;
  throw new Error(`never asked for ${path.join('/')}`);
}

const run = (c: Partial<TestCase>, input: CaseInput = { sets: [A], findings: [] }) =>
  runCase(q, { name: 'case', answers: {}, ...c }, 0, input, ctx);

describe('runCase', () => {
  it('passes when every expectation holds: scores within the tolerance, levels by id, null for no score', () => {
    const result = run({
      expect: {
        overall: { score: 2.6458333333, level: 'try' },
        units: {
          'a-one': { score: 8 / 3, level: 'try', gap: 1 },
          beta: { score: 2.75, level: 'spread' },
          'g-one': { score: null, level: null, gap: null },
        },
        nextSteps: ['a-two', 'a-one'],
      },
    });
    expect(result.differences).toEqual([]);
    expect(result.status).toBe('passed');
  });

  it('reports each expectation that does not hold, at its place in the test file', () => {
    asked.length = 0;
    const result = run({
      expect: { overall: { score: 2.5, level: 'spread' }, units: { beta: { gap: 2 } }, nextSteps: ['a-one'] },
    });
    expect(result.status).toBe('failed');
    expect(result.differences.map((d) => describeDifference(d, result.tolerance))).toEqual([
      'overall.score: expected 2.5, got 2.6458333333',
      'overall.level: expected spread, got try',
      'units.beta.gap: expected 2, got 1',
      'nextSteps: expected [a-one], got [a-two]',
    ]);
    expect(result.differences[0]!.actual).toBe(OVERALL);
    expect(result.differences[0]!.position.line).toBe(lineOf(['expect', 'overall', 'score']));
    expect(result.differences[2]!.position.line).toBe(lineOf(['expect', 'units', 'beta', 'gap']));
  });

  it('compares scores within the tolerance: 1e-9 unless the case gives its own', () => {
    expect(run({ expect: { overall: { score: OVERALL + 1e-10 } } }).status).toBe('passed');
    expect(run({ expect: { overall: { score: OVERALL + 1e-8 } } }).status).toBe('failed');
    expect(run({ expect: { overall: { score: 2.65 } }, tolerance: 0.01 }).status).toBe('passed');
  });

  it('names a unit the questionnaire does not have, with the nearest one', () => {
    const result = run({ expect: { units: { 'a-tow': { score: 3 } } } });
    expect(result.differences).toHaveLength(1);
    expect(result.differences[0]!.missing).toMatchObject({ reason: 'unknown-unit', unit: 'a-tow' });
    expect(describeDifference(result.differences[0]!, 1e-9)).toBe(
      'units.a-tow: `a-tow` is not a dimension or subdimension of the questionnaire — did you mean `a-two`?',
    );
  });

  it('`nextSteps: []` expects none; a shorter list is compared with the first steps only', () => {
    const none = run({ expect: { nextSteps: [] } });
    expect(none.differences[0]!.actual).toEqual(['a-two', 'a-one', 'g-two', 'beta']);
    expect(run({ expect: { nextSteps: ['a-two', 'a-one', 'g-two'] } }).status).toBe('passed');
    expect(run({ expect: { nextSteps: ['a-two', 'a-one', 'g-two', 'beta', 'gamma'] } }).status).toBe('failed');
  });

  it('answers with errors fail a case that expects none, and are not scored', () => {
    const error = diag('cases.test.yaml', 'unknown-question', said('`x` is not a question'), {
      line: 3,
      column: 5,
      endLine: 3,
      endColumn: 6,
    });
    const result = run({ expect: { overall: { level: 'try' } } }, { sets: [], findings: [error] });
    expect(result.status).toBe('failed');
    expect(result.differences.map((d) => describeDifference(d, 1e-9))).toEqual([
      'overall.level: expected try, got nothing: the answers have errors, so the case was not scored',
      'findings: expected none, got [unknown-question]',
    ]);
    expect(describeDifference(result.differences[0]!, 1e-9, 'nl')).toBe(
      'overall.level: verwacht try, maar er is niets: de antwoorden bevatten fouten, dus het testgeval is niet gescoord',
    );
    expect(result.findings).toEqual([error]);
    expect(result.actual).toEqual({ findings: ['unknown-question'] });
  });

  it('expected findings pass in any order; others, or missing ones, fail', () => {
    const findings = [
      diag('f', 'unknown-question', said('m')),
      diag('f', 'invalid-answer', said('m')),
      diag('f', 'unknown-question', said('m')),
    ];
    const input = { sets: [], findings };
    expect(run({ expect: { findings: ['unknown-question', 'invalid-answer'] } }, input).status).toBe('passed');
    const wrong = run({ expect: { findings: ['unknown-question'] } }, input);
    expect(describeDifference(wrong.differences[0]!, 1e-9)).toBe(
      'findings: expected [unknown-question], got [invalid-answer, unknown-question]',
    );
    // Expected findings, but the answers are fine.
    expect(run({ expect: { findings: ['invalid-answer'] } }).differences[0]!.actual).toEqual([]);
  });

  it('warnings pass a case without a `findings` expectation; `strict` makes them errors', () => {
    const warning = diag('f', 'version-mismatch', said('m'), undefined, 'warning');
    expect(run({}, { sets: [A], findings: [warning] }).status).toBe('passed');
    const strict = run({ options: { strict: true } }, { sets: [A], findings: [warning] });
    expect(strict.status).toBe('failed');
    expect(strict.findings[0]!.severity).toBe('error');
  });

  it('scores with the target options, and finds targets that do not fit the questionnaire where they are', () => {
    const targeted = run({
      options: { target: ['4', 'beta=3'] },
      expect: { units: { 'a-one': { gap: 2 }, beta: { gap: 0 } } },
    });
    expect(targeted.status).toBe('passed');
    asked.length = 0;
    const wrong = run({ options: { target: ['alph=2', '9', 'x==y'] } });
    expect(wrong.findings.map((d) => [d.rule, d.message, d.line])).toEqual([
      [
        'invalid-value',
        'target `x==y`: give a level, by rank or id, for every unit (`3`) or for one (`privacy=4`)',
        lineOf(['options', 'target', '2']),
      ],
      [
        'invalid-target',
        'target `9`: a target is a level from 1 to 4 in `tiny-scan`',
        lineOf(['options', 'target', '1']),
      ],
      [
        'unknown-target',
        'target `alph=2`: `alph` is not a dimension or subdimension of `tiny-scan` — did you mean `alpha`?',
        lineOf(['options', 'target', '0']),
      ],
    ]);
    expect(wrong.status).toBe('failed');
  });

  it('keeps the first N next-step groups with `top`', () => {
    expect(run({ options: { top: 1 } }).actual.nextSteps).toEqual(['a-two']);
  });

  it('takes target options by level id, and finds a level id the questionnaire does not have', () => {
    // embed is tiny-scan's level 4: a-one at level 2 (try) has gap 2
    const byId = run({ options: { target: ['embed'] }, expect: { units: { 'a-one': { gap: 2 } } } });
    expect(byId.status).toBe('passed');
    const wrong = run({ options: { target: ['a-one=embedd'] } });
    expect(wrong.findings.map((d) => [d.rule, d.message, d.line])).toEqual([
      [
        'invalid-target',
        'target `a-one=embedd`: `embedd` is not a level of `tiny-scan` — did you mean `embed`? (levels: `start`, `try`, `spread`, `embed`)',
        lineOf(['options', 'target', '0']),
      ],
    ]);
  });

  it('combines respondents by `respondents`, whatever the questionnaire says', () => {
    // b-1: A 2, B 4 → max 4; b-2: A 3, B 1 → max 3; beta = (4·1 + 3·3) / 4 = 13/4 (the mean would be 2.25)
    const B = answers('b.yaml', { 'b-1': 4, 'b-2': 1 });
    const result = run({ options: { respondents: 'max' } }, { sets: [A, B], findings: [] });
    expect(result.actual.units?.['beta']?.score).toBe(13 / 4);
  });

  it('a case with problems is not run: status error, nothing compared', () => {
    const problem = diag('cases.test.yaml', 'invalid-value', said('files of another questionnaire'));
    const result = run(
      { expect: { overall: { score: 1 } } },
      {
        sets: [A],
        findings: [],
        problems: [problem],
      },
    );
    expect(result.status).toBe('error');
    expect(result.differences).toEqual([]);
    expect(result.problems).toEqual([problem]);
  });

  it('gives what the case produces as a full expect block, scores rounded to the tolerance', () => {
    const { actual } = run({});
    expect(actual.overall).toEqual({ score: 2.6458333333, level: 'try' });
    expect(Object.keys(actual.units!)).toEqual(['alpha', 'a-one', 'a-two', 'beta', 'gamma', 'g-one', 'g-two']);
    expect(actual.units!['g-one']).toEqual({ score: null, level: null, gap: null });
    expect(actual.nextSteps).toEqual(['a-two', 'a-one', 'g-two', 'beta']);
    expect(actual.findings).toBeUndefined();
  });
});

describe('roundScore', () => {
  it('rounds to a tenth of the tolerance, which still matches', () => {
    expect(roundScore(7 / 3, 1e-9)).toBe(2.3333333333);
    expect(roundScore(7 / 3, 0.01)).toBe(2.333);
    expect(roundScore(7 / 3, 0)).toBe(7 / 3);
    expect(Math.abs(roundScore(7 / 3, 1e-9) - 7 / 3)).toBeLessThan(1e-9);
  });
});
