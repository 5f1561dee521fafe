import { NOT_RESOLVED, timestampTag } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { serializeAnswers } from '../../src/answers/serialize.js';
import { serializePlan } from '../../src/plan/serialize.js';
import { mayReadAsYaml11NonText, mayReadAsYaml11Timestamp } from '../../src/util/yaml11-plain.js';
import { canRunPyYaml, readWithPyYaml } from '../helpers/pyyaml.js';

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

/** Texts a person may type that a YAML 1.1 reader, written plain, takes for something else; and near misses. */
const TYPED = [
  ...['yes', 'Yes', 'YES', 'no', 'No', 'NO', 'on', 'On', 'off', 'OFF', 'y', 'n', 'Y', 'N', 'true', 'False'],
  ...['1_000', '0b101', '0x1F', '010', '0o10', '1:20', '190:20:30', '-1_5', '+12', '0', '3'],
  ...['1.5', '1_0.5', '.5', '1.', '1e3', '1.0e+3', '.inf', '-.Inf', '.nan', '1:20.5'],
  ...['~', 'null', 'Null', 'NULL', '2026-11-28', '2026-1-5 9:00:00', '=', '<<'],
  ...['yess', 'ja', 'nee', 'On hold', '1.1.0', '1-3-2026', '1_000 euro', '0b2', 'Inf', 'nan', 'NUL', '12:60'],
];

describe('mayReadAsYaml11NonText', () => {
  it('holds timestamps, booleans, YAML 1.1 numbers and null, and leaves ordinary text alone', () => {
    for (const text of ['yes', 'off', 'Y', '1_000', '0b101', '1:20', '010', '~', 'NULL', '.Inf', '2026-11-28'])
      expect(mayReadAsYaml11NonText(text), text).toBe(true);
    for (const text of ['yess', 'ja', 'On hold', '1.1.0', '1-3-2026', '1_000 euro', 'Gemeente 2026', '12:60'])
      expect(mayReadAsYaml11NonText(text), text).toBe(false);
  });

  describe.skipIf(!canRunPyYaml)('against PyYAML (python3-yaml)', () => {
    it('holds every text PyYAML reads, written plain, as something other than that text', () => {
      const read = readWithPyYaml(TYPED.map((t) => `v: ${t}\n`)) as { v: unknown }[];
      const missed = TYPED.filter((t, i) => read[i]!.v !== t && !mayReadAsYaml11NonText(t));
      expect(missed).toEqual([]);
      // The samples do hold such texts, and texts PyYAML keeps as they are.
      expect(read.filter((r, i) => r.v !== TYPED[i]).length).toBeGreaterThan(30);
      expect(read.filter((r, i) => r.v === TYPED[i]).length).toBeGreaterThan(5);
    });

    it('answer files and plans datascan writes read back in PyYAML with every text as written', () => {
      const answers = readWithPyYaml(
        TYPED.map((text) =>
          serializeAnswers({
            questionnaire: 'q',
            organisation: text,
            respondent: { name: text, role: text },
            answers: { [`q-1`]: { value: 2, note: text } },
          }),
        ),
      ) as { organisation: unknown; respondent: { name: unknown }; answers: { 'q-1': { note: unknown } } }[];
      answers.forEach((file, i) => {
        expect(file.organisation, TYPED[i]).toBe(TYPED[i]);
        expect(file.respondent.name, TYPED[i]).toBe(TYPED[i]);
        expect(file.answers['q-1'].note, TYPED[i]).toBe(TYPED[i]);
      });
      const plans = readWithPyYaml(
        TYPED.map((text) =>
          serializePlan({
            questionnaire: 'q',
            organisation: text,
            date: null,
            actions: [
              { id: 'a-1', unit: 'a', from: 1, to: 2, text, owner: text, due: null, status: 'open', note: text },
            ],
          }),
        ),
      ) as { organisation: unknown; actions: { text: unknown; owner: unknown; note: unknown }[] }[];
      plans.forEach((plan, i) => {
        expect(plan.organisation, TYPED[i]).toBe(TYPED[i]);
        expect(plan.actions[0], TYPED[i]).toMatchObject({ text: TYPED[i], owner: TYPED[i], note: TYPED[i] });
      });
    });
  });
});
