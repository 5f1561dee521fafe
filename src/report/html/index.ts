/** The HTML report: the public entry points for the CLI. */
export { renderHtmlReport } from './profile-page.js';
export {
  renderHtmlComparison,
  renderComparisonHtml,
  type ComparedLevels,
  type HtmlComparisonOptions,
} from './compare-page.js';
export type { HtmlReportOptions } from './page.js';
export { escapeHtml } from './markup.js';
export { renderTrendHtml } from './trend-page.js';
