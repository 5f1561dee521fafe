/** Profiles of the tiny-scan fixture for renderer tests: scored, never written by hand. */
import { score } from '../../../src/scoring/score.js';
import type { Profile, ScoreOptions } from '../../../src/scoring/types.js';
import { answers, tinyScan } from '../../scoring/load.js';

export const q = tinyScan();

export const A = answers(
  'a.yaml',
  { 'a1-1': 2, 'a1-2': 3, 'a2-1': 3, 'a2-2': 'unknown', 'b-1': 2, 'b-2': 3, 'g1-1': 'not-applicable', 'g2-1': 2 },
  { organisation: 'Gemeente Test', date: '2026-11-28' },
);
export const group = [
  answers(
    'r1.yaml',
    { 'a1-1': 1, 'a1-2': 2, 'a2-1': 2, 'a2-2': 2, 'b-1': 3, 'b-2': 3, 'g1-1': 2, 'g2-1': 2 },
    { organisation: 'Gemeente Test' },
  ),
  answers(
    'r2.yaml',
    { 'a1-1': 3, 'a1-2': 4, 'a2-1': 3, 'a2-2': 'unknown', 'b-1': 3, 'b-2': 3, 'g1-1': 'unknown', 'g2-1': 2 },
    { organisation: 'Gemeente Test' },
  ),
  answers(
    'r3.yaml',
    { 'a1-1': 2, 'a1-2': 'not-applicable', 'a2-1': 4, 'a2-2': 3, 'b-2': 2, 'g1-1': 1 },
    { organisation: 'Gemeente Test' },
  ),
];

/** Two of the eight questions answered: alpha (1 of its 4) and the overall level (2 of 8) are uncertain; a-one and
 *  beta (1 of 2) are not, a-two and gamma have no score. */
export const sparse = (options: ScoreOptions = {}): Profile =>
  score(q, [answers('piet.yaml', { 'a1-1': 2, 'b-1': 3 }, { organisation: 'Gemeente Test' })], options);

export function single(options: ScoreOptions = {}): Profile {
  return score(q, [A], options);
}

export function groupProfile(options: ScoreOptions = {}): Profile {
  return score(q, group, options);
}

// eslint-disable-next-line no-control-regex
export const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');
