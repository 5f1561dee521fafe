/**
 * `datascan run <questionnaire>`: the interactive scan. This file does the machine work around the
 * interview engine (src/prompt/): the terminal check, the language, the answer file and its lock,
 * atomic saves after every answer, signals, and the profile at the end.
 *
 * The answer file is the session: while the interview runs it carries
 * `session: {status: in-progress, position, skipped, updated}`; when it is finished the block is
 * kept as `session: {status: complete, updated}`, so a file reads as finished or not at a glance
 * and `--resume` on a finished file opens its review. Scoring ignores the block either way.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Document } from 'yaml';
import { serializeAnswers, serializeAnswersJson } from '../../answers/serialize.js';
import { answeredCount, defaultAnswerFileName, interviewOrder, isoDate, reconcile } from '../../answers/session.js';
import { normaliseAnswers, type AnswerFile, type AnswerSet } from '../../answers/types.js';
import { formatDiagnosticLine } from '../../diagnostics/types.js';
import { unitIds } from '../../questionnaire/structure.js';
import type { Questionnaire } from '../../questionnaire/types.js';
import type { Workspace } from '../../workspace/workspace.js';
import { interview, type DetailField } from '../../prompt/interview.js';
import { messagesFor, type Messages } from '../../prompt/messages.js';
import { terminalPrompts } from '../../prompt/prompts.js';
import { renderProfileTable } from '../../report/profile/table.js';
import { score } from '../../scoring/score.js';
import { answerFileReferences } from '../../node/answer-file-references.js';
import { keepBackup } from '../../node/backup.js';
import { openWorkspace, questionnaireFile, requireQuestionnaire } from '../catalog.js';
import { reportWidth, type CommandContext } from '../context.js';
import { EXIT, UserError, WriteError } from '../../node/errors.js';
import { displayPath } from '../../node/paths.js';
import { lockFileFor, tryLock, type FileLock, type LockAttempt } from '../../node/lock.js';
import { cleanUpOnExit, writeFileAtomically } from '../../node/output.js';
import { matchLanguage } from '../../util/language.js';

export interface RunOptions {
  output?: string;
  resume?: string;
  organisation?: string;
  respondent?: string;
  role?: string;
  lang?: string;
  targets?: boolean;
  dir?: string[];
}

/**
 * The language of texts and messages: `--lang`, else English when the locale (LC_ALL, LC_MESSAGES,
 * LANG, the first one set, as POSIX orders them) is English, else Dutch.
 */
export function resolveLanguage(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  if (flag) return flag;
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  return /^en([_.@-]|$)/i.test(locale) ? 'en' : 'nl';
}

export async function runCommand(ref: string | undefined, options: RunOptions, ctx: CommandContext): Promise<number> {
  const language = resolveLanguage(options.lang, process.env);
  const m = messagesFor(language);
  // Written as YAML or JSON by its extension: any other name would hold what it does not say.
  const answerFile = options.output ?? options.resume;
  if (answerFile !== undefined && !/\.(ya?ml|json)$/i.test(answerFile))
    throw new UserError(m.outputNotAnswerFile(answerFile), EXIT.usage);
  // @inquirer prompts on a pipe abort silently and exit 0: refuse clearly instead.
  if (!process.stdin.isTTY) throw new UserError(m.notATerminal, EXIT.usage);
  if (
    options.resume !== undefined &&
    options.output !== undefined &&
    path.resolve(options.resume) !== path.resolve(options.output)
  ) {
    throw new UserError(m.resumeAndOutput, EXIT.usage);
  }
  if (ref === undefined && options.resume === undefined) {
    throw new UserError(m.needQuestionnaire, EXIT.usage);
  }
  // The interview is drawn where a person sees it: stderr, unless only stdout is a terminal.
  const ui = process.stderr.isTTY || !process.stdout.isTTY ? process.stderr : process.stdout;
  const uiStyle = ui === process.stderr ? ctx.errStyle : ctx.style;
  const say = (text: string) => void ui.write(`${text}\n`);

  const workspace = openWorkspace(options.dir ?? [], ctx.cache);
  const session = new AnswerFileSession(m, say);
  try {
    const start =
      options.resume !== undefined
        ? session.resume(options.resume, ref, options, workspace)
        : session.begin(ref as string, options, workspace);
    const { questionnaire: q, set, details, resumed, changedOnOpen } = start;
    if (matchLanguage(q.languages, language) === undefined)
      say(uiStyle.warning(m.noLanguage(language, q.languages.join(', '))));

    const abort = new AbortController();
    // Ctrl-C cancels the interview, which then saves and says how to resume: that takes more turns
    // of the event loop than an exit clean-up has, so run listens for SIGINT itself (signal-exit
    // leaves a signal with a listener of its own alone).
    const onInterrupt = () => abort.abort();
    process.on('SIGINT', onInterrupt);
    // SIGHUP or SIGTERM: every answer is on disk already; only the lock needs removing (and the
    // cursor showing again) before the process ends with 129 or 143.
    const forgetOnExit = cleanUpOnExit(() => {
      session.release();
      if (ui.isTTY) ui.write('\x1b[?25h');
    });
    let result;
    try {
      result = await interview({
        questionnaire: q,
        answers: set,
        language,
        messages: m,
        prompts: terminalPrompts({
          input: process.stdin,
          output: ui,
          signal: abort.signal,
          get columns() {
            return ui.columns ?? 80;
          },
          get rows() {
            return ui.rows;
          },
        }),
        save: (answers) => session.save(answers),
        details,
        targets: options.targets === true,
        resume: resumed,
        saveAtStart: !resumed || changedOnOpen,
        get columns() {
          return ui.columns ?? 80;
        },
        style: uiStyle,
      });
    } finally {
      process.off('SIGINT', onInterrupt);
      forgetOnExit();
    }

    if (result.status === 'cancelled') {
      if (!session.file) {
        say(m.stoppedBeforeFile);
        return EXIT.cancelled;
      }
      // A resumed file the interview did not change is left as it was, byte for byte.
      if (result.changed || !resumed) await session.save(result.answers);
      say(m.cancelled(displayPath(session.file)));
      say(m.continueWith(`datascan run --resume ${shellWord(displayPath(session.file))}`));
      return EXIT.cancelled;
    }
    // Finishing a file that was finished and is unchanged leaves it as it was, `updated` included.
    if (result.changed || !resumed || set.session?.status !== 'complete') await session.save(result.answers);
    const file = session.file as string;
    say(uiStyle.ok(m.finished(displayPath(file))));
    printProfile(q, { ...result.answers, source: displayPath(file) }, language, ctx);
    say(m.scoreLater(`datascan score ${shellWord(displayPath(file))}`));
    return EXIT.ok;
  } finally {
    session.release();
  }
}

/** A path as one shell word, quoted only when it needs to be. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** What `datascan score <file>` prints for this one answer set: the profile table with next steps. */
function printProfile(q: Questionnaire, answers: AnswerSet, language: string, ctx: CommandContext): void {
  const profile = score(q, [answers], { language });
  ctx.stdout(renderProfileTable(profile, { style: ctx.style, width: reportWidth(ctx, false) }));
}

interface Start {
  questionnaire: Questionnaire;
  set: AnswerSet;
  details: DetailField[];
  resumed: boolean;
  /** A resumed file that opening changed (a new questionnaire version, details from flags). */
  changedOnOpen: boolean;
}

/** The answer file of one run: where it is, its lock, and how it is written. */
class AnswerFileSession {
  file: string | undefined;
  private lock: FileLock | undefined;
  private questionnaire: Questionnaire | undefined;
  private questionnaireFile: string | undefined;
  /** On resume: how the file already names its questionnaire (an id or a path), kept as it is. */
  private questionnaireRefOverride: string | undefined;
  private date = isoDate(new Date());
  /** On resume of a YAML file: the file as it was, whose comments and layout each save keeps. */
  private previous: Document | undefined;
  private readonly releaseOnExit = () => this.release();

  constructor(
    private readonly m: Messages,
    private readonly say: (text: string) => void,
  ) {}

  begin(ref: string, options: RunOptions, workspace: Workspace): Start {
    const q = this.loadQuestionnaire(ref, workspace);
    if (options.output !== undefined) {
      this.open(options.output);
      if (fs.existsSync(options.output)) {
        this.release();
        throw new UserError(
          this.m.exists(displayPath(options.output), `datascan run --resume ${shellWord(displayPath(options.output))}`),
          EXIT.usage,
        );
      }
      this.say(this.m.savingTo(displayPath(options.output)));
    }
    const set = withDetails(
      { source: options.output ?? '', questionnaire: q.id, version: q.version, date: this.date, answers: {} },
      options,
    );
    const details: DetailField[] = [];
    if (options.organisation === undefined) details.push('organisation');
    if (options.respondent === undefined) details.push('name');
    if (options.role === undefined) details.push('role');
    return { questionnaire: q, set, details, resumed: false, changedOnOpen: false };
  }

  resume(file: string, ref: string | undefined, options: RunOptions, workspace: Workspace): Start {
    if (!fs.existsSync(file)) throw new UserError(this.m.noSuchFile(file), EXIT.usage);
    this.open(file);
    const checked = workspace.load(file);
    if (checked.kind !== 'answers') throw new UserError(this.m.resumeNotAnswerFile(displayPath(file)), EXIT.findings);
    if (checked.data === undefined) {
      const first = checked.diagnostics.find((d) => d.severity === 'error');
      throw new UserError(
        this.m.resumeInvalid(
          displayPath(file),
          first ? formatDiagnosticLine(first) : this.m.resumeNotAnswerFile(displayPath(file)),
        ),
        EXIT.findings,
      );
    }
    const data = checked.data as AnswerFile;
    if (!isJsonFile(file)) this.previous = checked.source?.doc;
    const referenced = workspace.resolveQuestionnaire(data.questionnaire, file);
    let q: Questionnaire;
    if (ref !== undefined) {
      q = this.loadQuestionnaire(ref, workspace);
      const answeredId = (referenced && workspace.load(referenced).questionnaire?.id) ?? data.questionnaire;
      if (answeredId !== q.id)
        throw new UserError(this.m.resumeOtherQuestionnaire(displayPath(file), answeredId, q.id), EXIT.findings);
    } else {
      if (!referenced) {
        const finding = checked.diagnostics.find((d) => d.rule === 'unknown-questionnaire');
        throw new UserError(
          finding ? formatDiagnosticLine(finding) : this.m.questionnaireHasErrors(data.questionnaire),
          EXIT.findings,
        );
      }
      q = this.loadQuestionnaire(referenced, workspace);
    }
    this.questionnaireRefOverride = data.questionnaire;

    const reconciled = reconcile(normaliseAnswers(data, file), q);
    if (reconciled.previousVersion !== undefined)
      this.say(this.m.versionChanged(displayPath(file), reconciled.previousVersion, q.version, q.id));
    const lost = reconciled.dropped.length + reconciled.cleared.length + reconciled.droppedTargets.length;
    if (reconciled.previousVersion !== undefined || lost > 0) {
      // Nothing is changed without a copy: the file as it was stays beside the new one.
      const backup = keepBackup(file, reconciled.previousVersion);
      if (reconciled.dropped.length > 0) this.say(this.m.droppedAnswers(reconciled.dropped));
      if (reconciled.cleared.length > 0) this.say(this.m.clearedAnswers(reconciled.cleared));
      if (reconciled.droppedTargets.length > 0) this.say(this.m.droppedTargets(reconciled.droppedTargets));
      this.say(this.m.backupWritten(displayPath(backup)));
    }
    // Details given as flags on resume correct what the file says.
    const set = withDetails(reconciled.set, options);
    const order = interviewOrder(q);
    this.say(this.m.resuming(displayPath(file), answeredCount(order, set), order.length));
    if (set.session?.status === 'complete') this.say(this.m.resumingComplete);
    const changedOnOpen =
      reconciled.previousVersion !== undefined ||
      lost > 0 ||
      Boolean(options.organisation || options.respondent || options.role);
    return { questionnaire: q, set, details: [], resumed: true, changedOnOpen };
  }

  private loadQuestionnaire(ref: string, workspace: Workspace): Questionnaire {
    this.questionnaire = requireQuestionnaire(ref, workspace);
    this.questionnaireFile = questionnaireFile(ref, workspace);
    return this.questionnaire;
  }

  /** Takes the lock of a file, or explains who holds it. */
  private open(file: string): void {
    const held = this.tryOpen(file);
    if (held) {
      const holder = held.held ? this.m.lockHolder(held.held.pid, held.held.host, held.held.started) : '?';
      const message = held.sameHost ? this.m.locked : this.m.lockedElsewhere;
      throw new UserError(message(displayPath(file), holder, displayPath(held.lockFile)), EXIT.usage);
    }
  }

  /** Takes the lock of a file; returns who holds it when another run does. */
  private tryOpen(file: string): Exclude<LockAttempt, { lock: FileLock }> | undefined {
    let attempt: LockAttempt;
    try {
      attempt = tryLock(file);
    } catch (error) {
      throw this.cannotSave(file, error);
    }
    if ('held' in attempt) return attempt;
    this.lock = attempt.lock;
    this.file = file;
    process.once('exit', this.releaseOnExit);
    return undefined;
  }

  /** A file that cannot be written, said in the language of the interview. */
  private cannotSave(file: string, error: unknown): unknown {
    return error instanceof WriteError
      ? new UserError(this.m.cannotSave(displayPath(file), error.code), EXIT.usage)
      : error;
  }

  /** Without -o: `<questionnaire>-<organisation>-<date>.yaml` here, the first such name that is free. */
  private openDefault(organisation: string | undefined): void {
    const q = this.questionnaire as Questionnaire;
    for (let n = 1; ; n++) {
      const file = defaultAnswerFileName(q.id, organisation, this.date, n);
      // Another run may take a free name a moment before this one: then the next name is used.
      if (fs.existsSync(file) || fs.existsSync(lockFileFor(file)) || this.tryOpen(file)) continue;
      this.say(this.m.savingTo(displayPath(file)));
      return;
    }
  }

  async save(set: AnswerSet): Promise<void> {
    if (this.file === undefined) this.openDefault(set.organisation);
    const file = this.file as string;
    const q = this.questionnaire as Questionnaire;
    const refs = answerFileReferences(file, this.questionnaireFile as string, q.id);
    // On resume the file keeps how it names its questionnaire: the user may rely on an id or a path.
    const questionnaire = this.questionnaireRefOverride ?? refs.questionnaire;
    const data = {
      ...set,
      questionnaire,
      session: { ...(set.session ?? { status: 'in-progress' }), updated: new Date().toISOString() },
    };
    const layout = { schema: refs.schema, questionOrder: interviewOrder(q), unitOrder: unitIds(q.dimensions) };
    // A .json file stays JSON (other tools read it); YAML keeps what a person wrote in it by hand.
    const text = isJsonFile(file)
      ? serializeAnswersJson(data, layout)
      : serializeAnswers(data, { ...layout, ...(this.previous ? { previous: this.previous } : {}) });
    try {
      writeFileAtomically(file, text);
    } catch (error) {
      throw this.cannotSave(file, error);
    }
  }

  release(): void {
    this.lock?.release();
    process.off('exit', this.releaseOnExit);
  }
}

function isJsonFile(file: string): boolean {
  return /\.json$/i.test(file);
}

/** The set with the details given as flags (--organisation, --respondent, --role). */
function withDetails(set: AnswerSet, options: RunOptions): AnswerSet {
  const next = { ...set };
  if (options.organisation) next.organisation = options.organisation;
  if (options.respondent || options.role) {
    next.respondent = {
      ...set.respondent,
      ...(options.respondent ? { name: options.respondent } : {}),
      ...(options.role ? { role: options.role } : {}),
    };
  }
  return next;
}
