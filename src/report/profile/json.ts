/** `--format json` and `--format ndjson`: the profile as published in schemas/profile.schema.json. */
import type { Profile } from '../../scoring/types.js';
import { safeJson } from '../../util/safe-text.js';

// JSON.stringify escapes the C0 controls (ESC too); safeJson the DEL, C1 and bidi controls it
// leaves raw. The values read back are the file's, unchanged.

/**
 * What `--format json` prints: `object` for at most one profile (nothing for none), `array` for
 * any number. Decided by what was asked for (one answer file, or a folder), so that the shape
 * does not change with how many files failed; without it, one profile is an object.
 */
export type JsonShape = 'object' | 'array';

/** One profile as an object and several (or none) as an array, unless the shape is given. */
export function renderProfilesJson(profiles: readonly Profile[], shape?: JsonShape): string {
  if (shape === 'object' && profiles.length > 1) throw new Error('renderProfilesJson: several profiles for one object');
  if (shape === 'object' && profiles.length === 0) return '';
  const asObject = shape === 'object' || (shape === undefined && profiles.length === 1);
  return safeJson(JSON.stringify(asObject ? profiles[0] : profiles, null, 2)) + '\n';
}

/** One line per profile, for streaming many. */
export function renderProfileNdjson(profile: Profile): string {
  return safeJson(JSON.stringify(profile)) + '\n';
}
