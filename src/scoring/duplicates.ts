/** Answer sets scored together that are likely the same one twice: a file copied under another name, a row exported twice. */
import type { AnswerSet } from '../answers/types.js';
import { own } from '../util/own.js';
import { organisationKey } from './group.js';

/** A later answer set (`copy`) that has the name and the answers of an earlier one (`first`). */
export interface LikelyDuplicate<T> {
  first: T;
  copy: T;
}

/** The values given, by question id, in one text: two sets with the same answers have the same key. Notes do not count. */
function answersKey(answers: AnswerSet['answers']): string {
  const given: string[] = [];
  for (const id in answers) {
    const value = own(answers, id)?.value;
    if (value !== undefined) given.push(`${id}\u0000${value}`);
  }
  return given.sort().join('\u0001');
}

/**
 * Each answer set with a respondent name that an earlier set has too (in case and spacing as
 * organisations are matched) and with the same value for every question, paired with the first such
 * set; in input order. A set without a name is never one: nothing then tells a copy from two people
 * who answered alike.
 */
export function likelyDuplicates<T extends Pick<AnswerSet, 'respondent' | 'answers'>>(
  sets: readonly T[],
): LikelyDuplicate<T>[] {
  const seen = new Map<string, T>();
  const out: LikelyDuplicate<T>[] = [];
  for (const set of sets) {
    const name = set.respondent?.name?.trim();
    if (!name) continue;
    const key = `${organisationKey(name)}\u0002${answersKey(set.answers)}`;
    const first = seen.get(key);
    if (first) out.push({ first, copy: set });
    else seen.set(key, set);
  }
  return out;
}
