/**
 * Targets (ambitions): from target options (the CLI's `--target`), from `targets` in answer files,
 * inherited from an ancestor unit, or by default one level up. Options beat files; a unit's own
 * target beats its ancestors'. A target names a level by rank or by id (an id keeps its meaning
 * when levels are added); a resolved target is a rank. What comes back is data: the front end
 * words it (flags, a form).
 */
import type { AnswerSet } from '../answers/types.js';
import { unitTree } from '../questionnaire/tree.js';
import type { Level, Questionnaire } from '../questionnaire/types.js';
import { own } from '../util/own.js';
import type { ScoreOptions } from './types.js';

export type TargetFlags = NonNullable<ScoreOptions['targets']>;

/** A level as a target names it: its rank (1 is the first), or its id. */
export type TargetLevel = number | string;

/** One target option: a rank for one unit, or (without `unit`) for every unit; `levelId` when given by id. */
export interface TargetOption {
  unit?: string;
  rank: number;
  levelId?: string;
}

/** A unit's target and where it came from. */
export type ResolvedTarget = { rank: number } & (
  | { source: 'option'; option: TargetOption }
  | { source: 'file'; file: string }
  /** Inherited: `unit` is the ancestor whose target (from an option or a file) it is. */
  | { source: 'dimension'; unit: string }
  | { source: 'default' }
);

/** Why a target option does not parse or does not fit a questionnaire; the front end words it. */
export type TargetProblem =
  | { problem: 'syntax'; value: string }
  | { problem: 'rank'; option: TargetOption; top: number; questionnaire: string }
  | { problem: 'level'; option: TargetOption & { levelId: string }; questionnaire: string; levels: readonly string[] }
  | { problem: 'unit'; option: TargetOption & { unit: string }; questionnaire: string; units: readonly string[] };

export interface FileTarget {
  rank: number;
  file: string;
}

/** The rank of a level named by rank or id; 0 for an id that is not a level. */
export function targetRank(level: TargetLevel, levels: readonly Pick<Level, 'id'>[]): number {
  return typeof level === 'number' ? level : levels.findIndex((l) => l.id === level) + 1;
}

/**
 * `3` or `verankeren` (every unit) and `privacy=4` or `privacy=verankeren` (one dimension or
 * subdimension), repeatable; a later value for the same id wins. Digits are a rank, anything else
 * a level id. Returns problems for values that do not parse.
 */
export function parseTargetFlags(values: readonly string[]): { targets: TargetFlags; errors: TargetProblem[] } {
  const targets: TargetFlags = {};
  const errors: TargetProblem[] = [];
  for (const raw of values) {
    const value = raw.trim();
    const match = /^(?:([a-z0-9]+(?:-[a-z0-9]+)*)\s*=\s*)?(\d+|[a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(value);
    if (!match) {
      errors.push({ problem: 'syntax', value: raw });
      continue;
    }
    const level: TargetLevel = /^\d+$/.test(match[2]!) ? Number(match[2]) : match[2]!;
    if (match[1] === undefined) targets.all = level;
    else targets.byId = { ...targets.byId, [match[1]]: level };
  }
  return { targets, errors };
}

/** A target option as given, with its rank in a questionnaire's levels (0 for an unknown level id). */
export function targetOption(level: TargetLevel, levels: readonly Pick<Level, 'id'>[], unit?: string): TargetOption {
  return {
    ...(unit !== undefined ? { unit } : {}),
    rank: targetRank(level, levels),
    ...(typeof level === 'string' ? { levelId: level } : {}),
  };
}

/** Target options that do not fit a questionnaire: unknown unit ids, unknown level ids, ranks that are not levels. */
export function checkTargetFlags(targets: TargetFlags, q: Questionnaire): TargetProblem[] {
  const errors: TargetProblem[] = [];
  const top = q.levels.length;
  const tree = unitTree(q);
  const levelProblem = (option: TargetOption): TargetProblem | undefined => {
    if (option.levelId !== undefined && option.rank === 0)
      return {
        problem: 'level',
        option: { ...option, levelId: option.levelId },
        questionnaire: q.id,
        levels: q.levels.map((l) => l.id),
      };
    if (option.rank < 1 || option.rank > top) return { problem: 'rank', option, top, questionnaire: q.id };
    return undefined;
  };
  if (targets.all !== undefined) {
    const problem = levelProblem(targetOption(targets.all, q.levels));
    if (problem) errors.push(problem);
  }
  for (const [id, level] of Object.entries(targets.byId ?? {})) {
    const option = targetOption(level, q.levels, id);
    if (!tree.byId.has(id))
      errors.push({
        problem: 'unit',
        option: { ...option, unit: id },
        questionnaire: q.id,
        units: tree.units.map((u) => u.id),
      });
    else {
      const problem = levelProblem(option);
      if (problem) errors.push(problem);
    }
  }
  return errors;
}

/**
 * The targets named in answer files, by id. When respondents name different targets for the same
 * unit, the highest counts (and the first file that named it), so the result does not depend on
 * the order the files were read in.
 */
export function fileTargets(
  sets: readonly AnswerSet[],
  levels: readonly Pick<Level, 'id'>[] = [],
): Map<string, FileTarget> {
  const out = new Map<string, FileTarget>();
  for (const set of sets) {
    for (const [id, level] of Object.entries(set.targets ?? {})) {
      const rank = targetRank(level, levels);
      const current = out.get(id);
      if (!current || rank > current.rank) out.set(id, { rank, file: set.source });
    }
  }
  return out;
}

/**
 * The target of one unit. Layers, first match wins: options for an id, the option for every unit,
 * then answer-file targets; within a layer a unit's own target beats its ancestors' (nearest
 * first). Without any, one level above the current one, capped at the top level. Options that
 * name a level by id need `levels` (the questionnaire's) to find its rank.
 */
export function resolveTarget(
  unit: { id: string; ancestors?: readonly string[] },
  level: number,
  topRank: number,
  flags: TargetFlags,
  files: ReadonlyMap<string, FileTarget>,
  levels: readonly Pick<Level, 'id'>[] = [],
): ResolvedTarget {
  const ancestors = unit.ancestors ?? [];
  const ownLevel = own(flags.byId, unit.id);
  if (ownLevel !== undefined) {
    const option = targetOption(ownLevel, levels, unit.id);
    return { rank: option.rank, source: 'option', option };
  }
  for (const id of ancestors) {
    const inherited = own(flags.byId, id);
    if (inherited !== undefined) return { rank: targetRank(inherited, levels), source: 'dimension', unit: id };
  }
  if (flags.all !== undefined) {
    const option = targetOption(flags.all, levels);
    return { rank: option.rank, source: 'option', option };
  }
  const fromFile = files.get(unit.id);
  if (fromFile) return { rank: fromFile.rank, source: 'file', file: fromFile.file };
  for (const id of ancestors) {
    const inherited = files.get(id);
    if (inherited) return { rank: inherited.rank, source: 'dimension', unit: id };
  }
  return { rank: Math.min(level + 1, topRank), source: 'default' };
}

/**
 * Where a target came from, in the words of a profile's explanation (`from`): the answer file, the
 * ancestor's id, or the option as the front end names it; absent for the default, and for an
 * option when the front end names none.
 */
export function targetFrom(
  target: ResolvedTarget,
  describeOption: ((option: TargetOption) => string) | undefined,
): string | undefined {
  switch (target.source) {
    case 'file':
      return target.file;
    case 'dimension':
      return target.unit;
    case 'option':
      return describeOption?.(target.option);
    case 'default':
      return undefined;
  }
}

export function gapOf(target: number, level: number): number {
  return Math.max(0, target - level);
}
