import { describe, expect, it } from 'vitest';
import {
  checkTargetFlags,
  fileTargets,
  gapOf,
  parseTargetFlags,
  resolveTarget,
  targetFrom,
} from '../../src/scoring/targets.js';
import { answers, tinyScan } from './load.js';

describe('parseTargetFlags', () => {
  it('reads `N` for every dimension and `id=N` for one; a later flag for the same id wins', () => {
    expect(parseTargetFlags(['3', 'a-one=4', 'beta = 2', 'a-one=2'])).toEqual({
      targets: { all: 3, byId: { 'a-one': 2, beta: 2 } },
      errors: [],
    });
  });

  it('reports values that do not parse', () => {
    const { errors } = parseTargetFlags(['high level', 'privacy=', '=3', '2.5']);
    expect(errors).toHaveLength(4);
    expect(errors[0]).toEqual({ problem: 'syntax', value: 'high level' });
  });
});

describe('checkTargetFlags', () => {
  it('refuses unknown ids (with a suggestion) and ranks that are not levels', () => {
    const q = tinyScan();
    expect(checkTargetFlags({ all: 4, byId: { 'a-one': 1 } }, q)).toEqual([]);
    const errors = checkTargetFlags({ all: 5, byId: { 'a-on': 2, beta: 0 } }, q);
    expect(errors).toEqual([
      { problem: 'rank', option: { rank: 5 }, top: 4, questionnaire: 'tiny-scan' },
      {
        problem: 'unit',
        option: { unit: 'a-on', rank: 2 },
        questionnaire: 'tiny-scan',
        units: ['alpha', 'a-one', 'a-two', 'beta', 'gamma', 'g-one', 'g-two'],
      },
      { problem: 'rank', option: { unit: 'beta', rank: 0 }, top: 4, questionnaire: 'tiny-scan' },
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
  const sub = (id: string) => ({ id, ancestors: ['alpha'] });

  it('defaults to one level up, capped at the top', () => {
    expect(resolveTarget(sub('a-one'), 2, 4, {}, new Map())).toEqual({ rank: 3, source: 'default' });
    expect(resolveTarget(sub('a-one'), 4, 4, {}, new Map())).toEqual({ rank: 4, source: 'default' });
    expect(resolveTarget(sub('a-one'), 0, 4, {}, new Map())).toEqual({ rank: 1, source: 'default' });
  });

  it('takes a file target: the unit’s own before its dimension’s', () => {
    expect(resolveTarget(sub('a-two'), 1, 4, {}, files)).toEqual({ rank: 4, source: 'file', file: 'x.yaml' });
    expect(resolveTarget(sub('a-one'), 1, 4, {}, files)).toEqual({ rank: 2, source: 'dimension', unit: 'alpha' });
    expect(resolveTarget({ id: 'alpha' }, 1, 4, {}, files)).toEqual({ rank: 2, source: 'file', file: 'x.yaml' });
  });

  it('lets flags beat files: id flags first, then the flag for all', () => {
    expect(resolveTarget(sub('a-two'), 1, 4, { all: 3 }, files)).toEqual({
      rank: 3,
      source: 'option',
      option: { rank: 3 },
    });
    expect(resolveTarget(sub('a-two'), 1, 4, { all: 3, byId: { alpha: 1 } }, files)).toEqual({
      rank: 1,
      source: 'dimension',
      unit: 'alpha',
    });
    expect(resolveTarget(sub('a-two'), 1, 4, { all: 3, byId: { alpha: 1, 'a-two': 2 } }, files)).toEqual({
      rank: 2,
      source: 'option',
      option: { unit: 'a-two', rank: 2 },
    });
    expect(resolveTarget({ id: 'beta' }, 1, 4, { byId: { alpha: 1 } }, files)).toEqual({ rank: 2, source: 'default' });
  });
});

describe('resolveTarget below two levels', () => {
  it('inherits from the nearest ancestor that has a target, options before files', () => {
    const stream = { id: 's', ancestors: ['practice', 'function'] };
    const files = new Map([
      ['practice', { rank: 2, file: 'x.yaml' }],
      ['function', { rank: 3, file: 'x.yaml' }],
    ]);
    expect(resolveTarget(stream, 1, 4, {}, files)).toEqual({ rank: 2, source: 'dimension', unit: 'practice' });
    expect(resolveTarget(stream, 1, 4, { byId: { function: 4 } }, files)).toEqual({
      rank: 4,
      source: 'dimension',
      unit: 'function',
    });
  });
});

describe('targetFrom', () => {
  it('names the file, the ancestor, or the option as the front end words it', () => {
    const word = (option: { unit?: string; rank: number }) => `option ${option.unit ?? '*'} ${option.rank}`;
    expect(targetFrom({ rank: 2, source: 'file', file: 'x.yaml' }, word)).toBe('x.yaml');
    expect(targetFrom({ rank: 2, source: 'dimension', unit: 'alpha' }, word)).toBe('alpha');
    expect(targetFrom({ rank: 2, source: 'option', option: { unit: 'beta', rank: 2 } }, word)).toBe('option beta 2');
    expect(targetFrom({ rank: 2, source: 'option', option: { rank: 2 } }, undefined)).toBeUndefined();
    expect(targetFrom({ rank: 2, source: 'default' }, word)).toBeUndefined();
  });
});

describe('gapOf', () => {
  it('is target − level, never below 0', () => {
    expect(gapOf(3, 1)).toBe(2);
    expect(gapOf(2, 3)).toBe(0);
  });
});
