/**
 * Answer files of an earlier questionnaire version, as the workspace reads them: carried over along
 * the questionnaire's `migrations` before the answer check, with an `info` finding that says so;
 * without a path, the version mismatch of before. Profiles and comparisons made from them say it.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { questionsChangedBetween, compareProfiles } from '../../src/compare/compare.js';
import { hasErrors, withStrictness } from '../../src/diagnostics/types.js';
import { loadAnswerFiles } from '../../src/node/answer-files.js';
import { parseAnswersCsv } from '../../src/answers/csv.js';
import { labelsFor } from '../../src/report/profile/labels.js';
import { score } from '../../src/scoring/score.js';
import { memoryHost } from '../../src/workspace/memory-host.js';
import { Workspace } from '../../src/workspace/workspace.js';
import { fixtureWorkspace, findings } from '../helpers/workspace.js';

const DIR = 'test/fixtures/migrations';
const OLD = `${DIR}/answers/1.0.0.yaml`;
const CURRENT = `${DIR}/answers/1.1.0.yaml`;
const NO_PATH = `${DIR}/answers/0.9.0.yaml`;

/** The scan fixture and an answer file of our own beside it, in memory. */
function withAnswers(text: string): Workspace {
  return new Workspace(memoryHost({ 'scan.yaml': fs.readFileSync(`${DIR}/scan.yaml`, 'utf8'), 'a.yaml': text }));
}

describe('an answer file of an earlier version', () => {
  it('is carried over before it is checked: a renamed answer is no unknown question, and one info finding says what was done', () => {
    const workspace = fixtureWorkspace();
    expect(findings(workspace, OLD)).toEqual(['3:10 info answers-migrated']);
    const checked = workspace.load(OLD);
    expect(checked.diagnostics[0]?.message).toBe(
      'answered for 1.0.0; read as version 1.1.0 of `migration-scan`: 5 answers carried over, 2 dropped, 2 new or changed questions open',
    );
    expect(checked.diagnostics[0]?.args).toMatchObject({
      answered: '1.0.0',
      current: '1.1.0',
      dropped: ['pe-2', 'pe-3'],
    });
    const set = checked.answers!;
    expect(set.version).toBe('1.1.0');
    expect(Object.keys(set.answers).sort()).toEqual(['dq-1', 'dq-2', 'pe-1', 'sh-1', 'te-1']);
    expect(set.migration?.renamed).toEqual([{ from: 'dq-old', to: 'dq-2' }]);
    expect(set.migration?.dropped).toEqual([
      { id: 'pe-2', answer: { value: 4, note: 'alleen in het sociaal domein' } },
      { id: 'pe-3', answer: { value: 1 } },
    ]);
  });

  it('never fails a check, strict or not', () => {
    const found = fixtureWorkspace().load(OLD).diagnostics;
    expect(hasErrors(found, true)).toBe(false);
    expect(withStrictness(found, true).map((d) => d.severity)).toEqual(['info']);
  });

  it('stays a version mismatch without a migration path, and as it was with no version or the current one', () => {
    const workspace = fixtureWorkspace();
    expect(findings(workspace, NO_PATH)).toEqual(['3:10 warning version-mismatch']);
    expect(workspace.load(NO_PATH).answers?.migration).toBeUndefined();
    expect(findings(workspace, CURRENT)).toEqual([]);
    const unversioned = withAnswers('questionnaire: scan.yaml\nanswers:\n  dq-old: 3\n');
    expect(findings(unversioned, 'a.yaml')).toEqual(['3:3 error unknown-question']);
  });

  it('takes a version that differs only in build metadata as the current one: no mismatch, nothing carried over', () => {
    const built = withAnswers('questionnaire: scan.yaml\nversion: 1.1.0+build.5\nanswers:\n  dq-1: 2\n');
    expect(findings(built, 'a.yaml')).toEqual([]);
    expect(built.load('a.yaml').answers?.migration).toBeUndefined();
  });

  it('points a finding about a renamed answer at the answer as written, under its earlier id', () => {
    const workspace = withAnswers('questionnaire: scan.yaml\nversion: 1.0.0\nanswers:\n  dq-1: 2\n  dq-old: 7\n');
    const found = workspace.load('a.yaml').diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`);
    expect(found).toEqual([
      expect.stringMatching(/^2:10 answers-migrated /),
      '5:11 invalid-answer 7 is not an option of question `dq-2` (options: 1, 2, 3, 4)',
    ]);
  });

  it('reaches the library’s loadAnswerFiles, with the summary on the set', async () => {
    const loaded = await loadAnswerFiles([OLD, CURRENT]);
    expect(loaded.bad).toBe(false);
    expect(loaded.sets.map((s) => s.migration?.from)).toEqual(['1.0.0', undefined]);
  });

  it('follows a chain of steps', () => {
    const workspace = fixtureWorkspace();
    const set = workspace.load(`${DIR}/chain/1.0.0.yaml`).answers!;
    expect(set.migration).toMatchObject({
      versions: ['1.0.0', '1.1.0', '1.2.0'],
      carried: 5,
      newOpen: ['sh-2', 'pe-2', 'te-ai-use'],
    });
    expect(workspace.load(`${DIR}/chain/1.1.0.yaml`).answers?.migration?.renamed).toEqual([
      { from: 'te-ai', to: 'te-ai-use' },
    ]);
  });
});

describe('CSV rows of an earlier version', () => {
  const q = fixtureWorkspace().load(`${DIR}/scan.yaml`).questionnaire!;

  it('are carried over per row; the columns of earlier ids are read', () => {
    const read = parseAnswersCsv(fs.readFileSync(`${DIR}/answers.csv`, 'utf8'), 'answers.csv', q);
    expect(read.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule}`)).toEqual([
      '2:8 info answers-migrated',
    ]);
    expect(read.sets.map((s) => s.migration?.from)).toEqual(['1.0.0', undefined]);
    expect(read.sets[0]?.answers['dq-2']).toEqual({ value: 3 });
  });

  it('find an answer under an earlier id in a row of the current version an unknown question', () => {
    const read = parseAnswersCsv('version,dq-1,dq-old\n1.1.0,2,3\n', 'a.csv', q);
    expect(read.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['2:9 unknown-question']);
  });
});

describe('profiles of carried-over answers', () => {
  const workspace = fixtureWorkspace();
  const q = workspace.load(`${DIR}/scan.yaml`).questionnaire!;
  const old = workspace.load(OLD).answers!;
  const current = workspace.load(CURRENT).answers!;

  it('carry the migration per respondent and, summed, on the profile', () => {
    const one = score(q, [old]);
    expect(one.respondentList?.[0]?.migration).toEqual({
      from: '1.0.0',
      to: '1.1.0',
      versions: ['1.0.0', '1.1.0'],
      carried: 5,
      renamed: [{ from: 'dq-old', to: 'dq-2' }],
      dropped: ['pe-2', 'pe-3'],
      newOpen: ['pe-2', 'te-ai'],
    });
    const group = score(q, [old, current]);
    expect(group.migration).toEqual({
      to: '1.1.0',
      respondents: 1,
      from: [{ version: '1.0.0', respondents: 1 }],
      carried: 5,
      dropped: 2,
      newOpen: 2,
    });
    expect(score(q, [current]).migration).toBeUndefined();
  });

  it('are said in the issue’s words, with the number phrases right for one and the parts that are there', () => {
    const m = { to: '1.1.0', respondents: 1, from: [{ version: '1.0.0', respondents: 1 }], carried: 47, dropped: 4 };
    expect(labelsFor('nl').migrated({ ...m, newOpen: 6 }, 1)).toBe(
      'beantwoord voor 1.0.0: 47 antwoorden overgenomen, 4 vervallen, 6 nieuwe of gewijzigde vragen open',
    );
    expect(labelsFor('en').migrated({ ...m, newOpen: 6 }, 1)).toBe(
      'answered for 1.0.0: 47 answers carried over, 4 dropped, 6 new or changed questions open',
    );
    expect(labelsFor('en').migrated({ ...m, carried: 1, dropped: 0, newOpen: 1 }, 1)).toBe(
      'answered for 1.0.0: 1 answer carried over, 1 new or changed question open',
    );
    const group = { ...m, respondents: 3, from: [m.from[0]!, { version: '1.1.0', respondents: 1 }], newOpen: 9 };
    group.from[0] = { version: '1.0.0', respondents: 2 };
    expect(labelsFor('nl').migrated(group, 5)).toBe(
      '3 van 5 respondenten hebben een eerdere versie beantwoord (2 voor 1.0.0, 1 voor 1.1.0): 47 antwoorden overgenomen, 4 vervallen',
    );
    // One of several: `heeft`, not `hebben`.
    expect(
      labelsFor('nl').migrated({ ...group, respondents: 1, from: [{ version: '1.0.0', respondents: 1 }] }, 6),
    ).toMatch(/^1 van 6 respondenten heeft een eerdere versie beantwoord \(1 voor 1\.0\.0\)/);
  });
});

describe('comparing answers of different versions', () => {
  const workspace = fixtureWorkspace();
  const q = workspace.load(`${DIR}/scan.yaml`).questionnaire!;
  const before = score(q, [workspace.load(OLD).answers!]);
  const after = score(q, [workspace.load(CURRENT).answers!]);

  it('marks the units holding a question new, renamed or dropped since the earlier version', () => {
    const changed = questionsChangedBetween({ profile: before }, { profile: after, q });
    expect(changed?.since).toEqual(['1.0.0']);
    expect([...(changed?.units ?? [])].sort()).toEqual(['data', 'people', 'quality', 'tech']);
    const c = compareProfiles(before, after, { questionsChanged: changed! });
    expect(c.questionsChangedSince).toEqual(['1.0.0']);
    const marked = c.dimensions.flatMap((d) => [d, ...d.subdimensions]).filter((u) => u.questionsChanged);
    expect(marked.map((u) => u.id)).toEqual(['data', 'quality', 'people', 'tech']);
  });

  it('marks nothing when both sides answered the same version, or for another questionnaire version', () => {
    expect(questionsChangedBetween({ profile: after }, { profile: after, q })).toBeUndefined();
    expect(questionsChangedBetween({ profile: before }, { profile: before, q })).toBeUndefined();
    expect(
      questionsChangedBetween(
        { profile: before },
        { profile: { ...after, questionnaire: { ...after.questionnaire, version: '2.0.0' } }, q },
      ),
    ).toBeUndefined();
    expect(compareProfiles(before, after).questionsChangedSince).toBeUndefined();
  });

  it('marks them for a profile scored against the earlier version itself', () => {
    const earlier = { ...after, questionnaire: { ...after.questionnaire, version: '1.0.0' } };
    expect(questionsChangedBetween({ profile: earlier }, { profile: after, q })?.since).toEqual(['1.0.0']);
  });
});
