/**
 * How much room a text takes on a slide, estimated without a browser: character widths of DejaVu
 * Sans (measured in Chromium at 24 px; the widest of the usual system fonts, so a narrower font only
 * leaves more room), and words wrapped onto lines as a browser wraps them. Pure.
 */

/** Widths in em of regular (400) text, measured in Chromium, by groups of characters of about the same width. */
const WIDTHS: [string, number][] = [
  [" .,:;·'|!", 0.32],
  ['ijlïI', 0.29],
  ['frtJ-()/›[]', 0.4],
  ['szc?"', 0.55],
  ['kvxy–*', 0.6],
  ['aeoëéöáàè', 0.615],
  ['bdghnpquü', 0.635],
  ['0123456789', 0.64],
  ['EFLPSTY', 0.64],
  ['ABCKRVXZ', 0.71],
  ['DGHNOQU', 0.79],
  ['wMW→…', 0.99],
  ['m', 0.98],
];
const EM = new Map(WIDTHS.flatMap(([chars, em]) => [...chars].map((c) => [c, em] as const)));

/** The width of a character in em; one not measured counts as a wide letter. */
function charEm(c: string): number {
  return EM.get(c) ?? 0.72;
}

/** A run of text in one weight. */
export interface Run {
  text: string;
  bold?: boolean;
}

/** Bold text is about a tenth wider (more for narrow letters, less for wide ones). */
const BOLD = 1.1;
/** Room kept on each line for what the table does not know (kerning, fallback fonts). */
const SLACK = 1;

/** The width in px of a text at `size` px. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const c of text) em += charEm(c);
  return em * size * (bold ? BOLD : 1) * SLACK;
}

/**
 * The lines runs of text take in a box `width` px wide, wrapped at spaces as a browser does: a
 * word that does not fit goes to the next line (a word wider than the box takes as many lines as
 * it covers). `indent`: px of the first line taken before the text (a box in front of it).
 */
export function wrappedLines(runs: readonly Run[] | string, width: number, size = 24, indent = 0): number {
  const list = typeof runs === 'string' ? [{ text: runs }] : runs;
  const space = textWidth(' ', size);
  let lines = 1;
  let used = indent;
  for (const run of list)
    for (const word of run.text.split(/\s+/)) {
      if (word === '') continue;
      const w = textWidth(word, size, run.bold);
      if (used > 0 && used + space + w > width) {
        lines++;
        used = 0;
      }
      if (used === 0 && w > width) {
        lines += Math.ceil(w / width) - 1;
        used = w % width;
      } else used += (used > 0 ? space : 0) + w;
    }
  return lines;
}
