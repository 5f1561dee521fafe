/**
 * The form page's script (browser code; scripts/generate-form-client.mjs bundles it into
 * ../generated/client.ts). It reads the page's data block, keeps the progress and the list of open
 * questions up to date, keeps every change as a draft in the browser's storage (per questionnaire
 * id and version, and in a live workshop per participant too; when the browser keeps none, it says
 * so and asks before the page is left), opens
 * an answer file to go on with (one of an earlier version carried over along the questionnaire's
 * migrations, as `run --resume` does), and saves the answers as the YAML answer file `datascan run`
 * writes, with the same writer.
 */
import { parse } from 'yaml';
import { migrateAnswerSet, migrationPath } from '../../answers/migrate.js';
import { serializeAnswers } from '../../answers/serialize.js';
import { isoDate } from '../../answers/session.js';
import type { Answer, AnswerFile, AnswerValue } from '../../answers/types.js';
import { migrationCounts } from '../../diagnostics/migration-counts.js';
import { baseLanguage } from '../../util/language.js';
import { sameVersion } from '../../util/version.js';
import { formAnswerFileName } from '../file-name.js';
import { mergeAnswers, sameAnswers } from '../merge.js';
import type { ClientData, DetailField } from '../model.js';

const data = JSON.parse(byId('form-data').textContent ?? '{}') as ClientData;
const texts = data.texts;
// The details the page has a field for (a workshop has none for an organisation it was not given).
const FIELDS = (['organisation', 'respondent', 'role'] as DetailField[]).filter(
  (field) => document.getElementById(`d-${field}`) !== null,
);
const DRAFT_PREFIX = 'datascan-form:';

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

function radios(name: string): HTMLInputElement[] {
  return [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${name}"]`)];
}

function detailInput(field: DetailField): HTMLInputElement {
  return byId<HTMLInputElement>(`d-${field}`);
}

function noteOf(key: string): HTMLTextAreaElement {
  return byId<HTMLTextAreaElement>(`${key}-note`);
}

/** A radio's value as an answer value: a number, or `unknown` / `not-applicable`. */
function valueOf(input: HTMLInputElement): AnswerValue {
  return input.value === 'unknown' || input.value === 'not-applicable' ? input.value : Number(input.value);
}

function chosen(key: string): AnswerValue | undefined {
  const input = radios(key).find((r) => r.checked);
  return input ? valueOf(input) : undefined;
}

/** What the page holds now, as the answer file it saves. */
function collect(): AnswerFile {
  const detail = (field: DetailField) =>
    data.given[field] ?? (FIELDS.includes(field) ? detailInput(field).value.trim() : '');
  const answers: Record<string, Answer> = {};
  let open = 0;
  for (const q of data.questions) {
    const value = chosen(q.key);
    const note = noteOf(q.key).value.trim();
    if (value === undefined) open++;
    if (value === undefined && note === '') continue;
    answers[q.id] = { ...(value !== undefined ? { value } : {}), ...(note !== '' ? { note } : {}) };
  }
  const targets: Record<string, number> = {};
  for (const t of data.targets) {
    const rank = radios(t.key).find((r) => r.checked)?.value;
    if (rank) targets[t.unit] = Number(rank);
  }
  return {
    questionnaire: data.questionnaire,
    version: data.version,
    organisation: detail('organisation'),
    respondent: { name: detail('respondent'), role: detail('role') },
    date: isoDate(new Date()),
    targets,
    answers,
    session: {
      status: open === 0 ? 'complete' : 'in-progress',
      ...(data.language !== undefined ? { language: data.language } : {}),
    },
  };
}

function answeredCount(): number {
  return data.questions.filter((q) => chosen(q.key) !== undefined).length;
}

function updateProgress(): void {
  const answered = answeredCount();
  const total = data.questions.length;
  byId('progress').textContent = fill(texts.progress, { answered, total });
  const open = data.questions.filter((q) => chosen(q.key) === undefined);
  byId('open-heading').textContent =
    open.length === 0 ? texts.allAnswered : fill(texts.unansweredHeading, { open: open.length });
  const list = byId('open-list');
  list.replaceChildren(
    ...open.map((q) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `#${q.key}`;
      link.textContent = byId(q.key).querySelector('legend')?.textContent?.trim() ?? q.id;
      item.append(link);
      return item;
    }),
  );
}

function say(text: string): void {
  byId('status').textContent = text;
}

// Drafts: one per questionnaire id and version, in the browser's storage for this page's origin; in
// a workshop one per participant as well (a key the server derives from their token), so that on a
// shared device nobody's page picks up, or sends as their own, the draft of the person before them.
const draftOwner = data.workshop?.draft;
const draftKey = (version: string) =>
  DRAFT_PREFIX +
  JSON.stringify(draftOwner === undefined ? [data.questionnaire, version] : [data.questionnaire, version, draftOwner]);

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Whether the browser keeps the draft: `unavailable` when it gives the page no storage (some do not
 * for a page opened from a file), `full` when the storage refused the last draft.
 */
type DraftState = 'kept' | 'unavailable' | 'full';
let draftState: DraftState = 'kept';
const draftNotice = byId('draft-notice').firstChild as Text;
const keptNotice = draftNotice.data;
// Typed since the last save while no draft was kept: leaving the page would lose it.
let unsaved = false;

/**
 * Shows whether drafts are kept, in place of the notice that says they are; announces a change
 * while the page is used (on load the notice says it already).
 */
function setDraftState(state: DraftState, announce = true): void {
  if (state === draftState) return;
  draftState = state;
  const problem = state === 'full' ? texts.draftFull : state === 'unavailable' ? texts.draftUnavailable : undefined;
  draftNotice.data = problem !== undefined ? `${problem} ` : keptNotice;
  byId('draft-notice').classList.toggle('notice', problem !== undefined);
  byId('draft-clear').hidden = state === 'unavailable';
  if (problem !== undefined && announce) {
    const status = byId('status').textContent ?? '';
    say(status === '' ? problem : `${status} ${problem}`);
  }
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}

/**
 * What a workshop page keeps: the page's answers and the answers the server last confirmed with
 * their revision, so that after a reload the changes made since (offline) are merged over what the
 * server holds then, as a refused save is, rather than lost under it. The offline form keeps the page's answers alone.
 */
interface WorkshopDraft {
  page: AnswerFile;
  base?: { file: AnswerFile; revision: string };
}

function keepDraft(): void {
  const store = storage();
  if (!store) return setDraftState('unavailable');
  const page = collect();
  const kept: AnswerFile | WorkshopDraft = workshop ? { page, ...(confirmed ? { base: confirmed } : {}) } : page;
  try {
    store.setItem(draftKey(data.version), JSON.stringify(kept));
    setDraftState('kept');
  } catch (error) {
    setDraftState(isQuotaError(error) ? 'full' : 'unavailable');
  }
}

/** A draft this browser keeps for another version of the questionnaire: `key` in the storage. */
interface OtherDraft {
  key: string;
  version: string;
}

/** Drafts this browser keeps for other versions of the questionnaire: not applied unless carried over. */
function otherDrafts(): OtherDraft[] {
  const store = storage();
  if (!store) return [];
  const found: OtherDraft[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(DRAFT_PREFIX)) continue;
    try {
      const [id, version, owner] = JSON.parse(key.slice(DRAFT_PREFIX.length)) as [unknown, unknown, unknown];
      if (id === data.questionnaire && owner === draftOwner && typeof version === 'string' && version !== data.version)
        found.push({ key, version });
    } catch {
      // Not a key this page wrote.
    }
  }
  return found;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A kept draft's text read back: the page's answers, and in a workshop the base they were made on. */
function readDraft(text: string | null | undefined): WorkshopDraft | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text ?? '');
  } catch {
    return undefined;
  }
  if (!isRecord(parsed)) return undefined;
  if (!workshop || !isRecord(parsed.page)) return { page: parsed as unknown as AnswerFile };
  const base = parsed.base;
  const kept =
    isRecord(base) && isRecord(base.file) && isRecord(base.file.answers) && typeof base.revision === 'string';
  return {
    page: parsed.page as unknown as AnswerFile,
    ...(kept ? { base: { file: base.file as unknown as AnswerFile, revision: base.revision as string } } : {}),
  };
}

/** Clears every answer, note, target and detail that was not given when the form was made. */
function clearForm(): void {
  for (const q of data.questions) {
    for (const r of radios(q.key)) r.checked = false;
    noteOf(q.key).value = '';
  }
  for (const t of data.targets) for (const r of radios(t.key)) r.checked = false;
  for (const field of FIELDS) if (data.given[field] === undefined) detailInput(field).value = '';
}

/** Sets a text field, only when it differs: assigning moves the cursor of a field being typed in to its end. */
function setText(input: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  if (input.value !== text) input.value = text;
}

/**
 * Puts an answer file's answers, notes, targets and details into the page in place of what it holds
 * (those the form was made with stay). Returns the ids of answers it could not show: no such
 * question, or a value the question does not offer (its note is taken over still).
 */
function apply(file: Record<string, unknown>): string[] {
  const skipped: string[] = [];
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const respondent = isRecord(file.respondent) ? file.respondent : {};
  const details: Record<DetailField, string> = {
    organisation: text(file.organisation),
    respondent: text(respondent.name),
    role: text(respondent.role),
  };
  for (const field of FIELDS) if (data.given[field] === undefined) setText(detailInput(field), details[field]);
  const answers = isRecord(file.answers) ? file.answers : {};
  const questions = new Set(data.questions.map((q) => q.id));
  for (const id of Object.keys(answers))
    if (!questions.has(id) && answers[id] !== null && answers[id] !== undefined) skipped.push(id);
  for (const q of data.questions) {
    const raw = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    const answer = raw === null || raw === undefined ? {} : isRecord(raw) ? raw : { value: raw };
    setText(noteOf(q.key), text(answer.note));
    const given = answer.value !== undefined && answer.value !== null;
    const input = given ? radios(q.key).find((r) => valueOf(r) === answer.value) : undefined;
    if (given && !input) skipped.push(q.id);
    for (const r of radios(q.key)) r.checked = r === input;
  }
  const targets = isRecord(file.targets) ? file.targets : {};
  for (const t of data.targets) {
    const given = targets[t.unit];
    const rank = typeof given === 'string' ? data.levels.indexOf(given) + 1 : given;
    const input = radios(t.key).find((r) => r.value !== '' && Number(r.value) === rank);
    for (const r of radios(t.key)) r.checked = r === input;
  }
  updateProgress();
  return skipped;
}

/** Whether a file's `questionnaire` (an id, or a path to the questionnaire's file) names this form's. */
function namesThisQuestionnaire(ref: string): boolean {
  if (ref === data.questionnaire) return true;
  const stem = ref
    .split(/[\\/]/)
    .pop()
    ?.replace(/\.(ya?ml|json)$/i, '');
  return /[\\/]|\.(ya?ml|json)$/i.test(ref) && stem === data.questionnaire;
}

/** The first line of a reader's error, without the colon the YAML reader puts before its excerpt. */
function problemOf(error: unknown): string {
  return ((error as Error).message.split('\n')[0] ?? '').replace(/:\s*$/, '');
}

async function openFile(file: File): Promise<void> {
  let parsed: unknown;
  try {
    let text: string;
    try {
      // Fatal: a file in another encoding is refused, not read with its letters replaced.
      text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      say(fill(texts.openUnreadable, { file: file.name, problem: texts.notUtf8 }));
      return;
    }
    parsed = /\.json$/i.test(file.name) ? JSON.parse(text) : parse(text);
  } catch (error) {
    say(fill(texts.openUnreadable, { file: file.name, problem: problemOf(error) }));
    return;
  }
  if (!isRecord(parsed) || typeof parsed.questionnaire !== 'string' || !('answers' in parsed)) {
    say(fill(texts.openNotAnswerFile, { file: file.name }));
    return;
  }
  if (!namesThisQuestionnaire(parsed.questionnaire)) {
    say(
      fill(texts.openOtherQuestionnaire, {
        file: file.name,
        answered: parsed.questionnaire,
        given: data.questionnaire,
      }),
    );
    return;
  }
  const version = typeof parsed.version === 'string' ? parsed.version : undefined;
  const notes = carryOver(parsed, version, file.name, (ids) =>
    fill(texts.openDroppedByMigration, { ids, file: file.name }),
  );
  say(
    [fill(texts.opened, { file: file.name, answered: answeredCount(), total: data.questions.length }), ...notes].join(
      ' ',
    ),
  );
  // After the message, so that a draft the browser cannot keep is said too.
  keepDraft();
  if (workshop) sendSoon();
}

/**
 * Puts answers of `version` read from `source` (an opened file, a draft kept for another version)
 * into the page: of an earlier version, carried over along the migrations first, as `run --resume`
 * does. Returns what to say of it: run's words for what the migration did, and the answers not shown.
 */
function carryOver(
  parsed: Record<string, unknown>,
  version: string | undefined,
  source: string,
  droppedLine: (ids: string) => string,
): string[] {
  const given = Object.entries(isRecord(parsed.answers) ? parsed.answers : {}).filter(
    ([, answer]) => answer !== null && answer !== undefined,
  );
  const migrated =
    version === undefined
      ? undefined
      : migrateAnswerSet(
          {
            source,
            questionnaire: data.questionnaire,
            version,
            answers: Object.fromEntries(given) as Record<string, Answer>,
          },
          { version: data.version, migrations: data.migrations ?? [], questions: data.questions },
        );
  const skipped = apply(migrated ? { ...parsed, answers: migrated.set.answers } : parsed);
  const lines: string[] = [];
  if (migrated) {
    const { from, to, carried, dropped, newOpen } = migrated.summary;
    const counts = migrationCounts(
      baseLanguage(document.documentElement.lang),
      carried,
      dropped.length,
      newOpen.length,
    );
    lines.push(fill(texts.openedMigrated, { file: source, from, to, id: data.questionnaire, counts }));
    if (dropped.length > 0) lines.push(droppedLine(dropped.map((d) => d.id).join(', ')));
  } else if (version !== undefined && !sameVersion(version, data.version)) {
    lines.push(fill(texts.openedOtherVersion, { file: source, version, current: data.version }));
  }
  if (skipped.length > 0) lines.push(fill(texts.openSkipped, { ids: skipped.join(', ') }));
  return lines;
}

/**
 * Carries a draft of an earlier version over to this one, as an opened file of that version is;
 * it becomes this version's draft, and the earlier one is removed once this one is kept.
 */
function carryDraftOver(other: OtherDraft): void {
  const store = storage();
  // The base of another version's draft is not this version's: only its answers carry over.
  const parsed = readDraft(store?.getItem(other.key))?.page as unknown as Record<string, unknown> | undefined;
  if (!parsed) {
    store?.removeItem(other.key);
    return;
  }
  const notes = carryOver(parsed, other.version, texts.draftName, (ids) =>
    fill(texts.draftDroppedByMigration, { ids }),
  );
  say([fill(texts.draftRestored, { answered: answeredCount(), total: data.questions.length }), ...notes].join(' '));
  keepDraft();
  if (draftState === 'kept') store?.removeItem(other.key);
}

/**
 * Says which drafts of other versions this browser keeps, and offers to carry over the one of an
 * earlier version nearest to this one that the migrations lead from (none for a later version).
 */
function showOtherDrafts(): OtherDraft | undefined {
  const others = otherDrafts();
  byId('draft-other-text').textContent = others
    .map((o) => fill(texts.draftOtherVersion, { version: o.version, current: data.version }))
    .join(' ');
  byId('draft-other').hidden = others.length === 0;
  const carryable = others
    .map((o) => ({ o, steps: migrationPath({ version: data.version, migrations: data.migrations }, o.version) }))
    .filter((c) => c.steps !== undefined)
    .sort((a, b) => (a.steps?.length ?? 0) - (b.steps?.length ?? 0))[0]?.o;
  byId('draft-other-carry').hidden = carryable === undefined;
  return carryable;
}

// In a live workshop (`datascan workshop`) every change is sent to the server, which writes the
// answer file; the draft in the browser still keeps the answers while the connection is down.
const workshop = data.workshop;
let sendTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * The answers the server last confirmed to this page, and their revision: each save is made on them
 * (`If-Match`), so that one made on answers saved since elsewhere (another tab or device of the same
 * participant) is refused and merged, never written over them. Unknown until the server is heard.
 */
let confirmed: { file: AnswerFile; revision: string } | undefined;
/** What the server had confirmed when the draft this page loaded was kept (a workshop's draft only). */
let draftBase: { file: AnswerFile; revision: string } | undefined;
const NOTHING_SAVED: AnswerFile = { questionnaire: data.questionnaire, answers: {} };
/** Conflicts in a row a save merges before it waits and tries again (saves keep coming in between). */
const MAX_MERGES = 3;

/**
 * How a save went: `saved`; `refused` (the server said no: sending it again changes nothing);
 * `retry` (no answer, the server busy or down) with the wait the server asked for, if any.
 */
type Sent = { kind: 'saved' } | { kind: 'refused' } | { kind: 'retry'; waitMs?: number };

/** The participant's answers as the server holds them now: from a read, or from a save it refused as made on older ones. */
async function serverAnswers(response: Response): Promise<{ file: AnswerFile; revision: string } | undefined> {
  const revision = response.headers.get('ETag');
  const file: unknown = await response.json();
  if (revision === null || !isRecord(file) || !isRecord(file.answers)) return undefined;
  return { file: file as unknown as AnswerFile, revision };
}

/**
 * Makes the server's answers what the next save is made on, with this page's changes since `base`
 * over them, and shows the result in the page (`shown` said when that changed what the page held).
 * Whether the page still holds anything the server does not.
 */
function adopt(theirs: { file: AnswerFile; revision: string }, base: AnswerFile, shown?: string): boolean {
  const mine = collect();
  const merged = mergeAnswers(base, mine, theirs.file);
  confirmed = theirs;
  if (!sameAnswers(merged, mine)) {
    apply(merged as unknown as Record<string, unknown>);
    if (shown !== undefined) say(shown);
  }
  // Kept with the new base as well: a reload before the next save merges from there.
  keepDraft();
  return !sameAnswers(ownPart(merged), ownPart(theirs.file));
}

/**
 * A file without the details the page was given (the participant's name, the organisation): the
 * server writes those itself, so a page that holds nothing else has nothing to send.
 */
function ownPart(file: AnswerFile): AnswerFile {
  const own = { ...file, respondent: { ...file.respondent } };
  if (data.given.organisation !== undefined) delete own.organisation;
  if (data.given.respondent !== undefined) delete own.respondent.name;
  return own;
}

function notSaved(response: Response): Sent {
  if (response.status === 429 || response.status === 408 || response.status >= 500) {
    const wait = Number(response.headers.get('Retry-After'));
    return Number.isFinite(wait) && wait > 0 ? { kind: 'retry', waitMs: wait * 1000 } : { kind: 'retry' };
  }
  return { kind: 'refused' };
}

const READ = { credentials: 'same-origin', cache: 'no-store' } as const;

async function saveOnce(): Promise<Sent> {
  if (!workshop) return { kind: 'refused' };
  try {
    for (let merges = 0; merges < MAX_MERGES; merges++) {
      if (!confirmed) {
        const response = await fetch(workshop.answers, READ);
        const theirs = response.ok ? await serverAnswers(response) : undefined;
        if (!theirs) return response.ok ? { kind: 'refused' } : notSaved(response);
        // Nothing was confirmed to this page: what it holds is its own since its draft's base, or all of it.
        if (!adopt(theirs, draftBase?.file ?? NOTHING_SAVED, texts.workshopMerged)) return { kind: 'saved' };
      }
      const made = confirmed as { file: AnswerFile; revision: string };
      const body = collect();
      const response = await fetch(workshop.answers, {
        ...READ,
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', 'If-Match': made.revision },
        body: JSON.stringify(body),
      });
      if (response.ok) {
        const revision = response.headers.get('ETag');
        confirmed = revision === null ? undefined : { file: body, revision };
        keepDraft();
        return { kind: 'saved' };
      }
      if (response.status !== 409) return notSaved(response);
      // Saved since elsewhere (or this save arrived, and its answer did not): merge, and send that.
      const theirs = await serverAnswers(response);
      if (!theirs) return { kind: 'refused' };
      if (!adopt(theirs, made.file, texts.workshopMerged)) return { kind: 'saved' };
    }
    return { kind: 'retry' };
  } catch {
    return { kind: 'retry' };
  }
}

// One exchange with the server at a time: a save made while another is under way waits for its revision.
let turn: Promise<unknown> = Promise.resolve();
function inTurn<T>(task: () => Promise<T>): Promise<T> {
  const next = turn.then(task);
  turn = next.catch(() => undefined);
  return next;
}

function send(): Promise<Sent> {
  clearTimeout(sendTimer);
  sendTimer = undefined;
  return inTurn(saveOnce);
}

// A save that did not arrive is sent again, the latest answers each time: after a wait that doubles
// (1 s up to 30 s), and at once when the browser says it is online again.
const FIRST_RETRY_MS = 1000;
const LAST_RETRY_MS = 30_000;
let retryMs = FIRST_RETRY_MS;
let retrying = false;

function sent(result: Sent, quietWhenSaved: boolean): void {
  if (result.kind === 'saved') {
    // Said after a failure (and when asked): otherwise every answer would announce itself.
    if (retrying || !quietWhenSaved) say(texts.workshopSaved);
    retrying = false;
    retryMs = FIRST_RETRY_MS;
  } else if (result.kind === 'refused') {
    retrying = false;
    say(texts.workshopSaveFailed);
  } else {
    retrying = true;
    say(texts.workshopRetrying);
    const wait = Math.max(result.waitMs ?? 0, retryMs);
    retryMs = Math.min(retryMs * 2, LAST_RETRY_MS);
    clearTimeout(sendTimer);
    sendTimer = setTimeout(() => void send().then((again) => sent(again, true)), wait);
  }
}

/** A short pause after typing before the answers are sent: one request per burst of keys. */
function sendSoon(): void {
  clearTimeout(sendTimer);
  sendTimer = setTimeout(() => void send().then((result) => sent(result, true)), 500);
}

async function saveToWorkshop(): Promise<void> {
  unsaved = false;
  sent(await send(), false);
}

/**
 * The answers the server holds for this participant, put into the page with the draft's changes
 * since its base (what the server had confirmed when the draft was kept: changes made offline, then
 * reloaded) over them, and what was typed since the page loaded. A draft without a base (kept
 * before anything was confirmed) is the page's own when the server holds nothing; otherwise the
 * server's answers win over it (`loaded`: the page as the draft left it).
 * Whether the page then holds anything the server does not: it is sent.
 */
async function restoreFromWorkshop(loaded: AnswerFile): Promise<boolean> {
  if (!workshop) return false;
  try {
    const response = await fetch(workshop.answers, READ);
    const theirs = response.ok ? await serverAnswers(response) : undefined;
    // Refused for now (too many reloading at once, 429; a server error): as when unreachable, what
    // the page holds goes out through the save, which merges with the server's answers on 409.
    if (!theirs) return !sameAnswers(ownPart(loaded), NOTHING_SAVED);
    const saved = Object.keys(theirs.file.answers).length > 0;
    const pending = adopt(theirs, draftBase?.file ?? (saved ? loaded : theirs.file));
    if (saved) say(fill(texts.workshopRestored, { answered: answeredCount(), total: data.questions.length }));
    return pending;
  } catch {
    // Not reachable now: the draft stays in the page, sent (after the server's answers are read) once it is back.
    return !sameAnswers(ownPart(loaded), NOTHING_SAVED);
  }
}

function save(): void {
  if (workshop) {
    void saveToWorkshop();
    return;
  }
  const file = collect();
  unsaved = false;
  const text = serializeAnswers(file, {
    questionOrder: data.questions.map((q) => q.id),
    unitOrder: data.targets.map((t) => t.unit),
    ...(data.schema !== undefined ? { schema: data.schema } : {}),
  });
  const now = new Date();
  const time = [now.getHours(), now.getMinutes(), now.getSeconds()].map((n) => String(n).padStart(2, '0')).join('');
  const name = formAnswerFileName(data.questionnaire, file.organisation, file.respondent?.name, file.date ?? '', time);
  const url = URL.createObjectURL(new Blob([text], { type: 'application/yaml' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy by the time the next task runs.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  const total = data.questions.length;
  const open = total - answeredCount();
  const summary = byId('summary');
  if (open > 0) {
    say('');
    byId('summary-text').textContent = fill(texts.savedOpen, { file: name, open, total });
    summary.hidden = false;
    byId<HTMLDetailsElement>('open-questions').open = true;
    summary.focus();
  } else {
    summary.hidden = true;
    say(fill(texts.saved, { file: name }));
  }
}

function start(): void {
  const store = storage();
  if (!store) setDraftState('unavailable', false);
  const text = store?.getItem(draftKey(data.version));
  const draft = readDraft(text);
  if (draft) {
    apply(draft.page as unknown as Record<string, unknown>);
    draftBase = draft.base;
    say(fill(texts.draftRestored, { answered: answeredCount(), total: data.questions.length }));
  } else if (text) store?.removeItem(draftKey(data.version));
  // The page as its draft left it, before anything is typed: what the server's answers win over.
  const loaded = collect();
  let carryable = showOtherDrafts();
  byId('draft-other-discard').addEventListener('click', () => {
    for (const o of otherDrafts()) store?.removeItem(o.key);
    carryable = showOtherDrafts();
  });
  byId('draft-other-carry').addEventListener('click', () => {
    if (carryable) carryDraftOver(carryable);
    carryable = showOtherDrafts();
  });
  updateProgress();
  const typed = () => {
    keepDraft();
    if (draftState !== 'kept') unsaved = true;
    if (workshop) sendSoon();
  };
  document.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).id === 'open-file') return;
    updateProgress();
    typed();
  });
  document.addEventListener('input', (event) => {
    const target = event.target as HTMLElement;
    if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) {
      if (target.type !== 'file') typed();
    }
  });
  // What was typed is kept nowhere but in the page: the browser asks before it is left.
  window.addEventListener('beforeunload', (event) => {
    if (unsaved && draftState !== 'kept') event.preventDefault();
  });
  byId('save').addEventListener('click', save);
  byId('draft-clear').addEventListener('click', () => {
    store?.removeItem(draftKey(data.version));
    // In a workshop only the copy in this browser goes: the answers stay saved with the server.
    if (!workshop) {
      clearForm();
      updateProgress();
    }
    say(texts.draftCleared);
  });
  // The workshop's form has none: its answers come from the server.
  const input = document.getElementById('open-file') as HTMLInputElement | null;
  input?.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void openFile(file).finally(() => (input.value = ''));
  });
  void inTurn(() => restoreFromWorkshop(loaded)).then((pending) => {
    if (pending) void send().then((result) => sent(result, true));
  });
  if (workshop)
    window.addEventListener('online', () => {
      if (!retrying) return;
      retryMs = FIRST_RETRY_MS;
      void send().then((result) => sent(result, true));
    });
}

start();
