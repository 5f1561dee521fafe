/**
 * How a data series looks in every chart of the report. Two styles that differ without colour:
 * primary is a solid blue line with filled area and round markers, secondary a dashed orange line
 * without fill and with square markers. Blue #0072B2 and orange #E69F00 are the Okabe–Ito pair,
 * distinct for the common colour-vision deficiencies and, as greys, dark versus light.
 */
import { markup, type Markup } from './markup.js';

/** Primary and secondary for a profile (score, target) and a comparison (after, before); the others
 *  for the earlier scans of a trend: green dotted with triangles, purple dash-dotted with diamonds,
 *  vermilion short-dashed with upside-down triangles (the rest of the Okabe–Ito palette). */
export type SeriesStyle = 'primary' | 'secondary' | 'tertiary' | 'quaternary' | 'quinary';

export interface ChartSeries {
  /** Stable name for tests and styling (`current`, `target`, `before`, `after`). */
  key: string;
  /** Legend text, plain (escaped when written). */
  label: string;
  style: SeriesStyle;
  /** One value per axis or row, on the profile's scale; null = no score. */
  values: (number | null)[];
}

/** The value range of a chart and the phases drawn on it. */
export interface ChartScale {
  min: number;
  max: number;
  levels: { rank: number; name: string; min: number }[];
}

export const COLOURS = {
  primary: '#0072B2',
  primaryLight: '#b8d5ea',
  secondary: '#E69F00',
  tertiary: '#009E73',
  quaternary: '#CC79A7',
  quinary: '#D55E00',
  axis: '#9aa3ad',
  ring: '#7b8590',
  bandA: '#eef1f4',
  bandB: '#ffffff',
  text: '#1f2328',
  muted: '#57606a',
} as const;

export const LINE = {
  primary: { width: 2.5, dash: '', fillOpacity: 0.18 },
  secondary: { width: 2.5, dash: '7 4', fillOpacity: 0 },
  tertiary: { width: 2.5, dash: '2 3', fillOpacity: 0 },
  quaternary: { width: 2.5, dash: '9 3 2 3', fillOpacity: 0 },
  quinary: { width: 2.5, dash: '4 2', fillOpacity: 0 },
} as const;

export function n2(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** A marker centred on (x, y): a circle for primary, a square for secondary, triangles and a diamond for the others. */
export function markerSvg(style: SeriesStyle, x: number, y: number, size = 4): Markup {
  if (style === 'primary')
    return markup`<circle cx="${n2(x)}" cy="${n2(y)}" r="${n2(size)}" fill="${COLOURS.primary}" stroke="#ffffff" stroke-width="1"/>`;
  const s = size * 1.7;
  if (style === 'secondary')
    return markup`<rect x="${n2(x - s / 2)}" y="${n2(y - s / 2)}" width="${n2(s)}" height="${n2(s)}" fill="${COLOURS.secondary}" stroke="#5a3e00" stroke-width="0.8"/>`;
  const r = s * 0.7;
  const corners =
    style === 'quaternary'
      ? [
          [x, y - r],
          [x + r, y],
          [x, y + r],
          [x - r, y],
        ]
      : style === 'tertiary'
        ? [
            [x, y - r],
            [x + r, y + r * 0.8],
            [x - r, y + r * 0.8],
          ]
        : [
            [x, y + r],
            [x + r, y - r * 0.8],
            [x - r, y - r * 0.8],
          ];
  const points = corners.map(([px, py]) => `${n2(px!)},${n2(py!)}`).join(' ');
  return markup`<polygon points="${points}" fill="${COLOURS[style]}" stroke="#1f2328" stroke-width="0.8"/>`;
}

/** The look of a trend's scan `fromLast` places before the last: primary for the last, then secondary,
 *  then the others in turn (beyond six scans the oldest share looks; the legend tells them apart by order). */
export function trendStyle(fromLast: number): SeriesStyle {
  const older: SeriesStyle[] = ['tertiary', 'quaternary', 'quinary'];
  return fromLast === 0 ? 'primary' : fromLast === 1 ? 'secondary' : older[(fromLast - 2) % older.length]!;
}

/** Stroke attributes for a series line. */
export function lineAttributes(style: SeriesStyle): Markup {
  const line = LINE[style];
  const dash = line.dash && markup` stroke-dasharray="${line.dash}"`;
  return markup`stroke="${COLOURS[style]}" stroke-width="${line.width}" stroke-linejoin="round"${dash}`;
}

/** A legend as a list, with a small line-and-marker swatch per series, plus optional notes. */
export function legendHtml(series: ChartSeries[], notes: string[] = []): Markup {
  const items = series.map((s) => {
    const line = markup`<line x1="1" y1="6" x2="33" y2="6" ${lineAttributes(s.style)}/>`;
    const swatch = markup`<svg class="swatch" width="34" height="12" viewBox="0 0 34 12" aria-hidden="true" focusable="false">${line}${markerSvg(s.style, 17, 6, 3.5)}</svg>`;
    return markup`<li>${swatch}${s.label}</li>`;
  });
  const extra = notes.map((n) => markup`<li class="note">${n}</li>`);
  return markup`<ul class="legend">${[...items, ...extra]}</ul>`;
}
