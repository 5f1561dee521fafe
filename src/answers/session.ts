/**
 * The bookkeeping of an interview (`datascan run`) as pure functions on answer sets: the order in
 * which questions are asked, where to continue, what is still open, and how to carry answers over
 * to a changed questionnaire.
 */
import { NO_POSITION } from '../diagnostics/types.js';
import { unitTree } from '../questionnaire/tree.js';
import type { Questionnaire } from '../questionnaire/types.js';
import { checkAnswers } from './check.js';
import { own } from '../util/own.js';
import type { Answer, AnswerSet } from './types.js';
import { sameVersion } from '../util/version.js';

/** Question ids unit by unit (subdimension by subdimension), as the interview asks them. */
export function interviewOrder(q: Questionnaire): string[] {
  const order = unitTree(q).leaves.flatMap((leaf) => leaf.questions);
  const seen = new Set(order);
  // A question linked to no known unit would be rejected by validation; never drop it silently.
  for (const question of q.questions) if (!seen.has(question.id)) order.push(question.id);
  return order;
}

export function isAnswered(answer: Answer | undefined): boolean {
  return answer?.value !== undefined;
}

/** The set with one answer replaced; `undefined` or an empty answer removes it. */
export function withAnswer(set: AnswerSet, id: string, answer: Answer | undefined): AnswerSet {
  const answers = { ...set.answers };
  const note = answer?.note !== undefined && answer.note.trim() !== '' ? answer.note : undefined;
  if (answer?.value === undefined && note === undefined) delete answers[id];
  else
    answers[id] = {
      ...(answer?.value !== undefined ? { value: answer.value } : {}),
      ...(note !== undefined ? { note } : {}),
    };
  return { ...set, answers };
}

/** The set with one target set (a level rank) or removed (`undefined`). */
export function withTarget(set: AnswerSet, unit: string, rank: number | undefined): AnswerSet {
  const targets = { ...set.targets };
  if (rank === undefined) delete targets[unit];
  else targets[unit] = rank;
  const next: AnswerSet = { ...set, targets };
  if (Object.keys(targets).length === 0) delete next.targets;
  return next;
}

/**
 * Where a resumed interview continues: the first question (in interview order) that has no answer
 * and was not skipped on purpose. Undefined when there is none: the interview goes to its review.
 */
export function resumeIndex(
  order: readonly string[],
  set: AnswerSet,
  skipped: Iterable<string> = set.session?.skipped ?? [],
): number | undefined {
  const skip = new Set(skipped);
  const index = order.findIndex((id) => !isAnswered(own(set.answers, id)) && !skip.has(id));
  return index === -1 ? undefined : index;
}

/**
 * The questions a migration left open (new or changed since the version answered, see
 * MigrationSummary.newOpen) that are still unanswered, in interview order: a resumed interview
 * takes the group through these first. Empty for a set that was not migrated.
 */
export function reopenedQuestions(order: readonly string[], set: AnswerSet): string[] {
  const reopened = new Set(set.migration?.newOpen ?? []);
  return order.filter((id) => reopened.has(id) && !isAnswered(own(set.answers, id)));
}

/** What the review lists: questions without an answer and questions answered with "don't know". */
export function openQuestions(order: readonly string[], set: AnswerSet): { unanswered: string[]; unknown: string[] } {
  return {
    unanswered: order.filter((id) => !isAnswered(own(set.answers, id))),
    unknown: order.filter((id) => own(set.answers, id)?.value === 'unknown'),
  };
}

export function answeredCount(order: readonly string[], set: AnswerSet): number {
  return order.filter((id) => isAnswered(own(set.answers, id))).length;
}

export interface Reconciled {
  set: AnswerSet;
  /** Answers (with their notes) whose question no longer exists. */
  dropped: string[];
  /** Answers whose value the question no longer allows: the value is removed, a note is kept. */
  cleared: string[];
  /** Targets whose (sub)dimension no longer exists or whose level is out of range. */
  droppedTargets: string[];
  /** The version the answers were given for, when it differs from the questionnaire's. */
  previousVersion?: string;
}

/**
 * Carries an answer set over to (a possibly changed version of) its questionnaire: keeps every
 * answer whose question still exists and whose value is still allowed, and notes either way.
 * Uses the same checks as validation, so "still allowed" means exactly what `validate` accepts.
 */
export function reconcile(set: AnswerSet, q: Questionnaire): Reconciled {
  // Every finding, not the first hundred: each one is acted on.
  const findings = checkAnswers(set, q, set.source, () => NO_POSITION, Infinity);
  const idOf = (rule: string) => findings.filter((d) => d.rule === rule).map((d) => String(d.args?.id));
  const dropped = idOf('unknown-question');
  const cleared = [...idOf('invalid-answer'), ...idOf('unknown-not-allowed'), ...idOf('not-applicable-not-allowed')];
  const droppedTargets = [...idOf('unknown-target'), ...idOf('invalid-target')];

  let next: AnswerSet = { ...set, version: q.version };
  for (const id of dropped) next = withAnswer(next, id, undefined);
  for (const id of cleared) next = withAnswer(next, id, { note: own(set.answers, id)?.note });
  for (const unit of droppedTargets) next = withTarget(next, unit, undefined);
  if (next.session) {
    const questions = new Set(q.questions.map((x) => x.id));
    const session = { ...next.session };
    if (session.skipped) session.skipped = session.skipped.filter((id) => questions.has(id));
    if (session.position !== undefined && !questions.has(session.position)) delete session.position;
    next.session = session;
  }
  const result: Reconciled = { set: next, dropped, cleared, droppedTargets };
  if (set.version !== undefined && !sameVersion(set.version, q.version)) result.previousVersion = set.version;
  return result;
}

/** Lower-case ASCII words joined by dashes: `Gemeente 's-Hertogenbosch` → `gemeente-s-hertogenbosch`. */
export function slug(text: string, maxLength = 40): string {
  const ascii = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const words = ascii
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return words.slice(0, maxLength).replace(/-+$/, '');
}

/** The local calendar date as `YYYY-MM-DD`. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The answer file `datascan run` suggests when none is given: `<questionnaire>-<organisation>-<date>`,
 * with `-2`, `-3`, … for the n-th file of the same day.
 */
export function defaultAnswerFileName(
  questionnaireId: string,
  organisation: string | undefined,
  date: string,
  n = 1,
): string {
  const parts = [questionnaireId, slug(organisation ?? ''), date].filter(Boolean);
  return `${parts.join('-')}${n > 1 ? `-${n}` : ''}.yaml`;
}
