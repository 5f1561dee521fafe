/** The formats a profile and a comparison can be written in. Kept apart from the renderers, so the command line can list them without loading any. */
export const PROFILE_FORMATS = ['table', 'json', 'ndjson', 'csv', 'markdown', 'html'] as const;
export type ProfileFormat = (typeof PROFILE_FORMATS)[number];

/** The formats that hold `--explain`'s explanation: table and markdown show it, json and ndjson carry it as `explanation`. */
export const EXPLAINING_FORMATS: readonly ProfileFormat[] = ['table', 'json', 'ndjson', 'markdown'];

export const COMPARISON_FORMATS = ['table', 'json', 'markdown', 'html'] as const;
export type ComparisonFormat = (typeof COMPARISON_FORMATS)[number];
