/**
 * Answer sets as the text of an answer file (schemas/answers.schema.json): what `datascan run`
 * writes after every answer. Keys come in a fixed order and answers in questionnaire order, so a
 * file saved twice with the same answers is the same text and diffs stay small.
 */
import { Document, isCollection, isMap, isScalar, parseDocument, Scalar, visit, type Node } from 'yaml';
import type { DroppedLine } from './dropped-comment.js';
import type { Answer, AnswerFile, AnswerSet, AnswerValue } from './types.js';
import { mayReadAsYaml11NonText } from '../util/yaml11-plain.js';

export interface SerializeOptions {
  /** What the `# yaml-language-server: $schema=` header points at (see answersSchemaUrl); without it, no header. */
  schema?: string;
  /** Question ids in the order to write answers; others follow in the order they were given. */
  questionOrder?: readonly string[];
  /** Dimension and subdimension ids in the order to write targets. */
  unitOrder?: readonly string[];
  /**
   * The file as it was read (on resume): its comments, blank lines and flow maps are kept wherever
   * the same key is written again, so what a person added by hand survives the next save.
   */
  previous?: Document;
  /**
   * Answers moved to another id since `previous` was read (a migration): each keeps the comments
   * and layout its earlier id had there.
   */
  renamed?: readonly { from: string; to: string }[];
  /**
   * The answers a migration dropped (ids as in `previous`), each written as a comment line after
   * the answers. What a person wrote on them stays: a comment above one moves to the next answer
   * that is written (so a heading stays above the answers it heads), or when none follows, before
   * these lines; an inline comment ends the answer's own line.
   */
  dropped?: readonly DroppedLine[];
}

function ordered<T>(record: Record<string, T>, order: readonly string[] = []): [string, T][] {
  const keys = [
    ...order.filter((k) => Object.hasOwn(record, k)),
    ...Object.keys(record).filter((k) => !order.includes(k)),
  ];
  return keys.map((k) => [k, record[k] as T]);
}

/** A bare value when there is no note (the short form people write by hand), else `{value, note}`. */
function answerForm(answer: Answer): AnswerValue | Answer | undefined {
  const note = answer.note !== undefined && answer.note !== '' ? answer.note : undefined;
  // A combined value says so beside it: it is no answer anyone gave.
  if (answer.basis === 'combined')
    return { value: answer.value, basis: 'combined', ...(note !== undefined ? { note } : {}) };
  if (note === undefined) return answer.value;
  return answer.value === undefined ? { note } : { value: answer.value, note };
}

/** The plain data of an answer file, in the order it is written; empty details are left out. */
export function answerFileData(set: AnswerSet | AnswerFile, options: SerializeOptions = {}): AnswerFile {
  // Keys are added in the order they are written.
  const file = { questionnaire: set.questionnaire } as AnswerFile;
  if (set.version !== undefined) file.version = set.version;
  if (set.organisation) file.organisation = set.organisation;
  const respondent: { name?: string; role?: string } = {};
  if (set.respondent?.name) respondent.name = set.respondent.name;
  if (set.respondent?.role) respondent.role = set.respondent.role;
  if (respondent.name !== undefined || respondent.role !== undefined) file.respondent = respondent;
  if (set.basis !== undefined) file.basis = set.basis;
  if (set.participants !== undefined) file.participants = set.participants;
  if (set.sources !== undefined) file.sources = [...set.sources];
  if (set.date !== undefined) file.date = set.date;
  const targets = ordered(set.targets ?? {}, options.unitOrder);
  if (targets.length > 0) file.targets = Object.fromEntries(targets);
  file.answers = {};
  for (const [id, raw] of ordered<AnswerValue | Answer | null>(set.answers, options.questionOrder)) {
    const form = typeof raw === 'object' && raw !== null ? answerForm(raw) : raw;
    if (form !== undefined) file.answers[id] = form;
  }
  if (set.session) {
    const { status, language, position, skipped, updated } = set.session;
    file.session = { status };
    if (language !== undefined) file.session.language = language;
    if (position !== undefined) file.session.position = position;
    if (skipped !== undefined && skipped.length > 0) file.session.skipped = [...skipped];
    if (updated !== undefined) file.session.updated = updated;
  }
  return file;
}

/**
 * An answer file's text as the `yaml` package reads it, comments and layout included: what
 * `previous` keeps when the file is written again. Only edits use it; every file is read by the
 * reader in source/.
 */
export function fileLayout(text: string): Document {
  return parseDocument(text, { version: '1.2', uniqueKeys: false, logLevel: 'error' });
}

/** The YAML text of an answer file, with a schema header so editors can check and complete it. */
export function serializeAnswers(set: AnswerSet | AnswerFile, options: SerializeOptions = {}): string {
  const data = answerFileData(set, options);
  const doc = new Document(data);
  let lines = (options.dropped ?? []).map((d) => d.line);
  if (options.previous) {
    // A copy: the document read stays as it was.
    const previous = options.previous.clone();
    renameAnswers(previous, options.renamed ?? []);
    if (options.dropped && options.dropped.length > 0)
      lines = keepDroppedComments(previous, new Set(Object.keys(data.answers)), options.dropped);
    keepLayout(previous, doc);
  }
  if (lines.length > 0) addAnswersComment(doc, lines);
  quoteForReaders(doc);
  // lineWidth 0: long notes stay on one line (or a block scalar) instead of being folded.
  const body = doc.toString({ lineWidth: 0 }).replace(REPLACEMENT_CHARACTERS, '\\uFFFD');
  return options.schema === undefined ? body : `# yaml-language-server: $schema=${options.schema}\n${body}`;
}

/** An answer file as JSON (for a `.json` file): the same data, without the header a comment would be. */
export function serializeAnswersJson(set: AnswerSet | AnswerFile, options: SerializeOptions = {}): string {
  return `${JSON.stringify(answerFileData(set, options), null, 2).replace(REPLACEMENT_CHARACTERS, '\\ufffd')}\n`;
}

/**
 * U+FFFD, which the reader takes for bytes that were no UTF-8 (and refuses the file), can still be
 * in a text given to datascan (pasted into a note, an argument from a terminal that is not UTF-8):
 * the writers put its escape in its place, so the file reads back with the text as it was.
 */
const REPLACEMENT_CHARACTER = '\uFFFD';
const REPLACEMENT_CHARACTERS = /\uFFFD/g;

/**
 * Double quotes where a plain text would not read back as written: a text holding U+FFFD (only
 * double quotes can hold its escape), and a text a YAML 1.1 tool would read as a date (`date`,
 * `session.updated`, a note), which the `yaml` package writes unquoted, also where the file read
 * had it unquoted (rule yaml11-date); and a text of several lines that would be written plain.
 */
function quoteForReaders(doc: Document): void {
  visit(doc, {
    Scalar(_, node, path) {
      if (typeof node.value !== 'string') return;
      const plain = node.type === undefined || node.type === Scalar.PLAIN;
      if (
        node.value.includes(REPLACEMENT_CHARACTER) ||
        (plain && mayReadAsYaml11NonText(node.value)) ||
        // The yaml package writes a text of several lines plain inside a flow collection (a `{…}`
        // kept from the file read), or where the file read had a plain text: no YAML when it
        // starts with `:` or `- `.
        (node.value.includes('\n') && (plain || path.some((above) => isCollection(above) && above.flow)))
      )
        node.type = Scalar.QUOTE_DOUBLE;
    },
  });
}

/** The header line serializeAnswers writes itself: never taken over from the previous file. */
const SCHEMA_HEADER = /^ ?yaml-language-server:.*(\n|$)/;

/** Carries the comments and layout of the file read (`previous`) over to the document to write, header line aside. */
export function keepLayout(previous: Document, doc: Document): void {
  if (previous.commentBefore) doc.commentBefore = previous.commentBefore;
  if (previous.comment) doc.comment = previous.comment;
  carryLayout(previous.contents, doc.contents);
  // The header comment lands on the document or on its first key, depending on what follows it.
  const first = isMap(doc.contents) ? (doc.contents.items[0]?.key as Node | undefined) : undefined;
  for (const node of [doc, first]) {
    if (!node?.commentBefore) continue;
    node.commentBefore = node.commentBefore.replace(SCHEMA_HEADER, '') || null;
  }
}

/** Puts the renamed answers of `copy` (of the file read) under their new ids. */
function renameAnswers(copy: Document, renamed: readonly { from: string; to: string }[]): void {
  if (renamed.length === 0) return;
  const answers = copy.get('answers', true);
  if (!isMap(answers)) return;
  const to = new Map(renamed.map((r) => [r.from, r.to]));
  // An id renamed to one the file also has would otherwise give that one's layout twice.
  const kept = new Set(answers.items.map((pair) => keyOf(pair.key)).filter((id) => !to.has(String(id))));
  answers.items = answers.items.filter((pair) => {
    const now = to.get(String(keyOf(pair.key)));
    return now === undefined || !kept.has(now);
  });
  for (const pair of answers.items) {
    const now = to.get(String(keyOf(pair.key)));
    if (now !== undefined && isScalar(pair.key)) pair.key.value = now;
  }
}

/**
 * The comments a person wrote on dropped answers in `previous` (a copy, changed here): one above a
 * dropped answer moves above the next answer that is written; an inline one
 * ends that answer's dropped line. Returns the lines for after the answers: comments no written
 * answer followed, then the dropped lines.
 */
function keepDroppedComments(
  previous: Document,
  written: ReadonlySet<string>,
  dropped: readonly DroppedLine[],
): string[] {
  const lines = new Map(dropped.map((d) => [d.id, d.line]));
  const answers = previous.get('answers', true);
  let above: string[] = [];
  if (isMap(answers)) {
    for (const pair of answers.items) {
      const id = String(keyOf(pair.key));
      if (!isScalar(pair.key)) continue;
      const key = pair.key;
      if (written.has(id)) {
        if (above.length > 0)
          key.commentBefore = [...above, ...(key.commentBefore ? [key.commentBefore] : [])].join('\n');
        above = [];
        continue;
      }
      const line = lines.get(id);
      if (line === undefined) continue;
      if (key.commentBefore) above.push(key.commentBefore);
      const inline = (pair.value as Node | null)?.comment ?? key.comment;
      if (inline) lines.set(id, `${line} #${inline}`);
    }
  }
  // The comment text keeps the space after its `#`; addAnswersComment writes one of its own.
  const left = above.flatMap((comment) => comment.split('\n')).map((text) => text.replace(/^ /, ''));
  return [...left, ...lines.values()];
}

/** Comment lines after the last answer, at the answers' indentation; after any such lines already there. */
function addAnswersComment(doc: Document, lines: readonly string[]): void {
  const text = lines.map((line) => ` ${line}`).join('\n');
  const answers = doc.get('answers', true);
  // An empty `answers: {}` has no line of its own to follow: the comment goes after the document.
  const node: { comment?: string | null } = isMap(answers) && answers.items.length > 0 ? answers : doc;
  node.comment = node.comment ? `${node.comment}\n${text}` : text;
}

function keyOf(key: unknown): unknown {
  return isScalar(key) ? key.value : key;
}

/** Copies comments, blank lines, flow style and string quoting from `from` to the node written for the same key. */
export function carryLayout(from: unknown, to: unknown): void {
  if (!from || !to || typeof from !== 'object' || typeof to !== 'object') return;
  const source = from as Node;
  const target = to as Node;
  if (source.commentBefore) target.commentBefore = source.commentBefore;
  if (source.comment) target.comment = source.comment;
  if (source.spaceBefore) target.spaceBefore = true;
  if (
    isScalar(source) &&
    isScalar(target) &&
    typeof source.value === 'string' &&
    typeof target.value === 'string' &&
    source.type
  )
    target.type = source.type;
  if (!isCollection(source) || !isCollection(target)) return;
  // An empty `{}` says nothing about how its entries are to be written.
  if (source.flow && source.items.length > 0) target.flow = true;
  if (!isMap(source) || !isMap(target)) return;
  for (const pair of target.items) {
    const match = source.items.find((p) => keyOf(p.key) === keyOf(pair.key));
    if (!match) continue;
    carryLayout(match.key, pair.key);
    carryLayout(match.value, pair.value);
  }
}
