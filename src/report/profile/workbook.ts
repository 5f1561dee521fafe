/**
 * `--format xlsx`: the profiles as a workbook, built here as plain data (sheets, rows, typed cells,
 * number formats, column widths) so that what it holds is tested without a spreadsheet library;
 * `./xlsx.ts` turns it into the file. Sheets: an overview (one row per profile), the next steps
 * (one row per step), the respondents' spread when any profile has it, and, for a single profile, a
 * sheet per dimension. Scores are numbers at full precision shown with two decimals; levels are
 * text. Pure.
 */
import { profileLevelTerm } from '../../questionnaire/level-term.js';
import { flattenUnits } from '../../scoring/profile-units.js';
import type { ExplainedAnswer, LevelRef, Profile, Uncertainty, UnitProfile } from '../../scoring/types.js';
import { startsLikeFormula } from '../../util/formula.js';
import { safeStrings } from '../../util/safe-text.js';
import { capitalise } from '../../util/text.js';
import { formatNumber } from '../format.js';
import { labelsFor, type Labels } from './labels.js';
import { levelText } from './table.js';

/** `0.00` for scores, `0` for counts and level ranks, `0%` for coverage. */
export type NumberFormat = '0.00' | '0' | '0%';

/**
 * A cell: empty, text, or a number with its format. `asText` marks a text a spreadsheet would take
 * for a formula if it were typed (the CSV report's rule): the writer formats that cell as text, so
 * that editing it keeps it text.
 */
export type WorkbookCell = null | { text: string; asText?: true } | { number: number; format: NumberFormat };

export interface WorkbookColumn {
  /** In characters, as spreadsheets measure columns. */
  width: number;
  /** Long texts (steps) wrap within the column rather than run across the next. */
  wrap?: true;
}

export interface WorkbookSheet {
  /** Already safe for a spreadsheet: at most 31 characters, none of `[]:*?/\`, unique in the workbook. */
  name: string;
  /** The header rows (one or two), bold and frozen. */
  header: WorkbookCell[][];
  /** Header cells joined across columns (0-based): a unit's name over its score, level, target and gap. */
  merges: { row: number; from: number; to: number }[];
  rows: WorkbookCell[][];
  /** Rows (0-based, within `rows`) that head a second table below the first: bold. */
  headings: number[];
  columns: WorkbookColumn[];
  /** Columns kept in view when scrolling right: the names. */
  frozenColumns: number;
  /** Printed across (A4 landscape): the overview, and any sheet wider than a page is high. */
  landscape: boolean;
  /**
   * How many pages across it is printed on, each page as wide as the sheet fits: one, unless that
   * would shrink the text below readable (the overview of a large model); then the frozen columns
   * are printed again on each page.
   */
  pagesAcross: number;
}

export interface WorkbookReport {
  sheets: WorkbookSheet[];
}

/** About how many characters of column width an A4 page holds at full size, upright and across. */
const PORTRAIT_WIDTH = 95;
const LANDSCAPE_WIDTH = 140;
/** Printed smaller than this, text is too small to read: the sheet goes on more pages across instead. */
const MIN_PRINT_SCALE = 0.6;

const widthOf = (columns: readonly WorkbookColumn[]): number => columns.reduce((sum, column) => sum + column.width, 0);

/** How a sheet of these columns is printed: across when wider than upright, on as many pages across as readable. */
function printLayout(
  columns: readonly WorkbookColumn[],
  across?: true,
): Pick<WorkbookSheet, 'landscape' | 'pagesAcross'> {
  const width = widthOf(columns);
  const landscape = across ?? width > PORTRAIT_WIDTH;
  const page = landscape ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH;
  return { landscape, pagesAcross: Math.max(1, Math.ceil((width * MIN_PRINT_SCALE) / page)) };
}

/** Excel's limit on a sheet name, and the characters it refuses in one. */
const SHEET_NAME_MAX = 31;
const SHEET_NAME_REFUSED = /[[\]:*?/\\]/g;

/**
 * A name Excel accepts for a sheet: refused characters become a space, control characters go, it
 * is cut to 31 characters, an apostrophe cannot start or end it, and a name already `taken` (Excel
 * compares without case) gets ` (2)`, ` (3)`, … . `taken` gets the name.
 */
export function safeSheetName(name: string, taken: Set<string>, fallback = 'Sheet'): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(SHEET_NAME_REFUSED, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
  const base =
    cleaned
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^'+|'+$/g, '')
      .slice(0, SHEET_NAME_MAX)
      .trim() || fallback;
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = base.slice(0, SHEET_NAME_MAX - suffix.length).trimEnd() + suffix;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

const text = (value: string | null | undefined): WorkbookCell =>
  value === null || value === undefined || value === ''
    ? null
    : startsLikeFormula(value)
      ? { text: value, asText: true }
      : { text: value };
const number = (value: number | null | undefined, format: NumberFormat): WorkbookCell =>
  value === null || value === undefined || !Number.isFinite(value) ? null : { number: value, format };
const score = (value: number | null | undefined) => number(value, '0.00');
const whole = (value: number | null | undefined) => number(value, '0');

/** `2 Trying`, `0 below phase 1`, `2 Trying (uncertain)`; empty without a score. */
const levelCell = (profile: Profile, ref: LevelRef & Uncertainty, labels: Labels): WorkbookCell =>
  ref.score === null
    ? null
    : text(levelText(profile, ref, labels.belowFirstLevel) + (ref.uncertain ? ` (${labels.uncertain})` : ''));

/** A unit's four cells: score, level, target, gap. */
const unitCells = (profile: Profile, unit: UnitProfile | undefined, labels: Labels): WorkbookCell[] =>
  unit
    ? [score(unit.score), levelCell(profile, unit, labels), whole(unit.target), whole(unit.gap)]
    : [null, null, null, null];

/**
 * Who a profile of one respondent is (anonymous ones by their place among several profiles); none for
 * a group. A consensus file's role is the room's: `consensus of 6 participants`.
 */
function respondentOf(
  profile: Profile,
  labels: Labels,
  position: number | undefined,
): { name?: string; role?: string } {
  if (profile.respondents !== 1) return {};
  const person = profile.respondentList?.[0];
  if (profile.consensus) {
    const name = person?.name ?? (position !== undefined ? labels.respondentNumber(position) : undefined);
    return { ...(name !== undefined ? { name } : {}), role: labels.consensusOf(profile.consensus.participants) };
  }
  if (person?.name) return { name: person.name, ...(person.role ? { role: person.role } : {}) };
  return {
    ...(position !== undefined ? { name: labels.respondentNumber(position) } : {}),
    ...(person?.role ? { role: person.role } : {}),
  };
}

/** A column as wide as its widest cell (within reason); one too wide for that wraps. */
function columnsFor(tables: WorkbookCell[][], count: number, wide = 60): WorkbookColumn[] {
  return Array.from({ length: count }, (_, i) => {
    const longest = Math.max(
      0,
      ...tables.map((row) => {
        const cell = row[i];
        if (!cell) return 0;
        // A number shows with two decimals at most; a level rank or count is short.
        return 'text' in cell ? Math.max(...cell.text.split('\n').map((l) => l.length)) : 6;
      }),
    );
    const width = Math.min(Math.max(longest + 2, 8), wide);
    return longest + 2 > wide ? { width, wrap: true } : { width };
  });
}

/** The units of all profiles, by id, each before those below it, in the order first met. */
function unitColumns(profiles: readonly Profile[]): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const p of profiles)
    for (const { unit } of flattenUnits<UnitProfile>(p.dimensions))
      if (!seen.has(unit.id)) seen.set(unit.id, unit.name);
  return [...seen].map(([id, name]) => ({ id, name }));
}

function overviewSheet(profiles: readonly Profile[], labels: Labels, taken: Set<string>): WorkbookSheet {
  const w = labels.workbook;
  const units = unitColumns(profiles);
  const facts = [
    w.organisation,
    w.respondent,
    w.role,
    w.respondents,
    w.skipped,
    labels.coverage,
    `${labels.overall}: ${labels.score}`,
    `${labels.overall}: ${labels.level}`,
  ];
  const perUnit = [labels.score, labels.level, labels.target, labels.gap].map(capitalise);
  // Two header rows: the unit's name over its four columns, and what each column is.
  const top: WorkbookCell[] = [...facts.map(() => null), ...units.flatMap((u) => [text(u.name), null, null, null])];
  const second: WorkbookCell[] = [...facts.map(text), ...units.flatMap(() => perUnit.map(text))];
  const merges = units.map((_, i) => ({ row: 0, from: facts.length + 4 * i, to: facts.length + 4 * i + 3 }));
  const batch = profiles.length > 1;
  const rows = profiles.map((p, i): WorkbookCell[] => {
    const person = respondentOf(p, labels, batch ? i + 1 : undefined);
    const byId = new Map(flattenUnits<UnitProfile>(p.dimensions).map(({ unit }) => [unit.id, unit]));
    return [
      text(p.organisation ?? labels.noOrganisation),
      text(person.name),
      text(person.role),
      whole(p.respondents),
      whole(p.skipped ?? 0),
      number(p.coverage.ratio, '0%'),
      score(p.overall.score),
      levelCell(p, p.overall, labels),
      ...units.flatMap((u) => unitCells(p, byId.get(u.id), labels)),
    ];
  });
  const columns = columnsFor([second, ...rows], second.length, 40);
  // A unit's name spans four columns: its score column is widened only as far as the name needs beyond the other three.
  units.forEach((u, i) => {
    const first = facts.length + 4 * i;
    const others = columns.slice(first + 1, first + 4).reduce((sum, c) => sum + c.width, 0);
    columns[first]!.width = Math.min(Math.max(columns[first]!.width, u.name.length + 2 - others), 40);
  });
  return {
    name: safeSheetName(w.overview, taken),
    header: [top, second],
    merges,
    rows,
    headings: [],
    columns,
    frozenColumns: 2,
    // A unit's four columns each: wide for any model.
    ...printLayout(columns, true),
  };
}

/** The columns naming a profile in a sheet with rows of several profiles; none for one. */
function profileCells(profiles: readonly Profile[], p: Profile, i: number, labels: Labels): WorkbookCell[] {
  if (profiles.length === 1) return [];
  const person = respondentOf(p, labels, i + 1);
  return [text(p.organisation ?? labels.noOrganisation), text(person.name)];
}

function nextStepsSheet(profiles: readonly Profile[], labels: Labels, taken: Set<string>): WorkbookSheet {
  const w = labels.workbook;
  const who = profiles.length > 1 ? [w.organisation, w.respondent] : [];
  const header = [...who, w.dimension, w.subdimension, w.from, w.to, w.step].map(text);
  const rows = profiles.flatMap((p, i) =>
    p.nextSteps.flatMap((group) =>
      group.steps.map((step) => [
        ...profileCells(profiles, p, i, labels),
        text(group.dimensionName),
        text(group.subdimensionName),
        whole(group.fromLevel),
        whole(group.toLevel),
        text(step),
      ]),
    ),
  );
  const columns = columnsFor([header, ...rows], header.length, 80);
  return {
    name: safeSheetName(labels.nextSteps, taken),
    header: [header],
    merges: [],
    rows,
    headings: [],
    columns,
    frozenColumns: 0,
    ...printLayout(columns),
  };
}

/** Per unit how many actions of the plan are done (`score --plan`); only when a profile has a plan. */
function planSheet(profiles: readonly Profile[], labels: Labels, taken: Set<string>): WorkbookSheet | undefined {
  if (!profiles.some((p) => p.plan)) return undefined;
  const w = labels.workbook;
  const who = profiles.length > 1 ? [w.organisation, w.respondent] : [];
  const header = [...who, w.unit, w.actions, w.actionsDone].map(text);
  const rows = profiles.flatMap((p, i) =>
    (p.plan?.units ?? []).map((u) => [
      ...profileCells(profiles, p, i, labels),
      text(u.name),
      whole(u.actions),
      whole(u.done),
    ]),
  );
  const columns = columnsFor([header, ...rows], header.length, 60);
  return {
    name: safeSheetName(labels.actionPlan, taken),
    header: [header],
    merges: [],
    rows,
    headings: [],
    columns,
    frozenColumns: 0,
    ...printLayout(columns),
  };
}

function spreadSheet(profiles: readonly Profile[], labels: Labels, taken: Set<string>): WorkbookSheet | undefined {
  const w = labels.workbook;
  const rows = profiles.flatMap((p, i) =>
    flattenUnits<UnitProfile>(p.dimensions).flatMap(({ unit, path }) =>
      unit.spread
        ? [
            [
              ...profileCells(profiles, p, i, labels),
              text(path.map((u) => u.name).join(' › ')),
              score(unit.spread.min),
              score(unit.spread.max),
              score(unit.spread.sd),
              text(unit.spread.disagreement ? w.yes : w.no),
              whole(unit.spread.respondents),
            ],
          ]
        : [],
    ),
  );
  if (rows.length === 0) return undefined;
  const who = profiles.length > 1 ? [w.organisation, w.respondent] : [];
  const header = [...who, w.unit, w.min, w.max, w.sd, labels.disagreements, w.respondents].map(text);
  const columns = columnsFor([header, ...rows], header.length);
  return {
    name: safeSheetName(w.spread, taken),
    header: [header],
    merges: [],
    rows,
    headings: [],
    columns,
    frozenColumns: 0,
    ...printLayout(columns),
  };
}

/** An answer as given: its value, or the word for don't know, not applicable, unanswered. */
function answerText(answer: ExplainedAnswer, labels: Labels, language: string): string {
  const value =
    typeof answer.value === 'number'
      ? formatNumber(answer.value, language)
      : answer.value === 'unknown'
        ? labels.unknown
        : answer.value === 'not-applicable'
          ? labels.notApplicable
          : labels.unanswered;
  return answer.respondent ? `${answer.respondent}: ${value}` : value;
}

/** One dimension: its row and its subdimensions' (score, level, target, gap), then its questions' answers where the profile has them. */
function dimensionSheet(profile: Profile, index: number, labels: Labels, taken: Set<string>): WorkbookSheet {
  const w = labels.workbook;
  const dimension = profile.dimensions[index]!;
  const header = [w.unit, ...[labels.score, labels.level, labels.target, labels.gap].map(capitalise)].map(text);
  const units = flattenUnits<UnitProfile>([dimension]);
  const rows: WorkbookCell[][] = units.map(({ unit, depth }) => [
    // Units below the dimension indented, as in the other reports.
    text(`${'  '.repeat(depth - 1)}${unit.name}`),
    ...unitCells(profile, unit, labels),
  ]);
  const headings: number[] = [];
  const inDimension = new Map(units.map(({ unit }) => [unit.id, unit.name]));
  const questions = (profile.explanation?.questions ?? []).filter((q) => inDimension.has(q.unit));
  if (questions.length > 0) {
    rows.push([]);
    headings.push(rows.length);
    rows.push([w.question, w.unit, capitalise(labels.weight), w.value, w.answers].map(text));
    for (const q of questions)
      rows.push([
        text(q.id),
        text(inDimension.get(q.unit)),
        number(q.weight, '0.00'),
        score(q.value),
        text(q.answers.map((a) => answerText(a, labels, profile.language)).join('; ')),
      ]);
  }
  const columns = columnsFor([header, ...rows], header.length, 80);
  return {
    name: safeSheetName(dimension.name, taken, dimension.id),
    header: [header],
    merges: [],
    rows,
    headings,
    columns,
    frozenColumns: 1,
    ...printLayout(columns),
  };
}

/** The workbook for these profiles, in the language (and with the word for a level) of the first. */
export function profileWorkbook(scored: readonly Profile[]): WorkbookReport {
  // Every text from the files made safe to show, as in every report.
  const profiles = scored.map((p) => safeStrings(p));
  const first = profiles[0];
  const labels = labelsFor(first?.language ?? 'en', first ? profileLevelTerm(first) : undefined);
  const taken = new Set<string>();
  const sheets = [overviewSheet(profiles, labels, taken), nextStepsSheet(profiles, labels, taken)];
  const spread = spreadSheet(profiles, labels, taken);
  if (spread) sheets.push(spread);
  const plan = planSheet(profiles, labels, taken);
  if (plan) sheets.push(plan);
  if (profiles.length === 1 && first)
    sheets.push(...first.dimensions.map((_, i) => dimensionSheet(first, i, labels, taken)));
  return { sheets };
}
