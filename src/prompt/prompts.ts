/**
 * The seam between the interview and whoever shows it: one function per kind of view. The
 * terminal's are in terminal/prompts.ts; a web form or a workshop server can bring its own.
 */
import type {
  ConfirmAction,
  ConfirmView,
  DetailView,
  NoteView,
  QuestionAction,
  QuestionView,
  ReviewAction,
  ReviewView,
  SaveFailedAction,
  SaveFailedView,
  SaveToView,
  TargetAction,
  TargetView,
} from './views.js';

/**
 * Each shows its view and resolves with what was chosen or typed. To stop the interview (its
 * answers are saved), reject with an error named `ExitPromptError` or `AbortPromptError`.
 */
export interface Prompts {
  detail(view: DetailView): Promise<string>;
  question(view: QuestionView): Promise<QuestionAction>;
  /** `typing`, when given, is told the text as it is typed: a stop (Ctrl-C) then keeps it. */
  note(view: NoteView, typing?: (text: string) => void): Promise<string>;
  review(view: ReviewView): Promise<ReviewAction>;
  confirm(view: ConfirmView): Promise<ConfirmAction>;
  target(view: TargetView): Promise<TargetAction>;
  saveFailed(view: SaveFailedView): Promise<SaveFailedAction>;
  saveTo(view: SaveToView): Promise<string>;
}

/** Ctrl-C in a prompt (ExitPromptError) or an aborted signal (AbortPromptError). */
export function isCancel(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}
