/** Number and date formatting shared by the text, Markdown and HTML renderers (plain text out; callers escape). */

/** What a missing score shows as: an en dash, in every language. */
export const NO_VALUE = '–';

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(language: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(safeLocale(language), options);
    cache.set(key, format);
  }
  return format;
}

/** Intl throws on a malformed tag; the profile's language comes from a file, so fall back to English. */
function safeLocale(language: string): string {
  try {
    return Intl.getCanonicalLocales(language)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** A score with two decimals (`2,40` in Dutch, `2.40` in English); `–` for null. */
export function formatScore(value: number | null, language: string): string {
  if (value === null || !Number.isFinite(value)) return NO_VALUE;
  return numberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** A difference with a sign (`+0,50`, `−0,25`, `0,00`); `–` when either side is missing. */
export function formatChange(value: number | null, language: string): string {
  if (value === null || !Number.isFinite(value)) return NO_VALUE;
  const text = numberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(value);
  return text.replace('-', '−');
}

/** Whole numbers as they are, anything else with two decimals (gaps are usually whole phases). */
export function formatNumber(value: number, language: string): string {
  if (Number.isInteger(value)) return numberFormat(language, { maximumFractionDigits: 0 }).format(value);
  return formatScore(value, language);
}

/** A ratio 0..1 as a whole percentage. */
export function formatPercent(ratio: number, language: string): string {
  return numberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

/**
 * An ISO date (`2025-03-14`) or date-time as a long date in the language (`14 maart 2025`), read
 * in UTC so the day never shifts with the machine's time zone; anything else is shown as given.
 */
export function formatDate(value: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(safeLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
