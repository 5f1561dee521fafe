/**
 * Next steps (the course of action): for every scored unit without children below its target, the
 * steps of each level from where it is up to the target; for every one at the top level, the steps
 * under the top level's id, which keep it there.
 */
import { nextStepsAt, pathOf, type Unit } from '../questionnaire/tree.js';
import type { Level, Text } from '../questionnaire/types.js';
import { stepGroupPlace } from './profile-units.js';
import type { NextStepGroup, UnitProfile } from './types.js';

/** The `nextSteps` key of the steps that lead on from a rank: the level's id, or `none` below the first level. */
export function stepKey(levels: readonly Level[], rank: number): string | undefined {
  return rank === 0 ? 'none' : levels[rank - 1]?.id;
}

/**
 * Steps from level rank `from` up to `to`: for each rank k from..to−1, in order, first what
 * `unmet(k + 1)` gives (a gated unit: the steps of the questions of level k + 1 that do not pass),
 * then the steps for k, each the unit's own or its nearest ancestor's; rank 0's are those under `none`.
 */
export function stepsBetween(
  unit: Unit,
  levels: readonly Level[],
  from: number,
  to: number,
  unmet: (rank: number) => Text[] = () => [],
): Text[] {
  const out: Text[] = [];
  for (let rank = from; rank < to; rank++) {
    const key = stepKey(levels, rank);
    out.push(...unmet(rank + 1));
    if (key !== undefined) out.push(...nextStepsAt(unit, key));
  }
  return out;
}

/** A next-step group with what it is sorted by. */
export interface RankedSteps extends NextStepGroup {
  gap: number;
  /** The product of the weights from the dimension down to the unit. */
  weight: number;
  score: number;
  /** Someone answered one of the unit's questions below the legal floor: its group comes first. */
  legalFloor?: boolean;
}

/**
 * A unit someone answered below the legal floor: the steps under `none` (what to do first to meet
 * the legal duty) lead its group, whatever its level (a group of five can average phase 2 while one
 * of them says the law is broken), and the group comes before the others.
 */
export function legalDutyFirst(steps: RankedSteps, unit: Unit, t: (text: Text) => string): RankedSteps {
  const duty = steps.fromLevel === 0 ? [] : nextStepsAt(unit, 'none').map(t);
  return { ...steps, steps: [...duty, ...steps.steps.filter((s) => !duty.includes(s))], legalFloor: true };
}

/**
 * The steps that take a scored unit from its level to its target, placed as the profile names
 * them: its dimension and, for a unit below one, the unit itself. Undefined when there are none.
 */
export function rankedSteps(
  unit: Unit,
  profile: UnitProfile,
  levels: readonly Level[],
  t: (text: Text) => string,
  unmet?: (rank: number) => Text[],
): RankedSteps | undefined {
  if (profile.score === null || profile.target === null || !profile.gap) return undefined;
  const steps = stepsBetween(unit, levels, profile.level, profile.target, unmet).map(t);
  if (steps.length === 0) return undefined;
  return stepGroup(unit, t, { fromLevel: profile.level, toLevel: profile.target, steps }, profile.gap, profile.score);
}

/**
 * What keeps a scored unit at the top level there: its steps under the top level's id (its own, or
 * its nearest ancestor's), as a group from the top to the top with `keep`, whatever its target (no
 * target lies above the top). Undefined for a unit below the top, or without such steps.
 */
export function keepSteps(
  unit: Unit,
  profile: UnitProfile,
  levels: readonly Level[],
  t: (text: Text) => string,
): RankedSteps | undefined {
  const top = levels.length;
  if (profile.score === null || top === 0 || profile.level !== top) return undefined;
  const steps = nextStepsAt(unit, (levels[top - 1] as Level).id).map(t);
  if (steps.length === 0) return undefined;
  // Gap 0: sorted after every group that closes a gap (those have a gap of at least 1).
  return stepGroup(unit, t, { fromLevel: top, toLevel: top, keep: true, steps }, 0, profile.score);
}

/** A group of steps placed as the profile names its unit, with what it is sorted by. */
function stepGroup(
  unit: Unit,
  t: (text: Text) => string,
  group: Pick<NextStepGroup, 'fromLevel' | 'toLevel' | 'keep' | 'steps'>,
  gap: number,
  score: number,
): RankedSteps {
  const path = pathOf(unit);
  return {
    ...stepGroupPlace(path.map((u) => ({ id: u.id, name: t(u.name) }))),
    ...group,
    gap,
    weight: path.reduce((product, u) => product * u.weight, 1),
    score,
  };
}

/**
 * Units answered below the legal floor first; then largest gap (so the steps that keep the top
 * level come last), then largest weight, then lowest score; ties keep questionnaire order. `top`
 * keeps the first N.
 */
export function orderNextSteps(groups: readonly RankedSteps[], top?: number): NextStepGroup[] {
  const sorted = groups
    .map((g, index) => ({ g, index }))
    .sort(
      (a, b) =>
        Number(b.g.legalFloor ?? false) - Number(a.g.legalFloor ?? false) ||
        b.g.gap - a.g.gap ||
        b.g.weight - a.g.weight ||
        a.g.score - b.g.score ||
        a.index - b.index,
    )
    .map(({ g }) => {
      const { gap: _gap, weight: _weight, score: _score, legalFloor: _legalFloor, ...group } = g;
      return group;
    });
  return top !== undefined ? sorted.slice(0, Math.max(0, top)) : sorted;
}
