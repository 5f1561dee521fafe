/** The action plan's progress as lines of text, for the reports of `score --plan` and `compare --plan`. */
import { changedUnits, type Comparison } from '../../compare/compare.js';
import type { PlanProgress } from '../../scoring/types.js';
import type { Labels } from './labels.js';

/** Per unit: `A one: 1 of 3 actions done`. */
export function planLines(plan: PlanProgress, labels: Labels): string[] {
  return plan.units.map((u) => `${u.name}: ${labels.actionsDone(u.done, u.actions)}`);
}

/** Per unit: `A one: 1 of 3 actions done; A one from phase 1 to 2` (the level change where both scans have a score). */
export function comparisonPlanLines(c: Comparison, labels: Labels): string[] {
  const changes = new Map(changedUnits(c).map(({ unit }) => [unit.id, unit]));
  return (c.plan?.units ?? []).map((u) => {
    const change = changes.get(u.id);
    const moved =
      change?.before?.score != null && change.after?.score != null
        ? `; ${labels.movedLevel(u.name, change.before.level, change.after.level)}`
        : '';
    return `${u.name}: ${labels.actionsDone(u.done, u.actions)}${moved}`;
  });
}
