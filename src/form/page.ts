/**
 * The form page of `datascan form`: one self-contained HTML file that a participant opens in any
 * browser, fills in and saves as an answer file. Every question is a fieldset of radio buttons with
 * labels, so it works with a keyboard and a screen reader; the script (client/, bundled into
 * generated/client.ts) adds progress, drafts, opening a file and saving. Every text goes into the
 * markup through the `markup` template, which escapes it.
 */
import { createHash } from 'node:crypto';
import { markup, raw, type Markup } from '../report/html/markup.js';
import type { Questionnaire } from '../questionnaire/types.js';
import { safeJson } from '../util/safe-text.js';
import { FORM_CLIENT } from './generated/client.js';
import { formModel, type FormModel, type FormOptions, type FormQuestion, type FormSection } from './model.js';
import { FORM_CSS } from './styles.js';

export type { FormOptions } from './model.js';

const AUTOCOMPLETE = { organisation: 'organization', respondent: 'name', role: 'organization-title' } as const;

/** The CSP source for an inline block: the hash of its exact text. */
function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The page's data for its script, inside a `<script type="application/json">`: `<` escaped so no
 * text can end the block, and the characters JSON leaves raw that a terminal would act on.
 */
function dataBlock(model: FormModel): string {
  return safeJson(JSON.stringify(model.client)).replace(/</g, '\\u003c');
}

/**
 * The page's Content-Security-Policy: nothing may load or run but its own style sheet and script,
 * each by its hash; served by a live workshop, it may also talk to the server it came from.
 */
export function formPolicy(workshop: boolean): string {
  return [
    "default-src 'none'",
    `script-src ${hashSource(FORM_CLIENT)}`,
    `style-src ${hashSource(FORM_CSS)}`,
    ...(workshop ? ["connect-src 'self'"] : []),
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The CSP source of the form's style sheet, for other pages that use it. */
export const FORM_STYLE_SOURCE = hashSource(FORM_CSS);
export { FORM_CSS };

export function renderForm(q: Questionnaire, options: FormOptions): string {
  const model = formModel(q, options);
  const { m } = model;
  const policy = formPolicy(options.workshop !== undefined);
  const body = markup`<a class="skip" href="#questions">${m.toQuestions}</a>
<header>
<h1>${model.title}</h1>
${model.description && markup`<p class="description">${model.description}</p>`}
</header>
<main>
<noscript><p class="notice">${m.noScript}</p></noscript>
<div id="summary" class="summary" tabindex="-1" hidden>
<p id="summary-text"></p>
</div>
<div id="status" class="status" role="status"></div>
<div id="draft-other" class="notice" hidden><p id="draft-other-text"></p><button type="button" id="draft-other-carry" hidden>${m.client.draftCarryOver}</button> <button type="button" id="draft-other-discard">${m.client.draftDiscard}</button></div>
<section class="tools" aria-label="${options.workshop ? m.workshop.tools : m.open}">
<p id="draft-notice" class="draft">${m.draftNotice} <button type="button" id="draft-clear">${m.draftClear}</button></p>
${
  // In a workshop the answers come from the server: no file to go on with.
  !options.workshop &&
  markup`<p class="open"><label for="open-file">${m.open}</label> <span class="hint" id="open-hint">${m.openHint}</span><br>
<input type="file" id="open-file" accept=".yaml,.yml,.json" aria-describedby="open-hint"></p>`
}
<p class="save-hint-narrow">${m.saveHint}</p>
</section>
<details id="open-questions" class="open-questions">
<summary id="open-heading">${fill(m.client.unansweredHeading, { open: model.total })}</summary>
<ul id="open-list"></ul>
</details>
<section class="details" aria-labelledby="details-heading">
<h2 id="details-heading">${m.detailsHeading}</h2>
${model.details.map(
  (d) => markup`<p class="detail"><label for="d-${d.field}">${d.label}</label>
<input type="text" id="d-${d.field}" name="${d.field}" autocomplete="${AUTOCOMPLETE[d.field]}"${
    d.value !== undefined ? markup` value="${d.value}" readonly aria-describedby="d-${d.field}-given"` : ''
  }>${d.value !== undefined ? markup` <span class="hint" id="d-${d.field}-given">${m.givenDetail}</span>` : ''}</p>
`,
)}
</section>
${model.instructions && markup`<section class="instructions" aria-labelledby="instructions-heading"><h2 id="instructions-heading">${m.instructions}</h2><p class="text">${model.instructions}</p></section>`}
<div id="questions" tabindex="-1">
${model.sections.map((s) => section(s, model))}
</div>
${model.targets.length > 0 && targets(model)}
</main>
<div class="bar" role="region" aria-label="${m.progressLabel}">
<p id="progress" class="progress">${fill(m.client.progress, { answered: 0, total: model.total })}</p>
<button type="button" id="save" class="save">${m.save}</button>
<p class="hint save-hint">${m.saveHint}</p>
</div>
<script type="application/json" id="form-data">${raw(dataBlock(model))}</script>
<script>${raw(FORM_CLIENT)}</script>`;
  return markup`<!DOCTYPE html>
<html lang="${model.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="datascan">
<title>${m.pageTitle(model.title)}</title>
<style>${raw(FORM_CSS)}</style>
</head>
<body>
${body}
</body>
</html>
`.toString();
}

/** A `{name}` template of the page's texts with its values (the script fills the same ones). */
function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

function heading(level: number, text: string): Markup {
  const h = `h${Math.min(level, 6)}`;
  return markup`<${raw(h)}>${text}</${raw(h)}>`;
}

function section(s: FormSection, model: FormModel): Markup {
  return markup`<section class="unit level-${s.level}">
${heading(s.level, s.name)}
${s.description && markup`<p class="text">${s.description}</p>`}
${s.questions.map((x) => question(x, model))}
${s.sections.map((child) => section(child, model))}
</section>
`;
}

function question(x: FormQuestion, model: FormModel): Markup {
  const { m } = model;
  return markup`<fieldset class="question" id="${x.key}" data-question="${x.id}">
<legend><span class="number">${m.questionOf(x.number, model.total)}</span> <span class="text">${x.text}</span></legend>
${x.help && markup`<p class="help text">${x.help}</p>`}
${
  x.criteria.length > 0 &&
  markup`<div class="criteria"><p class="criteria-heading">${m.criteria}</p><ul>${x.criteria.map((c) => markup`<li class="text">${c}</li>`)}</ul></div>`
}
<div class="choices">
${x.choices.map(
  (
    c,
  ) => markup`<div class="choice${typeof c.value === 'number' ? '' : ' other'}"><input type="radio" name="${x.key}" id="${c.key}" value="${String(c.value)}"${
    c.description !== undefined || c.belowLegalFloor ? markup` aria-describedby="${c.key}-d"` : ''
  }><label for="${c.key}">${c.label}</label>${
    c.description !== undefined || c.belowLegalFloor
      ? markup`<span class="choice-description" id="${c.key}-d">${c.belowLegalFloor ? markup`<strong class="floor">${m.belowLegalFloor}</strong>${c.description !== undefined ? ' – ' : ''}` : ''}${c.description ?? ''}</span>`
      : ''
  }</div>
`,
)}
</div>
<p class="note"><label for="${x.key}-note">${m.note}</label><textarea id="${x.key}-note" rows="2"></textarea></p>
</fieldset>
`;
}

function targets(model: FormModel): Markup {
  const { m } = model;
  return markup`<section class="targets" aria-labelledby="targets-heading">
<h2 id="targets-heading">${m.targetsTitle}</h2>
<p>${model.targetsIntro}</p>
${model.targets.map(
  (t) => markup`<fieldset class="target" id="${t.key}" data-unit="${t.unit}">
<legend>${t.question}</legend>
<div class="choices">
${t.levels.map(
  (l) =>
    markup`<div class="choice"><input type="radio" name="${t.key}" id="${t.key}-${l.rank}" value="${l.rank}"${l.description !== undefined ? markup` aria-describedby="${t.key}-${l.rank}-d"` : ''}><label for="${t.key}-${l.rank}">${l.rank} · ${l.label}</label>${l.description !== undefined ? markup`<span class="choice-description" id="${t.key}-${l.rank}-d">${l.description}</span>` : ''}</div>
`,
)}
<div class="choice other"><input type="radio" name="${t.key}" id="${t.key}-none" value=""><label for="${t.key}-none">${m.targetNone}</label></div>
</div>
</fieldset>
`,
)}
</section>
`;
}
