/**
 * Scoring: a questionnaire and one or more answer sets in, a maturity profile out. Pure. The rules
 * are documented in the README ("How scores are computed"); keep the two in step.
 */
import type { AnswerSet, AnswerValue, MigrationSummary } from '../answers/types.js';
import { ancestorsOf, unitTree, type Unit, type UnitGroup, type UnitTree } from '../questionnaire/tree.js';
import { levelTermOf } from '../questionnaire/level-term.js';
import { localizer } from '../questionnaire/text.js';
import { matchLanguage } from '../util/language.js';
import { own } from '../util/own.js';
import { optionsOf } from '../questionnaire/structure.js';
import type { Questionnaire, ScaleOption, ScoringRules, Text } from '../questionnaire/types.js';
import { keepSteps, legalDutyFirst, orderNextSteps, rankedSteps, type RankedSteps } from './next-steps.js';
import { nestUnits } from './profile-units.js';
import {
  combineRespondents,
  explainLevel,
  gatedScore,
  levelRank,
  passes,
  rollUpRuleOf,
  scoreTree,
  type GateSettings,
  type QuestionInput,
} from './rollup.js';
import { DEFAULT_DISAGREEMENT, spreadOf } from './spread.js';
import { organisationsNamed } from './group.js';
import { fileTargets, gapOf, resolveTarget, targetFrom, type ResolvedTarget } from './targets.js';
import type {
  AnswerCounts,
  BelowLegalFloorAnswer,
  ConsensusSummary,
  Coverage,
  ExplainedInput,
  ExplainedQuestion,
  ExplainedUnit,
  Explanation,
  GroupProfile,
  LevelRef,
  Profile,
  ProfileMigration,
  QuestionAnswers,
  QuestionNote,
  RespondentMigration,
  ScoreOptions,
  UnitProfile,
} from './types.js';

/** A question's answers over all respondents. */
interface QuestionTally {
  /** The values that count (option values, and under `unanswered: lowest` the lowest for no answer),
   *  combined over respondents by the `respondents` rule; null when there are none. */
  value: number | null;
  answered: number;
  unknown: number;
  notApplicable: number;
  /** Respondents per option value and per answer without one, for the profile's `questions`. */
  counts: AnswerCounts;
  notes: QuestionNote[];
}

/** What scoring derives from a questionnaire alone: worked out once, as a batch scores thousands of sets against one. */
interface Layout {
  tree: UnitTree;
  questionWeight: Map<string, number>;
  /** Per question what a gated unit needs: its level, the value it passes at, and its step when it does not. */
  questionGate: Map<string, { level?: string; pass: number; step: Text }>;
  gate: GateSettings;
  /** Each question's scale's lowest option value not below the legal floor: what an unanswered question counts
   *  as under `unanswered: lowest` (saying nothing is no breach). */
  lowest: Map<string, number>;
  /** Per question its options below the legal floor, by value; only questions that have any. */
  floor: Map<string, Map<number, ScaleOption>>;
  /** Per question its options (its own, or its scale's), in order. */
  options: Map<string, readonly ScaleOption[]>;
  scale: { min: number; max: number };
}
const layouts = new WeakMap<Questionnaire, Layout>();
function layoutOf(q: Questionnaire): Layout {
  let layout = layouts.get(q);
  if (!layout) {
    // A question's own options may reach below its scale (an answer below the legal floor): the range includes them.
    const optionValues = [...q.scales, ...q.questions].flatMap((s) => (s.options ?? []).map((o) => o.value));
    const scaleTop = new Map(q.scales.map((s) => [s.id, Math.max(...s.options.map((o) => o.value))]));
    const pass = q.scoring.gate?.pass;
    layout = {
      tree: unitTree(q),
      questionWeight: new Map(q.questions.map((x) => [x.id, x.weight ?? 1])),
      questionGate: new Map(
        q.questions.map((x) => [
          x.id,
          {
            ...(x.level !== undefined ? { level: x.level } : {}),
            pass: pass ?? scaleTop.get(x.scale) ?? Infinity,
            step: x.step ?? x.text,
          },
        ]),
      ),
      gate: { levels: q.levels.map((l) => l.id), share: q.scoring.gate?.share ?? 1 },
      lowest: lowestValues(q),
      floor: floorOptions(q),
      options: new Map(q.questions.map((x) => [x.id, optionsOf(q, x.id).options])),
      // The range scores can take: a gated unit scores its rank plus a share, 0 to the number of
      // levels, whatever its questions' option values; a mean or min stays within those values.
      scale:
        (q.scoring.rollup?.questions ?? q.scoring.method) === 'gated'
          ? { min: 0, max: q.levels.length }
          : optionValues.length > 0
            ? { min: Math.min(...optionValues), max: Math.max(...optionValues) }
            : { min: 0, max: 0 },
    };
    layouts.set(q, layout);
  }
  return layout;
}

function lowestValues(q: Questionnaire): Map<string, number> {
  const lowest = new Map<string, number>();
  const scales = new Map(q.scales.map((s) => [s.id, s]));
  for (const question of q.questions) {
    const options = scales.get(question.scale)?.options ?? [];
    const ordinary = options.filter((o) => o.belowLegalFloor !== true);
    const counted = ordinary.length > 0 ? ordinary : options;
    if (counted.length > 0) lowest.set(question.id, Math.min(...counted.map((o) => o.value)));
  }
  return lowest;
}

function floorOptions(q: Questionnaire): Map<string, Map<number, ScaleOption>> {
  const floor = new Map<string, Map<number, ScaleOption>>();
  for (const question of q.questions) {
    const below = optionsOf(q, question.id).options.filter((o) => o.belowLegalFloor === true);
    if (below.length > 0) floor.set(question.id, new Map(below.map((o) => [o.value, o])));
  }
  return floor;
}

/** Every answer below the legal floor, per question and option in questionnaire order, with who gave it. */
function belowLegalFloorAnswers(
  tree: UnitTree,
  floor: Layout['floor'],
  sets: readonly AnswerSet[],
  t: (text: Text) => string,
  textOf: (id: string) => Text,
): BelowLegalFloorAnswer[] {
  const out: BelowLegalFloorAnswer[] = [];
  for (const leaf of tree.leaves)
    for (const id of leaf.questions) {
      const options = floor.get(id);
      if (!options) continue;
      for (const option of options.values()) {
        const respondents = sets
          .filter((set) => own(set.answers, id)?.value === option.value)
          .map((set) => ({
            ...(set.respondent?.name !== undefined ? { name: set.respondent.name } : {}),
            ...(set.respondent?.role !== undefined ? { role: set.respondent.role } : {}),
            source: set.source,
          }));
        if (respondents.length > 0)
          out.push({
            question: id,
            text: t(textOf(id)),
            unit: leaf.id,
            value: option.value,
            label: t(option.label),
            respondents,
          });
      }
    }
  return out;
}

/**
 * Who a note is by: nobody for an anonymised respondent, as a number that ties one person's notes
 * together lets what they wrote name them.
 */
function noteAuthor(set: AnswerSet): string | null {
  return set.anonymised ? null : (set.respondent?.name ?? null);
}

/** Every option of a question at 0, then the answers without an option value. */
function emptyCounts(options: readonly ScaleOption[]): AnswerCounts {
  const counts: Record<string, number> = {};
  for (const o of options) counts[String(o.value)] = 0;
  return Object.assign(counts, { unknown: 0, notApplicable: 0, unanswered: 0 });
}

/** The value an answer counts with: its option value, or for no answer `unanswered` (null: left out). */
function countedValue(value: AnswerValue | undefined, unanswered: number | undefined): number | null {
  if (typeof value === 'number') return value;
  return value === undefined ? (unanswered ?? null) : null;
}

/** A consensus file scored on its own: its participants, and per question whether the room agreed on it. */
function consensusOf(sets: readonly AnswerSet[], tree: UnitTree): ConsensusSummary | undefined {
  const [set, ...more] = sets;
  if (set?.basis !== 'consensus' || more.length > 0) return undefined;
  let agreed = 0;
  let combined = 0;
  for (const leaf of tree.leaves)
    for (const id of leaf.questions) {
      const answer = own(set.answers, id);
      if (answer?.value === undefined) continue;
      if (answer.basis === 'combined') combined++;
      else agreed++;
    }
  // A hand-written file may leave out `participants`: its list of sources says it then.
  return { participants: set.participants ?? set.sources?.length ?? null, agreed, combined };
}

/** Below this share of questions with an option value, a unit's level (or the overall one) is marked uncertain. */
export const UNCERTAIN_BELOW = 0.5;

const isUncertain = (score: number | null, coverage: Coverage) => score !== null && coverage.ratio < UNCERTAIN_BELOW;

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
  const names = organisationsNamed(sets);
  return names.length === 1 ? names[0]! : null;
}

function latestDate(sets: readonly AnswerSet[]): string | null {
  let latest: string | null = null;
  for (const s of sets) if (s.date !== undefined && (latest === null || s.date > latest)) latest = s.date;
  return latest;
}

/** Every rule in force: the questionnaire's `scoring` with its defaults, and the options that override it. */
function scoringRulesOf(
  q: Questionnaire,
  options: ScoreOptions,
): ScoringRules & Required<Pick<ScoringRules, 'unanswered' | 'respondents'>> {
  return {
    method: q.scoring.method,
    // Only when the questionnaire sets them: a profile of a plain questionnaire reads as it did.
    ...(q.scoring.rollup !== undefined ? { rollup: { ...q.scoring.rollup } } : {}),
    ...(q.scoring.gate !== undefined ? { gate: { ...q.scoring.gate } } : {}),
    unanswered: q.scoring.unanswered ?? 'ignore',
    respondents: options.respondents ?? q.scoring.respondents ?? 'mean',
  };
}

export function score(q: Questionnaire, answerSets: readonly AnswerSet[], options: ScoreOptions = {}): Profile {
  // A language the questionnaire has no texts in falls back to its first, so `language` is what the texts are in.
  const language =
    (options.language !== undefined ? matchLanguage(q.languages, options.language) : undefined) ??
    q.languages[0] ??
    'en';
  const t = localizer(language, q.languages[0]);
  const rules = scoringRulesOf(q, options);
  const rule = rollUpRuleOf(q);
  const threshold = options.disagreementThreshold ?? DEFAULT_DISAGREEMENT;
  const respondents = answerSets.length;
  const { tree, questionWeight, questionGate, gate, lowest, floor, options: optionsById, scale } = layoutOf(q);
  const weightOf = (id: string) => questionWeight.get(id) ?? 1;
  const unansweredOf = (id: string) => (rules.unanswered === 'lowest' ? lowest.get(id) : undefined);

  const tallies = new Map<string, QuestionTally>();
  for (const leaf of tree.leaves) {
    for (const id of leaf.questions) {
      const values: number[] = [];
      let answered = 0;
      let unknown = 0;
      let notApplicable = 0;
      const unanswered = unansweredOf(id);
      const counts = emptyCounts(optionsById.get(id) ?? []);
      const notes: QuestionNote[] = [];
      for (const set of answerSets) {
        const answer = own(set.answers, id);
        const value = answer?.value;
        if (typeof value === 'number') {
          answered++;
          counts[String(value)] = (counts[String(value)] ?? 0) + 1;
        } else if (value === 'unknown') unknown++;
        else if (value === 'not-applicable') notApplicable++;
        else counts.unanswered++;
        const counted = countedValue(value, unanswered);
        if (counted !== null) values.push(counted);
        // A note stands on its own: one written beside no answer (or don't know) is kept too.
        if (answer?.note !== undefined && answer.note.trim() !== '')
          notes.push({ respondent: noteAuthor(set), text: answer.note });
      }
      counts.unknown = unknown;
      counts.notApplicable = notApplicable;
      tallies.set(id, {
        value: combineRespondents(rules.respondents, values),
        answered,
        unknown,
        notApplicable,
        counts,
        notes,
      });
    }
  }
  const valueOf = (id: string) => tallies.get(id)?.value ?? null;
  const input = (id: string, value: number | null, countable: boolean): QuestionInput => {
    const g = questionGate.get(id)!;
    return {
      value,
      weight: weightOf(id),
      countable,
      pass: g.pass,
      ...(g.level !== undefined ? { level: g.level } : {}),
    };
  };
  // A question no respondent gave a value and someone called not applicable is off a gated unit's bar.
  const groupInput = (id: string) => {
    const tally = tallies.get(id);
    return input(id, valueOf(id), !(tally && tally.value === null && tally.notApplicable > 0));
  };
  const group = scoreTree(tree, rule, groupInput, gate);
  // A unit's groups are scored as the unit would be, from their own questions, beside the roll-up: they do not change it.
  for (const leaf of tree.leaves)
    for (const g of leaf.groups) group.set(g, scoreTree(g, rule, groupInput, gate).get(g) ?? null);
  // Each respondent's own scores, for the spread; only a group has one.
  const respondentScores =
    respondents > 1
      ? answerSets.map((set) =>
          scoreTree(
            tree,
            rule,
            (id) => {
              const value = own(set.answers, id)?.value;
              return input(id, countedValue(value, unansweredOf(id)), value !== 'not-applicable');
            },
            gate,
          ),
        )
      : [];

  const top = q.levels.length;
  const targetsFromFiles = fileTargets(answerSets, q.levels);
  const flags = options.targets ?? {};
  const explainedUnits: ExplainedUnit[] = [];
  const ranked: RankedSteps[] = [];
  // The answers below the legal floor, found once: listed in the profile, and leading their units' steps.
  const texts = new Map(q.questions.map((x) => [x.id, x.text]));
  const floorAnswers =
    floor.size > 0 ? belowLegalFloorAnswers(tree, floor, answerSets, t, (id) => texts.get(id)!) : undefined;
  const breached = new Set(floorAnswers?.map((a) => a.unit));
  const profiles = new Map<Unit, UnitProfile>();
  const consensus = consensusOf(answerSets, tree);
  const questionAnswers = (id: string): QuestionAnswers => {
    const { value, counts, notes } = tallies.get(id)!;
    return {
      id,
      text: t(texts.get(id)!),
      options: (optionsById.get(id) ?? []).map((o) => ({ value: o.value, label: t(o.label) })),
      value,
      counts,
      notes,
      ...(consensus && own(answerSets[0]!.answers, id)?.basis === 'combined' ? { combined: true as const } : {}),
    };
  };

  const levelRef = (s: number | null): LevelRef => {
    const level = levelRank(q.levels, s);
    return { score: s, level, levelId: level > 0 ? q.levels[level - 1]!.id : null };
  };

  const unitProfile = (unit: Unit, tallyList: QuestionTally[]): { profile: UnitProfile; target: ResolvedTarget } => {
    const ref = levelRef(group.get(unit) ?? null);
    const target = resolveTarget(
      { id: unit.id, ancestors: ancestorsOf(unit).map((u) => u.id) },
      ref.level,
      top,
      flags,
      targetsFromFiles,
      q.levels,
    );
    // Without a score there is no level: no default target one level up, and no gap to a target.
    const scored = ref.score !== null;
    const coverage = coverageOf(tallyList, respondents);
    const profile: UnitProfile = {
      id: unit.id,
      name: t(unit.name),
      weight: unit.weight,
      ...ref,
      target: scored || target.source !== 'default' ? target.rank : null,
      targetSource: target.source,
      gap: scored ? gapOf(target.rank, ref.level) : null,
      coverage,
      uncertain: isUncertain(ref.score, coverage),
    };
    if (respondents > 1) {
      const spread = spreadOf(
        respondentScores.map((o) => o.get(unit) ?? null),
        threshold,
      );
      if (spread) profile.spread = spread;
    }
    return { profile, target };
  };

  // Inputs as a function: worked out only with --explain.
  const explainNode = (
    node: Unit | UnitGroup | UnitTree,
    inputs: () => ExplainedInput[],
    target?: ResolvedTarget,
    gap?: number | null,
  ): void => {
    if (!options.explain) return;
    const s = group.get(node) ?? null;
    const unit: ExplainedUnit = {
      id: node.kind === 'overall' ? null : node.id,
      kind: node.kind,
      method: rule(node),
      inputs: inputs(),
      score: s,
      level: explainLevel(q.levels, s),
    };
    if (unit.method === 'gated' && s !== null) {
      const { rank, p, levels } = gatedScore(node.questions.map(groupInput), gate.levels, gate.share);
      unit.gate = { rank, p, levels };
    }
    if (target && (s !== null || target.source !== 'default')) {
      const from = targetFrom(target, options.describeTargetOption);
      unit.target = { rank: target.rank, source: target.source, ...(from !== undefined ? { from } : {}) };
    }
    if (gap !== undefined && gap !== null) unit.gap = gap;
    explainedUnits.push(unit);
  };
  const inputsOf = (node: Unit | UnitGroup | UnitTree) => (): ExplainedInput[] =>
    node.children.length > 0
      ? node.children.map((child) => {
          const p = profiles.get(child)!;
          return { id: p.id, kind: child.kind, weight: p.weight, value: p.score };
        })
      : node.questions.map((id) => ({ id, kind: 'question', weight: weightOf(id), value: valueOf(id) }));

  // A gated unit's countable questions of a level that do not pass, in questionnaire order.
  const unmetIds = (unit: Unit, rank: number): string[] => {
    const level = q.levels[rank - 1]?.id;
    return unit.questions.filter((id) => {
      const x = groupInput(id);
      return x.level === level && x.countable !== false && !passes(x);
    });
  };
  // Its steps towards a level: the step (or text) of each of those.
  const unmetOf =
    (unit: Unit) =>
    (rank: number): Text[] =>
      unmetIds(unit, rank).map((id) => questionGate.get(id)!.step);
  // The ladder a gated unit with a score reports: always, as a report of a gated model is not faithful without it.
  const ladderOf = (unit: Unit): UnitProfile['gate'] => {
    const { rank, levels } = gatedScore(unit.questions.map(groupInput), gate.levels, gate.share);
    const missing = unmetIds(unit, rank + 1).map((id) => ({ id, text: t(questionGate.get(id)!.step) }));
    return { rank, levels, missing };
  };

  // Children before parents, in questionnaire order: the order of the explanation and of next steps.
  const visit = (unit: Unit): QuestionTally[] => {
    const tallyList =
      unit.children.length > 0 ? unit.children.flatMap(visit) : unit.questions.map((id) => tallies.get(id)!);
    const { profile, target } = unitProfile(unit, tallyList);
    profiles.set(unit, profile);
    if (rule(unit) === 'gated' && profile.score !== null) profile.gate = ladderOf(unit);
    if (unit.groups.length > 0)
      profile.groups = unit.groups.map((g): GroupProfile => {
        explainNode(g, inputsOf(g));
        return {
          id: g.id,
          name: t(g.name),
          ...levelRef(group.get(g) ?? null),
          coverage: coverageOf(
            g.questions.map((id) => tallies.get(id)!),
            respondents,
          ),
        };
      });
    explainNode(unit, inputsOf(unit), target, profile.gap);
    if (unit.children.length === 0) {
      profile.questions = unit.questions.map(questionAnswers);
      const steps =
        rankedSteps(unit, profile, q.levels, t, rule(unit) === 'gated' ? unmetOf(unit) : undefined) ??
        keepSteps(unit, profile, q.levels, t);
      if (steps) ranked.push(breached.has(unit.id) ? legalDutyFirst(steps, unit, t) : steps);
    }
    return tallyList;
  };
  const allTallies = tree.children.flatMap(visit);
  explainNode(tree, inputsOf(tree));

  const migration = profileMigration(q, answerSets);
  const coverage = coverageOf(allTallies, respondents);
  const overall = levelRef(group.get(tree) ?? null);
  const profile: Profile = {
    questionnaire: { id: q.id, version: q.version, title: t(q.title), model: q.modelId, modelVersion: q.modelVersion },
    organisation: options.organisation?.trim() || commonOrganisation(answerSets),
    respondents,
    respondentList: answerSets.map((s) => ({
      ...(s.respondent?.name !== undefined ? { name: s.respondent.name } : {}),
      ...(s.respondent?.role !== undefined ? { role: s.respondent.role } : {}),
      source: s.source,
      ...(s.migration ? { migration: respondentMigration(s.migration) } : {}),
    })),
    ...(migration ? { migration } : {}),
    ...(consensus ? { consensus } : {}),
    date: latestDate(answerSets),
    sources: answerSets.map((s) => s.source),
    language,
    scoring: { ...rules, disagreementThreshold: threshold },
    levels: q.levels.map((l, i) => ({ rank: i + 1, id: l.id, name: t(l.name), min: l.min })),
    levelTerm: levelTermOf(q, language),
    scale: { ...scale },
    coverage,
    overall: { ...overall, uncertain: isUncertain(overall.score, coverage) },
    dimensions: nestUnits(
      tree.children,
      (unit) => unit.children,
      (unit) => profiles.get(unit)!,
    ),
    nextSteps: orderNextSteps(ranked, options.top),
  };
  if (floorAnswers) profile.belowLegalFloor = floorAnswers;
  if (options.explain)
    profile.explanation = {
      questions: explainQuestions(tree, answerSets, valueOf, weightOf),
      units: explainedUnits,
    } satisfies Explanation;
  return profile;
}

function respondentMigration(m: MigrationSummary): RespondentMigration {
  return {
    from: m.from,
    to: m.to,
    versions: [...m.versions],
    carried: m.carried,
    renamed: m.renamed.map((r) => ({ ...r })),
    dropped: m.dropped.map((d) => d.id),
    newOpen: [...m.newOpen],
  };
}

/** Undefined when no answer set was carried over from an earlier version. */
function profileMigration(q: Questionnaire, sets: readonly AnswerSet[]): ProfileMigration | undefined {
  const migrated = sets.flatMap((s) => (s.migration ? [s.migration] : []));
  if (migrated.length === 0) return undefined;
  const from = new Map<string, number>();
  for (const m of migrated) from.set(m.from, (from.get(m.from) ?? 0) + 1);
  const sum = (count: (m: MigrationSummary) => number) => migrated.reduce((n, m) => n + count(m), 0);
  return {
    to: q.version,
    respondents: migrated.length,
    from: [...from].map(([version, respondents]) => ({ version, respondents })),
    carried: sum((m) => m.carried),
    dropped: sum((m) => m.dropped.length),
    newOpen: sum((m) => m.newOpen.length),
  };
}

function explainQuestions(
  tree: UnitTree,
  sets: readonly AnswerSet[],
  valueOf: (id: string) => number | null,
  weightOf: (id: string) => number,
): ExplainedQuestion[] {
  return tree.leaves.flatMap((leaf) =>
    leaf.questions.map((id) => ({
      id,
      unit: leaf.id,
      weight: weightOf(id),
      value: valueOf(id),
      answers: sets.map((s) => ({
        source: s.source,
        ...(s.respondent?.name !== undefined ? { respondent: s.respondent.name } : {}),
        value: own(s.answers, id)?.value ?? null,
      })),
    })),
  );
}
