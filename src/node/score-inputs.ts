/**
 * Answer files in, profiles out: the work behind `score` and `compare`, for any front end. Files
 * are read one at a time and not kept, so memory stays flat over thousands of them.
 */
import type { AnswerSet } from '../answers/types.js';
import { anonymiseAnswerSet, compareSources, respondentLabel, type AnonymityOptions } from '../scoring/anonymise.js';
import type { SkippedSet } from '../answers/answer-table.js';
import { diag } from '../diagnostics/diag.js';
import { msg, sayFinding } from '../diagnostics/messages.js';
import { hasErrors, NO_POSITION, withStrictness, type Diagnostic } from '../diagnostics/types.js';
import { likelyDuplicates } from '../scoring/duplicates.js';
import type { Questionnaire } from '../questionnaire/types.js';
import { groupByOrganisation, organisationKey, organisationsNamed } from '../scoring/group.js';
import { score } from '../scoring/score.js';
import type { Profile, ScoreOptions } from '../scoring/types.js';
import type { Workspace } from '../workspace/workspace.js';
import { readAnswerInputOrWorkbook, type AnswerInput } from './inputs.js';

/** How answer sets become profiles: one each, one for all, or one per organisation. */
export type ScoreMode = 'each' | 'aggregate' | 'group-by-organisation';

export interface ScoreInputsOptions {
  mode: ScoreMode;
  /** Warnings count as errors, and a file with any is left out. */
  strict?: boolean;
  /** The questionnaire CSV files answer (a CSV file does not name it). */
  csvQuestionnaire?: Questionnaire;
  /** Columns of CSV files that hold no answers (--ignore-column). */
  ignoreColumns?: readonly string[];
  /** Answer files still in progress (the `answers-in-progress` finding) are left out. */
  completeOnly?: boolean;
  /** Of the answer sets scored together that are likely the same one twice, only the first counts. */
  dropDuplicates?: boolean;
  /** Respondents are named only by their number (`--anonymise`), in reports and findings alike. */
  anonymise?: AnonymityOptions;
  /** The scoring options for a questionnaire; asked once per profile. */
  scoring(q: Questionnaire): ScoreOptions;
}

export type ScoreEvent =
  /** A file was read: its findings (with strictness applied), whether it counts as bad, and how many of its answer
   *  sets are left out for errors; `unfinished` when it is left out for being in progress (`completeOnly`). */
  | { type: 'file'; file: string; diagnostics: Diagnostic[]; bad: boolean; skipped: number; unfinished: boolean }
  /** An answer set of a group is likely a copy of an earlier one (a warning, an error with `strict`); `dropped` when it does not count. */
  | { type: 'duplicate'; diagnostic: Diagnostic; dropped: boolean }
  /** A finding about the answer sets of a group together (a consensus file among them: `consensus-in-group`). */
  | { type: 'group-finding'; diagnostic: Diagnostic }
  | { type: 'profile'; profile: Profile }
  /** The answer sets of the aggregate name these organisations (more than one), and no name was given: it names none. */
  | { type: 'mixed-organisations'; names: string[] }
  /** Every profile of a file is out (in `each` mode its profiles come between `file` and this). */
  | { type: 'file-done'; file: string };

/** Answers to more than one questionnaire where one profile must cover them all. */
export class MixedQuestionnairesError extends Error {
  constructor(readonly ids: readonly string[]) {
    super(`answers to ${ids.join(' and ')}`);
    this.name = 'MixedQuestionnairesError';
  }
}

/**
 * The answer sets of a file that are left out: those with errors, and with `strict` and a file
 * that is bad for its warnings, its good ones too.
 */
function skippedIn(input: AnswerInput, bad: boolean, strict: boolean | undefined): SkippedSet[] {
  if (!(bad && strict)) return input.skipped;
  const good = [...input.sets].map((set) => (set.organisation !== undefined ? { organisation: set.organisation } : {}));
  return [...input.skipped, ...good];
}

/** An answer set as it is scored (anonymised or not), and as it was read (whose names tell copies apart). */
interface ReadSet {
  set: AnswerSet;
  read: AnswerSet;
}

/**
 * The answer sets scored together, without the likely copies when they are dropped (`dropDuplicates`,
 * or `strict`, which leaves out what has a warning); a finding for each copy, naming both as they are scored.
 */
function withoutDuplicates(
  sets: ReadSet[],
  options: Pick<ScoreInputsOptions, 'dropDuplicates' | 'strict'>,
): { sets: AnswerSet[]; events: ScoreEvent[]; erred: number } {
  const found = likelyDuplicates(
    sets.map((s) => ({ respondent: s.read.respondent, answers: s.read.answers, entry: s })),
  );
  if (found.length === 0) return { sets: sets.map((s) => s.set), events: [], erred: 0 };
  const dropped = Boolean(options.dropDuplicates || options.strict);
  const events = found.map(({ first, copy }): ScoreEvent => {
    const [one, two] = [first.entry.set, copy.entry.set];
    // Anonymised, the name is the number the source already says: said once, not twice.
    const name = one.anonymised ? {} : { name: one.respondent!.name!.trim() };
    const text = msg('answers.likely-duplicate', { first: one.source, ...name, dropped });
    const finding = diag(two.source, 'likely-duplicate', text, NO_POSITION, 'warning', {
      first: one.source,
      copy: two.source,
    });
    return { type: 'duplicate', diagnostic: withStrictness([finding], options.strict)[0]!, dropped };
  });
  const copies = new Set(found.map((d) => d.copy.entry));
  return {
    sets: sets.filter((s) => !dropped || !copies.has(s)).map((s) => s.set),
    events,
    // Strict makes a likely copy an error: left out for it, it is one more set skipped.
    erred: options.strict ? copies.size : 0,
  };
}

/**
 * A consensus file scored together with other answer sets counts its room twice: a finding at each
 * (a warning; with `strict` an error, and the file is left out, as a likely copy is).
 */
function withoutConsensusTwice(
  sets: AnswerSet[],
  strict: boolean | undefined,
): { sets: AnswerSet[]; diagnostics: Diagnostic[]; erred: number } {
  const consensus = sets.length > 1 ? sets.filter((set) => set.basis === 'consensus') : [];
  if (consensus.length === 0) return { sets, diagnostics: [], erred: 0 };
  const dropped = Boolean(strict);
  const others = sets.length - 1;
  const text = msg('answers.consensus-in-group', { others, dropped });
  const findings = consensus.map((set) =>
    diag(set.source, 'consensus-in-group', text, NO_POSITION, 'warning', { others }),
  );
  const diagnostics = withStrictness(findings, strict);
  return {
    sets: dropped ? sets.filter((set) => set.basis !== 'consensus') : sets,
    diagnostics,
    erred: dropped ? consensus.length : 0,
  };
}

/** How far respondents are numbered: the files are read in `compareSources` order, so the numbers follow it. */
interface Numbering {
  options: AnonymityOptions;
  count: number;
}

/** A file's answer sets as they are scored: each numbered, when anonymised (as many numbers as it has sets). */
function* numbered(sets: Iterable<AnswerSet>, numbering: Numbering): Generator<ReadSet> {
  for (const read of sets) yield { set: anonymiseAnswerSet(read, ++numbering.count, numbering.options), read };
}

/**
 * A file's findings and answer sets, anonymised with a numbering. One respondent's own file (one
 * answer set, read from the file itself) is named in its findings by that respondent's number, as
 * its name is often the person's; a table file's rows are numbered as they are read, and a file
 * left out for errors keeps its path in its findings, so that it can be found and fixed.
 * `usable`: the sets that count (none when the file is left out; its number is taken all the same).
 */
function numberedFile(
  input: AnswerInput,
  usable: Iterable<AnswerSet>,
  numbering: Numbering | undefined,
): { diagnostics: Diagnostic[]; sets: Iterable<ReadSet> } {
  const { diagnostics } = input;
  if (!numbering) return { diagnostics, sets: iterate(usable) };
  const [only, ...more] = Array.isArray(input.sets) ? (input.sets as AnswerSet[]) : [];
  if (only === undefined || more.length > 0 || only.source !== input.file)
    return { diagnostics, sets: numbered(usable, numbering) };
  const n = ++numbering.count;
  const label = respondentLabel(n);
  return {
    // Without its file a line and column point nowhere.
    diagnostics: diagnostics.map((d) => ({ ...d, file: label, ...NO_POSITION })),
    sets: usable === input.sets ? [{ set: anonymiseAnswerSet(only, n, numbering.options), read: only }] : [],
  };
}

function* iterate(sets: Iterable<AnswerSet>): Generator<ReadSet> {
  for (const set of sets) yield { set, read: set };
}

/**
 * The in-progress finding of a file this run leaves out (`--complete-only`, `--strict`): it says
 * so, instead of that the answers count.
 */
function saidLeftOut(d: Diagnostic): Diagnostic {
  if (d.rule !== 'answers-in-progress' || d.text?.id !== 'answers.in-progress') return d;
  const text = msg('answers.in-progress', { ...(d.text.values as { answered: number; total: number }), leftOut: true });
  return { ...d, text, message: sayFinding(text, 'en') };
}

/** `skipped` for a profile: absent when none. */
function withSkipped(profile: Profile, skipped: number): Profile {
  return skipped > 0 ? { ...profile, skipped } : profile;
}

/**
 * Scores files as they are read. A consumer that awaits between events (to let stdout drain, or a
 * signal be handled) holds the reading back: nothing piles up.
 */
export async function* scoreInputs(
  files: readonly string[],
  workspace: Workspace,
  options: ScoreInputsOptions,
): AsyncGenerator<ScoreEvent> {
  const pending: (ReadSet & { q: Questionnaire })[] = [];
  const skipped: SkippedSet[] = [];
  const table = options.ignoreColumns ? { ignoreColumns: options.ignoreColumns } : {};
  const numbering = options.anonymise ? { options: options.anonymise, count: 0 } : undefined;
  for (const file of numbering ? [...files].sort(compareSources) : files) {
    const input = await readAnswerInputOrWorkbook(file, workspace, options.csvQuestionnaire, table);
    const bad = hasErrors(input.diagnostics, options.strict);
    const left = skippedIn(input, bad, options.strict);
    // As the file was written (a file a migration reopens was finished by its respondent): the finding says it.
    const unfinished =
      Boolean(options.completeOnly) && !bad && input.diagnostics.some((d) => d.rule === 'answers-in-progress');
    // A file with errors has no answer sets; a CSV file keeps its good rows. Strict skips on warnings too.
    const usable = (bad && options.strict) || unfinished ? [] : input.sets;
    const { diagnostics, sets } = numberedFile(
      usable === input.sets ? input : { ...input, diagnostics: input.diagnostics.map(saidLeftOut) },
      usable,
      numbering,
    );
    yield {
      type: 'file',
      file,
      diagnostics: withStrictness(diagnostics, options.strict),
      bad,
      skipped: left.length,
      unfinished,
    };
    skipped.push(...left);
    if (input.questionnaire) {
      for (const entry of sets) {
        if (options.mode === 'each') {
          yield {
            type: 'profile',
            profile: score(input.questionnaire, [entry.set], options.scoring(input.questionnaire)),
          };
        } else {
          pending.push({ ...entry, q: input.questionnaire });
        }
      }
    }
    yield { type: 'file-done', file };
  }
  if (options.mode === 'aggregate' && pending.length > 0) {
    const ids = [...new Set(pending.map((p) => p.q.id))];
    if (ids.length > 1) throw new MixedQuestionnairesError(ids);
    const q = pending[0]!.q;
    const unique = withoutDuplicates(pending, options);
    yield* unique.events;
    const { sets, diagnostics, erred } = withoutConsensusTwice(unique.sets, options.strict);
    for (const diagnostic of diagnostics) yield { type: 'group-finding', diagnostic };
    const scoring = options.scoring(q);
    if (scoring.organisation === undefined) {
      const names = organisationsNamed(sets);
      if (names.length > 1) yield { type: 'mixed-organisations', names };
    }
    yield { type: 'profile', profile: withSkipped(score(q, sets, scoring), skipped.length + unique.erred + erred) };
  } else if (options.mode === 'group-by-organisation') {
    // A skipped set counts in the group of the organisation it names; one that names none, in no group.
    const skippedBy = new Map<string, number>();
    for (const { organisation } of skipped)
      if (organisation !== undefined && organisation.trim() !== '') {
        const key = organisationKey(organisation);
        skippedBy.set(key, (skippedBy.get(key) ?? 0) + 1);
      }
    const byQuestionnaire = new Map(pending.map((p) => [p.set, p]));
    for (const group of groupByOrganisation(
      pending.map((p) => p.set),
      (set) => byQuestionnaire.get(set)!.q.id,
    )) {
      const q = byQuestionnaire.get(group[0]!)!.q;
      const unique = withoutDuplicates(
        group.map((set) => byQuestionnaire.get(set)!),
        options,
      );
      yield* unique.events;
      const { sets, diagnostics, erred } = withoutConsensusTwice(unique.sets, options.strict);
      for (const diagnostic of diagnostics) yield { type: 'group-finding', diagnostic };
      const organisation = group[0]!.organisation?.trim();
      const key = organisation ? organisationKey(organisation) : undefined;
      const left = key !== undefined ? (skippedBy.get(key) ?? 0) : 0;
      // Counted once, in the first group of the organisation (answers to two questionnaires make two).
      if (key !== undefined) skippedBy.delete(key);
      yield { type: 'profile', profile: withSkipped(score(q, sets, options.scoring(q)), left + unique.erred + erred) };
    }
  }
}

export interface LoadedAnswerSets {
  sets: AnswerSet[];
  /** The questionnaires the sets answer, by id. */
  questionnaires: Map<string, Questionnaire>;
  /** Every finding, with strictness applied. */
  diagnostics: Diagnostic[];
  /** Whether any file had errors (or, strict, warnings). */
  bad: boolean;
  /** How many answer sets are left out for their errors (as in scoreInputs). */
  skipped: number;
}

/** The answer sets of a group of files, read in order (what `compare` scores as one side). */
export async function loadAnswerSets(
  files: readonly string[],
  workspace: Workspace,
  options: {
    strict?: boolean;
    csvQuestionnaire?: Questionnaire;
    ignoreColumns?: readonly string[];
    anonymise?: AnonymityOptions;
    /**
     * The sets are one room (a consensus round): files in progress are left out (`completeOnly`)
     * and likely copies said, as `score --aggregate` does, and left out with `dropDuplicates`.
     */
    room?: Pick<ScoreInputsOptions, 'completeOnly' | 'dropDuplicates'>;
  } = {},
): Promise<LoadedAnswerSets> {
  const result: LoadedAnswerSets = { sets: [], questionnaires: new Map(), diagnostics: [], bad: false, skipped: 0 };
  const table = options.ignoreColumns ? { ignoreColumns: options.ignoreColumns } : {};
  const numbering = options.anonymise ? { options: options.anonymise, count: 0 } : undefined;
  const read: ReadSet[] = [];
  for (const file of numbering ? [...files].sort(compareSources) : files) {
    const input = await readAnswerInputOrWorkbook(file, workspace, options.csvQuestionnaire, table);
    const bad = hasErrors(input.diagnostics, options.strict);
    if (bad) result.bad = true;
    if (input.questionnaire) result.questionnaires.set(input.questionnaire.id, input.questionnaire);
    result.skipped += skippedIn(input, bad, options.strict).length;
    const unfinished =
      Boolean(options.room?.completeOnly) && !bad && input.diagnostics.some((d) => d.rule === 'answers-in-progress');
    // As in scoreInputs: strict leaves out a file with warnings; otherwise a CSV file keeps its good rows.
    const usable = (bad && options.strict) || unfinished ? [] : input.sets;
    const { diagnostics, sets } = numberedFile(
      usable === input.sets ? input : { ...input, diagnostics: input.diagnostics.map(saidLeftOut) },
      usable,
      numbering,
    );
    result.diagnostics.push(...withStrictness(diagnostics, options.strict));
    read.push(...sets);
  }
  if (options.room) {
    const unique = withoutDuplicates(read, { ...options.room, strict: options.strict });
    for (const event of unique.events) if (event.type === 'duplicate') result.diagnostics.push(event.diagnostic);
    if (options.strict && unique.erred > 0) result.bad = true;
    result.sets = unique.sets;
  } else result.sets = read.map((s) => s.set);
  // One side of a comparison is a group too: a consensus file in it counts its room twice.
  const { sets, diagnostics } = withoutConsensusTwice(result.sets, options.strict);
  if (diagnostics.length > 0) {
    result.diagnostics.push(...diagnostics);
    result.sets = sets;
    if (options.strict) result.bad = true;
  }
  return result;
}
