/**
 * The slides' only style sheet, inlined and allowed by its hash. Designed for a 1280×720 projector:
 * every text at least 24 px, one slide a screen high. With the script (`html.js`) one slide shows
 * at a time; without it the slides follow each other down the page. Printing gives one slide per
 * landscape page, whether the script ran or not.
 */
export const SLIDES_CSS = `
:root { color-scheme: light; --text: #1f2328; --muted: #4f5761; --line: #d0d7de; --accent: #0072B2; --accent-light: #b8d5ea; --warn: #E69F00; --warn-dark: #8a5a00; --warn-bg: #fff3d6; --band: #eef1f4; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 24px; line-height: 1.25; color: var(--text); background: #ffffff; }
body { margin: 0; }
main { margin: 0; }
section.slide { position: relative; display: flex; flex-direction: column; height: 100vh; min-height: 560px; padding: 24px 48px 12px; overflow: auto; border-bottom: 3px solid var(--line); }
section.slide:focus { outline: none; }
.js section.slide { display: none; border-bottom: none; }
.js section.slide.current { display: flex; }
@media (prefers-reduced-motion: no-preference) {
  .js section.slide.current { animation: slide-in 160ms ease-out; }
  @keyframes slide-in { from { opacity: 0; } to { opacity: 1; } }
}
h1 { font-size: 56px; line-height: 1.15; margin: 0 0 16px; }
h2 { font-size: 40px; line-height: 1.2; margin: 0 0 14px; padding-bottom: 6px; border-bottom: 3px solid var(--accent); }
h2 .part { color: var(--muted); font-weight: 400; }
h3 { font-size: 28px; line-height: 1.2; margin: 10px 0 6px; }
p { margin: 0 0 8px; }
.slide-body { flex: 1; min-height: 0; }
.slide-footer { display: flex; align-items: center; justify-content: flex-end; gap: 16px; padding-top: 6px; color: var(--muted); }
.slide-footer button { font: inherit; font-size: 24px; min-width: 56px; padding: 2px 12px; border: 2px solid var(--muted); border-radius: 6px; background: #ffffff; color: var(--text); cursor: pointer; }
.slide-footer button:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.slide-footer button[disabled] { visibility: hidden; }
html:not(.js) .slide-footer button { display: none; }
.counter { margin: 0; font-variant-numeric: tabular-nums; }
.muted { color: var(--muted); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.title .slide-body { display: flex; flex-direction: column; justify-content: center; }
.title .organisation { font-size: 40px; font-weight: 650; margin: 0 0 24px; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 6px 28px; margin: 0 0 20px; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; }
.keys { display: none; color: var(--muted); }
.js .keys { display: block; }
.radar .slide-body { display: flex; align-items: stretch; gap: 32px; }
.radar .slide-body svg.chart { flex: 1 1 auto; min-width: 0; width: 100%; height: 100%; display: block; }
.radar .side { flex: 0 0 330px; align-self: center; }
.legend { list-style: none; padding: 0; margin: 0 0 20px; }
.legend li { display: flex; align-items: center; gap: 12px; margin: 0 0 8px; }
.legend .swatch { width: 48px; height: 18px; flex: none; }
.level-key { list-style: none; padding: 0; margin: 0 0 20px; }
.level-key li { margin: 0 0 4px; }
table.units { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 0 0 8px; }
table.units th, table.units td { padding: 4px 10px; text-align: left; vertical-align: middle; border-bottom: 1px solid var(--line); }
table.units thead th { font-weight: 650; color: var(--muted); border-bottom: 2px solid var(--text); }
table.units tr.total > * { font-weight: 650; }
table.units tr.sub > th { padding-left: 28px; font-weight: 400; }
table.units .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.track { position: relative; height: 34px; background: var(--band); border-radius: 3px; }
.track .range { position: absolute; top: 0; bottom: 0; background: var(--warn-bg); border: 2px solid var(--warn); border-radius: 3px; }
.track .fill { position: absolute; left: 0; top: 8px; height: 18px; background: var(--accent); }
.track .fill.before { top: 4px; height: 12px; background: #ffffff; border: 2px dashed var(--warn-dark); }
.track .fill.after { top: 18px; height: 12px; }
.track .target { position: absolute; top: -4px; bottom: -4px; width: 5px; margin-left: -2px; background: var(--text); }
.level-cell .target-level, .level-cell .spread-note { display: block; color: var(--muted); }
table.units td.level-before { color: var(--muted); }
.level-cell .spread-note { color: var(--warn-dark); font-weight: 650; }
.bar-key { color: var(--muted); margin: 0 0 6px; }
.bar-key span { white-space: nowrap; }
.bar-key .swatch-fill, .bar-key .swatch-range, .bar-key .swatch-target, .bar-key .swatch-before, table.units th .swatch-fill, table.units th .swatch-before { display: inline-block; vertical-align: middle; margin-right: 8px; }
.swatch-fill { width: 34px; height: 16px; background: var(--accent); }
.swatch-before { width: 34px; height: 14px; border: 2px dashed var(--warn-dark); }
.swatch-range { width: 34px; height: 20px; background: var(--warn-bg); border: 2px solid var(--warn); }
.swatch-target { width: 5px; height: 26px; background: var(--text); }
.unit-name { font-size: 28px; font-weight: 650; margin: 12px 0 4px; }
.question { margin: 0 0 10px; }
.question-text { margin: 0 0 4px; }
.answers { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 28px; margin: 0 0 4px; padding: 0; }
.answers li { display: flex; align-items: center; gap: 8px; white-space: nowrap; }
.answers li.none { color: var(--muted); }
.answers .answer-bar { display: inline-block; width: 96px; height: 18px; background: var(--band); position: relative; }
.answers .answer-bar span { position: absolute; left: 0; top: 0; bottom: 0; background: var(--accent); }
.answers .answer-count { font-weight: 650; font-variant-numeric: tabular-nums; }
ul.notes { margin: 0 0 6px; padding-left: 32px; }
ul.notes li { margin: 0 0 2px; }
ul.plan { margin: 24px 0; padding-left: 40px; }
ul.plan li { margin: 0; }
.note-by { font-weight: 650; }
.point { border-left: 6px solid var(--warn); padding-left: 12px; }
.point .muted { font-weight: 400; }
.step-group { margin: 10px 0 2px; }
.priority { display: inline-block; border: 2px solid var(--muted); border-radius: 4px; padding: 0 8px; margin-right: 10px; font-weight: 650; }
.phases { color: var(--muted); margin: 0 0 4px; }
ol.steps { margin: 0 0 6px; padding-left: 40px; }
ol.steps li { margin: 0 0 4px; }
@page { size: A4 landscape; margin: 0; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .js section.slide, section.slide { display: flex; height: 209mm; min-height: 0; overflow: hidden; border-bottom: none; break-after: page; page-break-after: always; animation: none; }
  section.slide:last-child { break-after: auto; page-break-after: auto; }
  .slide-footer button, .keys, .js .keys { display: none; }
}
`;
