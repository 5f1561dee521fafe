/**
 * Answers given to an earlier version of a questionnaire, carried over to the current one along
 * its `migrations`: a chain of steps, each saying per earlier question id whether its answer
 * carries over (`same`, the default), moves to a new id, or is `dropped` because the question's
 * meaning changed. Pure: the reading, checking and writing of files is elsewhere.
 */
import type { MigrationStep, Questionnaire } from '../questionnaire/types.js';
import { sameVersion, withoutBuild } from '../util/version.js';
import type { Answer, AnswerSet, MigrationSummary, SessionState } from './types.js';

export type { MigrationSummary } from './types.js';

/** What a migration reads of a questionnaire: its version, its migrations and the ids it asks. */
export type MigrationSource = Pick<Questionnaire, 'version' | 'migrations'> & { questions: readonly { id: string }[] };

/** An answer set migrated to the current version, with what the migration did. */
export interface MigratedAnswerSet {
  set: AnswerSet;
  summary: MigrationSummary;
}

/**
 * The steps from `from` to the questionnaire's version, in order; undefined when there is no such
 * chain (no step from that version, a gap, or a loop). An empty list when `from` is the version.
 */
export function migrationPath(
  q: Pick<Questionnaire, 'version' | 'migrations'>,
  from: string,
): MigrationStep[] | undefined {
  const steps = q.migrations ?? [];
  const path: MigrationStep[] = [];
  const seen = new Set<string>();
  let at = from;
  while (!sameVersion(at, q.version)) {
    if (seen.has(withoutBuild(at))) return undefined;
    seen.add(withoutBuild(at));
    const step = steps.find((s) => sameVersion(s.from, at));
    if (step === undefined) return undefined;
    path.push(step);
    at = step.to ?? q.version;
  }
  return path;
}

/** Where an earlier version's question ends up after the steps: its current id, or undefined when dropped. */
export function migratedId(path: readonly MigrationStep[], id: string): string | undefined {
  let at = id;
  for (const step of path) {
    const fate = Object.hasOwn(step.questions, at) ? step.questions[at] : 'same';
    if (fate === 'dropped') return undefined;
    if (fate !== undefined && fate !== 'same') at = fate;
  }
  return at;
}

/**
 * The current questions that are new since `from`: listed as `added`, or asked under an id whose
 * earlier answers are dropped (the meaning changed). Their answers start open.
 */
export function newQuestions(q: MigrationSource, from: string): Set<string> {
  return questionsSince(q, from, false);
}

/**
 * The current questions whose answers from `from` do not simply carry over: new ones, and ones an
 * earlier question was renamed to. Units holding any of these changed between the versions.
 */
export function changedQuestions(q: MigrationSource, from: string): Set<string> {
  return questionsSince(q, from, true);
}

function questionsSince(q: MigrationSource, from: string, withRenamed: boolean): Set<string> {
  const path = migrationPath(q, from) ?? [];
  const found = new Set<string>();
  path.forEach((step, i) => {
    const later = path.slice(i + 1);
    const add = (id: string): void => {
      const now = migratedId(later, id);
      if (now !== undefined) found.add(now);
    };
    for (const id of step.added ?? []) add(id);
    for (const [id, fate] of Object.entries(step.questions)) {
      if (fate === 'dropped') add(id);
      else if (fate !== 'same' && withRenamed) add(fate);
    }
  });
  const asked = new Set(q.questions.map((question) => question.id));
  return new Set([...found].filter((id) => asked.has(id)));
}

/**
 * The answer set carried over to the questionnaire's version, or undefined when it was answered
 * for that version already, names no version, or there is no migration path from its version.
 * Answers to ids the questionnaire does not know stay as they are, so the usual check reports them.
 */
export function migrateAnswerSet(set: AnswerSet, q: MigrationSource): MigratedAnswerSet | undefined {
  const from = set.version;
  if (from === undefined || sameVersion(from, q.version)) return undefined;
  const path = migrationPath(q, from);
  if (path === undefined) return undefined;
  const answers: Record<string, Answer> = {};
  const renamed: MigrationSummary['renamed'] = [];
  const dropped: MigrationSummary['dropped'] = [];
  let carried = 0;
  const fates = new Map(Object.keys(set.answers).map((id) => [id, migratedId(path, id)]));
  // Answers that keep their id first, so a renamed answer never pushes one aside.
  const order = [...fates].sort(([a, to], [b, toB]) => Number(to !== a) - Number(toB !== b));
  for (const [id, now] of order) {
    const answer = set.answers[id];
    if (answer === undefined) continue;
    if (now === undefined || Object.hasOwn(answers, now)) {
      dropped.push(now === undefined ? { id, answer } : { id, answer, renamedTo: now });
      continue;
    }
    answers[now] = answer;
    carried++;
    if (now !== id) renamed.push({ from: id, to: now });
  }
  const fresh = newQuestions(q, from);
  const newOpen = q.questions
    .map((question) => question.id)
    .filter((id) => fresh.has(id) && !Object.hasOwn(answers, id));
  const summary: MigrationSummary = {
    from,
    to: q.version,
    versions: [from, ...path.map((step) => step.to ?? q.version)],
    carried,
    renamed,
    dropped,
    newOpen,
  };
  // The set keeps the summary, so that the profiles scored from it can say it.
  return {
    set: {
      ...set,
      version: q.version,
      answers,
      ...(set.session ? { session: migratedSession(set.session, path, newOpen.length > 0) } : {}),
      migration: summary,
    },
    summary,
  };
}

/**
 * The answer set carried over to `to`, a version on the way from its own to the questionnaire's
 * (the questionnaire's own when left out); undefined as for migrateAnswerSet, and when `to` is not
 * on that way. New questions open are those of the steps taken that the questionnaire still asks.
 */
export function migrateAnswerSetTo(set: AnswerSet, q: Questionnaire, to = q.version): MigratedAnswerSet | undefined {
  if (sameVersion(to, q.version)) return migrateAnswerSet(set, q);
  // A step without `to` leads to the questionnaire's version: said outright, now that the chain ends earlier.
  const migrations = (q.migrations ?? []).map((step) => ({ ...step, to: step.to ?? q.version }));
  // The questions of `to` are not known, only those asked now: each under the id it had in `to`.
  const rest = migrationPath(q, to) ?? [];
  const asked = new Map(q.questions.map((question) => [question.id, question]));
  const named = migrations.flatMap((step) => [
    ...Object.keys(step.questions),
    ...Object.values(step.questions),
    ...(step.added ?? []),
  ]);
  const questions = [...new Set([...asked.keys(), ...named])].flatMap((id) => {
    const now = asked.get(migratedId(rest, id) ?? '');
    return now ? [{ ...now, id }] : [];
  });
  return migrateAnswerSet(set, { ...q, version: to, migrations, questions });
}

/** The versions an answer set of `from` can be carried to, nearest first; empty without a path. */
export function migrationTargets(q: Pick<Questionnaire, 'version' | 'migrations'>, from: string): string[] {
  return (migrationPath(q, from) ?? []).map((step) => step.to ?? q.version);
}

/**
 * The version in which an earlier question's answer stops counting (its step drops it, or a
 * rename lands on an answer already there): the step that dropped it, else `to`.
 */
export function droppedIn(path: readonly MigrationStep[], id: string, to: string): string {
  let at: string | undefined = id;
  for (const step of path) {
    at = migratedId([step], at);
    if (at === undefined) return step.to ?? to;
  }
  return to;
}

/**
 * Where an interview was and what it skipped, under the current ids; questions dropped are left out.
 * A finished interview that the migration left new or changed questions open in (`reopened`) is
 * in progress again: those questions are still to be asked.
 */
function migratedSession(session: SessionState, path: readonly MigrationStep[], reopened: boolean): SessionState {
  const next: SessionState = { ...session, ...(reopened ? { status: 'in-progress' as const } : {}) };
  delete next.position;
  delete next.skipped;
  const position = session.position !== undefined ? migratedId(path, session.position) : undefined;
  if (position !== undefined) next.position = position;
  if (session.skipped !== undefined) {
    next.skipped = session.skipped.flatMap((id) => {
      const now = migratedId(path, id);
      return now !== undefined ? [now] : [];
    });
  }
  return next;
}
