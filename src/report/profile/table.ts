/**
 * `--format table`: a profile as text for a terminal, readable at 80 columns. Colour only through
 * the Style passed in, so the output is plain with NO_COLOR or in a pipe.
 */
import { flattenUnits, stepGroupNames } from '../../scoring/profile-units.js';
import type { GroupProfile, LevelRef, NextStepGroup, Profile, Uncertainty, UnitProfile } from '../../scoring/types.js';
import { safeLine, safeStrings } from '../../util/safe-text.js';
import { plainStyle, type Style } from '../../util/style.js';
import { capitalise, hangingWrap, visibleLength } from '../../util/text.js';
import { profileLevelTerm } from '../../questionnaire/level-term.js';
import {
  answersGiven,
  approachingRank,
  formatNumber,
  formatPercent,
  formatRank,
  formatScore,
  levelMinOf,
  levelOf,
  NO_VALUE,
  respondentText,
} from '../format.js';
import { explanationLines } from './explain.js';
import { labelsFor, type Labels } from './labels.js';
import { planLines } from './plan.js';
import { questionLines } from './questions.js';
import { bar, BAR_CELLS, layout, type Cell, type Column } from './text.js';

export interface ProfileTextOptions {
  style?: Style;
  /** Terminal width; lines stay at least one character narrower. Default 80. */
  width?: number;
  /** Table and markdown: the input may give several profiles, so an anonymous respondent is
   *  named by its place (`Respondent 3`). Default: when there are several. */
  batch?: boolean;
}

/** The profile's place (1, 2, …) in a batch: an anonymous respondent is named by it. */
export type Position = number | undefined;

/**
 * What a profile's title says: the organisation and, for one respondent, who that is (`A. de Vries
 * (wethouder)`, or `Respondent 3` by its place in a batch when the answers name nobody), so that
 * a batch's profiles are told apart.
 */
export function profileTitle(profile: Profile, labels: Labels, position: Position): string {
  const organisation = profile.organisation ?? labels.noOrganisation;
  if (profile.respondents !== 1) return organisation;
  const person = profile.respondentList?.[0];
  const who = person?.name
    ? `${person.name}${person.role ? ` (${person.role})` : ''}`
    : position !== undefined
      ? labels.respondentNumber(position)
      : undefined;
  return who === undefined ? organisation : `${organisation} · ${who}`;
}

export const DEFAULT_WIDTH = 80;

/** `2 Experimenteren`, `0 below phase 1` below the first level (with `below`), `–` without a score. */
export function levelText(profile: Profile, ref: LevelRef, below?: string): string {
  if (ref.score === null) return NO_VALUE;
  const level = levelOf(profile, ref.level);
  return level ? `${level.rank} ${level.name}` : below === undefined ? '0' : `0 ${below}`;
}

/** A level column's cell: `1 Agenderen (→2)` for a score within 0.25 below the next level, `2 Proberen
 *  (onzeker)` for an uncertain level. */
export function levelCell(
  profile: Profile,
  ref: LevelRef & Uncertainty,
  labels: Pick<Labels, 'belowFirstLevel' | 'uncertain'>,
): string {
  const next = approachingRank(profile, ref);
  return (
    levelText(profile, ref, labels.belowFirstLevel) +
    (next === null ? '' : ` ${approachingMark(next)}`) +
    (ref.uncertain ? ` (${labels.uncertain})` : '')
  );
}

/** Whether any unit's level is marked uncertain: the reports then say what the mark means. */
export const anyUncertain = (profile: Profile): boolean =>
  flattenUnits<UnitProfile>(profile.dimensions).some(({ unit }) => unit.uncertain === true);

/** An uncertain level in a column too narrow for level names: after the rank (`2?`), named in the legend. */
const UNCERTAIN_MARK = '?';

/** The short form of "approaching 2", for a level column; the same in every language. */
// No space inside: the mark wraps as one word, never `(→` on one line and `2)` on the next (the
// table's word wrap splits at any white space, a no-break space too).
const approachingMark = (rank: number) => `(→${rank})`;

/** The overall level: `1 Agenderen, approaching 2`. */
export function overallLevelText(profile: Profile, labels: Labels): string {
  const next = approachingRank(profile, profile.overall);
  return (
    levelText(profile, profile.overall, labels.belowFirstLevel) +
    (next === null ? '' : labels.approaching(next)) +
    (profile.overall.uncertain ? labels.uncertainOverall(formatPercent(profile.coverage.ratio, profile.language)) : '')
  );
}

/**
 * `5 respondents, 1 skipped: see the findings`; the second part only when answer sets were left out.
 * A consensus file is the room's: `consensus of 6 participants`.
 */
export function respondentsText(profile: Profile, labels: Labels): string {
  const skipped = profile.skipped ?? 0;
  const who = profile.consensus
    ? labels.consensusOf(profile.consensus.participants)
    : labels.respondents(profile.respondents);
  return who + (skipped > 0 ? `, ${labels.skipped(skipped)}` : '');
}

/** A line of facts under the title: questionnaire, respondents, date. */
export function headerFacts(profile: Profile, labels: Labels): string {
  const q = profile.questionnaire;
  return [
    `${q.title} (${q.id} ${q.version})`,
    respondentsText(profile, labels),
    ...(profile.date ? [profile.date] : []),
  ].join(' · ');
}

/** `24% (5 of 17 answered, 1 of them don't know and 0 n/a)`: the percentage is what counts in the scores. */
export function coverageText(profile: Profile, labels: Labels): string {
  const c = profile.coverage;
  const detail = labels.coverageDetail(answersGiven(c), c.total, c.unknown, c.notApplicable);
  return `${formatPercent(c.ratio, profile.language)} (${detail})`;
}

/** What carrying answers over from an earlier version did, as a sentence; null when nothing was carried over. */
export function migrationText(profile: Profile, labels: Labels): string | null {
  return profile.migration ? capitalise(labels.migrated(profile.migration, profile.respondents)) : null;
}

/**
 * The scoring rules in force that differ from the defaults, in one line; null when all are the
 * defaults (the line is then left out, so reports of ordinary scans stay as they were).
 */
export function scoringText(profile: Profile, labels: Labels): string | null {
  const { method, unanswered, respondents } = profile.scoring;
  const parts = [
    ...(method === 'min' ? [labels.scoringRules.min] : []),
    ...(unanswered === 'lowest' ? [labels.scoringRules.unansweredLowest] : []),
    // How respondents combine only matters when there are several.
    ...(respondents !== undefined && respondents !== 'mean' && profile.respondents > 1
      ? [labels.scoringRules.respondents[respondents]]
      : []),
  ];
  return parts.length > 0 ? parts.join(' · ') : null;
}

/**
 * The answers below the legal floor, each as its question (`pri-1 Is there …?`) and the option chosen
 * (`No register at all (value 0)`), for a group with who chose it. None for a profile without any.
 */
export function belowFloorItems(profile: Profile, labels: Labels): { id: string; text: string; answer: string }[] {
  return (profile.belowLegalFloor ?? []).map((a) => ({
    id: a.question,
    text: a.text,
    answer:
      `${a.label} ${labels.optionValue(formatNumber(a.value, profile.language))}` +
      (profile.respondents > 1 ? ` · ${labels.chosenBy(a.respondents.map(respondentText))}` : ''),
  }));
}

/** Names from a dimension down to a unit: `Alpha › A one`. */
const pathText = (names: readonly string[]) => names.join(' › ');

/** Units whose respondents disagree, with the units above them: for the disagreements section. */
export function disagreements(profile: Profile): { unit: UnitProfile; path: string }[] {
  return flattenUnits<UnitProfile>(profile.dimensions)
    .filter(({ unit }) => unit.spread?.disagreement)
    .map(({ unit, path }) => ({ unit, path: pathText(path.map((u) => u.name)) }));
}

/** Where a group of next steps belongs: `Alpha › A one`. */
export function stepGroupPath(group: NextStepGroup): string {
  return pathText(stepGroupNames(group));
}

/** What a group of next steps does: `phase 2 → 4`, or `keeping phase 4` at the top level. */
export function stepGroupLevels(group: NextStepGroup, labels: Labels): string {
  return group.keep ? labels.keep(group.toLevel) : labels.fromTo(group.fromLevel, group.toLevel);
}

/** Narrowest name and level columns; below what they need, the chart column is left out. */
const MIN_NAMES = 12;
const MIN_LEVEL = 16;

/** The widest word of a text: a column that wraps it needs at least that, or the word is cut. */
const longestWord = (text: string) => Math.max(0, ...text.split(/\s+/).map((w) => visibleLength(w)));

interface TableColumns {
  columns: Column[];
  /** False when the chart does not fit (a narrow terminal). */
  chart: boolean;
  /** False when level names do not fit beside the names without cutting a word: the level
   *  column then shows the rank, and a key under the table names the levels. */
  levelNames: boolean;
  /** True when even then the names do not fit their column: each name takes a line of its own. */
  namesApart: boolean;
}

/** The columns for a width: the chart goes first, then the level names, before any word is cut. */
function columnsFor(profile: Profile, labels: Labels, width: number): TableColumns {
  const score = Math.max(labels.score.length, 5);
  const target = Math.max(labels.target.length, 1);
  const gap = Math.max(labels.gap.length, 1);
  const chartWidth = Math.max(labels.chart.length, BAR_CELLS + 3);
  // A level below the top may show as approaching the next: the column is wide enough for that when it can be.
  const levelTexts = profile.levels.map(
    (l) => `${l.rank} ${l.name}` + (l.rank < profile.levels.length ? ` ${approachingMark(l.rank + 1)}` : ''),
  );
  // A unit below the first level reads `0 below level 1 (→1)`: room for it only when there is one.
  const belowFirst = flattenUnits<UnitProfile>(profile.dimensions).some(({ unit }) =>
    [unit, ...(unit.groups ?? [])].some((u) => u.score !== null && u.level === 0),
  );
  if (belowFirst) levelTexts.push(`0 ${labels.belowFirstLevel} ${approachingMark(1)}`);
  // Room for the uncertain mark where the width allows; it wraps onto a line of its own where not.
  if (anyUncertain(profile)) levelTexts.push(...levelTexts.map((t) => `${t} (${labels.uncertain})`));
  const longestLevel = Math.max(visibleLength(labels.level), ...levelTexts.map((t) => visibleLength(t)));
  const levelWord = Math.max(longestWord(labels.level), ...levelTexts.map(longestWord));
  // Names get ~22 characters (`  Informatieveiligheid`), more when their longest word needs it
  // (`  Opleidingsprogramma's`: a cut word reads wrongly); the level the rest, at least 16.
  const nameWord = longestNameWord(profile);
  const names = Math.max(22, nameWord);
  const wordsFit = (room: number) => room >= Math.max(MIN_NAMES, nameWord) + levelWord;
  // target, gap and chart have headers wider than their (right-aligned, one-digit) values: one
  // space before each is enough, which leaves the names more room.
  let free = width - 1 - (score + target + gap + chartWidth) - (2 * 2 + 3 * 1);
  const chart = free >= MIN_NAMES + MIN_LEVEL && wordsFit(free);
  if (!chart) free += chartWidth + 1;
  const levelNames = wordsFit(free);
  const level = levelNames
    ? Math.min(
        longestLevel,
        Math.max(levelWord, Math.min(MIN_LEVEL, free - MIN_NAMES), free - names),
        free - Math.max(MIN_NAMES, nameWord),
      )
    : Math.max(visibleLength(labels.level), 1);
  const columns: Column[] = [
    { width: Math.max(MIN_NAMES, free - level), wrap: true },
    { width: score, align: 'right' },
    { width: level, wrap: true },
    { width: target, align: 'right', space: 1 },
    { width: gap, align: 'right', space: 1 },
  ];
  if (chart) columns.push({ width: chartWidth, space: 1 });
  return { columns, chart, levelNames, namesApart: columns[0]!.width < nameWord };
}

/** Indent of a unit's name: none for a dimension, two spaces more for each level below. */
const indentOf = (depth: number) => (depth - 1) * 2;

/** Width of the longest word in the name column, with the indent of units below a dimension. */
function longestNameWord(profile: Profile): number {
  return Math.max(
    0,
    ...flattenUnits<UnitProfile>(profile.dimensions).flatMap(({ unit, depth }) => [
      indentOf(depth) + longestWord(unit.name),
      ...(unit.groups ?? []).map((g) => indentOf(depth + 1) + longestWord(groupName(g.name))),
    ]),
  );
}

/** A group's name in a table: marked, so that it does not read as a unit below the one above it. */
export const groupName = (name: string) => `◦ ${name}`;

/** A group of a unit: score and level, no target or gap (groups have none). */
function groupRow(
  profile: Profile,
  group: GroupProfile,
  indent: number,
  style: Style,
  levelNames: boolean,
  labels: Labels,
): Cell[] {
  return [
    { text: groupName(group.name), indent },
    formatScore(group.score, profile.language),
    levelNames ? levelCell(profile, group, labels) : group.score === null ? NO_VALUE : String(group.level),
    '',
    '',
    bar(group.score, null, profile.scale, style),
  ];
}

function unitRow(
  profile: Profile,
  unit: UnitProfile,
  indent: number,
  style: Style,
  strong: boolean,
  levelNames: boolean,
  labels: Labels,
): Cell[] {
  const emphasis = strong ? style.bold : undefined;
  const scoreText = formatScore(unit.score, profile.language) + (unit.spread?.disagreement ? '!' : '');
  return [
    { text: unit.name, indent, ...(emphasis ? { style: emphasis } : {}) },
    { text: scoreText, ...(emphasis ? { style: emphasis } : {}) },
    levelNames
      ? levelCell(profile, unit, labels)
      : unit.score === null
        ? NO_VALUE
        : String(unit.level) + (unit.uncertain ? UNCERTAIN_MARK : ''),
    formatRank(unit.target),
    unit.gap ? { text: String(unit.gap), style: style.warning } : formatRank(unit.gap),
    bar(unit.score, levelMinOf(profile, unit.target), profile.scale, style),
  ];
}

export function renderProfileTable(scored: Profile, options: ProfileTextOptions = {}, position?: Position): string {
  // Every text from the files (names, steps, the words for levels) as safe text; colours are added after.
  const profile = safeStrings(scored);
  const style = options.style ?? plainStyle;
  const width = options.width ?? DEFAULT_WIDTH;
  const labels = labelsFor(profile.language, profileLevelTerm(profile));
  const lang = profile.language;
  const out: string[] = [];

  // One line: a line feed in a name would let a file add lines of its own to the report.
  const title = safeLine(profileTitle(profile, labels, position));
  // Wrapped only when it must be: wrapping joins the spaces in a name as it was written.
  const titleLines = visibleLength(title) < width ? [title] : hangingWrap('', title, width - 1);
  out.push(...titleLines.map((l) => style.bold(l)));
  out.push(...hangingWrap('', headerFacts(profile, labels), width - 1));
  out.push(...hangingWrap(`${labels.coverage}: `, coverageText(profile, labels), width - 1));
  const migrated = migrationText(profile, labels);
  if (migrated !== null) out.push(...hangingWrap('', migrated, width - 1));
  const rules = scoringText(profile, labels);
  if (rules !== null) out.push(...hangingWrap(`${labels.scoring}: `, rules, width - 1));
  const overall = `${formatScore(profile.overall.score, lang)} · ${labels.level} ${overallLevelText(profile, labels)}`;
  out.push(
    ...hangingWrap(
      `${labels.overall}: `,
      `${style.bold(overall)}  ${bar(profile.overall.score, null, profile.scale, style)}`,
      width - 1,
    ),
  );
  out.push('');

  // Near the top, apart from the scores: a breach of a legal duty is not a matter of maturity.
  const belowFloor = belowFloorItems(profile, labels);
  if (belowFloor.length > 0) {
    out.push(
      style.bold(style.error(labels.belowLegalFloor)),
      ...hangingWrap('', labels.belowLegalFloorIntro, width - 1),
    );
    for (const { id, text, answer } of belowFloor)
      out.push(...hangingWrap('  ', `${id} ${text}`, width - 1), ...hangingWrap('    ', answer, width - 1));
    out.push('');
  }

  const { columns, chart, levelNames, namesApart } = columnsFor(profile, labels, width);
  // The chart only repeats score and target as a picture: on a narrow terminal it goes first.
  const fit = (row: Cell[]) => (chart ? row : row.slice(0, -1));
  out.push(
    ...layout(
      [
        fit(
          [labels.unit, labels.score, labels.level, labels.target, labels.gap, labels.chart].map((t) => ({
            text: t,
            style: style.dim,
          })),
        ),
      ],
      columns,
    ),
  );
  for (const [i, { unit, depth }] of flattenUnits<UnitProfile>(profile.dimensions).entries()) {
    // A blank line before each dimension; dimensions in bold.
    if (depth === 1 && i > 0) out.push('');
    const row = fit(unitRow(profile, unit, indentOf(depth), style, depth === 1, levelNames, labels));
    if (namesApart) {
      // The name on lines of the full width, its numbers on the line below.
      const name = hangingWrap(' '.repeat(indentOf(depth)), unit.name, width - 1);
      out.push(...(depth === 1 ? name.map((l) => style.bold(l)) : name));
      row[0] = '';
    }
    out.push(...layout([row], columns));
    for (const group of unit.groups ?? []) {
      const groupCells = fit(groupRow(profile, group, indentOf(depth + 1), style, levelNames, labels));
      if (namesApart) {
        out.push(...hangingWrap(' '.repeat(indentOf(depth + 1)), groupName(group.name), width - 1));
        groupCells[0] = '';
      }
      out.push(...layout([groupCells], columns));
    }
  }
  if (!levelNames) {
    const key = profile.levels.map((l) => `${l.rank} ${l.name}`).join(' · ');
    out.push('', ...hangingWrap(`${capitalise(labels.levels)}: `, key, width - 1));
  }
  const disagreement = `! = ${labels.disagreements.toLowerCase()}`;
  const legend = chart
    ? labels.chartLegend(formatNumber(profile.scale.min, lang), formatNumber(profile.scale.max, lang))
    : undefined;
  // A rank alone carries the short mark, which the legend names.
  const uncertain = anyUncertain(profile)
    ? (levelNames ? '' : `${UNCERTAIN_MARK} = `) + labels.uncertainLegend
    : undefined;
  const legendLine = [legend, profile.respondents > 1 ? disagreement : undefined, uncertain]
    .filter((x) => x !== undefined)
    .join('; ');
  if (legendLine) out.push('', ...hangingWrap('', legendLine, width - 1).map((l) => style.dim(l)));

  const disagreeing = disagreements(profile);
  if (disagreeing.length > 0) {
    out.push(
      '',
      style.bold(labels.disagreements),
      ...hangingWrap(
        '',
        labels.disagreementIntro(formatNumber(profile.scoring.disagreementThreshold, lang)),
        width - 1,
      ),
    );
    for (const { unit, path } of disagreeing) {
      const s = unit.spread!;
      out.push(...hangingWrap('  ', path, width - 1));
      out.push(
        ...hangingWrap(
          '    ',
          labels.spreadDetail(
            formatScore(s.min, lang),
            formatScore(s.max, lang),
            formatScore(s.sd, lang),
            s.respondents,
          ),
          width - 1,
        ),
      );
    }
  }

  out.push('', style.bold(labels.nextSteps));
  if (profile.nextSteps.length === 0) out.push(labels.noNextSteps);
  for (const [i, group] of profile.nextSteps.entries()) {
    out.push(
      ...hangingWrap(
        `${String(i + 1).padStart(2)}. `,
        `${style.bold(stepGroupPath(group))} (${stepGroupLevels(group, labels)})`,
        width - 1,
      ),
    );
    for (const step of group.steps) out.push(...hangingWrap('    - ', step, width - 1));
  }
  if (profile.plan) {
    out.push('', style.bold(labels.actionPlan));
    for (const line of planLines(profile.plan, labels)) out.push(...hangingWrap('  ', line, width - 1));
  }

  if (profile.explanation) out.push('', ...explanationLines(profile, labels, style, width - 1));
  // What each person answered belongs with how the numbers came about: in a terminal, only when asked.
  if (profile.explanation) {
    const answers = questionLines(profile, labels, style, width - 1);
    if (answers.length > 0) out.push('', ...answers);
  }
  return out.join('\n').replace(/\n+$/, '') + '\n';
}

/** Several profiles, one after the other with a rule between them. */
export function renderProfilesTable(profiles: readonly Profile[], options: ProfileTextOptions = {}): string {
  const rule = '='.repeat((options.width ?? DEFAULT_WIDTH) - 1);
  const numbered = options.batch ?? profiles.length > 1;
  return profiles.map((p, i) => renderProfileTable(p, options, numbered ? i + 1 : undefined)).join(`\n${rule}\n\n`);
}
