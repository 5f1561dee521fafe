/**
 * Properties of gated units (README, "How scores are computed", section 2) on random ladders:
 * 1–5 levels, questions on them with values 0–2 (passing at 2), no value, or not applicable.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gatedScore, type QuestionInput } from '../../src/scoring/rollup.js';

const LEVELS = ['l1', 'l2', 'l3', 'l4', 'l5'];
const PASS = 2;

const question = (levels: number) =>
  fc.record({
    level: fc.nat(levels - 1).map((i) => LEVELS[i]!),
    value: fc.option(fc.constantFrom(0, 1, 2), { nil: null }),
    countable: fc.boolean(),
  });
const ladder = fc.integer({ min: 1, max: 5 }).chain((levels) =>
  fc.record({
    levels: fc.constant(LEVELS.slice(0, levels)),
    items: fc
      .array(question(levels), { maxLength: 12 })
      // Only a question without a value can be not applicable, as in scoring.
      .map((items) =>
        items.map((x): QuestionInput => ({ ...x, countable: x.value !== null || x.countable, weight: 1, pass: PASS })),
      ),
  }),
);

describe('gated units: properties', () => {
  it('one more passing answer never lowers the rank', () => {
    fc.assert(
      fc.property(ladder, fc.nat(), ({ levels, items }, pick) => {
        const failing = items.flatMap((x, i) => (x.value !== PASS ? [i] : []));
        fc.pre(failing.length > 0);
        const i = failing[pick % failing.length]!;
        const more = items.map((x, j) => (j === i ? { ...x, value: PASS, countable: true } : x));
        expect(gatedScore(more, levels, 1).rank).toBeGreaterThanOrEqual(gatedScore(items, levels, 1).rank);
      }),
    );
  });

  it('the rank is at most the number of levels, and the score lies in [rank, rank + 1)', () => {
    fc.assert(
      fc.property(ladder, fc.constantFrom(0.5, 0.8, 1), ({ levels, items }, share) => {
        const { rank, score } = gatedScore(items, levels, share);
        expect(rank).toBeLessThanOrEqual(levels.length);
        if (score !== null) {
          expect(score).toBeGreaterThanOrEqual(rank);
          expect(score).toBeLessThan(rank + 1);
        }
      }),
    );
  });

  it('share 0.8 never gives a lower rank than share 1', () => {
    fc.assert(
      fc.property(ladder, ({ levels, items }) => {
        expect(gatedScore(items, levels, 0.8).rank).toBeGreaterThanOrEqual(gatedScore(items, levels, 1).rank);
      }),
    );
  });
});
