/**
 * Targets (ambitions): from `--target` flags, from `targets` in answer files, inherited from the
 * dimension, or by default one level up. Flags beat files; a unit's own target beats its dimension's.
 */
import type { AnswerSet } from '../answers/types.js';
import { unitIds } from '../questionnaire/structure.js';
import type { Questionnaire } from '../questionnaire/types.js';
import { didYouMean } from '../util/suggest.js';
import type { ScoreOptions, UnitProfile } from './types.js';

export type TargetFlags = NonNullable<ScoreOptions['targets']>;

export interface ResolvedTarget {
  rank: number;
  source: UnitProfile['targetSource'];
  /** The flag, answer file or dimension it came from; absent for the default. */
  from?: string;
}

export interface FileTarget {
  rank: number;
  file: string;
}

/**
 * `--target 3` (every dimension) and `--target privacy=4` (one dimension or subdimension),
 * repeatable; a later flag for the same id wins. Returns messages for values that do not parse.
 */
export function parseTargetFlags(values: readonly string[]): { targets: TargetFlags; errors: string[] } {
  const targets: TargetFlags = {};
  const errors: string[] = [];
  for (const raw of values) {
    const value = raw.trim();
    const match = /^(?:([a-z0-9]+(?:-[a-z0-9]+)*)\s*=\s*)?(\d+)$/.exec(value);
    if (!match) {
      errors.push(`--target ${raw}: give a level rank (\`--target 3\`) or an id and a rank (\`--target privacy=4\`)`);
      continue;
    }
    const rank = Number(match[2]);
    if (match[1] === undefined) targets.all = rank;
    else targets.byId = { ...targets.byId, [match[1]]: rank };
  }
  return { targets, errors };
}

/** Flag targets that do not fit a questionnaire: unknown ids, ranks that are not levels. */
export function checkTargetFlags(targets: TargetFlags, q: Questionnaire): string[] {
  const errors: string[] = [];
  const top = q.levels.length;
  const units = unitIds(q.dimensions);
  const outOfRange = (rank: number) => rank < 1 || rank > top;
  if (targets.all !== undefined && outOfRange(targets.all)) {
    errors.push(`--target ${targets.all}: a target is a level from 1 to ${top} in \`${q.id}\``);
  }
  for (const [id, rank] of Object.entries(targets.byId ?? {})) {
    if (!units.includes(id))
      errors.push(
        `--target ${id}=${rank}: \`${id}\` is not a dimension or subdimension of \`${q.id}\`${didYouMean(id, units)}`,
      );
    else if (outOfRange(rank))
      errors.push(`--target ${id}=${rank}: a target is a level from 1 to ${top} in \`${q.id}\``);
  }
  return errors;
}

/**
 * The targets named in answer files, by id. When respondents name different targets for the same
 * unit, the highest counts (and the first file that named it), so the result does not depend on
 * the order the files were read in.
 */
export function fileTargets(sets: readonly AnswerSet[]): Map<string, FileTarget> {
  const out = new Map<string, FileTarget>();
  for (const set of sets) {
    for (const [id, rank] of Object.entries(set.targets ?? {})) {
      const current = out.get(id);
      if (!current || rank > current.rank) out.set(id, { rank, file: set.source });
    }
  }
  return out;
}

/**
 * The target of one unit. Layers, first match wins: `--target id=N` flags, the `--target N` flag,
 * then answer-file targets; within a layer a subdimension's own target beats its dimension's.
 * Without any, one level above the current one, capped at the top level.
 */
export function resolveTarget(
  unit: { id: string; dimension?: string },
  level: number,
  topRank: number,
  flags: TargetFlags,
  files: ReadonlyMap<string, FileTarget>,
): ResolvedTarget {
  const own = flags.byId?.[unit.id];
  if (own !== undefined) return { rank: own, source: 'option', from: `--target ${unit.id}=${own}` };
  const inherited = unit.dimension !== undefined ? flags.byId?.[unit.dimension] : undefined;
  if (unit.dimension !== undefined && inherited !== undefined)
    return { rank: inherited, source: 'dimension', from: unit.dimension };
  if (flags.all !== undefined) return { rank: flags.all, source: 'option', from: `--target ${flags.all}` };
  const fromFile = files.get(unit.id);
  if (fromFile) return { rank: fromFile.rank, source: 'file', from: fromFile.file };
  const dimensionFile = unit.dimension !== undefined ? files.get(unit.dimension) : undefined;
  if (unit.dimension !== undefined && dimensionFile)
    return { rank: dimensionFile.rank, source: 'dimension', from: unit.dimension };
  return { rank: Math.min(level + 1, topRank), source: 'default' };
}

export function gapOf(target: number, level: number): number {
  return Math.max(0, target - level);
}
