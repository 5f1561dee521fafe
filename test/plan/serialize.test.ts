import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mergePlan, type PlanAction, type PlanFile } from '../../src/plan/plan.js';
import { commentedActions, planLayout, serializePlan } from '../../src/plan/serialize.js';

const action = (id: string, over: Partial<PlanAction> = {}): PlanAction => ({
  id,
  unit: 'privacy',
  from: 1,
  to: 2,
  text: `Stap ${id}`,
  owner: null,
  due: null,
  status: 'open',
  note: null,
  ...over,
});

const plan = (actions: PlanAction[]): PlanFile => ({
  questionnaire: 'tiny-scan',
  organisation: 'Gemeente Plan',
  date: '2026-03-01',
  actions,
});

/** The plan file as a person left it: comments above actions, after an empty and a filled `note:`. */
const EDITED = [
  'questionnaire: tiny-scan',
  'organisation: Gemeente Plan',
  'date: "2026-03-01"',
  'actions: # de acties',
  '  # boven de eerste',
  '  - id: privacy-1',
  '    text: Stap privacy-1',
  '    owner:',
  '    # over de datum',
  '    due:',
  '    note:',
  '',
  '  # boven de tweede, op de hoogte van het streepje',
  '  - id: privacy-2',
  '    text: Stap privacy-2',
  '    note: x',
  '    # boven de derde, op de hoogte van de sleutels',
  '  - id: privacy-3',
  '    text: Stap privacy-3',
  '    note: # bij de notitie',
  '    # boven de vierde, na een notitie met opmerking',
  '  - id: privacy-4',
  '    text: Stap privacy-4',
  '    note:',
  '  # aan het eind van de lijst',
  '',
].join('\n');

/** Nothing filled in; one comment, about privacy-2, and one at the end of the list. */
const ONE_COMMENTED = [
  'questionnaire: tiny-scan',
  'actions:',
  ...['privacy-1', 'privacy-2', 'privacy-3'].flatMap((id) => [
    ...(id === 'privacy-2' ? ['  # wacht op de aanbesteding'] : []),
    `  - id: ${id}`,
    `    text: Stap ${id}`,
    '    note:',
  ]),
  '    # nog bespreken',
  '',
].join('\n');

describe('planLayout', () => {
  it('gives each comment on a line of its own to the action below it, whatever the line above holds', () => {
    expect([...commentedActions(planLayout(EDITED))].sort()).toEqual([
      'privacy-1',
      'privacy-2',
      'privacy-3',
      'privacy-4',
    ]);
    // Only privacy-2 has a comment, above it after privacy-1's empty note; the one at the end is no action's.
    expect([...commentedActions(planLayout(ONE_COMMENTED))]).toEqual(['privacy-2']);
  });

  it('written again, every comment stays where it was, also with the actions in another order', () => {
    const previous = ['privacy-1', 'privacy-2', 'privacy-3', 'privacy-4'].map((id) =>
      action(id, id === 'privacy-2' ? { note: 'x' } : {}),
    );
    const same = serializePlan(plan(previous), { previous: planLayout(EDITED) });
    const lines = same.split('\n');
    const above = (comment: string) => lines[lines.findIndex((l) => l.includes(comment)) + 1];
    expect(same).toContain('actions: # de acties\n  # boven de eerste\n  - id: privacy-1\n');
    expect(above('# over de datum')).toBe('    due:');
    expect(same).toContain('    note:\n\n  # boven de tweede, op de hoogte van het streepje\n  - id: privacy-2\n');
    expect(above('# boven de derde')).toBe('  - id: privacy-3');
    expect(same).toContain('    note: # bij de notitie\n');
    expect(above('# boven de vierde')).toBe('  - id: privacy-4');
    expect(same).toMatch(/ {4}note:\n {2}# aan het eind van de lijst\n$/);
    // Reversed: each comment goes along with its action.
    const reversed = serializePlan(plan([...previous].reverse()), { previous: planLayout(EDITED) }).split('\n');
    const idBelow = (comment: string) => reversed[reversed.findIndex((l) => l.includes(comment)) + 1];
    expect(idBelow('# boven de eerste')).toBe('  - id: privacy-1');
    expect(idBelow('# boven de derde')).toBe('  - id: privacy-3');
    expect(idBelow('# boven de vierde')).toBe('  - id: privacy-4');
    expect(parse(same)).toMatchObject({ actions: [{ id: 'privacy-1' }, {}, {}, { id: 'privacy-4' }] });
  });

  it('an action commented on that is no longer a step is kept, marked; the one above it is not', () => {
    const previous = ['privacy-1', 'privacy-2', 'privacy-3'].map((id) => action(id));
    const merged = mergePlan([], previous, commentedActions(planLayout(ONE_COMMENTED)));
    expect(merged.noLongerApply.map((a) => a.id)).toEqual(['privacy-2']);
    expect(merged.removed.map((a) => a.id)).toEqual(['privacy-1', 'privacy-3']);
  });
});

describe('the guide comment of a new plan', () => {
  it('stays above `actions` when a plan whose scan had no date is written again', () => {
    const undated = { ...plan([action('privacy-1')]), date: null };
    const guide = 'Vul per actie in: owner, due en status.\nVervallen acties tellen niet mee.';
    const first = serializePlan(undated, { guide });
    expect(first).toContain(
      'date:\n# Vul per actie in: owner, due en status.\n# Vervallen acties tellen niet mee.\nactions:\n',
    );
    // Written again (from its own layout, as `plan` does): the same lines in the same place.
    const again = serializePlan(undated, { guide, previous: planLayout(first) });
    expect(again).toBe(first);
  });
});
