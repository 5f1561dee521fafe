/** `--format json` and `--format ndjson`: the profile as published in schemas/profile.schema.json. */
import type { Profile } from '../../scoring/types.js';

/** One profile as an object; several (or none) as an array. */
export function renderProfilesJson(profiles: readonly Profile[]): string {
  return JSON.stringify(profiles.length === 1 ? profiles[0] : profiles, null, 2) + '\n';
}

/** One line per profile, for streaming many. */
export function renderProfileNdjson(profile: Profile): string {
  return JSON.stringify(profile) + '\n';
}
