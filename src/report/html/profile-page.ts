/**
 * The profile report: profile(s) in, one self-contained HTML document out. Pure: the caller writes
 * the string to a file. Each profile is a complete report of its own: summary, charts, scores per
 * dimension, the respondents' spread and the next steps.
 */
import { profileLevelTerm } from '../../questionnaire/level-term.js';
import { flattenUnits } from '../../scoring/profile-units.js';
import type { DimensionProfile, GateLadder, GroupProfile, Profile, UnitProfile } from '../../scoring/types.js';
import {
  formatDate,
  formatNumber,
  formatPercent,
  formatScore,
  levelMinOf,
  NO_VALUE,
  respondentText,
} from '../format.js';
import { capitalise } from '../../util/text.js';
import { labelsFor } from '../profile/labels.js';
import { planLines } from '../profile/plan.js';
import { renderRangeBar } from './bars.js';
import { join, markup, type Interpolation, type Markup } from './markup.js';
import { messagesFor, type Messages } from './messages.js';
import {
  actionPlanSection,
  card,
  unitChartFigures,
  chartScale,
  coverageDetail,
  colgroup,
  documentShell,
  footer,
  levelText,
  metaList,
  questionnaireText,
  unitLevel,
  type Context,
  type HtmlReportOptions,
} from './page.js';
import type { ChartSeries } from './series.js';
import { answersSection, questionBlock } from './questions.js';
import { discussionQuestions, discussionUnits } from '../../scoring/discussion.js';

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
    ? join(
        profiles.map((p, i) => profileArticle(p, ctxOf(p), title, profiles.length > 1 ? `p${i + 1}-` : '')),
        '\n',
      )
    : markup`<article><h1>${title}</h1><p>${m.noProfiles}</p></article>`;
  return documentShell(docTitle, options.language, body);
}

function profileArticle(profile: Profile, ctx: Context, title: string, idPrefix: string): Markup {
  const { m, lang } = ctx;
  const meta: [string, Interpolation][] = [];
  if (profile.organisation) meta.push([m.organisation, profile.organisation]);
  meta.push([m.questionnaire, questionnaireText(profile)]);
  if (profile.date) meta.push([m.date, formatDate(profile.date, lang)]);
  return join(
    [
      markup`<article class="profile">`,
      markup`<header><h1>${title}</h1>${metaList(meta)}</header>`,
      summarySection(profile, ctx),
      belowLegalFloorSection(profile, ctx),
      chartsSection(profile, ctx, idPrefix),
      dimensionTablesSection(profile, ctx),
      laddersSection(profile, ctx),
      spreadSection(profile, ctx),
      nextStepsSection(profile, ctx),
      planSection(profile),
      answersSection(profile, ctx),
      footer([profile], ctx),
      markup`</article>`,
    ],
    '\n',
  );
}

export function summarySection(profile: Profile, ctx: Context): Markup {
  const { m, lang } = ctx;
  const overall = profile.overall;
  const score = `${m.score} ${formatScore(overall.score, lang)}`;
  // The coverage beside the level it makes uncertain, not only on its own card.
  const level = card(
    m.overallLevel,
    unitLevel(profile, overall, m),
    overall.uncertain ? `${score} · ${m.uncertainOverall(formatPercent(profile.coverage.ratio, lang))}` : score,
  );
  const coverage = card(m.coverage, formatPercent(profile.coverage.ratio, lang), coverageDetail(profile, m, lang));
  const people = (profile.respondentList ?? [])
    .map((r) => [r.name, r.role].filter(Boolean).join(', '))
    .filter(Boolean)
    .map((t) => markup`<li>${t}</li>`);
  // Answer sets left out for their errors are said beside the count, so that it is not read as everyone.
  const skipped = (profile.skipped ?? 0) > 0 && markup`<span class="skipped">${m.skipped(profile.skipped!)}</span>`;
  const list = people.length > 0 && markup`<ul class="respondent-list">${people}</ul>`;
  // A consensus file is one answer set that stands for a room: said under its count.
  const consensus =
    profile.consensus &&
    markup`<span class="consensus">${capitalise(m.consensusOf(profile.consensus.participants))}</span>`;
  const respondents = card(
    m.respondents,
    formatNumber(profile.respondents, lang),
    (consensus || skipped || list) && markup`${consensus}${skipped}${list}`,
  );
  const { unanswered, respondents: combined } = profile.scoring;
  const rules = [
    m.scoringMethods[profile.scoring.method] ?? profile.scoring.method,
    ...(unanswered === 'lowest' ? [m.unansweredLowest] : []),
    ...(combined !== undefined && combined !== 'mean' && profile.respondents > 1 ? [m.respondentRules[combined]] : []),
  ];
  const method = markup`<p class="muted">${m.scoringMethod}: ${rules.join('; ')}.</p>`;
  const migrated =
    profile.migration &&
    markup`<p class="muted">${capitalise(m.migrated(profile.migration, profile.respondents))}.</p>`;
  return markup`<section class="summary"><h2>${m.summary}</h2><div class="cards">${level}${coverage}${respondents}</div>${method}${migrated}</section>`;
}

/** Near the top, in words and not only in colour: answers that mean a legal duty is not met. */
function belowLegalFloorSection(profile: Profile, ctx: Context): Markup | null {
  const { m, lang } = ctx;
  const below = profile.belowLegalFloor ?? [];
  if (below.length === 0) return null;
  const items = below.map((a) => {
    const who =
      profile.respondents > 1 &&
      markup` <span class="muted">· ${m.chosenBy(a.respondents.map(respondentText).join(', '))}</span>`;
    return markup`<li><strong>${a.question}</strong> ${a.text}<br>${a.label} ${m.optionValue(formatNumber(a.value, lang))}${who}</li>`;
  });
  return markup`<section class="below-legal-floor"><h2>${m.belowLegalFloor}</h2><p>${m.belowLegalFloorIntro}</p><ul>${items}</ul></section>`;
}

function currentAndTarget(profile: Profile, units: readonly UnitProfile[], m: Messages): ChartSeries[] {
  return [
    { key: 'current', label: m.current, style: 'primary', values: units.map((u) => u.score) },
    { key: 'target', label: m.target, style: 'secondary', values: units.map((u) => levelMinOf(profile, u.target)) },
  ];
}

export function chartsSection(profile: Profile, ctx: Context, idPrefix: string): Markup {
  const { m } = ctx;
  const figures = unitChartFigures<UnitProfile>({
    idPrefix,
    captions: { dimensions: m.dimensionsChart, subdimensions: m.subdimensionsChart },
    dimensions: profile.dimensions,
    series: (units) => currentAndTarget(profile, units, m),
    profile,
    ctx,
  });
  // No forced page break: the dimension chart fits on the first page, under the summary.
  return markup`<section class="charts"><h2>${m.profile}</h2>${join(figures, '\n')}</section>`;
}

function unitRow(profile: Profile, unit: UnitProfile, ctx: Context, rowClass: string, label: string): Markup {
  const { m, lang } = ctx;
  const cells = [
    markup`<td class="num">${formatScore(unit.score, lang)}</td>`,
    markup`<td>${unitLevel(profile, unit, m)}</td>`,
    markup`<td>${unit.target === null ? NO_VALUE : levelText(profile, unit.target, m)}</td>`,
    markup`<td class="num">${unit.score === null || unit.gap === null ? NO_VALUE : formatNumber(unit.gap, lang)}</td>`,
    markup`<td class="num">${formatPercent(unit.coverage.ratio, lang)}</td>`,
  ];
  return markup`<tr class="${rowClass}"><th scope="row">${label}</th>${cells}</tr>`;
}

/** A group of a unit: score, level and coverage; no target or gap (groups have none). */
function groupRow(profile: Profile, group: GroupProfile, ctx: Context): Markup {
  const { m, lang } = ctx;
  const cells = [
    markup`<td class="num">${formatScore(group.score, lang)}</td>`,
    markup`<td>${unitLevel(profile, group, m)}</td>`,
    markup`<td></td><td class="num"></td>`,
    markup`<td class="num">${formatPercent(group.coverage.ratio, lang)}</td>`,
  ];
  return markup`<tr class="group"><th scope="row">${group.name}</th>${cells}</tr>`;
}

const groupRows = (profile: Profile, unit: UnitProfile, ctx: Context) =>
  (unit.groups ?? []).map((g) => groupRow(profile, g, ctx));

function unitTableHead(m: Messages): Markup {
  const head = [
    markup`<th scope="col">${m.name}</th><th scope="col" class="num">${m.score}</th>`,
    markup`<th scope="col">${m.level}</th><th scope="col">${m.target}</th>`,
    markup`<th scope="col" class="num">${m.gap}</th><th scope="col" class="num">${m.coverage}</th>`,
  ];
  return markup`${colgroup([28, 9, 22, 22, 10, 9])}<thead><tr>${head}</tr></thead>`;
}

export function dimensionTablesSection(profile: Profile, ctx: Context): Markup {
  const { m } = ctx;
  const overviewRows = profile.dimensions.map((d) => unitRow(profile, d, ctx, 'dimension', d.name));
  const overview = markup`<table class="units overview"><caption>${m.dimensionOverview}</caption>${unitTableHead(m)}<tbody>${overviewRows}</tbody></table>`;
  const perDimension = profile.dimensions
    .filter((d) => d.subdimensions.length > 0 || d.groups)
    .map((d) => {
      const rows = [
        unitRow(profile, d, ctx, 'total', `${d.name} (${m.dimensionTotal})`),
        groupRows(profile, d, ctx),
        d.subdimensions.map((s) => [unitRow(profile, s, ctx, 'sub', s.name), groupRows(profile, s, ctx)]),
      ];
      return markup`<table class="units dimension-table" data-dimension="${d.id}"><caption>${d.name}</caption>${unitTableHead(m)}<tbody>${rows}</tbody></table>`;
    });
  return markup`<section class="scores page"><h2>${m.scoresPerDimension}</h2>${overview}${join(perDimension, '\n')}</section>`;
}

// ---------------------------------------------------------------------------------------------
// Ladders of gated units

/** One gated unit's ladder: per level how many of its countable questions pass and whether it is met; then what the first level not met misses. */
function ladder(profile: Profile, name: string, gate: GateLadder, ctx: Context): Markup {
  const { m, lang } = ctx;
  const rows = gate.levels.map((l, i) => {
    const cells = [
      markup`<td class="num">${m.passingOf(formatNumber(l.passing, lang), formatNumber(l.countable, lang))}</td>`,
      markup`<td>${l.met ? m.met : markup`<strong>${m.notMet}</strong>`}</td>`,
    ];
    return markup`<tr class="${l.met ? 'met' : 'not-met'}"><th scope="row">${levelText(profile, i + 1, m)}</th>${cells}</tr>`;
  });
  const head = markup`<thead><tr><th scope="col">${m.level}</th><th scope="col" class="num">${m.passing}</th><th scope="col">${m.status}</th></tr></thead>`;
  const table = markup`<table class="ladder"><caption>${name}</caption>${head}<tbody>${rows}</tbody></table>`;
  const missing =
    gate.missing.length > 0 &&
    markup`<p>${m.missingFor(levelText(profile, gate.rank + 1, m))}</p><ul class="missing">${gate.missing.map((x) => markup`<li>${x.text}</li>`)}</ul>`;
  return markup`<div class="ladder">${table}${missing}</div>`;
}

/** The ladders of the gated units, named from their dimension down; none without gated units. */
function laddersSection(profile: Profile, ctx: Context): Markup | null {
  const { m } = ctx;
  const ladders = flattenUnits<UnitProfile>(profile.dimensions).flatMap(({ unit, path }) =>
    unit.gate ? [ladder(profile, path.map((u) => u.name).join(' › '), unit.gate, ctx)] : [],
  );
  if (ladders.length === 0) return null;
  return markup`<section class="ladders page"><h2>${m.ladders}</h2><p class="muted">${m.laddersIntro}</p>${join(ladders, '\n')}</section>`;
}

// ---------------------------------------------------------------------------------------------
// Spread and discussion points

function spreadRow(profile: Profile, unit: UnitProfile, ctx: Context, rowClass: string): Markup {
  const { m, lang } = ctx;
  const s = unit.spread;
  const classes = [rowClass, s?.disagreement ? 'disagreement' : ''].filter(Boolean).join(' ');
  const name = markup`<th scope="row">${unit.name}</th>`;
  const score = markup`<td class="num">${formatScore(unit.score, lang)}</td>`;
  if (!s) {
    const empty = markup`<td class="num">${NO_VALUE}</td>`;
    return markup`<tr class="${classes}">${name}${score}${empty}${empty}${empty}<td class="bar-cell"></td><td></td></tr>`;
  }
  const bar = renderRangeBar({
    min: s.min,
    max: s.max,
    score: unit.score,
    scale: chartScale(profile),
    title: m.rangeTitle(unit.name, formatScore(s.min, lang), formatScore(s.max, lang), formatScore(unit.score, lang)),
    highlight: s.disagreement,
  });
  const cells = [
    markup`<td class="num">${formatScore(s.min, lang)}</td>`,
    markup`<td class="num">${formatScore(s.max, lang)}</td>`,
    markup`<td class="num">${formatScore(s.sd, lang)}</td>`,
    markup`<td class="bar-cell">${bar}</td>`,
    markup`<td>${s.disagreement && markup`<span class="flag">${m.discussionPoint}</span>`}</td>`,
  ];
  return markup`<tr class="${classes}">${name}${score}${cells}</tr>`;
}

/** A discussion point's questions, the widest apart first, each with how far its answers lie apart. */
function discussionQuestionBlocks(unit: UnitProfile, ctx: Context): Markup | null {
  const { m, lang } = ctx;
  const questions = discussionQuestions(unit);
  if (questions.length === 0) return null;
  const blocks = questions.map(({ question, range }) =>
    questionBlock(question, ctx, range > 0 ? m.answerRange(formatNumber(range, lang)) : undefined),
  );
  return markup`<p class="muted">${m.questionsBySpread}</p><div class="discussion-questions">${blocks}</div>`;
}

export function spreadSection(profile: Profile, ctx: Context): Markup | null {
  const { m, lang } = ctx;
  const anySpread = profile.dimensions.some((d) => d.spread || d.subdimensions.some((s) => s.spread));
  if (profile.respondents < 2 || !anySpread) return null;
  const headCells = [
    markup`<th scope="col">${m.name}</th><th scope="col" class="num">${m.score}</th>`,
    markup`<th scope="col" class="num">${m.lowest}</th><th scope="col" class="num">${m.highest}</th>`,
    markup`<th scope="col" class="num">${m.sd}</th><th scope="col">${m.range}</th>`,
    markup`<th scope="col"><span class="visually-hidden">${m.discussionPoint}</span></th>`,
  ];
  const head = markup`${colgroup([28, 8, 8, 8, 8, 25, 15])}<thead><tr>${headCells}</tr></thead>`;
  const rows = profile.dimensions.map((d: DimensionProfile) => [
    spreadRow(profile, d, ctx, 'total'),
    d.subdimensions.map((s) => spreadRow(profile, s, ctx, 'sub')),
  ]);
  const table = markup`<table class="spread">${head}<tbody>${rows}</tbody></table>`;
  // --top N keeps the first N discussion points, as it keeps the first N groups of next steps.
  const disagreeing = discussionUnits(profile);
  const points = disagreeing.slice(0, ctx.options.top).map((u) => {
    const s = u.spread!;
    const detail = m.discussionItem(
      formatScore(s.min, lang),
      formatScore(s.max, lang),
      formatScore(s.max - s.min, lang),
    );
    return markup`<li><strong>${u.name}</strong>: ${detail}${discussionQuestionBlocks(u, ctx)}</li>`;
  });
  // `--top 0` leaves no point to list, which is not the same as none to discuss.
  const list = points.length
    ? markup`<ol class="discussion">${points}</ol>`
    : disagreeing.length === 0 && markup`<p>${m.noDiscussionPoints}</p>`;
  const intro = m.spreadIntro(formatScore(profile.scoring.disagreementThreshold, lang));
  return markup`<section class="spread page"><h2>${m.spread}</h2><p>${intro}</p>${table}<h3 id="discussion-points">${m.discussionPoints}</h3>${list}</section>`;
}

// ---------------------------------------------------------------------------------------------
// Next steps

/** How far the action plan is (`score --plan`): per unit its actions done. */
function planSection(profile: Profile): Markup | null {
  if (!profile.plan) return null;
  const labels = labelsFor(profile.language, profileLevelTerm(profile, profile.language));
  return actionPlanSection(labels.actionPlan, planLines(profile.plan, labels));
}

function nextStepsSection(profile: Profile, ctx: Context): Markup {
  const { m } = ctx;
  if (!profile.nextSteps.length) {
    return markup`<section class="next-steps page"><h2>${m.nextSteps}</h2><p>${m.noNextSteps}</p></section>`;
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
      const fromTo = group.keep
        ? m.keep(levelText(profile, group.toLevel, m))
        : m.fromTo(levelText(profile, group.fromLevel, m), levelText(profile, group.toLevel, m));
      const steps = group.steps.map((s) => markup`<li>${s}</li>`);
      return markup`<div class="step-group" data-priority="${priority}"><h4><span class="priority">${m.priority(priority)}</span>${heading}</h4><p class="phases">${fromTo}</p><ol>${steps}</ol></div>`;
    });
    return markup`<div class="dimension-steps" data-dimension="${id}"><h3>${name}</h3>${items}</div>`;
  });
  return markup`<section class="next-steps page"><h2>${m.nextSteps}</h2><p class="muted">${m.nextStepsIntro}</p>${join(blocks, '\n')}</section>`;
}
