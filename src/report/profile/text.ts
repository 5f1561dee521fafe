/**
 * Plain-text building blocks for the profile reports: the bar chart, word wrapping and a
 * borderless column layout that keeps to a width. Pure; colour only through the Style given.
 */
import type { Profile } from '../../scoring/types.js';
import type { Style } from '../../util/style.js';

/** Cells in a bar: 12 divides evenly into 2, 3, 4 and 6 phases. */
export const BAR_CELLS = 12;

/**
 * A bar in plain characters: `#` up to the score, `-` after, and `|` inserted where the target's
 * threshold lies, all on the scale from the lowest to the highest option value:
 * `[#####---|---]`. Without a score the bar is empty; without a target it has no marker.
 */
export function bar(score: number | null, targetValue: number | null, scale: Profile['scale'], style: Style, cells: number = BAR_CELLS): string {
  const span = scale.max - scale.min;
  const position = (v: number) => (span > 0 ? Math.min(cells, Math.max(0, Math.round(((v - scale.min) / span) * cells))) : 0);
  const filled = score === null ? 0 : position(score);
  const marker = targetValue === null ? -1 : position(targetValue);
  let out = '';
  for (let i = 0; i <= cells; i++) {
    if (i === marker) out += style.bold('|');
    if (i < cells) out += i < filled ? style.accent('#') : '-';
  }
  return `[${out}]`;
}

/** The `min` of a level rank, as the chart marks it; null for rank 0. */
export function levelMin(profile: Profile, rank: number): number | null {
  return profile.levels[rank - 1]?.min ?? null;
}

/** Width of a string as a terminal shows it, ignoring colour codes. */
export function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex
  return [...text.replace(/\u001b\[[0-9;]*m/g, '')].length;
}

/** Splits text into lines of at most `width` characters at spaces; longer words are cut. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      let rest = word;
      while (visibleLength(rest) > width) {
        if (line) {
          lines.push(line);
          line = '';
        }
        lines.push([...rest].slice(0, width).join(''));
        rest = [...rest].slice(width).join('');
      }
      if (!line) line = rest;
      else if (visibleLength(line) + 1 + visibleLength(rest) <= width) line += ` ${rest}`;
      else {
        lines.push(line);
        line = rest;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Wraps with a first-line prefix and the same indent for the lines after it. */
export function hangingWrap(prefix: string, text: string, width: number): string[] {
  const indent = ' '.repeat(visibleLength(prefix));
  return wrap(text, Math.max(10, width - indent.length)).map((line, i) => (i === 0 ? prefix : indent) + line);
}

export interface Column {
  width: number;
  align?: 'left' | 'right';
  /** Wrap long text onto more lines (otherwise it is printed as is). */
  wrap?: boolean;
  /** Spaces before this column (default 2; the first column has none). */
  space?: number;
}

/**
 * Rows of cells laid out in columns (two spaces apart unless a column says otherwise), no borders. A cell may carry a style
 * function, applied after padding so colour codes never upset the widths.
 */
export function layout(rows: readonly (readonly Cell[])[], columns: readonly Column[]): string[] {
  const out: string[] = [];
  for (const row of rows) {
    const cells = columns.map((column, i) => {
      const cell = row[i] ?? '';
      const { text, style, indent = 0 } = typeof cell === 'string' ? { text: cell } : cell;
      const pad = ' '.repeat(indent);
      const lines = (column.wrap ? wrap(text, Math.max(1, column.width - indent)) : [text]).map((l) => (l ? pad + l : l));
      return { lines, style, column };
    });
    const height = Math.max(...cells.map((c) => c.lines.length));
    for (let k = 0; k < height; k++) {
      const parts = cells.map(({ lines, style, column }, i) => {
        const text = lines[k] ?? '';
        const fill = ' '.repeat(Math.max(0, column.width - visibleLength(text)));
        const styled = style && text.trim() ? style(text) : text;
        const space = i === 0 ? '' : ' '.repeat(column.space ?? 2);
        return space + (column.align === 'right' ? fill + styled : styled + fill);
      });
      out.push(parts.join('').trimEnd());
    }
  }
  return out;
}

/** A cell: text, or text with a style and an indent kept on every wrapped line. */
export type Cell = string | { text: string; style?: (s: string) => string; indent?: number };
