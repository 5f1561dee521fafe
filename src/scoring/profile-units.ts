/**
 * How a profile (and a comparison of two) nests its units. The published profile JSON nests them
 * two deep, `dimensions[].subdimensions[]`, and names a next-step group by its dimension and
 * subdimension; this module is the one place that knows it, so that scoring, renderers, CSV
 * columns and comparisons walk units without assuming how deep they go.
 */
import type { NextStepGroup } from './types.js';

/** A unit of the profile's top level with the units below it. */
export type Nested<T> = T & { subdimensions: T[] };

/**
 * The profile's nesting of anything that has children (tree units, pairs of matched units): the
 * top level with, in `subdimensions`, the level below. The profile format has no place for units
 * deeper than that yet.
 */
export function nestUnits<N, T>(
  top: readonly N[],
  childrenOf: (node: N) => readonly N[],
  make: (node: N) => T,
): Nested<T>[] {
  return top.map((node) => ({ ...make(node), subdimensions: childrenOf(node).map(make) }));
}

/** The units nested below one; none for a unit of the lowest level. */
export function childUnits<T extends object>(unit: T | Nested<T>): readonly T[] {
  return 'subdimensions' in unit ? unit.subdimensions : [];
}

export interface UnitEntry<T> {
  unit: T;
  /** 1 for a dimension, one more for each level below. */
  depth: number;
  /** The units from the dimension down to this one. */
  path: readonly T[];
}

/** Every nested unit, each before the units below it, in order. */
export function flattenUnits<T extends object>(top: readonly (T | Nested<T>)[]): UnitEntry<T>[] {
  const out: UnitEntry<T>[] = [];
  const walk = (unit: T, above: readonly T[]) => {
    const path = [...above, unit];
    out.push({ unit, depth: path.length, path });
    for (const child of childUnits(unit)) walk(child, path);
  };
  for (const unit of top) walk(unit, []);
  return out;
}

/** Where a group of next steps belongs, from the path of its unit (dimension first): the dimension, and the unit itself when it lies below one. */
export function stepGroupPlace(
  path: readonly { id: string; name: string }[],
): Pick<NextStepGroup, 'dimension' | 'subdimension' | 'dimensionName' | 'subdimensionName'> {
  const dimension = path[0]!;
  const unit = path[path.length - 1]!;
  const below = path.length > 1;
  return {
    dimension: dimension.id,
    subdimension: below ? unit.id : null,
    dimensionName: dimension.name,
    subdimensionName: below ? unit.name : null,
  };
}

/** The names of the units a group of next steps belongs to, from its dimension down. */
export function stepGroupNames(group: NextStepGroup): string[] {
  return group.subdimensionName ? [group.dimensionName, group.subdimensionName] : [group.dimensionName];
}
