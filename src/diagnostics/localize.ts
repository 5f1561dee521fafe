/** Findings said in the user's language, just before they are rendered. */
import { sayFinding } from './messages.js';
import type { Diagnostic } from './types.js';

/** The finding with its message in `language` (English for a language without a catalogue). */
export function localizeFinding(d: Diagnostic, language: string): Diagnostic {
  return d.text ? { ...d, message: sayFinding(d.text, language) } : d;
}

export function localizeFindings(list: readonly Diagnostic[], language: string): Diagnostic[] {
  return list.map((d) => localizeFinding(d, language));
}
