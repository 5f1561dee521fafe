/**
 * Bar charts: grouped horizontal bars (used where a radar has fewer than three axes, which would
 * draw a line instead of an area), and the small range bar that shows respondents' spread.
 */
import { scaleFraction } from '../format.js';
import { markup, type Markup } from './markup.js';
import { COLOURS, n2, type ChartScale, type ChartSeries } from './series.js';

/** x position of a value on a track from x0 to x0 + width, clamped to the track. */
export function scaleX(value: number, scale: { min: number; max: number }, x0: number, width: number): number {
  return x0 + scaleFraction(value, scale) * width;
}

export interface BarChartSpec {
  id: string;
  title: string;
  description: string;
  rows: string[];
  series: ChartSeries[];
  scale: ChartScale;
  formatValue: (value: number | null) => string;
  className?: string;
}

const LABEL_WIDTH = 190;
const TRACK = 360;
const BAR = 12;

/** Grouped bars: primary solid, secondary outlined and dashed, so they differ in greyscale too. */
export function renderBarChart(spec: BarChartSpec): Markup {
  const groupHeight = spec.series.length * (BAR + 3) + 14;
  const x0 = LABEL_WIDTH;
  const top = 18;
  const height = top + spec.rows.length * groupHeight + 6;
  const width = LABEL_WIDTH + TRACK + 60;
  const parts: Markup[] = [];
  for (const level of spec.scale.levels) {
    const x = scaleX(level.min, spec.scale, x0, TRACK);
    parts.push(
      markup`<line class="ring" x1="${n2(x)}" y1="${top - 4}" x2="${n2(x)}" y2="${height - 4}" stroke="${COLOURS.ring}" stroke-width="1" stroke-dasharray="2 3"/>`,
    );
    parts.push(
      markup`<text x="${n2(x)}" y="${top - 7}" font-size="10" text-anchor="middle" fill="${COLOURS.muted}">${level.rank}</text>`,
    );
  }
  spec.rows.forEach((row, i) => {
    const y = top + i * groupHeight + 7;
    parts.push(
      markup`<text class="axis-label" x="${x0 - 8}" y="${n2(y + (spec.series.length * (BAR + 3)) / 2 + 2)}" font-size="12" text-anchor="end" fill="${COLOURS.text}">${row}</text>`,
    );
    spec.series.forEach((s, j) => {
      const value = s.values[i] ?? null;
      const by = y + j * (BAR + 3);
      if (value !== null) {
        const w = Math.max(1, scaleX(value, spec.scale, x0, TRACK) - x0);
        const look =
          s.style === 'primary'
            ? markup`fill="${COLOURS.primary}"`
            : markup`fill="#ffffff" stroke="${COLOURS[s.style]}" stroke-width="2" stroke-dasharray="5 3"`;
        parts.push(
          markup`<rect class="bar series-${s.style}" data-series="${s.key}" x="${x0}" y="${n2(by)}" width="${n2(w)}" height="${BAR}" ${look}/>`,
        );
      }
      const tx = value === null ? x0 + 4 : scaleX(value, spec.scale, x0, TRACK) + 5;
      parts.push(
        markup`<text x="${n2(tx)}" y="${n2(by + BAR - 2)}" font-size="10" fill="${COLOURS.text}">${spec.formatValue(value)}</text>`,
      );
    });
  });
  const cls = ['chart', 'bars', spec.className].filter(Boolean).join(' ');
  const titleId = `${spec.id}-title`;
  const descId = `${spec.id}-desc`;
  const svg = markup`<svg class="${cls}" id="${spec.id}" xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${titleId} ${descId}" `;
  const box = markup`viewBox="0 0 ${width} ${n2(height)}" width="${width}" height="${Math.round(height)}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">`;
  const head = markup`<title id="${titleId}">${spec.title}</title><desc id="${descId}">${spec.description}</desc>`;
  return markup`${svg}${box}${head}${parts}</svg>`;
}

export interface RangeBarSpec {
  min: number;
  max: number;
  score: number | null;
  scale: ChartScale;
  /** Plain text for the tooltip and screen readers. */
  title: string;
  highlight: boolean;
}

/** A small inline bar from the lowest to the highest respondent's score, with a dot at the group score. */
export function renderRangeBar(spec: RangeBarSpec): Markup {
  const width = 150;
  const x0 = 6;
  const track = width - 12;
  const parts: Markup[] = [
    markup`<line x1="${x0}" y1="9" x2="${x0 + track}" y2="9" stroke="${COLOURS.axis}" stroke-width="1"/>`,
  ];
  for (const level of spec.scale.levels) {
    const x = scaleX(level.min, spec.scale, x0, track);
    parts.push(markup`<line x1="${n2(x)}" y1="5" x2="${n2(x)}" y2="13" stroke="${COLOURS.axis}" stroke-width="1"/>`);
  }
  const a = scaleX(spec.min, spec.scale, x0, track);
  const b = scaleX(spec.max, spec.scale, x0, track);
  const look = spec.highlight
    ? markup`fill="${COLOURS.secondary}" stroke="#5a3e00" stroke-width="1"`
    : markup`fill="${COLOURS.primaryLight}" stroke="${COLOURS.primary}" stroke-width="1"`;
  parts.push(
    markup`<rect class="range" x="${n2(a)}" y="5" width="${n2(Math.max(2, b - a))}" height="8" rx="2" ${look}/>`,
  );
  if (spec.score !== null) {
    parts.push(
      markup`<circle class="range-score" cx="${n2(scaleX(spec.score, spec.scale, x0, track))}" cy="9" r="3.5" fill="${COLOURS.text}" stroke="#ffffff" stroke-width="1"/>`,
    );
  }
  const svg = markup`<svg class="range-bar" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${spec.title}" viewBox="0 0 ${width} 18" width="${width}" height="18">`;
  return markup`${svg}<title>${spec.title}</title>${parts}</svg>`;
}
