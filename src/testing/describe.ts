/** The words for test results, shared by every format: a difference, an update, the summary. */
import { pickCatalogue } from '../util/language.js';
import { closest } from '../util/suggest.js';
import { roundScore } from './run-case.js';
import type { Difference, TestFileResult, TestSummary } from './types.js';
import type { ExpectationUpdate } from './update.js';

/** A value as an `expect` block writes it: `1.5`, `agenderen`, `null`, `[privacy, ethiek]`, `{score: 2, gap: 1}`. */
export function formatValue(value: unknown, tolerance: number): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return String(roundScore(value, tolerance));
  if (Array.isArray(value)) return `[${value.map((v) => formatValue(v, tolerance)).join(', ')}]`;
  if (typeof value === 'object')
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}: ${formatValue(v, tolerance)}`)
      .join(', ')}}`;
  return String(value);
}

/** `overall.score`, `units.privacy.level`. */
export function differencePath(difference: Difference): string {
  return difference.path.join('.');
}

/** The words of test results, per language (`datascan test --lang`, or the locale). */
const WORDS = {
  en: {
    unknownUnit: (where: string, unit: string, suggestion?: string) =>
      `${where}: \`${unit}\` is not a dimension or subdimension of the questionnaire${suggestion ? ` — did you mean \`${suggestion}\`?` : ''}`,
    notScored: (where: string, expected: string) =>
      `${where}: expected ${expected}, got nothing: the answers have errors, so the case was not scored`,
    noneExpected: (actual: string) => `findings: expected none, got ${actual}`,
    differs: (where: string, expected: string, actual: string) => `${where}: expected ${expected}, got ${actual}`,
    summary: ({ passed, failed }: TestSummary) => `${passed} passed, ${failed} failed`,
    notRun: 'not run',
    failed: 'failed',
    new: 'new',
    notUpdated: 'not updated',
    updated: (changed: number, files: number) =>
      changed === 0
        ? 'nothing to update'
        : `updated ${changed} expectation${changed === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`,
  },
  nl: {
    unknownUnit: (where: string, unit: string, suggestion?: string) =>
      `${where}: \`${unit}\` is geen dimensie of subdimensie van de vragenlijst${suggestion ? ` — bedoelt u \`${suggestion}\`?` : ''}`,
    notScored: (where: string, expected: string) =>
      `${where}: verwacht ${expected}, maar er is niets: de antwoorden bevatten fouten, dus het testgeval is niet gescoord`,
    noneExpected: (actual: string) => `findings: verwacht geen, maar het zijn ${actual}`,
    differs: (where: string, expected: string, actual: string) =>
      `${where}: verwacht ${expected}, maar het is ${actual}`,
    summary: ({ passed, failed }: TestSummary) => `${passed} geslaagd, ${failed} mislukt`,
    notRun: 'niet uitgevoerd',
    failed: 'mislukt',
    new: 'nieuw',
    notUpdated: 'niet bijgewerkt',
    updated: (changed: number, files: number) =>
      changed === 0
        ? 'niets bij te werken'
        : `${changed} ${changed === 1 ? 'verwachting' : 'verwachtingen'} bijgewerkt in ${files} ${files === 1 ? 'bestand' : 'bestanden'}`,
  },
};

/** The words for test results in a language (English for one without its own). */
export function testWords(language: string) {
  return pickCatalogue(WORDS, language);
}

/** `overall.score: expected 1.5, got 1.75`. */
export function describeDifference(difference: Difference, tolerance: number, language = 'en'): string {
  const words = testWords(language);
  const where = differencePath(difference);
  const expected = formatValue(difference.expected, tolerance);
  const missing = difference.missing;
  if (missing?.reason === 'unknown-unit')
    return words.unknownUnit(where, missing.unit, closest(missing.unit, missing.units));
  if (missing?.reason === 'not-scored') return words.notScored(where, expected);
  const actual = formatValue(difference.actual, tolerance);
  if (where === 'findings' && Array.isArray(difference.expected) && difference.expected.length === 0)
    return words.noneExpected(actual);
  return words.differs(where, expected, actual);
}

/** `overall.score: 1.5 → 1.75`; `findings: (new) [unknown-question]`; for a whole new block, what it holds. */
export function describeUpdate(update: ExpectationUpdate, tolerance: number, language = 'en'): string {
  const added = `(${testWords(language).new})`;
  if (update.path.length === 0) return `expect: ${added} ${Object.keys(update.to as object).join(', ')}`;
  const where = update.path.join('.');
  const to = formatValue(update.to, tolerance);
  return 'from' in update ? `${where}: ${formatValue(update.from, tolerance)} → ${to}` : `${where}: ${added} ${to}`;
}

export function summariseTests(results: readonly TestFileResult[]): TestSummary {
  let passed = 0;
  let failed = 0;
  for (const file of results) {
    // A file that could not be read has no cases to count: it counts as one failure.
    if (file.cases.length === 0 && file.problems.length > 0) failed++;
    for (const c of file.cases) {
      if (c.status === 'passed') passed++;
      else failed++;
    }
  }
  return { passed, failed };
}

/** The line every format ends with: `N passed, N failed`. */
export function summaryLine(summary: TestSummary, language = 'en'): string {
  return testWords(language).summary(summary);
}
