import { describe, expect, it } from 'vitest';
import { formatChange, formatDate, formatNumber, formatPercent, formatScore } from '../../src/report/format.js';

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
