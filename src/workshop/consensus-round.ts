/**
 * The consensus round of a live workshop, on the projector: the round of `datascan consensus`
 * (src/scoring/consensus.ts) over the participants' answer files, driven by form posts instead of
 * key presses. What the room sees and what the consensus file holds are decided here; reading
 * requests and writing the file is src/node/workshop-consensus.ts. Pure.
 *
 * The file is `FOLDER/.consensus/consensus.yaml`: inside the workshop's folder, but in a hidden
 * folder, which `score FOLDER --aggregate`, `validate FOLDER` and `compare FOLDER …` pass over
 * (as they pass over the workshop's state file). So the folder keeps scoring as the room, and the
 * room's agreement never counts as one more participant.
 */
import { interviewOrder, withAnswer, withTarget } from '../answers/session.js';
import { serializeAnswers } from '../answers/serialize.js';
import type { AnswerSet, AnswerValue } from '../answers/types.js';
import { optionsOf } from '../questionnaire/structure.js';
import type { Questionnaire } from '../questionnaire/types.js';
import { anonymiseAnswerSets } from '../scoring/anonymise.js';
import {
  agreedAnswers,
  consensusAgenda,
  consensusStart,
  profileQuestions,
  withCombinedAnswers,
} from '../scoring/consensus.js';
import { score } from '../scoring/score.js';
import { fileTargets, targetRank } from '../scoring/targets.js';
import type { Profile, QuestionAnswers } from '../scoring/types.js';
import { own } from '../util/own.js';

/** The hidden folder in the workshop's folder that holds the consensus file. */
export const CONSENSUS_FOLDER = '.consensus';
export const CONSENSUS_FILE = 'consensus.yaml';

/** The longest rationale kept, in characters: a few sentences on the projector, not a document. */
export const MAX_RATIONALE_LENGTH = 2000;

/** The room as the round sees it at one moment: the participants' profile and what is on the agenda. */
export interface Room {
  /** The participants' answer sets, anonymised (`Respondent N`, numbered in file-name order). */
  sets: AnswerSet[];
  profile: Profile;
  /** Question ids in the order the round takes them: the disagreements first. */
  agenda: string[];
  /** Every question with the room's counts, notes and combined value. */
  questions: Map<string, QuestionAnswers>;
}

/**
 * The room over the participants' saved answers (`source` their file name): anonymised before
 * anything is scored, so no name or role can reach the round's pages or its file. At least one set.
 */
export function roomOf(
  q: Questionnaire,
  participants: readonly AnswerSet[],
  options: { all: boolean; language: string },
): Room {
  const sets = anonymiseAnswerSets(participants);
  const profile = score(q, sets, { language: options.language });
  return {
    sets,
    profile,
    agenda: consensusAgenda(profile, { all: options.all }),
    questions: new Map(profileQuestions(profile).map((x) => [x.id, x])),
  };
}

/** A round's agreements as they start: the file read back (its combined answers dropped), or nothing agreed yet. */
export function roundStart(
  q: Questionnaire,
  room: Room,
  details: { organisation?: string; date: string; read?: AnswerSet },
): AnswerSet {
  if (details.read) return agreedAnswers(details.read);
  return consensusStart(q, room.sets, {
    ...(details.organisation !== undefined ? { organisation: details.organisation } : {}),
    date: details.date,
    source: CONSENSUS_FILE,
  });
}

/**
 * The consensus file's text: the agreements, every other question holding the room's combined
 * value, over the participants as they are now (who takes part is who takes part now, as a
 * `--resume` of the terminal round takes it).
 */
export function consensusText(q: Questionnaire, agreed: AnswerSet, room: Room, options: { schema?: string }): string {
  const now: AnswerSet = {
    ...agreed,
    participants: room.sets.length,
    sources: room.sets.map((set) => set.source),
  };
  return serializeAnswers(withCombinedAnswers(now, room.profile), {
    questionOrder: interviewOrder(q),
    unitOrder: q.dimensions.map((d) => d.id),
    ...(options.schema !== undefined ? { schema: options.schema } : {}),
  });
}

/** The answers the room may agree on for a question: its options, then don't know and not applicable where its scale allows them. */
export function agreeableValues(q: Questionnaire, id: string): AnswerValue[] {
  const { scale, options, notApplicable } = optionsOf(q, id);
  return [
    ...options.map((o) => o.value),
    ...(scale?.unknown !== false ? (['unknown'] as const) : []),
    ...(notApplicable ? (['not-applicable'] as const) : []),
  ];
}

export type RoundAction =
  | { kind: 'answer'; value: AnswerValue; rationale: string }
  /** On without agreeing: the question keeps the room's combined value (or the answer agreed before). */
  | { kind: 'skip' }
  | { kind: 'back' };

export type ParsedAction = { ok: true; action: RoundAction } | { ok: false; problem: 'no-answer' | 'too-long' | 'bad' };

/** The action a question's form posted: `action` the button pressed, `answer` the radio chosen, `rationale` the text. */
export function parseAction(form: URLSearchParams, allowed: readonly AnswerValue[]): ParsedAction {
  const button = form.get('action');
  if (button === 'skip') return { ok: true, action: { kind: 'skip' } };
  if (button === 'back') return { ok: true, action: { kind: 'back' } };
  if (button !== 'save') return { ok: false, problem: 'bad' };
  const rationale = (form.get('rationale') ?? '').replace(/\r\n?/g, '\n').trim();
  if (rationale.length > MAX_RATIONALE_LENGTH) return { ok: false, problem: 'too-long' };
  const chosen = form.get('answer');
  if (chosen === null || chosen === '') return { ok: false, problem: 'no-answer' };
  const value = allowed.find((v) => String(v) === chosen);
  if (value === undefined) return { ok: false, problem: 'bad' };
  return { ok: true, action: { kind: 'answer', value, rationale } };
}

/** The agreements after `action` on question `id`, with the round's position at `next` (the overview: none). */
export function applyAction(agreed: AnswerSet, id: string, action: RoundAction, next: string | undefined): AnswerSet {
  const set =
    action.kind === 'answer' ? withAnswer(agreed, id, { value: action.value, note: action.rationale }) : agreed;
  const session = { ...set.session, status: 'in-progress' as const };
  delete session.position;
  if (next !== undefined) session.position = next;
  return { ...set, session };
}

/** Where an action on `id` leads: the next question on the agenda, the previous one for back, the overview (undefined) past the end. */
export function nextQuestion(agenda: readonly string[], id: string, action: RoundAction): string | undefined {
  const at = agenda.indexOf(id);
  if (at < 0) return undefined;
  return action.kind === 'back' ? agenda[Math.max(at - 1, 0)] : agenda[at + 1];
}

/** The agreements finished: the round is complete (the file then says `session: {status: complete}`). */
export function finished(agreed: AnswerSet): AnswerSet {
  return { ...agreed, session: { status: 'complete' } };
}

/** Whether the room agreed on an answer to `id` (a rationale alone is no agreement). */
export function isAgreed(agreed: AnswerSet, id: string): boolean {
  return own(agreed.answers, id)?.value !== undefined;
}

/** Where the round goes on: the question it stood at, else the first on the agenda not agreed on. */
export function whereToGoOn(agreed: AnswerSet, agenda: readonly string[]): string | undefined {
  const position = agreed.session?.position;
  if (position !== undefined && agenda.includes(position)) return position;
  return agenda.find((id) => !isAgreed(agreed, id));
}

/** One dimension on the ambition page: where the room stands, what the files aim for, what was agreed (level ranks). */
export interface Ambition {
  dimension: string;
  /** The level the participants' answers reach now (0: none yet); undefined while nothing of it is answered. */
  now?: number;
  /** The highest target the participants' files set, as the round starts from it. */
  fromFiles?: number;
  /** The target the consensus file holds now. */
  agreed?: number;
}

/** Per dimension, in the questionnaire's order, where the room stands and what it aims for. */
export function ambitionsOf(q: Questionnaire, room: Room, agreed: AnswerSet): Ambition[] {
  const scored = new Map(room.profile.dimensions.map((d) => [d.id, d]));
  const files = fileTargets(room.sets, q.levels);
  return q.dimensions.map((d) => {
    const here = scored.get(d.id);
    const target = own(agreed.targets, d.id);
    const fromFiles = files.get(d.id)?.rank;
    return {
      dimension: d.id,
      ...(here && here.score !== null ? { now: here.level } : {}),
      ...(fromFiles !== undefined ? { fromFiles } : {}),
      ...(target !== undefined ? { agreed: targetRank(target, q.levels) } : {}),
    };
  });
}

/** Whether an agreed target lies below the level the room reaches now: allowed, but said in words. */
export function isBelowNow(ambition: Ambition): boolean {
  return ambition.agreed !== undefined && ambition.now !== undefined && ambition.agreed < ambition.now;
}

/** The form field of a dimension's target: a level rank, or `none`. */
export const targetField = (dimension: string) => `target-${dimension}`;

/**
 * The targets the ambition form posted, per dimension (undefined: no ambition). A dimension the
 * form leaves out keeps its target; a value that is no level's rank nor `none` refuses the whole post.
 */
export function parseTargets(
  q: Questionnaire,
  form: URLSearchParams,
): { ok: true; targets: Map<string, number | undefined> } | { ok: false } {
  const targets = new Map<string, number | undefined>();
  for (const d of q.dimensions) {
    const chosen = form.get(targetField(d.id));
    if (chosen === null) continue;
    if (chosen === 'none') targets.set(d.id, undefined);
    else if (/^[1-9][0-9]*$/.test(chosen) && Number(chosen) <= q.levels.length) targets.set(d.id, Number(chosen));
    else return { ok: false };
  }
  return { ok: true, targets };
}

/** The agreements with the chosen targets; everything else as it was. */
export function withTargets(agreed: AnswerSet, targets: ReadonlyMap<string, number | undefined>): AnswerSet {
  let set = agreed;
  for (const [dimension, rank] of targets) set = withTarget(set, dimension, rank);
  return set;
}

/**
 * Whether a form post comes from the round's own page: no `Origin` (a browser that sends none on a
 * same-origin form post), or one whose host is the host the request was sent to; and a browser's
 * `Sec-Fetch-Site`, when sent, not `cross-site`. With the secret token in the address, this keeps a
 * page elsewhere from posting choices into the round.
 */
export function isSameOriginPost(headers: { origin?: string; host?: string; 'sec-fetch-site'?: string }): boolean {
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = headers.origin;
  if (origin === undefined) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  return headers.host !== undefined && host !== '' && host === headers.host.toLowerCase();
}
