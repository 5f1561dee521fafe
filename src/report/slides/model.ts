/**
 * Which slides a deck has and what each holds: pure data, no markup (render.ts draws them). A slide
 * holds what fits on one 1280×720 screen in 24 px type; what does not fit goes on to the next slide
 * of the same kind, numbered "(2/3)", rather than being shrunk or scrolled. Heights are estimated in
 * lines of body text from the length of the texts: rough, on the safe side (the Chromium test
 * measures the real thing).
 */
import type { Comparison, UnitChange } from '../../compare/compare.js';
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
import { truncate } from '../../util/text.js';

/** Lines of body text a slide's body holds below its heading (one line of heading). */
export const SLIDE_LINES = 16;
/** Characters of body text on a line the slide's full width: on the low side, as words wrap early. */
export const LINE_CHARS = 80;
/** Characters of a heading line (larger type). */
const HEADING_CHARS = 44;
/** The longest text a slide shows of a question, note or step: the report has them whole. */
export const SLIDE_TEXT_MAX = 300;
/** Option labels up to this length are shown on the answer bars; longer ones by their value. */
export const SHORT_LABEL = 24;

/** Lines a text takes at `chars` characters a line. */
export function textLines(text: string, chars: number): number {
  return Math.max(1, Math.ceil(text.length / chars));
}

/** A text as a slide shows it: cut (at a word, with an ellipsis) when it is longer than SLIDE_TEXT_MAX. */
export function slideText(text: string): string {
  return truncate(text, SLIDE_TEXT_MAX);
}

/** Something placed on a slide, with the lines it takes. */
export interface Chunk<T> {
  item: T;
  lines: number;
  /** Moves to the next slide with the chunk after it rather than end a slide (a heading). */
  keepWithNext?: boolean;
  /** Lines it takes more when it starts a slide (the heading it then repeats). */
  continuation?: number;
}

/**
 * Chunks over pages of `budget` lines, in order: a page ends before the chunk that would not fit;
 * a chunk larger than a page gets one of its own (texts are cut so that none is much larger).
 */
export function paginate<T>(chunks: readonly Chunk<T>[], budget: number): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let used = 0;
  chunks.forEach((chunk, i) => {
    const next = chunks[i + 1];
    const needs = chunk.lines + (chunk.keepWithNext && next ? next.lines : 0);
    if (page.length > 0 && used + needs > budget) {
      pages.push(page);
      page = [];
      used = 0;
    }
    used += chunk.lines + (page.length === 0 ? (chunk.continuation ?? 0) : 0);
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

/** The body lines left under a heading that may wrap (a long dimension name with "(2/3)"). */
export function bodyBudget(heading: string): number {
  return SLIDE_LINES - (textLines(`${heading} (9/9)`, HEADING_CHARS) - 1) * 1.5;
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
  | ({ kind: 'next-steps'; profile: Profile; items: StepItem[] } & Part);

export interface SlideOptions {
  /** Keep only the first N discussion points (the next steps were cut when scoring, by the same --top). */
  top?: number;
}

/** The labels an answer bar shows: the options' own when all are short, else their values. */
export function answerLabelsShort(question: QuestionAnswers): boolean {
  return question.options.every((o) => o.label.length <= SHORT_LABEL);
}

/** Lines of a question's bar: its options side by side, wrapped as words are. */
function answerLines(question: QuestionAnswers): number {
  const short = answerLabelsShort(question);
  // Label, a bar of about ten characters' width, and the count.
  const widths = question.options.map((o) => (short ? o.label.length : String(o.value).length) + 16);
  const { unknown, notApplicable, unanswered } = question.counts;
  for (const n of [unknown, notApplicable, unanswered]) if (n > 0) widths.push(36);
  let lines = 1;
  let used = 0;
  for (const w of widths) {
    if (used > 0 && used + w > LINE_CHARS) {
      lines++;
      used = 0;
    }
    used += w;
  }
  return lines;
}

/** A question with its bar, then each of its notes: a question's notes may go on to the next slide. */
function questionChunks(question: QuestionAnswers, range?: number): Chunk<QuestionItem>[] {
  const head = `${question.id} ${slideText(question.text)} (0,00) · 0 0`;
  const chunks: Chunk<QuestionItem>[] = [
    {
      item: range === undefined ? { type: 'question', question } : { type: 'question', question, range },
      lines: textLines(head, LINE_CHARS) + answerLines(question) + 0.4,
    },
  ];
  for (const note of question.notes) {
    const text = `${note.respondent ?? ''}: ${slideText(note.text)}`;
    chunks.push({ item: { type: 'note', question, note }, lines: textLines(text, LINE_CHARS - 4), continuation: 1 });
  }
  return chunks;
}

/** A unit's row: its name beside its bar and its level (with the next one approached, its target and a group's spread), whichever needs more lines. */
function rowLines(unit: UnitProfile, levelName: string, group: boolean): number {
  const level =
    textLines(levelName, 30) + (unit.target !== null ? 1 : 0) + (group && unit.spread?.disagreement ? 1 : 0);
  return Math.max(textLines(unit.name, 28), level) + 0.4;
}

function dimensionSlides(profile: Profile, d: DimensionProfile): ProfileSlide[] {
  const group = profile.respondents > 1;
  const units: { unit: UnitProfile; total: boolean }[] =
    d.subdimensions.length > 0
      ? [{ unit: d, total: true }, ...d.subdimensions.map((unit) => ({ unit, total: false }))]
      : [{ unit: d, total: true }];
  const chunks: Chunk<DimensionItem>[] = [
    { item: { type: 'legend' }, lines: 1.4, keepWithNext: true },
    ...units.map(({ unit, total }) => ({
      item: { type: 'row' as const, unit, total },
      // The level's name and ", approaching 2 (uncertain)".
      lines: rowLines(
        unit,
        `${profile.levels.find((l) => l.rank === unit.level)?.name ?? ''} 0 · , 0000000000 0`,
        group,
      ),
    })),
  ];
  // A group's answers per question, under the name of the unit they belong to.
  if (group) {
    for (const { unit } of flattenUnits<UnitProfile>(d.subdimensions.length > 0 ? d.subdimensions : [d])) {
      const questions = unit.questions ?? [];
      if (questions.length === 0) continue;
      chunks.push({ item: { type: 'unit', name: unit.name }, lines: 1.3, keepWithNext: true });
      for (const q of questions) chunks.push(...questionChunks(q));
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

function discussionSlides(profile: Profile, options: SlideOptions, heading: string): ProfileSlide[] {
  const units = discussionUnits(profile);
  const chunks: Chunk<QuestionItem>[] = [];
  for (const unit of units.slice(0, options.top)) {
    chunks.push({
      item: { type: 'point', unit },
      lines: textLines(`${unit.name}: 0,00 0,00 0,00 000000000000000`, 56) * 1.2,
      keepWithNext: true,
    });
    // Its questions, the widest apart first (ties in questionnaire order).
    for (const { question, range } of discussionQuestions(unit)) chunks.push(...questionChunks(question, range));
  }
  if (chunks.length === 0)
    return [{ kind: 'discussion', profile, items: [], none: units.length === 0, part: 1, parts: 1 }];
  return parts(paginate(chunks, bodyBudget(heading)), (items, part) => ({
    kind: 'discussion' as const,
    profile,
    items,
    none: false,
    ...part,
  }));
}

function nextStepSlides(profile: Profile, heading: string): ProfileSlide[] {
  const chunks: Chunk<StepItem>[] = [];
  profile.nextSteps.forEach((group, i) => {
    const priority = i + 1;
    const name = `${group.dimensionName} › ${group.subdimensionName ?? ''}`;
    chunks.push({
      item: { type: 'group', group, priority },
      lines: textLines(name, 60) * 1.2 + 1.2,
      keepWithNext: true,
    });
    for (const step of group.steps)
      chunks.push({
        item: { type: 'step', group, priority, step },
        lines: textLines(slideText(step), LINE_CHARS - 4),
        continuation: 1,
      });
  });
  if (chunks.length === 0) return [{ kind: 'next-steps', profile, items: [], part: 1, parts: 1 }];
  return parts(paginate(chunks, bodyBudget(heading)), (items, part) => ({
    kind: 'next-steps' as const,
    profile,
    items,
    ...part,
  }));
}

/** The headings that decide how much a slide of a kind holds. */
export interface SlideHeadings {
  discussionPoints: string;
  nextSteps: string;
}

/**
 * A profile's deck: title and coverage, the radar, one or more slides per dimension, the
 * discussion points (a group only) and the next steps.
 */
export function profileSlides(profile: Profile, headings: SlideHeadings, options: SlideOptions = {}): ProfileSlide[] {
  return [
    { kind: 'title', profile },
    { kind: 'radar', profile },
    ...profile.dimensions.flatMap((d) => dimensionSlides(profile, d)),
    ...(profile.respondents > 1 ? discussionSlides(profile, options, headings.discussionPoints) : []),
    ...nextStepSlides(profile, headings.nextSteps),
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
    } & Part);

export type ChangeItem = { type: 'legend' } | { type: 'row'; unit: UnitChange; total: boolean };

function changeSlides(c: Comparison, d: Comparison['dimensions'][number]): ComparisonSlide[] {
  const units: { unit: UnitChange; total: boolean }[] = [
    { unit: d, total: true },
    ...d.subdimensions.map((unit) => ({ unit, total: false })),
  ];
  const chunks: Chunk<ChangeItem>[] = [
    { item: { type: 'legend' }, lines: 1.4, keepWithNext: true },
    // Name beside two bars (before and after), their levels and the change.
    ...units.map(({ unit, total }) => ({
      item: { type: 'row' as const, unit, total },
      lines: Math.max(textLines(unit.name, 20), 3) + 0.4,
    })),
  ];
  return parts(paginate(chunks, bodyBudget(d.name) - 1), (items, part) => ({
    kind: 'dimension' as const,
    comparison: c,
    dimension: d,
    items,
    ...part,
  }));
}

/** A comparison's deck: both scans on the title slide, both on the radar, then the changes per dimension. */
export function comparisonSlides(c: Comparison): ComparisonSlide[] {
  return [
    { kind: 'title', comparison: c },
    { kind: 'radar', comparison: c },
    ...c.dimensions.flatMap((d) => changeSlides(c, d)),
  ];
}
