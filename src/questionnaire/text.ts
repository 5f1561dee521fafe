import type { Text } from './types.js';

/** A text in the wanted language, falling back to the first language the file declares, then to any. */
export function localize(text: Text | undefined, language: string, fallback?: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[language] ?? (fallback !== undefined ? text[fallback] : undefined) ?? Object.values(text)[0] ?? '';
}

/** Binds a language and fallback once, for renderers that localise many texts. */
export function localizer(language: string, fallback?: string): (text: Text | undefined) => string {
  return (text) => localize(text, language, fallback);
}
