import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAnswerSets, MixedQuestionnairesError, scoreInputs, type ScoreEvent } from '../../src/node/score-inputs.js';
import type { ScoreOptions } from '../../src/scoring/types.js';
import { fixtureWorkspace } from '../helpers/workspace.js';
import { tinyScan } from '../scoring/load.js';

const A = 'test/fixtures/answers/tiny/a.yaml';
const GROUP = ['elders', 'r1', 'r2', 'r3'].map((n) => `test/fixtures/answers/tiny/group/${n}.yaml`);
const BAD = 'test/fixtures/answers/bad/invalid-value.yaml';
const OLD = 'test/fixtures/answers/version-mismatch.yaml';

async function events(
  files: string[],
  mode: 'each' | 'aggregate' | 'group-by-organisation',
  strict = false,
  scoring: ScoreOptions = {},
) {
  const out: ScoreEvent[] = [];
  for await (const e of scoreInputs(files, fixtureWorkspace(), { mode, strict, scoring: () => scoring })) out.push(e);
  return out;
}

const shape = (e: ScoreEvent) =>
  e.type === 'profile' ? `profile ${e.profile.respondents}` : e.type === 'file' ? `file ${e.bad}` : 'done';

describe('scoreInputs', () => {
  it('each: per file its findings, then its profiles, then done', async () => {
    const found = await events([A, BAD], 'each');
    expect(found.map(shape)).toEqual(['file false', 'profile 1', 'done', 'file true', 'done']);
    const bad = found[3];
    expect(bad?.type === 'file' && bad.diagnostics.map((d) => d.rule)).toEqual(['invalid-answer']);
  });

  it('aggregate: one profile of every good set, after all files', async () => {
    const found = await events([A, ...GROUP], 'aggregate');
    expect(found.map(shape).slice(-1)).toEqual(['profile 5']);
    expect(found.filter((e) => e.type === 'profile')).toHaveLength(1);
  });

  it('aggregate: says which organisations the sets name when they are several, before the profile that names none', async () => {
    const found = await events(GROUP, 'aggregate');
    const mixed = found.findIndex((e) => e.type === 'mixed-organisations');
    expect(found[mixed]).toEqual({ type: 'mixed-organisations', names: ['Gemeente Elders', 'Gemeente Test'] });
    const profile = found[mixed + 1];
    expect(profile?.type === 'profile' && profile.profile.organisation).toBeNull();
    // Sets of one organisation, however spelled, are no mix.
    const one = await events(GROUP.slice(1), 'aggregate');
    expect(one.some((e) => e.type === 'mixed-organisations')).toBe(false);
  });

  it('aggregate with an organisation given: the profile names it, and the mix is not reported', async () => {
    const found = await events(GROUP, 'aggregate', false, { organisation: 'Gemeente Zuiderhaven' });
    expect(found.some((e) => e.type === 'mixed-organisations')).toBe(false);
    const profiles = found.flatMap((e) => (e.type === 'profile' ? [e.profile] : []));
    expect(profiles.map((p) => p.organisation)).toEqual(['Gemeente Zuiderhaven']);
  });

  it('group by organisation: one profile per organisation, spelled alike or not', async () => {
    const found = await events(GROUP, 'group-by-organisation');
    const profiles = found.flatMap((e) => (e.type === 'profile' ? [e.profile] : []));
    expect(profiles.map((p) => [p.organisation, p.respondents])).toEqual([
      ['Gemeente Elders', 1],
      ['Gemeente Test', 3],
    ]);
  });

  it('strict: a warning makes a file bad and leaves its answers out', async () => {
    expect((await events([OLD], 'each')).map(shape)).toEqual(['file false', 'profile 1', 'done']);
    expect((await events([OLD], 'each', true)).map(shape)).toEqual(['file true', 'done']);
  });

  it('aggregate refuses answers to two questionnaires with a typed error', async () => {
    const other = 'examples/gemeente-voorbeeld/quickscan-2025.yaml';
    await expect(events([A, other], 'aggregate')).rejects.toBeInstanceOf(MixedQuestionnairesError);
    await expect(events([A, other], 'aggregate')).rejects.toMatchObject({ ids: ['tiny-scan', 'odg-quickscan'] });
  });
});

describe('loadAnswerSets', () => {
  it('collects the sets, their questionnaires and every finding of a group of files', async () => {
    const loaded = await loadAnswerSets([A, BAD], fixtureWorkspace());
    expect(loaded.sets).toHaveLength(1);
    expect([...loaded.questionnaires.keys()]).toEqual(['tiny-scan']);
    expect(loaded.diagnostics.map((d) => d.rule)).toEqual(['invalid-answer']);
    expect(loaded.bad).toBe(true);
  });

  it('strict: a file with a warning is bad and its answers are left out, as scoreInputs does', async () => {
    expect((await loadAnswerSets([OLD], fixtureWorkspace())).sets).toHaveLength(1);
    const strict = await loadAnswerSets([OLD], fixtureWorkspace(), { strict: true });
    expect(strict.bad).toBe(true);
    expect(strict.sets).toHaveLength(0);
  });

  it('a consensus file among a side’s files is a warning (counting the room twice); strict makes the side bad', async () => {
    const room = fs.readdirSync('test/fixtures/consensus/room').map((n) => `test/fixtures/consensus/room/${n}`);
    const consensus = 'test/fixtures/consensus/agreed/consensus.yaml';
    const side = await loadAnswerSets([...room, consensus], fixtureWorkspace());
    expect(side.diagnostics.map((d) => [d.file, d.rule, d.severity])).toEqual([
      [consensus, 'consensus-in-group', 'warning'],
    ]);
    expect(side.sets).toHaveLength(7);
    expect(side.bad).toBe(false);
    const strict = await loadAnswerSets([...room, consensus], fixtureWorkspace(), { strict: true });
    expect(strict.bad).toBe(true);
    expect(strict.diagnostics.map((d) => d.severity)).toEqual(['error']);
    // Alone it is no group: nothing to say.
    expect((await loadAnswerSets([consensus], fixtureWorkspace())).diagnostics).toEqual([]);
  });
});

describe('answer sets left out for their errors (profile.skipped)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-skipped-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const csv = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };
  // Row 3 (Noord) and row 5 (no organisation) have a bad cell; row 6 names Zuid.
  const ROWS = csv('rows.csv', 'organisation,a1-1\nNoord,1\nNoord,9\nZuid,2\n,drie\nZuid,weet niet\n');
  const q = tinyScan();

  async function profiles(files: string[], mode: 'each' | 'aggregate' | 'group-by-organisation', strict = false) {
    const out: ScoreEvent[] = [];
    for await (const e of scoreInputs(files, fixtureWorkspace(), {
      mode,
      strict,
      csvQuestionnaire: q,
      scoring: () => ({}),
    }))
      out.push(e);
    return out;
  }
  const scored = (events: ScoreEvent[]) =>
    events.flatMap((e) =>
      e.type === 'profile' ? [[e.profile.organisation, e.profile.respondents, e.profile.skipped]] : [],
    );

  it('aggregate: counts the bad rows of a CSV file and a bad answer file as one each', async () => {
    const events = await profiles([ROWS, A, BAD], 'aggregate');
    expect(scored(events)).toEqual([[null, 4, 3]]);
  });

  it('aggregate: no skipped when every set is good', async () => {
    const events = await profiles([A, ...GROUP], 'aggregate');
    const [profile] = events.flatMap((e) => (e.type === 'profile' ? [e.profile] : []));
    expect(profile).toBeDefined();
    expect('skipped' in profile!).toBe(false);
  });

  it("group by organisation: a bad row counts in its organisation's group, one without organisation in none", async () => {
    const events = await profiles([ROWS], 'group-by-organisation');
    expect(scored(events)).toEqual([
      ['Noord', 1, 1],
      ['Zuid', 2, undefined],
    ]);
  });

  it('each: every file event says how many of its sets are left out', async () => {
    const events = await profiles([ROWS, BAD, A], 'each');
    expect(events.flatMap((e) => (e.type === 'file' ? [e.skipped] : []))).toEqual([2, 1, 0]);
  });

  it('strict: a file left out for a warning counts every set of it', async () => {
    const events = await profiles([A, OLD], 'aggregate', true);
    expect(scored(events)).toEqual([['Gemeente Test', 1, 1]]);
  });

  it('loadAnswerSets counts them too', async () => {
    expect((await loadAnswerSets([ROWS, BAD], fixtureWorkspace(), { csvQuestionnaire: q })).skipped).toBe(3);
    expect((await loadAnswerSets([A], fixtureWorkspace())).skipped).toBe(0);
  });
});
