/**
 * Plain-text building blocks for the profile reports: the bar chart and a borderless column
 * layout that keeps to a width. Pure; colour only through the Style given.
 */
import type { Profile } from '../../scoring/types.js';
import type { Style } from '../../util/style.js';
import { visibleLength, wrap } from '../../util/text.js';
import { scaleFraction } from '../format.js';

/** Cells in a bar: 12 divides evenly into 2, 3, 4 and 6 phases. */
export const BAR_CELLS = 12;

/**
 * A bar in plain characters: `#` up to the score, `-` after, and `|` inserted where the target's
 * threshold lies, all on the scale from the lowest to the highest option value:
 * `[#####---|---]`. Without a score the bar is empty; without a target it has no marker.
 */
export function bar(
  score: number | null,
  targetValue: number | null,
  scale: Profile['scale'],
  style: Style,
  cells: number = BAR_CELLS,
): string {
  const position = (v: number) => Math.round(scaleFraction(v, scale) * cells);
  const filled = score === null ? 0 : position(score);
  const marker = targetValue === null ? -1 : position(targetValue);
  let out = '';
  for (let i = 0; i <= cells; i++) {
    if (i === marker) out += style.bold('|');
    if (i < cells) out += i < filled ? style.accent('#') : '-';
  }
  return `[${out}]`;
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
      const lines = (column.wrap ? wrap(text, Math.max(1, column.width - indent)) : [text]).map((l) =>
        l ? pad + l : l,
      );
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
