import { describe, expect, it } from 'vitest';
import {
  comparedOrganisations,
  compareProfiles,
  differentOrganisations,
  directionOf,
  incomparable,
} from '../../src/compare/compare.js';
import { score } from '../../src/scoring/score.js';
import { answers, tinyScan } from '../scoring/load.js';

const q = tinyScan();
const before = score(q, [
  answers(
    '2025.yaml',
    { 'a1-1': 2, 'a1-2': 2, 'a2-1': 3, 'b-1': 3, 'b-2': 3, 'g2-1': 2 },
    { organisation: 'Gemeente Test', date: '2025-11-01' },
  ),
]);
const after = score(q, [
  answers(
    '2026.yaml',
    { 'a1-1': 3, 'a1-2': 3, 'a2-1': 3, 'b-1': 2, 'b-2': 2 },
    { organisation: 'Gemeente Test', date: '2026-11-01' },
  ),
]);

describe('compareProfiles', () => {
  const c = compareProfiles(before, after);
  const unit = (id: string) => c.dimensions.flatMap((d) => [d, ...d.subdimensions]).find((u) => u.id === id)!;

  it('gives per unit the score and level before and after, the change and its direction', () => {
    // a-one: 2 → 3 (level 2 → 3); alpha: (2 + 3·3)/4 = 2.75 → (3 + 3·3)/4 = 3
    expect(unit('a-one')).toEqual({
      id: 'a-one',
      name: 'A one',
      before: { score: 2, level: 2, levelId: 'try' },
      after: { score: 3, level: 3, levelId: 'spread' },
      change: 1,
      levelChange: 1,
      direction: 'up',
    });
    expect(unit('alpha')).toMatchObject({ change: 0.25, levelChange: 0, direction: 'up' });
    expect(unit('a-two')).toMatchObject({ change: 0, levelChange: 0, direction: 'same' });
    expect(unit('beta')).toMatchObject({ change: -1, levelChange: -1, direction: 'down' });
  });

  it('has no change where either side has no score', () => {
    expect(unit('g-two')).toMatchObject({
      before: { score: 2 },
      after: { score: null, level: 0 },
      change: null,
      levelChange: null, // no score after: no level to have dropped to
      direction: null,
    });
  });

  it('compares the overall scores and describes both sides', () => {
    // before: (2.75·2 + 3 + 2) / 4 = 2.625; after: (3·2 + 2) / 3 = 8/3
    expect(c.overall.before?.score).toBe(2.625);
    expect(c.overall.after?.score).toBeCloseTo(8 / 3, 12);
    expect(c.overall.direction).toBe('up');
    expect(c.before).toMatchObject({ date: '2025-11-01', respondents: 1, sources: ['2025.yaml'] });
    expect(c.after.date).toBe('2026-11-01');
    expect(c.model).toEqual({ id: 'tiny-scan', versionBefore: '1.0.0', versionAfter: '1.0.0' });
  });

  it("speaks the language asked for, by default the later profile's", () => {
    expect(c.language).toBe(after.language);
    const mixed = compareProfiles({ ...before, language: 'nl' }, { ...after, language: 'en' }, { language: 'nl' });
    expect(mixed.language).toBe('nl');
  });

  it('keeps units only one side has', () => {
    const trimmed = { ...after, dimensions: after.dimensions.filter((d) => d.id !== 'gamma') };
    const c2 = compareProfiles(before, trimmed);
    expect(c2.dimensions.map((d) => d.id)).toEqual(['alpha', 'beta', 'gamma']);
    expect(c2.dimensions[2]).toMatchObject({ after: null, change: null, levelChange: null, direction: null });
    expect(c2.dimensions[2]!.subdimensions.map((s) => s.id)).toEqual(['g-one', 'g-two']);
  });
});

describe('incomparable', () => {
  it('accepts profiles of one model and refuses others with a message', () => {
    expect(incomparable(before, after)).toBeUndefined();
    const other = { ...after, questionnaire: { ...after.questionnaire, id: 'odg-scan', model: 'odg-model' } };
    expect(incomparable(before, other)).toBe(
      'cannot compare `tiny-scan` (model `tiny-scan`) with `odg-scan` (model `odg-model`): only questionnaires of the same model are comparable',
    );
  });
});

describe('directionOf', () => {
  it('ignores floating-point noise', () => {
    expect(directionOf(1e-12)).toBe('same');
    expect(directionOf(0.01)).toBe('up');
    expect(directionOf(-0.01)).toBe('down');
    expect(directionOf(null)).toBeNull();
  });
});

describe('differentOrganisations', () => {
  const named = (organisation: string | null) => ({ organisation });

  it('gives both names when both sides name an organisation and they differ', () => {
    expect(differentOrganisations(named('Gemeente Zuiderhaven'), named('Gemeente Noorderveen'))).toEqual({
      before: 'Gemeente Zuiderhaven',
      after: 'Gemeente Noorderveen',
    });
    expect(differentOrganisations(named('Zuiderhaven '), named('Gemeente Zuiderhaven'))).toEqual({
      before: 'Zuiderhaven',
      after: 'Gemeente Zuiderhaven',
    });
  });

  it('finds no difference in case and spacing, nor where a side names none', () => {
    expect(differentOrganisations(named('Gemeente  zuiderhaven '), named('Gemeente Zuiderhaven'))).toBeUndefined();
    expect(differentOrganisations(named(null), named('Gemeente Noorderveen'))).toBeUndefined();
    expect(differentOrganisations(named('Gemeente Zuiderhaven'), named(null))).toBeUndefined();
  });

  it('is part of the comparison, which is of both organisations (`A → B`), or of the one named', () => {
    const elsewhere = { ...after, organisation: 'Gemeente Elders' };
    const c = compareProfiles(before, elsewhere);
    expect(c.differentOrganisations).toEqual({ before: 'Gemeente Test', after: 'Gemeente Elders' });
    expect(comparedOrganisations(c)).toBe('Gemeente Test → Gemeente Elders');
    const same = compareProfiles(before, after);
    expect(same).not.toHaveProperty('differentOrganisations');
    expect(comparedOrganisations(same)).toBe('Gemeente Test');
    expect(
      comparedOrganisations(compareProfiles({ ...before, organisation: null }, { ...after, organisation: null })),
    ).toBeUndefined();
  });
});
