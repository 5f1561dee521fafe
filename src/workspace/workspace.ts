/**
 * Loads and checks files: questionnaires (with their shared model files), model files and answer
 * files. The core does no I/O of its own: a host reads files, so tests and the CLI decide how.
 * Every file is parsed and checked once per workspace, however often it is referred to.
 */
import path from 'node:path';
import { NO_POSITION, type Diagnostic, type Position } from '../diagnostics/types.js';
import { schemaDiagnostics } from '../schema/messages.js';
import { validateAgainst } from '../schema/validators.js';
import { diag } from '../diagnostics/diag.js';
import { msg, type FindingText, type Phrase } from '../diagnostics/messages.js';
import { lazySource, parseSourceQuickly, type SourceFile } from '../source/source.js';
import { locate } from '../source/locate.js';
import { yaml11DateRule } from '../source/yaml11.js';
import { cacheKey, type CheckCache, type LocalCheck } from './check-cache.js';
import { detectKind, type FileKind } from './kind.js';
import { fileRules, mergedRules, nextStepRules } from '../questionnaire/rules.js';
import { mergeQuestionnaire } from '../questionnaire/merge.js';
import type { Questionnaire, QuestionnaireFile } from '../questionnaire/types.js';
import { checkAnswers, checkInProgress, checkMigratedAnswers, checkParticipants } from '../answers/check.js';
import { migrateAnswerSet } from '../answers/migrate.js';
import { normaliseAnswers, type AnswerFile, type AnswerSet } from '../answers/types.js';
import { closest } from '../util/suggest.js';
import { checkPlan } from '../plan/check.js';
import type { PlanFile } from '../plan/plan.js';
import { isFormat, STRUCTURED } from '../util/file-formats.js';
import { sameVersion } from '../util/version.js';

export { detectKind, type FileKind } from './kind.js';

/** How the workspace reads files. `error` is a one-line reason (not found, is a directory, …). */
export interface FileHost {
  /**
   * `namedInFile`: the path was named inside another file (a questionnaire's model, an answer
   * file's questionnaire), not given by the user: read it only if it is an ordinary file, as a FIFO
   * would wait for a writer and a terminal for keys. `error` is said in English; `said`, when
   * there is one, in every language the findings are.
   */
  read(
    file: string,
    options?: { namedInFile?: boolean },
  ): { text: string } | { error: string; code: 'not-found' | 'unreadable' | 'too-large'; said?: FindingText };
  /**
   * The absolute path with every link in it resolved, also where the file does not exist: where a
   * read of it would lead. A host without links leaves it out (the path, made absolute, is used).
   */
  realPath?(file: string): string;
}

export interface WorkspaceOptions {
  /**
   * Said after the known questionnaires when an answer file names one that is not among them: how
   * the front end lets a user add more (the CLI: "use --dir to add a folder"). A catalogue text
   * is said in the language the finding is.
   */
  unknownQuestionnaireHint?: Phrase;
  /**
   * Whether a file named inside another may lie anywhere. By default it must lie in the naming
   * file's folder or below, in the working folder or below, or be a questionnaire of the catalogue:
   * a file from someone else must not make the front end read (or tell about) other files.
   */
  referencesAnywhere?: boolean;
  /** Said after a reference refused for where it leads: how the front end permits it. */
  outsideReferenceHint?: Phrase;
}

/** A questionnaire not added to the catalogue because another of its id was there first. */
export interface ShadowedQuestionnaire {
  id: string;
  file: string;
  /** The file the catalogue keeps for the id. */
  by: string;
}

export interface CheckedFile {
  file: string;
  kind: FileKind;
  /**
   * The parsed text, with positions (undefined when it could not be read).
   * @internal Typed by the YAML parser's own types, which the library does not publish.
   */
  source: SourceFile | undefined;
  diagnostics: Diagnostic[];
  /** For a questionnaire without errors: the merged result. */
  questionnaire?: Questionnaire;
  /** For a file that passed the schema: its data, typed by kind. */
  data?: unknown;
  /** For an answer file without errors: its answers, normalised. */
  answers?: AnswerSet;
}

/** A path named inside a file: relative to that file's folder (kept relative, for messages), or absolute. */
function besides(fromFile: string, ref: string): string {
  return path.isAbsolute(ref) ? ref : path.join(path.dirname(fromFile), ref);
}

/** Why a file named inside another could not be read (a FIFO, a device, no permission), if so. */
function cannotRead(named: Pick<LocalCheck, 'diagnostics'>): Phrase | undefined {
  const finding = named.diagnostics.find((d) => d.rule === 'file-unreadable');
  return finding && (finding.text ?? finding.message);
}

/** Whether `file` is `folder` or lies below it (both absolute). */
function isWithin(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

export function isError(d: Diagnostic): boolean {
  return d.severity === 'error';
}

/**
 * The checks that depend on the file's own text only: what a cache may keep.
 * @internal
 */
export function localCheck(source: SourceFile): LocalCheck {
  const diagnostics = [...source.diagnostics];
  const result: LocalCheck = { kind: 'unknown', data: source.data, diagnostics, schemaValid: false };
  if (source.data === undefined) return result;
  result.kind = detectKind(source.data);
  if (result.kind === 'unknown') {
    diagnostics.push(diag(source.file, 'unknown-kind', msg('kind.unknown'), locate(source, [])));
    return result;
  }
  const schemaName = isDataKind(result.kind) ? result.kind : 'questionnaire';
  const schema = schemaDiagnostics(validateAgainst(schemaName, source.data), source);
  diagnostics.push(...schema);
  result.schemaValid = schema.length === 0;
  // The text's own shape, whatever the schema found: a person fixing a file sees it in one round.
  diagnostics.push(...yaml11DateRule(source));
  if (!result.schemaValid) return result;
  if (isDataKind(result.kind)) return result;
  const file = source.data as QuestionnaireFile;
  diagnostics.push(...fileRules(source, file));
  if (result.kind === 'model') {
    // A model file is checked for every unit: any questionnaire of the model may ask about it.
    diagnostics.push(
      ...nextStepRules({ levels: file.levels ?? [], dimensions: file.dimensions ?? [] }, source, () => true),
    );
  }
  return result;
}

/** The kinds of file that hold data about a scan rather than define one: each has a schema of its own. */
function isDataKind(kind: FileKind): kind is 'answers' | 'profile' | 'test' | 'plan' {
  return kind === 'answers' || kind === 'profile' || kind === 'test' || kind === 'plan';
}

/** Whether a questionnaire reference is a path (else it is an id from the catalogue). */
export function isQuestionnairePath(ref: string): boolean {
  return /[\\/]/.test(ref) || isFormat(ref, STRUCTURED);
}

/** A `questions` key in YAML (block or flow) or JSON: what every questionnaire file has. */
const QUESTIONS_KEY = /(^|[{,\s])["']?questions["']?\s*:/m;

/** An `answers` key, as every answer file has. */
const ANSWERS_KEY = /(^|[{,\s])["']?answers["']?\s*:/m;

/** A `cases` key, as every test file has (whose cases have `answers` too). */
const CASES_KEY = /(^|[{,\s])["']?cases["']?\s*:/m;

/** A file read and parsed, with the checks that depend on its text alone. */
interface ReadFile {
  source: SourceFile | undefined;
  local: LocalCheck;
}

export class Workspace {
  /** Files read and parsed; checks that need other files (the catalogue, a model) come later. */
  private readonly sources = new Map<string, ReadFile>();
  /** Files fully checked. */
  private readonly files = new Map<string, CheckedFile>();
  /** Folders as the host resolves their links: the folders of files that name others, and the working folder. */
  private readonly realFolders = new Map<string, string>();
  /** Files whose references may lead anywhere (`trustReferences`), by absolute path. */
  private readonly trusted = new Set<string>();

  /**
   * @param catalog questionnaire id -> file, for answer files that name their questionnaire by id
   *   (the shipped questionnaires, and any the user pointed at).
   */
  constructor(
    private readonly host: FileHost,
    readonly catalog: Map<string, string> = new Map(),
    private readonly cache?: CheckCache,
    private readonly options: WorkspaceOptions = {},
  ) {}

  /**
   * Adds the questionnaires among `files` to the catalogue, reading nothing but their ids: an
   * answer file must not be checked before every questionnaire it may name is known.
   * `override`: these files win over questionnaires of the same id registered earlier. Returns
   * the questionnaires left out because one of the same id was registered earlier (none with `override`).
   */
  registerQuestionnaires(files: readonly string[], override = false): ShadowedQuestionnaire[] {
    const shadowed: ShadowedQuestionnaire[] = [];
    for (const file of files) {
      // Only a file with a `questions` key can be a questionnaire; answer files (often thousands)
      // are not parsed here, nor kept.
      const raw = this.sources.has(path.resolve(file)) ? undefined : this.host.read(file);
      if (raw && ('error' in raw || !QUESTIONS_KEY.test(raw.text))) continue;
      const data = this.read(file, true).local.data as { id?: unknown } | undefined;
      if (detectKind(data) !== 'questionnaire' || typeof data?.id !== 'string') continue;
      const registered = this.catalog.get(data.id);
      if (override || registered === undefined) this.catalog.set(data.id, file);
      else shadowed.push({ id: data.id, file, by: registered });
    }
    return shadowed;
  }

  /** Parses a file and checks its syntax and schema, and for questionnaires all semantic rules. */
  load(file: string): CheckedFile {
    const key = path.resolve(file);
    const known = this.files.get(key);
    if (known) return known;
    const checked = this.check(file, true, key);
    this.files.set(key, checked);
    return checked;
  }

  /**
   * Like `load`, but the result is not kept: batch scoring reads thousands of answer files once
   * each, and memory must not grow with them. The questionnaires they name are still kept.
   */
  loadUncached(file: string): CheckedFile {
    const key = path.resolve(file);
    const known = this.files.get(key);
    if (known) return known;
    const checked = this.check(file, false, key);
    // Questionnaires and models are few and named by answer files: keep them.
    if (checked.kind === 'questionnaire' || checked.kind === 'model') this.files.set(key, checked);
    return checked;
  }

  /**
   * Reads and parses a file, and runs the checks that need nothing but its text. `namedInFile`: the
   * path comes from inside another file, so only an ordinary file is read.
   */
  private read(file: string, keep: boolean, key = path.resolve(file), namedInFile = false): ReadFile {
    const known = this.sources.get(key);
    if (known) return known;
    const read = this.host.read(file, namedInFile ? { namedInFile } : undefined);
    let result: ReadFile;
    if ('error' in read) {
      const rule =
        read.code === 'not-found' ? 'file-not-found' : read.code === 'too-large' ? 'file-too-large' : 'file-unreadable';
      result = {
        source: undefined,
        local: {
          kind: 'unknown',
          data: undefined,
          diagnostics: [diag(file, rule, read.said ?? msg('verbatim', { text: read.error }))],
          schemaValid: false,
        },
      };
    } else {
      // Hashing is skipped for what looks like an answer file when answer files are not cached:
      // batches read thousands. A file that only looks like one is merely not cached.
      const cacheable =
        this.cache &&
        (this.cache.kinds.includes('answers') ||
          !ANSWERS_KEY.test(read.text) ||
          QUESTIONS_KEY.test(read.text) ||
          CASES_KEY.test(read.text));
      const cacheKeyOfText = cacheable ? cacheKey(this.cache.namespace, read.text) : undefined;
      const cached = cacheKeyOfText !== undefined ? this.cache?.get(cacheKeyOfText) : undefined;
      if (cached) {
        result = { source: lazySource(file, read.text, cached.data), local: cached };
      } else {
        const source = parseSourceQuickly(file, read.text);
        result = { source, local: localCheck(source) };
        if (cacheKeyOfText !== undefined && this.cache?.kinds.includes(result.local.kind))
          this.cache.set(cacheKeyOfText, result.local);
      }
    }
    if (keep) this.sources.set(key, result);
    return result;
  }

  /** `key`: the file's absolute path, the key of both maps. */
  private check(file: string, keep: boolean, key: string): CheckedFile {
    const { source, local } = this.read(file, keep, key);
    const checked: CheckedFile = {
      file,
      kind: local.kind,
      source,
      diagnostics: local.diagnostics.map((d) => ({ ...d, file })),
    };
    // A plan's own rules look at each action on its own: they run where the schema found other faults too.
    if (!local.schemaValid && source && local.kind === 'plan') this.checkPlanFile(checked, source);
    if (!local.schemaValid || !source) return checked;
    checked.data = local.data;
    if (local.kind === 'answers') this.checkAnswerFile(checked, source);
    else if (local.kind === 'questionnaire') this.mergeQuestionnaire(checked, source);
    else if (local.kind === 'plan') this.checkPlanFile(checked, source);
    return checked;
  }

  /** Merges a questionnaire with its model file and checks what links them. */
  private mergeQuestionnaire(checked: CheckedFile, source: SourceFile): void {
    const file = source.data as QuestionnaireFile;
    let model: QuestionnaireFile | undefined;
    let modelSource: SourceFile | undefined;
    if (file.model !== undefined) {
      const modelPath = besides(checked.file, file.model);
      const at = () => locate(source, ['model']);
      if (!this.mayFollow(checked.file, modelPath)) {
        checked.diagnostics.push(this.outside(checked.file, msg('reference.model', { ref: file.model }), at()));
        return;
      }
      // Its kind first: only a model file is loaded, so no chain of files naming files is followed
      // (a questionnaire naming itself as its model, or two naming each other).
      const named = this.named(modelPath, true);
      if (named.diagnostics.some((d) => d.rule === 'file-not-found')) {
        checked.diagnostics.push(
          diag(
            checked.file,
            'unresolved-reference',
            msg('model.not-found', { ref: file.model, looked: modelPath }),
            at(),
            'error',
            { id: file.model },
          ),
        );
        return;
      }
      const unreadable = cannotRead(named);
      if (unreadable) {
        checked.diagnostics.push(
          diag(checked.file, 'invalid-model', msg('model.unreadable', { ref: file.model, detail: unreadable }), at()),
        );
        return;
      }
      if (named.kind !== 'model' && named.data !== undefined) {
        checked.diagnostics.push(
          diag(
            checked.file,
            'invalid-model',
            msg('model.not-a-model', { ref: file.model, answers: named.kind === 'answers' }),
            at(),
          ),
        );
        return;
      }
      const loaded = this.load(modelPath);
      const errors = loaded.diagnostics.filter(isError).length;
      if (errors > 0 || !loaded.data) {
        checked.diagnostics.push(
          diag(checked.file, 'invalid-model', msg('model.has-errors', { ref: file.model, errors }), at(), 'error', {
            errors,
          }),
        );
        return;
      }
      model = loaded.data as QuestionnaireFile;
      modelSource = loaded.source;
    }
    const merged = mergeQuestionnaire(file, model);
    const dimensionsSource = file.dimensions || !modelSource ? source : modelSource;
    checked.diagnostics.push(
      ...mergedRules(merged, {
        questionnaire: source,
        dimensions: dimensionsSource,
        modelKey: file.model !== undefined ? ['model'] : undefined,
      }),
    );
    if (!checked.diagnostics.some(isError)) checked.questionnaire = merged;
  }

  /**
   * Makes a questionnaire checked before (in another workspace, say) known by its id, under the
   * name `file`: answer files that name it are checked against it, and it is not read again.
   */
  addQuestionnaire(questionnaire: Questionnaire, file: string): void {
    this.catalog.set(questionnaire.id, file);
    this.files.set(path.resolve(file), {
      file,
      kind: 'questionnaire',
      source: undefined,
      diagnostics: [],
      questionnaire,
    });
  }

  /** The model file a questionnaire names, as the workspace reads it. */
  modelPath(questionnaireFile: string, model: string): string {
    return besides(questionnaireFile, model);
  }

  /**
   * The model file a questionnaire names, checked, or undefined when it lies where references may
   * not lead (see `mayFollow`). It is read only if it is an ordinary file.
   */
  loadModel(questionnaireFile: string, model: string): CheckedFile | undefined {
    const file = besides(questionnaireFile, model);
    if (!this.mayFollow(questionnaireFile, file)) return undefined;
    this.named(file, true);
    return this.load(file);
  }

  /**
   * Resolves a questionnaire named in an answer file: an id from the catalogue, or a relative path.
   * Undefined for an id not in the catalogue, and for a path that may not be followed (`mayFollow`).
   */
  resolveQuestionnaire(ref: string, fromFile: string): string | undefined {
    if (!isQuestionnairePath(ref)) return this.catalog.get(ref);
    const file = besides(fromFile, ref);
    return this.mayFollow(fromFile, file) ? file : undefined;
  }

  /**
   * Whether a file named inside `fromFile` may be read: it lies in `fromFile`'s folder or below, or
   * in the working folder or below (links resolved, so a link cannot lead out), or it is a
   * questionnaire of the catalogue (which the front end's user named, or which ships with it).
   * Always, with the option `referencesAnywhere`, and for a file given to `trustReferences`.
   */
  mayFollow(fromFile: string, file: string): boolean {
    if (this.options.referencesAnywhere || this.trusted.has(path.resolve(fromFile))) return true;
    const target = this.realPath(file);
    const folders = [path.dirname(path.resolve(fromFile)), path.resolve()];
    if (folders.some((folder) => isWithin(this.realFolder(folder), target))) return true;
    return [...this.catalog.values()].some((known) => this.realPath(known) === target);
  }

  /**
   * Lets the files named inside `file` lie anywhere (they are still read only if ordinary files):
   * for a file the user works on as their own, such as an interview they continue, not for files
   * from others.
   */
  trustReferences(file: string): void {
    this.trusted.add(path.resolve(file));
  }

  private realPath(file: string): string {
    return this.host.realPath?.(file) ?? path.resolve(file);
  }

  private realFolder(folder: string): string {
    let real = this.realFolders.get(folder);
    if (real === undefined) this.realFolders.set(folder, (real = this.realPath(folder)));
    return real;
  }

  /**
   * The finding for a file named where references may not lead. The same whether that file exists
   * or not: the answer must not tell. Public for front ends that follow references of their own
   * (the questionnaire a test file names).
   */
  outside(fromFile: string, what: FindingText, at: Position = NO_POSITION): Diagnostic {
    const hint = this.options.outsideReferenceHint;
    return diag(fromFile, 'reference-outside', msg('reference.outside', { what, ...(hint ? { hint } : {}) }), at);
  }

  /**
   * A file named inside another, as far as telling its kind needs: as checked already, or read now
   * (`namedInFile`: only if it is an ordinary file).
   */
  private named(file: string, namedInFile: boolean): Pick<LocalCheck, 'kind' | 'data' | 'diagnostics'> {
    const key = path.resolve(file);
    const checked = this.files.get(key);
    if (checked) return { kind: checked.kind, data: checked.source?.data, diagnostics: checked.diagnostics };
    return this.read(file, true, key, namedInFile).local;
  }

  /**
   * A plan file: its actions against its questionnaire, when the catalogue knows it (a plan names
   * its questionnaire by id only), and on their own.
   */
  private checkPlanFile(checked: CheckedFile, source: SourceFile): void {
    const plan = source.data as PlanFile;
    // A plan the schema faulted may name no questionnaire: its actions are then checked on their own.
    const named = typeof plan.questionnaire === 'string';
    const known = named ? this.catalog.get(plan.questionnaire) : undefined;
    if (named && known === undefined)
      checked.diagnostics.push(
        diag(
          checked.file,
          'unknown-questionnaire',
          msg('questionnaire.not-found', {
            ref: plan.questionnaire,
            suggestion: closest(plan.questionnaire, this.catalog.keys()),
            known: [...this.catalog.keys()],
            ...(this.options.unknownQuestionnaireHint ? { hint: this.options.unknownQuestionnaireHint } : {}),
          }),
          locate(source, ['questionnaire']),
          'error',
          { id: plan.questionnaire },
        ),
      );
    const q = known !== undefined ? this.load(known).questionnaire : undefined;
    if (q) checked.questionnaire = q;
    checked.diagnostics.push(...checkPlan(checked.file, source, plan, q));
  }

  private checkAnswerFile(checked: CheckedFile, source: SourceFile): void {
    const file = source.data as AnswerFile;
    const at = (p: (string | number)[], target?: 'key' | 'value') => locate(source, p, target);
    const byPath = isQuestionnairePath(file.questionnaire);
    const questionnairePath = byPath ? besides(checked.file, file.questionnaire) : this.catalog.get(file.questionnaire);
    if (byPath && !this.mayFollow(checked.file, questionnairePath!)) {
      checked.diagnostics.push(
        this.outside(checked.file, msg('reference.questionnaire', { ref: file.questionnaire }), at(['questionnaire'])),
      );
      return;
    }
    if (!questionnairePath) {
      checked.diagnostics.push(
        diag(
          checked.file,
          'unknown-questionnaire',
          msg('questionnaire.not-found', {
            ref: file.questionnaire,
            suggestion: closest(file.questionnaire, this.catalog.keys()),
            known: [...this.catalog.keys()],
            ...(this.options.unknownQuestionnaireHint ? { hint: this.options.unknownQuestionnaireHint } : {}),
          }),
          at(['questionnaire']),
          'error',
          { id: file.questionnaire },
        ),
      );
      return;
    }
    const what = msg('reference.questionnaire', { ref: file.questionnaire, file: questionnairePath });
    // Its kind first: only a questionnaire is loaded, so no chain of files naming files is followed
    // (an answer file naming itself, or two naming each other).
    const named = this.named(questionnairePath, byPath);
    const loaded = named.kind === 'questionnaire' ? this.load(questionnairePath) : undefined;
    if (!loaded?.questionnaire) {
      const unreadable = cannotRead(named);
      const reason = named.diagnostics.some((d) => d.rule === 'file-not-found')
        ? 'not-found'
        : unreadable
          ? 'unreadable'
          : named.kind === 'questionnaire'
            ? 'errors'
            : 'not-questionnaire';
      const said = msg('questionnaire.unusable', { what, reason, ...(unreadable ? { detail: unreadable } : {}) });
      checked.diagnostics.push(
        diag(checked.file, 'unknown-questionnaire', said, at(['questionnaire']), 'error', { id: file.questionnaire }),
      );
      return;
    }
    const q = loaded.questionnaire;
    checked.questionnaire = q;
    // Answers to an earlier version are carried over first, so that a renamed question is not unknown.
    const migrated =
      file.version !== undefined && !sameVersion(file.version, q.version)
        ? migrateAnswerSet(normaliseAnswers(file, checked.file), q)
        : undefined;
    // The status as written: a finished file that a migration reopens (new questions) was finished by its respondent.
    const status = file.session?.status;
    const participants = checkParticipants(file, checked.file, at);
    if (participants) checked.diagnostics.push(participants);
    if (migrated) {
      const unfinished = checkInProgress(status, migrated.set.answers, q, checked.file, at);
      if (unfinished) checked.diagnostics.push(unfinished);
      checked.diagnostics.push(...checkMigratedAnswers(migrated, q, checked.file, at));
      if (!checked.diagnostics.some(isError)) checked.answers = migrated.set;
      return;
    }
    const unfinished = checkInProgress(status, file.answers, q, checked.file, at);
    if (unfinished) checked.diagnostics.push(unfinished);
    checked.diagnostics.push(...checkAnswers(file, q, checked.file, at));
    if (checked.diagnostics.some(isError)) return;
    // Normalised on first use: validate checks thousands of files and never asks.
    let set: AnswerSet | undefined;
    Object.defineProperty(checked, 'answers', {
      enumerable: true,
      configurable: true,
      get: () => (set ??= normaliseAnswers(file, checked.file)),
    });
  }

  /** Everything loaded so far, including model files that questionnaires pulled in. */
  loaded(): CheckedFile[] {
    return [...this.files.values()];
  }
}
