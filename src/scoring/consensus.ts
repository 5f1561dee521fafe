/**
 * The consensus round (`datascan consensus`): which questions a room discusses, in what order, and
 * the answer file it ends in. That file is an ordinary answer file by `Consensus`: the answers the
 * room agreed on, and for every question it did not discuss the participants' combined value,
 * marked `basis: combined`, so that it scores as a whole profile. Pure.
 */
import { isAnswered } from '../answers/session.js';
import type { Answer, AnswerSet } from '../answers/types.js';
import type { Questionnaire } from '../questionnaire/types.js';
import { own } from '../util/own.js';
import { discussionQuestions, discussionUnits } from './discussion.js';
import { flattenUnits } from './profile-units.js';
import { fileTargets } from './targets.js';
import type { Profile, QuestionAnswers, UnitProfile } from './types.js';

/** Who a consensus file's answers are by: the room, in every language. */
export const CONSENSUS_RESPONDENT = 'Consensus';

/** Every question of a profile, in questionnaire order. */
export function profileQuestions(profile: Profile): QuestionAnswers[] {
  return flattenUnits<UnitProfile>(profile.dimensions).flatMap(({ unit }) => unit.questions ?? []);
}

/**
 * The questions to discuss, in order: those of the units with a disagreement, the widest apart
 * unit first and in it the question whose answers lie furthest apart; with `all`, then every other
 * question in questionnaire order.
 */
export function consensusAgenda(profile: Profile, options: { all?: boolean } = {}): string[] {
  const agenda = new Set<string>();
  for (const unit of discussionUnits(profile))
    for (const { question } of discussionQuestions(unit)) agenda.add(question.id);
  if (options.all) for (const question of profileQuestions(profile)) agenda.add(question.id);
  return [...agenda];
}

/** What the room sees of one question's answers besides the counts: mean and median of the option values chosen. */
export interface AnswerCentre {
  mean: number | null;
  median: number | null;
  /** How many answers had an option value. */
  values: number;
}

export function answerCentre(question: QuestionAnswers): AnswerCentre {
  const values: number[] = [];
  for (const option of question.options) {
    const count = question.counts[String(option.value)] ?? 0;
    for (let i = 0; i < count; i++) values.push(option.value);
  }
  if (values.length === 0) return { mean: null, median: null, values: 0 };
  // Options are in scale order, not always ascending: sort before taking the middle.
  values.sort((a, b) => a - b);
  const middle = values.length >> 1;
  const median = values.length % 2 === 1 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2;
  return { mean: values.reduce((a, b) => a + b, 0) / values.length, median, values: values.length };
}

/**
 * A consensus file as it starts: nothing agreed yet, by `Consensus`, over `sets` (whose `source`
 * names them, as given or anonymised), with the organisation they name and the highest target any
 * of them set per unit (as a group profile of them takes it).
 */
export function consensusStart(
  q: Questionnaire,
  sets: readonly AnswerSet[],
  details: { organisation?: string; date: string; source: string },
): AnswerSet {
  const targets = Object.fromEntries([...fileTargets(sets, q.levels)].map(([id, { rank }]) => [id, rank]));
  return {
    source: details.source,
    questionnaire: q.id,
    version: q.version,
    ...(details.organisation !== undefined ? { organisation: details.organisation } : {}),
    respondent: { name: CONSENSUS_RESPONDENT },
    basis: 'consensus',
    participants: sets.length,
    sources: sets.map((set) => set.source),
    date: details.date,
    ...(Object.keys(targets).length > 0 ? { targets } : {}),
    answers: {},
  };
}

/**
 * The participants' combined answer to a question: its combined value (what a group profile scores
 * with), else not applicable where someone said so and nobody gave a value, else don't know where
 * someone said that; none where nobody answered.
 */
export function combinedAnswer(question: QuestionAnswers): Answer | undefined {
  if (question.value !== null) return { value: question.value, basis: 'combined' };
  if (question.counts.notApplicable > 0) return { value: 'not-applicable', basis: 'combined' };
  if (question.counts.unknown > 0) return { value: 'unknown', basis: 'combined' };
  return undefined;
}

/**
 * The set with every question the room has not answered holding the participants' combined answer
 * (`profile` is theirs): what is written, so the file scores as a whole. A note written on a
 * question the room skipped stays with it.
 */
export function withCombinedAnswers(set: AnswerSet, profile: Profile): AnswerSet {
  const answers: Record<string, Answer> = {};
  for (const question of profileQuestions(profile)) {
    const agreed = own(set.answers, question.id);
    if (isAnswered(agreed)) answers[question.id] = agreed!;
    else {
      const combined = combinedAnswer(question);
      const note = agreed?.note;
      if (combined) answers[question.id] = note ? { ...combined, note } : combined;
      else if (agreed) answers[question.id] = agreed;
    }
  }
  // Answers to questions the profile does not have are kept as they are (the checks report them).
  for (const id in set.answers) if (!(id in answers)) answers[id] = set.answers[id]!;
  return { ...set, answers };
}

/** The answers the room agreed on: the set without the combined answers (read back on --resume). */
export function agreedAnswers(set: AnswerSet): AnswerSet {
  const answers: Record<string, Answer> = {};
  for (const id in set.answers) {
    const answer = set.answers[id]!;
    if (answer.basis !== 'combined') answers[id] = answer;
    else if (answer.note) answers[id] = { note: answer.note };
  }
  return { ...set, answers };
}
