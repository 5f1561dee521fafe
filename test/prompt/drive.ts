/**
 * Drives the interview through @inquirer/testing's screen. Import this module before anything
 * that imports @inquirer/prompts: it replaces the prompts with ones bound to the test screen.
 */
import { screen as testScreen, wrapPrompt } from '@inquirer/testing/vitest';
import { vi } from 'vitest';
import type { AnswerSet } from '../../src/answers/types.js';
import { interview, type InterviewOptions, type InterviewResult } from '../../src/prompt/interview.js';
import { nl } from '../../src/prompt/messages.js';
import { terminalPrompts } from '../../src/prompt/terminal/prompts.js';
import type { Questionnaire } from '../../src/questionnaire/types.js';
import { freshAnswers } from './scan.js';

// The interview's own list prompt is bound to the test screen too.
vi.mock('../../src/prompt/terminal/list-prompt.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/prompt/terminal/list-prompt.js')>();
  return { ...actual, listPrompt: wrapPrompt(actual.listPrompt) };
});

// A value, not a re-export: vi.mock above turns this module's imports into variables.
export const screen = testScreen;
export { loadScan } from './scan.js';

export interface Run {
  result: Promise<InterviewResult>;
  /** Every set handed to save, in order (copies). */
  saves: AnswerSet[];
  last(): AnswerSet;
}

/** Starts an interview (Dutch, no details asked unless given) and waits for its first prompt. */
export async function start(q: Questionnaire, options: Partial<InterviewOptions> = {}): Promise<Run> {
  const saves: AnswerSet[] = [];
  const result = interview({
    questionnaire: q,
    answers: freshAnswers(q),
    language: 'nl',
    messages: nl,
    save: async (set) => void saves.push(structuredClone(set)),
    ...options,
    // The terminal speaks the interview's language: its key help comes from the same catalogue.
    prompts: terminalPrompts({ messages: options.messages ?? nl }),
  });
  // A first prompt may already be on screen (details are asked at once; questions after a save).
  if (!screen.getScreen()) await screen.next();
  return { result, saves, last: () => saves.at(-1) as AnswerSet };
}

/** Enter: ends the prompt and waits until the next one is on screen. */
export async function enter(): Promise<void> {
  screen.keypress('enter');
  await screen.next();
}

/** Picks list entry `n` by its number (fewer than 10: chosen at once), then waits for the next prompt. */
export async function choose(n: number): Promise<void> {
  screen.type(String(n));
  await screen.next();
}

/** Presses an entry's letter (`w`, `s`, `b`, …), which chooses it, then waits for the next prompt. */
export async function press(letter: string): Promise<void> {
  screen.type(letter);
  await screen.next();
}

/** Types a line (a note, a name) and confirms it. */
export async function typeLine(text: string): Promise<void> {
  if (text) screen.type(text);
  await enter();
}

/** The current prompt as plain text. */
export function shown(): string {
  return screen.getScreen();
}

/** Picks entry `n` of the last prompt (nothing follows it): await the interview's result next. */
export function chooseLast(n: number): void {
  screen.type(String(n));
}
