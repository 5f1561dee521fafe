/** Answer files as data (schemas/answers.schema.json is the published contract). */
import { own } from '../util/own.js';

export type AnswerValue = number | 'unknown' | 'not-applicable';

export interface Answer {
  value?: AnswerValue;
  note?: string;
  /**
   * `combined`: in a consensus file, a question the room did not discuss; `value` is then the
   * participants' combined value (which may lie between options, a mean), not an agreement.
   */
  basis?: 'combined';
}

export interface SessionState {
  status: 'in-progress' | 'complete';
  /** The language the interview was held in: a resume speaks it unless told otherwise. */
  language?: string;
  position?: string;
  skipped?: string[];
  updated?: string;
}

/** One respondent's answers, normalised: every answer as `{value, note}`. */
export interface AnswerSet {
  /** Where it came from (file path, or `file#row` for CSV), for messages and reports. */
  source: string;
  questionnaire: string;
  version?: string;
  organisation?: string;
  respondent?: { name?: string; role?: string };
  /** `consensus`: the answers a group agreed on in a consensus round (`datascan consensus`). */
  basis?: 'consensus';
  /** In a consensus file: how many answer sets the round was held over. */
  participants?: number;
  /** In a consensus file: the names of the answer files the round was held over. */
  sources?: string[];
  date?: string;
  /** Unit id → the level aimed for: its rank, or its id. */
  targets?: Record<string, number | string>;
  answers: Record<string, Answer>;
  session?: SessionState;
  /** Set when the answers were given to an earlier version and carried over to the questionnaire's: what that did. */
  migration?: MigrationSummary;
  /** Named only by its number (`--anonymise`): its notes are then by nobody. */
  anonymised?: true;
}

/** What a migration did to one answer set: the numbers every report states. */
export interface MigrationSummary {
  /** The version that was answered. */
  from: string;
  /** The version the answers now belong to (the questionnaire's). */
  to: string;
  /** The versions passed through, `from` first and `to` last. */
  versions: string[];
  /** Answers that carried over (renamed ones included). */
  carried: number;
  /** Answers moved to another id: earlier id → current id. */
  renamed: { from: string; to: string }[];
  /** Answers that no longer count, with what was written, so nothing a person wrote disappears. */
  /** `renamedTo`: renamed, but to an id that already has an answer (which is kept). */
  dropped: { id: string; answer: Answer; renamedTo?: string }[];
  /** Questions new since `from` (added, or asked anew under a dropped id) that the answers leave open. */
  newOpen: string[];
}

/** The file form, as written: answers may be bare values. */
export interface AnswerFile extends Omit<AnswerSet, 'source' | 'answers' | 'migration' | 'anonymised'> {
  /** `null`: left empty (unanswered), as in a file from `datascan template`. */
  answers: Record<string, AnswerValue | Answer | null>;
}

export function normaliseAnswers(file: AnswerFile, source: string): AnswerSet {
  const answers: Record<string, Answer> = {};
  // for-in, not Object.entries: a batch normalises millions of answers, and the pairs are garbage.
  for (const id in file.answers) {
    const raw = own(file.answers, id);
    if (raw === null || raw === undefined) continue;
    answers[id] = typeof raw === 'object' ? { ...raw } : { value: raw };
  }
  return { ...file, source, answers };
}
