/**
 * `--explain` in text for gated units (test/fixtures/scoring/gated-scan.yaml; the numbers are worked out in
 * test/scoring/gated.test.ts): what a gated unit leaves out, and how a unit below the first level is worded.
 */
import { describe, expect, it } from 'vitest';
import { normaliseAnswers } from '../../../src/answers/types.js';
import { explanationLines } from '../../../src/report/profile/explain.js';
import { labelsFor } from '../../../src/report/profile/labels.js';
import { score } from '../../../src/scoring/score.js';
import { plainStyle } from '../../../src/util/style.js';
import { loadQuestionnaire } from '../../scoring/load.js';

const q = loadQuestionnaire('scoring', 'gated-scan.yaml');
/** t1 unknown, t2 passes, t3 unanswered; d2 not applicable. */
const A = normaliseAnswers(
  { questionnaire: 'gated-scan', answers: { c1: 2, d1: 2, d2: 'not-applicable', t1: 'unknown', t2: 2 } },
  'a.yaml',
);

/** The lines of one unit's block, from its title to the blank line after it. */
function block(language: string, title: string): string[] {
  const lines = explanationLines(score(q, [A], { explain: true, language }), labelsFor(language), plainStyle, 200);
  const start = lines.findIndex((l) => l.startsWith(title));
  return lines.slice(start, lines.indexOf('', start));
}

describe('--explain for gated units', () => {
  it('unknown and unanswered questions count on their level and do not pass; only not-applicable is left out', () => {
    // test: t1 unknown and t3 unanswered count (basic 0 of 1, advanced 0 of 1); build-deps: d2 n/a is off the bar.
    expect(block('en', 'Test (test)').slice(1, 3)).toEqual([
      '  answers: t2 = 2',
      '  counted, not passing: t1 unknown; t3 unanswered',
    ]);
    expect(block('en', 'Dependencies (build-deps)')).toContain('  left out: d2 not applicable');
    expect(block('en', 'Dependencies (build-deps)').join('\n')).not.toContain('not passing');
  });

  it('a unit below the first level reads so, not "level 0 met with all below it"', () => {
    // test: basic 0 of 1 not met → rank 0; p = 0/1.
    expect(block('en', 'Test (test)')).toContain(
      '  score: Basic 0 of 1 pass, not met; Managed 1 of 1 pass, met; Advanced 0 of 1 pass, not met: the first level is not met: 0 + 0.00 passing on it = 0.00',
    );
    // build-ci: c1 passes, c2 unanswered → basic 1 of 2, not met: rank 0 + 1/2.
    expect(block('en', 'Continuous integration (build-ci)').join('\n')).toContain(
      'the first level is not met: 0 + 0.50 passing on it = 0.50',
    );
  });

  it('a unit at the top level has no next level to pass on', () => {
    // build-deps: basic 1 of 1, managed 0 of 0 (d2 n/a), advanced has no questions: all met, rank 3, the top.
    expect(block('en', 'Dependencies (build-deps)').join('\n')).toContain(
      'Advanced 0 of 0 pass, met: level 3, the top, met with all below it = 3.00',
    );
    expect(block('nl', 'Afhankelijkheden (build-deps)').join('\n')).toContain(
      'niveau 3, de hoogste, gehaald met alle eronder = 3,00',
    );
  });

  it('in Dutch', () => {
    const test = block('nl', 'Testen (test)');
    expect(test).toContain('  meegeteld, voldoet niet: t1 weet niet; t3 niet beantwoord');
    expect(test.join('\n')).toContain('het eerste niveau is niet gehaald: 0 + 0,00 voldoet daarop = 0,00');
  });

  it('a unit rolled up by mean still leaves out the questions without a value', () => {
    const mean = { ...q, scoring: { method: 'mean' as const } };
    const lines = explanationLines(score(mean, [A], { explain: true }), labelsFor('en'), plainStyle, 200);
    expect(lines).toContain('  left out: t1 unknown; t3 unanswered');
  });
});
