import { describe, expect, it } from 'vitest';
import { validateAgainst } from '../../../src/schema/validators.js';
import { loadProfile, type ProfileFixture } from './profiles.js';

describe('profile fixtures', () => {
  it.each<ProfileFixture>(['group-of-5', 'single-respondent', 'null-scores'])(
    '%s matches the published profile schema',
    (name) => {
      expect(validateAgainst('profile', loadProfile(name))).toEqual([]);
    },
  );
});
