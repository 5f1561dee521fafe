import { describe, expect, it } from 'vitest';
import {
  organisationsNamed,
  targetCheck,
  trendOfProfiles,
  trendOrder,
  unionOfChanges,
} from '../../src/compare/trend.js';
import { score } from '../../src/scoring/score.js';
import { answers, tinyScan } from '../scoring/load.js';

const q = tinyScan();
// tiny-scan's levels start at 1, 2, 2.75 and 3.5; beta is scored from b-1 (weight 1) and b-2 (weight 3).
const scan = (date: string, values: Parameters<typeof answers>[1], targets?: Record<string, number>) =>
  score(q, [answers(`${date}.yaml`, values, { organisation: 'Gemeente Test', date, ...(targets ? { targets } : {}) })]);
const p2024 = scan('2024-05-01', { 'a1-1': 1, 'a1-2': 1, 'b-1': 2, 'b-2': 2 }, { beta: 3 });
const p2025 = scan('2025-05-01', { 'a1-1': 2, 'a1-2': 1, 'b-1': 3, 'b-2': 3 });
const p2026 = scan('2026-05-01', { 'b-1': 3, 'b-2': 4 });

describe('trendOfProfiles', () => {
  const t = trendOfProfiles([p2024, p2025, p2026]);
  const unit = (id: string) => t.dimensions.flatMap((d) => [d, ...d.subdimensions]).find((u) => u.id === id)!;

  it('gives per unit the score and level in each scan and the change from the first to the last', () => {
    // beta: 2 → 3 → (3 + 3·4)/4 = 3.75; levels 2 → 3 → 4
    const beta = unit('beta');
    expect(beta.scans.map((s) => s && [s.score, s.level])).toEqual([
      [2, 2],
      [3, 3],
      [3.75, 4],
    ]);
    expect([beta.change, beta.levelChange, beta.direction]).toEqual([1.75, 2, 'up']);
    // a-one: 1 → (2 + 2·1)/3 = 4/3 → nothing answered: no change to speak of
    const aOne = unit('a-one');
    expect(aOne.scans[1]!.score).toBeCloseTo(4 / 3, 12);
    expect(aOne.scans[2]!.score).toBeNull();
    expect([aOne.change, aOne.levelChange, aOne.direction]).toEqual([null, null, null]);
  });

  it("checks each scan against the previous scan's target: a file's, or one level up", () => {
    // beta: 2024 set 3 in its file and 2025 reached level 3; 2025 set none: 3 + 1 = 4, and 2026 reached 4.
    expect(unit('beta').targetsMet).toEqual([
      { target: 3, source: 'file', reached: true },
      { target: 4, source: 'default', reached: true },
    ]);
    // a-one: 2024 level 1 → target 2, 2025 stayed at 1; 2026 has no score: not said.
    expect(unit('a-one').targetsMet).toEqual([
      { target: 2, source: 'default', reached: false },
      { target: 2, source: 'default', reached: null },
    ]);
  });

  it('keeps every scan, the order it was given and the overall line without targets', () => {
    expect(t.scans.map((s) => s.date)).toEqual(['2024-05-01', '2025-05-01', '2026-05-01']);
    expect(t.overall.scans).toHaveLength(3);
    expect(t.overall).not.toHaveProperty('targetsMet');
    expect(t.differentOrganisations).toBeUndefined();
  });
});

describe('trendOrder', () => {
  it('orders by date, and says when that moved a scan', () => {
    expect(trendOrder(['2026-01-01', '2024-03-01', '2025-02-01'])).toEqual({
      indexes: [1, 2, 0],
      order: { by: 'date', moved: true },
    });
    expect(trendOrder(['2024-03-01', '2025-02-01', '2026-01-01']).order).toEqual({ by: 'date', moved: false });
  });

  it('keeps the order given when a date is missing, or two scans share a day', () => {
    expect(trendOrder(['2026-01-01', null, '2024-01-01'])).toEqual({
      indexes: [0, 1, 2],
      order: { by: 'given', reason: 'missing-date' },
    });
    expect(trendOrder(['2025-01-01T10:00:00Z', '2024-01-01', '2025-01-01'])).toEqual({
      indexes: [0, 1, 2],
      order: { by: 'given', reason: 'same-date' },
    });
  });
});

describe('targetCheck', () => {
  const at = (level: number, target: number | null, score: number | null = level) =>
    ({ score, level, levelId: null, target, targetSource: 'file' }) as const;
  it('reached when the later level is at least the earlier target; null without a target, a score or the unit', () => {
    expect(targetCheck(at(1, 3), at(3, 4))?.reached).toBe(true);
    expect(targetCheck(at(1, 3), at(2, 3))?.reached).toBe(false);
    expect(targetCheck(at(0, null, null), at(2, 3))?.reached).toBeNull();
    expect(targetCheck(at(1, 2), at(0, 1, null))?.reached).toBeNull();
    expect(targetCheck(null, at(2, 3))).toBeNull();
  });
});

describe('organisationsNamed and unionOfChanges', () => {
  it('lists different organisations once each, case and spacing aside', () => {
    expect(
      organisationsNamed([{ organisation: 'Gemeente A' }, { organisation: 'gemeente  a' }, { organisation: null }]),
    ).toBeUndefined();
    expect(
      organisationsNamed([
        { organisation: 'Gemeente A' },
        { organisation: 'Gemeente B' },
        { organisation: 'gemeente a' },
      ]),
    ).toEqual(['Gemeente A', 'Gemeente B']);
  });

  it('joins the changed units of consecutive pairs', () => {
    const joined = unionOfChanges([
      { since: ['1.0.0'], units: new Set(['a']) },
      undefined,
      { since: ['1.0.0', '1.1.0'], units: new Set(['b']) },
    ]);
    expect(joined?.since).toEqual(['1.0.0', '1.1.0']);
    expect([...joined!.units]).toEqual(['a', 'b']);
    expect(unionOfChanges([undefined, undefined])).toBeUndefined();
  });
});
