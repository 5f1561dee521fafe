/**
 * The answer file of one interview: where it is, its lock, and how it is written. A store is
 * complete when constructed: `openNewAnswerFile` and `resumeAnswerFile` work out the questionnaire,
 * the lock and the file's previous layout first, and only then build it. Any front end that runs
 * an interview (the terminal, later a workshop server) saves through it.
 *
 * The answer file is the session: while the interview runs it carries
 * `session: {status: in-progress, position, skipped, updated}`; when it is finished the block is
 * kept as `session: {status: complete, updated}`, so a file reads as finished or not at a glance
 * and `--resume` on a finished file opens its review. Scoring ignores the block either way.
 */
import fs from 'node:fs';
import type { Document } from 'yaml';
import { serializeAnswers, serializeAnswersJson } from '../answers/serialize.js';
import { answeredCount, defaultAnswerFileName, interviewOrder, isoDate, reconcile } from '../answers/session.js';
import { normaliseAnswers, type AnswerFile, type AnswerSet } from '../answers/types.js';
import { formatDiagnosticLine } from '../diagnostics/types.js';
import type { DetailField } from '../prompt/interview.js';
import type { Messages } from '../prompt/messages.js';
import { unitIds } from '../questionnaire/structure.js';
import type { Questionnaire } from '../questionnaire/types.js';
import { shellWord } from '../util/shell.js';
import type { Workspace } from '../workspace/workspace.js';
import { answerFileReferences } from './answer-file-references.js';
import { keepBackup } from './backup.js';
import { EXIT, UserError, WriteError } from './errors.js';
import { lockFileFor, tryLock, type FileLock, type LockAttempt } from './lock.js';
import { cleanUpOnExit, writeFileAtomically } from './output.js';
import { displayPath } from './paths.js';
import { isFormat } from '../util/file-formats.js';

/** Details given up front (on the command line, or by a server's form). */
export interface AnswerDetails {
  organisation?: string;
  respondent?: string;
  role?: string;
}

/** A questionnaire named by id or path, loaded and checked, with the file it came from. */
export interface LoadedQuestionnaire {
  questionnaire: Questionnaire;
  file: string;
}

export interface StoreContext {
  /** Loads a questionnaire by id or path, or throws a UserError that says why it cannot. */
  loadQuestionnaire(ref: string): LoadedQuestionnaire;
  workspace: Workspace;
  messages: Messages;
  /** Where the store tells the person what it does (saving to, resuming, a backup kept). */
  say(text: string): void;
}

/** What the interview starts from. */
export interface InterviewStart {
  questionnaire: Questionnaire;
  set: AnswerSet;
  /** Details still to ask (those not given up front); none when resuming. */
  details: DetailField[];
  resumed: boolean;
  /** A resumed file that opening changed (a new questionnaire version, details from flags). */
  changedOnOpen: boolean;
}

interface StoreInit {
  questionnaire: LoadedQuestionnaire;
  messages: Messages;
  say(text: string): void;
  /** The file and its lock, when known; without them the first save picks a free default name. */
  opened?: { file: string; lock: FileLock };
  /** On resume: how the file already names its questionnaire (an id or a path), kept as it is. */
  questionnaireRef?: string;
  /** On resume of a YAML file: the file as it was, whose comments and layout each save keeps. */
  previous?: Document;
}

export class AnswerFileStore {
  private opened: { file: string; lock: FileLock } | undefined;
  private readonly date = isoDate(new Date());
  /** Takes back the clean-up that removes the lock however the process ends. */
  private forgetOnExit: (() => void) | undefined;

  constructor(private readonly init: StoreInit) {
    if (init.opened) this.adopt(init.opened);
  }

  /** The answer file, once there is one (a new interview without a name gets one at its first save). */
  get file(): string | undefined {
    return this.opened?.file;
  }

  async save(set: AnswerSet): Promise<void> {
    const { file } = this.opened ?? this.openDefault(set.organisation);
    const { questionnaire: q, file: questionnaireFile } = this.init.questionnaire;
    const refs = answerFileReferences(file, questionnaireFile, q.id);
    // On resume the file keeps how it names its questionnaire: the user may rely on an id or a path.
    const questionnaire = this.init.questionnaireRef ?? refs.questionnaire;
    const data = {
      ...set,
      questionnaire,
      session: { ...(set.session ?? { status: 'in-progress' }), updated: new Date().toISOString() },
    };
    const layout = { schema: refs.schema, questionOrder: interviewOrder(q), unitOrder: unitIds(q.dimensions) };
    // A .json file stays JSON (other tools read it); YAML keeps what a person wrote in it by hand.
    const text = isJsonFile(file)
      ? serializeAnswersJson(data, layout)
      : serializeAnswers(data, { ...layout, ...(this.init.previous ? { previous: this.init.previous } : {}) });
    try {
      writeFileAtomically(file, text);
    } catch (error) {
      throw cannotSave(this.init.messages, file, error);
    }
  }

  release(): void {
    this.opened?.lock.release();
    this.forgetOnExit?.();
    this.forgetOnExit = undefined;
  }

  private adopt(opened: { file: string; lock: FileLock }): void {
    this.opened = opened;
    // The one exit and signal registry that `score -o` uses too: the lock goes on SIGTERM as on exit.
    this.forgetOnExit = cleanUpOnExit(() => opened.lock.release());
  }

  /** Without a name: `<questionnaire>-<organisation>-<date>.yaml` here, the first such name that is free. */
  private openDefault(organisation: string | undefined): { file: string; lock: FileLock } {
    const { messages: m, questionnaire } = this.init;
    for (let n = 1; ; n++) {
      const file = defaultAnswerFileName(questionnaire.questionnaire.id, organisation, this.date, n);
      // Another run may take a free name a moment before this one: then the next name is used.
      if (fs.existsSync(file) || fs.existsSync(lockFileFor(file))) continue;
      const attempt = lock(m, file);
      if ('held' in attempt) continue;
      this.adopt({ file, lock: attempt.lock });
      this.init.say(m.savingTo(displayPath(file)));
      return { file, lock: attempt.lock };
    }
  }
}

/** A new answer file for `ref`: at `output` (which must not exist yet), or at a default name on the first save. */
export function openNewAnswerFile(
  ref: string,
  output: string | undefined,
  details: AnswerDetails,
  ctx: StoreContext,
): { store: AnswerFileStore; start: InterviewStart } {
  const { messages: m } = ctx;
  const loaded = ctx.loadQuestionnaire(ref);
  const q = loaded.questionnaire;
  let opened: { file: string; lock: FileLock } | undefined;
  if (output !== undefined) {
    opened = open(m, output);
    if (fs.existsSync(output)) {
      opened.lock.release();
      throw new UserError(
        m.exists(displayPath(output), `datascan run --resume ${shellWord(displayPath(output))}`),
        EXIT.usage,
      );
    }
    ctx.say(m.savingTo(displayPath(output)));
  }
  const date = isoDate(new Date());
  const set = withDetails(
    { source: output ?? '', questionnaire: q.id, version: q.version, date, answers: {} },
    details,
  );
  const ask: DetailField[] = [];
  if (details.organisation === undefined) ask.push('organisation');
  if (details.respondent === undefined) ask.push('name');
  if (details.role === undefined) ask.push('role');
  const store = new AnswerFileStore({
    questionnaire: loaded,
    messages: m,
    say: ctx.say,
    ...(opened ? { opened } : {}),
  });
  return { store, start: { questionnaire: q, set, details: ask, resumed: false, changedOnOpen: false } };
}

/**
 * An existing answer file, to continue: locked, checked, carried over to the questionnaire's
 * current version (keeping a backup of the old file first). `ref`, when given, must be the
 * questionnaire the file answers.
 */
export function resumeAnswerFile(
  file: string,
  ref: string | undefined,
  details: AnswerDetails,
  ctx: StoreContext,
): { store: AnswerFileStore; start: InterviewStart } {
  const { messages: m, workspace } = ctx;
  if (!fs.existsSync(file)) throw new UserError(m.noSuchFile(file), EXIT.usage);
  const opened = open(m, file);
  try {
    const checked = workspace.load(file);
    if (checked.kind !== 'answers') throw new UserError(m.resumeNotAnswerFile(displayPath(file)), EXIT.findings);
    if (checked.data === undefined) {
      const first = checked.diagnostics.find((d) => d.severity === 'error');
      throw new UserError(
        m.resumeInvalid(
          displayPath(file),
          first ? formatDiagnosticLine(first) : m.resumeNotAnswerFile(displayPath(file)),
        ),
        EXIT.findings,
      );
    }
    const data = checked.data as AnswerFile;
    const previous = isJsonFile(file) ? undefined : checked.source?.doc;
    const referenced = workspace.resolveQuestionnaire(data.questionnaire, file);
    let loaded: LoadedQuestionnaire;
    if (ref !== undefined) {
      loaded = ctx.loadQuestionnaire(ref);
      const answeredId = (referenced && workspace.load(referenced).questionnaire?.id) ?? data.questionnaire;
      if (answeredId !== loaded.questionnaire.id)
        throw new UserError(
          m.resumeOtherQuestionnaire(displayPath(file), answeredId, loaded.questionnaire.id),
          EXIT.findings,
        );
    } else {
      if (!referenced) {
        const finding = checked.diagnostics.find(
          (d) => d.rule === 'unknown-questionnaire' || d.rule === 'reference-outside',
        );
        throw new UserError(
          finding ? formatDiagnosticLine(finding) : m.questionnaireHasErrors(data.questionnaire),
          EXIT.findings,
        );
      }
      loaded = ctx.loadQuestionnaire(referenced);
    }
    const q = loaded.questionnaire;

    const reconciled = reconcile(normaliseAnswers(data, file), q);
    if (reconciled.previousVersion !== undefined)
      ctx.say(m.versionChanged(displayPath(file), reconciled.previousVersion, q.version, q.id));
    const lost = reconciled.dropped.length + reconciled.cleared.length + reconciled.droppedTargets.length;
    if (reconciled.previousVersion !== undefined || lost > 0) {
      // Nothing is changed without a copy: the file as it was stays beside the new one.
      const backup = keepBackup(file, reconciled.previousVersion);
      if (reconciled.dropped.length > 0) ctx.say(m.droppedAnswers(reconciled.dropped));
      if (reconciled.cleared.length > 0) ctx.say(m.clearedAnswers(reconciled.cleared));
      if (reconciled.droppedTargets.length > 0) ctx.say(m.droppedTargets(reconciled.droppedTargets));
      ctx.say(m.backupWritten(displayPath(backup)));
    }
    // Details given up front on resume correct what the file says.
    const set = withDetails(reconciled.set, details);
    const order = interviewOrder(q);
    ctx.say(m.resuming(displayPath(file), answeredCount(order, set), order.length));
    if (set.session?.status === 'complete') ctx.say(m.resumingComplete);
    const changedOnOpen =
      reconciled.previousVersion !== undefined ||
      lost > 0 ||
      Boolean(details.organisation || details.respondent || details.role);
    const store = new AnswerFileStore({
      questionnaire: loaded,
      messages: m,
      say: ctx.say,
      opened,
      questionnaireRef: data.questionnaire,
      ...(previous ? { previous } : {}),
    });
    return { store, start: { questionnaire: q, set, details: [], resumed: true, changedOnOpen } };
  } catch (error) {
    opened.lock.release();
    throw error;
  }
}

/** Takes the lock of a file, or explains who holds it. */
function open(m: Messages, file: string): { file: string; lock: FileLock } {
  const attempt = lock(m, file);
  if ('held' in attempt) {
    const holder = attempt.held ? m.lockHolder(attempt.held.pid, attempt.held.host, attempt.held.started) : '?';
    const message = attempt.sameHost ? m.locked : m.lockedElsewhere;
    throw new UserError(message(displayPath(file), holder, displayPath(attempt.lockFile)), EXIT.usage);
  }
  return { file, lock: attempt.lock };
}

function lock(m: Messages, file: string): LockAttempt {
  try {
    return tryLock(file);
  } catch (error) {
    throw cannotSave(m, file, error);
  }
}

/** A file that cannot be written, said in the language of the interview. */
function cannotSave(m: Messages, file: string, error: unknown): unknown {
  return error instanceof WriteError ? new UserError(m.cannotSave(displayPath(file), error.code), EXIT.usage) : error;
}

function isJsonFile(file: string): boolean {
  return isFormat(file, 'json');
}

/** The set with the details given up front. */
function withDetails(set: AnswerSet, details: AnswerDetails): AnswerSet {
  const next = { ...set };
  if (details.organisation) next.organisation = details.organisation;
  if (details.respondent || details.role) {
    next.respondent = {
      ...set.respondent,
      ...(details.respondent ? { name: details.respondent } : {}),
      ...(details.role ? { role: details.role } : {}),
    };
  }
  return next;
}
