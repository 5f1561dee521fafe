import { describe, expect, it } from 'vitest';
import { groupByOrganisation, organisationKey, organisationsNamed } from '../../src/scoring/group.js';

const set = (source: string, questionnaire: string, organisation?: string) => ({
  source,
  questionnaire,
  ...(organisation !== undefined ? { organisation } : {}),
});

describe('groupByOrganisation', () => {
  it('groups by questionnaire and organisation (case and spacing ignored), in order of first appearance', () => {
    const groups = groupByOrganisation([
      set('a', 'scan', 'Gemeente Test'),
      set('b', 'scan', 'Elders'),
      set('c', 'scan', ' gemeente  test '),
      set('d', 'quickscan', 'Gemeente Test'),
    ]);
    expect(groups.map((g) => g.map((s) => s.source))).toEqual([['a', 'c'], ['b'], ['d']]);
  });

  it('keeps sets without an organisation on their own', () => {
    expect(
      groupByOrganisation([set('a', 'scan'), set('b', 'scan', ''), set('c', 'scan')]).map((g) => g.length),
    ).toEqual([1, 1, 1]);
  });

  it('matches questionnaires by the id given, not the reference in the file', () => {
    const ids: Record<string, string> = { 'x.yaml': 'scan', scan: 'scan' };
    const groups = groupByOrganisation([set('a', 'x.yaml', 'G'), set('b', 'scan', 'G')], (s) => ids[s.questionnaire]!);
    expect(groups).toHaveLength(1);
  });
});

describe('organisationKey', () => {
  it('ignores case and runs of spaces', () => {
    expect(organisationKey('  Gemeente   Voorbeeld ')).toBe('gemeente voorbeeld');
  });
});

describe('organisationsNamed', () => {
  it('gives each organisation once, as first spelled and trimmed, in order; sets naming none add nothing', () => {
    const sets = [
      set('a', 'scan', 'Zuiderhaven '),
      set('b', 'scan'),
      set('c', 'scan', 'Gemeente Zuiderhaven'),
      set('d', 'scan', ' zuiderhaven'),
      set('e', 'scan', ''),
    ];
    expect(organisationsNamed(sets)).toEqual(['Zuiderhaven', 'Gemeente Zuiderhaven']);
    expect(organisationsNamed([set('a', 'scan', 'G'), set('b', 'scan', ' g ')])).toEqual(['G']);
    expect(organisationsNamed([set('a', 'scan')])).toEqual([]);
  });
});
