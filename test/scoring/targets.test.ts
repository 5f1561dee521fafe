import { describe, expect, it } from 'vitest';
import { checkTargetFlags, fileTargets, gapOf, parseTargetFlags, resolveTarget } from '../../src/scoring/targets.js';
import { answers, tinyScan } from './load.js';

describe('parseTargetFlags', () => {
  it('reads `N` for every dimension and `id=N` for one; a later flag for the same id wins', () => {
    expect(parseTargetFlags(['3', 'a-one=4', 'beta = 2', 'a-one=2'])).toEqual({
      targets: { all: 3, byId: { 'a-one': 2, beta: 2 } },
      errors: [],
    });
  });

  it('reports values that do not parse', () => {
    const { errors } = parseTargetFlags(['high', 'privacy=', '=3', '2.5']);
    expect(errors).toHaveLength(4);
    expect(errors[0]).toContain('--target high');
  });
});

describe('checkTargetFlags', () => {
  it('refuses unknown ids (with a suggestion) and ranks that are not levels', () => {
    const q = tinyScan();
    expect(checkTargetFlags({ all: 4, byId: { 'a-one': 1 } }, q)).toEqual([]);
    const errors = checkTargetFlags({ all: 5, byId: { 'a-on': 2, beta: 0 } }, q);
    expect(errors).toEqual([
      '--target 5: a target is a level from 1 to 4 in `tiny-scan`',
      '--target a-on=2: `a-on` is not a dimension or subdimension of `tiny-scan` — did you mean `a-one`?',
      '--target beta=0: a target is a level from 1 to 4 in `tiny-scan`',
    ]);
  });
});

describe('fileTargets', () => {
  it('takes the highest target any answer file names, and the first file that named it', () => {
    const map = fileTargets([
      answers('a.yaml', {}, { targets: { alpha: 2, beta: 3 } }),
      answers('b.yaml', {}, { targets: { alpha: 3, beta: 3 } }),
      answers('c.yaml', {}),
    ]);
    expect(Object.fromEntries(map)).toEqual({ alpha: { rank: 3, file: 'b.yaml' }, beta: { rank: 3, file: 'a.yaml' } });
  });
});

describe('resolveTarget', () => {
  const files = new Map([
    ['alpha', { rank: 2, file: 'x.yaml' }],
    ['a-two', { rank: 4, file: 'x.yaml' }],
  ]);
  const sub = (id: string) => ({ id, dimension: 'alpha' });

  it('defaults to one level up, capped at the top', () => {
    expect(resolveTarget(sub('a-one'), 2, 4, {}, new Map())).toEqual({ rank: 3, source: 'default' });
    expect(resolveTarget(sub('a-one'), 4, 4, {}, new Map())).toEqual({ rank: 4, source: 'default' });
    expect(resolveTarget(sub('a-one'), 0, 4, {}, new Map())).toEqual({ rank: 1, source: 'default' });
  });

  it('takes a file target: the unit’s own before its dimension’s', () => {
    expect(resolveTarget(sub('a-two'), 1, 4, {}, files)).toEqual({ rank: 4, source: 'file', from: 'x.yaml' });
    expect(resolveTarget(sub('a-one'), 1, 4, {}, files)).toEqual({ rank: 2, source: 'dimension', from: 'alpha' });
    expect(resolveTarget({ id: 'alpha' }, 1, 4, {}, files)).toEqual({ rank: 2, source: 'file', from: 'x.yaml' });
  });

  it('lets flags beat files: id flags first, then the flag for all', () => {
    expect(resolveTarget(sub('a-two'), 1, 4, { all: 3 }, files)).toEqual({
      rank: 3,
      source: 'option',
      from: '--target 3',
    });
    expect(resolveTarget(sub('a-two'), 1, 4, { all: 3, byId: { alpha: 1 } }, files)).toEqual({
      rank: 1,
      source: 'dimension',
      from: 'alpha',
    });
    expect(resolveTarget(sub('a-two'), 1, 4, { all: 3, byId: { alpha: 1, 'a-two': 2 } }, files)).toEqual({
      rank: 2,
      source: 'option',
      from: '--target a-two=2',
    });
    expect(resolveTarget({ id: 'beta' }, 1, 4, { byId: { alpha: 1 } }, files)).toEqual({ rank: 2, source: 'default' });
  });
});

describe('gapOf', () => {
  it('is target − level, never below 0', () => {
    expect(gapOf(3, 1)).toBe(2);
    expect(gapOf(2, 3)).toBe(0);
  });
});
