/** The HTML report: the public entry points for the CLI. */
export {
  renderHtmlReport,
  renderHtmlComparison,
  renderComparisonHtml,
  type ComparedLevels,
  type HtmlReportOptions,
  type HtmlComparisonOptions,
} from './report.js';
export { escapeHtml } from './escape.js';
