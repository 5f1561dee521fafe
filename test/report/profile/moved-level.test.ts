/** `compare --plan` says beside a unit's actions how its level changed, and that it stayed where it did not. */
import { describe, expect, it } from 'vitest';
import { labelsFor } from '../../../src/report/profile/labels.js';

const nl = labelsFor('nl', { singular: 'fase', plural: 'fasen' });
const en = labelsFor('en', { singular: 'phase', plural: 'phases' });

describe('movedLevel', () => {
  it('says a change of level from one phase to the other', () => {
    expect(nl.movedLevel('Privacy', 2, 3)).toBe('Privacy van fase 2 naar 3');
    expect(en.movedLevel('Privacy', 0, 1)).toBe('Privacy from below phase 1 to 1');
  });

  it('says that a unit stays at its level, not "from phase 2 to 2"', () => {
    expect(nl.movedLevel('Privacy', 2, 2)).toBe('Privacy blijft in fase 2');
    expect(en.movedLevel('Privacy', 2, 2)).toBe('Privacy stays at phase 2');
    expect(nl.movedLevel('Ethiek', 0, 0)).toBe('Ethiek blijft onder fase 1');
    expect(en.movedLevel('Ethics', 0, 0)).toBe('Ethics stays below phase 1');
  });
});
