/**
 * Merging a participant's answers in a live workshop when a save was made on answers that changed
 * since (another tab or device of theirs saved in between, or a save's response was lost). Field by
 * field: what this page changed since the answers it was made on wins; everything else is the
 * server's. A field is one thing a person gives: an answer's value, its note, a target, a detail.
 */
import type { Answer, AnswerFile, AnswerValue } from '../answers/types.js';

/** Each field the file gives, by a key of its own, as JSON text (equal text: the same value). */
function fieldsOf(file: AnswerFile): Map<string, string> {
  const fields = new Map<string, string>();
  const put = (key: string, value: unknown) => {
    // Empty is not given: a page sends '' for a role left empty, the server's file leaves it out.
    if (value !== undefined && value !== null && value !== '') fields.set(key, JSON.stringify(value));
  };
  put('organisation', file.organisation);
  for (const [key, value] of Object.entries(file.respondent ?? {})) put(`respondent:${key}`, value);
  for (const [unit, target] of Object.entries(file.targets ?? {})) put(`target:${unit}`, target);
  for (const [id, raw] of Object.entries(file.answers)) {
    const answer: Answer = typeof raw === 'object' && raw !== null ? raw : raw === null ? {} : { value: raw };
    put(`value:${id}`, answer.value);
    put(`note:${id}`, answer.note);
  }
  return fields;
}

/** The file of `fields`, with everything else (questionnaire, version, date, session) of `template`. */
function fileOf(fields: Map<string, string>, template: AnswerFile): AnswerFile {
  // Maps, then Object.fromEntries: an id from a response is a key of its own, never a prototype's.
  const details = new Map<string, string>();
  const respondent = new Map<string, string>();
  const targets = new Map<string, number | string>();
  const answers = new Map<string, Answer>();
  for (const [key, text] of fields) {
    const at = key.indexOf(':');
    const [kind, name] = at < 0 ? [key, ''] : [key.slice(0, at), key.slice(at + 1)];
    const value: unknown = JSON.parse(text);
    if (kind === 'organisation') details.set(kind, value as string);
    else if (kind === 'respondent') respondent.set(name, value as string);
    else if (kind === 'target') targets.set(name, value as number | string);
    else if (kind === 'value' || kind === 'note') {
      const answer = answers.get(name) ?? {};
      if (kind === 'value') answer.value = value as AnswerValue;
      else answer.note = value as string;
      answers.set(name, answer);
    }
  }
  const { organisation: _organisation, respondent: _respondent, ...rest } = template;
  const organisation = details.get('organisation');
  return {
    ...rest,
    ...(organisation !== undefined ? { organisation } : {}),
    ...(respondent.size > 0 ? { respondent: Object.fromEntries(respondent) } : {}),
    targets: Object.fromEntries(targets),
    answers: Object.fromEntries(answers),
  };
}

/**
 * The answers to send when the server holds `theirs` and this page made `mine` on `base` (what the
 * server last confirmed to it): this page's changes since `base` over `theirs`. Whatever `mine`
 * has besides the fields (questionnaire, version, date, session) is kept. A note both changed
 * keeps both texts (one that holds the other once): what a person typed on one device is not
 * written over by what they typed on another, nor removed by clearing it there.
 */
export function mergeAnswers(base: AnswerFile, mine: AnswerFile, theirs: AnswerFile): AnswerFile {
  const before = fieldsOf(base);
  const now = fieldsOf(mine);
  const merged = fieldsOf(theirs);
  for (const key of new Set([...before.keys(), ...now.keys()])) {
    const value = now.get(key);
    if (value === before.get(key)) continue;
    const other = merged.get(key);
    if (key.startsWith('note:') && other !== undefined && other !== before.get(key)) {
      if (value !== undefined) merged.set(key, JSON.stringify(bothNotes(JSON.parse(other), JSON.parse(value))));
      continue;
    }
    if (value === undefined) merged.delete(key);
    else merged.set(key, value);
  }
  return fileOf(merged, mine);
}

/** Two versions of one note: the one that holds the other (typing went on), else both, theirs first. */
function bothNotes(theirs: string, mine: string): string {
  if (mine.includes(theirs)) return mine;
  if (theirs.includes(mine)) return theirs;
  return `${theirs}\n${mine}`;
}

/** Whether two files give the same answers, notes, targets and details (whatever their date or session). */
export function sameAnswers(a: AnswerFile, b: AnswerFile): boolean {
  const x = fieldsOf(a);
  const y = fieldsOf(b);
  return x.size === y.size && [...x].every(([key, value]) => y.get(key) === value);
}
