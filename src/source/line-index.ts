/** Offsets in a text to line and column, as findings give them. */
import type { Position } from '../diagnostics/types.js';

/**
 * Line and column (1-based) of text offsets. The parser's own line counter only knows the lines
 * it got to, so offsets after a syntax error could land on the wrong line; this one knows them all.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  private readonly length: number;

  /** Offsets of the line feeds that end a CRLF: a position there is the end of its line, the CR's column. */
  private readonly crlf = new Set<number>();

  constructor(text: string) {
    this.length = text.length;
    for (let i = 0; i < text.length; i++)
      if (text.charCodeAt(i) === 10) {
        this.starts.push(i + 1);
        if (i > 0 && text.charCodeAt(i - 1) === 13) this.crlf.add(i);
      }
  }

  /** The offset at which a line (1-based) starts; the text's end for a line after the last. */
  lineStart(line: number): number {
    return this.starts[line - 1] ?? this.length;
  }

  linePos(at: number): { line: number; col: number } {
    // A parser that points between the CR and LF of a line end means the end of that line; one
    // past the end of the text (the end of a finding at its last character) means its end.
    const offset = Math.min(this.crlf.has(at) ? at - 1 : at, this.length);
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, col: offset - (this.starts[low] as number) + 1 };
  }
}

export function rangeToPosition(lineCounter: LineIndex, start: number, end: number): Position {
  const a = lineCounter.linePos(start);
  const b = lineCounter.linePos(Math.max(start, end));
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}
