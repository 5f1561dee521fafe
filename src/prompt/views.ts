/**
 * What the interview shows, as plain data: one view per prompt. Texts are in the interview's
 * language but unstyled and unwrapped, so a terminal, a web form or a workshop server can each
 * draw the same interview in its own way. A front end answers a view with one of the actions it
 * offers (or, for a typed field, the text typed).
 *
 * Every view may carry `notices`: what the host had to say since the previous view (the file the
 * answers are saved to, what a resume changed), to be shown once, with this view.
 */
import type { AnswerValue } from '../answers/types.js';

export type DetailField = 'organisation' | 'name' | 'role';

/** Something to choose that is not an option of the question itself, and what choosing it answers. */
export interface ActionView<A> {
  action: A;
  label: string;
}

/** A detail of the answer file, asked before the questions; answered with the text typed (empty: none). */
export interface DetailView {
  kind: 'detail';
  field: DetailField;
  /** `Organisatie`. */
  label: string;
  notices?: string[];
}

export type QuestionAction =
  | { kind: 'answer'; value: AnswerValue }
  /** To the previous question, or back to the review when the question was opened from there. */
  | { kind: 'back' }
  /** On without answering: a skip, or "next" when the question has an answer that stays. */
  | { kind: 'skip' }
  | { kind: 'review' };

/** An option of the question's scale; choosing it answers `{ kind: 'answer', value }`. */
export interface OptionView {
  /**
   * The number it is shown with and picked by (the digit key in the terminal): its value where the
   * question's values are distinct whole numbers from 0 to 9, so a digit picks the same value on
   * every question, and paper templates agree; else its place in the list, from 1.
   */
  number: number;
  value: number;
  label: string;
  description?: string;
  /** Choosing it means a legal duty is not met: the screen marks it in words. */
  belowLegalFloor?: true;
}

export interface QuestionView {
  kind: 'question';
  id: string;
  /** Where the question sits: the names of its dimension and, when it has them, its subdimension and group. */
  place: string[];
  /** Its place in the interview order, from 1, of `total`. */
  number: number;
  total: number;
  /** `vraag 12 van 51`; while the questions a migration left open are asked, `vraag 2 van 17 nieuwe of gewijzigde vragen`. */
  counter: string;
  /** Questions answered so far (a "don't know" counts). */
  answered: number;
  /** `3 van 51 beantwoord`. */
  answeredText: string;
  text: string;
  help?: string;
  /** Its quality criteria: what a good answer looks like. */
  criteria?: string[];
  /** How to answer, the questionnaire's: only with the first question the session shows. */
  instructions?: string;
  options: OptionView[];
  /**
   * The other choices, in order: the answers the scale allows besides its options (don't know,
   * not applicable), then the ways on (back, skip or next, overview).
   */
  extras: ActionView<QuestionAction>[];
  /** The answer already given, when the question is revisited. */
  current?: { value: AnswerValue; label: string };
  /** The note the question already has: shown with the question, before anything is chosen. */
  note?: string;
  /** In a consensus round: what the participants answered and wrote, never who. */
  room?: RoomView;
  notices?: string[];
}

/** What a room answered to a question, as its consensus round shows it above the choice. */
export interface RoomView {
  /** `Antwoorden van 6 deelnemers`. */
  heading: string;
  /** Every option (zeros too), then don't know, not applicable and no answer where given. */
  counts: { label: string; count: number }[];
  /** How many participants the counts cover: what a bar is measured against. */
  total: number;
  /** `gemiddelde 2,5 · mediaan 2,5`; absent when nobody chose an option. */
  centre?: string;
  /** `Notities (anoniem)`, over `notes`. */
  notesHeading: string;
  /** What participants wrote with their answers, by nobody. */
  notes: string[];
}

/** Asked right after an answer is chosen (and saved); answered with the note (empty: none). */
export interface NoteView {
  kind: 'note';
  question: { id: string; text: string };
  /** The label of the answer just chosen. */
  answer: string;
  /** `Notitie`. */
  label: string;
  /** The note the answer already had: what an unchanged field answers. */
  current?: string;
  notices?: string[];
}

/** Choosing a listed question answers `{ kind: 'jump', question: id }`. */
export type ReviewAction =
  { kind: 'finish' } | { kind: 'targets' } | { kind: 'restart' } | { kind: 'jump'; question: string };

/** An open question in the review. */
export interface ReviewQuestionView {
  id: string;
  /** The names of its dimension and, when it has one, its subdimension. */
  place: string[];
  text: string;
  /**
   * What tells it apart from the questions listed next to it: its text after the words it shares
   * with them (`…help the municipality organise its operations?`), or the whole text.
   */
  distinct: string;
}

/** Questions still open, to jump to; a group is left out when it has none. */
export interface ReviewGroupView {
  status: 'unanswered' | 'unknown';
  /** `Weet niet (2)`. */
  heading: string;
  questions: ReviewQuestionView[];
}

export interface ReviewView {
  kind: 'review';
  title: string;
  /** How many questions are answered, and how many are open, in a sentence. */
  summary: string;
  /** How to answer, the questionnaire's, when it has any: here to read again. */
  instructions?: string;
  answered: number;
  total: number;
  /** Chosen unless something else is. */
  finish: ActionView<ReviewAction>;
  groups: ReviewGroupView[];
  /** After the open questions: the targets and going through every question again, where there are any. */
  actions: ActionView<ReviewAction>[];
  notices?: string[];
}

export type ConfirmAction = { kind: 'no' } | { kind: 'yes' };

/**
 * A choice that asks to be sure: finishing with questions still open, a target below the level
 * reached. `no` (back, choose again) comes first and is chosen unless something else is.
 */
export interface ConfirmView {
  kind: 'confirm';
  /** `Nog 14 van 17 vragen zijn niet beantwoord. Toch afronden?`. */
  question: string;
  no: ActionView<ConfirmAction>;
  yes: ActionView<ConfirmAction>;
  notices?: string[];
}

export type TargetAction = { kind: 'level'; rank: number } | { kind: 'none' };

/** A level to aim for; choosing it answers `{ kind: 'level', rank }`. */
export interface LevelView {
  /** 1..N in the questionnaire's order of levels. */
  rank: number;
  label: string;
  description?: string;
}

/** The ambition for one dimension, asked for each in turn. */
export interface TargetView {
  kind: 'target';
  /** `Ambitie`. */
  title: string;
  dimension: { id: string; name: string };
  /** Which dimension of how many, from 1. */
  number: number;
  total: number;
  /** `Welke fase wilt u bereiken voor Beleid?`, in the words the questionnaire uses for its levels. */
  question: string;
  levels: LevelView[];
  /** The label of `{ kind: 'none' }`: no ambition for this dimension. */
  none: string;
  /** The rank set before. */
  current?: number;
  /** Where the dimension stands by the answers so far: its level (0: below the first), said in words. */
  now?: { rank: number; text: string };
  notices?: string[];
}

export type SaveFailedAction =
  /** The save that failed, once more (after room was made, say). */
  | { kind: 'retry' }
  /** Type another file to save to (the `SaveToView`); the interview goes on there. */
  | { kind: 'elsewhere' }
  /** End the interview: what was not saved is lost. */
  | { kind: 'stop' };

/**
 * A save failed (a full disk, a folder gone): the interview stays open, with every answer still
 * held, until a save succeeds or the person stops.
 */
export interface SaveFailedView {
  kind: 'save-failed';
  /** `kan antwoorden.yaml niet opslaan: ENOSPC (de schijf is vol)`. */
  problem: string;
  /** That nothing typed is lost while the interview stays open. */
  kept: string;
  /** Try again (chosen unless something else is), save elsewhere (when the host can), stop. */
  actions: ActionView<SaveFailedAction>[];
  notices?: string[];
}

/** The file to save to instead; answered with the name typed (empty: back to the `SaveFailedView`). */
export interface SaveToView {
  kind: 'save-to';
  /** `Ander antwoordbestand (.yaml of .json)`. */
  label: string;
  notices?: string[];
}

export type InterviewView =
  DetailView | QuestionView | NoteView | ReviewView | ConfirmView | TargetView | SaveFailedView | SaveToView;
