/**
 * Comparison over time: two profiles of the same model (last year's quickscan and this year's
 * scan, say), per dimension and subdimension the score and level before and after. Pure.
 */
import { msg, sayFinding, type FindingText } from '../diagnostics/messages.js';
import { profileLevelTerm, type LevelTerm } from '../questionnaire/level-term.js';
import { organisationKey } from '../scoring/group.js';
import { EPSILON } from '../scoring/rollup.js';
import { childUnits, flattenUnits, nestUnits, type Nested, type UnitEntry } from '../scoring/profile-units.js';
import type { BelowLegalFloorAnswer, LevelRef, PlanProgress, Profile, UnitProfile } from '../scoring/types.js';
import { changedQuestions } from '../answers/migrate.js';
import { sideLabels } from './agreement.js';
import { questionsUnder, unitTree } from '../questionnaire/tree.js';
import type { Questionnaire } from '../questionnaire/types.js';

export type Direction = 'up' | 'down' | 'same';

export interface UnitChange {
  id: string;
  name: string;
  /** Null where the unit is missing on one side (a newer model version added or dropped it). */
  before: LevelRef | null;
  after: LevelRef | null;
  /** after.score − before.score; null when either has no score. */
  change: number | null;
  /** after.level − before.level; null when either side is missing or has no score. */
  levelChange: number | null;
  /** By score; null when either has no score. */
  direction: Direction | null;
  /** Only for a unit holding a question that changed between the versions the sides answered (see `questionsChangedSince`). */
  questionsChanged?: true;
}

export type DimensionChange = Nested<UnitChange>;

export interface ProfileSide {
  questionnaire: Profile['questionnaire'];
  organisation: string | null;
  respondents: number;
  date: string | null;
  sources: string[];
  coverage: Profile['coverage'];
  /** The side's answers below the legal floor; only when its questionnaire marks such options. */
  belowLegalFloor?: BelowLegalFloorAnswer[];
  /** Only when some of the side's answers were carried over from an earlier version. */
  migration?: Profile['migration'];
  /** Only for a consensus file: the room it stands for (see Profile.consensus). */
  consensus?: Profile['consensus'];
  /** How the reports name the side where one side is a consensus file (see sideLabels): the agreement, or the group's average. */
  label?: string;
}

export interface Comparison {
  model: { id: string; versionBefore: string; versionAfter: string };
  /** The language of the renderers' own words (labels, numbers); names stay as the profiles give them. */
  language: string;
  levels: Profile['levels'];
  /** What the later profile's questionnaire calls its levels, in `language`. */
  levelTerm: LevelTerm;
  scale: Profile['scale'];
  before: ProfileSide;
  after: ProfileSide;
  overall: UnitChange;
  dimensions: DimensionChange[];
  /** The two organisations when both sides name one and they are not the same (see `differentOrganisations`). */
  differentOrganisations?: { before: string; after: string };
  /**
   * Only when the sides answered different versions of the questionnaire: the earlier versions
   * answered, since which the units marked `questionsChanged` have new, renamed or dropped questions.
   */
  questionsChangedSince?: string[];
  /** How far the action plan is (`compare --plan`); only then. */
  plan?: PlanProgress;
}

/** The units whose questions changed between the versions two profiles answered, and those versions. */
export interface QuestionsChanged {
  since: string[];
  units: ReadonlySet<string>;
}

/** The versions a profile's respondents answered: those their answers were carried over from, and its own. */
function answeredVersions(p: Profile): Set<string> {
  const versions = new Set(p.migration?.from.map((f) => f.version) ?? []);
  if (!p.migration || p.migration.respondents < p.respondents) versions.add(p.questionnaire.version);
  return versions;
}

/**
 * The units holding a question new, renamed or dropped since an earlier version a side answered;
 * undefined when both sides answered the same versions. Each side is read with `q`, its
 * questionnaire as the workspace knows it. Sides of one questionnaire are measured by the later
 * side's (a side scored long ago at its own version counts as answering that version); sides of two
 * questionnaires of one model (a quickscan and a scan) each by their own, only for answers carried
 * over: the other questionnaire's history says nothing about them.
 */
export function questionsChangedBetween(
  before: { profile: Profile; q?: Questionnaire },
  after: { profile: Profile; q?: Questionnaire },
): QuestionsChanged | undefined {
  if (before.profile.questionnaire.id === after.profile.questionnaire.id) {
    const q = after.q;
    if (!q || q.id !== after.profile.questionnaire.id || q.version !== after.profile.questionnaire.version)
      return undefined;
    const earlier = answeredVersions(before.profile);
    const later = answeredVersions(after.profile);
    if (earlier.size === later.size && [...earlier].every((v) => later.has(v))) return undefined;
    const since = [...new Set([...earlier, ...later])].filter((v) => v !== q.version);
    return since.length > 0 ? { since, units: unitsHolding(q, since) } : undefined;
  }
  const found = [before, after].flatMap(({ profile, q }) => {
    const since = (profile.migration?.from ?? []).map((f) => f.version);
    if (!q || q.id !== profile.questionnaire.id || q.version !== profile.questionnaire.version || since.length === 0)
      return [];
    return [{ since, units: unitsHolding(q, since) }];
  });
  if (found.length === 0) return undefined;
  return {
    since: [...new Set(found.flatMap((f) => f.since))],
    units: new Set(found.flatMap((f) => [...f.units])),
  };
}

/** The units of `q` holding a question new, renamed or dropped since any of the versions. */
function unitsHolding(q: Questionnaire, since: readonly string[]): Set<string> {
  const changed = new Set(since.flatMap((v) => [...changedQuestions(q, v)]));
  return new Set(
    unitTree(q)
      .units.filter((unit) => questionsUnder(unit).some((id) => changed.has(id)))
      .map((unit) => unit.id),
  );
}

/** Why two profiles cannot be compared (as a text to say in any language), or undefined when they can. */
export function incomparability(before: Profile, after: Profile): FindingText | undefined {
  if (before.questionnaire.model === after.questionnaire.model) return undefined;
  return msg('profile.incomparable', { before: before.questionnaire, after: after.questionnaire });
}

/** Why two profiles cannot be compared, in English, or undefined when they can. */
export function incomparable(before: Profile, after: Profile): string | undefined {
  const why = incomparability(before, after);
  return why && sayFinding(why, 'en');
}

/**
 * Both sides' organisations when both name one and the names differ by more than case and spacing;
 * undefined otherwise. A comparison over time compares one organisation: different ones are worth a warning.
 */
export function differentOrganisations(
  before: Pick<ProfileSide, 'organisation'>,
  after: Pick<ProfileSide, 'organisation'>,
): { before: string; after: string } | undefined {
  const [earlier, later] = [before.organisation?.trim(), after.organisation?.trim()];
  if (!earlier || !later || organisationKey(earlier) === organisationKey(later)) return undefined;
  return { before: earlier, after: later };
}

/** Whom a comparison is of: `A → B` when the sides name different organisations, else the one named, or undefined. */
export function comparedOrganisations(c: Pick<Comparison, 'before' | 'after'>): string | undefined {
  const different = differentOrganisations(c.before, c.after);
  if (different) return `${different.before} → ${different.after}`;
  return c.after.organisation ?? c.before.organisation ?? undefined;
}

export function directionOf(change: number | null): Direction | null {
  if (change === null) return null;
  if (Math.abs(change) < EPSILON) return 'same';
  return change > 0 ? 'up' : 'down';
}

function levelRef(u: LevelRef | undefined): LevelRef | null {
  return u ? { score: u.score, level: u.level, levelId: u.levelId } : null;
}

export function unitChange(
  id: string,
  name: string,
  before: LevelRef | undefined,
  after: LevelRef | undefined,
): UnitChange {
  const change = before?.score != null && after?.score != null ? after.score - before.score : null;
  return {
    id,
    name,
    before: levelRef(before),
    after: levelRef(after),
    change,
    // A side without a score has no level to move from or to (its level 0 means nothing).
    levelChange: before?.score != null && after?.score != null ? after.level - before.level : null,
    direction: directionOf(change),
  };
}

/** What a comparison keeps of a profile besides its units; `label` names a side that stands for a consensus or the room it was agreed in. */
export function side(p: Profile, label?: string): ProfileSide {
  return {
    questionnaire: p.questionnaire,
    organisation: p.organisation,
    respondents: p.respondents,
    date: p.date,
    sources: p.sources,
    coverage: p.coverage,
    ...(p.belowLegalFloor !== undefined ? { belowLegalFloor: p.belowLegalFloor } : {}),
    ...(p.migration !== undefined ? { migration: p.migration } : {}),
    ...(p.consensus !== undefined ? { consensus: p.consensus } : {}),
    ...(label !== undefined ? { label } : {}),
  };
}

/**
 * How many answers of a side lie below the legal floor, and to which questions; undefined when its
 * questionnaire marks none. With `other`, a side without any says so (0) only when the other side
 * has some, so a change to none shows, and never when its answers were carried over from an
 * earlier version: its 0 may mean the questions were not asked.
 */
export function belowFloorCount(
  s: ProfileSide,
  other?: ProfileSide,
): { answers: number; questions: string[] } | undefined {
  if (s.belowLegalFloor === undefined) return undefined;
  const count = {
    answers: s.belowLegalFloor.reduce((n, a) => n + a.respondents.length, 0),
    questions: [...new Set(s.belowLegalFloor.map((a) => a.question))],
  };
  if (other === undefined || count.answers > 0) return count;
  return s.migration === undefined && (belowFloorCount(other)?.answers ?? 0) > 0 ? count : undefined;
}

function markChanged(u: UnitChange, changed: QuestionsChanged | undefined): UnitChange {
  return changed?.units.has(u.id) ? { ...u, questionsChanged: true } : u;
}

/** A unit of either profile, with its counterpart in the other where it has one. */
interface MatchedUnit {
  id: string;
  name: string;
  before?: UnitProfile;
  after?: UnitProfile;
}

/** Units matched by id, in the order of the later profile, then any only the earlier one has. */
function matched(before: readonly UnitProfile[], after: readonly UnitProfile[]): MatchedUnit[] {
  const earlier = new Map(before.map((u) => [u.id, u]));
  const out: MatchedUnit[] = after.map((u) => ({
    id: u.id,
    name: u.name,
    before: earlier.get(u.id),
    after: u,
  }));
  const later = new Set(after.map((u) => u.id));
  for (const u of before) if (!later.has(u.id)) out.push({ id: u.id, name: u.name, before: u });
  return out;
}

/** Every unit's change, each before the units below it, with its depth (1 for a dimension). */
export function changedUnits(c: Pick<Comparison, 'dimensions'>): UnitEntry<UnitChange>[] {
  return flattenUnits<UnitChange>(c.dimensions);
}

export interface ComparisonOptions {
  /** Language of the comparison's labels (`--lang`); default the later profile's. One language
   *  for the whole comparison, even when the two profiles were scored in different ones. */
  language?: string;
  /** The units to mark as having changed questions (`questionsChangedBetween`). */
  questionsChanged?: QuestionsChanged;
}

/** Compares two profiles; check `incomparable` first. Names and levels are the later profile's. */
export function compareProfiles(before: Profile, after: Profile, options: ComparisonOptions = {}): Comparison {
  const language = options.language ?? after.language;
  const organisations = differentOrganisations(before, after);
  const changed = options.questionsChanged;
  const levelTerm = profileLevelTerm(after, language);
  const labels = sideLabels(before, after, language, levelTerm);
  return {
    model: {
      id: after.questionnaire.model,
      versionBefore: before.questionnaire.modelVersion,
      versionAfter: after.questionnaire.modelVersion,
    },
    language,
    levels: after.levels,
    levelTerm,
    scale: after.scale,
    before: side(before, labels.before),
    after: side(after, labels.after),
    overall: unitChange('overall', 'overall', before.overall, after.overall),
    dimensions: nestUnits(
      matched(before.dimensions, after.dimensions),
      (m) => matched(m.before ? childUnits(m.before) : [], m.after ? childUnits(m.after) : []),
      (m) => markChanged(unitChange(m.id, m.name, m.before, m.after), changed),
    ),
    ...(organisations ? { differentOrganisations: organisations } : {}),
    ...(changed ? { questionsChangedSince: [...changed.since] } : {}),
  };
}
