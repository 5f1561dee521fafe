/** `compare --plan` in the text formats: a section after the comparison or trend, per unit its actions done and its change in level. */
import type { Comparison } from '../../compare/compare.js';
import type { Trend } from '../../compare/trend.js';
import { safeStrings } from '../../util/safe-text.js';
import { plainStyle, type Style } from '../../util/style.js';
import { hangingWrap } from '../../util/text.js';
import type { ComparisonFormat } from './formats.js';
import { labelsFor, type Labels } from './labels.js';
import { comparisonPlanLines, trendPlanLines } from './plan.js';
import { escapeMarkdown } from './markdown.js';
import { DEFAULT_WIDTH } from './table.js';

type PlanTextFormat = Exclude<ComparisonFormat, 'html'>;
interface PlanTextOptions {
  style?: Style;
  width?: number;
}

/** What follows the comparison's own text; empty without a plan, and for JSON (which carries `plan` itself). */
export function comparisonPlanText(
  comparison: Comparison,
  format: PlanTextFormat,
  options: PlanTextOptions = {},
): string {
  if (!comparison.plan || format === 'json') return '';
  const c = safeStrings(comparison);
  const labels = labelsFor(c.language, c.levelTerm);
  return planSection(labels, comparisonPlanLines(c, labels), format, options);
}

/** What follows a trend's own text, as comparisonPlanText: the change in level is from the first scan to the last. */
export function trendPlanText(trend: Trend, format: PlanTextFormat, options: PlanTextOptions = {}): string {
  if (!trend.plan || format === 'json') return '';
  const t = safeStrings(trend);
  const labels = labelsFor(t.language, t.levelTerm);
  return planSection(labels, trendPlanLines(t, labels), format, options);
}

function planSection(labels: Labels, lines: readonly string[], format: PlanTextFormat, options: PlanTextOptions) {
  if (format === 'markdown')
    return `\n## ${labels.actionPlan}\n\n${lines.map((l) => `- ${escapeMarkdown(l)}`).join('\n')}\n`;
  const { style = plainStyle, width = DEFAULT_WIDTH } = options;
  return `\n${style.bold(labels.actionPlan)}\n${lines.flatMap((l) => hangingWrap('  ', l, width - 1)).join('\n')}\n`;
}
