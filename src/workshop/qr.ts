/**
 * The join address as a QR code, so that people in the room scan it instead of typing 32 hex digits:
 * encoded by the qrcode package (loaded on first use), drawn here as an SVG for the facilitator's page
 * and as block characters for the terminal.
 */
import lazy from '../lazy/modules.cjs';
import { markup, type Markup } from '../report/html/markup.js';

/** The modules of a code, row by row: true is dark. */
export type QrMatrix = boolean[][];

/** Light modules around the code that scanners need to find it (the standard asks for 4). */
const QUIET_ZONE = 4;

/** The modules of `text` as a QR code, with medium error correction (a projector's glare or a smudge is survived). */
export function qrMatrix(text: string): QrMatrix {
  const { modules } = lazy.qrLibrary().create(text, { errorCorrectionLevel: 'M' });
  return Array.from({ length: modules.size }, (_, row) =>
    Array.from({ length: modules.size }, (_, col) => Boolean(modules.get(row, col))),
  );
}

/** The code as an SVG with its quiet zone: one path of dark squares on white, `label` as its accessible name. */
export function qrSvg(matrix: QrMatrix, label: string): Markup {
  const size = matrix.length + 2 * QUIET_ZONE;
  const squares = matrix
    .flatMap((row, y) => row.map((dark, x) => (dark ? `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z` : '')))
    .join('');
  return markup`<svg class="qr" role="img" aria-label="${label}" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg"><rect width="${size}" height="${size}" fill="#ffffff"/><path d="${squares}" fill="#000000"/></svg>`;
}

/**
 * The code for a terminal: two rows of modules per line in half blocks, dark modules blank and light
 * ones drawn, so that on the usual dark terminal the code is dark on light as scanners expect.
 */
export function qrText(matrix: QrMatrix): string {
  const size = matrix.length + 2 * QUIET_ZONE;
  const dark = (x: number, y: number) => matrix[y - QUIET_ZONE]?.[x - QUIET_ZONE] === true;
  const lines: string[] = [];
  for (let y = 0; y < size; y += 2) {
    let line = '';
    for (let x = 0; x < size; x++) {
      const top = !dark(x, y);
      const bottom = y + 1 < size && !dark(x, y + 1);
      line += top && bottom ? '█' : top ? '▀' : bottom ? '▄' : ' ';
    }
    lines.push(line);
  }
  return `${lines.join('\n')}\n`;
}
