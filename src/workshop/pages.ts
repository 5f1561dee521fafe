/**
 * The workshop's join page (the facilitator's page is facilitator-page.ts).
 * No script; every text through the escaping `markup` template; the form's style sheet, by its hash.
 */
import { FORM_CSS, FORM_STYLE_SOURCE, formPolicy } from '../form/page.js';
import { localizer } from '../questionnaire/text.js';
import type { Questionnaire } from '../questionnaire/types.js';
import { markup, raw, type Markup } from '../report/html/markup.js';
import { safeLine } from '../util/safe-text.js';
import { workshopMessagesFor } from './messages.js';
import { MAX_NAME_LENGTH } from './names.js';

/** The pages' policy: their style sheet only, no script at all; the join page posts to its own server. */
export const PAGE_POLICY = [
  "default-src 'none'",
  `style-src ${FORM_STYLE_SOURCE}`,
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The participant's form: the form page's own policy, which lets it save to this server. */
export const FORM_POLICY = `${formPolicy(true)}; frame-ancestors 'none'`;

/** A workshop page: its language and title, a style sheet of its own (allowed by its hash), its body. */
export function workshopPage(language: string, title: string, css: string, body: Markup): string {
  return markup`<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="datascan">
<title>${title}</title>
<style>${raw(css)}</style>
</head>
<body>
${body}
</body>
</html>
`.toString();
}

function page(language: string, title: string, body: Markup): string {
  return workshopPage(language, title, FORM_CSS, body);
}

function titleOf(q: Questionnaire, language: string): string {
  return safeLine(localizer(language, q.languages[0])(q.title));
}

/** The join page: a name, and a button that posts it to `action`. */
export function joinPage(q: Questionnaire, language: string, action: string): string {
  const m = workshopMessagesFor(language);
  const title = m.joinTitle(titleOf(q, language));
  return page(
    language,
    title,
    markup`<main>
<h1>${title}</h1>
<p>${m.joinIntro}</p>
<form method="post" action="${action}">
<p class="detail"><label for="name">${m.nameLabel}</label>
<input type="text" id="name" name="name" autocomplete="name" required maxlength="${MAX_NAME_LENGTH}"></p>
<p><button type="submit" class="save">${m.join}</button></p>
</form>
</main>`,
  );
}

/** In place of the join page once the workshop has as many participants as it takes. */
export function fullPage(q: Questionnaire, language: string, max: number): string {
  const m = workshopMessagesFor(language);
  const title = m.fullTitle(titleOf(q, language));
  return page(
    language,
    title,
    markup`<main>
<h1>${title}</h1>
<p>${m.full(max)}</p>
</main>`,
  );
}
