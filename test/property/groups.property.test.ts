/**
 * Property of groups (README, "How scores are computed"): a unit with one group scores the same as
 * that group, whatever the answers and the rule (mean, min, gated). test/fixtures/scoring/groups-scan.yaml
 * with design's two groups made one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseAnswers } from '../../src/answers/types.js';
import type { Questionnaire } from '../../src/questionnaire/types.js';
import { score } from '../../src/scoring/score.js';
import { GROUPS_SCAN_LEVELS, loadQuestionnaire } from '../scoring/load.js';

const base = loadQuestionnaire('scoring', 'groups-scan.yaml');
const oneGroup = (rule: 'mean' | 'min' | 'gated'): Questionnaire => ({
  ...base,
  dimensions: base.dimensions.map((d) =>
    d.id === 'design' ? { ...d, groups: [{ id: 'design-all', name: 'All' }] } : d,
  ),
  questions: base.questions.map((x) => ({
    ...x,
    ...(x.dimension === 'design' ? { group: 'design-all' } : {}),
    level: GROUPS_SCAN_LEVELS[x.id],
  })),
  scoring: { method: 'mean', rollup: { questions: rule } },
});
const answer = fc.option(fc.constantFrom(0, 1, 2, 3, 'unknown' as const, 'not-applicable' as const), {
  nil: undefined,
});

describe('groups: properties', () => {
  it('a unit with one group scores the same as that group', () => {
    fc.assert(
      fc.property(fc.constantFrom('mean', 'min', 'gated'), fc.tuple(answer, answer, answer), (rule, values) => {
        const given = Object.fromEntries(
          ['d1', 'd2', 'd3'].flatMap((id, i) => (values[i] !== undefined ? [[id, values[i]]] : [])),
        );
        const set = normaliseAnswers({ questionnaire: 'groups-scan', answers: given }, 'a.yaml');
        const design = score(oneGroup(rule), [set]).dimensions.find((d) => d.id === 'design')!;
        const { score: s, level, levelId, coverage } = design;
        expect(design.groups).toEqual([{ id: 'design-all', name: 'All', score: s, level, levelId, coverage }]);
      }),
    );
  });
});
