/**
 * The facilitator's page for the projector: how many take part (saved answers at least once), how
 * many finished and how many joined without answers yet, the join address with its QR code, and
 * the room's group profile as `datascan score FOLDER --aggregate --anonymise` gives it, drawn with
 * the HTML report's own pieces (summary, charts, scores, spread with the discussion points, the bars
 * and notes per question). The profile comes anonymised: no name or role reaches
 * the screen. The live part is a fragment of its own, which the page's only script fetches again
 * each time the server says a save came in; without script the page is the state when it loaded.
 */
import { createHash } from 'node:crypto';
import { profileLevelTerm } from '../questionnaire/level-term.js';
import { localizer } from '../questionnaire/text.js';
import type { Questionnaire } from '../questionnaire/types.js';
import { markup, raw, join, type Markup } from '../report/html/markup.js';
import { messagesFor } from '../report/html/messages.js';
import type { Context } from '../report/html/page.js';
import { chartsSection, dimensionTablesSection, spreadSection, summarySection } from '../report/html/profile-page.js';
import { answersSection } from '../report/html/questions.js';
import { REPORT_CSS } from '../report/html/styles.js';
import { slideText } from '../report/slides/texts.js';
import type { Profile, UnitProfile } from '../scoring/types.js';
import { safeLine } from '../util/safe-text.js';
import { liveMessagesFor } from './live-messages.js';
import { workshopMessagesFor } from './messages.js';

/**
 * The page's only script: it listens to the server's events and, on each (and on every reconnect,
 * which may have missed some), fetches the live fragment and puts it in place. One fetch at a time;
 * events during a fetch make one more. Plain ES5 in a string: it runs as written in any browser.
 */
export const FACILITATOR_CLIENT = `(function () {
  var live = document.getElementById('live');
  if (!live || !window.EventSource || !window.fetch) return;
  var base = location.pathname.replace(/\\/+$/, '');
  var busy = false;
  var again = false;
  function refresh() {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    fetch(base + '/profile', { cache: 'no-store', credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.text();
      })
      .then(function (html) {
        live.innerHTML = html;
      })
      .catch(function () {
        // The next event tries again; until then the page shows what it had.
      })
      .then(function () {
        busy = false;
        if (again) {
          again = false;
          refresh();
        }
      });
  }
  var events = new EventSource(base + '/events');
  events.addEventListener('change', refresh);
  events.addEventListener('open', refresh);
})();
`;

function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The page's policy: its script by hash, talking to its own server only; style as the report has
 * it (its style sheet and the style attributes of its tables); nothing else loads.
 */
export const FACILITATOR_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  `script-src ${hashSource(FACILITATOR_CLIENT)}`,
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

// On the projector the report's type is too small for the back of the room: the same layout, scaled up
// (its sizes are in rem; its smallest, .78rem, becomes 18.7 px), as the consensus round's 24 px.
const LIVE_CSS = `
html { font-size: 24px; }
.live-header { display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: flex-start; justify-content: space-between; }
.join { max-width: 22rem; }
.join h2 { margin-top: 0; }
.join svg.qr { display: block; width: 14rem; height: 14rem; }
.join .address { overflow-wrap: anywhere; font-family: ui-monospace, monospace; font-size: .85rem; }
.counts { font-size: 1.35rem; font-weight: 650; }
`;

export interface LiveView {
  questionnaire: Questionnaire;
  language: string;
  /** Who saved answers at least once. */
  participants: number;
  /** Who joined and saved nothing yet: shown apart, so joins alone do not swell the room. */
  waiting: number;
  finished: number;
  /** The room's group profile, anonymised; undefined while the folder holds no answers. */
  profile?: Profile;
}

/** The profile with every note cut as a slide cuts it: on the projector one participant's long note cannot fill the room's screen. */
function projectedNotes(profile: Profile): Profile {
  const unit = <U extends UnitProfile>(u: U): U =>
    u.questions
      ? {
          ...u,
          questions: u.questions.map((q) => ({ ...q, notes: q.notes.map((n) => ({ ...n, text: slideText(n.text) })) })),
        }
      : u;
  return {
    ...profile,
    dimensions: profile.dimensions.map((d) => ({ ...unit(d), subdimensions: d.subdimensions.map(unit) })),
  };
}

/** The part of the page that changes: the counts and the group profile. */
export function liveFragment(view: LiveView): string {
  const w = workshopMessagesFor(view.language);
  const waiting =
    view.waiting > 0 ? markup` · <span data-waiting="${view.waiting}">${w.waitingCount(view.waiting)}</span>` : '';
  const counts = markup`<p class="counts" id="counts"><span data-participants="${view.participants}">${w.participantCount(view.participants)}</span> · <span data-finished="${view.finished}">${w.finishedCount(view.finished, view.participants)}</span>${waiting}</p>`;
  const profile = view.profile && projectedNotes(view.profile);
  if (!profile) return markup`${counts}\n<p>${liveMessagesFor(view.language).noAnswersYet}</p>`.toString();
  const ctx: Context = {
    m: messagesFor(view.language, profileLevelTerm(profile, view.language)),
    lang: view.language,
    options: { language: view.language },
  };
  return join(
    [
      counts,
      summarySection(profile, ctx),
      chartsSection(profile, ctx, ''),
      dimensionTablesSection(profile, ctx),
      spreadSection(profile, ctx),
      answersSection(profile, ctx),
    ],
    '\n',
  ).toString();
}

export interface FacilitatorPageOptions {
  /** The address participants open. */
  joinAddress: string;
  /** Its QR code (qr.ts). */
  qr: Markup;
  /** The address of the slides of the results so far. */
  slides: string;
  /** The address of the consensus round. */
  consensus: string;
}

/** The whole page, with the live fragment as it is now. */
export function facilitatorLivePage(view: LiveView, options: FacilitatorPageOptions): string {
  const w = workshopMessagesFor(view.language);
  const l = liveMessagesFor(view.language);
  const q = view.questionnaire;
  const title = w.facilitatorTitle(safeLine(localizer(view.language, q.languages[0])(q.title)));
  // The style sheet and the script are ours, and their quotes must stay quotes: trusted as markup.
  return markup`<!DOCTYPE html>
<html lang="${view.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="datascan">
<title>${title}</title>
<style>${raw(REPORT_CSS + LIVE_CSS)}</style>
</head>
<body>
<main>
<header class="live-header">
<div>
<h1>${title}</h1>
<p class="muted">${l.liveNote}</p>
<noscript><p>${l.reloadNote}</p></noscript>
<p><a href="${options.slides}">${l.slides}</a> · <a href="${options.consensus}">${l.consensus}</a></p>
</div>
<section class="join" aria-labelledby="join-heading">
<h2 id="join-heading">${l.joinHeading}</h2>
${options.qr}
<p>${l.joinHow}<br><span class="address">${options.joinAddress}</span></p>
</section>
</header>
<div id="live">
${raw(liveFragment(view))}
</div>
</main>
<script>${raw(FACILITATOR_CLIENT)}</script>
</body>
</html>
`.toString();
}
