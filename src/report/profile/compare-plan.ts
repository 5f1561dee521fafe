/** `compare --plan` in the text formats: a section after the comparison, per unit its actions done and its change in level. */
import type { Comparison } from '../../compare/compare.js';
import { safeStrings } from '../../util/safe-text.js';
import { plainStyle, type Style } from '../../util/style.js';
import { hangingWrap } from '../../util/text.js';
import type { ComparisonFormat } from './formats.js';
import { labelsFor } from './labels.js';
import { comparisonPlanLines } from './plan.js';
import { escapeMarkdown } from './markdown.js';
import { DEFAULT_WIDTH } from './table.js';

/** What follows the comparison's own text; empty without a plan, and for JSON (which carries `plan` itself). */
export function comparisonPlanText(
  comparison: Comparison,
  format: Exclude<ComparisonFormat, 'html'>,
  options: { style?: Style; width?: number } = {},
): string {
  if (!comparison.plan || format === 'json') return '';
  const c = safeStrings(comparison);
  const labels = labelsFor(c.language, c.levelTerm);
  const lines = comparisonPlanLines(c, labels);
  if (format === 'markdown')
    return `\n## ${labels.actionPlan}\n\n${lines.map((l) => `- ${escapeMarkdown(l)}`).join('\n')}\n`;
  const { style = plainStyle, width = DEFAULT_WIDTH } = options;
  return `\n${style.bold(labels.actionPlan)}\n${lines.flatMap((l) => hangingWrap('  ', l, width - 1)).join('\n')}\n`;
}
