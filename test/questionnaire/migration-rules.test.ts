/**
 * The rules on `migrations`: each case is the chain fixture (1.0.0 → 1.1.0 → 1.2.0) with one edit;
 * positions worked out by hand from the edited text.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { editedFixture } from '../helpers/workspace.js';

const fixture = editedFixture('test/fixtures/migrate/chain/scan.yaml');
afterAll(() => fixture.cleanup());
const STEP1 =
  '  - from: 1.0.0\n    to: 1.1.0\n    questions: {visie-2: visie-draagvlak, sturing-1: dropped}\n    added: [data-2]\n';
const STEP2 = '  - from: 1.1.0\n    questions: {data-2: data-kwaliteit}\n';

describe('migration rules', () => {
  it('the chain fixture is clean', () => {
    expect(fixture.check('clean', 'migrations:', 'migrations:')).toEqual([]);
  });

  it('migration-chain: two steps from one version, at the second `from`', () => {
    expect(fixture.check('same-from', STEP2, `${STEP2}  - from: 1.1.0\n    questions: {}\n`)).toEqual([
      {
        at: '72:11 error migration-chain',
        message: 'a second migration from 1.1.0 (the first is on line 70); an earlier version has one step onwards',
      },
    ]);
  });

  it('migration-chain: a step from this version or a later one', () => {
    const found = fixture.check(
      'not-earlier',
      STEP2,
      `${STEP2}  - from: 1.3.0-rc.1\n    to: 1.2.0\n    questions: {}\n`,
    );
    expect(found.map((f) => f.at)).toEqual(['72:11 error migration-chain']);
    expect(found[0]?.message).toContain('a migration from 1.3.0-rc.1, but this is version 1.2.0');
  });

  it('migration-chain: a gap, at the `to` that leads nowhere', () => {
    const found = fixture.check('gap', '    to: 1.1.0\n', '    to: 1.0.5\n');
    expect(found.map((f) => f.at)).toEqual(['67:9 error migration-chain']);
    expect(found[0]?.message).toContain('this step leads to 1.0.5, which is neither this version (1.2.0)');
  });

  it('migration-chain: a loop, once, at the `to` that closes it', () => {
    const found = fixture.check(
      'loop',
      STEP2,
      '  - from: 1.1.0\n    to: 1.0.0\n    questions: {data-2: data-kwaliteit}\n',
    );
    expect(found.map((f) => f.at)).toEqual(['71:9 error migration-chain']);
    expect(found[0]?.message).toBe('the migrations go round in a loop: 1.0.0 → 1.1.0 → 1.0.0');
  });

  it('migration-chain: a step back to an earlier version, at its `to`; a loop is said once, at its step back', () => {
    const found = fixture.check(
      'backwards',
      STEP1 + STEP2,
      '  - from: 1.1.0\n    to: 1.0.0\n    questions: {}\n  - from: 1.0.0\n    questions: {visie-2: visie-draagvlak}\n',
    );
    expect(found).toEqual([
      {
        at: '67:9 error migration-chain',
        message: 'this step leads from 1.1.0 back to 1.0.0: a migration leads to a later version',
      },
    ]);
    // A loop closed by a step forward is said at its step back.
    const loop = fixture.check(
      'loop-forward-close',
      STEP1 + STEP2,
      '  - from: 1.1.0\n    to: 1.0.0\n    questions: {}\n  - from: 1.0.0\n    to: 1.1.0\n    questions: {}\n',
    );
    expect(loop.map((f) => f.at)).toEqual(['67:9 error migration-chain']);
    expect(loop[0]?.message).toContain('loop');
  });

  it('migration-chain: versions match without build metadata', () => {
    expect(fixture.check('build', '    to: 1.1.0\n', '    to: 1.1.0+build.3\n')).toEqual([]);
    expect(
      fixture.check('build-same-from', STEP2, `${STEP2}  - from: 1.1.0+b\n    questions: {}\n`).map((f) => f.at),
    ).toEqual(['72:11 error migration-chain']);
  });

  it('migration-collision: two ids renamed to one, and a rename onto an id kept `same` or added', () => {
    expect(
      fixture
        .check(
          'twice',
          '{visie-2: visie-draagvlak, sturing-1: dropped}',
          '{visie-2: visie-draagvlak, sturing-1: visie-draagvlak}',
        )
        .map((f) => f.at),
    ).toEqual(['68:54 error migration-collision']);
    expect(
      fixture
        .check('onto-same', '{data-2: data-kwaliteit}', '{data-2: data-kwaliteit, data-1: same, data-3: data-1}')
        .map((f) => f.message),
    ).toEqual([
      '`data-3` is renamed to `data-1`, which this step also keeps as `same`: two answers would land on one question',
    ]);
    expect(
      fixture
        .check('onto-added', '{visie-2: visie-draagvlak, sturing-1: dropped}', '{visie-2: data-2, sturing-1: dropped}')
        .map((f) => f.at),
    ).toContain('68:26 error migration-collision');
  });

  it('migration-unknown-id: a rename target, an added id and a `same` that are not questions after the later steps', () => {
    const found = fixture.check(
      'unknown',
      STEP1,
      '  - from: 1.0.0\n    to: 1.1.0\n    questions: {visie-2: visie-draagvlk, sturing-1: same, oud-1: same}\n    added: [data-2, data-3]\n',
    );
    expect(found.map((f) => f.at)).toEqual([
      '68:26 error migration-unknown-id',
      '68:66 error migration-unknown-id',
      '69:21 error migration-unknown-id',
    ]);
    expect(found[0]?.message).toBe(
      'the migration from 1.0.0 renames an answer to `visie-draagvlk`, which is not a question of `mig-scan` — did you mean `visie-draagvlak`?',
    );
    // data-2 is renamed data-kwaliteit by the next step: known; data-3 is not.
    expect(found[2]?.message).toContain('adds `data-3`');
    // An id a later step renames to one that is not a question: said once, at that later step.
    const later = fixture.check(
      'later',
      '{data-2: data-kwaliteit}',
      '{data-2: data-kwaliteit, visie-draagvlak: visie-3}',
    );
    expect(later).toEqual([
      {
        at: '71:58 error migration-unknown-id',
        message:
          'the migration from 1.1.0 renames an answer to `visie-3`, which is not a question of `mig-scan` — did you mean `visie-1`?',
      },
    ]);
  });

  it('migration-unknown-id: an id named by several steps is said once, at the last step that names it', () => {
    const found = fixture.check(
      'named-twice',
      STEP1 + STEP2,
      '  - from: 1.0.0\n    to: 1.1.0\n    questions: {visie-2: oud-y, oud-w: oud-y}\n    added: [oud-z, data-2]\n' +
        '  - from: 1.1.0\n    questions: {oud-y: same, oud-z: same, data-2: data-kwaliteit}\n',
    );
    expect(found.filter((f) => f.at.endsWith('migration-unknown-id'))).toEqual([
      {
        at: '71:24 error migration-unknown-id',
        message: 'the migration from 1.1.0 keeps `oud-y`, which is not a question of `mig-scan`',
      },
      {
        at: '71:37 error migration-unknown-id',
        message: 'the migration from 1.1.0 keeps `oud-z`, which is not a question of `mig-scan`',
      },
    ]);
    // Two mentions in one step: said at the first.
    const inOneStep = fixture.check(
      'named-twice-in-a-step',
      '{visie-2: visie-draagvlak, sturing-1: dropped}',
      '{visie-2: oud-y, sturing-1: oud-y}',
    );
    expect(inOneStep.filter((f) => f.at.endsWith('migration-unknown-id')).map((f) => f.at)).toEqual([
      '68:26 error migration-unknown-id',
    ]);
  });

  it('reserved-id: a question may not be called `same` or `dropped`', () => {
    const found = fixture.check('reserved', '  - id: visie-1\n', '  - id: dropped\n');
    expect(found.map((f) => f.at)).toContain('53:9 error reserved-id');
  });

  it('migration-chain, migration-collision and reserved-id carry the versions and ids in `args`', () => {
    const only = (found: { at: string; args?: Record<string, unknown> }[], rule: string) =>
      found.filter((f) => f.at.endsWith(rule)).map((f) => f.args);
    expect(
      only(fixture.args('a-same-from', STEP2, `${STEP2}  - from: 1.1.0\n    questions: {}\n`), 'migration-chain'),
    ).toEqual([{ from: '1.1.0' }]);
    expect(
      only(fixture.args('a-not-earlier', STEP2, `${STEP2}  - from: 1.3.0\n    questions: {}\n`), 'migration-chain'),
    ).toEqual([{ from: '1.3.0', version: '1.2.0' }]);
    expect(only(fixture.args('a-gap', '    to: 1.1.0\n', '    to: 1.0.5\n'), 'migration-chain')).toEqual([
      { from: '1.0.0', to: '1.0.5', version: '1.2.0' },
    ]);
    expect(
      only(
        fixture.args('a-loop', STEP2, '  - from: 1.1.0\n    to: 1.0.0\n    questions: {data-2: data-kwaliteit}\n'),
        'migration-chain',
      ),
    ).toEqual([{ versions: ['1.0.0', '1.1.0', '1.0.0'] }]);
    expect(
      only(
        fixture.args(
          'a-backwards',
          STEP1 + STEP2,
          '  - from: 1.1.0\n    to: 1.0.0\n    questions: {}\n  - from: 1.0.0\n    questions: {visie-2: visie-draagvlak}\n',
        ),
        'migration-chain',
      ),
    ).toEqual([{ from: '1.1.0', to: '1.0.0' }]);
    expect(
      only(
        fixture.args(
          'a-twice',
          '{visie-2: visie-draagvlak, sturing-1: dropped}',
          '{visie-2: visie-draagvlak, sturing-1: visie-draagvlak}',
        ),
        'migration-collision',
      ),
    ).toEqual([{ ids: ['visie-2', 'sturing-1'], to: 'visie-draagvlak' }]);
    expect(
      only(
        fixture.args('a-onto', '{data-2: data-kwaliteit}', '{data-2: data-kwaliteit, data-1: same, data-3: data-1}'),
        'migration-collision',
      ),
    ).toEqual([{ ids: ['data-3', 'data-1'], to: 'data-1', onto: 'same' }]);
    expect(only(fixture.args('a-reserved', '  - id: visie-1\n', '  - id: dropped\n'), 'reserved-id')).toEqual([
      { id: 'dropped' },
    ]);
  });
});
