/**
 * Choosing the tool's own words by language tag. Every catalogue (report labels, HTML report,
 * interview, answer templates) picks the same way, so `--lang nl-BE` is Dutch everywhere.
 */

/** The base language of a tag, lower case: `nl-BE`, `nl_BE.UTF-8` and `NL` are all `nl`. */
export function baseLanguage(tag: string): string {
  // `-` in BCP 47 tags; `_`, `.` and `@` in POSIX locales (`nl_BE.UTF-8@euro`).
  return (
    tag
      .trim()
      .toLowerCase()
      .split(/[-_.@]/)[0] ?? ''
  );
}

/** The catalogue for a tag's base language; English for a language without its own. */
export function pickCatalogue<T>(catalogues: { readonly en: T; readonly [language: string]: T }, tag: string): T {
  return catalogues[baseLanguage(tag)] ?? catalogues.en;
}

/**
 * Which of `available` (a questionnaire's languages) serves a requested tag: the same tag, else one
 * of the same base language (`nl-BE` is served by `nl`, `nl` by `nl-NL`); undefined when none is.
 */
export function matchLanguage(available: readonly string[], tag: string): string | undefined {
  if (available.includes(tag)) return tag;
  const lower = tag.toLowerCase();
  const same = available.find((l) => l.toLowerCase() === lower);
  if (same !== undefined) return same;
  // The language itself before another region of it: nl-BE is served by nl rather than nl-NL.
  const base = baseLanguage(tag);
  return available.find((l) => l.toLowerCase() === base) ?? available.find((l) => baseLanguage(l) === base);
}
