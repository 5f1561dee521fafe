/**
 * The slides of `score --format slides`: a profile's deck (model.ts says which slides) as one
 * self-contained HTML file for a projector. Every text goes into the markup through the `markup`
 * template, which escapes it; the only script is ours, allowed by its hash.
 */
import { createHash } from 'node:crypto';
import { profileLevelTerm } from '../../questionnaire/level-term.js';
import type { Profile, QuestionAnswers, UnitProfile } from '../../scoring/types.js';
import { formatDate, formatNumber, formatPercent, formatScore, levelMinOf, scaleFraction } from '../format.js';
import { join, markup, raw, type Interpolation, type Markup } from '../html/markup.js';
import { messagesFor, type Messages } from '../html/messages.js';
import { chartScale, coverageDetail, questionnaireText, unitLevel, type Context } from '../html/page.js';
import { renderRadarChart } from '../html/radar.js';
import { legendHtml, type ChartSeries } from '../html/series.js';
import { answerCounts, countTotal } from '../profile/questions.js';
import { capitalise } from '../../util/text.js';
import { SLIDES_CLIENT } from './client.js';
import {
  profileSlides,
  type DimensionItem,
  type PlanSlide,
  type ProfileSlide,
  type QuestionItem,
  type StepItem,
} from './model.js';
import { SLIDES_CSS } from './styles.js';
import {
  continuedQuestion,
  noteBy,
  pointDetail,
  questionDetail,
  shownAnswerLabels,
  slideText,
  stepGroupName,
  stepPhases,
  unitLevelCell,
} from './texts.js';

export interface SlidesOptions {
  /** Language of the slides' own labels (`nl` or `en`; others fall back to English); the document's `lang`. */
  language: string;
  /** Heading of the title slide; default the report's ("Volwassenheidsprofiel" / "Maturity profile"). */
  title?: string;
  /** Keep only the first N discussion points (`--top N`, which keeps as many groups of next steps). */
  top?: number;
}

/** Text size of the radar on a slide: drawn at its own size, so every label is at least 24 px. */
export const SLIDE_CHART_FONT = 24;

/** The CSP source for an inline block: the hash of its exact text. */
function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * What the deck may load and run: as the report (its style sheet and style attributes, nothing
 * from elsewhere), and its own script by hash.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  `script-src ${hashSource(SLIDES_CLIENT)}`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** One rendered slide: its kind (for styling and tests) and what goes in it. */
export interface SlideMarkup {
  kind: string;
  heading: Markup;
  body: Markup;
  /** The title slide's heading is the document's h1. */
  level?: 1 | 2;
}

/** The document: every slide a <section> with its heading, body and counter, then the script. */
export function slidesDocument(title: string, language: string, m: Messages, slides: readonly SlideMarkup[]): string {
  const total = slides.length;
  const sections = slides.map((s, i) => {
    const n = i + 1;
    const heading = s.level === 1 ? markup`<h1>${s.heading}</h1>` : markup`<h2>${s.heading}</h2>`;
    const previous = markup`<button type="button" data-step="-1" aria-label="${m.previousSlide}"${n === 1 ? markup` disabled` : ''}>←</button>`;
    const next = markup`<button type="button" data-step="1" aria-label="${m.nextSlide}"${n === total ? markup` disabled` : ''}>→</button>`;
    const counter = markup`<p class="counter"><span aria-hidden="true">${n} / ${total}</span><span class="visually-hidden">${m.slideOf(n, total)}</span></p>`;
    return markup`<section class="slide ${s.kind}" id="slide-${n}" data-kind="${s.kind}" tabindex="-1" aria-label="${m.slideOf(n, total)}">
${heading}
<div class="slide-body">${s.body}</div>
<div class="slide-footer">${previous}${counter}${next}</div>
</section>`;
  });
  // The style sheet, the policy and the script are ours, and their quotes must stay quotes: trusted as markup.
  return markup`<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${raw(CONTENT_SECURITY_POLICY)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="datascan">
<title>${title}</title>
<style>${raw(SLIDES_CSS)}</style>
</head>
<body>
<main>
${join(sections, '\n')}
</main>
<script>${raw(SLIDES_CLIENT)}</script>
</body>
</html>
`.toString();
}

/** `Heading (2/3)` for a slide continued over several. */
export function partHeading(text: string, part: number, parts: number, m: Messages): Markup {
  return parts > 1 ? markup`${text} <span class="part">${m.slidePart(part, parts)}</span>` : markup`${text}`;
}

/** A slide of the action plan: its lines as a list. */
export function planSlideMarkup(slide: PlanSlide, m: Messages): SlideMarkup {
  return {
    kind: 'plan',
    heading: partHeading(slide.heading, slide.part, slide.parts, m),
    body: markup`<ul class="plan">${slide.lines.map((line) => markup`<li>${line}</li>`)}</ul>`,
  };
}

export function metaList(rows: [string, Interpolation][]): Markup {
  return markup`<dl class="meta">${rows.map(([k, v]) => markup`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`;
}

/** A position on a bar's track as a percentage of its width. */
export function percentOf(value: number, scale: { min: number; max: number }): string {
  return `${Math.round(scaleFraction(value, scale) * 1000) / 10}%`;
}

/** The chart of the dimensions: a radar at slide size, its legend and level key beside it. */
export function radarBody(
  id: string,
  caption: string,
  axes: string[],
  series: ChartSeries[],
  scaled: Pick<Profile, 'levels' | 'scale'>,
  ctx: Context,
  side: Interpolation,
): Markup {
  const { m } = ctx;
  const names = series.map((s) => s.label).join(', ');
  // Fewer than three axes draw no area: then the dimensions' slides say it in bars.
  const chart =
    axes.length >= 3 &&
    renderRadarChart({
      id,
      title: caption,
      description: m.radarDescription(axes.length, names),
      axes,
      series,
      scale: chartScale(scaled),
      fontSize: SLIDE_CHART_FONT,
      // Narrow labels: the chart shares the slide's width with its key.
      labelChars: 14,
    });
  // Each level by its rank, as the rings are numbered.
  const key = scaled.levels.map((l) => markup`<li>${l.rank} · ${l.name}</li>`);
  return markup`${chart}<div class="side">${side}${legendHtml(series)}<p class="muted">${m.levels}:</p><ul class="level-key">${key}</ul></div>`;
}

// ---------------------------------------------------------------------------------------------
// A profile's slides

function titleSlide(profile: Profile, ctx: Context, title: string): SlideMarkup {
  const { m, lang } = ctx;
  const rows: [string, Interpolation][] = [[m.questionnaire, questionnaireText(profile)]];
  if (profile.date) rows.push([m.date, formatDate(profile.date, lang)]);
  // Names only when the answers name people (`--anonymise` leaves numbers, and roles only with --keep-roles).
  const people = (profile.respondentList ?? []).map((r) => [r.name, r.role].filter(Boolean).join(', ')).filter(Boolean);
  const named = people.join('; ');
  const count = formatNumber(profile.respondents, lang);
  // A consensus file is one answer set that stands for a room: the room is what the audience needs to know.
  rows.push([
    m.respondents,
    profile.consensus
      ? capitalise(m.consensusOf(profile.consensus.participants))
      : named && named.length <= 160
        ? `${count}: ${named}`
        : count,
  ]);
  rows.push([m.coverage, `${formatPercent(profile.coverage.ratio, lang)} · ${coverageDetail(profile, m, lang)}`]);
  const organisation = profile.organisation && markup`<p class="organisation">${profile.organisation}</p>`;
  return {
    kind: 'title',
    level: 1,
    heading: markup`${title}`,
    body: markup`${organisation}${metaList(rows)}<p class="keys">${m.slideKeys}</p>`,
  };
}

function currentAndTarget(profile: Profile, units: readonly UnitProfile[], m: Messages): ChartSeries[] {
  return [
    { key: 'current', label: m.current, style: 'primary', values: units.map((u) => u.score) },
    { key: 'target', label: m.target, style: 'secondary', values: units.map((u) => levelMinOf(profile, u.target)) },
  ];
}

function radarSlide(profile: Profile, ctx: Context, idPrefix: string): SlideMarkup {
  const { m, lang } = ctx;
  const overall = markup`<p><strong>${m.overallLevel}</strong>: ${unitLevel(profile, profile.overall, m)} · ${m.score} ${formatScore(profile.overall.score, lang)}</p>`;
  return {
    kind: 'radar',
    heading: markup`${m.dimensionsChart}`,
    body: radarBody(
      `${idPrefix}slide-radar`,
      m.dimensionsChart,
      profile.dimensions.map((d) => d.name),
      currentAndTarget(profile, profile.dimensions, m),
      profile,
      ctx,
      overall,
    ),
  };
}

/** A unit's bar: its score filled in, its target a line, and a group's spread a band behind them. */
function unitTrack(profile: Profile, unit: UnitProfile): Markup {
  const scale = profile.scale;
  const range =
    unit.spread &&
    markup`<div class="range" style="left: ${percentOf(unit.spread.min, scale)}; width: calc(${percentOf(unit.spread.max, scale)} - ${percentOf(unit.spread.min, scale)})"></div>`;
  const fill = unit.score !== null && markup`<div class="fill" style="width: ${percentOf(unit.score, scale)}"></div>`;
  const targetMin = levelMinOf(profile, unit.target);
  const target = targetMin !== null && markup`<div class="target" style="left: ${percentOf(targetMin, scale)}"></div>`;
  return markup`<div class="track" aria-hidden="true">${range}${fill}${target}</div>`;
}

function unitRow(profile: Profile, unit: UnitProfile, total: boolean, ctx: Context): Markup {
  const cell = unitLevelCell(profile, unit, ctx);
  const target = cell.target !== undefined && markup`<span class="target-level">${cell.target}</span>`;
  const spread = cell.spread !== undefined && markup`<span class="spread-note">${cell.spread}</span>`;
  return markup`<tr class="${total ? 'total' : 'sub'}" data-item="row"><th scope="row">${unit.name}</th><td class="num">${formatScore(unit.score, ctx.lang)}</td><td>${unitTrack(profile, unit)}</td><td class="level-cell">${cell.level}${target}${spread}</td></tr>`;
}

function barKey(group: boolean, m: Messages): Markup {
  const parts = [
    markup`<span><span class="swatch-fill" aria-hidden="true"></span>${m.current}</span>`,
    markup`<span><span class="swatch-target" aria-hidden="true"></span>${m.targetKey}</span>`,
    group && markup`<span><span class="swatch-range" aria-hidden="true"></span>${m.spreadKey}</span>`,
  ].filter(Boolean);
  return markup`<p class="bar-key" data-item="legend">${join(parts, ' · ')}</p>`;
}

function unitTable(profile: Profile, rows: Markup[], m: Messages): Markup {
  const head = markup`<thead><tr><th scope="col">${m.name}</th><th scope="col" class="num">${m.score}</th><th scope="col"><span class="visually-hidden">${m.current}</span></th><th scope="col">${m.level}</th></tr></thead>`;
  const cols = markup`<colgroup><col style="width: 34%"><col style="width: 10%"><col style="width: 24%"><col style="width: 32%"></colgroup>`;
  return markup`<table class="units">${cols}${head}<tbody>${rows}</tbody></table>`;
}

/** A question's answers side by side: the option (its label, or its value when labels are long), a bar and the count. */
function answersList(question: QuestionAnswers, ctx: Context): Markup {
  const { m, lang } = ctx;
  const total = countTotal(question);
  const shown = shownAnswerLabels(question, m);
  const items = answerCounts(question, m.answerKinds).map(({ label, count }, i) => {
    const visible = shown[i] ?? label;
    // The whole label for screen readers where only the value shows.
    const name =
      visible === label
        ? markup`<span class="answer-label">${label}</span>`
        : markup`<span class="answer-label" aria-hidden="true">${visible}</span><span class="visually-hidden">${label}</span>`;
    const width = total > 0 ? Math.round((count / total) * 1000) / 10 : 0;
    const bar = markup`<span class="answer-bar" aria-hidden="true">${count > 0 && markup`<span style="width: ${width}%"></span>`}</span>`;
    return markup`<li${count === 0 ? markup` class="none"` : null}>${name}<span class="visually-hidden">: </span>${bar}<span class="answer-count">${formatNumber(count, lang)}</span></li>`;
  });
  return markup`<ul class="answers" aria-label="${m.answersTo(question.id)}">${items}</ul>`;
}

/**
 * A question's text (its id means nothing to a room: the report has it), its value, and its bar;
 * a question a consensus room did not discuss is marked so, without a bar of the one combined value.
 */
function questionHead(question: QuestionAnswers, ctx: Context, range?: number): Markup {
  const text = markup`<p class="question-text">${slideText(question.text)}<span class="muted">${questionDetail(question, ctx, range)}</span></p>`;
  return markup`<div class="question-head" data-item="question">${text}${!question.combined && answersList(question, ctx)}</div>`;
}

/** Questions, their notes and units' names in order; notes of one question in one list, headed again when they go on from the slide before. */
function questionItems(items: readonly QuestionItem[], ctx: Context): Markup[] {
  const { m } = ctx;
  const out: Markup[] = [];
  let notes: Markup[] = [];
  let notesOf: QuestionAnswers | undefined;
  let open: { head: Markup; question: QuestionAnswers } | undefined;
  const flush = () => {
    if (open) {
      const list =
        notes.length > 0 && markup`<ul class="notes" aria-label="${m.notesOn(open.question.id)}">${notes}</ul>`;
      out.push(markup`<div class="question" data-question="${open.question.id}">${open.head}${list}</div>`);
    }
    open = undefined;
    notes = [];
    notesOf = undefined;
  };
  for (const item of items) {
    if (item.type === 'note') {
      if (notesOf !== item.question) {
        flush();
        open = {
          question: item.question,
          head: markup`<p class="question-text"><strong>${continuedQuestion(item.question, m)}</strong></p>`,
        };
        notesOf = item.question;
      }
      const who = noteBy(item.note);
      const by = who !== null && markup`<span class="note-by">${who}</span> `;
      notes.push(markup`<li data-item="note">${by}${slideText(item.note.text)}</li>`);
      continue;
    }
    flush();
    if (item.type === 'question') {
      open = { question: item.question, head: questionHead(item.question, ctx, item.range) };
      notesOf = item.question;
    } else if (item.type === 'unit') {
      out.push(markup`<p class="unit-name" data-item="unit" data-keep>${item.name}</p>`);
    } else if (item.type === 'point') {
      out.push(
        markup`<h3 class="point" data-item="point" data-keep>${item.unit.name}: <span class="muted">${pointDetail(item.unit, ctx)}</span></h3>`,
      );
    }
  }
  flush();
  return out;
}

function dimensionBody(profile: Profile, items: readonly DimensionItem[], ctx: Context): Markup {
  const { m } = ctx;
  const parts: Markup[] = [];
  const rows: Markup[] = [];
  const rest: QuestionItem[] = [];
  for (const item of items) {
    if (item.type === 'legend') parts.push(barKey(profile.respondents > 1, m));
    else if (item.type === 'row') rows.push(unitRow(profile, item.unit, item.total, ctx));
    else rest.push(item);
  }
  if (rows.length > 0) parts.push(unitTable(profile, rows, m));
  parts.push(...questionItems(rest, ctx));
  return join(parts, '\n');
}

function stepsBody(profile: Profile, items: readonly StepItem[], ctx: Context): Markup {
  const { m } = ctx;
  const out: Markup[] = [];
  let steps: Markup[] = [];
  let start = 1;
  let groupOf: StepItem['group'] | undefined;
  const flush = () => {
    if (steps.length > 0)
      out.push(markup`<ol class="steps"${start > 1 ? markup` start="${start}"` : ''}>${steps}</ol>`);
    steps = [];
  };
  for (const item of items) {
    if (item.type === 'group') {
      flush();
      const g = item.group;
      out.push(
        markup`<div class="step-head" data-item="group" data-keep><h3 class="step-group" data-priority="${item.priority}"><span class="priority">${m.priority(item.priority)}</span>${stepGroupName(g)}</h3><p class="phases">${stepPhases(profile, g, m)}</p></div>`,
      );
      groupOf = g;
      start = 1;
      continue;
    }
    if (groupOf !== item.group) {
      // Steps going on from the slide before: their group named again, numbered on.
      flush();
      out.push(
        markup`<h3 class="step-group" data-priority="${item.priority}"><span class="priority">${m.priority(item.priority)}</span>${m.continued(stepGroupName(item.group))}</h3>`,
      );
      groupOf = item.group;
      start = item.group.steps.indexOf(item.step) + 1;
    }
    steps.push(markup`<li data-item="step">${slideText(item.step)}</li>`);
  }
  flush();
  return join(out, '\n');
}

function profileSlide(slide: ProfileSlide, ctx: Context, title: string, idPrefix: string): SlideMarkup {
  const { m } = ctx;
  switch (slide.kind) {
    case 'title':
      return titleSlide(slide.profile, ctx, title);
    case 'radar':
      return radarSlide(slide.profile, ctx, idPrefix);
    case 'dimension':
      return {
        kind: 'dimension',
        heading: partHeading(slide.dimension.name, slide.part, slide.parts, m),
        body: dimensionBody(slide.profile, slide.items, ctx),
      };
    case 'discussion':
      return {
        kind: 'discussion',
        heading: partHeading(m.discussionPoints, slide.part, slide.parts, m),
        body:
          slide.items.length > 0
            ? join(questionItems(slide.items, ctx), '\n')
            : markup`<p>${slide.none ? m.noDiscussionPoints : ''}</p>`,
      };
    case 'next-steps':
      return {
        kind: 'next-steps',
        heading: partHeading(m.nextSteps, slide.part, slide.parts, m),
        body: slide.items.length > 0 ? stepsBody(slide.profile, slide.items, ctx) : markup`<p>${m.noNextSteps}</p>`,
      };
    case 'plan':
      return planSlideMarkup(slide, m);
  }
}

/** A deck for one or more profiles: each profile's slides after the other's. */
export function renderProfileSlides(profiles: readonly Profile[], options: SlidesOptions): string {
  const m = messagesFor(options.language);
  const title = options.title ?? m.reportTitle;
  const first = profiles[0];
  const docTitle = first?.organisation ? `${title} – ${first.organisation}` : title;
  const slides = profiles.flatMap((p, i) => {
    const ctx: Context = {
      m: messagesFor(options.language, profileLevelTerm(p, options.language)),
      lang: options.language,
      options,
    };
    const deck = profileSlides(p, ctx, options.top !== undefined ? { top: options.top } : {});
    return deck.map((s) => profileSlide(s, ctx, title, profiles.length > 1 ? `p${i + 1}-` : ''));
  });
  const none: SlideMarkup = {
    kind: 'title',
    level: 1,
    heading: markup`${title}`,
    body: markup`<p>${m.noProfiles}</p>`,
  };
  return slidesDocument(docTitle, options.language, m, slides.length > 0 ? slides : [none]);
}
