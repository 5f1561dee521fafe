/** Reports on a narrow terminal: every line fits, the chart column goes before anything is cut. */
import { describe, expect, it } from 'vitest';
import { compareProfiles } from '../../../src/compare/compare.js';
import { renderComparisonTable } from '../../../src/report/profile/compare.js';
import { renderProfileTable } from '../../../src/report/profile/table.js';
import { flattenUnits } from '../../../src/scoring/profile-units.js';
import type { UnitProfile } from '../../../src/scoring/types.js';
import { loadProfile } from '../html/profiles.js';
import { groupProfile, single } from './fixtures.js';

const widest = (text: string) => Math.max(...text.split('\n').map((l) => [...l].length));
const WIDTHS = [40, 50, 60, 70, 80, 100, 120];

describe('a profile on a terminal of any width from 40 columns', () => {
  it.each(WIDTHS)('at %i columns every line fits', (width) => {
    for (const p of [
      single({ explain: true }),
      groupProfile({ explain: true }),
      single({ language: 'nl', explain: true }),
    ]) {
      expect(widest(renderProfileTable(p, { width }))).toBeLessThanOrEqual(width - 1);
    }
  });

  it('shows the chart where it fits and leaves it out (with its legend) where it does not', () => {
    // A bar at the end of a unit's row, below the table's header (the overall line above it has
    // one of its own whatever the width, on a line of its own when the line wraps).
    const hasChart = (width: number) => {
      const text = renderProfileTable(single(), { width });
      return text
        .slice(text.indexOf('\nDimension'))
        .split('\n')
        .some((l) => /\[[#|-]+\]$/.test(l));
    };
    expect(hasChart(80)).toBe(true);
    expect(hasChart(50)).toBe(false);
    const narrow = renderProfileTable(groupProfile(), { width: 50 });
    expect(narrow).not.toContain('chart:');
    expect(narrow).toContain('! = disagreements');
    // The overall line keeps its bar: it has a line of its own.
    expect(narrow).toMatch(/^Overall: .*\[[#-]+\]$/m);
  });

  it('never cuts a word of a name or a level in the table (ODG names, long level names)', () => {
    const odg = loadProfile('single-respondent');
    // Every name, and the names of the levels the units are at (in their column or the key).
    const units = flattenUnits<UnitProfile>(odg.dimensions).map(({ unit }) => unit);
    const words = [
      ...units.map((unit) => unit.name),
      ...units.map((unit) => odg.levels.find((l) => l.rank === unit.level)?.name ?? ''),
    ].flatMap((text) => text.split(/\s+/).filter(Boolean));
    expect(words).toContain('coalition-building');
    for (let width = 40; width <= 120; width++) {
      const text = renderProfileTable(odg, { width });
      const table = text.slice(0, text.indexOf('Next steps'));
      const shown = new Set(table.split(/\s+/));
      expect(
        words.filter((w) => !shown.has(w)),
        `at ${width} columns`,
      ).toEqual([]);
      expect(widest(text)).toBeLessThanOrEqual(width - 1);
    }
  });

  it.each(WIDTHS)('a comparison at %i columns fits too', (width) => {
    const text = renderComparisonTable(compareProfiles(single(), groupProfile()), { width });
    expect(widest(text)).toBeLessThanOrEqual(width - 1);
  });
});
