/**
 * A participant's save, checked as an answer file: the JSON the form page sends, with the name and
 * organisation the participant joined under (a page cannot save under another name), checked
 * against the schema and the questionnaire exactly as `datascan validate` checks a file, and
 * written in the text `datascan run` writes.
 */
import { interviewOrder } from '../answers/session.js';
import { serializeAnswers } from '../answers/serialize.js';
import type { AnswerFile } from '../answers/types.js';
import { localizeFindings } from '../diagnostics/localize.js';
import type { Questionnaire } from '../questionnaire/types.js';
import { checkAnswersText } from '../workspace/checks.js';
import { workshopMessagesFor } from './messages.js';
import { isError } from '../workspace/workspace.js';

export interface SaveContext {
  questionnaire: Questionnaire;
  /** The participant's name as they joined. */
  name: string;
  organisation?: string;
  /** The answer file's `$schema` header, as `run` writes it. */
  schema?: string;
  /** The language of the problems told back. */
  language: string;
}

export type SaveResult = { ok: true; text: string; file: AnswerFile } | { ok: false; problems: string[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The answer file's text for a save's body, or the problems that refuse it. */
export function acceptAnswers(body: string, ctx: SaveContext): SaveResult {
  const m = workshopMessagesFor(ctx.language);
  const q = ctx.questionnaire;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return { ok: false, problems: [m.notJson] };
  }
  if (!isRecord(data) || data.questionnaire !== q.id) return { ok: false, problems: [m.notAnswerFile(q.id)] };
  // Who answered is who joined; empty details are left out, as every writer of answer files does.
  const respondent = isRecord(data.respondent) ? { ...data.respondent } : {};
  respondent.name = ctx.name;
  if (respondent.role === '') delete respondent.role;
  const file: Record<string, unknown> = { ...data, respondent };
  if (ctx.organisation !== undefined && ctx.organisation !== '') file.organisation = ctx.organisation;
  else delete file.organisation;
  const checked = checkAnswersText(JSON.stringify(file), { file: 'answers.json', questionnaires: [q] });
  const errors = checked.diagnostics.filter(isError);
  if (errors.length > 0 || checked.answers === undefined || checked.questionnaire !== q)
    return { ok: false, problems: localizeFindings(errors, ctx.language).map((d) => d.message) };
  const answers = file as unknown as AnswerFile;
  const text = serializeAnswers(answers, {
    questionOrder: interviewOrder(q),
    unitOrder: q.dimensions.map((d) => d.id),
    ...(ctx.schema !== undefined ? { schema: ctx.schema } : {}),
  });
  return { ok: true, text, file: answers };
}
