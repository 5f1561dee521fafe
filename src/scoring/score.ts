/**
 * Scoring: a questionnaire and one or more answer sets in, a maturity profile out. Pure. The rules
 * are documented in the README ("How scores are computed"); keep the two in step.
 */
import type { AnswerSet, AnswerValue } from '../answers/types.js';
import { questionsByLeaf } from '../questionnaire/structure.js';
import { levelTermOf } from '../questionnaire/level-term.js';
import { localizer } from '../questionnaire/text.js';
import { matchLanguage } from '../util/language.js';
import type { Dimension, Questionnaire, ScoringMethod, Subdimension } from '../questionnaire/types.js';
import { stepsBetween, orderNextSteps, type RankedSteps } from './next-steps.js';
import { explainLevel, levelRank, mean, rollUp, type Weighted } from './rollup.js';
import { DEFAULT_DISAGREEMENT, spreadOf } from './spread.js';
import { organisationKey } from './group.js';
import { fileTargets, gapOf, resolveTarget, type ResolvedTarget } from './targets.js';
import type {
  Coverage,
  DimensionProfile,
  ExplainedInput,
  ExplainedQuestion,
  ExplainedUnit,
  Explanation,
  LevelRef,
  Profile,
  ScoreOptions,
  UnitProfile,
} from './types.js';

/** A question's answers over all respondents. */
interface QuestionTally {
  /** Mean of the option values given; null when no respondent gave one. */
  value: number | null;
  answered: number;
  unknown: number;
  notApplicable: number;
}

interface UnitScores {
  /** Score per dimension and subdimension id. */
  units: Map<string, number | null>;
  overall: number | null;
}

/** What scoring derives from a questionnaire alone: worked out once, as a batch scores thousands of sets against one. */
interface Layout {
  byLeaf: Map<string, string[]>;
  questionWeight: Map<string, number>;
  scale: { min: number; max: number };
}
const layouts = new WeakMap<Questionnaire, Layout>();
function layoutOf(q: Questionnaire): Layout {
  let layout = layouts.get(q);
  if (!layout) {
    const optionValues = q.scales.flatMap((s) => s.options.map((o) => o.value));
    layout = {
      byLeaf: questionsByLeaf(q),
      questionWeight: new Map(q.questions.map((x) => [x.id, weightOf(x)])),
      scale:
        optionValues.length > 0
          ? { min: Math.min(...optionValues), max: Math.max(...optionValues) }
          : { min: 0, max: 0 },
    };
    layouts.set(q, layout);
  }
  return layout;
}

function optionValue(value: AnswerValue | undefined): number | null {
  return typeof value === 'number' ? value : null;
}

function weightOf(x: { weight?: number }): number {
  return x.weight ?? 1;
}

/** The roll-up: questions → subdimensions → dimensions → overall, from a value per question. */
function unitScores(
  q: Questionnaire,
  byLeaf: Map<string, string[]>,
  questionWeight: Map<string, number>,
  valueOf: (questionId: string) => number | null,
): UnitScores {
  const method = q.scoring.method;
  const units = new Map<string, number | null>();
  const leafScore = (id: string) => {
    const items = (byLeaf.get(id) ?? []).map((qid) => ({ value: valueOf(qid), weight: questionWeight.get(qid) ?? 1 }));
    const s = rollUp(method, items);
    units.set(id, s);
    return s;
  };
  const dimensions: Weighted[] = [];
  for (const d of q.dimensions) {
    let s: number | null;
    if (d.subdimensions?.length) {
      s = rollUp(
        method,
        d.subdimensions.map((sub) => ({ value: leafScore(sub.id), weight: weightOf(sub) })),
      );
      units.set(d.id, s);
    } else {
      s = leafScore(d.id);
    }
    dimensions.push({ value: s, weight: weightOf(d) });
  }
  return { units, overall: rollUp(method, dimensions) };
}

function coverageOf(tallies: readonly QuestionTally[], respondents: number): Coverage {
  let answered = 0;
  let unknown = 0;
  let notApplicable = 0;
  for (const t of tallies) {
    answered += t.answered;
    unknown += t.unknown;
    notApplicable += t.notApplicable;
  }
  const total = tallies.length * respondents;
  return { answered, unknown, notApplicable, total, ratio: total > 0 ? answered / total : 0 };
}

/** The one organisation all answer sets name (as the first spells it), or null when none or several. */
function commonOrganisation(sets: readonly AnswerSet[]): string | null {
  let first: string | null = null;
  for (const s of sets) {
    const name = s.organisation?.trim();
    if (!name) continue;
    if (first === null) first = name;
    else if (organisationKey(name) !== organisationKey(first)) return null;
  }
  return first;
}

function latestDate(sets: readonly AnswerSet[]): string | null {
  let latest: string | null = null;
  for (const s of sets) if (s.date !== undefined && (latest === null || s.date > latest)) latest = s.date;
  return latest;
}

export function score(q: Questionnaire, answerSets: readonly AnswerSet[], options: ScoreOptions = {}): Profile {
  // A language the questionnaire has no texts in falls back to its first, so `language` is what the texts are in.
  const language =
    (options.language !== undefined ? matchLanguage(q.languages, options.language) : undefined) ??
    q.languages[0] ??
    'en';
  const t = localizer(language, q.languages[0]);
  const method: ScoringMethod = q.scoring.method;
  const threshold = options.disagreementThreshold ?? DEFAULT_DISAGREEMENT;
  const respondents = answerSets.length;
  const { byLeaf, questionWeight, scale } = layoutOf(q);

  const tallies = new Map<string, QuestionTally>();
  for (const ids of byLeaf.values()) {
    for (const id of ids) {
      const values: number[] = [];
      let unknown = 0;
      let notApplicable = 0;
      for (const set of answerSets) {
        const value = set.answers[id]?.value;
        if (typeof value === 'number') values.push(value);
        else if (value === 'unknown') unknown++;
        else if (value === 'not-applicable') notApplicable++;
      }
      tallies.set(id, { value: mean(values), answered: values.length, unknown, notApplicable });
    }
  }
  const valueOf = (id: string) => tallies.get(id)?.value ?? null;
  const group = unitScores(q, byLeaf, questionWeight, valueOf);
  // Each respondent's own scores, for the spread; only a group has one.
  const own =
    respondents > 1
      ? answerSets.map((set) => unitScores(q, byLeaf, questionWeight, (id) => optionValue(set.answers[id]?.value)))
      : [];

  const top = q.levels.length;
  const targetsFromFiles = fileTargets(answerSets);
  const flags = options.targets ?? {};
  const explainedUnits: ExplainedUnit[] = [];
  const ranked: RankedSteps[] = [];

  const levelRef = (s: number | null): LevelRef => {
    const level = levelRank(q.levels, s);
    return { score: s, level, levelId: level > 0 ? q.levels[level - 1]!.id : null };
  };
  const leafTallies = (id: string) => (byLeaf.get(id) ?? []).map((qid) => tallies.get(qid)!);

  const unitProfile = (
    unit: Dimension | Subdimension,
    dimension: Dimension | undefined,
    tallyList: QuestionTally[],
  ): { profile: UnitProfile; target: ResolvedTarget } => {
    const s = group.units.get(unit.id) ?? null;
    const ref = levelRef(s);
    const target = resolveTarget(
      { id: unit.id, ...(dimension ? { dimension: dimension.id } : {}) },
      ref.level,
      top,
      flags,
      targetsFromFiles,
    );
    const profile: UnitProfile = {
      id: unit.id,
      name: t(unit.name),
      weight: weightOf(unit),
      ...ref,
      target: target.rank,
      targetSource: target.source,
      gap: gapOf(target.rank, ref.level),
      coverage: coverageOf(tallyList, respondents),
    };
    if (respondents > 1) {
      const spread = spreadOf(
        own.map((o) => o.units.get(unit.id) ?? null),
        threshold,
      );
      if (spread) profile.spread = spread;
    }
    return { profile, target };
  };

  // Inputs as a function: worked out only with --explain.
  const explainUnit = (
    kind: ExplainedUnit['kind'],
    id: string | null,
    s: number | null,
    inputs: () => ExplainedInput[],
    target?: ResolvedTarget,
    gap?: number,
  ): void => {
    if (!options.explain) return;
    const unit: ExplainedUnit = { id, kind, method, inputs: inputs(), score: s, level: explainLevel(q.levels, s) };
    if (target)
      unit.target = {
        rank: target.rank,
        source: target.source,
        ...(target.from !== undefined ? { from: target.from } : {}),
      };
    if (gap !== undefined) unit.gap = gap;
    explainedUnits.push(unit);
  };
  const questionInputs = (leafId: string): ExplainedInput[] =>
    (byLeaf.get(leafId) ?? []).map((qid) => ({
      id: qid,
      kind: 'question',
      weight: questionWeight.get(qid) ?? 1,
      value: valueOf(qid),
    }));

  const addSteps = (dimension: Dimension, subdimension: Subdimension | undefined, profile: UnitProfile): void => {
    if (profile.score === null || profile.gap === 0) return;
    const steps = stepsBetween(dimension, subdimension, q.levels, profile.level, profile.target).map(t);
    if (steps.length === 0) return;
    ranked.push({
      dimension: dimension.id,
      subdimension: subdimension?.id ?? null,
      dimensionName: t(dimension.name),
      subdimensionName: subdimension ? t(subdimension.name) : null,
      fromLevel: profile.level,
      toLevel: profile.target,
      steps,
      gap: profile.gap,
      weight: weightOf(dimension) * (subdimension ? weightOf(subdimension) : 1),
      score: profile.score,
    });
  };

  const dimensions: DimensionProfile[] = [];
  const allTallies: QuestionTally[] = [];
  for (const d of q.dimensions) {
    const subs = d.subdimensions ?? [];
    const subProfiles: UnitProfile[] = [];
    const dimensionTallies: QuestionTally[] = [];
    for (const sub of subs) {
      const list = leafTallies(sub.id);
      dimensionTallies.push(...list);
      const { profile, target } = unitProfile(sub, d, list);
      subProfiles.push(profile);
      explainUnit('subdimension', sub.id, profile.score, () => questionInputs(sub.id), target, profile.gap);
      addSteps(d, sub, profile);
    }
    if (subs.length === 0) dimensionTallies.push(...leafTallies(d.id));
    allTallies.push(...dimensionTallies);
    const { profile, target } = unitProfile(d, undefined, dimensionTallies);
    dimensions.push({ ...profile, subdimensions: subProfiles });
    const inputs = (): ExplainedInput[] =>
      subs.length > 0
        ? subProfiles.map((p) => ({ id: p.id, kind: 'subdimension', weight: p.weight, value: p.score }))
        : questionInputs(d.id);
    explainUnit('dimension', d.id, profile.score, inputs, target, profile.gap);
    if (subs.length === 0) addSteps(d, undefined, profile);
  }
  explainUnit('overall', null, group.overall, () =>
    dimensions.map((p) => ({ id: p.id, kind: 'dimension', weight: p.weight, value: p.score })),
  );

  const profile: Profile = {
    questionnaire: { id: q.id, version: q.version, title: t(q.title), model: q.modelId, modelVersion: q.modelVersion },
    organisation: commonOrganisation(answerSets),
    respondents,
    respondentList: answerSets.map((s) => ({
      ...(s.respondent?.name !== undefined ? { name: s.respondent.name } : {}),
      ...(s.respondent?.role !== undefined ? { role: s.respondent.role } : {}),
      source: s.source,
    })),
    date: latestDate(answerSets),
    sources: answerSets.map((s) => s.source),
    language,
    scoring: { method, disagreementThreshold: threshold },
    levels: q.levels.map((l, i) => ({ rank: i + 1, id: l.id, name: t(l.name), min: l.min })),
    levelTerm: levelTermOf(q, language),
    scale: { ...scale },
    coverage: coverageOf(allTallies, respondents),
    overall: levelRef(group.overall),
    dimensions,
    nextSteps: orderNextSteps(ranked, options.top),
  };
  if (options.explain)
    profile.explanation = {
      questions: explainQuestions(byLeaf, answerSets, valueOf, questionWeight),
      units: explainedUnits,
    } satisfies Explanation;
  return profile;
}

function explainQuestions(
  byLeaf: Map<string, string[]>,
  sets: readonly AnswerSet[],
  valueOf: (id: string) => number | null,
  questionWeight: Map<string, number>,
): ExplainedQuestion[] {
  const out: ExplainedQuestion[] = [];
  for (const [unit, ids] of byLeaf) {
    for (const id of ids) {
      out.push({
        id,
        unit,
        weight: questionWeight.get(id) ?? 1,
        value: valueOf(id),
        answers: sets.map((s) => ({
          source: s.source,
          ...(s.respondent?.name !== undefined ? { respondent: s.respondent.name } : {}),
          value: s.answers[id]?.value ?? null,
        })),
      });
    }
  }
  return out;
}
