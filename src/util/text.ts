/**
 * Word wrapping for every plain-text output: the terminal reports, the interview's prompts, the
 * comments in answer templates and the labels in SVG charts. Pure.
 */

/** Width of a string as a terminal shows it, ignoring colour codes. */
export function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex
  return [...text.replace(/\u001b\[[0-9;]*m/g, '')].length;
}

export interface WrapOptions {
  /** Cut a word longer than the width into pieces (default). False keeps it whole on a line of
   *  its own, wider than asked: for text that may overflow, such as comments and SVG labels. */
  cut?: boolean;
}

/**
 * Splits text into lines at spaces; each `\n` starts a new line. Line k is at most `widthOf(k)`
 * characters; a longer word is cut unless `cut` is false.
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
        lines.push([...rest].slice(0, width).join(''));
        rest = [...rest].slice(width).join('');
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

/** The first letter in upper case: for a word that starts a label (`fase` → `Fase`). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
