/**
 * The trend report: three or more profiles of the same questionnaire model, as one self-contained
 * HTML document: a card per scan, a radar with one line per scan, a small line chart per
 * dimension, and a table of the scores per scan with the change and the targets met.
 */
import type { DimensionTrend, TargetCheck, Trend, TrendLine } from '../../compare/trend.js';
import { comparedOrganisationsOf } from '../../compare/trend.js';
import type { Profile } from '../../scoring/types.js';
import { capitalise } from '../../util/text.js';
import { formatChange, formatDate, formatPercent, formatScore, NO_VALUE } from '../format.js';
import { labelsFor } from '../profile/labels.js';
import { trendPlanLines } from '../profile/plan.js';
import { scanLabels } from '../profile/trend.js';
import { renderLineChart } from './line-chart.js';
import { join, markup, type Interpolation, type Markup } from './markup.js';
import { messagesFor } from './messages.js';
import {
  actionPlanSection,
  card,
  unitChartFigures,
  chartScale,
  colgroup,
  documentShell,
  footer,
  metaList,
  questionnaireText,
  unitLevel,
  type Context,
  type HtmlReportOptions,
} from './page.js';
import { trendStyle, type ChartSeries } from './series.js';
import { TREND_CSS } from './styles.js';

/**
 * A trend (from trendOfProfiles) as a report, in the trend's language; `levels` (one per scan, in
 * the same order) names each scan's levels by its own questionnaire.
 */
export function renderTrendHtml(
  t: Trend,
  levels: readonly Pick<Profile, 'levels'>[],
  options: Omit<HtmlReportOptions, 'language'> = {},
): string {
  const ctx: Context = {
    m: messagesFor(t.language, t.levelTerm),
    lang: t.language,
    options: { ...options, language: t.language },
  };
  const title = options.title ?? ctx.m.trendTitle;
  const organisation = comparedOrganisationsOf(t);
  const docTitle = organisation ? `${title} – ${organisation}` : title;
  return documentShell(docTitle, t.language, trendArticle(t, levels, ctx, title), TREND_CSS);
}

function trendArticle(t: Trend, levels: readonly Pick<Profile, 'levels'>[], ctx: Context, title: string): Markup {
  const { m, lang } = ctx;
  const short = scanLabels(t);
  // The legend and cards name a scan by its date where it has one.
  const long = t.scans.map((s, i) => (s.date ? formatDate(s.date, lang) : capitalise(m.trend.scan(i + 1))));
  const levelsOf = (i: number) => levels[i] ?? t;

  const meta: [string, Interpolation][] = [];
  const organisation = comparedOrganisationsOf(t);
  if (organisation) meta.push([m.organisation, organisation]);
  const questionnaires = [...new Set(t.scans.map(questionnaireText))];
  meta.push([
    m.questionnaire,
    questionnaires.length === 1
      ? questionnaires[0]!
      : join(
          t.scans.map((s, i) => markup`${short[i]}: ${questionnaireText(s)}`),
          markup`<br>`,
        ),
  ]);
  meta.push([
    m.date,
    `${t.scans.map((s) => (s.date ? formatDate(s.date, lang) : NO_VALUE)).join(' → ')} (${m.trend.order(t.order)})`,
  ]);
  const note =
    t.differentOrganisations &&
    markup`<p class="warning-note" role="note">${m.trend.differentOrganisations(t.differentOrganisations)}</p>`;

  const cards = t.scans.map((s, i) => {
    const overall = t.overall.scans[i] ?? null;
    const detail = `${m.score} ${formatScore(overall?.score ?? null, lang)} · ${m.coverage} ${formatPercent(s.coverage.ratio, lang)} · ${m.respondents} ${s.respondents}`;
    return card(long[i]!, unitLevel(levelsOf(i), overall, m), detail);
  });
  cards.push(
    card(
      m.change,
      formatChange(t.overall.change, lang),
      `${m.overallScore} (${short[0]} → ${short[short.length - 1]})`,
    ),
  );
  const summary = markup`<section class="summary"><h2>${m.summary}</h2><div class="cards">${cards}</div></section>`;

  // The last scan first: it is drawn on top and leads the legend.
  const series = (list: readonly TrendLine[]): ChartSeries[] =>
    t.scans
      .map((_, i) => ({
        key: `scan-${i + 1}`,
        label: long[i]!,
        style: trendStyle(t.scans.length - 1 - i),
        values: list.map((u) => u.scans[i]?.score ?? null),
      }))
      .reverse();
  const figures = unitChartFigures<TrendLine>({
    idPrefix: 'trend-',
    captions: { dimensions: m.trendDimensionsChart, subdimensions: m.trendSubdimensionsChart },
    dimensions: t.dimensions,
    series,
    profile: t,
    ctx,
  });
  const charts = markup`<section class="charts"><h2>${m.comparison}</h2>${join(figures, '\n')}</section>`;

  const lineFigure = (d: DimensionTrend, k: number) => {
    const points = d.scans.map((s, i) => ({ scan: short[i]!, score: formatScore(s?.score ?? null, lang) }));
    const svg = renderLineChart({
      id: `trend-line-${k + 1}`,
      title: d.name,
      description: m.trendLineDescription(d.name, points),
      labels: short,
      values: d.scans.map((s) => s?.score ?? null),
      scale: chartScale(t),
    });
    return markup`<figure class="chart-figure" data-chart="line"><figcaption>${d.name}</figcaption>${svg}</figure>`;
  };
  const lines = markup`<section class="lines"><h2>${m.trendLines}</h2><div class="trend-lines">${t.dimensions.map(lineFigure)}</div></section>`;

  const changed = t.questionsChangedSince && m.questionsChangedSince(t.questionsChangedSince);
  const met = (check: TargetCheck | null, i: number) => {
    const word = check === null || check.reached === null ? NO_VALUE : check.reached ? '✓' : '✗';
    const target = check?.target != null ? ` (${check.target})` : '';
    return `${short[i + 1]} ${word}${target}`;
  };
  const row = (u: TrendLine, rowClass: string, targets: readonly (TargetCheck | null)[] | undefined, mark: boolean) => {
    const cells = u.scans.map(
      (s, i) =>
        // The rank fits the narrow column; the level's name and how near the next one it is are in its title.
        markup`<td class="num" title="${unitLevel(levelsOf(i), s, m)}">${formatScore(s?.score ?? null, lang)}<span class="level-name">${s === null || s.score === null ? NO_VALUE : `${m.level} ${s.level}`}</span></td>`,
    );
    const star = mark && markup` <span class="muted" title="${changed ?? ''}">*</span>`;
    const name = targets === undefined ? m.overallScore : u.name;
    return markup`<tr class="${rowClass}"><th scope="row">${name}${star}</th>${cells}<td class="num">${formatChange(u.change, lang)}</td><td>${targets ? targets.map(met).join(' · ') : ''}</td></tr>`;
  };
  const rows = t.dimensions.map((d) => [
    row(d, 'total', d.targetsMet, Boolean(d.questionsChanged)),
    d.subdimensions.map((s) => row(s, 'sub', s.targetsMet, Boolean(s.questionsChanged))),
  ]);
  const head = [
    markup`<th scope="col">${m.name}</th>`,
    short.map((s, i) => markup`<th scope="col" class="num" title="${long[i]}">${s}</th>`),
    markup`<th scope="col" class="num">${m.change}</th>`,
    markup`<th scope="col">${capitalise(m.trend.targetMet)}</th>`,
  ];
  const notes = [
    markup`<p class="muted">${capitalise(m.trend.targetNote)}</p>`,
    changed && markup`<p class="muted">* ${changed}</p>`,
  ];
  const table = markup`<section class="scores page"><h2>${m.trendTable}</h2><table class="comparison trend">${colgroup([26, ...short.map(() => 42 / short.length), 9, 23])}<thead><tr>${head}</tr></thead><tbody>${rows}${row(t.overall, 'overall total', undefined, false)}</tbody></table>${notes}</section>`;

  return join(
    [
      markup`<article class="comparison trend">`,
      markup`<header><h1>${title}</h1>${metaList(meta)}${note}</header>`,
      summary,
      charts,
      lines,
      table,
      planSection(t),
      footer(t.scans, ctx),
      markup`</article>`,
    ],
    '\n',
  );
}

/** Per unit of the action plan its actions done and its change in level from the first scan to the last (`compare --plan`). */
function planSection(t: Trend): Markup | null {
  if (!t.plan) return null;
  const labels = labelsFor(t.language, t.levelTerm);
  return actionPlanSection(labels.actionPlan, trendPlanLines(t, labels));
}
