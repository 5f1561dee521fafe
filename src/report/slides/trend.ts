/**
 * The slides of `compare --format slides` with three or more scans: a Trend (from trendOfProfiles)
 * as a deck. Its title slide names every scan with its date and respondents, the radar draws one
 * line per scan, each dimension's slides show per unit a bar per scan with the levels and the
 * targets met, and with `--plan` the plan's counts follow. Built on the deck's primitives
 * (model.ts paginates, render.ts draws the document).
 */
import { comparedOrganisationsOf, type DimensionTrend, type Trend, type UnitTrend } from '../../compare/trend.js';
import type { Profile } from '../../scoring/types.js';
import { capitalise } from '../../util/text.js';
import { formatChange, formatDate, formatPercent, formatScore, NO_VALUE } from '../format.js';
import { join, markup, type Interpolation, type Markup } from '../html/markup.js';
import { messagesFor, type Messages } from '../html/messages.js';
import { questionnaireText, unitLevel, type Context } from '../html/page.js';
import { COLOURS, trendStyle, type ChartSeries } from '../html/series.js';
import { labelsFor } from '../profile/labels.js';
import { trendPlanLines } from '../profile/plan.js';
import { levelsText, metText, scanLabels } from '../profile/trend.js';
import { BODY_WIDTH, bodyBudget, paginate, parts, planSlides, type Chunk, type Part, type PlanSlide } from './model.js';
import { wrappedLines } from './measure.js';
import {
  metaList,
  partHeading,
  percentOf,
  planSlideMarkup,
  radarBody,
  slidesDocument,
  type SlideMarkup,
} from './render.js';

export interface TrendSlidesOptions {
  /** Heading of the title slide; default the trend report's. */
  title?: string;
}

/** What a dimension's slide of a trend holds: the key of the bars, then a row per unit. */
export type TrendItem = { type: 'legend' } | { type: 'row'; unit: UnitTrend; total: boolean };

export type TrendSlide =
  | { kind: 'title' }
  | { kind: 'radar' }
  | ({ kind: 'dimension'; dimension: DimensionTrend; items: TrendItem[] } & Part)
  | PlanSlide;

/** Height in px of one scan's bar in a unit's track, and the gap between two. */
const BAR = 10;
const BAR_GAP = 3;
/** Height in px of a line of body text (24 px type, line height 1.25). */
const LINE_PX = 30;
/** The unit-name column: 27% of the body, less its cell padding. */
const NAME_WIDTH = 300;

/** The track's height in px for `n` scans: a bar each, with a gap between and a margin above and below. */
function trackHeight(n: number): number {
  return n * BAR + (n - 1) * BAR_GAP + 8;
}

function dimensionSlides(t: Trend, d: DimensionTrend): TrendSlide[] {
  const n = t.scans.length;
  const units = [{ unit: d, total: true }, ...d.subdimensions.map((unit) => ({ unit, total: false }))];
  const chunks: Chunk<TrendItem>[] = [
    // The key names every scan: it wraps when there are many.
    {
      item: { type: 'legend' },
      height: wrappedLines('0000 '.repeat(n * 2), BODY_WIDTH) * LINE_PX + 12,
      keepWithNext: true,
    },
    // Name beside a bar per scan; the levels above the targets met, which wrap at two scans a line.
    ...units.map(({ unit, total }) => ({
      item: { type: 'row' as const, unit, total },
      height:
        Math.max(
          wrappedLines(unit.name, NAME_WIDTH) * LINE_PX,
          trackHeight(n),
          (1 + Math.ceil((n - 1) / 2)) * LINE_PX,
        ) + 12,
    })),
  ];
  // Less the table's header row.
  return parts(paginate(chunks, bodyBudget(d.name) - 48), (items, part) => ({
    kind: 'dimension' as const,
    dimension: d,
    items,
    ...part,
  }));
}

/**
 * A trend's deck: the title with every scan, the radar, one or more slides per dimension, and with a
 * plan (`compare --plan`) its counts beside the change from the first scan to the last.
 */
export function trendSlides(t: Trend): TrendSlide[] {
  const labels = labelsFor(t.language, t.levelTerm);
  return [
    { kind: 'title' },
    { kind: 'radar' },
    ...t.dimensions.flatMap((d) => dimensionSlides(t, d)),
    ...(t.plan ? planSlides(trendPlanLines(t, labels), labels.actionPlan) : []),
  ];
}

// ---------------------------------------------------------------------------------------------
// Drawing them

/** What the slides need besides the trend: its short and long names of the scans, and each scan's levels. */
interface TrendContext extends Context {
  short: string[];
  long: string[];
  levelsOf: (i: number) => Pick<Profile, 'levels'>;
}

function scanText(t: Trend, i: number, ctx: TrendContext): string {
  const { m, lang } = ctx;
  const s = t.scans[i]!;
  return [
    s.date ? formatDate(s.date, lang) : null,
    m.respondentCount(s.respondents),
    `${m.coverage.toLowerCase()} ${formatPercent(s.coverage.ratio, lang)}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

function titleSlide(t: Trend, ctx: TrendContext, title: string): SlideMarkup {
  const { m } = ctx;
  const questionnaires = [...new Set(t.scans.map(questionnaireText))];
  const rows: [string, Interpolation][] = questionnaires.length === 1 ? [[m.questionnaire, questionnaires[0]!]] : [];
  t.scans.forEach((s, i) => {
    const which = questionnaires.length === 1 ? '' : ` · ${questionnaireText(s)}`;
    rows.push([ctx.short[i]!, `${scanText(t, i, ctx)}${which}`]);
  });
  const organisation = comparedOrganisationsOf(t);
  const notes = [
    markup`<p class="muted">${capitalise(m.trend.order(t.order))}</p>`,
    t.differentOrganisations && markup`<p>${m.trend.differentOrganisations(t.differentOrganisations)}</p>`,
  ];
  return {
    kind: 'title',
    level: 1,
    heading: markup`${title}`,
    body: markup`${organisation && markup`<p class="organisation">${organisation}</p>`}${metaList(rows)}${notes}<p class="keys">${m.slideKeys}</p>`,
  };
}

/** A line per scan, the last first: it is drawn on top and leads the legend. */
function series(t: Trend, units: readonly UnitTrend[], ctx: TrendContext): ChartSeries[] {
  return t.scans
    .map((_, i) => ({
      key: `scan-${i + 1}`,
      label: ctx.long[i]!,
      style: trendStyle(t.scans.length - 1 - i),
      values: units.map((u) => u.scans[i]?.score ?? null),
    }))
    .reverse();
}

function radarSlide(t: Trend, ctx: TrendContext): SlideMarkup {
  const { m, lang } = ctx;
  const last = t.scans.length - 1;
  const scores = t.overall.scans.map((s) => formatScore(s?.score ?? null, lang)).join(' → ');
  const overall = markup`<p><strong>${m.overallScore}</strong>: ${scores} (${formatChange(t.overall.change, lang)})</p><p>${unitLevel(ctx.levelsOf(last), t.overall.scans[last] ?? null, m)}</p>`;
  return {
    kind: 'radar',
    heading: markup`${m.trendDimensionsChart}`,
    body: radarBody(
      'slide-radar',
      m.trendDimensionsChart,
      t.dimensions.map((d) => d.name),
      series(t, t.dimensions, ctx),
      t,
      ctx,
      overall,
    ),
  };
}

/** The colour of scan i's bar: that of its line on the radar. */
function barColour(t: Trend, i: number): string {
  return COLOURS[trendStyle(t.scans.length - 1 - i)];
}

function barKey(t: Trend, ctx: TrendContext): Markup {
  const keys = t.scans.map(
    (_, i) =>
      markup`<span><span class="swatch-fill" style="background: ${barColour(t, i)}" aria-hidden="true"></span>${ctx.long[i]}</span>`,
  );
  return markup`<p class="bar-key">${join(keys, ' · ')}</p>`;
}

function trendRow(t: Trend, unit: UnitTrend, total: boolean, ctx: TrendContext): Markup {
  const { m, lang } = ctx;
  const n = t.scans.length;
  // The scans top to bottom in the order compared, each in its radar colour.
  const bars = unit.scans.map((s, i) =>
    s === null || s.score === null
      ? null
      : markup`<div class="fill" style="top: ${4 + i * (BAR + BAR_GAP)}px; height: ${BAR}px; width: ${percentOf(s.score, t.scale)}; background: ${barColour(t, i)}"></div>`,
  );
  const track = markup`<div class="track" style="height: ${trackHeight(n)}px" aria-hidden="true">${bars}</div>`;
  const mark = unit.questionsChanged && ' *';
  const scores = unit.scans
    .map((s, i) => `${ctx.short[i]} ${formatScore(s?.score ?? null, lang)} (${unitLevel(ctx.levelsOf(i), s, m)})`)
    .join(', ');
  const met = unit.targetsMet.map((check, i) => `${ctx.short[i + 1]} ${metText(check)}`);
  const levels = markup`${levelsText(unit)}<span class="target-level">${join(met, ' · ')}</span>`;
  return markup`<tr class="${total ? 'total' : 'sub'}"><th scope="row">${unit.name}${mark}</th><td class="num">${unit.change === null ? NO_VALUE : formatChange(unit.change, lang)}<span class="visually-hidden"> (${scores})</span></td><td>${track}</td><td class="level-cell">${levels}</td></tr>`;
}

function dimensionBody(t: Trend, items: readonly TrendItem[], ctx: TrendContext): Markup {
  const { m } = ctx;
  const parts: Markup[] = [];
  const rows: Markup[] = [];
  for (const item of items) {
    if (item.type === 'legend') parts.push(barKey(t, ctx));
    else rows.push(trendRow(t, item.unit, item.total, ctx));
  }
  const head = markup`<thead><tr><th scope="col">${m.name}</th><th scope="col" class="num">${m.change}</th><th scope="col"><span class="visually-hidden">${m.score}</span></th><th scope="col">${m.level} · ${m.trend.targetMet}</th></tr></thead>`;
  const cols = markup`<colgroup><col style="width: 27%"><col style="width: 12%"><col style="width: 26%"><col style="width: 35%"></colgroup>`;
  if (rows.length > 0) parts.push(markup`<table class="units">${cols}${head}<tbody>${rows}</tbody></table>`);
  const marked = items.some((i) => i.type === 'row' && i.unit.questionsChanged);
  if (marked && t.questionsChangedSince)
    parts.push(markup`<p class="muted">* ${m.questionsChangedSince(t.questionsChangedSince)}</p>`);
  return join(parts, '\n');
}

function trendSlide(t: Trend, slide: TrendSlide, ctx: TrendContext, title: string): SlideMarkup {
  const { m } = ctx;
  switch (slide.kind) {
    case 'title':
      return titleSlide(t, ctx, title);
    case 'radar':
      return radarSlide(t, ctx);
    case 'dimension':
      return {
        kind: 'dimension',
        heading: partHeading(slide.dimension.name, slide.part, slide.parts, m),
        body: dimensionBody(t, slide.items, ctx),
      };
    case 'plan':
      return planSlideMarkup(slide, m);
  }
}

/**
 * A trend as a deck, in the trend's language; `levels` (one per scan, in the same order) names each
 * scan's levels by its own questionnaire.
 */
export function renderTrendSlides(
  t: Trend,
  levels: readonly Pick<Profile, 'levels'>[],
  options: TrendSlidesOptions = {},
): string {
  const m: Messages = messagesFor(t.language, t.levelTerm);
  const ctx: TrendContext = {
    m,
    lang: t.language,
    options: { language: t.language },
    short: scanLabels(t),
    // The key and legend name a scan by its date where it has one.
    long: t.scans.map((s, i) => (s.date ? formatDate(s.date, t.language) : capitalise(m.trend.scan(i + 1)))),
    levelsOf: (i) => levels[i] ?? t,
  };
  const title = options.title ?? m.trendTitle;
  const organisation = comparedOrganisationsOf(t);
  const docTitle = organisation ? `${title} – ${organisation}` : title;
  const slides = trendSlides(t).map((s) => trendSlide(t, s, ctx, title));
  return slidesDocument(docTitle, t.language, m, slides);
}
