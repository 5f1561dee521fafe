/**
 * The maturity profile: what `datascan score --format json` prints (schemas/profile.schema.json is
 * the published contract). Scores are unrounded; texts are in the language scoring was asked for.
 */
import type { LevelTerm } from '../questionnaire/level-term.js';
import type { UnitKind } from '../questionnaire/tree.js';
import type { RespondentRule, ScoringRules } from '../questionnaire/types.js';
import type { TargetOption } from './targets.js';

export interface Coverage {
  /** Questions with an option value, those that count in the scores (summed over respondents for a
   *  group). What reports and the interview call answered is this + unknown + notApplicable. */
  answered: number;
  unknown: number;
  notApplicable: number;
  /** Questions asked (times respondents for a group). */
  total: number;
  /** answered / total (0 when total is 0). */
  ratio: number;
}

/** How far respondents' own scores lie apart; only present with more than one respondent. */
export interface Spread {
  min: number;
  max: number;
  /** Population standard deviation. */
  sd: number;
  /** max − min ≥ the disagreement threshold (default 1). */
  disagreement: boolean;
  /** How many respondents have a score here (those who answered none of its questions have none). */
  respondents: number;
}

export interface LevelRef {
  /** Mean or minimum of what rolls up here; null when nothing was answered (never 0). */
  score: number | null;
  /** Rank of the highest level whose `min` ≤ score; 0 below the first level or without a score. */
  level: number;
  levelId: string | null;
}

/** A level that rests on little: a score, from under half of the questions (times respondents) with an option value. */
export interface Uncertainty {
  /** score !== null and coverage.ratio < UNCERTAIN_BELOW. Scoring always sets it; a profile file written before it
   *  existed lacks it (read as not uncertain). */
  uncertain?: boolean;
}

export interface UnitProfile extends LevelRef, Uncertainty {
  id: string;
  name: string;
  weight: number;
  /** Level rank aimed for; null for a unit without a score whose target nobody set (the default,
   *  one level up, needs a level to start from). */
  target: number | null;
  /** Where the target came from: an answer file, a target option, an ancestor's (`dimension`), or level + 1. */
  targetSource: 'file' | 'option' | 'dimension' | 'default';
  /** max(0, target − level); null without a score (no level to measure from) or without a target. */
  gap: number | null;
  coverage: Coverage;
  spread?: Spread;
  /** The unit's groups, each scored from its questions with the unit's rule; only for a unit that has groups. */
  groups?: GroupProfile[];
  /** A gated unit's ladder; only for a gated unit with a score. */
  gate?: GateLadder;
  /** Its questions in questionnaire order, with what the respondents answered and wrote; for a unit with
   *  questions of its own (one without units below it). Scoring always sets it; a profile file written
   *  before it existed lacks it. */
  questions?: QuestionAnswers[];
}

/** What the respondents answered to one question and wrote with it: what a room discusses. */
export interface QuestionAnswers {
  id: string;
  /** Its text, in the profile's language. */
  text: string;
  /** Its options in order, labels in the profile's language: what `counts` is keyed by (as strings). */
  options: { value: number; label: string }[];
  /** The value scoring uses: the option values combined over respondents by the `respondents` rule
   *  (under `unanswered: lowest`, the lowest for no answer); null when there is none. */
  value: number | null;
  /** Respondents per option value (every option, zeros included) and per answer without one. */
  counts: AnswerCounts;
  /** What respondents wrote with their answer, in input order; none empty. */
  notes: QuestionNote[];
  /** In a consensus profile: the room did not discuss this question, and `value` is the participants'
   *  combined value (the answer file marks it `basis: combined`). */
  combined?: true;
}

export type AnswerCounts = { [optionValue: string]: number } & {
  unknown: number;
  notApplicable: number;
  unanswered: number;
};

export interface QuestionNote {
  /** The respondent's name; null when the answers name nobody. */
  respondent: string | null;
  text: string;
}

/** Per level of a gated unit whether it is met, and what is missing for the first level not met. */
export interface GateLadder {
  /** The highest level met with every level below it; 0 when the first is not met. */
  rank: number;
  /** Every level, lowest first: its countable questions, how many of them pass, and whether that meets the bar. */
  levels: { id: string; countable: number; passing: number; met: boolean }[];
  /** The countable questions of level rank + 1 that do not pass, in questionnaire order, with their step (or
   *  text); empty at the top. */
  missing: { id: string; text: string }[];
}

/** A group of a unit (a stream): scored on its own, it does not change its unit's score. */
export interface GroupProfile extends LevelRef {
  id: string;
  name: string;
  coverage: Coverage;
}

export interface DimensionProfile extends UnitProfile {
  subdimensions: UnitProfile[];
}

export interface NextStepGroup {
  dimension: string;
  /** Null for a dimension without subdimensions. */
  subdimension: string | null;
  /** Names, for renderers. */
  dimensionName: string;
  subdimensionName: string | null;
  fromLevel: number;
  toLevel: number;
  /** Steps that keep a unit at the top level (fromLevel and toLevel both the top); absent for steps that close a gap. */
  keep?: boolean;
  steps: string[];
}

export interface LevelInfo {
  rank: number;
  id: string;
  name: string;
  min: number;
}

/**
 * What carrying one respondent's answers over from an earlier version did. Ids only: what a
 * dropped answer said stays in the answer file.
 */
export interface RespondentMigration {
  /** The version answered. */
  from: string;
  /** The questionnaire's version, which the answers were carried over to. */
  to: string;
  /** The versions passed through, `from` first and `to` last. */
  versions: string[];
  /** Answers carried over, renamed ones included. */
  carried: number;
  renamed: { from: string; to: string }[];
  /** The earlier ids of the answers that no longer count. */
  dropped: string[];
  /** Questions new since `from` that the answers leave open. */
  newOpen: string[];
}

/** The respondents of a profile whose answers were carried over: how many, from which versions, and the sums. */
export interface ProfileMigration {
  to: string;
  /** How many respondents' answers were carried over. */
  respondents: number;
  /** Per version answered, in order of first appearance: how many respondents answered it. */
  from: { version: string; respondents: number }[];
  /** Summed over those respondents. */
  carried: number;
  dropped: number;
  newOpen: number;
}

export interface Profile {
  questionnaire: { id: string; version: string; title: string; model: string; modelVersion: string };
  organisation: string | null;
  respondents: number;
  /** Answer sets read for this profile but left out for their errors (a spreadsheet row with a bad
   *  cell, an answer file that does not pass); absent when none was. Set by the reader, not by score(). */
  skipped?: number;
  /** Respondent names/roles where known, in input order; `migration` for answers carried over from an earlier version. */
  respondentList?: { name?: string; role?: string; source: string; migration?: RespondentMigration }[];
  /** Only when some respondents' answers were carried over from an earlier version. */
  migration?: ProfileMigration;
  /** Only for the profile of a consensus file (`basis: consensus`) scored on its own: the room's answers. */
  consensus?: ConsensusSummary;
  /** Latest answer date among the respondents, if any. */
  date: string | null;
  /** The answer files (or CSV rows) this profile was computed from. */
  sources: string[];
  language: string;
  /** Every rule in force, keys named as in the questionnaire's `scoring`. `unanswered` and
   *  `respondents` are absent from a profile file written before they existed (defaults then). */
  scoring: ScoringRules & { disagreementThreshold: number };
  levels: LevelInfo[];
  /** What the questionnaire calls its levels, in `language`. Scoring always sets it; a profile
   *  file written before it existed lacks it (renderers then use the default word). */
  levelTerm?: LevelTerm;
  /** The range of option values (scales' and questions' own, one below the legal floor included), for charts. */
  scale: { min: number; max: number };
  coverage: Coverage;
  overall: LevelRef & Uncertainty;
  dimensions: DimensionProfile[];
  nextSteps: NextStepGroup[];
  /** Answers that mean a legal duty is not met (an option marked `belowLegalFloor`), apart from the score; in
   *  questionnaire order. Present only when the questionnaire marks such options (empty when none was chosen). */
  belowLegalFloor?: BelowLegalFloorAnswer[];
  /** How every number came about; only when scoring was asked to explain (`--explain`). */
  explanation?: Explanation;
  /** How far the action plan is (`score --plan`); only then. */
  plan?: PlanProgress;
}

/** Per unit how many actions of an action plan count (all but those dropped) and how many are done. */
export interface PlanProgress {
  /** The plan file, as given. */
  file: string;
  /** The units with actions, in questionnaire order. */
  units: { id: string; name: string; actions: number; done: number }[];
}

/** What a consensus file stands for: the room it was agreed in, and how much of it the room agreed. */
export interface ConsensusSummary {
  /** How many answer sets the round was held over (the file's `participants`, else its number of
   *  `sources`); null when the file says neither. */
  participants: number | null;
  /** Questions the room answered (an option, don't know or not applicable). */
  agreed: number;
  /** Questions holding the participants' combined value (`basis: combined`): not discussed. */
  combined: number;
}

/** A question some respondents answered with an option below the legal floor, and who did. */
export interface BelowLegalFloorAnswer {
  question: string;
  /** The question's text, in the profile's language. */
  text: string;
  /** The unit it counts towards (one without units below it). */
  unit: string;
  value: number;
  /** The option's label, in the profile's language. */
  label: string;
  /** Who chose it, in input order. */
  respondents: { name?: string; role?: string; source: string }[];
}

/** One respondent's answer to a question, as given (null: not answered). */
export interface ExplainedAnswer {
  source: string;
  respondent?: string;
  value: number | 'unknown' | 'not-applicable' | null;
}

export interface ExplainedQuestion {
  id: string;
  /** The unit it counts towards (one without units below it). */
  unit: string;
  weight: number;
  /** The value used: the option value (under `unanswered: lowest`, the lowest for no answer), combined over
   *  respondents by the `respondents` rule; null when left out. */
  value: number | null;
  answers: ExplainedAnswer[];
}

/** Something that rolled up into a score: a question or a unit. */
export interface ExplainedInput {
  id: string;
  kind: 'question' | UnitKind;
  weight: number;
  /** Null when it had no score and was left out. */
  value: number | null;
}

export interface ExplainedLevel {
  rank: number;
  levelId: string | null;
  /** The `min` of the level reached (null below the first level). */
  min: number | null;
  /** The next level up and the score it needs; null at the top. */
  next: { rank: number; levelId: string; min: number } | null;
}

export interface ExplainedUnit {
  /** Null for the overall score. */
  id: string | null;
  /** A group is explained before its unit; it does not roll up into it. */
  kind: UnitKind | 'group' | 'overall';
  method: 'mean' | 'min' | 'gated';
  inputs: ExplainedInput[];
  score: number | null;
  /** A gated unit's ladder: per level its countable and passing questions and whether it is met; the score is rank + p. */
  gate?: { rank: number; p: number; levels: { id: string; countable: number; passing: number; met: boolean }[] };
  level: ExplainedLevel;
  /** Not for the overall score. */
  target?: {
    rank: number;
    source: UnitProfile['targetSource'];
    /** The answer file, the target option (as the front end names it), or the ancestor the target came from; absent for the default. */
    from?: string;
  };
  gap?: number;
}

export interface Explanation {
  questions: ExplainedQuestion[];
  /** Every unit after the units (and groups) below it, in questionnaire order; the overall score last. */
  units: ExplainedUnit[];
}

export interface ScoreOptions {
  /** Language of names and steps; default (and for a language it has no texts in) the questionnaire's first. */
  language?: string;
  /** Targets from options (the CLI's `--target`): `all` applies to every unit, ids to one unit. They beat files.
   *  A level by rank, or by id (a string). */
  targets?: { all?: number | string; byId?: Record<string, number | string> };
  /** How an explanation names a target option (`from`); without it, `from` is left out for those targets. */
  describeTargetOption?: (option: TargetOption) => string;
  /** How respondents' values for one question combine, whatever the questionnaire says (`--respondents`). */
  respondents?: RespondentRule;
  /** max − min of respondents' scores at or above which a unit is a disagreement. Default 1. */
  disagreementThreshold?: number;
  /** Keep only the first N next-step groups. */
  top?: number;
  /** Attach an explanation of every number (for `--explain`). */
  explain?: boolean;
  /** The organisation the profile names, whatever the answer sets say (the CLI's `--organisation`). */
  organisation?: string;
}
