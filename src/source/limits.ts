/** Files larger than this are refused before parsing: no questionnaire or answer file comes close. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;
/** Deeper than any real file; keeps recursive walks far from the stack limit. */
export const MAX_DEPTH = 64;
