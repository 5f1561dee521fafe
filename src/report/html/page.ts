/**
 * What the profile report and the comparison report share: the document around them (head and
 * the inline style sheet) and the pieces both are built of (charts with their keys, cards, meta
 * lists, the footer). Every text goes into the markup through the `markup` template, which escapes it.
 */
import type { LevelRef, Profile, Uncertainty } from '../../scoring/types.js';
import { answersGiven, approachingRank, formatDate, formatNumber, formatScore, levelOf, NO_VALUE } from '../format.js';
import { renderBarChart } from './bars.js';
import { markup, join, raw, type Markup, type Interpolation } from './markup.js';
import type { Messages } from './messages.js';
import { renderRadarChart } from './radar.js';
import { legendHtml, type ChartScale, type ChartSeries } from './series.js';
import { REPORT_CSS } from './styles.js';

export interface HtmlReportOptions {
  /** Language of the report's own labels (`nl` or `en`; others fall back to English). Names and
   *  steps are taken from the profile as they are. Also the document's `lang`. */
  language: string;
  /** Heading of the report; default "Volwassenheidsprofiel" / "Maturity profile". */
  title?: string;
  /** When the report was made, an ISO date or date-time (shown as a date). Omitted: not shown, so
   *  the same profile always gives the same bytes. */
  generatedAt?: string;
  /** Keep only the first N discussion points (`score --top N`, which keeps as many groups of next steps). */
  top?: number;
}

export interface Context {
  m: Messages;
  lang: string;
  options: HtmlReportOptions;
}

/**
 * What the page may load and run: its inline style sheet and style attributes, nothing else. Every
 * text is escaped already; this is a second line should a text ever slip through as markup (no
 * script, no request, no form, no other base for links).
 */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** The whole document: one self-contained page (inline CSS and SVG, no scripts, fonts or other requests);
 *  `extraCss` (ours, never a file's text) after the report's style sheet. */
export function documentShell(title: string, language: string, body: Markup, extraCss = ''): string {
  // The style sheet and the policy are ours, and their quotes must stay quotes: trusted as markup.
  return markup`<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${raw(CONTENT_SECURITY_POLICY)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="datascan">
<title>${title}</title>
<style>${raw(REPORT_CSS + extraCss)}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`.toString();
}

/** "2 · Experimenteren", "below level 1" for rank 0. Plain text. */
export function levelText(profile: Pick<Profile, 'levels'>, rank: number, m: Messages): string {
  if (rank <= 0) return m.belowFirstLevel;
  const name = levelOf(profile, rank)?.name;
  return name === undefined ? String(rank) : `${rank} · ${name}`;
}

/**
 * The level a unit is in, with the next one when the score is within 0.25 below it (`1 · Agenderen,
 * approaching 2`), marked when it is uncertain (`2 · Proberen (onzeker)`), or "–" without a score or
 * without the unit. Plain text.
 */
export function unitLevel(
  profile: Pick<Profile, 'levels'>,
  unit: (LevelRef & Uncertainty) | null,
  m: Messages,
): string {
  if (unit === null || unit.score === null) return NO_VALUE;
  const next = approachingRank(profile, unit);
  return (
    levelText(profile, unit.level, m) + (next === null ? '' : m.approaching(next)) + (unit.uncertain ? m.uncertain : '')
  );
}

/** How many questions were answered, and of those how many with "don't know" or "not applicable" (the report's and the slides' words). */
export function coverageDetail(profile: Pick<Profile, 'coverage'>, m: Messages, lang: string): string {
  const c = profile.coverage;
  return m.coverageDetail(
    formatNumber(answersGiven(c), lang),
    formatNumber(c.total, lang),
    // Parts that are 0 are left out of the sentence.
    c.unknown > 0 ? formatNumber(c.unknown, lang) : null,
    c.notApplicable > 0 ? formatNumber(c.notApplicable, lang) : null,
  );
}

/** The scale and levels of a profile (or of a comparison: the later profile's). */
type Scaled = Pick<Profile, 'levels' | 'scale'>;

export function chartScale(profile: Scaled): ChartScale {
  return {
    min: profile.scale.min,
    max: profile.scale.max,
    levels: profile.levels.map((l) => ({ rank: l.rank, name: l.name, min: l.min })),
  };
}

/** The finest units: subdimensions, or the dimension itself when it has none. */
export function leafUnits<U>(dimensions: readonly (U & { subdimensions: readonly U[] })[]): U[] {
  return dimensions.flatMap((d) => (d.subdimensions.length ? [...d.subdimensions] : [d]));
}

/** Index of each dimension's first leaf in leafUnits(), for the dividers in the subdimension chart. */
export function leafGroupStarts(dimensions: readonly { subdimensions: readonly unknown[] }[]): number[] {
  const starts: number[] = [];
  let k = 0;
  for (const d of dimensions) {
    starts.push(k);
    k += Math.max(1, d.subdimensions.length);
  }
  return starts;
}

export function hasSubdimensions(dimensions: readonly { subdimensions: readonly unknown[] }[]): boolean {
  return dimensions.some((d) => d.subdimensions.length > 0);
}

/** A radar when there are three or more axes, bars otherwise; always with a legend and level key. */
export function chartFigure(args: {
  id: string;
  caption: string;
  axes: string[];
  series: ChartSeries[];
  profile: Scaled;
  ctx: Context;
  kind: string;
  groupStarts?: number[];
}): Markup {
  const { id, caption, axes, series, profile, ctx, kind, groupStarts } = args;
  const { m, lang } = ctx;
  const names = series.map((s) => s.label).join(', ');
  const scale = chartScale(profile);
  const svg =
    axes.length >= 3
      ? renderRadarChart({
          id,
          title: caption,
          description: m.radarDescription(axes.length, names),
          axes,
          series,
          scale,
          className: `chart-${kind}`,
          groupStarts,
        })
      : renderBarChart({
          id,
          title: caption,
          description: m.barsDescription(axes.length, names),
          rows: axes,
          series,
          scale,
          formatValue: (v) => formatScore(v, lang),
          className: `chart-${kind}`,
        });
  const hasGap = series.some((s) => s.values.some((v) => v === null));
  // Each level stays on one line; the key wraps between levels only.
  const levelKey = join(
    profile.levels.map((l) => markup`<span>${l.rank} ${l.name} (${m.levelFrom(formatScore(l.min, lang))})</span>`),
    ' · ',
  );
  const legend = legendHtml(series, hasGap ? [m.gapNote] : []);
  return markup`<figure class="chart-figure" data-chart="${kind}"><figcaption>${caption}</figcaption>${svg}${legend}<p class="phase-key">${m.levels}: ${levelKey}</p></figure>`;
}

/**
 * The charts of a report: one of the dimensions and, where there are subdimensions, one of the
 * finest units (divided per dimension); `series` gives the values drawn for a list of units.
 */
export function unitChartFigures<U extends { name: string }>(args: {
  idPrefix: string;
  captions: { dimensions: string; subdimensions: string };
  dimensions: readonly (U & { subdimensions: readonly U[] })[];
  series: (units: readonly U[]) => ChartSeries[];
  profile: Scaled;
  ctx: Context;
}): Markup[] {
  const { idPrefix, captions, dimensions, series, profile, ctx } = args;
  const figure = (kind: 'dimensions' | 'subdimensions', units: readonly U[], groupStarts?: number[]) =>
    chartFigure({
      id: `${idPrefix}chart-${kind}`,
      caption: captions[kind],
      axes: units.map((u) => u.name),
      series: series(units),
      profile,
      ctx,
      kind,
      ...(groupStarts ? { groupStarts } : {}),
    });
  const figures = [figure('dimensions', dimensions)];
  if (hasSubdimensions(dimensions))
    figures.push(figure('subdimensions', leafUnits<U>(dimensions), leafGroupStarts(dimensions)));
  return figures;
}

/** The terms under a report's heading; a value is text, or markup where it holds a line break. */
export function metaList(rows: [string, Interpolation][]): Markup {
  return markup`<dl class="meta">${rows.map(([k, v]) => markup`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`;
}

export function questionnaireText(profile: Pick<Profile, 'questionnaire'>): string {
  const q = profile.questionnaire;
  return `${q.title} (${q.id} ${q.version})`;
}

export function card(label: string, value: Interpolation, detail?: Markup | string | false): Markup {
  const detailSpan = detail && markup`<span class="detail">${detail}</span>`;
  return markup`<div class="card"><span class="label">${label}</span><span class="value">${value}</span>${detailSpan}</div>`;
}

/** The action plan's section (`--plan`): a list of lines, one per unit with actions. */
export function actionPlanSection(heading: string, lines: readonly string[]): Markup {
  return markup`<section class="action-plan"><h2>${heading}</h2><ul>${join(
    lines.map((line) => markup`<li>${line}</li>`),
    '\n',
  )}</ul></section>`;
}

export function colgroup(widths: number[]): Markup {
  return markup`<colgroup>${widths.map((w) => markup`<col style="width: ${w}%">`)}</colgroup>`;
}

export function footer(profiles: readonly Pick<Profile, 'sources'>[], ctx: Context): Markup {
  const sources = [...new Set(profiles.flatMap((p) => p.sources))];
  const sourceList =
    sources.length > 0 && markup`<div>${ctx.m.sources}:<ul>${sources.map((s) => markup`<li>${s}</li>`)}</ul></div>`;
  const generated = ctx.options.generatedAt ? formatDate(ctx.options.generatedAt, ctx.lang) : undefined;
  return markup`<footer class="report-footer">${sourceList}<p>${ctx.m.generatedBy(generated)}</p></footer>`;
}
