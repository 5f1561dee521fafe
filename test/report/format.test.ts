import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatDate,
  formatNumber,
  formatPercent,
  formatScore,
  levelMinOf,
  shownScore,
  levelOf,
  scaleFraction,
} from '../../src/report/format.js';

describe('formatScore', () => {
  it('prints two decimals, with a decimal comma in Dutch', () => {
    expect(formatScore(2.4, 'nl')).toBe('2,40');
    expect(formatScore(2.4, 'en')).toBe('2.40');
    expect(formatScore(1 + 2 / 3, 'nl')).toBe('1,67');
  });

  it('prints an en dash for a missing score', () => {
    expect(formatScore(null, 'nl')).toBe('–');
    expect(formatScore(Number.NaN, 'en')).toBe('–');
  });

  it('falls back to English for a malformed language tag', () => {
    expect(formatScore(2.4, 'not a tag!')).toBe('2.40');
  });

  it('never rounds up onto a whole number the score does not reach: 1.996 reads 1,99 beside its level 1', () => {
    expect(formatScore(1.9967, 'nl')).toBe('1,99');
    expect(formatScore(0.999, 'en')).toBe('0.99');
    expect(formatScore(2.994, 'en')).toBe('2.99');
    // Rounding within a whole number, and a whole number a hair short by floating point, stay as they were.
    expect(formatScore(2.996 - 1, 'en')).toBe('1.99');
    expect(formatScore(2.4449, 'en')).toBe('2.44');
    expect(formatScore(2.9999999999999996, 'en')).toBe('3.00');
    expect(formatScore(3, 'en')).toBe('3.00');
  });
});

describe('formatChange', () => {
  it('signs a change, with a real minus sign, and leaves zero unsigned', () => {
    expect(formatChange(0.4, 'nl')).toBe('+0,40');
    expect(formatChange(-0.25, 'nl')).toBe('−0,25');
    expect(formatChange(0, 'en')).toBe('0.00');
    expect(formatChange(null, 'en')).toBe('–');
  });
});

describe('formatNumber and formatPercent', () => {
  it('prints whole numbers bare and the rest with two decimals', () => {
    expect(formatNumber(2, 'nl')).toBe('2');
    expect(formatNumber(1.5, 'nl')).toBe('1,50');
  });

  it('prints a ratio as a whole percentage', () => {
    expect(formatPercent(253 / 255, 'nl')).toBe('99%');
    expect(formatPercent(14 / 15, 'en')).toBe('93%');
  });
});

describe('formatDate', () => {
  it('prints an ISO date as a long date in the language, whatever the time zone', () => {
    expect(formatDate('2025-03-14', 'nl')).toBe('14 maart 2025');
    expect(formatDate('2025-03-14', 'en')).toBe('March 14, 2025');
    expect(formatDate('2025-03-14T23:30:00+02:00', 'nl')).toBe('14 maart 2025');
  });

  it('shows anything else as given', () => {
    expect(formatDate('voorjaar 2025', 'nl')).toBe('voorjaar 2025');
  });
});

describe('levelOf and levelMinOf', () => {
  // Phases from 1.5, 2 and 3 on a scale of 1 to 4: scores from 1 to 1.5 are below the first phase.
  const profile = {
    scale: { min: 1, max: 4 },
    levels: [
      { rank: 1, id: 'start', name: 'Start', min: 1.5 },
      { rank: 2, id: 'try', name: 'Try', min: 2 },
      { rank: 3, id: 'spread', name: 'Spread', min: 3 },
    ],
  };

  it('finds a level by its rank, and none below the first or beyond the last', () => {
    expect(levelOf(profile, 2)?.name).toBe('Try');
    expect(levelOf(profile, 0)).toBeUndefined();
    expect(levelOf(profile, 4)).toBeUndefined();
  });

  it("gives a level's minimum, the bottom of the scale for rank 0, and null for a rank the model lacks", () => {
    expect(levelMinOf(profile, 1)).toBe(1.5);
    expect(levelMinOf(profile, 3)).toBe(3);
    expect(levelMinOf(profile, 0)).toBe(1);
    expect(levelMinOf(profile, 4)).toBeNull();
  });
});

describe('scaleFraction', () => {
  it('places a value between min (0) and max (1), clamped to the scale', () => {
    expect(scaleFraction(2.5, { min: 1, max: 4 })).toBe(0.5);
    expect(scaleFraction(1, { min: 1, max: 4 })).toBe(0);
    expect(scaleFraction(4, { min: 1, max: 4 })).toBe(1);
    expect(scaleFraction(0, { min: 1, max: 4 })).toBe(0);
    expect(scaleFraction(5, { min: 1, max: 4 })).toBe(1);
  });

  it('is 0 on a scale without range', () => {
    expect(scaleFraction(3, { min: 3, max: 3 })).toBe(0);
  });
});

describe('numbers formatted by hand read as Intl.NumberFormat would write them', () => {
  const values = [0, 0.005, 0.015, 1.005, 2.345, 2.4, 3, -0.25, -0.006, 12.5, 999.995, 1234.5, 24300, -1234567.891];
  // The languages reports are written in (German, say, would put a space before %).
  it.each(['nl', 'en', 'nl-BE', 'en-GB'])('%s', (language) => {
    const intl = (v: number, o: Intl.NumberFormatOptions) => new Intl.NumberFormat(language, o).format(v);
    for (const v of values) {
      // A score is first kept from rounding up onto a whole number it does not reach (shownScore).
      expect(formatScore(v, language), String(v)).toBe(
        intl(shownScore(v), { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
      );
      expect(formatChange(v, language), String(v)).toBe(
        intl(v, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' }).replace('-', '−'),
      );
      if (Number.isInteger(v)) expect(formatNumber(v, language), String(v)).toBe(intl(v, { maximumFractionDigits: 0 }));
    }
    for (const r of [0, 0.004, 0.005, 0.5, 0.875, 0.9549, 1])
      expect(formatPercent(r, language), String(r)).toBe(intl(r, { style: 'percent', maximumFractionDigits: 0 }));
  });

  it('percentages round on the written ratio, as Intl does (23/40 is 57.5 %, shown as 58 %)', () => {
    for (const [n, d] of [
      [23, 40],
      [29, 200],
      [57, 200],
      [113, 200],
      [243, 255],
    ] as const) {
      expect(formatPercent(n / d, 'nl'), `${n}/${d}`).toBe(
        new Intl.NumberFormat('nl', { style: 'percent' }).format(n / d),
      );
    }
  });

  it('a negative number that rounds to zero has no minus sign (Intl would write -0.00)', () => {
    expect(formatScore(-0.004, 'en')).toBe('0.00');
    expect(formatChange(-0.004, 'nl')).toBe('0,00');
  });
});
