/** Carrying answers over between questionnaire versions along `migrations` (the pure part). */
import { describe, expect, it } from 'vitest';
import {
  changedQuestions,
  droppedIn,
  migrateAnswerSet,
  migrateAnswerSetTo,
  migrationTargets,
  migratedId,
  migrationPath,
  newQuestions,
} from '../../src/answers/migrate.js';
import type { AnswerSet } from '../../src/answers/types.js';
import type { MigrationStep, Questionnaire } from '../../src/questionnaire/types.js';

function questionnaire(version: string, ids: string[], migrations?: MigrationStep[]): Questionnaire {
  return {
    id: 'q',
    version,
    title: 'Q',
    languages: ['en'],
    modelId: 'q',
    modelVersion: version,
    levels: [],
    scales: [],
    dimensions: [],
    questions: ids.map((id) => ({ id, text: id, scale: 's', subdimension: 'u' })),
    scoring: { method: 'mean' },
    ...(migrations !== undefined ? { migrations } : {}),
  };
}

function answers(version: string | undefined, values: Record<string, number | 'unknown'>): AnswerSet {
  return {
    source: 'a.yaml',
    questionnaire: 'q',
    ...(version !== undefined ? { version } : {}),
    organisation: 'Org',
    targets: { u: 3 },
    answers: Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value }])),
  };
}

// 1.0.0 asked a, b, c, d; 1.1.0 renamed b to b2, redefined c, added e; 1.2.0 dropped d and renamed b2 to b3.
const chain: MigrationStep[] = [
  { from: '1.0.0', to: '1.1.0', questions: { b: 'b2', c: 'dropped' }, added: ['e'] },
  { from: '1.1.0', questions: { d: 'dropped', b2: 'b3' } },
];
const v12 = questionnaire('1.2.0', ['a', 'b3', 'c', 'e'], chain);

describe('migrationPath', () => {
  it('follows the steps from a version to the current one, in order', () => {
    expect(migrationPath(v12, '1.0.0')).toEqual(chain);
    expect(migrationPath(v12, '1.1.0')).toEqual([chain[1]]);
    expect(migrationPath(v12, '1.2.0')).toEqual([]);
  });

  it('matches versions without their build metadata, as semver does', () => {
    const built = questionnaire(
      '1.2.0+build.7',
      ['a', 'b3', 'c', 'e'],
      [
        { ...chain[0]!, from: '1.0.0+old', to: '1.1.0' },
        { ...chain[1]!, from: '1.1.0+x' },
      ],
    );
    expect(migrationPath(built, '1.0.0')).toHaveLength(2);
    expect(migrationPath(built, '1.1.0+other')).toHaveLength(1);
    expect(migrationPath(built, '1.2.0+build.5')).toEqual([]);
    expect(migrateAnswerSet(answers('1.2.0', { a: 1 }), built)).toBeUndefined();
  });

  it('finds no path from a version without a step, across a gap, or round a loop', () => {
    expect(migrationPath(v12, '0.9.0')).toBeUndefined();
    const gap = questionnaire(
      '1.3.0',
      [],
      [
        { from: '1.0.0', to: '1.1.0', questions: {} },
        { from: '1.2.0', questions: {} },
      ],
    );
    expect(migrationPath(gap, '1.0.0')).toBeUndefined();
    expect(migrationPath(gap, '1.2.0')).toHaveLength(1);
    const loop = questionnaire(
      '2.0.0',
      [],
      [
        { from: '1.0.0', to: '1.1.0', questions: {} },
        { from: '1.1.0', to: '1.0.0', questions: {} },
      ],
    );
    expect(migrationPath(loop, '1.0.0')).toBeUndefined();
  });
});

describe('migratedId', () => {
  it('composes renames and drops along the chain; ids not named stay', () => {
    expect(migratedId(chain, 'a')).toBe('a');
    expect(migratedId(chain, 'b')).toBe('b3');
    expect(migratedId(chain, 'c')).toBeUndefined();
    expect(migratedId(chain, 'd')).toBeUndefined();
  });
});

describe('new and changed questions', () => {
  it('new: added ones and ones asked anew under a dropped id; changed also has rename targets', () => {
    expect([...newQuestions(v12, '1.0.0')].sort()).toEqual(['c', 'e']);
    expect([...changedQuestions(v12, '1.0.0')].sort()).toEqual(['b3', 'c', 'e']);
    // From 1.1.0 only the second step applies: d is gone (not asked), b2 became b3.
    expect([...newQuestions(v12, '1.1.0')]).toEqual([]);
    expect([...changedQuestions(v12, '1.1.0')]).toEqual(['b3']);
  });
});

describe('migrateAnswerSet', () => {
  it('carries answers over, renames, drops, counts new questions still open, keeps the rest of the file', () => {
    const migrated = migrateAnswerSet(answers('1.0.0', { a: 1, b: 2, c: 3, d: 'unknown' }), v12);
    expect(migrated?.set.version).toBe('1.2.0');
    expect(migrated?.set.answers).toEqual({ a: { value: 1 }, b3: { value: 2 } });
    expect(migrated?.set.targets).toEqual({ u: 3 });
    expect(migrated?.set.organisation).toBe('Org');
    expect(migrated?.summary).toEqual({
      from: '1.0.0',
      to: '1.2.0',
      versions: ['1.0.0', '1.1.0', '1.2.0'],
      carried: 2,
      renamed: [{ from: 'b', to: 'b3' }],
      dropped: [
        { id: 'c', answer: { value: 3 } },
        { id: 'd', answer: { value: 'unknown' } },
      ],
      newOpen: ['c', 'e'],
    });
  });

  it('keeps notes with the answers they belong to, carried or dropped', () => {
    const set = answers('1.0.0', {});
    set.answers = { b: { value: 2, note: 'kept' }, c: { value: 1, note: 'said once' } };
    const migrated = migrateAnswerSet(set, v12);
    expect(migrated?.set.answers['b3']).toEqual({ value: 2, note: 'kept' });
    expect(migrated?.summary.dropped).toEqual([{ id: 'c', answer: { value: 1, note: 'said once' } }]);
  });

  it('a renamed answer never replaces one already under that id: it is dropped, not lost, and says where it went', () => {
    const q = questionnaire('1.1.0', ['x', 'y'], [{ from: '1.0.0', questions: { x: 'y' } }]);
    const migrated = migrateAnswerSet(answers('1.0.0', { x: 1, y: 2 }), q);
    expect(migrated?.set.answers).toEqual({ y: { value: 2 } });
    expect(migrated?.summary.dropped).toEqual([{ id: 'x', answer: { value: 1 }, renamedTo: 'y' }]);
  });

  it('leaves ids the questionnaire does not know in place, for the usual unknown-question finding', () => {
    const migrated = migrateAnswerSet(answers('1.1.0', { zz: 1 }), v12);
    expect(migrated?.set.answers).toEqual({ zz: { value: 1 } });
  });

  it('does nothing for the current version, a file without a version, or a version without a path', () => {
    expect(migrateAnswerSet(answers('1.2.0', { a: 1 }), v12)).toBeUndefined();
    expect(migrateAnswerSet(answers(undefined, { a: 1 }), v12)).toBeUndefined();
    expect(migrateAnswerSet(answers('0.1.0', { a: 1 }), v12)).toBeUndefined();
  });
});

describe('the session block and intermediate versions', () => {
  it("moves a session's position and skipped questions with their renames, and leaves dropped ones out", () => {
    const set = answers('1.0.0', { a: 1 });
    set.session = { status: 'in-progress', position: 'b', skipped: ['c', 'b', 'a'], language: 'nl' };
    expect(migrateAnswerSet(set, v12)?.set.session).toEqual({
      status: 'in-progress',
      position: 'b3',
      skipped: ['b3', 'a'],
      language: 'nl',
    });
    set.session = { status: 'in-progress', position: 'd' };
    expect(migrateAnswerSet(set, v12)?.set.session).toEqual({ status: 'in-progress' });
  });

  it('puts a finished interview in progress again when the migration leaves new or changed questions open', () => {
    // From 1.0.0 to 1.2.0, c (asked anew) and e (added) are open.
    const finished = answers('1.0.0', { a: 1, b: 2, c: 3, d: 4 });
    finished.session = { status: 'complete', language: 'nl' };
    expect(migrateAnswerSet(finished, v12)?.set.session).toEqual({ status: 'in-progress', language: 'nl' });
    // A migration that only renames leaves nothing open: still finished.
    const renamesOnly = questionnaire('1.1.0', ['a', 'b2'], [{ from: '1.0.0', questions: { b: 'b2' } }]);
    const renamed = migrateAnswerSet(finished, renamesOnly);
    expect(renamed?.summary.newOpen).toEqual([]);
    expect(renamed?.set.session).toEqual({ status: 'complete', language: 'nl' });
  });

  it('carries answers to a version on the way, and says which versions there are', () => {
    expect(migrationTargets(v12, '1.0.0')).toEqual(['1.1.0', '1.2.0']);
    expect(migrationTargets(v12, '0.1.0')).toEqual([]);
    const migrated = migrateAnswerSetTo(answers('1.0.0', { a: 1, b: 2, c: 3, d: 4 }), v12, '1.1.0');
    expect(migrated?.set.version).toBe('1.1.0');
    expect(migrated?.set.answers).toEqual({ a: { value: 1 }, b2: { value: 2 }, d: { value: 4 } });
    expect(migrated?.summary.versions).toEqual(['1.0.0', '1.1.0']);
    // New in 1.1.0, under the ids they had there: e, and c asked anew.
    expect(migrated?.summary.newOpen.sort()).toEqual(['c', 'e']);
    const renamedLater = questionnaire(
      '1.2.0',
      ['a', 'e2'],
      [
        { from: '1.0.0', to: '1.1.0', questions: {}, added: ['e'] },
        { from: '1.1.0', questions: { e: 'e2' } },
      ],
    );
    expect(migrateAnswerSetTo(answers('1.0.0', { a: 1 }), renamedLater, '1.1.0')?.summary.newOpen).toEqual(['e']);
    expect(migrateAnswerSetTo(answers('1.1.0', { a: 1 }), v12, '1.0.0')).toBeUndefined();
  });

  it('names the version in which each dropped answer stopped counting', () => {
    expect(droppedIn(chain, 'c', '1.2.0')).toBe('1.1.0');
    expect(droppedIn(chain, 'd', '1.2.0')).toBe('1.2.0');
    // One that no step drops (a rename may still land on an answer already there): the end.
    expect(droppedIn(chain, 'b', '1.2.0')).toBe('1.2.0');
  });
});
