/**
 * Word wrapping for every plain-text output: the terminal reports, the interview's prompts, the
 * comments in answer templates and the labels in SVG charts. Pure. Widths are what a terminal
 * shows (string-width): colour codes take none, combining accents none, emoji and CJK two columns.
 */
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

/**
 * Characters of one column each, with no escape sequence among them: printable ASCII and Latin-1
 * (no soft hyphen), which is nearly all of a Dutch or English report. A table of the full scan
 * measures thousands of words, and string-width costs a hundred times more per word.
 */
const ONE_COLUMN_EACH = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u00ff]*$/;

/** Width of a string as a terminal shows it, ignoring colour codes. */
export function visibleLength(text: string): number {
  return ONE_COLUMN_EACH.test(text) ? text.length : stringWidth(text);
}

export interface WrapOptions {
  /** Cut a word longer than the width into pieces (default). False keeps it whole on a line of
   *  its own, wider than asked: for text that may overflow, such as comments and SVG labels. */
  cut?: boolean;
}

/**
 * Splits text into lines at spaces; each `\n` starts a new line. Line k is at most `widthOf(k)`
 * columns; a longer word starts a line of its own and is cut unless `cut` is false. Lines are
 * filled here, not by wrap-ansi, because the first line of a hanging wrap has a width of its own;
 * wrap-ansi cuts the long words, between characters and never inside an escape sequence.
 */
function wrapLines(text: string, widthOf: (line: number) => number, options: WrapOptions): string[] {
  const cut = options.cut ?? true;
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      let rest = word;
      while (cut && visibleLength(rest) > widthOf(lines.length + (line ? 1 : 0))) {
        if (line) {
          lines.push(line);
          line = '';
        }
        const width = widthOf(lines.length);
        const pieces = wrapAnsi(rest, width, { hard: true }).split('\n');
        // All pieces but the last go on lines of this width; a line of another width (after the
        // first of a hanging wrap) cuts what is left again.
        let taken = 0;
        while (taken < pieces.length - 1 && (taken === 0 || widthOf(lines.length) === width))
          lines.push(pieces[taken++]!);
        rest = pieces.slice(taken).join('');
        // One character wider than the line (an emoji in a one-column cell) stays whole.
        if (taken === 0) break;
      }
      if (!line) line = rest;
      else if (visibleLength(line) + 1 + visibleLength(rest) <= widthOf(lines.length)) line += ` ${rest}`;
      else {
        lines.push(line);
        line = rest;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Splits text into lines of at most `width` characters at spaces; longer words are cut (see WrapOptions). */
export function wrap(text: string, width: number, options: WrapOptions = {}): string[] {
  return wrapLines(text, () => width, options);
}

export interface HangingWrapOptions extends WrapOptions {
  /** What starts the lines after the first; default as many spaces as the prefix is wide. */
  indent?: string;
}

/**
 * Wraps with a first-line prefix and an indent for the lines after it, so that every line,
 * prefix included, stays within `width` (the text keeps at least 10 characters a line).
 */
export function hangingWrap(prefix: string, text: string, width: number, options: HangingWrapOptions = {}): string[] {
  const indent = options.indent ?? ' '.repeat(visibleLength(prefix));
  const first = Math.max(10, width - visibleLength(prefix));
  const rest = Math.max(10, width - visibleLength(indent));
  return wrapLines(text, (k) => (k === 0 ? first : rest), options).map((line, i) => (i === 0 ? prefix : indent) + line);
}

/** The parts that are there, joined: `a and b`, or `a` alone (`false` parts are left out). */
export function listed(parts: readonly (string | false)[], and: string): string {
  return parts.filter((p): p is string => p !== false).join(` ${and} `);
}

/** The first letter in upper case: for a word that starts a label (`fase` → `Fase`). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * What tells each text of a list apart from the texts next to it: the words after those it shares
 * with the one before or after it (whichever shares more), with `…` for the words left out. A text
 * that shares no leading word with them, or nothing but leading words, stays whole.
 */
export function distinctEndings(texts: readonly string[]): string[] {
  const words = texts.map((text) => text.split(/\s+/).filter(Boolean));
  const shared = (a: readonly string[], b: readonly string[] | undefined) => {
    let n = 0;
    while (b && n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
  };
  return words.map((mine, i) => {
    const n = Math.max(shared(mine, words[i - 1]), shared(mine, words[i + 1]));
    return n === 0 || n >= mine.length ? mine.join(' ') : `…${mine.slice(n).join(' ')}`;
  });
}

/**
 * `text` on one line of `width`: cut after the last word that fits, with an ellipsis, so no word
 * is shown in part (only a single word longer than the line is).
 */
export function truncate(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= width) return flat;
  const room = flat.slice(0, Math.max(1, width - 1));
  const space = flat[room.length] === ' ' ? room.length : room.lastIndexOf(' ');
  return `${space > 0 ? room.slice(0, space) : room}…`;
}
