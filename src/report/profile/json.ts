/** `--format json` and `--format ndjson`: the profile as published in schemas/profile.schema.json. */
import type { Profile } from '../../scoring/types.js';
import { safeJson } from '../../util/safe-text.js';

// JSON.stringify escapes the C0 controls (ESC too); safeJson the DEL, C1 and bidi controls it
// leaves raw. The values read back are the file's, unchanged.

/** One profile as an object; several (or none) as an array. */
export function renderProfilesJson(profiles: readonly Profile[]): string {
  return safeJson(JSON.stringify(profiles.length === 1 ? profiles[0] : profiles, null, 2)) + '\n';
}

/** One line per profile, for streaming many. */
export function renderProfileNdjson(profile: Profile): string {
  return safeJson(JSON.stringify(profile)) + '\n';
}
