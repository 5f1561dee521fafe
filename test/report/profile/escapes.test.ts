/**
 * The renderers as a library calls them: every text format of a profile and of a comparison shows
 * texts with control and bidi characters as safe text, with --explain too, and leaves the profile
 * itself as it was. (The CLI over files: test/e2e/escapes.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { COMPARISON_FORMATS, PROFILE_FORMATS, renderComparison, renderProfiles } from '../../../src/report/render.js';
import type { Profile } from '../../../src/scoring/types.js';
import { unsafeCharacters } from '../../helpers/unsafe.js';
import { groupProfile, single } from './fixtures.js';

/** A window title, a screen clear, a fake colour, an 8-bit CSI and a bidi override after a text. */
const hostile = (text: string) => `${text} \u001b]0;pwned\u0007\u001b[2J\u001b[31m\u009b2J\u202e`;
const SAFE = ' \\u{1b}]0;pwned\\u{7}\\u{1b}[2J\\u{1b}[31m\\u{9b}2J\\u{202e}';

function hostileProfile(profile: Profile): Profile {
  const dimension = profile.dimensions[0]!;
  return {
    ...profile,
    organisation: hostile('Gemeente'),
    questionnaire: { ...profile.questionnaire, title: hostile('Scan') },
    sources: [hostile('a.yaml')],
    levels: profile.levels.map((l) => ({ ...l, name: hostile(l.name) })),
    levelTerm: { singular: hostile('fase'), plural: hostile('fasen') },
    dimensions: [
      {
        ...dimension,
        name: hostile(dimension.name),
        subdimensions: dimension.subdimensions.map((s) => ({ ...s, name: hostile(s.name) })),
      },
      ...profile.dimensions.slice(1),
    ],
    nextSteps: profile.nextSteps.map((g) => ({ ...g, steps: g.steps.map(hostile) })),
  };
}

describe('every text format of a profile shows texts from files as safe text', () => {
  const profiles = [hostileProfile(single({ explain: true })), hostileProfile(groupProfile({ explain: true }))];
  const before = JSON.stringify(profiles);

  it.each(PROFILE_FORMATS)('%s', (format) => {
    const text = renderProfiles(profiles, format);
    expect(unsafeCharacters(text)).toEqual([]);
    if (format === 'json') expect(JSON.parse(text)).toEqual(JSON.parse(before));
    expect(JSON.stringify(profiles)).toBe(before);
  });

  it('the table names them as visible escapes', () => {
    const table = renderProfiles(profiles, 'table');
    expect(table.split('\n')[0]).toBe(`Gemeente${SAFE} · Respondent 1`);
    expect(table).toContain(`Scan${SAFE}`);
  });

  it("the table's title stays one line: a line feed in a respondent's name or role is shown, not kept", () => {
    const named: Profile = {
      ...single({}),
      respondentList: [{ name: 'R\nTotaal: 4,00', role: 'rol\tx', source: 'a.yaml' }],
    };
    const title = renderProfiles([named], 'table').split('\n')[0];
    expect(title).toMatch(/ · R\\u\{a\}Totaal: 4,00 \(rol\\u\{9\}x\)$/);
  });

  it("the comparison's title stays one line too", () => {
    const named: Profile = { ...single({}), organisation: 'Gemeente\nTotaal: 4,00' };
    expect(renderComparison(named, named, 'table').split('\n')[0]).toBe('Comparison: Gemeente\\u{a}Totaal: 4,00');
  });

  it.each(COMPARISON_FORMATS)('comparison: %s', (format) => {
    const text = renderComparison(profiles[1]!, profiles[1]!, format);
    expect(unsafeCharacters(text)).toEqual([]);
  });
});
