/** Loads a hand-made profile fixture (test/fixtures/profiles/<name>.json) as a fresh object. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Profile } from '../../../src/scoring/types.js';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/profiles');

export type ProfileFixture = 'group-of-5' | 'single-respondent' | 'null-scores';

export function loadProfile(name: ProfileFixture): Profile {
  return JSON.parse(readFileSync(path.join(DIR, `${name}.json`), 'utf8')) as Profile;
}

export function profileFixturePath(name: ProfileFixture): string {
  return path.join(DIR, `${name}.json`);
}
