/**
 * Anonymity (`--anonymise`): answer sets whose respondents are named only by their number, before
 * anything is scored or said about them, so that no report or finding can name them. Pure.
 */
import type { AnswerSet } from '../answers/types.js';

export interface AnonymityOptions {
  /** Roles stay (`--keep-roles`): by default they go, as a role ("wethouder") often names one person. */
  keepRoles?: boolean;
}

/** What an anonymised respondent is called, in every language ("respondent" is Dutch too). */
export function respondentLabel(n: number): string {
  return `Respondent ${n}`;
}

/** A source split into its file and, for a row of a table file (`file#row-12`), the row's line. */
function sourceParts(source: string): { file: string; row: number } {
  const match = /^(.*)#row-(\d+)$/.exec(source);
  return match ? { file: match[1]!, row: Number(match[2]) } : { file: source, row: 0 };
}

/**
 * The order respondents are numbered in: by file name (the path as given, compared character by
 * character, so the same on every machine and locale), the rows of one table file in row order.
 */
export function compareSources(a: string, b: string): number {
  const x = sourceParts(a);
  const y = sourceParts(b);
  if (x.file !== y.file) return x.file < y.file ? -1 : 1;
  return x.row - y.row;
}

/**
 * The answer set as respondent `n`: its name and its source (a file is often named after its
 * respondent) become `Respondent n`, its role goes unless kept. `anonymised` marks it, so that
 * its notes are by nobody.
 */
export function anonymiseAnswerSet(set: AnswerSet, n: number, options: AnonymityOptions = {}): AnswerSet {
  const label = respondentLabel(n);
  const role = options.keepRoles ? set.respondent?.role : undefined;
  return {
    ...set,
    source: label,
    respondent: { name: label, ...(role !== undefined ? { role } : {}) },
    anonymised: true,
  };
}

/** Every answer set anonymised, numbered 1…N in the order of their sources (`compareSources`); in the order given. */
export function anonymiseAnswerSets(sets: readonly AnswerSet[], options: AnonymityOptions = {}): AnswerSet[] {
  const numbers = new Map(
    [...sets].sort((a, b) => compareSources(a.source, b.source)).map((set, i) => [set, i + 1] as const),
  );
  return sets.map((set) => anonymiseAnswerSet(set, numbers.get(set)!, options));
}
