/**
 * How much a YAML text would make the reader build, worked out before it builds any value: a cheap
 * bound on the characters first, and only for a text that may be over a limit, a count of the
 * parser's events (a 5 MB flow list is a million of them, read in under a second).
 */
import lazy from '../lazy/modules.cjs';

import { MAX_DEPTH } from './limits.js';

const { jsYamlLibrary } = lazy;

/** Keys, values, lists and mappings (the parser's events). The full ODG scan has about 2,000. */
export const MAX_TOKENS = 200_000;
/** Far more than anyone writes by hand; the expansion limit of the reader refuses far fewer per anchor. */
export const MAX_ALIASES = 10_000;

/**
 * At least as many as the counted events: each starts with one of these characters, or is a plain
 * scalar, which comes at the start or after one of them (a line break, an indicator, the end of a
 * flow collection). Most texts are decided by this alone; only one that may be over a limit is lexed.
 */
export function tokenBound(text: string): number {
  let marks = 0;
  for (let i = 0; i < text.length; i++) {
    switch (text.charCodeAt(i)) {
      case 10: // line break
      case 34: // "
      case 39: // '
      case 42: // *
      case 44: // ,
      case 45: // -
      case 58: // :
      case 62: // >
      case 63: // ?
      case 91: // [
      case 93: // ]
      case 123: // {
      case 124: // |
      case 125: // }
        marks++;
    }
  }
  return marks * 2 + 1;
}

/** At least as many as the aliases: each starts with a star. */
function aliasBound(text: string): number {
  let stars = 0;
  for (let i = text.indexOf('*'); i >= 0; i = text.indexOf('*', i + 1)) stars++;
  return stars;
}

/** Which limit a text passes, if any. */
export function excessOf(text: string): 'tokens' | 'aliases' | undefined {
  if (tokenBound(text) <= MAX_TOKENS && aliasBound(text) <= MAX_ALIASES) return undefined;
  // Counted on js-yaml's events, which cost little more than the text itself; a text it cannot
  // parse is left to the reader to say so.
  let events;
  try {
    events = jsYamlLibrary().parseEvents(text, { maxDepth: MAX_DEPTH + 1 });
  } catch {
    return undefined;
  }
  let tokens = 0;
  let aliases = 0;
  for (const event of events) {
    if (event.type === 1 || event.type === 6) continue;
    if (++tokens > MAX_TOKENS) return 'tokens';
    if (event.type === 5 && ++aliases > MAX_ALIASES) return 'aliases';
  }
  return undefined;
}
