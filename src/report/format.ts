/**
 * What the text, Markdown and HTML renderers share: number and date formatting (plain text out;
 * callers escape), the level of a rank, and where a value lies on the scale.
 */
import type { LevelInfo, Profile } from '../scoring/types.js';

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

/** The level of a rank (1 = the first level); undefined for rank 0 (below the first) or a rank the model lacks. */
export function levelOf(profile: Pick<Profile, 'levels'>, rank: number): LevelInfo | undefined {
  return profile.levels.find((l) => l.rank === rank);
}

/**
 * The lowest score of a level rank: what charts mark as a target. Rank 0 ("below the first
 * level") starts at the bottom of the scale, as every score does: a target of 0 is met by any
 * score, so it is drawn there, not left out (a missing value would read as "no score" in the
 * charts). Null only for a rank the model does not have.
 */
export function levelMinOf(profile: Pick<Profile, 'levels' | 'scale'>, rank: number): number | null {
  if (rank <= 0) return profile.scale.min;
  return levelOf(profile, rank)?.min ?? null;
}

/** Where a value lies between the scale's min (0) and max (1), clamped; 0 on a scale without range. */
export function scaleFraction(value: number, scale: { min: number; max: number }): number {
  const span = scale.max - scale.min;
  if (!(span > 0)) return 0;
  return Math.min(1, Math.max(0, (value - scale.min) / span));
}
