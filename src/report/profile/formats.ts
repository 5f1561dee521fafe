/** The formats a profile and a comparison can be written in. Kept apart from the renderers, so the command line can list them without loading any. */
export const PROFILE_FORMATS = ['table', 'json', 'ndjson', 'csv', 'markdown', 'html', 'slides'] as const;
export type ProfileFormat = (typeof PROFILE_FORMATS)[number];

/** What `score --format` offers: the text formats, and a workbook (bytes, written by ./xlsx.ts). */
export const SCORE_FORMATS = [...PROFILE_FORMATS, 'xlsx'] as const;
export type ScoreFormat = (typeof SCORE_FORMATS)[number];

/** The formats that hold `--explain`'s explanation: table and markdown show it, json and ndjson carry it as
 *  `explanation`, the workbook lists each dimension's answers on its sheet. */
export const EXPLAINING_FORMATS: readonly ScoreFormat[] = ['table', 'json', 'ndjson', 'markdown', 'xlsx'];

export const COMPARISON_FORMATS = ['table', 'json', 'markdown', 'html', 'slides'] as const;
export type ComparisonFormat = (typeof COMPARISON_FORMATS)[number];
