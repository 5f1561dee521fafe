/**
 * Profiles and comparisons as text in every format, in one call: for library users. The CLI
 * renders the same way, but streams most formats and loads the HTML report only when asked for.
 */
import { compareProfiles, incomparable, type QuestionsChanged } from '../compare/compare.js';
import type { Profile } from '../scoring/types.js';
import type { Style } from '../util/style.js';
import { renderHtmlComparison, renderHtmlReport } from './html/index.js';
import { renderComparisonSlides, renderProfileSlides } from './slides/index.js';
import { COMPARISON_RENDERERS } from './profile/compare.js';
import { PROFILE_RENDERERS, type CsvDialect } from './profile/index.js';

import { COMPARISON_FORMATS, PROFILE_FORMATS, type ComparisonFormat, type ProfileFormat } from './profile/formats.js';

export { COMPARISON_FORMATS, PROFILE_FORMATS, type ComparisonFormat, type ProfileFormat };

export interface RenderOptions {
  /** Language of the report's own words (labels, numbers): for html, and for every comparison. Default the (later) profile's. */
  language?: string;
  /** table: colours for a terminal. Default none. */
  style?: Style;
  /** table: the width to fit. Default 80. */
  width?: number;
  /** csv: `en` (comma, decimal point) or `nl` (semicolon, decimal comma). Default `en`. */
  csvDialect?: CsvDialect;
}

export interface ComparisonRenderOptions extends RenderOptions {
  /** The units to mark as having changed questions, as `datascan compare` marks them (`questionsChangedBetween`). */
  questionsChanged?: QuestionsChanged;
}

/** A JavaScript caller may pass any string: an unknown format is an error, not an empty report. */
function checkFormat(format: string, known: readonly string[]): void {
  if (!known.includes(format)) throw new Error(`unknown format \`${format}\` (known: ${known.join(', ')})`);
}

/** Profiles as `datascan score --format <format>` prints them. */
export function renderProfiles(
  profiles: readonly Profile[],
  format: ProfileFormat,
  options: RenderOptions = {},
): string {
  checkFormat(format, PROFILE_FORMATS);
  const language = options.language ?? profiles[0]?.language ?? 'en';
  if (format === 'html') return renderHtmlReport([...profiles], { language });
  if (format === 'slides') return renderProfileSlides(profiles, { language });
  return PROFILE_RENDERERS[format]!(profiles, options);
}

/**
 * Two profiles of the same model as `datascan compare --format <format>` prints them. Throws when
 * they are of different models.
 */
export function renderComparison(
  before: Profile,
  after: Profile,
  format: ComparisonFormat,
  options: ComparisonRenderOptions = {},
): string {
  checkFormat(format, COMPARISON_FORMATS);
  const refusal = incomparable(before, after);
  if (refusal) throw new Error(refusal);
  const marks = options.questionsChanged ? { questionsChanged: options.questionsChanged } : {};
  if (format === 'html')
    return renderHtmlComparison(before, after, { language: options.language ?? after.language, ...marks });
  const comparison = compareProfiles(before, after, {
    ...(options.language !== undefined ? { language: options.language } : {}),
    ...marks,
  });
  if (format === 'slides') return renderComparisonSlides(comparison, { before, after });
  return COMPARISON_RENDERERS[format]!(comparison, options);
}
