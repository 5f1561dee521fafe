/**
 * How much a YAML text would make the parser build, counted before it builds anything. The parser's
 * syntax tree of a 5 MB flow list took 2 GB and half a minute, and a million aliases took 11 s to
 * compose before the alias limit refused them; a count of the lexer's tokens takes a fraction of that.
 */
import lazy from '../lazy/modules.cjs';

const { yamlLibrary } = lazy;

/**
 * Keys, values, list items and the punctuation between them. The full ODG scan has about 4,000;
 * the parser builds this many in about a second.
 */
export const MAX_TOKENS = 200_000;
/** Far more than anyone writes by hand; the alias limit of toJS refuses far fewer per anchor. */
export const MAX_ALIASES = 10_000;

/** The lexer's token types that the count includes: every node starts with one, or follows one. */
const COUNTED = new Set([
  'scalar',
  'single-quoted-scalar',
  'double-quoted-scalar',
  'alias',
  'flow-map-start',
  'flow-seq-start',
  'seq-item-ind',
  'explicit-key-ind',
  'map-value-ind',
  'comma',
]);

/**
 * At least as many as the counted tokens: each starts with one of these characters, or is a plain
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
  // The lexer stops as soon as a limit is passed.
  const { Lexer, CST } = yamlLibrary();
  let tokens = 0;
  let aliases = 0;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    if (type === null || !COUNTED.has(type)) continue;
    if (++tokens > MAX_TOKENS) return 'tokens';
    if (type === 'alias' && ++aliases > MAX_ALIASES) return 'aliases';
  }
  return undefined;
}
