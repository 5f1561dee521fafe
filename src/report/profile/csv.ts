/**
 * `--format csv`: one row per profile, for spreadsheets. The columns come from the first profile's
 * questionnaire so rows can be written one at a time (the last two, when it marks options below the legal floor,
 * count those answers and name their questions); `nl` gives `;` and decimal commas (and a
 * byte-order mark, so Excel reads the accents) for Dutch Excel. Scores and coverage are rounded to
 * four decimals: a spreadsheet shows `2.1125`, not `2.1125000000000003` (JSON keeps every digit).
 */
import { stringify } from 'csv-stringify/sync';
import { flattenUnits } from '../../scoring/profile-units.js';
import type { Profile, UnitProfile } from '../../scoring/types.js';
import { startsLikeFormula } from '../../util/formula.js';
import { safeText } from '../../util/safe-text.js';

export type CsvDialect = 'en' | 'nl';

export interface CsvColumns {
  /** The model the unit columns belong to: rows of another model do not fit. */
  model: string;
  /** Every unit's id, each before the units below it, in questionnaire order. */
  units: string[];
  /** Whether the rows end with the answers below the legal floor: when the questionnaire marks such options. */
  belowLegalFloor: boolean;
  /** Whether the rows end with each unit's actions and those done (`score --plan`). */
  plan: boolean;
}

export function csvColumns(profile: Profile): CsvColumns {
  return {
    model: profile.questionnaire.model,
    units: flattenUnits<UnitProfile>(profile.dimensions).map(({ unit }) => unit.id),
    belowLegalFloor: profile.belowLegalFloor !== undefined,
    plan: profile.plan !== undefined,
  };
}

/**
 * A text cell a spreadsheet would run as a formula (`=HYPERLINK(…)` as an organisation's name)
 * gets a leading apostrophe, which spreadsheets show as text (OWASP's advice for CSV injection).
 */
function textCell(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

/** Four decimals, enough to tell levels apart, without a float's noise; null stays empty. */
function rounded(n: number | null | undefined): number | null {
  return n === null || n === undefined ? null : Math.round(n * 10_000) / 10_000;
}

/** For one respondent who answered and as what; a group has no one person, so its cells stay empty. */
function respondentOf(profile: Profile): { name?: string; role?: string } {
  return profile.respondents === 1 ? (profile.respondentList?.[0] ?? {}) : {};
}

/** Text cells as safe text (line feeds and tabs stay: the CSV quotes them, spreadsheets keep them). */
function line(cells: (string | number | null)[], dialect: CsvDialect): string {
  const text = cells.map((c) =>
    c === null
      ? ''
      : typeof c === 'number'
        ? dialect === 'nl'
          ? String(c).replace('.', ',')
          : String(c)
        : textCell(safeText(c)),
  );
  return stringify([text], { delimiter: dialect === 'nl' ? ';' : ',', record_delimiter: '\n' });
}

/** Answers carried over from earlier versions: the versions answered, how many respondents, and the sums. */
const MIGRATION_COLUMNS = [
  'migration.from',
  'migration.respondents',
  'migration.carried',
  'migration.dropped',
  'migration.newOpen',
] as const;

/** A consensus file's participants, questions agreed and questions holding the combined value; empty for others. */
const CONSENSUS_COLUMNS = ['consensus.participants', 'consensus.agreed', 'consensus.combined'] as const;

export function renderCsvHeader(columns: CsvColumns, dialect: CsvDialect = 'en'): string {
  const head = [
    // The first five as they always were: by them -o knows a CSV report it may replace (node/inputs.ts).
    'file',
    'organisation',
    'questionnaire',
    'version',
    'respondents',
    'skipped',
    'respondent',
    'role',
    'date',
    'coverage',
    'overall.score',
    'overall.level',
    'overall.levelId',
  ];
  for (const id of columns.units) head.push(`${id}.score`, `${id}.level`, `${id}.target`, `${id}.gap`);
  if (columns.belowLegalFloor) head.push('belowLegalFloor.answers', 'belowLegalFloor.questions');
  // Last, so that every column before them keeps its place: empty where no answers were carried over.
  head.push(...MIGRATION_COLUMNS);
  // After them, as every column before keeps its place: `overall` and the ids of the units whose level is uncertain.
  head.push('uncertain');
  // Then, for a consensus file, the room it stands for and how much of it the room agreed on.
  head.push(...CONSENSUS_COLUMNS);
  if (columns.plan) for (const id of columns.units) head.push(`${id}.actions`, `${id}.actionsDone`);
  return (dialect === 'nl' ? '\uFEFF' : '') + line(head, dialect);
}

/** A profile's row; units the columns do not have are left out, missing ones left empty. */
export function renderCsvRow(profile: Profile, columns: CsvColumns, dialect: CsvDialect = 'en'): string {
  const units = new Map<string, UnitProfile>(
    flattenUnits<UnitProfile>(profile.dimensions).map(({ unit }) => [unit.id, unit]),
  );
  const person = respondentOf(profile);
  const cells: (string | number | null)[] = [
    profile.sources.join('; '),
    profile.organisation,
    profile.questionnaire.id,
    profile.questionnaire.version,
    profile.respondents,
    profile.skipped ?? 0,
    person.name ?? null,
    person.role ?? null,
    profile.date,
    rounded(profile.coverage.ratio),
    rounded(profile.overall.score),
    profile.overall.level,
    profile.overall.levelId,
  ];
  for (const id of columns.units) {
    const unit = units.get(id);
    cells.push(rounded(unit?.score), unit ? unit.level : null, unit?.target ?? null, unit?.gap ?? null);
  }
  if (columns.belowLegalFloor) {
    // How many answers lie below the legal floor (each respondent's counts), and to which questions.
    const below = profile.belowLegalFloor ?? [];
    cells.push(
      below.reduce((n, a) => n + a.respondents.length, 0),
      [...new Set(below.map((a) => a.question))].join('; '),
    );
  }
  const m = profile.migration;
  cells.push(
    ...(m
      ? [m.from.map((f) => f.version).join('; '), m.respondents, m.carried, m.dropped, m.newOpen]
      : MIGRATION_COLUMNS.map(() => null)),
  );
  const uncertain = [
    ...(profile.overall.uncertain ? ['overall'] : []),
    ...[...units.values()].filter((u) => u.uncertain).map((u) => u.id),
  ];
  cells.push(uncertain.length > 0 ? uncertain.join('; ') : null);
  const c = profile.consensus;
  cells.push(...(c ? [c.participants, c.agreed, c.combined] : CONSENSUS_COLUMNS.map(() => null)));
  if (columns.plan) {
    const counts = new Map(profile.plan?.units.map((u) => [u.id, u]));
    for (const id of columns.units) {
      const count = counts.get(id);
      cells.push(count?.actions ?? 0, count?.done ?? 0);
    }
  }
  return line(cells, dialect);
}

export function renderProfilesCsv(profiles: readonly Profile[], dialect: CsvDialect = 'en'): string {
  const first = profiles[0];
  if (!first) return '';
  const columns = csvColumns(first);
  return renderCsvHeader(columns, dialect) + profiles.map((p) => renderCsvRow(p, columns, dialect)).join('');
}
