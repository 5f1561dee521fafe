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
 *
 * A file named through a link is locked and written where the link leads, so the link stays a link
 * and both names share one lock; messages keep the name the person gave.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Document } from 'yaml';
import { fileLayout, serializeAnswers, serializeAnswersJson } from '../answers/serialize.js';
import { droppedAnswerLines, type DroppedLine } from '../answers/dropped-comment.js';
import { migrateAnswerSet, migrationPath } from '../answers/migrate.js';
import { answeredCount, defaultAnswerFileName, interviewOrder, isoDate, reconcile } from '../answers/session.js';
import { normaliseAnswers, type AnswerFile, type AnswerSet } from '../answers/types.js';
import { localizeFinding } from '../diagnostics/localize.js';
import { formatDiagnosticLine, type Diagnostic } from '../diagnostics/types.js';
import { SaveError, type DetailField } from '../prompt/interview.js';
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
import { isFormat, STRUCTURED } from '../util/file-formats.js';

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
  /**
   * On resume, once the file and its questionnaire are read: the catalogue to go on in, given the
   * language the file's session was held in (when it says) and the questionnaire's languages.
   * Without it, `messages` throughout.
   */
  resumeIn?(language: string | undefined, available: readonly string[]): Messages;
  /** The language findings are said in (default English). */
  language?: string;
}

/** What the interview starts from. */
export interface InterviewStart {
  questionnaire: Questionnaire;
  set: AnswerSet;
  /** Details still to ask (those not given up front); on a resume, see stoppedInDetails. */
  details: DetailField[];
  resumed: boolean;
  /** A resumed file that opening changed (a new questionnaire version, details from flags). */
  changedOnOpen: boolean;
}

/** An answer file the store holds the lock of. */
interface OpenedFile {
  /** The name the person gave (or the default name): what messages show. */
  file: string;
  /** Where the file really is, links resolved: what is locked and written, so a link stays a link. */
  path: string;
  lock: FileLock;
}

interface StoreInit {
  questionnaire: LoadedQuestionnaire;
  messages: Messages;
  say(text: string): void;
  /** The file and its lock, when known; without them the first save picks a free default name. */
  opened?: OpenedFile;
  /** On resume: how the file already names its questionnaire (an id or a path), kept as it is. */
  questionnaireRef?: string;
  /** On resume of a YAML file: the file as it was, whose comments and layout each save keeps. */
  previous?: Document;
  /** On resume of a YAML file answered for an earlier version: what every save writes of the migration. */
  migration?: { renamed: { from: string; to: string }[]; droppedLines: DroppedLine[] };
}

export class AnswerFileStore {
  private opened: OpenedFile | undefined;
  private readonly date = isoDate(new Date());
  /** Takes back the clean-up that removes the lock however the process ends. */
  private forgetOnExit: (() => void) | undefined;
  /** How the file names its questionnaire when that is to stay as it is (see StoreInit). */
  private questionnaireRef: string | undefined;
  private written: boolean;

  constructor(private readonly init: StoreInit) {
    this.questionnaireRef = init.questionnaireRef;
    // A resumed file holds its answers already; a new one once its first save succeeds.
    this.written = init.opened !== undefined && fs.existsSync(init.opened.path);
    if (init.opened) this.adopt(init.opened);
  }

  /** The answer file, once there is one (a new interview without a name gets one at its first save). */
  get file(): string | undefined {
    return this.opened?.file;
  }

  /** Whether `file` is on disk with this interview's answers, as of the last save that succeeded. */
  get saved(): boolean {
    return this.written;
  }

  /** Writes the set; a file that cannot be written is a `SaveError`, which the interview offers to act on. */
  async save(set: AnswerSet): Promise<void> {
    const opened = this.opened ?? this.openDefault(set.organisation);
    this.write(opened, set, this.questionnaireRef);
    this.written = true;
  }

  /**
   * Continues in `target`, a new file the person typed after a failed save: locks it, writes the
   * whole set there and lets the old file's lock go. Throws a `SaveError` when it cannot (the
   * interview then stays where it was).
   */
  async saveTo(target: string, set: AnswerSet): Promise<void> {
    const m = this.init.messages;
    // Typed at a prompt, not in a shell: `~/` still means the home folder.
    const file = target.startsWith('~/') ? path.join(os.homedir(), target.slice(2)) : target;
    if (!isFormat(file, STRUCTURED)) throw new SaveError(m.outputNotAnswerFile(file));
    let moved: OpenedFile;
    try {
      const real = realLocation(file);
      if (real === this.opened?.path) return await this.save(set);
      const attempt = tryLock(real);
      if ('held' in attempt) throw new SaveError(lockedMessage(m, file, attempt));
      moved = { file, path: real, lock: attempt.lock };
    } catch (error) {
      throw error instanceof WriteError ? saveError(m, file, error) : error;
    }
    // A path (not an id) to the questionnaire is written anew, from the new file's folder.
    const questionnaireRef =
      this.questionnaireRef === this.init.questionnaire.questionnaire.id ? this.questionnaireRef : undefined;
    try {
      if (fs.existsSync(moved.path)) throw new SaveError(m.saveToExists(displayPath(file)));
      this.write(moved, set, questionnaireRef);
    } catch (error) {
      moved.lock.release();
      throw error;
    }
    this.release();
    this.adopt(moved);
    this.questionnaireRef = questionnaireRef;
    this.written = true;
    this.init.say(m.savingTo(displayPath(file)));
  }

  release(): void {
    this.opened?.lock.release();
    this.forgetOnExit?.();
    this.forgetOnExit = undefined;
  }

  private write({ file, path: target }: OpenedFile, set: AnswerSet, questionnaireRef: string | undefined): void {
    const { questionnaire: q, file: questionnaireFile } = this.init.questionnaire;
    // Paths in the file lead from where it really is (beside the real file, not the link), to where
    // the questionnaire really is.
    const refs = answerFileReferences(target, realLocation(questionnaireFile), q.id);
    // On resume the file keeps how it names its questionnaire: the user may rely on an id or a path.
    const questionnaire = questionnaireRef ?? refs.questionnaire;
    const data = {
      ...set,
      questionnaire,
      session: { ...(set.session ?? { status: 'in-progress' }), updated: new Date().toISOString() },
    };
    const layout = { schema: refs.schema, questionOrder: interviewOrder(q), unitOrder: unitIds(q.dimensions) };
    // A .json file stays JSON (other tools read it); YAML keeps what a person wrote in it by hand.
    const text = isJsonFile(target)
      ? serializeAnswersJson(data, layout)
      : serializeAnswers(data, {
          ...layout,
          ...(this.init.previous ? { previous: this.init.previous } : {}),
          ...(this.init.migration
            ? { renamed: this.init.migration.renamed, dropped: this.init.migration.droppedLines }
            : {}),
        });
    try {
      writeFileAtomically(target, text);
    } catch (error) {
      throw saveError(this.init.messages, file, error);
    }
  }

  private adopt(opened: OpenedFile): void {
    this.opened = opened;
    // The one exit and signal registry that `score -o` uses too: the lock goes on SIGTERM as on exit.
    this.forgetOnExit = cleanUpOnExit(() => opened.lock.release());
  }

  /** Without a name: `<questionnaire>-<organisation>-<date>.yaml` here, the first such name that is free. */
  private openDefault(organisation: string | undefined): OpenedFile {
    const { messages: m, questionnaire } = this.init;
    for (let n = 1; ; n++) {
      const file = defaultAnswerFileName(questionnaire.questionnaire.id, organisation, this.date, n);
      let attempt: LockAttempt;
      let real: string;
      try {
        real = realLocation(file);
        // Another run may take a free name a moment before this one: then the next name is used.
        if (fs.existsSync(real) || fs.existsSync(lockFileFor(real))) continue;
        attempt = tryLock(real);
      } catch (error) {
        throw saveError(m, file, error);
      }
      if ('held' in attempt) continue;
      const opened = { file, path: real, lock: attempt.lock };
      this.adopt(opened);
      this.init.say(m.savingTo(displayPath(file)));
      return opened;
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
  let opened: OpenedFile | undefined;
  if (output !== undefined) {
    opened = open(m, output);
    if (fs.existsSync(opened.path)) {
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
  const store = new AnswerFileStore({
    questionnaire: loaded,
    messages: m,
    say: ctx.say,
    ...(opened ? { opened } : {}),
  });
  return {
    store,
    start: { questionnaire: q, set, details: detailsToAsk(set, details), resumed: false, changedOnOpen: false },
  };
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
  const { workspace } = ctx;
  let m = ctx.messages;
  if (!fs.existsSync(file)) throw new UserError(m.noSuchFile(file), EXIT.usage);
  const opened = open(m, file);
  // Read where the file really is, so the paths in it resolve from its own folder; findings still
  // name the file as the person did.
  const real = opened.path;
  const named = (d: Diagnostic) =>
    formatDiagnosticLine(localizeFinding(d.file === real ? { ...d, file } : d, ctx.language ?? 'en'));
  // The answer file one continues is one's own interview, which may name a questionnaire anywhere
  // (`run` writes a path relative to it): only files from others are kept to their folders.
  workspace.trustReferences(real);
  try {
    const checked = workspace.load(real);
    if (checked.kind !== 'answers') throw new UserError(m.resumeNotAnswerFile(displayPath(file)), EXIT.findings);
    if (checked.data === undefined) {
      const first = checked.diagnostics.find((d) => d.severity === 'error');
      throw new UserError(
        m.resumeInvalid(displayPath(file), first ? named(first) : m.resumeNotAnswerFile(displayPath(file))),
        EXIT.findings,
      );
    }
    const data = checked.data as AnswerFile;
    const previous = isJsonFile(real) || !checked.source ? undefined : fileLayout(checked.source.text);
    const referenced = workspace.resolveQuestionnaire(data.questionnaire, real);
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
        throw new UserError(finding ? named(finding) : m.questionnaireHasErrors(data.questionnaire), EXIT.findings);
      }
      loaded = ctx.loadQuestionnaire(referenced);
    }
    const q = loaded.questionnaire;
    if (ctx.resumeIn) m = ctx.resumeIn(data.session?.language, q.languages);

    // Answered for an earlier version with a migration path: carried over along it first.
    const answered = normaliseAnswers(data, file);
    const migrated = migrateAnswerSet(answered, q);
    const reconciled = reconcile(migrated?.set ?? answered, q);
    const previousVersion = migrated?.summary.from ?? reconciled.previousVersion;
    if (migrated) {
      const { from, to, carried, dropped, newOpen } = migrated.summary;
      ctx.say(m.migrated(displayPath(file), from, to, q.id, carried, dropped.length, newOpen.length));
    } else if (reconciled.previousVersion !== undefined) {
      ctx.say(m.versionChanged(displayPath(file), reconciled.previousVersion, q.version, q.id));
    }
    const lost = reconciled.dropped.length + reconciled.cleared.length + reconciled.droppedTargets.length;
    if (previousVersion !== undefined || lost > 0) {
      // Nothing is changed without a copy: the file as it was stays beside the new one.
      const backup = keepBackup(real, previousVersion);
      const droppedByMigration = migrated?.summary.dropped.map((d) => d.id) ?? [];
      if (droppedByMigration.length > 0) ctx.say(m.droppedByMigration(droppedByMigration, previous !== undefined));
      if (reconciled.dropped.length > 0) ctx.say(m.droppedAnswers(reconciled.dropped));
      if (reconciled.cleared.length > 0) ctx.say(m.clearedAnswers(reconciled.cleared));
      if (reconciled.droppedTargets.length > 0) ctx.say(m.droppedTargets(reconciled.droppedTargets));
      ctx.say(m.backupWritten(displayPath(backup)));
    }
    // Written with every save: the file read is the layout each save starts from.
    const migration = migrated && {
      renamed: migrated.summary.renamed,
      droppedLines: droppedAnswerLines(
        migrated.summary,
        migrationPath(q, migrated.summary.from) ?? [],
        ctx.language ?? 'en',
      ),
    };
    // Details given up front on resume correct what the file says.
    const set = withDetails(reconciled.set, details);
    const order = interviewOrder(q);
    ctx.say(m.resuming(displayPath(file), answeredCount(order, set), order.length));
    if (set.session?.status === 'complete') ctx.say(m.resumingComplete);
    const changedOnOpen =
      previousVersion !== undefined || lost > 0 || Boolean(details.organisation || details.respondent || details.role);
    const store = new AnswerFileStore({
      questionnaire: loaded,
      messages: m,
      say: ctx.say,
      opened,
      questionnaireRef: data.questionnaire,
      ...(previous ? { previous } : {}),
      ...(migration ? { migration } : {}),
    });
    // An interview stopped before its first question (Ctrl-C while a detail was asked) asks the
    // details it does not have yet; once the questions were reached, one left empty was skipped.
    const ask = stoppedInDetails(set) ? detailsToAsk(set, details) : [];
    return { store, start: { questionnaire: q, set, details: ask, resumed: true, changedOnOpen } };
  } catch (error) {
    opened.lock.release();
    throw error;
  }
}

/** Takes the lock of a file (of the real file, when `file` is a link), or explains who holds it. */
function open(m: Messages, file: string): OpenedFile {
  let real: string;
  let attempt: LockAttempt;
  try {
    real = realLocation(file);
    attempt = tryLock(real);
  } catch (error) {
    // Said of `file`, the name the person knows.
    throw cannotSave(m, file, error);
  }
  if ('held' in attempt) throw new UserError(lockedMessage(m, file, attempt), EXIT.usage);
  return { file, path: real, lock: attempt.lock };
}

function lockedMessage(m: Messages, file: string, attempt: Exclude<LockAttempt, { lock: FileLock }>): string {
  const holder = attempt.held ? m.lockHolder(attempt.held.pid, attempt.held.host, attempt.held.started) : '?';
  const message = attempt.sameHost ? m.locked : m.lockedElsewhere;
  return message(displayPath(file), holder, displayPath(attempt.lockFile));
}

/** Most links followed to find where a file would be created: the limit of Linux (MAXSYMLINKS). */
const MAX_LINKS = 40;

/**
 * Where `file` really is, or would be created: an absolute path with every link resolved. A link
 * whose target does not exist yet leads to that target, as a shell's `>` does, so the file is
 * created where the link points and the link keeps working. Throws a `WriteError` for a path that
 * cannot lead anywhere (a loop of links, a part that is not a folder).
 */
export function realLocation(file: string): string {
  let target = path.resolve(file);
  for (let links = 0; links <= MAX_LINKS; links++) {
    try {
      return fs.realpathSync(target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new WriteError(file, error);
    }
    let link: string;
    try {
      link = fs.readlinkSync(target);
    } catch {
      // Not there yet: a new file in the real folder (one that does not exist is reported on writing).
      return realFolder(target);
    }
    target = path.resolve(path.dirname(target), link);
  }
  throw new WriteError(file, { code: 'ELOOP' });
}

/** `file` with its folder's links resolved, when the folder exists. */
function realFolder(file: string): string {
  try {
    return path.join(fs.realpathSync(path.dirname(file)), path.basename(file));
  } catch {
    return file;
  }
}

/** A file that cannot be written, said in the language of the interview. */
function cannotSave(m: Messages, file: string, error: unknown): unknown {
  return error instanceof WriteError ? new UserError(m.cannotSave(displayPath(file), error.code), EXIT.usage) : error;
}

/** The same during the interview, which then offers to try again, save elsewhere or stop. */
function saveError(m: Messages, file: string, error: unknown): unknown {
  return error instanceof WriteError ? new SaveError(m.cannotSave(displayPath(file), error.code)) : error;
}

function isJsonFile(file: string): boolean {
  return isFormat(file, 'json');
}

/** The details to ask: those neither given as options nor in the answers already. */
function detailsToAsk(set: AnswerSet, details: AnswerDetails): DetailField[] {
  const ask: DetailField[] = [];
  if (details.organisation === undefined && !set.organisation) ask.push('organisation');
  if (details.respondent === undefined && !set.respondent?.name) ask.push('name');
  if (details.role === undefined && !set.respondent?.role) ask.push('role');
  return ask;
}

/** No answer, no question it was at or skipped, not finished: the interview never got past its details. */
function stoppedInDetails(set: AnswerSet): boolean {
  const { session } = set;
  return (
    Object.keys(set.answers).length === 0 &&
    session?.status !== 'complete' &&
    session?.position === undefined &&
    (session?.skipped ?? []).length === 0
  );
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
