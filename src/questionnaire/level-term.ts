/**
 * What a model calls its levels ("fase", "maturity level"), in one language: the word the tool's
 * own texts (reports, interview, answer templates) use wherever they speak of levels. A
 * questionnaire or its model names it in `levelTerm`; without one the tool says "level".
 */
import { baseLanguage, pickCatalogue } from '../util/language.js';
import { localize } from './text.js';
import type { Questionnaire } from './types.js';

export interface LevelTerm {
  singular: string;
  plural: string;
}

/** The tool's own word, for questionnaires that name none. */
const DEFAULT_TERMS: { en: LevelTerm; nl: LevelTerm } = {
  en: { singular: 'level', plural: 'levels' },
  nl: { singular: 'niveau', plural: 'niveaus' },
};

export function defaultLevelTerm(language: string): LevelTerm {
  return pickCatalogue(DEFAULT_TERMS, language);
}

/**
 * A questionnaire's term for texts in `language` (`nl-BE` takes the `nl` one). The default when
 * it names none, or when it has no texts in that language: the tool's words around the term are
 * in `language`, and must not frame a word of another.
 */
export function levelTermOf(q: Pick<Questionnaire, 'levelTerm' | 'languages'>, language: string): LevelTerm {
  // The tool's words are English for a language it has no texts in: the term must be English too.
  const words = baseLanguage(language) in DEFAULT_TERMS ? language : 'en';
  const own = q.languages.includes(words) ? words : q.languages.find((l) => baseLanguage(l) === baseLanguage(words));
  if (q.levelTerm === undefined || own === undefined) return defaultLevelTerm(words);
  const { singular, plural } = q.levelTerm;
  // Only a term the questionnaire gives in this very language (both forms); never another's word.
  const has = (text: typeof singular) => typeof text === 'string' || own in text;
  if (!has(singular) || !has(plural)) return defaultLevelTerm(words);
  return { singular: localize(singular, own), plural: localize(plural, own) };
}

/**
 * The term for labels in `language` of a profile (or comparison): the one it was scored with when
 * that was in the same language, else the default (profiles written before `levelTerm` have none).
 */
export function profileLevelTerm(
  profile: { language: string; levelTerm?: LevelTerm },
  language: string = profile.language,
): LevelTerm {
  return profile.levelTerm !== undefined && baseLanguage(profile.language) === baseLanguage(language)
    ? profile.levelTerm
    : defaultLevelTerm(language);
}

/**
 * Dutch articles agree with the noun: `het eerste niveau`, `de eerste fase`. Level words that are
 * neuter (a compound takes the gender of its last part: `volwassenheidsniveau`); others take `de`.
 */
const DUTCH_NEUTER = /(niveau|stadium|level)$/i;

export function dutchArticle(term: LevelTerm): 'de' | 'het' {
  return DUTCH_NEUTER.test(term.singular.trim()) ? 'het' : 'de';
}
