/** Renderers for `datascan compare`: table, markdown and JSON of a Comparison. Pure. */
import {
  belowFloorCount,
  changedUnits,
  comparedOrganisations,
  type Comparison,
  type ProfileSide,
  type UnitChange,
} from '../../compare/compare.js';
import { safeJson, safeLine, safeStrings } from '../../util/safe-text.js';
import { plainStyle, type Style } from '../../util/style.js';
import { capitalise, hangingWrap } from '../../util/text.js';
import { formatChange, formatScore, NO_VALUE } from '../format.js';
import { labelsFor, type Labels } from './labels.js';
import { escapeMarkdown } from './markdown.js';
import { DEFAULT_WIDTH, type ProfileTextOptions } from './table.js';
import { layout, type Cell, type Column } from './text.js';
import type { ComparisonFormat } from './formats.js';

const ARROW = { up: '▲', down: '▼', same: '=' } as const;

/** After the name of a unit whose questions changed between the versions compared; a note under the table says it. */
export const CHANGED_MARK = '*';

/** A unit's name, marked when its questions changed between the versions the sides answered. */
export function changedName(u: Pick<UnitChange, 'questionsChanged'>, name: string): string {
  return u.questionsChanged ? `${name} ${CHANGED_MARK}` : name;
}

/** The note under a comparison with marked units, or undefined without them. */
export function changedNote(c: Pick<Comparison, 'questionsChangedSince'>, labels: Labels): string | undefined {
  return c.questionsChangedSince && `${CHANGED_MARK} ${labels.questionsChangedSince(c.questionsChangedSince)}`;
}

/** One line about a scan: its questionnaire, respondents, date, answers below the legal floor, migration. */
export function sideText(s: ProfileSide, other: ProfileSide, labels: Labels): string {
  const below = belowFloorCount(s, other);
  return [
    // Beside a consensus file: which side is the agreement and which the group (the label says how many).
    ...(s.label !== undefined ? [s.label] : []),
    `${s.questionnaire.title} (${s.questionnaire.id} ${s.questionnaire.version})`,
    ...(s.label !== undefined ? [] : [labels.respondents(s.respondents)]),
    ...(s.date ? [s.date] : []),
    ...(below
      ? [
          labels.belowLegalFloorCount(below.answers) +
            (below.questions.length > 0 ? ` (${below.questions.join(', ')})` : ''),
        ]
      : []),
    // A side read as the current version says which version it answered, as its own report does.
    ...(s.migration ? [labels.migrated(s.migration, s.respondents)] : []),
  ].join(' · ');
}

/** `▲ +0.40`, `▼ −0.25`, `= 0.00`; `–` when either side has no score. */
export function changeText(u: Pick<UnitChange, 'direction' | 'change'>, language: string): string {
  return u.direction === null ? NO_VALUE : `${ARROW[u.direction]} ${formatChange(u.change, language)}`;
}

/** `1 → 2` when the level changed, else the level; `–` when a side is missing, or for a side without a score (`1 → –`). */
export function levelText(u: UnitChange): string {
  if (!u.before || !u.after) return NO_VALUE;
  const before = u.before.score === null ? NO_VALUE : String(u.before.level);
  const after = u.after.score === null ? NO_VALUE : String(u.after.level);
  return before === after ? after : `${before} → ${after}`;
}

export function renderComparisonTable(comparison: Comparison, options: ProfileTextOptions = {}): string {
  // Every text from the files (a profile JSON file too) as safe text; colours are added after.
  const c = safeStrings(comparison);
  const style: Style = options.style ?? plainStyle;
  const width = options.width ?? DEFAULT_WIDTH;
  const labels = labelsFor(c.language, c.levelTerm);
  const lang = c.language;
  const out: string[] = [
    style.bold(safeLine(`${labels.comparing}: ${comparedOrganisations(c) ?? labels.noOrganisation}`)),
  ];
  out.push(...hangingWrap(`${capitalise(labels.before)}: `.padEnd(8), sideText(c.before, c.after, labels), width - 1));
  out.push(...hangingWrap(`${capitalise(labels.after)}: `.padEnd(8), sideText(c.after, c.before, labels), width - 1));
  out.push('');
  // The level column holds `1 → 2`; a longer word for a level (`maturity level`) wraps in its header.
  const levelWidth = Math.max(7, ...labels.level.split(/\s+/).map((w) => w.length));
  const fixed = [6, 6, 9, levelWidth];
  const columns: Column[] = [
    { width: width - 1 - fixed.reduce((a, b) => a + b, 0) - 2 * fixed.length, wrap: true },
    ...fixed.map((w, i): Column => (i < 3 ? { width: w, align: 'right' } : { width: w, wrap: true })),
  ];
  const colour = (u: UnitChange) =>
    u.direction === 'up' ? style.ok : u.direction === 'down' ? style.error : undefined;
  // Depth 1 is a dimension (and the overall row): bold, not indented.
  const row = (u: UnitChange, depth: number, name: string): Cell[] => {
    const strong = depth === 1 ? style.bold : undefined;
    const paint = colour(u);
    return [
      { text: name, indent: (depth - 1) * 2, ...(strong ? { style: strong } : {}) },
      formatScore(u.before?.score ?? null, lang),
      formatScore(u.after?.score ?? null, lang),
      { text: changeText(u, lang), ...(paint ? { style: paint } : {}) },
      levelText(u),
    ];
  };
  out.push(
    ...layout(
      [
        [labels.unit, labels.before, labels.after, labels.change, labels.level].map((t) => ({
          text: t,
          style: style.dim,
        })),
      ],
      columns,
    ),
  );
  for (const [i, { unit, depth }] of changedUnits(c).entries()) {
    if (depth === 1 && i > 0) out.push('');
    out.push(...layout([row(unit, depth, changedName(unit, unit.name))], columns));
  }
  out.push('', ...layout([row(c.overall, 1, labels.overall)], columns));
  const note = changedNote(c, labels);
  if (note !== undefined) out.push('', ...hangingWrap('', note, width - 1).map((l) => style.dim(l)));
  return out.join('\n') + '\n';
}

export function renderComparisonMarkdown(comparison: Comparison): string {
  const c = safeStrings(comparison);
  const labels = labelsFor(c.language, c.levelTerm);
  const lang = c.language;
  const out: string[] = [
    `# ${escapeMarkdown(`${labels.comparing}: ${comparedOrganisations(c) ?? labels.noOrganisation}`)}`,
    '',
  ];
  out.push(`- **${capitalise(labels.before)}:** ${escapeMarkdown(sideText(c.before, c.after, labels))}`);
  out.push(`- **${capitalise(labels.after)}:** ${escapeMarkdown(sideText(c.after, c.before, labels))}`, '');
  out.push(
    `| ${[labels.unit, labels.before, labels.after, labels.change, labels.level].map(escapeMarkdown).join(' | ')} |`,
    '| --- | ---: | ---: | --- | --- |',
  );
  const line = (u: UnitChange, name: string, strong: boolean) => {
    const cells = [
      strong ? `**${escapeMarkdown(name)}**` : `↳ ${escapeMarkdown(name)}`,
      formatScore(u.before?.score ?? null, lang),
      formatScore(u.after?.score ?? null, lang),
      changeText(u, lang),
      levelText(u),
    ];
    return `| ${cells.join(' | ')} |`;
  };
  for (const { unit, depth } of changedUnits(c)) out.push(line(unit, changedName(unit, unit.name), depth === 1));
  out.push(line(c.overall, labels.overall, true));
  const note = changedNote(c, labels);
  if (note !== undefined) out.push('', `_${escapeMarkdown(note)}_`);
  return out.join('\n') + '\n';
}

export function renderComparisonJson(c: Comparison): string {
  return safeJson(JSON.stringify(c, null, 2)) + '\n';
}

/** The text formats of a comparison; html is rendered by src/report/html, slides by src/report/slides. */
export const COMPARISON_RENDERERS: Record<
  Exclude<ComparisonFormat, 'html' | 'slides'>,
  (c: Comparison, options: ProfileTextOptions) => string
> = {
  table: (c, options) => renderComparisonTable(c, options),
  markdown: (c) => renderComparisonMarkdown(c),
  json: (c) => renderComparisonJson(c),
};
