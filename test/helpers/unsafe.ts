/**
 * The characters a terminal acts on, which src/util/safe-text.ts must not let through: listed here
 * by code point, apart from its regular expressions, so tests check it rather than repeat it.
 */
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const UNSAFE_CODE_POINTS: ReadonlySet<number> = new Set([
  ...range(0x00, 0x1f),
  0x7f,
  ...range(0x80, 0x9f),
  0x061c,
  0x200e,
  0x200f,
  ...range(0x202a, 0x202e),
  ...range(0x2066, 0x2069),
]);

/** Each such character in `text` as `U+1B` with its place; line feeds and tabs count only with `lineBreaks: false`. */
export function unsafeCharacters(text: string, { lineBreaks = true } = {}): string[] {
  const found: string[] = [];
  let index = 0;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (UNSAFE_CODE_POINTS.has(code) && (!lineBreaks || (code !== 0x0a && code !== 0x09)))
      found.push(
        `U+${code.toString(16).toUpperCase()} at ${index}: ${JSON.stringify(text.slice(Math.max(0, index - 20), index + 5))}`,
      );
    index += character.length;
  }
  return found;
}
