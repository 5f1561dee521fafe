/** Renderers for `datascan compare` with three or more scans: table, markdown and JSON of a Trend. Pure. */
import {
  comparedOrganisationsOf,
  trendUnits,
  type TargetCheck,
  type Trend,
  type UnitTrend,
  type TrendLine,
} from '../../compare/trend.js';
import { safeJson, safeLine, safeStrings } from '../../util/safe-text.js';
import { plainStyle, type Style } from '../../util/style.js';
import { capitalise, hangingWrap } from '../../util/text.js';
import { formatScore, NO_VALUE } from '../format.js';
import { changedName, changedNote, changeText, sideText } from './compare.js';
import { labelsFor } from './labels.js';
import { escapeMarkdown } from './markdown.js';
import { DEFAULT_WIDTH, type ProfileTextOptions } from './table.js';
import { layout, type Cell, type Column } from './text.js';

/**
 * A short name per scan for column headers and legends: its year when every scan has a date in a
 * year of its own (`2024`), else its place (`#1`).
 */
export function scanLabels(t: Pick<Trend, 'scans'>): string[] {
  const years = t.scans.map((s) => (s.date && /^\d{4}/.test(s.date) ? s.date.slice(0, 4) : null));
  if (years.every((y) => y !== null) && new Set(years).size === years.length) return years as string[];
  return t.scans.map((_, i) => `#${i + 1}`);
}

/** `1 → 2 → 2`: the level in each scan, `–` where a scan has no score or lacks the unit. */
export function levelsText(u: TrendLine): string {
  return u.scans.map((s) => (s === null || s.score === null ? NO_VALUE : String(s.level))).join(' → ');
}

const MET = { reached: '✓', missed: '✗' } as const;

/** `✓ ✗`: per scan from the second whether it reached the previous scan's target; `–` where that cannot be said. */
export function targetsText(u: UnitTrend): string {
  return u.targetsMet.map(metText).join(' ');
}

/** `✓`, `✗`, or `–` where it cannot be said: whether one scan reached the previous scan's target. */
export function metText(check: TargetCheck | null): string {
  if (check === null || check.reached === null) return NO_VALUE;
  return check.reached ? MET.reached : MET.missed;
}

export function renderTrendTable(trend: Trend, options: ProfileTextOptions = {}): string {
  const t = safeStrings(trend);
  const style: Style = options.style ?? plainStyle;
  const width = options.width ?? DEFAULT_WIDTH;
  const labels = labelsFor(t.language, t.levelTerm);
  const lang = t.language;
  const names = scanLabels(t);
  const out: string[] = [
    style.bold(safeLine(`${labels.trend.title}: ${comparedOrganisationsOf(t) ?? labels.noOrganisation}`)),
  ];
  const key = Math.max(...names.map((n) => n.length)) + 2;
  t.scans.forEach((s, i) => {
    const neighbour = t.scans[i === 0 ? 1 : i - 1]!;
    out.push(...hangingWrap(`${names[i]}: `.padEnd(key), sideText(s, neighbour, labels), width - 1));
  });
  out.push(style.dim(`(${labels.trend.order(t.order)})`), '');
  const n = t.scans.length;
  const scoreWidth = Math.max(6, ...names.map((s) => s.length));
  const levelWidth = Math.max(4 * n - 3, ...labels.level.split(/\s+/).map((w) => w.length));
  const metWidth = Math.max(2 * n - 3, ...labels.trend.targetMet.split(/\s+/).map((w) => w.length));
  const fixed = [...names.map(() => scoreWidth), 9, levelWidth, metWidth];
  const columns: Column[] = [
    { width: Math.max(12, width - 1 - fixed.reduce((a, b) => a + b, 0) - 2 * fixed.length), wrap: true },
    ...fixed.map((w, i): Column => (i <= n ? { width: w, align: 'right' } : { width: w, wrap: true })),
  ];
  const colour = (u: TrendLine) => (u.direction === 'up' ? style.ok : u.direction === 'down' ? style.error : undefined);
  const row = (u: TrendLine, depth: number, name: string, met: string): Cell[] => {
    const strong = depth === 1 ? style.bold : undefined;
    const paint = colour(u);
    return [
      { text: name, indent: (depth - 1) * 2, ...(strong ? { style: strong } : {}) },
      ...u.scans.map((s) => formatScore(s?.score ?? null, lang)),
      { text: changeText(u, lang), ...(paint ? { style: paint } : {}) },
      levelsText(u),
      met,
    ];
  };
  const head = [labels.unit, ...names, labels.change, labels.level, labels.trend.targetMet];
  out.push(...layout([head.map((text) => ({ text, style: style.dim }))], columns));
  for (const [i, { unit, depth }] of trendUnits(t).entries()) {
    if (depth === 1 && i > 0) out.push('');
    out.push(...layout([row(unit, depth, changedName(unit, unit.name), targetsText(unit))], columns));
  }
  out.push('', ...layout([row(t.overall, 1, labels.overall, '')], columns));
  out.push('', ...hangingWrap('', labels.trend.targetNote, width - 1).map((l) => style.dim(l)));
  const note = changedNote(t, labels);
  if (note !== undefined) out.push(...hangingWrap('', note, width - 1).map((l) => style.dim(l)));
  return out.join('\n') + '\n';
}

export function renderTrendMarkdown(trend: Trend): string {
  const t = safeStrings(trend);
  const labels = labelsFor(t.language, t.levelTerm);
  const lang = t.language;
  const names = scanLabels(t);
  const out: string[] = [
    `# ${escapeMarkdown(`${labels.trend.title}: ${comparedOrganisationsOf(t) ?? labels.noOrganisation}`)}`,
    '',
  ];
  t.scans.forEach((s, i) => {
    const neighbour = t.scans[i === 0 ? 1 : i - 1]!;
    out.push(`- **${escapeMarkdown(names[i]!)}:** ${escapeMarkdown(sideText(s, neighbour, labels))}`);
  });
  out.push('', `_${escapeMarkdown(capitalise(labels.trend.order(t.order)))}_`, '');
  const head = [labels.unit, ...names, labels.change, labels.level, labels.trend.targetMet];
  out.push(
    `| ${head.map(escapeMarkdown).join(' | ')} |`,
    `| --- | ${names.map(() => '---:').join(' | ')} | --- | --- | --- |`,
  );
  const line = (u: TrendLine, name: string, strong: boolean, met: string) => {
    const cells = [
      strong ? `**${escapeMarkdown(name)}**` : `↳ ${escapeMarkdown(name)}`,
      ...u.scans.map((s) => formatScore(s?.score ?? null, lang)),
      changeText(u, lang),
      levelsText(u),
      met,
    ];
    return `| ${cells.join(' | ')} |`;
  };
  for (const { unit, depth } of trendUnits(t))
    out.push(line(unit, changedName(unit, unit.name), depth === 1, targetsText(unit)));
  out.push(line(t.overall, labels.overall, true, ''));
  out.push('', `_${escapeMarkdown(capitalise(labels.trend.targetNote))}_`);
  const note = changedNote(t, labels);
  if (note !== undefined) out.push('', `_${escapeMarkdown(note)}_`);
  return out.join('\n') + '\n';
}

export function renderTrendJson(t: Trend): string {
  return safeJson(JSON.stringify(t, null, 2)) + '\n';
}

/** The text formats of a trend; html is rendered by src/report/html. */
export const TREND_RENDERERS: Record<'table' | 'markdown' | 'json', (t: Trend, options: ProfileTextOptions) => string> =
  {
    table: (t, options) => renderTrendTable(t, options),
    markdown: (t) => renderTrendMarkdown(t),
    json: (t) => renderTrendJson(t),
  };
