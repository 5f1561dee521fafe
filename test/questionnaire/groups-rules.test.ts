/**
 * validate on questionnaires with groups: each case is test/fixtures/scoring/groups-scan.yaml with
 * one change, and the findings it must give (line:column of the offending key or value in the changed file).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { editedFixture } from '../helpers/workspace.js';

const { base, check, cleanup } = editedFixture('test/fixtures/scoring/groups-scan.yaml');
afterAll(cleanup);

describe('validate: groups', () => {
  it('the fixture itself is clean', () => {
    expect(check('clean', 'id: groups-scan', 'id: groups-scan')).toEqual([]);
  });

  it('a question of a unit with groups must name one', () => {
    expect(check('no-group', '    group: strategy-plan\n  - id: s3', '  - id: s3')).toEqual([
      {
        at: '52:9 error question-group',
        message:
          'question `s2` has no `group`, but its unit `strategy` has groups: name one of `strategy-plan`, `strategy-review`',
      },
    ]);
  });

  it('a question’s group must be one of its unit’s', () => {
    expect(check('typo', 'group: strategy-review', 'group: strategy-reveiw')).toEqual([
      {
        at: '61:12 error unresolved-reference',
        message:
          'question `s3` is part of group `strategy-reveiw`, which is not a group of `strategy` — did you mean `strategy-review`?',
      },
      // strategy-review has no question left
      { at: '31:18 error empty-dimension', message: 'group `strategy-review` has no questions' },
    ]);
  });

  it('a group of another unit does not resolve', () => {
    const found = check('other-unit', 'group: design-threats', 'group: strategy-plan');
    expect(found.map((f) => f.at)).toEqual(['70:12 error unresolved-reference', '41:14 error empty-dimension']);
    expect(found[0]!.message).toBe('question `d1` is part of group `strategy-plan`, which is not a group of `design`');
  });

  it('a question’s group in a unit without groups does not resolve', () => {
    const found = check(
      'no-groups-there',
      '    subdimension: policy\n',
      '    subdimension: policy\n    group: strategy-plan\n',
    );
    expect(found).toEqual([
      {
        at: '66:12 error unresolved-reference',
        message: 'question `p1` is part of group `strategy-plan`, which is not a group of `policy`',
      },
    ]);
  });

  it('group ids share the namespace of dimensions and subdimensions', () => {
    const found = check('duplicate', '{id: design-threats, name', '{id: policy, name');
    expect(found[0]).toEqual({
      at: '41:14 error duplicate-id',
      message: 'group id `policy` is used twice (first on line 32)',
    });
  });

  it('groups on a dimension with subdimensions are misplaced', () => {
    expect(
      check(
        'placement',
        '    name: {en: Governance, nl: Sturing}\n',
        '    name: {en: Governance, nl: Sturing}\n    groups: [{id: governance-all, name: {en: All, nl: Alles}}]\n',
      ),
    ).toEqual([
      {
        at: '22:5 error group-placement',
        message:
          'dimension `governance` has subdimensions, so its questions link to those: put its `groups` on the subdimensions they are part of',
      },
    ]);
  });

  it('schema: a group needs a name and a kebab-case id', () => {
    const found = check('schema', '{id: design-threats, name: {en: Threats, nl: Dreigingen}}', '{id: Design_Threats}');
    expect(found.map((f) => f.at.replace(/^\d+:\d+ /, ''))).toEqual(
      expect.arrayContaining(['error missing-key', 'error invalid-value']),
    );
  });

  it('quality criteria: each a text in every language, and not an empty list', () => {
    const untranslated = check(
      'criteria-nl',
      '{en: Each goal has an owner, nl: Elk doel heeft een eigenaar}',
      'Each goal has an owner',
    );
    expect(untranslated).toEqual([]);
    const partly = check(
      'criteria-en',
      '{en: Each goal has an owner, nl: Elk doel heeft een eigenaar}',
      '{en: Each goal has an owner}',
    );
    expect(partly.map((f) => f.at)).toEqual(['47:9 warning missing-translation']);
    // A group's name and description are texts too.
    expect(check('group-name-en', 'name: {en: Review, nl: Herzien}', 'name: {en: Review}').map((f) => f.at)).toEqual([
      '31:41 warning missing-translation',
    ]);
    const empty = check('criteria-empty', /criteria:\n( {6}- .*\n){2}/.exec(base)![0], 'criteria: []\n');
    expect(empty.map((f) => f.at.replace(/^\d+:\d+ /, ''))).toEqual(['error invalid-value']);
  });
});
