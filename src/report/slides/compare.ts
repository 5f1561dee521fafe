/**
 * The slides of `compare --format slides`: a Comparison (from compareProfiles) as a deck. Its
 * title slide names both scans, the radar draws both, and each dimension's slides show per unit
 * a bar for before and after with their levels and the change.
 */
import { comparedOrganisations, type Comparison, type ProfileSide, type UnitChange } from '../../compare/compare.js';
import { formatChange, formatDate, formatPercent, formatScore, NO_VALUE } from '../format.js';
import { join, markup, type Interpolation, type Markup } from '../html/markup.js';
import { messagesFor, type Messages } from '../html/messages.js';
import type { ComparedLevels } from '../html/compare-page.js';
import { questionnaireText, unitLevel, type Context } from '../html/page.js';
import type { ChartSeries } from '../html/series.js';
import { comparisonSlides, type ChangeItem, type ComparisonSlide } from './model.js';
import {
  metaList,
  partHeading,
  percentOf,
  planSlideMarkup,
  radarBody,
  slidesDocument,
  type SlideMarkup,
} from './render.js';
import { changeLevels, sideName } from './texts.js';

export interface ComparisonSlidesOptions {
  /** Heading of the title slide; default the comparison report's. */
  title?: string;
}

function sideText(side: ProfileSide, ctx: Context): string {
  const { m, lang } = ctx;
  return [
    // Beside a consensus file, what each side is (the agreement, the group's average) says most.
    side.label ?? null,
    side.date ? formatDate(side.date, lang) : null,
    m.respondentCount(side.respondents),
    `${m.coverage.toLowerCase()} ${formatPercent(side.coverage.ratio, lang)}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

function titleSlide(c: Comparison, ctx: Context, title: string): SlideMarkup {
  const { m } = ctx;
  const { before, after } = c;
  const same =
    before.questionnaire.id === after.questionnaire.id && before.questionnaire.version === after.questionnaire.version;
  const rows: [string, Interpolation][] = same
    ? [[m.questionnaire, questionnaireText(after)]]
    : [
        [`${m.questionnaire} (${m.before.toLowerCase()})`, questionnaireText(before)],
        [`${m.questionnaire} (${m.after.toLowerCase()})`, questionnaireText(after)],
      ];
  rows.push([m.before, sideText(before, ctx)], [m.after, sideText(after, ctx)]);
  const organisation = comparedOrganisations(c);
  const different = c.differentOrganisations;
  const note = different && markup`<p>${m.differentOrganisations(different.before, different.after)}</p>`;
  return {
    kind: 'title',
    level: 1,
    heading: markup`${title}`,
    body: markup`${organisation && markup`<p class="organisation">${organisation}</p>`}${metaList(rows)}${note}<p class="keys">${m.slideKeys}</p>`,
  };
}

function series(c: Comparison, units: readonly UnitChange[], m: Messages): ChartSeries[] {
  return [
    {
      key: 'after',
      label: sideName(m.after, c.after),
      style: 'primary',
      values: units.map((u) => u.after?.score ?? null),
    },
    {
      key: 'before',
      label: sideName(m.before, c.before),
      style: 'secondary',
      values: units.map((u) => u.before?.score ?? null),
    },
  ];
}

function radarSlide(c: Comparison, profiles: ComparedLevels, ctx: Context): SlideMarkup {
  const { m, lang } = ctx;
  const overall = markup`<p><strong>${m.overallScore}</strong>: ${formatScore(c.overall.before?.score ?? null, lang)} → ${formatScore(c.overall.after?.score ?? null, lang)} (${formatChange(c.overall.change, lang)})</p><p>${unitLevel(profiles.after, c.overall.after, m)}</p>`;
  return {
    kind: 'radar',
    heading: markup`${m.comparisonDimensionsChart}`,
    body: radarBody(
      'slide-radar',
      m.comparisonDimensionsChart,
      c.dimensions.map((d) => d.name),
      series(c, c.dimensions, m),
      c,
      ctx,
      overall,
    ),
  };
}

function changeRow(c: Comparison, unit: UnitChange, total: boolean, profiles: ComparedLevels, ctx: Context): Markup {
  const { m, lang } = ctx;
  const bar = (score: number | null | undefined, which: string) =>
    score !== null &&
    score !== undefined &&
    markup`<div class="fill ${which}" style="width: ${percentOf(score, c.scale)}"></div>`;
  const track = markup`<div class="track" aria-hidden="true">${bar(unit.before?.score, 'before')}${bar(unit.after?.score, 'after')}</div>`;
  const mark = unit.questionsChanged && ' *';
  const [before, after] = changeLevels(unit, profiles, m);
  const scores = `${formatScore(unit.before?.score ?? null, lang)} → ${formatScore(unit.after?.score ?? null, lang)}`;
  return markup`<tr class="${total ? 'total' : 'sub'}" data-item="row"><th scope="row">${unit.name}${mark}</th><td class="num">${unit.change === null ? NO_VALUE : formatChange(unit.change, lang)}<span class="visually-hidden"> (${scores})</span></td><td>${track}</td><td class="level-before">${before}</td><td>${after}</td></tr>`;
}

function dimensionBody(c: Comparison, items: readonly ChangeItem[], profiles: ComparedLevels, ctx: Context): Markup {
  const { m } = ctx;
  const parts: Markup[] = [];
  const rows = items.map((item) => changeRow(c, item.unit, item.total, profiles, ctx));
  // The levels before and after side by side under the sides' names, each with the swatch of its bar:
  // the key of the bars, on every slide of the dimension (model.ts counts on both).
  const head = markup`<thead><tr><th scope="col">${m.name}</th><th scope="col" class="num">${m.change}</th><th scope="col"><span class="visually-hidden">${m.comparison}</span></th><th scope="col"><span class="swatch-before" aria-hidden="true"></span>${sideName(m.before, c.before)}</th><th scope="col"><span class="swatch-fill" aria-hidden="true"></span>${sideName(m.after, c.after)}</th></tr></thead>`;
  const cols = markup`<colgroup><col style="width: 21%"><col style="width: 10%"><col style="width: 11%"><col style="width: 29%"><col style="width: 29%"></colgroup>`;
  if (rows.length > 0) parts.push(markup`<table class="units">${cols}${head}<tbody>${rows}</tbody></table>`);
  if (items.some((i) => i.unit.questionsChanged) && c.questionsChangedSince)
    parts.push(markup`<p class="muted">* ${m.questionsChangedSince(c.questionsChangedSince)}</p>`);
  return join(parts, '\n');
}

function comparisonSlide(slide: ComparisonSlide, profiles: ComparedLevels, ctx: Context, title: string): SlideMarkup {
  switch (slide.kind) {
    case 'title':
      return titleSlide(slide.comparison, ctx, title);
    case 'radar':
      return radarSlide(slide.comparison, profiles, ctx);
    case 'dimension':
      return {
        kind: 'dimension',
        heading: partHeading(slide.dimension.name, slide.part, slide.parts, ctx.m),
        body: dimensionBody(slide.comparison, slide.items, profiles, ctx),
      };
    case 'plan':
      return planSlideMarkup(slide, ctx.m);
  }
}

/** A comparison as a deck, in the comparison's language; the profiles it was made from name each side's levels. */
export function renderComparisonSlides(
  c: Comparison,
  profiles: ComparedLevels,
  options: ComparisonSlidesOptions = {},
): string {
  const ctx: Context = {
    m: messagesFor(c.language, c.levelTerm),
    lang: c.language,
    options: { language: c.language },
  };
  const title = options.title ?? ctx.m.comparisonTitle;
  const organisation = comparedOrganisations(c);
  const docTitle = organisation ? `${title} – ${organisation}` : title;
  const slides = comparisonSlides(c, profiles, ctx).map((s) => comparisonSlide(s, profiles, ctx, title));
  return slidesDocument(docTitle, c.language, ctx.m, slides);
}
