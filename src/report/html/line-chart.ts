/**
 * A small SVG line chart: one unit's score over the scans of a trend, left to right in the order
 * compared, with a line at each level's `min`. A scan without a score is a gap (no point, no line
 * to it), as in the radar. Its <title> and <desc> say the numbers in words; the report's table
 * holds them too.
 */
import { scaleFraction } from '../format.js';
import { markup, type Markup } from './markup.js';
import { COLOURS, lineAttributes, markerSvg, n2, type ChartScale } from './series.js';

export interface LineChartSpec {
  /** Unique in the document: prefixes the ids of <title> and <desc>. */
  id: string;
  /** Plain texts (escaped here). */
  title: string;
  description: string;
  /** One per scan, left to right. */
  labels: string[];
  /** One per scan; null = no score. */
  values: (number | null)[];
  scale: ChartScale;
}

const WIDTH = 260;
const HEIGHT = 150;
const LEFT = 24;
const RIGHT = 16;
const TOP = 10;
const BOTTOM = 24;

/** The x of scan i of n: spread evenly, a single scan in the middle. */
export function lineX(i: number, n: number): number {
  const inner = WIDTH - LEFT - RIGHT;
  return n <= 1 ? LEFT + inner / 2 : LEFT + (i * inner) / (n - 1);
}

/** The y of a value: the scale's minimum at the bottom, its maximum at the top. */
export function lineY(value: number, scale: Pick<ChartScale, 'min' | 'max'>): number {
  return HEIGHT - BOTTOM - scaleFraction(value, scale) * (HEIGHT - TOP - BOTTOM);
}

/** Runs of consecutive scans with a score, as the points of each: a null breaks the line. */
export function lineRuns(values: readonly (number | null)[], scale: Pick<ChartScale, 'min' | 'max'>) {
  const runs: { x: number; y: number }[][] = [];
  let current: { x: number; y: number }[] = [];
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      if (current.length) runs.push(current);
      current = [];
    } else current.push({ x: lineX(i, values.length), y: lineY(v, scale) });
  });
  if (current.length) runs.push(current);
  return runs;
}

export function renderLineChart(spec: LineChartSpec): Markup {
  const n = spec.values.length;
  const parts: Markup[] = [];
  for (const level of spec.scale.levels) {
    const y = lineY(level.min, spec.scale);
    parts.push(
      markup`<line class="level" data-rank="${level.rank}" x1="${LEFT}" y1="${n2(y)}" x2="${WIDTH - RIGHT + 6}" y2="${n2(y)}" stroke="${COLOURS.ring}" stroke-width="1" stroke-dasharray="2 3"/>`,
      markup`<text class="level-label" x="${LEFT - 6}" y="${n2(y + 4)}" text-anchor="end" font-size="10" fill="${COLOURS.muted}">${level.rank}</text>`,
    );
  }
  spec.labels.forEach((label, i) => {
    parts.push(
      markup`<text class="scan-label" x="${n2(lineX(i, n))}" y="${HEIGHT - 6}" text-anchor="middle" font-size="11" fill="${COLOURS.text}">${label}</text>`,
    );
  });
  for (const run of lineRuns(spec.values, spec.scale)) {
    if (run.length > 1)
      parts.push(
        markup`<polyline class="series series-primary" points="${run.map((p) => `${n2(p.x)},${n2(p.y)}`).join(' ')}" fill="none" ${lineAttributes('primary')}/>`,
      );
    for (const p of run) parts.push(markerSvg('primary', p.x, p.y));
  }
  const titleId = `${spec.id}-title`;
  const descId = `${spec.id}-desc`;
  const svg = markup`<svg class="chart line-chart" id="${spec.id}" data-points="${n}" xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${titleId} ${descId}" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif">`;
  return markup`${svg}<title id="${titleId}">${spec.title}</title><desc id="${descId}">${spec.description}</desc>${parts}</svg>`;
}
