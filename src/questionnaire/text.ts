import { matchLanguage } from '../util/language.js';
import type { Text } from './types.js';

/** A text in the wanted language (or one of its region), falling back to the first language the file declares, then to any. */
export function localize(text: Text | undefined, language: string, fallback?: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  // Own keys only: `--lang constructor` must not find Object.prototype's.
  if (Object.hasOwn(text, language)) return text[language] as string;
  // `nl-BE` reads the `nl` text: a regional tag is still that language.
  const near = matchLanguage(Object.keys(text), language);
  if (near !== undefined) return text[near] as string;
  if (fallback !== undefined && Object.hasOwn(text, fallback)) return text[fallback] as string;
  return Object.values(text)[0] ?? '';
}

/** Binds a language and fallback once, for renderers that localise many texts. */
export function localizer(language: string, fallback?: string): (text: Text | undefined) => string {
  return (text) => localize(text, language, fallback);
}
