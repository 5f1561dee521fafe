/**
 * SVG radar ("spider") chart: geometry as small pure functions (unit-tested), and one renderer.
 *
 * Axis k of n points at −90° + k·360°/n (the first axis straight up, then clockwise). A value maps
 * linearly from the scale's minimum at an inner radius r0 to its maximum at radius R, so the phase
 * rings sit at each level's `min`. The report uses a small r0: with r0 = 0 every lowest score
 * would be the same point, the centre, and could no longer be told apart by axis.
 *
 * Null scores: the line has a GAP on that axis (no point, and the neighbouring segments are not
 * drawn), and the axis label gets a "–". Drawing a null at the centre would read as "the lowest
 * score", which is a claim the data does not make; a gap cannot be mistaken for a value.
 */
import { wrap } from '../../util/text.js';
import { markup, type Markup } from './markup.js';
import { COLOURS, LINE, lineAttributes, markerSvg, n2, type ChartScale, type ChartSeries } from './series.js';
import { NO_VALUE, scaleFraction } from '../format.js';

export interface Point {
  x: number;
  y: number;
}

/** Where the chart sits and which values lie at its centre and rim. */
export interface RadarFrame {
  cx: number;
  cy: number;
  radius: number;
  /** Radius of the minimum value (default 0: the centre). */
  inner?: number;
  /** Value drawn at `inner`. */
  min: number;
  /** Value drawn at `radius`. */
  max: number;
}

/** Angle of axis k of n, in radians: −90° + k·360°/n. */
export function axisAngle(k: number, n: number): number {
  return ((-90 + (k * 360) / n) * Math.PI) / 180;
}

/** Distance from the centre for a value: linear from `inner` (min) to `radius` (max), clamped. */
export function valueRadius(frame: RadarFrame, value: number): number {
  const inner = frame.inner ?? 0;
  return inner + scaleFraction(value, frame) * (frame.radius - inner);
}

/** The point at distance r on axis k of n. */
export function polarPoint(frame: RadarFrame, k: number, n: number, r: number): Point {
  const a = axisAngle(k, n);
  return { x: frame.cx + r * Math.cos(a), y: frame.cy + r * Math.sin(a) };
}

/** The point for a value on axis k of n. */
export function radarPoint(frame: RadarFrame, k: number, n: number, value: number): Point {
  return polarPoint(frame, k, n, valueRadius(frame, value));
}

/** One point per value, on consecutive axes (n = values.length); null stays null (a gap). */
export function radarPoints(frame: RadarFrame, values: (number | null)[]): (Point | null)[] {
  return values.map((v, k) => (v === null || !Number.isFinite(v) ? null : radarPoint(frame, k, values.length, v)));
}

/** The ring of each level: its radius follows from the level's `min`. */
export function levelRings(
  frame: RadarFrame,
  levels: ChartScale['levels'],
): { rank: number; min: number; radius: number }[] {
  return levels.map((l) => ({ rank: l.rank, min: l.min, radius: valueRadius(frame, l.min) }));
}

/**
 * The stretches of consecutive points between gaps, wrapping around from the last axis to the
 * first. Without gaps this is one run of all n points (draw it closed); with gaps every run is an
 * open line, and a run of one point is only a marker.
 */
export function pointRuns(points: (Point | null)[]): { closed: boolean; runs: Point[][] } {
  const n = points.length;
  if (n > 0 && points.every((p) => p !== null)) return { closed: true, runs: [points as Point[]] };
  const firstGap = points.findIndex((p) => p === null);
  if (firstGap < 0) return { closed: false, runs: [] };
  const runs: Point[][] = [];
  let current: Point[] = [];
  // Start just after a gap, so a run that wraps past the last axis stays in one piece.
  for (let i = 1; i <= n; i++) {
    const p = points[(firstGap + i) % n] ?? null;
    if (p === null) {
      if (current.length) runs.push(current);
      current = [];
    } else {
      current.push(p);
    }
  }
  if (current.length) runs.push(current);
  return { closed: false, runs };
}

/**
 * Word wrap for SVG labels (SVG 1.1 text does not wrap by itself): one paragraph, and a word
 * longer than the width stays whole (the viewBox grows to fit it; a cut name reads wrongly).
 */
export function wrapLabel(text: string, maxChars: number): string[] {
  return wrap(text.replace(/\s+/g, ' '), maxChars, { cut: false });
}

export interface RadarChartSpec {
  /** Unique in the document: prefixes the ids of <title> and <desc>. */
  id: string;
  /** Plain texts (escaped here). */
  title: string;
  description: string;
  axes: string[];
  /** Drawn last-first, so the first series lies on top; the legend lists them in this order. */
  series: ChartSeries[];
  scale: ChartScale;
  /** Extra class on the <svg>, e.g. to tell the dimension chart from the subdimension chart. */
  className?: string;
  /** Indexes of axes that start a new group (a dimension's first subdimension): a darker divider
   *  is drawn between the previous axis and this one. */
  groupStarts?: number[];
  /** Size of every text in the chart, in its own units; default 12 for axis labels and 10 for ring
   *  numbers (the report's). The slides, drawn at their own size on a projector, ask for more. */
  fontSize?: number;
  /** Characters on a line of an axis label before it wraps; default 24, 18 from nine axes on. */
  labelChars?: number;
}

const FONT = 12;
const RING_FONT = 10;

/** The sizes a label is laid out with: line height and a rough average glyph width of a sans-serif. */
interface LabelFont {
  size: number;
  lineHeight: number;
  charWidth: number;
}

function labelFont(size: number): LabelFont {
  return { size, lineHeight: size * 1.2, charWidth: size * 0.56 };
}

interface LabelBox {
  x: number;
  anchor: 'start' | 'middle' | 'end';
  firstBaseline: number;
  lines: string[];
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function layoutLabel(
  frame: RadarFrame,
  k: number,
  n: number,
  text: string,
  maxChars: number,
  font: LabelFont,
): LabelBox {
  const a = axisAngle(k, n);
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const at = polarPoint(frame, k, n, frame.radius + 12);
  const lines = wrapLabel(text, maxChars);
  // Only the axes (almost) straight up or down are centred; the others grow away from the chart,
  // so two labels either side of the bottom do not run into each other.
  const anchor = cos > 0.05 ? 'start' : cos < -0.05 ? 'end' : 'middle';
  const height = lines.length * font.lineHeight;
  // Push the block outwards: above the rim at the top, below it at the bottom, centred at the sides.
  const centreY = at.y + (sin * height) / 2;
  const firstBaseline = centreY - height / 2 + font.size * 0.85;
  const width = Math.max(...lines.map((l) => l.length)) * font.charWidth;
  const left = anchor === 'start' ? at.x : anchor === 'end' ? at.x - width : at.x - width / 2;
  return {
    x: at.x,
    anchor,
    firstBaseline,
    lines,
    left,
    right: left + width,
    top: centreY - height / 2,
    bottom: centreY + height / 2,
  };
}

function seriesSvg(frame: RadarFrame, s: ChartSeries): Markup {
  const points = radarPoints(frame, s.values);
  const { closed, runs } = pointRuns(points);
  const pts = (run: Point[]) => run.map((p) => `${n2(p.x)},${n2(p.y)}`).join(' ');
  const out: Markup[] = [];
  const common = markup`class="series series-${s.style}" data-series="${s.key}"`;
  if (closed && runs[0]) {
    const fill =
      LINE[s.style].fillOpacity > 0
        ? markup`fill="${COLOURS[s.style]}" fill-opacity="${LINE[s.style].fillOpacity}"`
        : markup`fill="none"`;
    out.push(markup`<polygon ${common} points="${pts(runs[0])}" ${fill} ${lineAttributes(s.style)}/>`);
  } else {
    for (const run of runs) {
      if (run.length > 1)
        out.push(markup`<polyline ${common} points="${pts(run)}" fill="none" ${lineAttributes(s.style)}/>`);
    }
  }
  for (const p of points) if (p) out.push(markerSvg(s.style, p.x, p.y));
  return markup`<g class="series-group" data-series="${s.key}">${out}</g>`;
}

/** The whole chart as an inline <svg> with <title> and <desc>; its viewBox fits the labels. */
export function renderRadarChart(spec: RadarChartSpec): Markup {
  const n = spec.axes.length;
  const radius = n > 8 ? 170 : 150;
  const frame: RadarFrame = {
    cx: 0,
    cy: 0,
    radius,
    inner: Math.round(radius * 0.1),
    min: spec.scale.min,
    max: spec.scale.max,
  };
  const maxChars = spec.labelChars ?? (n > 8 ? 18 : 24);
  const font = labelFont(spec.fontSize ?? FONT);
  const ringFont = spec.fontSize ?? RING_FONT;
  const primary = spec.series[0];

  const labels = spec.axes.map((name, k) => {
    const missing = primary !== undefined && (primary.values[k] ?? null) === null;
    return layoutLabel(frame, k, n, missing ? `${name} (${NO_VALUE})` : name, maxChars, font);
  });

  const parts: Markup[] = [];
  // Phase bands: alternate shades between rings, so phases read in greyscale without the lines.
  const bandRadii = [...new Set([radius, ...levelRings(frame, spec.scale.levels).map((r) => r.radius)])]
    .filter((r) => r > 0.5)
    .sort((a, b) => b - a);
  bandRadii.forEach((r, i) => {
    const fill = i % 2 === 0 ? COLOURS.bandA : COLOURS.bandB;
    parts.push(markup`<circle class="band" cx="0" cy="0" r="${n2(r)}" fill="${fill}"/>`);
  });
  for (const ring of levelRings(frame, spec.scale.levels)) {
    if (ring.radius > 0.5) {
      parts.push(
        markup`<circle class="ring" data-rank="${ring.rank}" cx="0" cy="0" r="${n2(ring.radius)}" fill="none" stroke="${COLOURS.ring}" stroke-width="1"/>`,
      );
    }
  }
  for (let k = 0; k < n; k++) {
    const end = polarPoint(frame, k, n, radius);
    parts.push(
      markup`<line class="axis" x1="0" y1="0" x2="${n2(end.x)}" y2="${n2(end.y)}" stroke="${COLOURS.axis}" stroke-width="1"/>`,
    );
  }
  const starts = spec.groupStarts ?? [];
  if (starts.length > 1) {
    for (const k of starts) {
      const end = polarPoint(frame, k - 0.5, n, radius + 8);
      parts.push(
        markup`<line class="divider" x1="0" y1="0" x2="${n2(end.x)}" y2="${n2(end.y)}" stroke="${COLOURS.muted}" stroke-width="1.5" stroke-dasharray="1 3"/>`,
      );
    }
  }
  for (const s of [...spec.series].reverse()) parts.push(seriesSvg(frame, s));
  // Ring numbers beside the first axis, over the lines, with a white halo.
  for (const ring of levelRings(frame, spec.scale.levels)) {
    parts.push(
      markup`<text class="ring-label" x="4" y="${n2(-ring.radius - 3)}" font-size="${ringFont}" fill="${COLOURS.muted}" stroke="#ffffff" stroke-width="3" paint-order="stroke">${ring.rank}</text>`,
    );
  }
  for (const label of labels) {
    const tspans = label.lines.map((line, i) => {
      const position = i === 0 ? markup`y="${n2(label.firstBaseline)}"` : markup`dy="${n2(font.lineHeight)}"`;
      return markup`<tspan x="${n2(label.x)}" ${position}>${line}</tspan>`;
    });
    parts.push(
      markup`<text class="axis-label" text-anchor="${label.anchor}" font-size="${font.size}" fill="${COLOURS.text}">${tspans}</text>`,
    );
  }

  const pad = 8;
  const left = Math.min(-radius, ...labels.map((l) => l.left)) - pad;
  const right = Math.max(radius, ...labels.map((l) => l.right)) + pad;
  const top = Math.min(-radius, ...labels.map((l) => l.top)) - pad;
  const bottom = Math.max(radius, ...labels.map((l) => l.bottom)) + pad;
  const width = right - left;
  const height = bottom - top;
  const titleId = `${spec.id}-title`;
  const descId = `${spec.id}-desc`;
  const cls = ['chart', 'radar', spec.className].filter(Boolean).join(' ');
  const svg = markup`<svg class="${cls}" id="${spec.id}" data-axes="${n}" xmlns="http://www.w3.org/2000/svg" role="img" `;
  const box = markup`aria-labelledby="${titleId} ${descId}" viewBox="${n2(left)} ${n2(top)} ${n2(width)} ${n2(height)}" `;
  const size = markup`width="${Math.round(width)}" height="${Math.round(height)}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif">`;
  const head = markup`<title id="${titleId}">${spec.title}</title><desc id="${descId}">${spec.description}</desc>`;
  return markup`${svg}${box}${size}${head}${parts}</svg>`;
}
