/**
 * The questionnaire format, as data. These types mirror schemas/questionnaire.schema.json; the
 * schema is the published contract, these are what the code works with after validation.
 */

/** A human text: one string, or one string per language code. */
export type Text = string | { [language: string]: string };

export interface Level {
  id: string;
  name: Text;
  description?: Text;
  /** The lowest score that reaches this level. */
  min: number;
}

export interface ScaleOption {
  value: number;
  label: Text;
  description?: Text;
  /** The answer means a legal duty is not met: reports flag it apart from the score. */
  belowLegalFloor?: boolean;
}

export interface Scale {
  id: string;
  description?: Text;
  options: ScaleOption[];
  /** Whether "don't know" may be answered. Default true. */
  unknown?: boolean;
  /** Whether "not applicable" may be answered. Default false. */
  notApplicable?: boolean;
}

/** Steps that take an organisation from a level (by level id) to the next one. */
export type NextSteps = { [levelId: string]: Text[] };

/** A part of a unit scored on its own (a stream in OWASP SAMM); it does not change the unit's score. */
export interface Group {
  id: string;
  name: Text;
  description?: Text;
}

export interface Subdimension {
  id: string;
  name: Text;
  description?: Text;
  weight?: number;
  nextSteps?: NextSteps;
  levelDescriptions?: { [levelId: string]: Text };
  /** Only on a unit questions link to (a subdimension, or a dimension without subdimensions). */
  groups?: Group[];
}

export interface Dimension extends Subdimension {
  subdimensions?: Subdimension[];
}

export interface Question {
  id: string;
  text: Text;
  help?: Text;
  scale: string;
  weight?: number;
  dimension?: string;
  subdimension?: string;
  /** Id of one of its unit's groups; required in a unit that has groups. */
  group?: string;
  /** The question's own wording of its scale's options (same values). */
  options?: ScaleOption[];
  /** Id of the level whose bar this question is part of; required in a gated unit. */
  level?: string;
  /** What to do when the question does not pass (a gated unit's next steps); default its text. */
  step?: Text;
  /** Quality criteria: what a good answer looks like, shown with the question (the interview, templates, show). */
  criteria?: Text[];
  /** Whether "not applicable" may be answered; default its scale's. */
  notApplicable?: boolean;
}

export type ScoringMethod = 'mean' | 'min';
/** What an unanswered question counts as: nothing (`ignore`) or its scale's lowest option value. */
export type UnansweredRule = 'ignore' | 'lowest';
/** How several respondents' values for one question combine. */
export type RespondentRule = 'mean' | 'median' | 'min' | 'max';

/** How a unit's questions combine: a roll-up, or level by level (`gated`). */
export type QuestionRule = ScoringMethod | 'gated';

/** The rule per step of the roll-up; a step not named takes `scoring.method`. */
export interface RollUpSteps {
  questions?: QuestionRule;
  subdimensions?: ScoringMethod;
  dimensions?: ScoringMethod;
}

/** When a question of a gated unit passes (`pass`: default its scale's highest value) and a level is met (`share`: default 1). */
export interface Gate {
  pass?: number;
  share?: number;
}

/** The questionnaire's `scoring`; keys left out take their defaults (mean, ignore, mean; no rollup steps, no gate). */
export interface ScoringRules {
  method: ScoringMethod;
  rollup?: RollUpSteps;
  gate?: Gate;
  unanswered?: UnansweredRule;
  respondents?: RespondentRule;
}

/** The questionnaire's `scoring` block as written. */
export type ScoringSettings = Partial<ScoringRules>;

/** What a model calls its levels (`phase`, `maturity level`); without one the tool says "level". */
export interface LevelTermText {
  /** As it reads mid-sentence: lower case unless the word itself is capitalised. */
  singular: Text;
  plural: Text;
}

/** What becomes of an earlier version's answer to a question: kept, renamed (a new id) or dropped. */
export type MigrationFate = 'same' | 'dropped' | string;

/** One step from an earlier version to the next (`to`, default the questionnaire's own version). */
export interface MigrationStep {
  from: string;
  to?: string;
  /** Earlier question id → its fate; ids not named carry over as they are. */
  questions: { [questionId: string]: MigrationFate };
  /** Questions new in the version the step leads to. */
  added?: string[];
}

/** A questionnaire file as written (after schema validation). */
export interface QuestionnaireFile {
  id: string;
  version: string;
  title: Text;
  description?: Text;
  instructions?: Text;
  languages: string[];
  /** Relative path of a model file whose levels, scales and dimensions this questionnaire uses. */
  model?: string;
  levels?: Level[];
  levelTerm?: LevelTermText;
  scales?: Scale[];
  dimensions?: Dimension[];
  questions?: Question[];
  scoring?: ScoringSettings;
  migrations?: MigrationStep[];
}

/** A questionnaire with its model merged in: what every command works on. */
export interface Questionnaire {
  id: string;
  version: string;
  title: Text;
  description?: Text;
  /** How to answer; the questionnaire's own, else its model's. */
  instructions?: Text;
  languages: string[];
  /** The model it shares with other questionnaires (itself when it has no model file). */
  modelId: string;
  modelVersion: string;
  levels: Level[];
  /** The questionnaire's own, else its model's; absent when neither names its levels. */
  levelTerm?: LevelTermText;
  scales: Scale[];
  dimensions: Dimension[];
  questions: Question[];
  /** The file's block, with `method` defaulted. */
  scoring: ScoringRules;
  /** How earlier versions' answers carry over; the questionnaire's own, else its model's. */
  migrations?: MigrationStep[];
}
