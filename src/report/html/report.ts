/**
 * The HTML report: profile(s) in, one self-contained HTML document out (inline CSS and SVG, no
 * scripts, fonts or other requests). Pure: the caller writes the string to a file.
 *
 * Escaping rule: every text from a questionnaire or answer file (titles, organisation, names,
 * roles, steps, sources) passes through escapeHtml() where it is written into the markup; the
 * chart renderers take plain text and escape it themselves. Labels from messages.ts are ours.
 */
import { compareProfiles, type Comparison, type ProfileSide, type UnitChange } from '../../compare/compare.js';
import { profileLevelTerm } from '../../questionnaire/level-term.js';
import type { DimensionProfile, LevelRef, Profile, UnitProfile } from '../../scoring/types.js';
import { renderBarChart, renderRangeBar } from './bars.js';
import { escapeHtml } from './escape.js';
import {
  formatChange,
  formatDate,
  formatNumber,
  formatPercent,
  formatScore,
  levelMinOf,
  levelOf,
  NO_VALUE,
} from '../format.js';
import { messagesFor, type Messages } from './messages.js';
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
}

export interface HtmlComparisonOptions extends HtmlReportOptions {
  /** Legend and column names for the two profiles; default "Voor"/"Before" and "Na"/"After",
   *  followed by the profile's date when it has one. */
  beforeLabel?: string;
  afterLabel?: string;
}

interface Context {
  m: Messages;
  lang: string;
  options: HtmlReportOptions;
}

/** A report for one or more profiles (each a complete report of its own, on its own pages). */
export function renderHtmlReport(profiles: Profile[], options: HtmlReportOptions): string {
  const m = messagesFor(options.language);
  const title = options.title ?? m.reportTitle;
  const first = profiles[0];
  const docTitle = first?.organisation ? `${title} – ${first.organisation}` : title;
  // Each profile in its own questionnaire's word for a level: one report may hold several.
  const ctxOf = (p: Profile): Context => ({
    m: messagesFor(options.language, profileLevelTerm(p, options.language)),
    lang: options.language,
    options,
  });
  const body = profiles.length
    ? profiles.map((p, i) => profileArticle(p, ctxOf(p), title, profiles.length > 1 ? `p${i + 1}-` : '')).join('\n')
    : `<article><h1>${escapeHtml(title)}</h1><p>${escapeHtml(m.noProfiles)}</p></article>`;
  return documentShell(docTitle, options.language, body);
}

/** A report comparing two profiles of the same questionnaire model, in `options.language` (see compareProfiles). */
export function renderHtmlComparison(before: Profile, after: Profile, options: HtmlComparisonOptions): string {
  return renderComparisonHtml(
    compareProfiles(before, after, { language: options.language }),
    { before, after },
    options,
  );
}

/** The levels of the compared profiles: each side's levels are named by its own questionnaire. */
export interface ComparedLevels {
  before: Pick<Profile, 'levels'>;
  after: Pick<Profile, 'levels'>;
}

/**
 * A comparison (from compareProfiles) as a report, in the comparison's language; the profiles it
 * was made from give the level names of each side.
 */
export function renderComparisonHtml(
  c: Comparison,
  profiles: ComparedLevels,
  options: Omit<HtmlComparisonOptions, 'language'> = {},
): string {
  const ctx: Context = {
    m: messagesFor(c.language, c.levelTerm),
    lang: c.language,
    options: { ...options, language: c.language },
  };
  const title = options.title ?? ctx.m.comparisonTitle;
  const organisation = c.after.organisation ?? c.before.organisation;
  const docTitle = organisation ? `${title} – ${organisation}` : title;
  return documentShell(docTitle, c.language, comparisonArticle(c, profiles, ctx, title, options));
}

function documentShell(title: string, language: string, body: string): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="datascan">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Shared pieces

/** "2 · Experimenteren", "below level 1" for rank 0. Plain text. */
function levelText(profile: Pick<Profile, 'levels'>, rank: number, m: Messages): string {
  if (rank <= 0) return m.belowFirstLevel;
  const name = levelOf(profile, rank)?.name;
  return name === undefined ? String(rank) : `${rank} · ${name}`;
}

/** The level a unit is in, or "–" without a score or without the unit. Plain text. */
function unitLevel(profile: Pick<Profile, 'levels'>, unit: LevelRef | null, m: Messages): string {
  return unit === null || unit.score === null ? NO_VALUE : levelText(profile, unit.level, m);
}

/** The scale and levels of a profile (or of a comparison: the later profile's). */
type Scaled = Pick<Profile, 'levels' | 'scale'>;

function chartScale(profile: Scaled): ChartScale {
  return {
    min: profile.scale.min,
    max: profile.scale.max,
    levels: profile.levels.map((l) => ({ rank: l.rank, name: l.name, min: l.min })),
  };
}

/** The finest units: subdimensions, or the dimension itself when it has none. */
function leafUnits<U>(dimensions: readonly (U & { subdimensions: readonly U[] })[]): U[] {
  return dimensions.flatMap((d) => (d.subdimensions.length ? [...d.subdimensions] : [d]));
}

/** Index of each dimension's first leaf in leafUnits(), for the dividers in the subdimension chart. */
function leafGroupStarts(dimensions: readonly { subdimensions: readonly unknown[] }[]): number[] {
  const starts: number[] = [];
  let k = 0;
  for (const d of dimensions) {
    starts.push(k);
    k += Math.max(1, d.subdimensions.length);
  }
  return starts;
}

function hasSubdimensions(dimensions: readonly { subdimensions: readonly unknown[] }[]): boolean {
  return dimensions.some((d) => d.subdimensions.length > 0);
}

/** A radar when there are three or more axes, bars otherwise; always with a legend and level key. */
function chartFigure(args: {
  id: string;
  caption: string;
  axes: string[];
  series: ChartSeries[];
  profile: Scaled;
  ctx: Context;
  kind: string;
  groupStarts?: number[];
}): string {
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
  const levelKey = profile.levels
    .map((l) => `<span>${l.rank} ${escapeHtml(l.name)} (${escapeHtml(m.levelFrom(formatScore(l.min, lang)))})</span>`)
    .join(' · ');
  return (
    `<figure class="chart-figure" data-chart="${escapeHtml(kind)}">` +
    `<figcaption>${escapeHtml(caption)}</figcaption>${svg}` +
    legendHtml(series, hasGap ? [m.gapNote] : []) +
    `<p class="phase-key">${escapeHtml(m.levels)}: ${levelKey}</p>` +
    `</figure>`
  );
}

function metaList(rows: [string, string][]): string {
  return `<dl class="meta">${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

function questionnaireText(profile: Pick<Profile, 'questionnaire'>): string {
  const q = profile.questionnaire;
  return escapeHtml(`${q.title} (${q.id} ${q.version})`);
}

function card(label: string, valueHtml: string, detailHtml = ''): string {
  return `<div class="card"><span class="label">${escapeHtml(label)}</span><span class="value">${valueHtml}</span>${detailHtml ? `<span class="detail">${detailHtml}</span>` : ''}</div>`;
}

function coverageDetail(profile: Profile, m: Messages, lang: string): string {
  const c = profile.coverage;
  return escapeHtml(
    m.coverageDetail(
      formatNumber(c.answered, lang),
      formatNumber(c.total, lang),
      formatNumber(c.unknown, lang),
      formatNumber(c.notApplicable, lang),
    ),
  );
}

function footer(profiles: readonly Pick<Profile, 'sources'>[], ctx: Context): string {
  const sources = [...new Set(profiles.flatMap((p) => p.sources))];
  const parts: string[] = [];
  if (sources.length)
    parts.push(
      `<div>${escapeHtml(ctx.m.sources)}:<ul>${sources.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul></div>`,
    );
  const generated = ctx.options.generatedAt ? formatDate(ctx.options.generatedAt, ctx.lang) : undefined;
  parts.push(`<p>${escapeHtml(ctx.m.generatedBy(generated))}</p>`);
  return `<footer class="report-footer">${parts.join('')}</footer>`;
}

// ---------------------------------------------------------------------------------------------
// One profile

function profileArticle(profile: Profile, ctx: Context, title: string, idPrefix: string): string {
  const { m, lang } = ctx;
  const meta: [string, string][] = [];
  if (profile.organisation) meta.push([m.organisation, escapeHtml(profile.organisation)]);
  meta.push([m.questionnaire, questionnaireText(profile)]);
  if (profile.date) meta.push([m.date, escapeHtml(formatDate(profile.date, lang))]);
  return [
    `<article class="profile">`,
    `<header><h1>${escapeHtml(title)}</h1>${metaList(meta)}</header>`,
    summarySection(profile, ctx),
    chartsSection(profile, ctx, idPrefix),
    dimensionTablesSection(profile, ctx),
    spreadSection(profile, ctx),
    nextStepsSection(profile, ctx),
    footer([profile], ctx),
    `</article>`,
  ].join('\n');
}

function summarySection(profile: Profile, ctx: Context): string {
  const { m, lang } = ctx;
  const overall = profile.overall;
  const level = card(
    m.overallLevel,
    escapeHtml(unitLevel(profile, overall, m)),
    escapeHtml(`${m.score} ${formatScore(overall.score, lang)}`),
  );
  const coverage = card(
    m.coverage,
    escapeHtml(formatPercent(profile.coverage.ratio, lang)),
    coverageDetail(profile, m, lang),
  );
  const people = (profile.respondentList ?? [])
    .map((r) => [r.name, r.role].filter(Boolean).join(', '))
    .filter(Boolean)
    .map((t) => `<li>${escapeHtml(t)}</li>`);
  const respondents = card(
    m.respondents,
    escapeHtml(formatNumber(profile.respondents, lang)),
    people.length ? `<ul class="respondent-list">${people.join('')}</ul>` : '',
  );
  const method = `<p class="muted">${escapeHtml(m.scoringMethod)}: ${escapeHtml(m.scoringMethods[profile.scoring.method] ?? profile.scoring.method)}.</p>`;
  return `<section class="summary"><h2>${escapeHtml(m.summary)}</h2><div class="cards">${level}${coverage}${respondents}</div>${method}</section>`;
}

function currentAndTarget(profile: Profile, units: UnitProfile[], m: Messages): ChartSeries[] {
  return [
    { key: 'current', label: m.current, style: 'primary', values: units.map((u) => u.score) },
    { key: 'target', label: m.target, style: 'secondary', values: units.map((u) => levelMinOf(profile, u.target)) },
  ];
}

function chartsSection(profile: Profile, ctx: Context, idPrefix: string): string {
  const { m } = ctx;
  const figures = [
    chartFigure({
      id: `${idPrefix}chart-dimensions`,
      caption: m.dimensionsChart,
      axes: profile.dimensions.map((d) => d.name),
      series: currentAndTarget(profile, profile.dimensions, m),
      profile,
      ctx,
      kind: 'dimensions',
    }),
  ];
  if (hasSubdimensions(profile.dimensions)) {
    const leaves = leafUnits<UnitProfile>(profile.dimensions);
    figures.push(
      chartFigure({
        id: `${idPrefix}chart-subdimensions`,
        caption: m.subdimensionsChart,
        axes: leaves.map((u) => u.name),
        series: currentAndTarget(profile, leaves, m),
        profile,
        ctx,
        kind: 'subdimensions',
        groupStarts: leafGroupStarts(profile.dimensions),
      }),
    );
  }
  // No forced page break: the dimension chart fits on the first page, under the summary.
  return `<section class="charts"><h2>${escapeHtml(m.profile)}</h2>${figures.join('\n')}</section>`;
}

function unitRow(profile: Profile, unit: UnitProfile, ctx: Context, rowClass: string, label: string): string {
  const { m, lang } = ctx;
  return (
    `<tr class="${rowClass}"><th scope="row">${escapeHtml(label)}</th>` +
    `<td class="num">${escapeHtml(formatScore(unit.score, lang))}</td>` +
    `<td>${escapeHtml(unitLevel(profile, unit, m))}</td>` +
    `<td>${escapeHtml(levelText(profile, unit.target, m))}</td>` +
    `<td class="num">${escapeHtml(unit.score === null ? NO_VALUE : formatNumber(unit.gap, lang))}</td>` +
    `<td class="num">${escapeHtml(formatPercent(unit.coverage.ratio, lang))}</td></tr>`
  );
}

function colgroup(widths: number[]): string {
  return `<colgroup>${widths.map((w) => `<col style="width: ${w}%">`).join('')}</colgroup>`;
}

function unitTableHead(m: Messages): string {
  return (
    colgroup([28, 9, 22, 22, 10, 9]) +
    `<thead><tr><th scope="col">${escapeHtml(m.name)}</th><th scope="col" class="num">${escapeHtml(m.score)}</th>` +
    `<th scope="col">${escapeHtml(m.level)}</th><th scope="col">${escapeHtml(m.target)}</th>` +
    `<th scope="col" class="num">${escapeHtml(m.gap)}</th><th scope="col" class="num">${escapeHtml(m.coverage)}</th></tr></thead>`
  );
}

function dimensionTablesSection(profile: Profile, ctx: Context): string {
  const { m } = ctx;
  const overview =
    `<table class="units overview"><caption>${escapeHtml(m.dimensionOverview)}</caption>${unitTableHead(m)}<tbody>` +
    profile.dimensions.map((d) => unitRow(profile, d, ctx, 'dimension', d.name)).join('') +
    `</tbody></table>`;
  const perDimension = profile.dimensions
    .filter((d) => d.subdimensions.length > 0)
    .map(
      (d) =>
        `<table class="units dimension-table" data-dimension="${escapeHtml(d.id)}"><caption>${escapeHtml(d.name)}</caption>${unitTableHead(m)}<tbody>` +
        unitRow(profile, d, ctx, 'total', `${d.name} (${m.dimensionTotal})`) +
        d.subdimensions.map((s) => unitRow(profile, s, ctx, 'sub', s.name)).join('') +
        `</tbody></table>`,
    );
  return `<section class="scores page"><h2>${escapeHtml(m.scoresPerDimension)}</h2>${overview}${perDimension.join('\n')}</section>`;
}

// ---------------------------------------------------------------------------------------------
// Spread and discussion points

function spreadRow(profile: Profile, unit: UnitProfile, ctx: Context, rowClass: string): string {
  const { m, lang } = ctx;
  const s = unit.spread;
  const classes = [rowClass, s?.disagreement ? 'disagreement' : ''].filter(Boolean).join(' ');
  if (!s) {
    return `<tr class="${classes}"><th scope="row">${escapeHtml(unit.name)}</th><td class="num">${escapeHtml(formatScore(unit.score, lang))}</td><td class="num">${NO_VALUE}</td><td class="num">${NO_VALUE}</td><td class="num">${NO_VALUE}</td><td class="bar-cell"></td><td></td></tr>`;
  }
  const bar = renderRangeBar({
    min: s.min,
    max: s.max,
    score: unit.score,
    scale: chartScale(profile),
    title: m.rangeTitle(unit.name, formatScore(s.min, lang), formatScore(s.max, lang), formatScore(unit.score, lang)),
    highlight: s.disagreement,
  });
  return (
    `<tr class="${classes}"><th scope="row">${escapeHtml(unit.name)}</th>` +
    `<td class="num">${escapeHtml(formatScore(unit.score, lang))}</td>` +
    `<td class="num">${escapeHtml(formatScore(s.min, lang))}</td>` +
    `<td class="num">${escapeHtml(formatScore(s.max, lang))}</td>` +
    `<td class="num">${escapeHtml(formatScore(s.sd, lang))}</td>` +
    `<td class="bar-cell">${bar}</td>` +
    `<td>${s.disagreement ? `<span class="flag">${escapeHtml(m.discussionPoint)}</span>` : ''}</td></tr>`
  );
}

/** Units to discuss: leaves with a disagreement, and dimensions that disagree where none of their subdimensions does. */
function discussionUnits(profile: Profile): UnitProfile[] {
  const units: UnitProfile[] = [];
  for (const d of profile.dimensions) {
    const subs = d.subdimensions.filter((s) => s.spread?.disagreement);
    if (subs.length) units.push(...subs);
    else if (d.spread?.disagreement) units.push(d);
  }
  // Widest difference first; the sort is stable, so ties keep the model's order.
  return units.sort((a, b) => spreadWidth(b) - spreadWidth(a));
}

function spreadWidth(unit: UnitProfile): number {
  return unit.spread ? unit.spread.max - unit.spread.min : 0;
}

function spreadSection(profile: Profile, ctx: Context): string {
  const { m, lang } = ctx;
  const anySpread = profile.dimensions.some((d) => d.spread || d.subdimensions.some((s) => s.spread));
  if (profile.respondents < 2 || !anySpread) return '';
  const head =
    colgroup([28, 8, 8, 8, 8, 25, 15]) +
    `<thead><tr><th scope="col">${escapeHtml(m.name)}</th><th scope="col" class="num">${escapeHtml(m.score)}</th>` +
    `<th scope="col" class="num">${escapeHtml(m.lowest)}</th><th scope="col" class="num">${escapeHtml(m.highest)}</th>` +
    `<th scope="col" class="num">${escapeHtml(m.sd)}</th><th scope="col">${escapeHtml(m.range)}</th><th scope="col"><span class="visually-hidden">${escapeHtml(m.discussionPoint)}</span></th></tr></thead>`;
  const rows = profile.dimensions
    .map(
      (d: DimensionProfile) =>
        spreadRow(profile, d, ctx, 'total') + d.subdimensions.map((s) => spreadRow(profile, s, ctx, 'sub')).join(''),
    )
    .join('');
  const table = `<table class="spread">${head}<tbody>${rows}</tbody></table>`;
  const points = discussionUnits(profile);
  const list = points.length
    ? `<ol class="discussion">${points
        .map((u) => {
          const s = u.spread!;
          const detail = m.discussionItem(
            formatScore(s.min, lang),
            formatScore(s.max, lang),
            formatScore(s.max - s.min, lang),
          );
          return `<li><strong>${escapeHtml(u.name)}</strong>: ${escapeHtml(detail)}</li>`;
        })
        .join('')}</ol>`
    : `<p>${escapeHtml(m.noDiscussionPoints)}</p>`;
  return (
    `<section class="spread page"><h2>${escapeHtml(m.spread)}</h2>` +
    `<p>${escapeHtml(m.spreadIntro(formatScore(profile.scoring.disagreementThreshold, lang)))}</p>${table}` +
    `<h3 id="discussion-points">${escapeHtml(m.discussionPoints)}</h3>${list}</section>`
  );
}

// ---------------------------------------------------------------------------------------------
// Next steps

function nextStepsSection(profile: Profile, ctx: Context): string {
  const { m } = ctx;
  if (!profile.nextSteps.length) {
    return `<section class="next-steps page"><h2>${escapeHtml(m.nextSteps)}</h2><p>${escapeHtml(m.noNextSteps)}</p></section>`;
  }
  // Dimensions in the order of their most urgent group; groups keep the profile's priority order.
  const byDimension = new Map<
    string,
    { name: string; groups: { priority: number; group: Profile['nextSteps'][number] }[] }
  >();
  profile.nextSteps.forEach((group, i) => {
    let entry = byDimension.get(group.dimension);
    if (!entry) {
      entry = { name: group.dimensionName, groups: [] };
      byDimension.set(group.dimension, entry);
    }
    entry.groups.push({ priority: i + 1, group });
  });
  const blocks = [...byDimension.entries()].map(([id, { name, groups }]) => {
    const items = groups.map(({ priority, group }) => {
      const heading = group.subdimensionName ?? group.dimensionName;
      const fromTo = m.fromTo(levelText(profile, group.fromLevel, m), levelText(profile, group.toLevel, m));
      return (
        `<div class="step-group" data-priority="${priority}"><h4><span class="priority">${escapeHtml(m.priority(priority))}</span>${escapeHtml(heading)}</h4>` +
        `<p class="phases">${escapeHtml(fromTo)}</p>` +
        `<ol>${group.steps.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ol></div>`
      );
    });
    return `<div class="dimension-steps" data-dimension="${escapeHtml(id)}"><h3>${escapeHtml(name)}</h3>${items.join('')}</div>`;
  });
  return `<section class="next-steps page"><h2>${escapeHtml(m.nextSteps)}</h2><p class="muted">${escapeHtml(m.nextStepsIntro)}</p>${blocks.join('\n')}</section>`;
}

// ---------------------------------------------------------------------------------------------
// Comparison

function sideLabel(base: string, side: ProfileSide, explicit: string | undefined, lang: string): string {
  if (explicit !== undefined) return explicit;
  return side.date ? `${base} (${formatDate(side.date, lang)})` : base;
}

function sideCard(
  label: string,
  side: ProfileSide,
  overall: LevelRef | null,
  profile: Pick<Profile, 'levels'>,
  ctx: Context,
): string {
  const { m, lang } = ctx;
  const detail = `${m.score} ${formatScore(overall?.score ?? null, lang)} · ${m.coverage} ${formatPercent(side.coverage.ratio, lang)} · ${m.respondents} ${side.respondents}`;
  return card(label, escapeHtml(unitLevel(profile, overall, m)), escapeHtml(detail));
}

function comparisonArticle(
  c: Comparison,
  profiles: ComparedLevels,
  ctx: Context,
  title: string,
  options: Omit<HtmlComparisonOptions, 'language'>,
): string {
  const { m, lang } = ctx;
  const { before, after } = c;
  const beforeLabel = sideLabel(m.before, before, options.beforeLabel, lang);
  const afterLabel = sideLabel(m.after, after, options.afterLabel, lang);

  const meta: [string, string][] = [];
  const organisation = after.organisation ?? before.organisation;
  if (organisation) meta.push([m.organisation, escapeHtml(organisation)]);
  const sameQuestionnaire =
    before.questionnaire.id === after.questionnaire.id && before.questionnaire.version === after.questionnaire.version;
  meta.push([
    m.questionnaire,
    sameQuestionnaire
      ? questionnaireText(after)
      : `${escapeHtml(m.before)}: ${questionnaireText(before)}<br>${escapeHtml(m.after)}: ${questionnaireText(after)}`,
  ]);
  if (before.date || after.date) {
    meta.push([
      m.date,
      `${escapeHtml(before.date ? formatDate(before.date, lang) : NO_VALUE)} → ${escapeHtml(after.date ? formatDate(after.date, lang) : NO_VALUE)}`,
    ]);
  }

  const cards =
    sideCard(beforeLabel, before, c.overall.before, profiles.before, ctx) +
    sideCard(afterLabel, after, c.overall.after, profiles.after, ctx) +
    card(m.change, escapeHtml(formatChange(c.overall.change, lang)), escapeHtml(m.overallScore));
  const summary = `<section class="summary"><h2>${escapeHtml(m.summary)}</h2><div class="cards">${cards}</div></section>`;

  const series = (list: readonly UnitChange[]): ChartSeries[] => [
    { key: 'after', label: afterLabel, style: 'primary', values: list.map((u) => u.after?.score ?? null) },
    { key: 'before', label: beforeLabel, style: 'secondary', values: list.map((u) => u.before?.score ?? null) },
  ];
  const figures = [
    chartFigure({
      id: 'cmp-chart-dimensions',
      caption: m.comparisonDimensionsChart,
      axes: c.dimensions.map((u) => u.name),
      series: series(c.dimensions),
      profile: c,
      ctx,
      kind: 'dimensions',
    }),
  ];
  if (hasSubdimensions(c.dimensions)) {
    const leaves = leafUnits<UnitChange>(c.dimensions);
    figures.push(
      chartFigure({
        id: 'cmp-chart-subdimensions',
        caption: m.comparisonSubdimensionsChart,
        axes: leaves.map((u) => u.name),
        series: series(leaves),
        profile: c,
        ctx,
        kind: 'subdimensions',
        groupStarts: leafGroupStarts(c.dimensions),
      }),
    );
  }
  const charts = `<section class="charts"><h2>${escapeHtml(m.comparison)}</h2>${figures.join('\n')}</section>`;

  const row = (u: UnitChange, rowClass: string) =>
    `<tr class="${rowClass}"><th scope="row">${escapeHtml(u.name)}</th>` +
    `<td class="num">${escapeHtml(formatScore(u.before?.score ?? null, lang))}</td><td>${escapeHtml(unitLevel(profiles.before, u.before, m))}</td>` +
    `<td class="num">${escapeHtml(formatScore(u.after?.score ?? null, lang))}</td><td>${escapeHtml(unitLevel(profiles.after, u.after, m))}</td>` +
    `<td class="num">${escapeHtml(formatChange(u.change, lang))}</td></tr>`;
  const rows = c.dimensions.map((d) => row(d, 'total') + d.subdimensions.map((s) => row(s, 'sub')).join('')).join('');
  const table =
    `<section class="scores page"><h2>${escapeHtml(m.comparisonTable)}</h2><table class="comparison">${colgroup([30, 11, 20, 11, 20, 8])}<thead><tr>` +
    `<th scope="col">${escapeHtml(m.name)}</th><th scope="col" class="num" title="${escapeHtml(beforeLabel)}">${escapeHtml(m.before)}</th><th scope="col">${escapeHtml(m.level)}</th>` +
    `<th scope="col" class="num" title="${escapeHtml(afterLabel)}">${escapeHtml(m.after)}</th><th scope="col">${escapeHtml(m.level)}</th><th scope="col" class="num">${escapeHtml(m.change)}</th>` +
    `</tr></thead><tbody>${rows}</tbody></table></section>`;

  return [
    `<article class="comparison">`,
    `<header><h1>${escapeHtml(title)}</h1>${metaList(meta)}</header>`,
    summary,
    charts,
    table,
    footer([before, after], ctx),
    `</article>`,
  ].join('\n');
}
