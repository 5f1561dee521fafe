/** The action plan's progress as lines of text, for the reports of `score --plan` and `compare --plan`. */
import { changedUnits, type Comparison } from '../../compare/compare.js';
import { trendUnits, type Trend } from '../../compare/trend.js';
import type { LevelRef, PlanProgress } from '../../scoring/types.js';
import type { Labels } from './labels.js';

/** Per unit: `A one: 1 of 3 actions done`. */
export function planLines(plan: PlanProgress, labels: Labels): string[] {
  return plan.units.map((u) => `${u.name}: ${labels.actionsDone(u.done, u.actions)}`);
}

/** A unit at the start and the end of what is compared: before and after, or the first scan and the last. */
interface UnitEnds {
  first: LevelRef | null;
  last: LevelRef | null;
}

/** Per unit of the plan its actions done, and its move in level where both ends have a score (else its level at the end). */
function planChangeLines(
  plan: PlanProgress | undefined,
  ends: ReadonlyMap<string, UnitEnds>,
  labels: Labels,
): string[] {
  return (plan?.units ?? []).map((u) => {
    const end = ends.get(u.id);
    const [first, last] = [end?.first?.score != null ? end.first : null, end?.last?.score != null ? end.last : null];
    // Without a score at the start there is no move to tell, but where the unit is now still says something.
    const level =
      last && (first ? labels.movedLevel(u.name, first.level, last.level) : labels.nowAtLevel(u.name, last.level));
    return `${u.name}: ${labels.actionsDone(u.done, u.actions)}${level ? `; ${level}` : ''}`;
  });
}

/** Per unit: `A one: 1 of 3 actions done; A one from phase 1 to 2` (the level change where both scans have a score). */
export function comparisonPlanLines(c: Comparison, labels: Labels): string[] {
  const ends = new Map(changedUnits(c).map(({ unit }) => [unit.id, { first: unit.before, last: unit.after }]));
  return planChangeLines(c.plan, ends, labels);
}

/** As comparisonPlanLines, for a trend: the change in level from the first scan to the last. */
export function trendPlanLines(t: Trend, labels: Labels): string[] {
  const ends = new Map(
    trendUnits(t).map(({ unit }) => [unit.id, { first: unit.scans[0] ?? null, last: unit.scans.at(-1) ?? null }]),
  );
  return planChangeLines(t.plan, ends, labels);
}
