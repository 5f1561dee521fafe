/**
 * A trend: three or more profiles of the same model in date order (a yearly scan, say), per
 * dimension and subdimension the score and level in each, the change from the first to the last,
 * and whether each scan reached the targets the scan before it set. Pure. Two profiles are a
 * Comparison (compare.ts), whose shape stays as it is.
 */
import { profileLevelTerm, type LevelTerm } from '../questionnaire/level-term.js';
import { organisationKey } from '../scoring/group.js';
import { childUnits, flattenUnits, nestUnits, type Nested, type UnitEntry } from '../scoring/profile-units.js';
import type { LevelRef, PlanProgress, Profile, UnitProfile } from '../scoring/types.js';
import { side, unitChange, type Direction, type ProfileSide, type QuestionsChanged } from './compare.js';

/** A unit's score and level in one scan, with the target that scan set for it (its `targets`, or the default). */
export interface TrendPoint extends LevelRef {
  target: number | null;
  targetSource: UnitProfile['targetSource'];
}

/** Whether a scan reached the target the scan before it set for a unit. */
export interface TargetCheck {
  /** The earlier scan's target (a level rank); null when it had none (no score and no target set). */
  target: number | null;
  /** Where the earlier scan's target came from: an answer file, an option, an ancestor's, or one level up. */
  source: UnitProfile['targetSource'];
  /** This scan's level ≥ that target; null without a target or without a score in this scan. */
  reached: boolean | null;
}

/** The overall score over the scans (it has no target). */
export interface TrendLine {
  id: string;
  name: string;
  /** One per scan, in date order; null where the scan lacks the unit (another version of the model). */
  scans: (LevelRef | null)[];
  /** Last score − first score; null when either has none. */
  change: number | null;
  /** Last level − first level; null when either has no score. */
  levelChange: number | null;
  direction: Direction | null;
}

export interface UnitTrend extends TrendLine {
  scans: (TrendPoint | null)[];
  /** One per scan from the second on: the target the scan before it set, and whether it was reached;
   *  null where either scan lacks the unit. */
  targetsMet: (TargetCheck | null)[];
  /** Only for a unit holding a question that changed between the versions the scans answered. */
  questionsChanged?: true;
}

export type DimensionTrend = Nested<UnitTrend>;

/** How the scans were put in order: by date, or as given (when a date is missing or two are the same day). */
export type TrendOrder = { by: 'date'; moved: boolean } | { by: 'given'; reason: 'missing-date' | 'same-date' };

export interface Trend {
  model: { id: string; versions: string[] };
  /** The language of the renderers' own words; names stay as the profiles give them. */
  language: string;
  /** The last profile's levels, level word and scale. */
  levels: Profile['levels'];
  levelTerm: LevelTerm;
  scale: Profile['scale'];
  order: TrendOrder;
  /** The scans, in the order compared. */
  scans: ProfileSide[];
  overall: TrendLine;
  dimensions: DimensionTrend[];
  /** The organisations the scans name, when they name more than one (ignoring case and spacing). */
  differentOrganisations?: string[];
  /** Only when the scans answered different versions: the earlier versions since which the units marked
   *  `questionsChanged` have new, renamed or dropped questions. */
  questionsChangedSince?: string[];
  /** How far the action plan is (`compare --plan`); only then. */
  plan?: PlanProgress;
}

/** The day of an ISO date or date-time; scans are ordered by day. */
function day(date: string): string {
  return date.slice(0, 10);
}

/**
 * The order to compare scans in: by date when every scan has one and no two share a day (`moved`
 * when that is not the order given), else as given, with the reason.
 */
export function trendOrder(dates: readonly (string | null)[]): { indexes: number[]; order: TrendOrder } {
  const given = dates.map((_, i) => i);
  if (dates.some((d) => d === null || d.trim() === ''))
    return { indexes: given, order: { by: 'given', reason: 'missing-date' } };
  const days = dates.map((d) => day(d!));
  if (new Set(days).size < days.length) return { indexes: given, order: { by: 'given', reason: 'same-date' } };
  const indexes = [...given].sort((a, b) => (days[a]! < days[b]! ? -1 : 1));
  return { indexes, order: { by: 'date', moved: indexes.some((at, i) => at !== i) } };
}

/** The organisations named, each once (case and spacing aside), when there are several; undefined otherwise. */
export function organisationsNamed(sides: readonly Pick<ProfileSide, 'organisation'>[]): string[] | undefined {
  const named = new Map<string, string>();
  for (const s of sides) {
    const name = s.organisation?.trim();
    if (name && !named.has(organisationKey(name))) named.set(organisationKey(name), name);
  }
  return named.size > 1 ? [...named.values()] : undefined;
}

function point(u: UnitProfile | undefined): TrendPoint | null {
  return u
    ? { score: u.score, level: u.level, levelId: u.levelId, target: u.target, targetSource: u.targetSource }
    : null;
}

/** Whether `later` reached the target `earlier` set; null where either lacks the unit. */
export function targetCheck(earlier: TrendPoint | null, later: TrendPoint | null): TargetCheck | null {
  if (!earlier || !later) return null;
  const reached = earlier.target === null || later.score === null ? null : later.level >= earlier.target;
  return { target: earlier.target, source: earlier.targetSource, reached };
}

function line<P extends LevelRef>(id: string, name: string, scans: (P | null)[]) {
  const { change, levelChange, direction } = unitChange(
    id,
    name,
    scans[0] ?? undefined,
    scans[scans.length - 1] ?? undefined,
  );
  return { id, name, scans, change, levelChange, direction };
}

/** A unit of any scan, with its counterpart in each (undefined where a scan lacks it). */
interface MatchedUnits {
  id: string;
  name: string;
  units: (UnitProfile | undefined)[];
}

/** Units matched by id: in the order of the last scan, then those only earlier scans have (latest first). */
function matchedAll(lists: readonly (readonly UnitProfile[])[]): MatchedUnits[] {
  const out: MatchedUnits[] = [];
  const seen = new Set<string>();
  for (const list of [...lists].reverse())
    for (const u of list) {
      if (seen.has(u.id)) continue;
      seen.add(u.id);
      out.push({ id: u.id, name: u.name, units: lists.map((l) => l.find((x) => x.id === u.id)) });
    }
  return out;
}

function unitTrend(m: MatchedUnits, changed: QuestionsChanged | undefined): UnitTrend {
  const scans = m.units.map(point);
  return {
    ...line(m.id, m.name, scans),
    targetsMet: scans.slice(1).map((later, i) => targetCheck(scans[i]!, later)),
    ...(changed?.units.has(m.id) ? { questionsChanged: true as const } : {}),
  };
}

/** Every unit's trend, each before the units below it, with its depth (1 for a dimension). */
export function trendUnits(t: Pick<Trend, 'dimensions'>): UnitEntry<UnitTrend>[] {
  return flattenUnits<UnitTrend>(t.dimensions);
}

export interface TrendOptions {
  /** Language of the labels; default the last profile's. */
  language?: string;
  /** The units to mark as having changed questions. */
  questionsChanged?: QuestionsChanged;
  /** How the profiles were ordered (trendOrder); default: by date, as given. */
  order?: TrendOrder;
}

/** A trend over profiles already in order (see trendOrder); check `incomparable` for each first. Names and levels are the last profile's. */
export function trendOfProfiles(profiles: readonly Profile[], options: TrendOptions = {}): Trend {
  const last = profiles[profiles.length - 1]!;
  const language = options.language ?? last.language;
  const scans = profiles.map((p) => side(p));
  const organisations = organisationsNamed(scans);
  const changed = options.questionsChanged;
  return {
    model: { id: last.questionnaire.model, versions: profiles.map((p) => p.questionnaire.modelVersion) },
    language,
    levels: last.levels,
    levelTerm: profileLevelTerm(last, language),
    scale: last.scale,
    order: options.order ?? { by: 'date', moved: false },
    scans,
    overall: line(
      'overall',
      'overall',
      profiles.map((p) => ({ score: p.overall.score, level: p.overall.level, levelId: p.overall.levelId })),
    ),
    dimensions: nestUnits(
      matchedAll(profiles.map((p) => p.dimensions)),
      (m) => matchedAll(m.units.map((u) => (u ? childUnits(u) : []))),
      (m) => unitTrend(m, changed),
    ),
    ...(organisations ? { differentOrganisations: organisations } : {}),
    ...(changed ? { questionsChangedSince: [...changed.since] } : {}),
  };
}

/** The units marked in any of several QuestionsChanged (those of consecutive scans), or undefined for none. */
export function unionOfChanges(found: readonly (QuestionsChanged | undefined)[]): QuestionsChanged | undefined {
  const present = found.filter((f): f is QuestionsChanged => f !== undefined);
  if (present.length === 0) return undefined;
  return {
    since: [...new Set(present.flatMap((f) => f.since))],
    units: new Set(present.flatMap((f) => [...f.units])),
  };
}

/** Whom a trend is of: the organisations named joined by `→` when they differ, else the one named, or undefined. */
export function comparedOrganisationsOf(t: Pick<Trend, 'scans' | 'differentOrganisations'>): string | undefined {
  if (t.differentOrganisations) return t.differentOrganisations.join(' → ');
  return [...t.scans].reverse().find((s) => s.organisation)?.organisation ?? undefined;
}
