/** Files larger than this are refused before parsing: no questionnaire or answer file comes close. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;
