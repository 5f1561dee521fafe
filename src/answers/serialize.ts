/**
 * Answer sets as the text of an answer file (schemas/answers.schema.json): what `datascan run`
 * writes after every answer. Keys come in a fixed order and answers in questionnaire order, so a
 * file saved twice with the same answers is the same text and diffs stay small.
 */
import { Document } from 'yaml';
import type { Answer, AnswerFile, AnswerSet, AnswerValue } from './types.js';

/** The published id of the answer-file schema, for files written where no local path fits. */
export const ANSWERS_SCHEMA_ID = 'https://datascan.dev/schemas/answers.schema.json';

export interface SerializeOptions {
  /** What the `# yaml-language-server: $schema=` header points at (a relative path or a URL). */
  schema?: string;
  /** Question ids in the order to write answers; others follow in the order they were given. */
  questionOrder?: readonly string[];
  /** Dimension and subdimension ids in the order to write targets. */
  unitOrder?: readonly string[];
}

function ordered<T>(record: Record<string, T>, order: readonly string[] = []): [string, T][] {
  const keys = [...order.filter((k) => Object.hasOwn(record, k)), ...Object.keys(record).filter((k) => !order.includes(k))];
  return keys.map((k) => [k, record[k] as T]);
}

/** A bare value when there is no note (the short form people write by hand), else `{value, note}`. */
function answerForm(answer: Answer): AnswerValue | Answer | undefined {
  const note = answer.note !== undefined && answer.note !== '' ? answer.note : undefined;
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
  if (set.date !== undefined) file.date = set.date;
  const targets = ordered(set.targets ?? {}, options.unitOrder);
  if (targets.length > 0) file.targets = Object.fromEntries(targets);
  file.answers = {};
  for (const [id, raw] of ordered<AnswerValue | Answer | null>(set.answers, options.questionOrder)) {
    const form = typeof raw === 'object' && raw !== null ? answerForm(raw) : raw;
    if (form !== undefined) file.answers[id] = form;
  }
  if (set.session) {
    const { status, position, skipped, updated } = set.session;
    file.session = { status };
    if (position !== undefined) file.session.position = position;
    if (skipped !== undefined && skipped.length > 0) file.session.skipped = [...skipped];
    if (updated !== undefined) file.session.updated = updated;
  }
  return file;
}

/** The YAML text of an answer file, with a schema header so editors can check and complete it. */
export function serializeAnswers(set: AnswerSet | AnswerFile, options: SerializeOptions = {}): string {
  const doc = new Document(answerFileData(set, options));
  // lineWidth 0: long notes stay on one line (or a block scalar) instead of being folded.
  const body = doc.toString({ lineWidth: 0 });
  return `# yaml-language-server: $schema=${options.schema ?? ANSWERS_SCHEMA_ID}\n${body}`;
}
