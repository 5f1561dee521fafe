/**
 * The form page's only stylesheet, inlined in <head> (the Content-Security-Policy allows it by its
 * hash): system fonts, a visible focus on everything that takes it (never scrolled under the bar),
 * a bar with the progress and the save button that stays in view (only those two on a phone), long
 * words that wrap rather than widen the page, and a print stylesheet for A4 that lists each question
 * with the answer chosen, or all its choices while it is open (a participant may hand the form in
 * on paper).
 */
export const FORM_CSS = `
:root { color-scheme: light; --text: #1f2328; --muted: #555e68; --line: #c4ccd4; --accent: #005a9c; --focus: #b35900; --notice-bg: #fff3d6; --chosen-bg: #e8f1fa; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 16px; line-height: 1.5; color: var(--text); background: #ffffff; overflow-wrap: anywhere; scroll-padding-bottom: 9rem; }
body { margin: 0; }
header, main { max-width: 52rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1.5rem; }
h1 { font-size: 1.8rem; line-height: 1.2; margin: 0 0 .5rem; }
h2 { font-size: 1.4rem; margin: 2.5rem 0 .75rem; padding-bottom: .25rem; border-bottom: 3px solid var(--accent); }
h3 { font-size: 1.2rem; margin: 2rem 0 .5rem; }
h4, h5, h6 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
.text { white-space: pre-line; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999rem; }
.skip:focus { position: static; display: inline-block; margin: .5rem 1.25rem; }
.hint { color: var(--muted); font-size: .92rem; }
.notice, .summary, .status:not(:empty) { border-left: 5px solid var(--focus); background: var(--notice-bg); padding: .6rem 1rem; margin: 1rem 0; }
.summary:focus { outline: 3px solid var(--focus); }
.tools { border: 1px solid var(--line); border-radius: 4px; padding: .25rem 1rem; margin: 1rem 0; }
.detail label { display: block; font-weight: 600; margin-top: .75rem; }
input[type="text"], textarea { font: inherit; color: inherit; border: 2px solid var(--muted); border-radius: 3px; padding: .35rem .5rem; width: 100%; max-width: 32rem; }
input[readonly] { background: #f3f5f7; }
input[type="file"] { max-width: 100%; }
textarea { display: block; max-width: 100%; }
button { font: inherit; border: 2px solid var(--accent); border-radius: 4px; background: #ffffff; color: var(--accent); padding: .3rem .8rem; cursor: pointer; }
button.save { background: var(--accent); color: #ffffff; font-weight: 600; padding: .5rem 1.2rem; }
fieldset { border: 1px solid var(--line); border-radius: 4px; margin: 1rem 0; padding: .5rem 1rem 1rem; min-width: 0; }
legend { font-weight: 600; padding: 0 .35rem; }
legend .number { display: block; font-weight: 400; color: var(--muted); font-size: .88rem; }
.help { margin: .25rem 0 .5rem; }
.criteria-heading { font-weight: 600; margin: .5rem 0 0; font-size: .95rem; }
.criteria ul { margin: .2rem 0 .5rem; padding-left: 1.3rem; }
.choices { margin: .5rem 0; }
.choice { display: grid; grid-template-columns: auto 1fr; gap: 0 .6rem; align-items: start; padding: .3rem .4rem; border-radius: 3px; }
.choice:has(input:checked) { background: var(--chosen-bg); }
.choice.other { margin-top: .1rem; }
.choice input { width: 1.2rem; height: 1.2rem; margin: .15rem 0 0; accent-color: var(--accent); }
.choice label { cursor: pointer; }
.choice-description { grid-column: 2; color: var(--muted); font-size: .92rem; }
.floor { color: #a4161a; }
.note label { display: block; font-size: .95rem; margin-top: .5rem; }
.open-questions { margin: 1rem 0; }
main { padding-bottom: 4rem; }
.open-questions summary { font-weight: 600; cursor: pointer; }
.bar { position: sticky; bottom: 0; background: #ffffff; border-top: 2px solid var(--accent); padding: .5rem 1.25rem; display: flex; flex-wrap: wrap; align-items: center; gap: .25rem 1.25rem; }
.bar .progress { margin: 0; font-weight: 600; }
.bar .hint { flex-basis: 100%; margin: 0; }
.save-hint-narrow { display: none; }
@media (max-width: 40rem) {
  html { scroll-padding-bottom: 7.5rem; }
  .bar .save-hint { display: none; }
  .save-hint-narrow { display: block; }
}
@media print {
  @page { size: A4; margin: 15mm 14mm; }
  html { font-size: 11pt; }
  .skip, .tools, .bar, .open-questions, .status, .summary, noscript { display: none !important; }
  header, main { max-width: none; padding: 0; }
  fieldset { break-inside: avoid; }
  /* An answered question shows its answer; an open one all its choices, to answer with a pen. */
  fieldset:has(input:checked) .choice:not(:has(input:checked)) { display: none; }
  .choice:has(input:checked) { background: none; font-weight: 600; }
  /* A note prints whole, however long. */
  textarea { border: 1px solid var(--line); resize: none; field-sizing: content; min-height: 3.2rem; }
}
`;
