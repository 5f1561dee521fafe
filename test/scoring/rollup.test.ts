import { describe, expect, it } from 'vitest';
import { explainLevel, levelRank, mean, rollUp } from '../../src/scoring/rollup.js';
import type { Level } from '../../src/questionnaire/types.js';

const levels: Level[] = [
  { id: 'start', name: 'Starting', min: 1 },
  { id: 'try', name: 'Trying', min: 2 },
  { id: 'spread', name: 'Spreading', min: 2.75 },
  { id: 'embed', name: 'Embedding', min: 3.5 },
];

describe('rollUp', () => {
  it('takes the weighted mean of the items that have a value', () => {
    // (2·1 + 3·2 + 4·1) / (1 + 2 + 1) = 12 / 4
    expect(
      rollUp('mean', [
        { value: 2, weight: 1 },
        { value: 3, weight: 2 },
        { value: 4, weight: 1 },
      ]),
    ).toBe(3);
    // The null item and its weight are left out: (1·1 + 4·3) / 4
    expect(
      rollUp('mean', [
        { value: 1, weight: 1 },
        { value: null, weight: 5 },
        { value: 4, weight: 3 },
      ]),
    ).toBe(13 / 4);
  });

  it('takes the minimum with method min, whatever the weights', () => {
    expect(
      rollUp('min', [
        { value: 3, weight: 10 },
        { value: 2.5, weight: 0.1 },
        { value: null, weight: 1 },
      ]),
    ).toBe(2.5);
  });

  it('is null, never 0, when nothing has a value', () => {
    expect(rollUp('mean', [])).toBeNull();
    expect(rollUp('mean', [{ value: null, weight: 1 }])).toBeNull();
    expect(rollUp('min', [{ value: null, weight: 1 }])).toBeNull();
  });
});

describe('mean', () => {
  it('is the plain mean, or null for no values', () => {
    expect(mean([1, 2, 4])).toBe(7 / 3);
    expect(mean([])).toBeNull();
  });
});

describe('levelRank', () => {
  it('is the rank of the highest level whose min is at or below the score', () => {
    expect(levelRank(levels, 2.74)).toBe(2);
    expect(levelRank(levels, 2.75)).toBe(3);
    expect(levelRank(levels, 4)).toBe(4);
  });

  it('counts a score that misses a threshold only by floating-point rounding as reaching it', () => {
    expect(levelRank(levels, 2.75 - 1e-12)).toBe(3);
    expect(levelRank(levels, 2.75 - 1e-6)).toBe(2);
  });

  it('is 0 below the first level and without a score', () => {
    expect(levelRank(levels, 0.5)).toBe(0);
    expect(levelRank(levels, null)).toBe(0);
  });
});

describe('explainLevel', () => {
  it('names the level reached, its threshold and the next one', () => {
    expect(explainLevel(levels, 2.8)).toEqual({
      rank: 3,
      levelId: 'spread',
      min: 2.75,
      next: { rank: 4, levelId: 'embed', min: 3.5 },
    });
    expect(explainLevel(levels, 4)).toEqual({ rank: 4, levelId: 'embed', min: 3.5, next: null });
    expect(explainLevel(levels, 0.5)).toEqual({
      rank: 0,
      levelId: null,
      min: null,
      next: { rank: 1, levelId: 'start', min: 1 },
    });
    expect(explainLevel(levels, null)).toEqual({ rank: 0, levelId: null, min: null, next: null });
  });
});
