/**
 * The answers per question in the HTML report: per question a bar of how many respondents chose
 * each option, as text (label and count) with a drawn bar beside it that screen readers skip, and
 * the notes under it. Used by the section with every question and by the discussion points.
 */
import type { QuestionAnswers } from '../../scoring/types.js';
import { formatNumber, formatScore } from '../format.js';
import { answerCounts, countTotal, questionUnits } from '../profile/questions.js';
import type { Profile } from '../../scoring/types.js';
import { markup, type Markup } from './markup.js';
import type { Context } from './page.js';
import { COLOURS, n2 } from './series.js';

const BAR_WIDTH = 120;

/** One question's counts: a list whose items say the option and its count in words; the bar only repeats them. */
function answerBar(question: QuestionAnswers, ctx: Context): Markup {
  const { m, lang } = ctx;
  const total = countTotal(question);
  const items = answerCounts(question, m.answerKinds).map(({ label, count }) => {
    const width = total > 0 ? (count / total) * BAR_WIDTH : 0;
    const fill = count > 0 && markup`<rect width="${n2(Math.max(2, width))}" height="10" fill="${COLOURS.primary}"/>`;
    const bar = markup`<svg class="answer-fill" aria-hidden="true" focusable="false" viewBox="0 0 ${BAR_WIDTH} 10" width="${BAR_WIDTH}" height="10"><rect width="${BAR_WIDTH}" height="10" fill="${COLOURS.bandA}"/>${fill}</svg>`;
    return markup`<li${count === 0 ? markup` class="none"` : null}><span class="answer-label">${label}</span><span class="visually-hidden">: </span>${bar}<span class="answer-count">${formatNumber(count, lang)}</span></li>`;
  });
  return markup`<ul class="answer-counts" aria-label="${m.answersTo(question.id)}">${items}</ul>`;
}

function notesList(question: QuestionAnswers, ctx: Context): Markup | null {
  if (question.notes.length === 0) return null;
  const items = question.notes.map(
    (n) => markup`<li>${n.respondent !== null && markup`<span class="note-by">${n.respondent}:</span> `}${n.text}</li>`,
  );
  return markup`<ul class="notes" aria-label="${ctx.m.notesOn(question.id)}">${items}</ul>`;
}

/** A question with its value, its bar and its notes; `detail` after its text (a discussion point's difference). */
export function questionBlock(question: QuestionAnswers, ctx: Context, detail?: string): Markup {
  const { m, lang } = ctx;
  const value = question.value !== null && ` ${m.optionValue(formatScore(question.value, lang))}`;
  const combined = question.combined && ` ${m.combinedMark}`;
  const extra = detail !== undefined && markup` <span class="muted">· ${detail}</span>`;
  const heading = markup`<p class="question-text"><strong>${question.id}</strong> ${question.text}<span class="muted">${value}${combined}</span>${extra}</p>`;
  return markup`<div class="question" data-question="${question.id}">${heading}${!question.combined && answerBar(question, ctx)}${notesList(question, ctx)}</div>`;
}

/** Every unit with questions of its own, each with its questions; none for a profile without them (an older file). */
export function answersSection(profile: Profile, ctx: Context): Markup | null {
  const { m } = ctx;
  const units = questionUnits(profile);
  if (units.length === 0) return null;
  const blocks = units.map(
    ({ path, questions }) =>
      markup`<div class="question-unit"><h3>${path}</h3>${questions.map((x) => questionBlock(x, ctx))}</div>`,
  );
  return markup`<section class="answers page"><h2>${m.answersPerQuestion}</h2><p class="muted">${m.answersPerQuestionIntro}</p>${blocks}</section>`;
}
