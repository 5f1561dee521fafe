/** Which answer sets are scored together. */
import type { AnswerSet } from '../answers/types.js';

/** Organisations match when they differ only in case and spacing (`Gemeente  voorbeeld`). */
export function organisationKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The organisations answer sets name, one per `organisationKey` (as first spelled, trimmed), in order
 * of first appearance. More than one means a group profile mixes organisations and names none.
 */
export function organisationsNamed(sets: readonly Pick<AnswerSet, 'organisation'>[]): string[] {
  const names = new Map<string, string>();
  for (const set of sets) {
    const name = set.organisation?.trim();
    if (name && !names.has(organisationKey(name))) names.set(organisationKey(name), name);
  }
  return [...names.values()];
}

/**
 * Groups answer sets of the same questionnaire and organisation, in order of first appearance.
 * A set that names no organisation cannot be matched with others and stays on its own.
 * `questionnaireOf` gives the questionnaire's id (an answer file may name it by path instead).
 */
export function groupByOrganisation<T extends Pick<AnswerSet, 'questionnaire' | 'organisation'>>(
  sets: readonly T[],
  questionnaireOf: (set: T) => string = (set) => set.questionnaire,
): T[][] {
  const groups = new Map<string, T[]>();
  const out: T[][] = [];
  for (const set of sets) {
    const organisation = set.organisation?.trim();
    if (!organisation) {
      out.push([set]);
      continue;
    }
    const key = `${questionnaireOf(set)}\u0000${organisationKey(organisation)}`;
    let group = groups.get(key);
    if (!group) {
      group = [];
      groups.set(key, group);
      out.push(group);
    }
    group.push(set);
  }
  return out;
}
