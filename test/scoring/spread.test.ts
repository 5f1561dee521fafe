import { describe, expect, it } from 'vitest';
import { spreadOf } from '../../src/scoring/spread.js';

describe('spreadOf', () => {
  it('gives min, max and the population standard deviation', () => {
    // mean 2.5; squared deviations 2.25, 0.25, 0.25, 2.25; population variance 5 / 4
    const spread = spreadOf([1, 2, 3, 4]);
    expect(spread).toEqual({ min: 1, max: 4, sd: Math.sqrt(5 / 4), disagreement: true, respondents: 4 });
  });

  it('leaves out respondents without a score', () => {
    expect(spreadOf([2, null, 2.5])).toEqual({ min: 2, max: 2.5, sd: 0.25, disagreement: false, respondents: 2 });
  });

  it('marks disagreement when max − min reaches the threshold exactly', () => {
    expect(spreadOf([2, 3])?.disagreement).toBe(true);
    expect(spreadOf([2, 2.9])?.disagreement).toBe(false);
    expect(spreadOf([2, 2.5], 0.5)?.disagreement).toBe(true);
    expect(spreadOf([2, 3], 1.5)?.disagreement).toBe(false);
  });

  it('is undefined when no one has a score', () => {
    expect(spreadOf([null, null])).toBeUndefined();
    expect(spreadOf([])).toBeUndefined();
  });
});
