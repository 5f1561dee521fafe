import { describe, expect, it } from 'vitest';
import {
  childUnits,
  flattenUnits,
  nestUnits,
  stepGroupNames,
  stepGroupPlace,
} from '../../src/scoring/profile-units.js';

interface Node {
  id: string;
  children: Node[];
}

const tree: Node[] = [
  {
    id: 'alpha',
    children: [
      { id: 'a-one', children: [] },
      { id: 'a-two', children: [] },
    ],
  },
  { id: 'beta', children: [] },
];

describe('nestUnits', () => {
  it('nests the level below the top in `subdimensions`, top-level keys first', () => {
    const nested = nestUnits(
      tree,
      (n) => n.children,
      (n) => ({ id: n.id }),
    );
    expect(nested).toEqual([
      { id: 'alpha', subdimensions: [{ id: 'a-one' }, { id: 'a-two' }] },
      { id: 'beta', subdimensions: [] },
    ]);
    expect(Object.keys(nested[0]!)).toEqual(['id', 'subdimensions']);
  });
});

describe('flattenUnits / childUnits', () => {
  const nested = nestUnits(
    tree,
    (n) => n.children,
    (n) => ({ id: n.id }),
  );

  it('walks every unit before the units below it, with its depth and path', () => {
    expect(
      flattenUnits<{ id: string }>(nested).map(({ unit, depth, path }) => [unit.id, depth, path.map((u) => u.id)]),
    ).toEqual([
      ['alpha', 1, ['alpha']],
      ['a-one', 2, ['alpha', 'a-one']],
      ['a-two', 2, ['alpha', 'a-two']],
      ['beta', 1, ['beta']],
    ]);
  });

  it('gives a top-level unit its nested units and a lower one none', () => {
    expect(childUnits(nested[0]!).map((u) => u.id)).toEqual(['a-one', 'a-two']);
    expect(childUnits(nested[0]!.subdimensions[0]!)).toEqual([]);
  });
});

describe('stepGroupPlace / stepGroupNames', () => {
  const alpha = { id: 'alpha', name: 'Alpha' };
  const aOne = { id: 'a-one', name: 'A one' };

  it('names a group by its dimension, and by the unit too when it lies below the dimension', () => {
    expect(stepGroupPlace([alpha, aOne])).toEqual({
      dimension: 'alpha',
      subdimension: 'a-one',
      dimensionName: 'Alpha',
      subdimensionName: 'A one',
    });
    expect(stepGroupPlace([alpha])).toEqual({
      dimension: 'alpha',
      subdimension: null,
      dimensionName: 'Alpha',
      subdimensionName: null,
    });
  });

  it('gives the names from the dimension down', () => {
    const group = { fromLevel: 1, toLevel: 2, steps: [] };
    expect(stepGroupNames({ ...stepGroupPlace([alpha, aOne]), ...group })).toEqual(['Alpha', 'A one']);
    expect(stepGroupNames({ ...stepGroupPlace([alpha]), ...group })).toEqual(['Alpha']);
  });
});
