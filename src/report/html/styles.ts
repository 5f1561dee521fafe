/**
 * The report's only stylesheet, inlined in <head>: system fonts (nothing to download), and a print
 * stylesheet for A4 with each main section on a new page and charts never split or cut off.
 */
export const REPORT_CSS = `
:root { color-scheme: light; --text: #1f2328; --muted: #57606a; --line: #d0d7de; --accent: #0072B2; --warn: #E69F00; --warn-bg: #fff3d6; --total-bg: #f3f5f7; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 15px; line-height: 1.45; color: var(--text); background: #ffffff; }
body { margin: 0; }
main { max-width: 62rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
article + article { margin-top: 4rem; border-top: 3px solid var(--text); padding-top: 2rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .75rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 1rem; padding-bottom: .25rem; border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.1rem; margin: 1.75rem 0 .5rem; }
h4 { font-size: 1rem; margin: 0 0 .35rem; }
p { margin: .5rem 0; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1.25rem; margin: 0 0 1rem; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; }
.below-legal-floor { border: 2px solid #b42318; border-left-width: 6px; border-radius: 4px; padding: 0 1rem .5rem; margin: 1.5rem 0; break-inside: avoid; }
.below-legal-floor h2 { border-bottom-color: #b42318; }
.below-legal-floor li { margin: .35rem 0; }
.warning-note { border-left: 4px solid var(--warn); background: var(--warn-bg); padding: .5rem .9rem; margin: 0 0 1rem; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr)); gap: .75rem; margin: 1rem 0; }
.card { border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 4px; padding: .7rem 1rem; break-inside: avoid; }
.card .label { display: block; color: var(--muted); font-size: .85rem; }
.card .value { display: block; font-size: 1.35rem; font-weight: 650; line-height: 1.25; margin: .15rem 0; }
.card .detail { display: block; color: var(--muted); font-size: .85rem; }
.respondent-list { margin: .25rem 0 0; padding-left: 1.2rem; color: var(--muted); font-size: .85rem; }
figure { margin: 1.25rem 0 2.25rem; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-weight: 650; margin-bottom: .5rem; }
figure svg.chart { display: block; width: 100%; height: auto; max-width: 46rem; margin: 0 auto; }
figure svg.chart.bars { max-width: 40rem; }
.legend { list-style: none; display: flex; flex-wrap: wrap; justify-content: center; gap: .35rem 1.5rem; padding: 0; margin: .75rem 0 0; font-size: .9rem; }
.legend li { display: flex; align-items: center; gap: .45rem; }
.legend .note { color: var(--muted); }
.phase-key { text-align: center; color: var(--muted); font-size: .85rem; margin: .35rem 0 0; }
.phase-key span { white-space: nowrap; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: .5rem 0 1.5rem; font-size: .92rem; }
caption { caption-side: top; text-align: left; font-weight: 650; font-size: 1rem; padding: 0 0 .35rem; }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: middle; }
thead th { border-bottom: 2px solid var(--text); font-size: .82rem; font-weight: 650; color: var(--muted); vertical-align: bottom; }
tbody th { font-weight: 400; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
thead th.num { white-space: normal; }
tr.total > * { font-weight: 650; background: var(--total-bg); }
tr.sub > th:first-child { padding-left: 1.5rem; }
tr.group > th:first-child { padding-left: 3rem; font-weight: 400; font-style: italic; }
tr.group > th:first-child::before { content: "◦ "; }
tr.disagreement > * { background: var(--warn-bg); }
td.bar-cell { padding-top: .2rem; padding-bottom: .2rem; }
td.bar-cell svg { display: block; width: 100%; max-width: 150px; height: auto; }
.flag { display: inline-block; font-size: .78rem; font-weight: 650; border: 1.5px solid #8a5a00; border-radius: 3px; padding: 0 .35rem; white-space: nowrap; }
.discussion { padding-left: 1.4rem; }
.discussion li { margin: .3rem 0; }
.question { margin: .6rem 0 1rem; break-inside: avoid; page-break-inside: avoid; }
.question-text { margin: 0 0 .25rem; }
.answer-counts { list-style: none; margin: 0; padding: 0; font-size: .88rem; }
.answer-counts li { display: grid; grid-template-columns: minmax(8rem, 16rem) 120px 2.5rem; gap: .6rem; align-items: center; }
.answer-counts li.none { color: var(--muted); }
.answer-counts .answer-count { text-align: right; font-variant-numeric: tabular-nums; }
.notes { margin: .3rem 0 0; padding-left: 1.2rem; font-size: .92rem; }
.notes .note-by { font-weight: 650; }
.discussion-questions { margin: .25rem 0 1rem; }
.dimension-steps { break-inside: auto; }
.step-group { border-left: 4px solid var(--line); padding: .35rem 0 .35rem .9rem; margin: .75rem 0 1rem; break-inside: avoid; page-break-inside: avoid; }
.step-group .priority { display: inline-block; font-size: .78rem; font-weight: 650; border: 1px solid var(--muted); border-radius: 3px; padding: 0 .35rem; margin-right: .4rem; vertical-align: .1em; }
.step-group .phases { color: var(--muted); font-size: .88rem; margin: 0 0 .35rem; }
.step-group ol { margin: 0; padding-left: 1.3rem; }
.step-group li { margin: .2rem 0; }
.muted { color: var(--muted); }
.ladder { margin: .75rem 0 1.25rem; break-inside: avoid; page-break-inside: avoid; }
.ladder ul.missing { margin: 0; padding-left: 1.3rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.report-footer { margin-top: 3rem; padding-top: .75rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .82rem; }
.report-footer ul { margin: .25rem 0; padding-left: 1.2rem; }
@page { size: A4; margin: 15mm 14mm 16mm; }
@media print {
  html { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  article + article { break-before: page; margin-top: 0; border-top: none; padding-top: 0; }
  section.page { break-before: page; }
  h2 { margin-top: 1.5rem; }
  section.page > h2 { margin-top: 0; }
  h2, h3, h4, caption { break-after: avoid; page-break-after: avoid; }
  figure { margin: .5rem 0 1rem; }
  figure svg.chart { max-width: 100%; max-height: 118mm; }
  figure svg.chart.chart-subdimensions { max-height: 150mm; }
  figure svg.chart.bars { max-height: 100mm; }
  table { font-size: 9pt; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  table.units, table.comparison { break-inside: avoid; page-break-inside: avoid; }
  .cards { grid-template-columns: repeat(3, 1fr); }
}
`;

/** Only in a trend report (three or more scans): its small line charts side by side. */
export const TREND_CSS = `
.trend-lines { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: .75rem 1.5rem; }
.trend-lines figure { margin: .5rem 0 1rem; }
figure svg.chart.line-chart { max-width: 18rem; margin: 0; }
table.trend td .level-name { display: block; color: var(--muted); font-size: .8rem; }
`;
