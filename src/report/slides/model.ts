/**
 * Which slides a deck has and what each holds: pure data, no markup (render.ts draws them). A slide
 * holds what fits on one 1280×720 screen in 24 px type; what does not fit goes on to the next slide
 * of the same kind, numbered "(2/3)", rather than being shrunk or scrolled. Heights are estimated in
 * px from the texts the slide shows (texts.ts), wrapped as DejaVu Sans wraps (measure.ts), and the
 * box sizes of styles.ts: a slide is filled to what fits, and the Chromium test measures that it
 * neither overflows nor is left half empty.
 */
import type { Comparison, UnitChange } from '../../compare/compare.js';
import { profileLevelTerm } from '../../questionnaire/level-term.js';
import { discussionQuestions, discussionUnits } from '../../scoring/discussion.js';
import { flattenUnits } from '../../scoring/profile-units.js';
import type {
  DimensionProfile,
  NextStepGroup,
  Profile,
  QuestionAnswers,
  QuestionNote,
  UnitProfile,
} from '../../scoring/types.js';
import { formatNumber } from '../format.js';
import type { ComparedLevels } from '../html/compare-page.js';
import { labelsFor } from '../profile/labels.js';
import { comparisonPlanLines, planLines } from '../profile/plan.js';
import { textWidth, wrappedLines, type Run } from './measure.js';
import {
  changeLevels,
  continuedQuestion,
  noteBy,
  pointDetail,
  sideName,
  questionDetail,
  shownAnswerLabels,
  slideText,
  stepGroupName,
  stepPhases,
  unitLevelCell,
  type TextContext,
} from './texts.js';

// The boxes of styles.ts, in px at 1280×720.
/** Width of a slide's body: the screen less 48 px padding each side. */
export const BODY_WIDTH = 1280 - 2 * 48;
/** Height of a slide's body under a heading of one line: 720 less the padding (24 + 12), the heading (48 + 6 + 3 + 14) and the footer (6 + 38). */
export const BODY_HEIGHT = 720 - 36 - 71 - 44;
/** A line of body text: 24 px type, line height 1.25. */
const LINE = 30;
/** A line of h3 (28 px, line height 1.2). */
const H3_LINE = 33.6;
/** A line of the slide's heading (40 px, line height 1.2). */
const H2_LINE = 48;
/** The key above a table and the table's head row and bottom margin. */
const TABLE_HEAD = 40 + 8;
const KEY = LINE + 6;

/** Something placed on a slide, with the px it takes. */
export interface Chunk<T> {
  item: T;
  height: number;
  /** Moves to the next slide with the chunk after it rather than end a slide (a heading). */
  keepWithNext?: boolean;
  /** Px it takes more when it starts a slide (the heading it then repeats). */
  continuation?: number;
}

/**
 * Chunks over pages of `budget` px, in order: a page ends before the chunk that would not fit;
 * a chunk larger than a page gets one of its own (texts are cut so that none is much larger).
 */
export function paginate<T>(chunks: readonly Chunk<T>[], budget: number): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let used = 0;
  chunks.forEach((chunk, i) => {
    const next = chunks[i + 1];
    const needs = chunk.height + (chunk.keepWithNext && next ? next.height : 0);
    if (page.length > 0 && used + needs > budget) {
      pages.push(page);
      page = [];
      used = 0;
    }
    used += chunk.height + (page.length === 0 ? (chunk.continuation ?? 0) : 0);
    page.push(chunk.item);
  });
  if (page.length > 0) pages.push(page);
  return pages;
}

/** The items of one slide of a kind split over several, with its place among them. */
export interface Part {
  part: number;
  parts: number;
}

export function parts<T, S>(pages: T[][], make: (items: T[], part: Part) => S): S[] {
  return pages.map((items, i) => make(items, { part: i + 1, parts: pages.length }));
}

/** The action plan's slides (`--plan`): a line per unit, how many of its actions are done. */
export type PlanSlide = { kind: 'plan'; heading: string; lines: string[] } & Part;

/** The plan's lines over as many slides as they take, under `heading`. */
export function planSlides(lines: readonly string[], heading: string): PlanSlide[] {
  // A list indented 40 px (the bullet's room), its items one after the other, with 24 px above and below it.
  const chunks = lines.map((line) => ({ item: line, height: wrappedLines(line, BODY_WIDTH - 40) * LINE }));
  return parts(paginate(chunks, bodyBudget(heading) - 2 * 24), (items, part) => ({
    kind: 'plan' as const,
    heading,
    lines: items,
    ...part,
  }));
}

/** The body's height under a heading that may wrap (a long dimension name with "(2/3)"). */
export function bodyBudget(heading: string): number {
  const lines = wrappedLines([{ text: heading, bold: true }, { text: '(99/99)' }], BODY_WIDTH, 40);
  return BODY_HEIGHT - (lines - 1) * H2_LINE;
}

// ---------------------------------------------------------------------------------------------
// A profile's deck

/** What a slide of questions holds: a unit's name, a question with its answer bar, or notes on it. */
export type QuestionItem =
  | { type: 'unit'; name: string }
  /** `range`: in a discussion point, how far its answers lie apart. */
  | { type: 'question'; question: QuestionAnswers; range?: number }
  /** `continued`: the question's heading is on an earlier slide. */
  | { type: 'note'; question: QuestionAnswers; note: QuestionNote }
  | { type: 'point'; unit: UnitProfile };

/** A dimension's slide: rows of units with bars, then (for a group) its questions. */
export type DimensionItem = { type: 'legend' } | { type: 'row'; unit: UnitProfile; total: boolean } | QuestionItem;

export type StepItem =
  | { type: 'group'; group: NextStepGroup; priority: number }
  | { type: 'step'; group: NextStepGroup; priority: number; step: string };

export type ProfileSlide =
  | { kind: 'title'; profile: Profile }
  | { kind: 'radar'; profile: Profile }
  | ({ kind: 'dimension'; profile: Profile; dimension: DimensionProfile; items: DimensionItem[] } & Part)
  | ({ kind: 'discussion'; profile: Profile; items: QuestionItem[]; none: boolean } & Part)
  | ({ kind: 'next-steps'; profile: Profile; items: StepItem[] } & Part)
  | PlanSlide;

export interface SlideOptions {
  /** Keep only the first N discussion points (the next steps were cut when scoring, by the same --top). */
  top?: number;
}

/**
 * Whether the dimensions' slides show the answers per question: a group's (their counts and notes),
 * and a consensus file's (what the room agreed and why, and which it did not discuss).
 */
export function showsQuestions(profile: Profile): boolean {
  return profile.respondents > 1 || profile.consensus !== undefined;
}

/** Px of a question's bar: its options side by side (label, a 96 px bar, the count; 28 px apart), wrapping as a row of boxes does. */
function answersHeight(question: QuestionAnswers, ctx: TextContext): number {
  const counts = Object.values(question.counts);
  const digits = Math.max(1, ...counts.map((n) => formatNumber(n, ctx.lang).length));
  const widths = shownAnswerLabels(question, ctx.m).map(
    (label) => textWidth(label, 24) + 8 + 96 + 8 + textWidth('0'.repeat(digits), 24, true),
  );
  let rows = 1;
  let used = 0;
  for (const w of widths) {
    if (used > 0 && used + 28 + w > BODY_WIDTH) {
      rows++;
      used = 0;
    }
    used += (used > 0 ? 28 : 0) + w;
  }
  return rows * LINE + (rows - 1) * 4;
}

/** A question with its bar, then each of its notes: a question's notes may go on to the next slide. */
function questionChunks(question: QuestionAnswers, ctx: TextContext, range?: number): Chunk<QuestionItem>[] {
  const text = wrappedLines(
    [{ text: slideText(question.text) }, { text: questionDetail(question, ctx, range) }],
    BODY_WIDTH,
  );
  // The question's text, its bar (none for a question its room did not discuss), and the space below
  // it (the bar's 4 px only above notes: else they fall together with the question's 10).
  const bar = question.combined ? 0 : answersHeight(question, ctx) + (question.notes.length > 0 ? 4 : 0);
  const chunks: Chunk<QuestionItem>[] = [
    {
      item: range === undefined ? { type: 'question', question } : { type: 'question', question, range },
      height: text * LINE + 4 + bar + 10,
    },
  ];
  const continued =
    wrappedLines([{ text: continuedQuestion(question, ctx.m), bold: true }], BODY_WIDTH) * LINE + 4 + 10;
  for (const note of question.notes) {
    // A list indented 32 px, its items 2 px apart.
    const runs: Run[] = [{ text: noteBy(note) ?? '', bold: true }, { text: slideText(note.text) }];
    chunks.push({
      item: { type: 'note', question, note },
      height: wrappedLines(runs, BODY_WIDTH - 32) * LINE + 2,
      continuation: continued,
    });
  }
  return chunks;
}

/** A table row's px: its cells' lines (padding 4 + 4, a rule of 1), at least the 34 px bar. */
function rowHeight(cells: number[]): number {
  return Math.max(34, ...cells.map((lines) => lines * LINE)) + 9;
}

/**
 * Px of a unit's name over its questions (28 px, bold, 12 px above and 4 below): of the 12 above,
 * the 8 or 10 below what comes before it are counted there already; at the top of a slide all 12.
 */
function unitNameHeight(name: string): number {
  return wrappedLines([{ text: name, bold: true }], BODY_WIDTH, 28) * 35 + 4 + 4;
}

function dimensionSlides(profile: Profile, d: DimensionProfile, ctx: TextContext): ProfileSlide[] {
  const units: { unit: UnitProfile; total: boolean }[] =
    d.subdimensions.length > 0
      ? [{ unit: d, total: true }, ...d.subdimensions.map((unit) => ({ unit, total: false }))]
      : [{ unit: d, total: true }];
  // The columns of render.ts's unit table (34%, 10%, 24%, 32%), less their padding (10 a side, 28 left for a subdimension).
  const nameWidth = (total: boolean) => BODY_WIDTH * 0.34 - (total ? 20 : 38);
  const levelWidth = BODY_WIDTH * 0.32 - 20;
  const chunks: Chunk<DimensionItem>[] = [
    { item: { type: 'legend' }, height: KEY + TABLE_HEAD, keepWithNext: true },
    ...units.map(({ unit, total }) => {
      const cell = unitLevelCell(profile, unit, ctx);
      // The spread is bold; in the dimension's own row everything is.
      const levels =
        wrappedLines([{ text: cell.level, bold: total }], levelWidth) +
        (cell.target !== undefined ? wrappedLines([{ text: cell.target, bold: total }], levelWidth) : 0) +
        (cell.spread !== undefined ? wrappedLines([{ text: cell.spread, bold: true }], levelWidth) : 0);
      const name = wrappedLines([{ text: unit.name, bold: total }], nameWidth(total));
      return {
        item: { type: 'row' as const, unit, total },
        height: rowHeight([name, levels]),
        // The table's head again on the next slide.
        continuation: TABLE_HEAD,
      };
    }),
  ];
  // A group's answers per question (or a consensus's agreements), under the name of the unit they belong to.
  if (showsQuestions(profile)) {
    for (const { unit } of flattenUnits<UnitProfile>(d.subdimensions.length > 0 ? d.subdimensions : [d])) {
      const questions = unit.questions ?? [];
      if (questions.length === 0) continue;
      chunks.push({
        item: { type: 'unit', name: unit.name },
        height: unitNameHeight(unit.name),
        keepWithNext: true,
        continuation: 8,
      });
      for (const q of questions) chunks.push(...questionChunks(q, ctx));
    }
  }
  return parts(paginate(chunks, bodyBudget(d.name)), (items, part) => ({
    kind: 'dimension' as const,
    profile,
    dimension: d,
    items,
    ...part,
  }));
}

function discussionSlides(profile: Profile, options: SlideOptions, ctx: TextContext): ProfileSlide[] {
  const units = discussionUnits(profile);
  const chunks: Chunk<QuestionItem>[] = [];
  for (const unit of units.slice(0, options.top)) {
    // An h3 (28 px) with a bar of 6 + 12 px at its left, 6 px below; the 10 above fall together
    // with the question's before it, but at the top of a slide.
    const runs: Run[] = [{ text: `${unit.name}:`, bold: true }, { text: pointDetail(unit, ctx) }];
    chunks.push({
      item: { type: 'point', unit },
      height: wrappedLines(runs, BODY_WIDTH - 18, 28) * H3_LINE + 6,
      keepWithNext: true,
      continuation: 10,
    });
    // Its questions, the widest apart first (ties in questionnaire order).
    for (const { question, range } of discussionQuestions(unit)) chunks.push(...questionChunks(question, ctx, range));
  }
  if (chunks.length === 0)
    return [{ kind: 'discussion', profile, items: [], none: units.length === 0, part: 1, parts: 1 }];
  return parts(paginate(chunks, bodyBudget(ctx.m.discussionPoints)), (items, part) => ({
    kind: 'discussion' as const,
    profile,
    items,
    none: false,
    ...part,
  }));
}

/** Px of a group's heading (28 px, bold): its priority in a box (2 px border, 8 px padding, 10 px after), then its name. */
function stepHeadingHeight(priority: string, name: string): number {
  const box = textWidth(priority, 28, true) + 2 * (2 + 8) + 10;
  // The box makes the line 4 px higher; 2 px below, and of the 10 above, what the list before does not give (6).
  return wrappedLines([{ text: name, bold: true }], BODY_WIDTH, 28, box) * H3_LINE + 4 + 2 + 4;
}

function nextStepSlides(profile: Profile, ctx: TextContext): ProfileSlide[] {
  const { m } = ctx;
  const chunks: Chunk<StepItem>[] = [];
  profile.nextSteps.forEach((group, i) => {
    const priority = i + 1;
    const name = stepGroupName(group);
    // The heading, the levels under it, and the list's 6 px below.
    chunks.push({
      item: { type: 'group', group, priority },
      height:
        stepHeadingHeight(m.priority(priority), name) +
        wrappedLines(stepPhases(profile, group, m), BODY_WIDTH) * LINE +
        4 +
        6,
      keepWithNext: true,
      continuation: 6,
    });
    const continued = stepHeadingHeight(m.priority(priority), m.continued(name)) + 6;
    for (const step of group.steps)
      chunks.push({
        item: { type: 'step', group, priority, step },
        // A numbered list indented 40 px, its items 4 px apart.
        height: wrappedLines(slideText(step), BODY_WIDTH - 40) * LINE + 4,
        continuation: continued,
      });
  });
  if (chunks.length === 0) return [{ kind: 'next-steps', profile, items: [], part: 1, parts: 1 }];
  return parts(paginate(chunks, bodyBudget(m.nextSteps)), (items, part) => ({
    kind: 'next-steps' as const,
    profile,
    items,
    ...part,
  }));
}

/** With `score --plan`: per unit of the plan its actions done, after the next steps they came from. */
function profilePlanSlides(profile: Profile, ctx: TextContext): PlanSlide[] {
  if (!profile.plan) return [];
  const labels = labelsFor(ctx.lang, profileLevelTerm(profile, ctx.lang));
  return planSlides(planLines(profile.plan, labels), labels.actionPlan);
}

/**
 * A profile's deck: title and coverage, the radar, one or more slides per dimension, the
 * discussion points (a group only), the next steps and, with a plan, its progress; `ctx` gives the
 * words they are measured in.
 */
export function profileSlides(profile: Profile, ctx: TextContext, options: SlideOptions = {}): ProfileSlide[] {
  return [
    { kind: 'title', profile },
    { kind: 'radar', profile },
    ...profile.dimensions.flatMap((d) => dimensionSlides(profile, d, ctx)),
    ...(profile.respondents > 1 ? discussionSlides(profile, options, ctx) : []),
    ...nextStepSlides(profile, ctx),
    ...profilePlanSlides(profile, ctx),
  ];
}

// ---------------------------------------------------------------------------------------------
// A comparison's deck

export type ComparisonSlide =
  | { kind: 'title'; comparison: Comparison }
  | { kind: 'radar'; comparison: Comparison }
  | ({
      kind: 'dimension';
      comparison: Comparison;
      dimension: Comparison['dimensions'][number];
      items: ChangeItem[];
    } & Part)
  | PlanSlide;

export type ChangeItem = { type: 'row'; unit: UnitChange; total: boolean };

function changeSlides(
  c: Comparison,
  d: Comparison['dimensions'][number],
  profiles: ComparedLevels,
  ctx: TextContext,
): ComparisonSlide[] {
  const { m } = ctx;
  const units: { unit: UnitChange; total: boolean }[] = [
    { unit: d, total: true },
    ...d.subdimensions.map((unit) => ({ unit, total: false })),
  ];
  // The columns of compare.ts's table (21%, 10%, 11%, 29%, 29%), less their padding (10 a side, 28
  // left for a subdimension). The levels before and after stand side by side: a row is as high as
  // the longer of the two, not both together.
  const nameWidth = (total: boolean) => BODY_WIDTH * 0.21 - (total ? 20 : 38);
  const levelWidth = BODY_WIDTH * 0.29 - 20;
  // The head names each side with its swatch (a 34 px box and 8 px after it): the key of the bars, on every slide.
  const sides = [sideName(m.before, c.before), sideName(m.after, c.after)];
  const head =
    Math.max(...sides.map((side) => wrappedLines([{ text: side, bold: true }], levelWidth, 24, 42))) * LINE + 18;
  const chunks: Chunk<ChangeItem>[] = units.map(({ unit, total }) => {
    const levels = changeLevels(unit, profiles, m).map((text) => wrappedLines([{ text, bold: total }], levelWidth));
    const name = wrappedLines(
      [{ text: `${unit.name}${unit.questionsChanged ? ' *' : ''}`, bold: total }],
      nameWidth(total),
    );
    return { item: { type: 'row' as const, unit, total }, height: rowHeight([name, ...levels]) };
  });
  // Under the table, what the * says, on each slide that has a marked unit.
  const marked = c.questionsChangedSince && units.some(({ unit }) => unit.questionsChanged);
  const note = marked
    ? wrappedLines(`* ${m.questionsChangedSince(c.questionsChangedSince!)}`, BODY_WIDTH) * LINE + 8
    : 0;
  return parts(paginate(chunks, bodyBudget(d.name) - head - note), (items, part) => ({
    kind: 'dimension' as const,
    comparison: c,
    dimension: d,
    items,
    ...part,
  }));
}

/**
 * A comparison's deck: both scans on the title slide, both on the radar, then the changes per
 * dimension and, with a plan (`compare --plan`), its counts beside each unit's change in level.
 */
export function comparisonSlides(c: Comparison, profiles: ComparedLevels, ctx: TextContext): ComparisonSlide[] {
  const labels = labelsFor(c.language, c.levelTerm);
  return [
    { kind: 'title', comparison: c },
    { kind: 'radar', comparison: c },
    ...c.dimensions.flatMap((d) => changeSlides(c, d, profiles, ctx)),
    ...(c.plan ? planSlides(comparisonPlanLines(c, labels), labels.actionPlan) : []),
  ];
}
