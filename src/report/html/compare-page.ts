/**
 * The comparison report: two profiles of the same questionnaire model side by side, as one
 * self-contained HTML document (summary cards, charts of both, and a table of the changes).
 */
import { capitalise } from '../../util/text.js';
import {
  belowFloorCount,
  comparedOrganisations,
  compareProfiles,
  type Comparison,
  type ProfileSide,
  type QuestionsChanged,
  type UnitChange,
} from '../../compare/compare.js';
import type { LevelRef, PlanProgress, Profile } from '../../scoring/types.js';
import { labelsFor } from '../profile/labels.js';
import { comparisonPlanLines } from '../profile/plan.js';
import { formatChange, formatDate, formatNumber, formatPercent, formatScore, NO_VALUE } from '../format.js';
import { join, markup, type Interpolation, type Markup } from './markup.js';
import { messagesFor } from './messages.js';
import {
  actionPlanSection,
  card,
  unitChartFigures,
  colgroup,
  documentShell,
  footer,
  metaList,
  questionnaireText,
  unitLevel,
  type Context,
  type HtmlReportOptions,
} from './page.js';
import type { ChartSeries } from './series.js';

export interface HtmlComparisonOptions extends HtmlReportOptions {
  /** Legend and column names for the two profiles; default "Voor"/"Before" and "Na"/"After",
   *  followed by the profile's date when it has one. */
  beforeLabel?: string;
  afterLabel?: string;
  /** The units to mark as having changed questions (see questionsChangedBetween). */
  questionsChanged?: QuestionsChanged;
  /** How far the action plan is (`compare --plan`): a section per unit, its actions done and its change in level. */
  plan?: PlanProgress;
}

/** A report comparing two profiles of the same questionnaire model, in `options.language` (see compareProfiles). */
export function renderHtmlComparison(before: Profile, after: Profile, options: HtmlComparisonOptions): string {
  const c = compareProfiles(before, after, {
    language: options.language,
    ...(options.questionsChanged ? { questionsChanged: options.questionsChanged } : {}),
  });
  return renderComparisonHtml(options.plan ? { ...c, plan: options.plan } : c, { before, after }, options);
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
  const organisation = comparedOrganisations(c);
  const docTitle = organisation ? `${title} – ${organisation}` : title;
  return documentShell(
    docTitle,
    c.language,
    join([comparisonArticle(c, profiles, ctx, title, options), comparisonPlanSection(c)], '\n'),
  );
}

/** Per unit of the action plan its actions done and its change in level (`compare --plan`). */
function comparisonPlanSection(c: Comparison): Markup | null {
  if (!c.plan) return null;
  const labels = labelsFor(c.language, c.levelTerm);
  return actionPlanSection(labels.actionPlan, comparisonPlanLines(c, labels));
}

function sideLabel(base: string, side: ProfileSide, explicit: string | undefined, lang: string): string {
  if (explicit !== undefined) return explicit;
  // Beside a consensus file, the agreement and the group: what the side is says more than its date.
  if (side.label !== undefined) return side.label;
  return side.date ? `${base} (${formatDate(side.date, lang)})` : base;
}

function sideCard(
  label: string,
  side: ProfileSide,
  other: ProfileSide,
  overall: LevelRef | null,
  profile: Pick<Profile, 'levels'>,
  ctx: Context,
): Markup {
  const { m, lang } = ctx;
  const detail = `${m.score} ${formatScore(overall?.score ?? null, lang)} · ${m.coverage} ${formatPercent(side.coverage.ratio, lang)} · ${m.respondents} ${side.respondents}`;
  const below = belowFloorCount(side, other);
  const floor =
    below &&
    markup`<br><strong>${m.belowLegalFloorCount(formatNumber(below.answers, lang), below.answers === 1)}</strong>${below.questions.length > 0 && ` (${below.questions.join(', ')})`}`;
  const migrated = side.migration && markup`<br>${capitalise(m.migrated(side.migration, side.respondents))}`;
  return card(label, unitLevel(profile, overall, m), markup`${detail}${floor}${migrated}`);
}

function comparisonArticle(
  c: Comparison,
  profiles: ComparedLevels,
  ctx: Context,
  title: string,
  options: Omit<HtmlComparisonOptions, 'language'>,
): Markup {
  const { m, lang } = ctx;
  const { before, after } = c;
  const beforeLabel = sideLabel(m.before, before, options.beforeLabel, lang);
  const afterLabel = sideLabel(m.after, after, options.afterLabel, lang);

  const meta: [string, Interpolation][] = [];
  const organisation = comparedOrganisations(c);
  if (organisation) meta.push([m.organisation, organisation]);
  const different = c.differentOrganisations;
  const note = different
    ? markup`<p class="warning-note" role="note">${m.differentOrganisations(different.before, different.after)}</p>`
    : '';
  const sameQuestionnaire =
    before.questionnaire.id === after.questionnaire.id && before.questionnaire.version === after.questionnaire.version;
  meta.push([
    m.questionnaire,
    sameQuestionnaire
      ? questionnaireText(after)
      : markup`${m.before}: ${questionnaireText(before)}<br>${m.after}: ${questionnaireText(after)}`,
  ]);
  if (before.date || after.date) {
    const from = before.date ? formatDate(before.date, lang) : NO_VALUE;
    const to = after.date ? formatDate(after.date, lang) : NO_VALUE;
    meta.push([m.date, `${from} → ${to}`]);
  }

  const cards = [
    sideCard(beforeLabel, before, after, c.overall.before, profiles.before, ctx),
    sideCard(afterLabel, after, before, c.overall.after, profiles.after, ctx),
    card(m.change, formatChange(c.overall.change, lang), m.overallScore),
  ];
  const summary = markup`<section class="summary"><h2>${m.summary}</h2><div class="cards">${cards}</div></section>`;

  const series = (list: readonly UnitChange[]): ChartSeries[] => [
    { key: 'after', label: afterLabel, style: 'primary', values: list.map((u) => u.after?.score ?? null) },
    { key: 'before', label: beforeLabel, style: 'secondary', values: list.map((u) => u.before?.score ?? null) },
  ];
  const figures = unitChartFigures<UnitChange>({
    idPrefix: 'cmp-',
    captions: { dimensions: m.comparisonDimensionsChart, subdimensions: m.comparisonSubdimensionsChart },
    dimensions: c.dimensions,
    series,
    profile: c,
    ctx,
  });
  const charts = markup`<section class="charts"><h2>${m.comparison}</h2>${join(figures, '\n')}</section>`;

  const changed = c.questionsChangedSince && m.questionsChangedSince(c.questionsChangedSince);
  const row = (u: UnitChange, rowClass: string) => {
    const cells = [
      markup`<td class="num">${formatScore(u.before?.score ?? null, lang)}</td><td>${unitLevel(profiles.before, u.before, m)}</td>`,
      markup`<td class="num">${formatScore(u.after?.score ?? null, lang)}</td><td>${unitLevel(profiles.after, u.after, m)}</td>`,
      markup`<td class="num">${formatChange(u.change, lang)}</td>`,
    ];
    const mark = u.questionsChanged && markup` <span class="muted" title="${changed ?? ''}">*</span>`;
    return markup`<tr class="${rowClass}"><th scope="row">${u.name}${mark}</th>${cells}</tr>`;
  };
  const rows = c.dimensions.map((d) => [row(d, 'total'), d.subdimensions.map((s) => row(s, 'sub'))]);
  const head = [
    markup`<th scope="col">${m.name}</th>`,
    markup`<th scope="col" class="num" title="${beforeLabel}">${m.before}</th><th scope="col">${m.level}</th>`,
    markup`<th scope="col" class="num" title="${afterLabel}">${m.after}</th><th scope="col">${m.level}</th>`,
    markup`<th scope="col" class="num">${m.change}</th>`,
  ];
  const changedNote = changed && markup`<p class="muted">* ${changed}</p>`;
  const table = markup`<section class="scores page"><h2>${m.comparisonTable}</h2><table class="comparison">${colgroup([30, 11, 20, 11, 20, 8])}<thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>${changedNote}</section>`;

  return join(
    [
      markup`<article class="comparison">`,
      markup`<header><h1>${title}</h1>${metaList(meta)}${note}</header>`,
      summary,
      charts,
      table,
      footer([before, after], ctx),
      markup`</article>`,
    ],
    '\n',
  );
}
