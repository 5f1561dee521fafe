import { describe, expect, it } from 'vitest';
import {
  isNumberedAction,
  mergePlan,
  planCounts,
  planMismatch,
  statusOf,
  type PlanAction,
} from '../../src/plan/plan.js';

const action = (over: Partial<PlanAction> & Pick<PlanAction, 'id' | 'unit' | 'text'>): PlanAction => ({
  from: 1,
  to: 2,
  owner: null,
  due: null,
  status: 'open',
  note: null,
  ...over,
});

describe('mergePlan', () => {
  it('numbers the actions of a new plan per unit, in the order of the steps', () => {
    const { actions, added } = mergePlan([
      { unit: 'privacy', from: 1, to: 3, text: 'Stap A' },
      { unit: 'privacy', from: 1, to: 3, text: 'Stap B' },
      { unit: 'beleid', from: 2, to: 3, text: 'Stap C' },
    ]);
    expect(actions.map((a) => a.id)).toEqual(['privacy-1', 'privacy-2', 'beleid-1']);
    expect(added).toHaveLength(3);
    expect(actions[0]).toMatchObject({ owner: null, due: null, status: 'open', note: null, from: 1, to: 3 });
  });

  it('keeps the id and what was filled in of a step that still applies (by unit and text), with the new levels', () => {
    const previous = [
      action({ id: 'privacy-7', unit: 'privacy', text: 'Stap  A ', owner: 'Jan', due: '2026-06-30', status: 'bezig' }),
    ];
    const { actions, kept } = mergePlan([{ unit: 'privacy', from: 2, to: 3, text: 'Stap A' }], previous);
    expect(kept).toHaveLength(1);
    expect(actions[0]).toMatchObject({ id: 'privacy-7', owner: 'Jan', due: '2026-06-30', status: 'bezig', from: 2 });
  });

  it('the same text under another unit is another action', () => {
    const { kept, added, removed } = mergePlan(
      [{ unit: 'beleid', from: 1, to: 2, text: 'Stap A' }],
      [action({ id: 'privacy-1', unit: 'privacy', text: 'Stap A' })],
    );
    expect([kept.length, added.length, removed.map((a) => a.id)]).toEqual([0, 1, ['privacy-1']]);
  });

  it('keeps, marked, an action no longer a step that was filled in or commented; leaves out one nobody touched', () => {
    const previous = [
      action({ id: 'privacy-1', unit: 'privacy', text: 'Klaar', status: 'done' }),
      action({ id: 'privacy-2', unit: 'privacy', text: 'Met opmerking' }),
      action({ id: 'privacy-3', unit: 'privacy', text: 'Onaangeroerd' }),
      action({ id: 'privacy-4', unit: 'privacy', text: 'Blijft' }),
    ];
    const merged = mergePlan(
      [
        { unit: 'privacy', from: 2, to: 3, text: 'Blijft' },
        { unit: 'privacy', from: 2, to: 3, text: 'Nieuw' },
      ],
      previous,
      new Set(['privacy-2']),
    );
    expect(merged.actions.map((a) => [a.id, a.applies])).toEqual([
      ['privacy-4', undefined],
      // Numbered on past every id the earlier plan had, the one left out too: no id means two things.
      ['privacy-5', undefined],
      ['privacy-1', false],
      ['privacy-2', false],
    ]);
    expect(merged.removed.map((a) => a.id)).toEqual(['privacy-3']);
  });

  it('keeps an action added by hand as it is, neither as a step that no longer applies nor left out', () => {
    const own = action({ id: 'privacy-eigen', unit: 'privacy', text: 'Onze eigen actie' });
    const merged = mergePlan([{ unit: 'privacy', from: 1, to: 2, text: 'Stap A' }], [own]);
    expect(merged.ownActions).toEqual([own]);
    expect([merged.noLongerApply, merged.removed]).toEqual([[], []]);
    // After the steps, without `applies: false`; numbering is unaffected.
    expect(merged.actions.map((a) => [a.id, a.applies])).toEqual([
      ['privacy-1', undefined],
      ['privacy-eigen', undefined],
    ]);
    // Of another unit's form, or with no number, an id is a person's too.
    expect(isNumberedAction({ id: 'beleid-2', unit: 'privacy' })).toBe(false);
    expect(isNumberedAction({ id: 'privacy-2b', unit: 'privacy' })).toBe(false);
    expect(isNumberedAction({ id: 'privacy-12', unit: 'privacy' })).toBe(true);
  });

  it('keeps an action whose text a person changed as the action of its step, once; a new step is still added', () => {
    const steps = [
      { unit: 'privacy', from: 1, to: 2, text: 'Stap A' },
      { unit: 'privacy', from: 1, to: 2, text: 'Stap B' },
      { unit: 'beleid', from: 2, to: 3, text: 'Stap C' },
    ];
    const previous = [
      action({ id: 'privacy-1', unit: 'privacy', text: 'Stap A' }),
      action({ id: 'privacy-2', unit: 'privacy', text: 'Stap B, met de CIO', status: 'bezig', owner: 'Els' }),
      // beleid was at another level: its step is new, though an action of beleid has no step.
      action({ id: 'beleid-1', unit: 'beleid', text: 'Stap X', status: 'gereed' }),
    ];
    const merged = mergePlan(steps, previous);
    expect(merged.actions.map((a) => [a.id, a.text, a.status, a.applies])).toEqual([
      ['privacy-1', 'Stap A', 'open', undefined],
      ['privacy-2', 'Stap B, met de CIO', 'bezig', undefined],
      ['beleid-2', 'Stap C', 'open', undefined],
      ['beleid-1', 'Stap X', 'gereed', false],
    ]);
    expect([merged.kept.length, merged.added.length]).toEqual([2, 1]);
    // Two steps without an action of their text, one action without a step: which one it was is not guessed.
    const two = mergePlan([...steps.slice(0, 2), { unit: 'privacy', from: 1, to: 2, text: 'Stap D' }], previous);
    expect(two.added.map((a) => a.text)).toEqual(['Stap B', 'Stap D']);
    expect(two.noLongerApply.map((a) => a.id)).toEqual(['privacy-2', 'beleid-1']);
  });

  it('a step back again drops the mark', () => {
    const { actions } = mergePlan(
      [{ unit: 'privacy', from: 1, to: 2, text: 'Terug' }],
      [action({ id: 'privacy-1', unit: 'privacy', text: 'Terug', applies: false, owner: 'Els' })],
    );
    expect(actions[0]).not.toHaveProperty('applies');
    expect(actions[0]!.owner).toBe('Els');
  });
});

describe('planCounts', () => {
  it('counts per unit all actions but the dropped ones, and those done (in either language)', () => {
    const counts = planCounts([
      action({ id: 'p-1', unit: 'p', text: 'a', status: 'done' }),
      action({ id: 'p-2', unit: 'p', text: 'b', status: 'gereed' }),
      action({ id: 'p-3', unit: 'p', text: 'c', status: 'bezig' }),
      action({ id: 'p-4', unit: 'p', text: 'd', status: 'vervallen' }),
      action({ id: 'q-1', unit: 'q', text: 'e', status: 'dropped' }),
    ]);
    expect(Object.fromEntries(counts)).toEqual({ p: { actions: 3, done: 2 } });
  });

  it('reads the Dutch statuses as the stored ones', () => {
    expect(['open', 'bezig', 'gereed', 'vervallen'].map((w) => statusOf(w as never))).toEqual([
      'open',
      'in-progress',
      'done',
      'dropped',
    ]);
  });
});

describe('planMismatch', () => {
  const profile = { questionnaire: { id: 'odg-scan' }, organisation: 'Gemeente X' } as never;
  it('accepts the same questionnaire and organisation, whatever the case and spacing', () => {
    expect(planMismatch({ questionnaire: 'odg-scan', organisation: ' gemeente  x' }, [profile])).toBeUndefined();
  });
  it('names another questionnaire or organisation', () => {
    expect(planMismatch({ questionnaire: 'odg-quickscan', organisation: null }, [profile])?.kind).toBe('questionnaire');
    expect(planMismatch({ questionnaire: 'odg-scan', organisation: 'Gemeente Y' }, [profile])).toEqual({
      kind: 'organisation',
      plan: 'Gemeente Y',
      profile: 'Gemeente X',
    });
  });
});
