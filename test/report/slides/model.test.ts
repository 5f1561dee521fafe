/** The slide model: which slides a deck has, and how what does not fit goes on to the next slide. */
import { describe, expect, it } from 'vitest';
import { normaliseAnswers } from '../../../src/answers/types.js';
import { compareProfiles } from '../../../src/compare/compare.js';
import { score } from '../../../src/scoring/score.js';
import type { Profile } from '../../../src/scoring/types.js';
import { messagesFor } from '../../../src/report/html/messages.js';
import {
  comparisonSlides,
  paginate,
  planSlides,
  profileSlides,
  type ProfileSlide,
} from '../../../src/report/slides/model.js';
import { SLIDE_TEXT_MAX, slideText } from '../../../src/report/slides/texts.js';
import { loadQuestionnaire } from '../../scoring/load.js';
import { groupProfile, single } from '../profile/fixtures.js';

const ctx = { m: messagesFor('en'), lang: 'en' };

/** Kind and part of each slide: `dimension alpha 1/1`. */
function outline(slides: readonly ProfileSlide[]): string[] {
  return slides.map((s) => {
    if (s.kind === 'dimension') return `dimension ${s.dimension.id} ${s.part}/${s.parts}`;
    if (s.kind === 'discussion' || s.kind === 'next-steps' || s.kind === 'plan')
      return `${s.kind} ${s.part}/${s.parts}`;
    return s.kind;
  });
}

/** The workshop of test/fixtures/slides: three respondents who disagree, with notes, on a scan with a large dimension. */
function workshop(): Profile {
  const q = loadQuestionnaire('slides', 'slides-scan.yaml');
  const sets = ['ann', 'bob', 'cas'].map((name, r) =>
    normaliseAnswers(
      {
        questionnaire: 'slides-scan',
        organisation: 'Gemeente Dia',
        respondent: { name },
        answers: Object.fromEntries(
          q.questions.map((x, k) => [x.id, k === 0 ? { value: 1 + r, note: `note ${name}` } : 1 + ((k + r) % 4)]),
        ),
      },
      `${name}.yaml`,
    ),
  );
  return score(q, sets, { language: 'en' });
}

describe('paginate', () => {
  const chunk = (item: string, height: number, extra: object = {}) => ({ item, height, ...extra });

  it('fills a page until the next chunk would not fit', () => {
    expect(paginate([chunk('a', 4), chunk('b', 4), chunk('c', 3)], 10)).toEqual([['a', 'b'], ['c']]);
  });

  it('moves a heading to the next page with the chunk after it', () => {
    const chunks = [chunk('a', 6), chunk('heading', 2, { keepWithNext: true }), chunk('b', 3)];
    expect(paginate(chunks, 10)).toEqual([['a'], ['heading', 'b']]);
  });

  it('counts the heading a chunk repeats when it starts a page', () => {
    const chunks = [chunk('a', 8), chunk('note 1', 2, { continuation: 1 }), chunk('note 2', 7, { continuation: 1 })];
    // note 1 starts page 2 and takes 3 lines there: note 2 no longer fits beside it.
    expect(paginate(chunks, 10)).toEqual([['a', 'note 1'], ['note 2']]);
    expect(paginate([chunk('a', 8), chunk('b', 2, { continuation: 1 }), chunk('c', 7)], 10)).toEqual([
      ['a', 'b'],
      ['c'],
    ]);
  });

  it('gives a chunk larger than a page one of its own, and nothing for no chunks', () => {
    expect(paginate([chunk('a', 2), chunk('huge', 30), chunk('b', 2)], 10)).toEqual([['a'], ['huge'], ['b']]);
    expect(paginate([], 10)).toEqual([]);
  });
});

describe('profileSlides', () => {
  it('one respondent: title, radar, one slide per dimension and the next steps; no discussion points', () => {
    expect(outline(profileSlides(single(), ctx))).toEqual([
      'title',
      'radar',
      'dimension alpha 1/1',
      'dimension beta 1/1',
      'dimension gamma 1/1',
      'next-steps 1/1',
    ]);
  });

  it('a group: its questions on the dimension slides, and the discussion points before the next steps', () => {
    const slides = profileSlides(groupProfile(), ctx);
    // Kinds in order (the discussion points and next steps of the tiny scan take more than one slide each).
    expect([...new Set(slides.map((s) => s.kind))]).toEqual([
      'title',
      'radar',
      'dimension',
      'discussion',
      'next-steps',
    ]);
    const alpha = slides.filter((s) => s.kind === 'dimension' && s.dimension.id === 'alpha');
    const items = alpha.flatMap((s) => (s.kind === 'dimension' ? s.items : []));
    // The bars of alpha and its subdimensions, then each subdimension's questions under its name.
    expect(
      items.map((i) => (i.type === 'row' ? `row ${i.unit.id}` : i.type === 'question' ? i.question.id : i.type)),
    ).toEqual(['legend', 'row alpha', 'row a-one', 'row a-two', 'unit', 'a1-1', 'a1-2', 'unit', 'a2-1', 'a2-2']);
  });

  it('splits a dimension that does not fit over numbered slides, in order, losing nothing', () => {
    const profile = workshop();
    const slides = profileSlides(profile, ctx);
    const data = slides.filter((s) => s.kind === 'dimension' && s.dimension.id === 'data');
    expect(data.length).toBeGreaterThan(2);
    expect(data.map((s) => (s.kind === 'dimension' ? `${s.part}/${s.parts}` : ''))).toEqual(
      data.map((_, i) => `${i + 1}/${data.length}`),
    );
    const items = data.flatMap((s) => (s.kind === 'dimension' ? s.items : []));
    // Every subdimension's row and every question of the dimension, each once.
    const d = profile.dimensions.find((x) => x.id === 'data')!;
    expect(items.filter((i) => i.type === 'row').map((i) => (i.type === 'row' ? i.unit.id : ''))).toEqual([
      'data',
      ...d.subdimensions.map((s) => s.id),
    ]);
    const questions = d.subdimensions.flatMap((s) => s.questions!.map((x) => x.id));
    expect(items.flatMap((i) => (i.type === 'question' ? [i.question.id] : []))).toEqual(questions);
    // The notes follow their question (three of them, on the first question).
    expect(items.filter((i) => i.type === 'note')).toHaveLength(3);
    // No slide ends with a heading whose content is on the next.
    for (const s of data) if (s.kind === 'dimension') expect(s.items.at(-1)?.type).not.toBe('unit');
    // The small dimensions stay on one slide each.
    expect(outline(slides)).toContain('dimension people 1/1');
  });

  it('--top keeps the first N discussion points, the widest apart first', () => {
    const profile = workshop();
    const points = (slides: ProfileSlide[]) =>
      slides.flatMap((s) =>
        s.kind === 'discussion' ? s.items.flatMap((i) => (i.type === 'point' ? [i.unit] : [])) : [],
      );
    const all = points(profileSlides(profile, ctx));
    expect(all.length).toBeGreaterThan(1);
    const widths = all.map((u) => u.spread!.max - u.spread!.min);
    expect(widths).toEqual([...widths].sort((a, b) => b - a));
    expect(points(profileSlides(profile, ctx, { top: 1 }))).toEqual([all[0]]);
  });

  it('a group that agrees has one discussion slide saying so', () => {
    const q = loadQuestionnaire('slides', 'slides-scan.yaml');
    const same = ['a', 'b'].map((n) =>
      normaliseAnswers(
        { questionnaire: 'slides-scan', answers: Object.fromEntries(q.questions.map((x) => [x.id, 2])) },
        `${n}.yaml`,
      ),
    );
    const discussion = profileSlides(score(q, same), ctx).filter((s) => s.kind === 'discussion');
    expect(discussion).toEqual([expect.objectContaining({ items: [], none: true, part: 1, parts: 1 })]);
  });

  it('with a plan (score --plan): its counts per unit on a slide after the next steps', () => {
    const profile = {
      ...single(),
      plan: {
        file: 'plan.yaml',
        units: [
          { id: 'a-one', name: 'A one', actions: 3, done: 1 },
          { id: 'beta', name: 'Beta', actions: 1, done: 1 },
        ],
      },
    };
    const slides = profileSlides(profile, ctx);
    expect(outline(slides).slice(-2)).toEqual(['next-steps 1/1', 'plan 1/1']);
    expect(slides.at(-1)).toMatchObject({
      kind: 'plan',
      heading: 'Action plan',
      lines: ['A one: 1 of 3 actions done', 'Beta: 1 of 1 action done'],
    });
    // In Dutch, in the questionnaire's words.
    const nl = profileSlides(profile, { m: messagesFor('nl'), lang: 'nl' }).at(-1);
    expect(nl).toMatchObject({
      heading: 'Actieplan',
      lines: ['A one: 1 van 3 acties gereed', 'Beta: 1 van 1 actie gereed'],
    });
    // Without a plan, no plan slide.
    expect(outline(profileSlides(single(), ctx))).not.toContain('plan 1/1');
  });

  it('cuts a long text at a word, with an ellipsis', () => {
    const long = 'word '.repeat(200);
    expect(slideText(long).length).toBeLessThanOrEqual(SLIDE_TEXT_MAX);
    expect(slideText(long).endsWith('word…')).toBe(true);
    expect(slideText('short')).toBe('short');
  });
});

describe('comparisonSlides', () => {
  it('title, radar and one slide per dimension with a row per unit', () => {
    const [before, after] = [single(), groupProfile()];
    const slides = comparisonSlides(compareProfiles(before, after), { before, after }, ctx);
    expect(slides.map((s) => (s.kind === 'dimension' ? `${s.kind} ${s.dimension.id}` : s.kind))).toEqual([
      'title',
      'radar',
      'dimension alpha',
      'dimension beta',
      'dimension gamma',
    ]);
    const alpha = slides[2]!;
    expect(alpha.kind === 'dimension' && alpha.items.map((i) => i.unit.id)).toEqual(['alpha', 'a-one', 'a-two']);
  });

  it('with a plan (compare --plan): its counts beside the change in level, after the dimensions', () => {
    const [before, after] = [single(), groupProfile()];
    const compared = compareProfiles(before, after);
    const plan = { file: 'plan.yaml', units: [{ id: 'a-one', name: 'A one', actions: 2, done: 2 }] };
    const slides = comparisonSlides({ ...compared, plan }, { before, after }, ctx);
    expect(slides.map((s) => s.kind).slice(-2)).toEqual(['dimension', 'plan']);
    const unit = compared.dimensions[0]!.subdimensions.find((u) => u.id === 'a-one')!;
    // A one is at phase 2 on both sides (the fixtures' scores), so it stays there.
    expect([unit.before!.level, unit.after!.level]).toEqual([2, 2]);
    expect(slides.at(-1)).toMatchObject({
      kind: 'plan',
      lines: ['A one: 2 of 2 actions done; A one stays at phase 2'],
    });
    expect(comparisonSlides(compared, { before, after }, ctx).map((s) => s.kind)).not.toContain('plan');
  });
});

describe('planSlides', () => {
  it('goes on to a numbered next slide when its lines do not fit, losing none', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `Unit ${i + 1}: 0 of 3 actions done`);
    const slides = planSlides(lines, 'Action plan');
    expect(slides.length).toBeGreaterThan(1);
    expect(slides.map((s) => `${s.part}/${s.parts}`)).toEqual(slides.map((_, i) => `${i + 1}/${slides.length}`));
    expect(slides.flatMap((s) => s.lines)).toEqual(lines);
    expect(planSlides([], 'Action plan')).toEqual([]);
  });
});
