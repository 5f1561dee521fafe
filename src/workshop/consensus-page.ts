/**
 * The consensus round's pages for the projector: the overview (the agenda, what was agreed, finish)
 * and one page per question (where it sits, the question, a bar per option with its count, mean
 * and median, the notes by nobody, then the agreed answer and its rationale as a form that posts).
 * No script: every choice is a form post, so the round works in any browser. Large type (24 px at
 * the least) for the back of the room; every text through the escaping `markup` template.
 */
import { createHash } from 'node:crypto';
import type { AnswerSet, AnswerValue } from '../answers/types.js';
import { consensusMessagesFor, roomView } from '../prompt/consensus.js';
import { optionNumbers } from '../prompt/interview.js';
import { levelTermOf } from '../questionnaire/level-term.js';
import { optionsOf } from '../questionnaire/structure.js';
import { localizer } from '../questionnaire/text.js';
import { pathOf, unitTree } from '../questionnaire/tree.js';
import type { Questionnaire } from '../questionnaire/types.js';
import { markup, raw, type Markup } from '../report/html/markup.js';
import { own } from '../util/own.js';
import { safeLine, safeText } from '../util/safe-text.js';
import { roundMessagesFor } from './consensus-messages.js';
import { workshopPage } from './pages.js';
import {
  MAX_RATIONALE_LENGTH,
  ambitionsOf,
  isAgreed,
  isBelowNow,
  targetField,
  type Ambition,
  type Room,
} from './consensus-round.js';

/** Steps of a bar's length: a class per step keeps widths out of style attributes, which the policy forbids. */
const BAR_STEPS = 20;

export const ROUND_CSS = `
:root { color-scheme: light; --text: #1f2328; --muted: #4d565f; --line: #8c959f; --accent: #005a9c; --focus: #b35900; --chosen-bg: #e8f1fa; --notice-bg: #fff3d6; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 24px; line-height: 1.4; color: var(--text); background: #ffffff; overflow-wrap: anywhere; }
body { margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
h1 { font-size: 1.6rem; line-height: 1.2; margin: .5rem 0 1rem; white-space: pre-line; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
a { color: var(--accent); }
:focus-visible { outline: 4px solid var(--focus); outline-offset: 2px; }
.place, .counter, .hint, .status { color: var(--muted); }
.place { margin: 0; }
.alert { border-left: 6px solid var(--focus); background: var(--notice-bg); padding: .5rem 1rem; }
.bars { list-style: none; margin: 0; padding: 0; }
.bars li { display: grid; grid-template-columns: minmax(8rem, 16rem) 1fr 3rem; gap: .75rem; align-items: center; margin: .3rem 0; }
.track { background: #eef1f4; height: 1.2rem; border-radius: 3px; }
.fill { display: block; background: var(--accent); height: 100%; border-radius: 3px; }
.count { text-align: right; font-variant-numeric: tabular-nums; font-weight: 600; }
${Array.from({ length: BAR_STEPS + 1 }, (_, i) => `.w-${i} { width: ${(i * 100) / BAR_STEPS}%; }`).join('\n')}
.notes li { margin: .3rem 0; white-space: pre-line; }
fieldset { border: 2px solid var(--line); border-radius: 4px; margin: 1.5rem 0 1rem; padding: .5rem 1rem 1rem; min-width: 0; }
legend { font-weight: 700; padding: 0 .35rem; }
.choice { display: grid; grid-template-columns: auto 1fr; gap: 0 .6rem; align-items: start; padding: .3rem .4rem; border-radius: 3px; }
.choice:has(input:checked) { background: var(--chosen-bg); }
.choice input { width: 1.4rem; height: 1.4rem; margin: .1rem 0 0; accent-color: var(--accent); }
.choice-description { grid-column: 2; color: var(--muted); }
label[for="rationale"] { display: block; font-weight: 700; margin-top: 1rem; }
textarea { font: inherit; color: inherit; display: block; width: 100%; border: 2px solid var(--muted); border-radius: 3px; padding: .35rem .5rem; }
.buttons { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1rem 0; }
button { font: inherit; border: 2px solid var(--accent); border-radius: 4px; background: #ffffff; color: var(--accent); padding: .35rem 1rem; cursor: pointer; }
button.save { background: var(--accent); color: #ffffff; font-weight: 700; }
.agenda li, .ambitions li { margin: .4rem 0; }
.ambition p { margin: .2rem 0; }
.agenda-choice { display: flex; flex-wrap: wrap; gap: 1.5rem; }
.agenda-choice [aria-current] { font-weight: 700; color: var(--text); text-decoration: none; }
code { font-size: 1rem; overflow-wrap: anywhere; }
`;

/** The pages' policy: their style sheet by its hash, no script; forms post to this server only. */
export const ROUND_POLICY = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(ROUND_CSS, 'utf8').digest('base64')}'`,
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

function page(language: string, title: string, body: Markup): string {
  return workshopPage(
    language,
    title,
    ROUND_CSS,
    markup`<main>
${body}
</main>`,
  );
}

export interface RoundPageContext {
  questionnaire: Questionnaire;
  language: string;
  /** The round's address (`…/f/<token>/consensus`), without the agenda choice. */
  base: string;
  /** Every question, or the disagreements only. */
  all: boolean;
}

/** An address of the round, keeping the agenda choice. */
function href(ctx: RoundPageContext, path = '', all = ctx.all): string {
  return `${ctx.base}${path}${all ? '?all=1' : ''}`;
}

function texts(ctx: RoundPageContext) {
  const t = localizer(ctx.language, ctx.questionnaire.languages[0]);
  return (text: Parameters<typeof t>[0]) => safeLine(t(text));
}

/** The label of an answer the room may agree on: the option's, or don't know / not applicable. */
function answerLabel(ctx: RoundPageContext, id: string, value: AnswerValue): string {
  const m = consensusMessagesFor(ctx.language).interview;
  if (value === 'unknown') return m.unknown;
  if (value === 'not-applicable') return m.notApplicable;
  const option = optionsOf(ctx.questionnaire, id).options.find((o) => o.value === value);
  return option ? texts(ctx)(option.label) : String(value);
}

/** Where a question sits: dimension › subdimension › group. */
function placeOf(ctx: RoundPageContext, id: string): string {
  const t = texts(ctx);
  const q = ctx.questionnaire;
  const question = q.questions.find((x) => x.id === id);
  const unit = unitTree(q).byId.get(question?.subdimension ?? question?.dimension ?? '');
  const group = unit?.groups.find((g) => g.id === question?.group);
  return [...(unit ? pathOf(unit).map((u) => t(u.name)) : []), ...(group ? [t(group.name)] : [])].join(' › ');
}

function questionText(ctx: RoundPageContext, id: string): string {
  const question = ctx.questionnaire.questions.find((x) => x.id === id);
  return safeText(localizer(ctx.language, ctx.questionnaire.languages[0])(question?.text));
}

export interface OverviewState {
  /** Undefined while nobody has saved answers. */
  room?: Room;
  /** The agenda of the other choice (all questions or disagreements only): its length is shown on its link. */
  otherAgendaLength: number;
  agreed: AnswerSet;
  /** The question the round goes on at, if any. */
  goOn?: string;
  /** The consensus file as the facilitator finds it, and the command that compares it with the room. */
  file: string;
  compare: string;
  problem?: string;
}

/** The round's overview: the agenda with what was agreed, where to go on, and finishing. */
export function overviewPage(ctx: RoundPageContext, state: OverviewState): string {
  const m = roundMessagesFor(ctx.language);
  const title = m.title(texts(ctx)(ctx.questionnaire.title));
  const { room, agreed } = state;
  const agenda = room?.agenda ?? [];
  const agreedCount = agenda.filter((id) => isAgreed(agreed, id)).length;
  const counts = { mine: agenda.length, other: state.otherAgendaLength };
  const [disagreements, all] = ctx.all ? [counts.other, counts.mine] : [counts.mine, counts.other];
  const choice = (isAll: boolean, label: string) =>
    ctx.all === isAll
      ? markup`<a href="${href(ctx, '', isAll)}" aria-current="page">${label}</a>`
      : markup`<a href="${href(ctx, '', isAll)}">${label}</a>`;
  const items = agenda.map((id) => {
    const answer = own(agreed.answers, id);
    const status = answer?.value !== undefined ? m.agreedAs(answerLabel(ctx, id, answer.value)) : m.keepsCombined;
    return markup`<li><a href="${href(ctx, `/q/${id}`)}">${questionText(ctx, id)}</a> <span class="status">(${status})</span></li>
`;
  });
  const complete = agreed.session?.status === 'complete';
  return page(
    ctx.language,
    title,
    markup`<h1>${title}</h1>
${state.problem !== undefined ? markup`<p class="alert" role="alert">${state.problem}</p>` : ''}
${
  room === undefined
    ? markup`<p>${m.nobodyYet}</p>`
    : markup`<p id="progress">${m.progress(room.sets.length, agreedCount, agenda.length)}</p>
<nav aria-label="${m.agendaLabel}" class="agenda-choice">${choice(false, m.disagreements(disagreements))} ${choice(true, m.allQuestions(all))}</nav>
${
  agenda.length === 0
    ? markup`<p>${m.nothingToDiscuss}</p>`
    : markup`<h2>${m.agendaLabel}</h2>
<ol class="agenda">
${items}</ol>
${
  state.goOn !== undefined
    ? markup`<p><a href="${href(ctx, `/q/${state.goOn}`)}">${agreedCount === 0 && agreed.session?.position === undefined ? m.start : m.goOn}</a></p>`
    : ''
}`
}
<h2>${m.ambitionHeading}</h2>
<ul class="ambitions">
${ambitionItems(ctx, ambitionsOf(ctx.questionnaire, room, agreed))}</ul>
<p><a href="${href(ctx, '/targets')}">${m.ambitionLink}</a></p>
${
  complete
    ? markup`<p class="alert" role="status">${m.done}</p>`
    : markup`<form method="post" action="${href(ctx, '/finish')}">
<p class="hint">${m.finishHint}</p>
<p><button type="submit" class="save">${m.finish}</button></p>
</form>`
}
<p>${m.fileAt(state.file)}</p>
<p>${m.compareWith} <code>${state.compare}</code></p>`
}`,
  );
}

export interface QuestionState {
  room: Room;
  id: string;
  agreed: AnswerSet;
  /** What a refused post said, shown over the form. */
  problem?: string;
}

/** One question of the round: what the room answered, then the form to agree on an answer. */
export function questionPage(ctx: RoundPageContext, state: QuestionState): string {
  const m = roundMessagesFor(ctx.language);
  const cm = consensusMessagesFor(ctx.language);
  const { room, id } = state;
  const question = room.questions.get(id);
  const at = room.agenda.indexOf(id);
  const text = questionText(ctx, id);
  const view = question ? roomView(question, cm, ctx.language) : undefined;
  const existing = own(state.agreed.answers, id);
  const { options, scale, notApplicable } = optionsOf(ctx.questionnaire, id);
  const t = texts(ctx);
  const numbers = optionNumbers(options.map((o) => o.value));
  const choices: { value: AnswerValue; label: string; description?: string }[] = [
    ...options.map((o, i) => ({
      value: o.value,
      label: `${numbers[i]} · ${t(o.label)}`,
      ...(o.description !== undefined ? { description: t(o.description) } : {}),
    })),
    ...(scale?.unknown !== false ? [{ value: 'unknown' as const, label: cm.interview.unknown }] : []),
    ...(notApplicable ? [{ value: 'not-applicable' as const, label: cm.interview.notApplicable }] : []),
  ];
  const radios = choices.map((c, i) => {
    const key = `answer-${i}`;
    const checked = existing?.value !== undefined && existing.value === c.value;
    const described = c.description !== undefined ? markup` aria-describedby="${key}-d"` : '';
    return markup`<div class="choice"><input type="radio" name="answer" id="${key}" value="${String(c.value)}"${checked ? raw(' checked') : ''}${described}><label for="${key}">${c.label}</label>${
      c.description !== undefined ? markup`<span class="choice-description" id="${key}-d">${c.description}</span>` : ''
    }</div>
`;
  });
  const bars = (view?.counts ?? []).map(({ label, count }) => {
    const step = Math.round((count * BAR_STEPS) / Math.max(view?.total ?? 0, 1));
    return markup`<li><span class="label">${safeLine(label)}</span><span class="track" aria-hidden="true"><span class="fill w-${step}"></span></span><span class="count">${count}</span></li>
`;
  });
  const title = `${text} · ${m.title(t(ctx.questionnaire.title))}`;
  return page(
    ctx.language,
    title,
    markup`<p><a href="${href(ctx)}">${m.overview}</a></p>
<p class="place">${placeOf(ctx, id)}</p>
${at >= 0 ? markup`<p class="counter">${cm.interview.questionOf(at + 1, room.agenda.length)}</p>` : ''}
<h1>${text}</h1>
${
  view
    ? markup`<section aria-labelledby="room-heading">
<h2 id="room-heading">${view.heading}</h2>
<ul class="bars">
${bars}</ul>
${view.centre !== undefined ? markup`<p>${view.centre}</p>` : ''}
${
  view.notes.length > 0
    ? markup`<h2>${view.notesHeading}</h2>
<ul class="notes">
${view.notes.map((note) => markup`<li>${safeText(note)}</li>\n`)}</ul>`
    : ''
}
</section>`
    : ''
}
${state.problem !== undefined ? markup`<p class="alert" role="alert" id="problem">${state.problem}</p>` : ''}
<form method="post" action="${href(ctx, `/q/${id}`)}">
<fieldset>
<legend>${m.agreedAnswer}</legend>
${radios}</fieldset>
<label for="rationale">${m.rationale} <span class="hint">(${m.rationaleHint})</span></label>
<textarea id="rationale" name="rationale" rows="3" maxlength="${MAX_RATIONALE_LENGTH}">${existing?.note ?? ''}</textarea>
<div class="buttons">
<button type="submit" name="action" value="save" class="save">${m.save}</button>
<button type="submit" name="action" value="skip">${isAgreed(state.agreed, id) ? m.next : m.skip}</button>
${at > 0 ? markup`<button type="submit" name="action" value="back">${m.back}</button>` : ''}
</div>
</form>`,
  );
}

/** A level's name by rank, as the questionnaire names it. */
function levelName(ctx: RoundPageContext, rank: number): string {
  const level = ctx.questionnaire.levels[rank - 1];
  return level ? texts(ctx)(level.name) : String(rank);
}

function dimensionName(ctx: RoundPageContext, id: string): string {
  const dimension = ctx.questionnaire.dimensions.find((d) => d.id === id);
  return dimension ? texts(ctx)(dimension.name) : id;
}

/** Where a dimension stands now, in words. */
function nowText(ctx: RoundPageContext, ambition: Ambition): string {
  const m = roundMessagesFor(ctx.language);
  if (ambition.now === undefined) return m.ambitionNowUnanswered;
  return ambition.now > 0
    ? m.ambitionNow(levelName(ctx, ambition.now))
    : m.ambitionNowNone(levelTermOf(ctx.questionnaire, ctx.language));
}

/** The words said where an agreed target lies below the level reached now. */
function belowText(ctx: RoundPageContext, ambition: Ambition): string | undefined {
  if (!isBelowNow(ambition)) return undefined;
  return roundMessagesFor(ctx.language).ambitionBelow(
    levelName(ctx, ambition.agreed as number),
    levelName(ctx, ambition.now as number),
  );
}

/** The overview's list of agreed ambitions, one item per dimension. */
function ambitionItems(ctx: RoundPageContext, ambitions: readonly Ambition[]): Markup[] {
  const m = roundMessagesFor(ctx.language);
  return ambitions.map((a) => {
    const below = belowText(ctx, a);
    const target = a.agreed !== undefined ? levelName(ctx, a.agreed) : undefined;
    return markup`<li>${m.ambitionItem(dimensionName(ctx, a.dimension), target)}${below !== undefined ? markup` <span class="status">(${below})</span>` : ''}</li>
`;
  });
}

export interface TargetsState {
  room: Room;
  agreed: AnswerSet;
  /** What a refused post said, shown over the form. */
  problem?: string;
}

/**
 * The ambition page: per dimension a fieldset with where the room stands now, the highest target
 * the participants' files set, and the levels to choose with no ambition beside them.
 */
export function targetsPage(ctx: RoundPageContext, state: TargetsState): string {
  const m = roundMessagesFor(ctx.language);
  const term = levelTermOf(ctx.questionnaire, ctx.language);
  const levels = ctx.questionnaire.levels;
  const fieldsets = ambitionsOf(ctx.questionnaire, state.room, state.agreed).map((a, d) => {
    const name = targetField(a.dimension);
    const choices = [
      ...levels.map((_, i) => ({ value: String(i + 1), label: `${i + 1} · ${levelName(ctx, i + 1)}`, rank: i + 1 })),
      { value: 'none', label: m.noAmbition, rank: undefined },
    ];
    const radios = choices.map((c, i) => {
      const key = `target-${d}-${i}`;
      const checked = c.rank === a.agreed;
      return markup`<div class="choice"><input type="radio" name="${name}" id="${key}" value="${c.value}"${checked ? raw(' checked') : ''}><label for="${key}">${c.label}</label></div>
`;
    });
    const below = belowText(ctx, a);
    const fromFiles = a.fromFiles !== undefined ? levelName(ctx, a.fromFiles) : undefined;
    return markup`<fieldset class="ambition">
<legend>${m.ambitionFor(dimensionName(ctx, a.dimension), term)}</legend>
<p>${nowText(ctx, a)}</p>
<p class="hint">${m.ambitionFromFiles(fromFiles)}</p>
${below !== undefined ? markup`<p class="alert">${below}</p>` : ''}
${radios}</fieldset>
`;
  });
  const title = `${m.ambitionTitle} · ${m.title(texts(ctx)(ctx.questionnaire.title))}`;
  return page(
    ctx.language,
    title,
    markup`<p><a href="${href(ctx)}">${m.overview}</a></p>
<h1>${m.ambitionTitle}</h1>
${state.problem !== undefined ? markup`<p class="alert" role="alert" id="problem">${state.problem}</p>` : ''}
<form method="post" action="${href(ctx, '/targets')}">
${fieldsets}<div class="buttons">
<button type="submit" class="save">${m.saveAmbition}</button>
</div>
</form>`,
  );
}
