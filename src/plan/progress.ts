/** How far an action plan is, per unit, beside a profile, a comparison or a trend (`--plan`). Pure. */
import type { Comparison } from '../compare/compare.js';
import { changedUnits } from '../compare/compare.js';
import { trendUnits, type Trend } from '../compare/trend.js';
import { flattenUnits } from '../scoring/profile-units.js';
import type { PlanProgress, Profile, UnitProfile } from '../scoring/types.js';
import { planCounts, type PlanFile } from './plan.js';

function progress(file: string, units: readonly { id: string; name: string }[], plan: PlanFile): PlanProgress {
  const counts = planCounts(plan.actions);
  return {
    file,
    units: units.flatMap((u) => {
      const count = counts.get(u.id);
      return count ? [{ id: u.id, name: u.name, ...count }] : [];
    }),
  };
}

export function profileWithPlan(profile: Profile, plan: PlanFile, file: string): Profile {
  const units = flattenUnits<UnitProfile>(profile.dimensions).map(({ unit }) => unit);
  return { ...profile, plan: progress(file, units, plan) };
}

export function comparisonWithPlan(comparison: Comparison, plan: PlanFile, file: string): Comparison {
  const units = changedUnits(comparison).map(({ unit }) => unit);
  return { ...comparison, plan: progress(file, units, plan) };
}

export function trendWithPlan(trend: Trend, plan: PlanFile, file: string): Trend {
  const units = trendUnits(trend).map(({ unit }) => unit);
  return { ...trend, plan: progress(file, units, plan) };
}
