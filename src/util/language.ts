/**
 * Choosing the tool's own words by language tag. Every catalogue (report labels, HTML report,
 * interview, answer templates) picks the same way, so `--lang nl-BE` is Dutch everywhere.
 */

/** The base language of a tag, lower case: `nl-BE`, `nl_BE.UTF-8` and `NL` are all `nl`. */
export function baseLanguage(tag: string): string {
  // `-` in BCP 47 tags; `_`, `.` and `@` in POSIX locales (`nl_BE.UTF-8@euro`).
  return tag.trim().toLowerCase().split(/[-_.@]/)[0] ?? '';
}

/** The catalogue for a tag's base language; English for a language without its own. */
export function pickCatalogue<T>(catalogues: { readonly en: T; readonly [language: string]: T }, tag: string): T {
  return catalogues[baseLanguage(tag)] ?? catalogues.en;
}
