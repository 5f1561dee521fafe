/**
 * What the text, Markdown and HTML renderers share: number and date formatting (plain text out;
 * callers escape), the level of a rank, and where a value lies on the scale.
 */
import { EPSILON } from '../scoring/rollup.js';
import type { Coverage, LevelInfo, LevelRef, Profile } from '../scoring/types.js';
import { baseLanguage } from '../util/language.js';

/** What a missing score shows as: an en dash, in every language. */
export const NO_VALUE = '–';

/**
 * Languages that write a decimal comma (and group thousands with a point). Numbers are formatted
 * by hand rather than with Intl.NumberFormat: loading its locale data costs a short command more
 * than all of its scoring, and scores need nothing but a separator and two decimals.
 */
const DECIMAL_COMMA = new Set([
  'nl',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'da',
  'sv',
  'nb',
  'nn',
  'no',
  'fi',
  'pl',
  'cs',
  'sk',
  'sl',
  'hr',
  'ro',
  'hu',
  'tr',
  'ru',
  'uk',
  'id',
  'el',
  'bg',
  'et',
  'lt',
  'lv',
  'is',
  'af',
  'ca',
  'eu',
  'gl',
]);

function separators(language: string): { decimal: string; group: string } {
  return DECIMAL_COMMA.has(baseLanguage(language)) ? { decimal: ',', group: '.' } : { decimal: '.', group: ',' };
}

/**
 * `value` with `digits` decimals, thousands grouped. Rounded as Intl does: half away from zero on
 * the number as it is written (0.015 → 0.02), not on its binary value (toFixed gives 0.01).
 */
function fixed(value: number, digits: number, language: string, exponent = 0): string {
  const { decimal, group } = separators(language);
  // `exponent` scales by a power of ten on the written number (a ratio as a percentage), so the
  // scaling adds no binary error: 0.575 is 57.5 %, not 57.49999… %.
  const abs = exponent === 0 ? Math.abs(value) : Math.abs(Number(`${value}e${exponent}`));
  const shifted = Number(`${abs}e${digits}`);
  const rounded =
    String(abs).includes('e') || !Number.isFinite(shifted) ? abs : Number(`${Math.round(shifted)}e-${digits}`);
  const [whole = '0', fraction] = rounded.toFixed(digits).split('.');
  const grouped = whole.length > 3 ? whole.replace(/\B(?=(\d{3})+$)/g, group) : whole;
  const negative = value < 0 && Number(`${whole}.${fraction ?? 0}`) !== 0;
  return `${negative ? '-' : ''}${grouped}${fraction !== undefined ? decimal + fraction : ''}`;
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
  return fixed(shownScore(value), 2, language);
}

/**
 * The score as two decimals show it, never rounded up onto a whole number it does not reach:
 * 1.996 reads 1.99, as its level is still 1 (levels start at whole numbers in most models), not
 * 2.00 beside "level 1". A score a hair under a whole number by floating point counts as reaching it.
 * Scores are never negative; other numbers are left to rounding.
 */
export function shownScore(value: number): number {
  if (value < 0) return value;
  const whole = Math.floor(value + EPSILON);
  return Math.round(value * 100) / 100 >= whole + 1 ? whole + 0.99 : value;
}

/** A difference with a sign (`+0,50`, `−0,25`, `0,00`); `–` when either side is missing. */
export function formatChange(value: number | null, language: string): string {
  if (value === null || !Number.isFinite(value)) return NO_VALUE;
  const text = fixed(value, 2, language);
  if (text.startsWith('-')) return `−${text.slice(1)}`;
  return /[1-9]/.test(text) ? `+${text}` : text;
}

/** Whole numbers as they are, anything else with two decimals (gaps are usually whole phases). */
export function formatNumber(value: number, language: string): string {
  if (Number.isInteger(value)) return fixed(value, 0, language);
  return formatScore(value, language);
}

/** A target or gap as a whole number; `–` when there is none (a unit without a score). */
export function formatRank(value: number | null): string {
  return value === null ? NO_VALUE : String(value);
}

/**
 * Questions a respondent gave an answer to, a "don't know" and "not applicable" included: what
 * "answered" means in every report and in the interview. Coverage's `answered` counts only the
 * answers with an option value (those that count in the scores).
 */
export function answersGiven(c: Pick<Coverage, 'answered' | 'unknown' | 'notApplicable'>): number {
  return c.answered + c.unknown + c.notApplicable;
}

/** A ratio 0..1 as a whole percentage. */
export function formatPercent(ratio: number, language: string): string {
  return `${fixed(ratio, 0, language, 2)}%`;
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

/** How far below the next level's `min` a score reads as approaching it (README "How scores are computed" §3). */
export const APPROACH_MARGIN = 0.25;

/**
 * The rank of the next level when the score lies within APPROACH_MARGIN below its `min` (exactly
 * 0.25 below counts, with the tolerance levels are reached with); null without a score or at the
 * top level: a 1.90 reads as "phase 1, approaching 2", not as plain phase 1.
 */
export function approachingRank(profile: Pick<Profile, 'levels'>, ref: LevelRef): number | null {
  if (ref.score === null) return null;
  const next = levelOf(profile, ref.level + 1);
  if (next === undefined) return null;
  const below = next.min - ref.score;
  return below > 0 && below <= APPROACH_MARGIN + EPSILON ? next.rank : null;
}

/**
 * The lowest score of a level rank: what charts mark as a target. Rank 0 ("below the first
 * level") starts at the bottom of the scale, as every score does: a target of 0 is met by any
 * score, so it is drawn there, not left out (a missing value would read as "no score" in the
 * charts). Null for no rank (a unit without a score or target) and a rank the model does not have.
 */
export function levelMinOf(profile: Pick<Profile, 'levels' | 'scale'>, rank: number | null): number | null {
  if (rank === null) return null;
  if (rank <= 0) return profile.scale.min;
  return levelOf(profile, rank)?.min ?? null;
}

/** Where a value lies between the scale's min (0) and max (1), clamped; 0 on a scale without range. */
export function scaleFraction(value: number, scale: { min: number; max: number }): number {
  const span = scale.max - scale.min;
  if (!(span > 0)) return 0;
  return Math.min(1, Math.max(0, (value - scale.min) / span));
}

/** A respondent as a report names one: `Anna (privacy officer)`, or the answer file when the answers name nobody. */
export const respondentText = (r: { name?: string; role?: string; source: string }) =>
  r.name ? `${r.name}${r.role ? ` (${r.role})` : ''}` : r.source;
