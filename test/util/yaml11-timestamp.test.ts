import { NOT_RESOLVED, timestampTag } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { mayReadAsYaml11Timestamp } from '../../src/util/yaml11-timestamp.js';

const readsAsTimestamp = (text: string) => timestampTag.resolve(text, false, '') !== NOT_RESOLVED;

/** Texts around the timestamp shapes: dates, times, zones, and near misses. */
function samples(): string[] {
  const dates = ['2026-11-28', '2026-1-5', '2026-02-30', '2026-13-01', '0000-00-00', '26-11-28', '2026-11', '20261128'];
  const times = ['', 'T10:00:00', 't1:02:03', ' 10:00:00', '\t\t9:00:00.5', 'T24:00:00', ' 10:00', 'T10:00:00.'];
  const zones = ['', 'Z', ' Z', '+01:00', '-5', ' +01', '+1:00', '+01:0', 'z', ' +24:00'];
  const found: string[] = [];
  for (const d of dates) for (const t of times) for (const z of zones) found.push(d + t + z);
  return [...found, '2026-11-28 ', ' 2026-11-28', '2026-11-28x', 'Gemeente 2026-11-28', '２０２６-11-28'];
}

describe('mayReadAsYaml11Timestamp', () => {
  it('holds every text js-yaml reads as a YAML 1.1 timestamp', () => {
    const missed = samples().filter((text) => readsAsTimestamp(text) && !mayReadAsYaml11Timestamp(text));
    expect(missed).toEqual([]);
    expect(samples().filter(readsAsTimestamp).length).toBeGreaterThan(50);
  });

  it('holds no text outside the timestamp shapes', () => {
    for (const text of ['2026-11', '20261128', ' 2026-11-28', '2026-11-28x', 'Gemeente 2026-11-28', '2026-11-28 10:00'])
      expect(mayReadAsYaml11Timestamp(text), text).toBe(false);
    // A date that does not exist has the shape still: quoted, which is harmless.
    expect(mayReadAsYaml11Timestamp('2026-02-30')).toBe(true);
  });
});
