/**
 * Targets (ambitions): from target options (the CLI's `--target`), from `targets` in answer files,
 * inherited from an ancestor unit, or by default one level up. Options beat files; a unit's own
 * target beats its ancestors'. What comes back is data: the front end words it (flags, a form).
 */
import type { AnswerSet } from '../answers/types.js';
import { unitTree } from '../questionnaire/tree.js';
import type { Questionnaire } from '../questionnaire/types.js';
import { own } from '../util/own.js';
import type { ScoreOptions } from './types.js';

export type TargetFlags = NonNullable<ScoreOptions['targets']>;

/** One target option as given: a rank for one unit, or (without `unit`) for every unit. */
export interface TargetOption {
  unit?: string;
  rank: number;
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
  | { problem: 'unit'; option: TargetOption & { unit: string }; questionnaire: string; units: readonly string[] };

export interface FileTarget {
  rank: number;
  file: string;
}

/**
 * `3` (every unit) and `privacy=4` (one dimension or subdimension), repeatable; a later value for
 * the same id wins. Returns problems for values that do not parse.
 */
export function parseTargetFlags(values: readonly string[]): { targets: TargetFlags; errors: TargetProblem[] } {
  const targets: TargetFlags = {};
  const errors: TargetProblem[] = [];
  for (const raw of values) {
    const value = raw.trim();
    const match = /^(?:([a-z0-9]+(?:-[a-z0-9]+)*)\s*=\s*)?(\d+)$/.exec(value);
    if (!match) {
      errors.push({ problem: 'syntax', value: raw });
      continue;
    }
    const rank = Number(match[2]);
    if (match[1] === undefined) targets.all = rank;
    else targets.byId = { ...targets.byId, [match[1]]: rank };
  }
  return { targets, errors };
}

/** Target options that do not fit a questionnaire: unknown ids, ranks that are not levels. */
export function checkTargetFlags(targets: TargetFlags, q: Questionnaire): TargetProblem[] {
  const errors: TargetProblem[] = [];
  const top = q.levels.length;
  const tree = unitTree(q);
  const outOfRange = (rank: number) => rank < 1 || rank > top;
  if (targets.all !== undefined && outOfRange(targets.all)) {
    errors.push({ problem: 'rank', option: { rank: targets.all }, top, questionnaire: q.id });
  }
  for (const [id, rank] of Object.entries(targets.byId ?? {})) {
    if (!tree.byId.has(id))
      errors.push({
        problem: 'unit',
        option: { unit: id, rank },
        questionnaire: q.id,
        units: tree.units.map((u) => u.id),
      });
    else if (outOfRange(rank)) errors.push({ problem: 'rank', option: { unit: id, rank }, top, questionnaire: q.id });
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
 * The target of one unit. Layers, first match wins: options for an id, the option for every unit,
 * then answer-file targets; within a layer a unit's own target beats its ancestors' (nearest
 * first). Without any, one level above the current one, capped at the top level.
 */
export function resolveTarget(
  unit: { id: string; ancestors?: readonly string[] },
  level: number,
  topRank: number,
  flags: TargetFlags,
  files: ReadonlyMap<string, FileTarget>,
): ResolvedTarget {
  const ancestors = unit.ancestors ?? [];
  const ownRank = own(flags.byId, unit.id);
  if (ownRank !== undefined) return { rank: ownRank, source: 'option', option: { unit: unit.id, rank: ownRank } };
  for (const id of ancestors) {
    const inherited = own(flags.byId, id);
    if (inherited !== undefined) return { rank: inherited, source: 'dimension', unit: id };
  }
  if (flags.all !== undefined) return { rank: flags.all, source: 'option', option: { rank: flags.all } };
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
