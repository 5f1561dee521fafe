/** The answer file as `datascan run` writes it, and the session bookkeeping behind the interview. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { answerFileData, serializeAnswers, serializeAnswersJson } from '../../src/answers/serialize.js';
import {
  answeredCount,
  defaultAnswerFileName,
  interviewOrder,
  isoDate,
  openQuestions,
  reconcile,
  reopenedQuestions,
  resumeIndex,
  slug,
  withAnswer,
  withTarget,
} from '../../src/answers/session.js';
import type { AnswerSet } from '../../src/answers/types.js';
import { nodeHost } from '../../src/node/file-host.js';
import { Workspace } from '../../src/workspace/workspace.js';
import { loadScan } from '../prompt/scan.js';

const q = loadScan();
const v2 = loadScan('test/fixtures/run/scan-v2.yaml');

/** Reads answer texts from memory and everything else (the questionnaire) from disk. */
function workspaceWith(files: Record<string, string>): Workspace {
  return new Workspace({ read: (file) => (file in files ? { text: files[file] as string } : nodeHost.read(file)) });
}

const set: AnswerSet = {
  source: 'mem',
  questionnaire: 'scan.yaml',
  version: '1.0.0',
  organisation: 'Gemeente Zuid',
  respondent: { role: 'CIO', name: 'An' },
  date: '2026-11-28',
  targets: { data: 2, beleid: 3 },
  // Inserted out of questionnaire order, to check the written order.
  answers: {
    'data-1': { value: 'not-applicable' },
    'visie-1': { value: 2, note: 'Regel één\nregel twee: "quotes" & #hekje' },
    'sturing-1': { note: 'nog uitzoeken' },
    'visie-2': { value: 'unknown' },
  },
  session: {
    status: 'in-progress',
    position: 'sturing-1',
    skipped: ['sturing-1'],
    updated: '2026-11-28T10:00:00.000Z',
  },
};

/** `text`, read as the answer file `file`, has no findings and holds the answers of `set`. */
function expectReadBack(file: string, text: string): void {
  const checked = workspaceWith({ [file]: text }).load(file);
  // An interview not finished is said to be so; nothing else is found.
  expect(checked.diagnostics.map((d) => d.rule)).toEqual(
    set.session?.status === 'in-progress' ? ['answers-in-progress'] : [],
  );
  const { source: _source, ...back } = checked.answers as AnswerSet;
  const { source: _original, ...expected } = set;
  expect(back).toEqual(expected);
}

describe('serializeAnswers', () => {
  const text = serializeAnswers(set, {
    schema: '../../../schemas/answers.schema.json',
    questionOrder: interviewOrder(q),
    unitOrder: ['beleid', 'visie', 'sturing', 'data'],
  });

  it('starts with the yaml-language-server schema line and writes keys in a fixed order', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('# yaml-language-server: $schema=../../../schemas/answers.schema.json');
    const topKeys = lines.filter((l) => /^[a-z]+:/.test(l)).map((l) => l.split(':')[0]);
    expect(topKeys).toEqual([
      'questionnaire',
      'version',
      'organisation',
      'respondent',
      'date',
      'targets',
      'answers',
      'session',
    ]);
    expect(lines.slice(lines.indexOf('targets:'), lines.indexOf('targets:') + 3)).toEqual([
      'targets:',
      '  beleid: 3',
      '  data: 2',
    ]);
    expect(lines.filter((l) => /^ {2}[a-z]+-\d:/.test(l)).map((l) => l.trim().split(':')[0])).toEqual([
      'visie-1',
      'visie-2',
      'sturing-1',
      'data-1',
    ]);
  });

  it('writes a bare value without a note and {value, note} with one', () => {
    expect(text).toContain('  visie-2: unknown\n');
    expect(text).toContain('  data-1: not-applicable\n');
    expect(text).toContain('  sturing-1:\n    note: nog uitzoeken\n');
    expect(text).toContain('respondent:\n  name: An\n  role: CIO\n');
  });

  it('reads back through the Workspace as the same answers, notes and session', () => {
    expectReadBack(path.join('test', 'fixtures', 'run', 'written.yaml'), text);
  });

  it('is the same text for the same answers, whatever order they were given in', () => {
    const reversed: AnswerSet = {
      ...set,
      answers: Object.fromEntries(Object.entries(set.answers).reverse()),
      targets: { beleid: 3, data: 2 },
    };
    const options = { questionOrder: interviewOrder(q), unitOrder: ['beleid', 'data'] };
    expect(serializeAnswers(reversed, options)).toBe(serializeAnswers(set, options));
  });

  it('quotes the date, the session time and a note that YAML 1.1 tools would read as dates', () => {
    expect(text).toContain('\ndate: "2026-11-28"\n');
    expect(text).toContain('\n  updated: "2026-11-28T10:00:00.000Z"\n');
    const noted = serializeAnswers({
      source: 'x',
      questionnaire: 'run-scan',
      answers: { 'visie-1': { value: 1, note: '2026-11-28 10:00:00' } },
    });
    expect(noted).toContain('note: "2026-11-28 10:00:00"\n');
    const file = path.join('test', 'fixtures', 'run', 'written.yaml');
    for (const written of [text, noted])
      expect(
        workspaceWith({ [file]: written })
          .load(file)
          .diagnostics.map((d) => d.rule),
      ).not.toContain('yaml11-date');
  });

  it('leaves out empty details and an empty session list, and quotes what YAML would misread', () => {
    const minimal = serializeAnswers({
      source: 'x',
      questionnaire: 'run-scan',
      organisation: '',
      respondent: { name: '' },
      answers: { 'visie-1': { value: 1, note: '' } },
      session: { status: 'complete', skipped: [] },
    });
    expect(minimal).toBe(
      // No schema given: no modeline (datascan's front ends give the published schema's URL).
      'questionnaire: run-scan\nanswers:\n  visie-1: 1\nsession:\n  status: complete\n',
    );
    expect(serializeAnswers({ source: 'x', questionnaire: 'q', organisation: 'true', answers: {} })).toContain(
      'organisation: "true"',
    );
  });
});

describe('serializeAnswers on resume: what a person wrote by hand stays', () => {
  const options = {
    schema: 'answers.schema.json',
    questionOrder: interviewOrder(q),
    unitOrder: ['beleid', 'visie', 'sturing', 'data'],
  };
  const byHand = [
    '# yaml-language-server: $schema=answers.schema.json',
    '# Ingevuld tijdens de workshop van 12 november',
    'questionnaire: scan.yaml',
    'organisation: Gemeente Zuid # voorlopig',
    'answers:',
    '  # Visie',
    '  visie-1: { value: 2, note: "Regel één" }',
    '',
    '  # Sturing: nog navragen bij de controller',
    '  sturing-1: 1',
    '  data-1: 3 # gaat over het datawarehouse',
    '# einde',
    '',
  ].join('\n');
  const previous = parseDocument(byHand);
  const changed: AnswerSet = {
    source: 'mem',
    questionnaire: 'scan.yaml',
    organisation: 'Gemeente Zuid',
    answers: { 'visie-1': { value: 3, note: 'Regel één' }, 'visie-2': { value: 1 }, 'sturing-1': { value: 1 } },
    session: { status: 'in-progress', updated: '2026-11-28T10:00:00.000Z' },
  };
  const text = serializeAnswers(changed, { ...options, previous });

  it('keeps comments, blank lines, flow maps and quotes where the same key is written again', () => {
    expect(text).toBe(
      [
        '# yaml-language-server: $schema=answers.schema.json',
        '# Ingevuld tijdens de workshop van 12 november',
        'questionnaire: scan.yaml',
        'organisation: Gemeente Zuid # voorlopig',
        'answers:',
        '  # Visie',
        '  visie-1: { value: 3, note: "Regel één" }',
        '  visie-2: 1',
        '',
        '  # Sturing: nog navragen bij de controller',
        '  sturing-1: 1',
        'session:',
        '  status: in-progress',
        '  updated: "2026-11-28T10:00:00.000Z"',
        '',
        '# einde',
        '',
      ].join('\n'),
    );
  });

  it('a file datascan wrote, saved again unchanged, is the same text', () => {
    const first = serializeAnswers(set, options);
    expect(serializeAnswers(set, { ...options, previous: parseDocument(first) })).toBe(first);
  });

  it('reads back as the same answers as without the previous file', () => {
    const file = path.join('test', 'fixtures', 'run', 'written.yaml');
    const withLayout = workspaceWith({ [file]: text }).load(file).answers;
    const plain = workspaceWith({ [file]: serializeAnswers(changed, options) }).load(file).answers;
    expect(withLayout).toEqual(plain);
  });
});

describe('serializeAnswers on resume: a date written unquoted by hand', () => {
  it('is quoted when the file is saved again, its comment kept', () => {
    const byHand = 'questionnaire: scan.yaml\ndate: 2026-11-28 # workshop\nanswers:\n  visie-1: 1\n';
    const again = serializeAnswers(
      { source: 'mem', questionnaire: 'scan.yaml', date: '2026-11-28', answers: { 'visie-1': { value: 2 } } },
      { previous: parseDocument(byHand) },
    );
    expect(again).toBe('questionnaire: scan.yaml\ndate: "2026-11-28" # workshop\nanswers:\n  visie-1: 2\n');
  });
});

describe('serializeAnswersJson', () => {
  it('writes the same data as JSON, which reads back as the same answers', () => {
    const options = { questionOrder: interviewOrder(q), unitOrder: ['beleid', 'visie', 'sturing', 'data'] };
    const text = serializeAnswersJson(set, options);
    expect(JSON.parse(text)).toEqual(answerFileData(set, options));
    expectReadBack(path.join('test', 'fixtures', 'run', 'written.json'), text);
  });
});

describe('session bookkeeping', () => {
  it('asks dimension by dimension, whatever the order of the questions in the file', () => {
    expect(interviewOrder(q)).toEqual(['visie-1', 'visie-2', 'sturing-1', 'data-1']);
  });

  it('resumes at the first unanswered question that was not skipped', () => {
    const order = interviewOrder(q);
    const answers: AnswerSet = {
      source: 'x',
      questionnaire: 'run-scan',
      answers: { 'visie-1': { value: 1 }, 'sturing-1': { note: 'only a note' } },
    };
    expect(resumeIndex(order, answers, [])).toBe(1);
    expect(resumeIndex(order, answers, ['visie-2'])).toBe(2); // a note alone is no answer
    expect(resumeIndex(order, answers, ['visie-2', 'sturing-1', 'data-1'])).toBeUndefined();
  });

  it('takes the questions a migration left open that are still unanswered, in interview order', () => {
    const order = interviewOrder(q);
    const migrated: AnswerSet = {
      source: 'x',
      questionnaire: 'run-scan',
      answers: { 'visie-1': { value: 1 }, 'sturing-1': { value: 2 } },
      migration: {
        from: '1.0.0',
        to: '1.1.0',
        versions: ['1.0.0', '1.1.0'],
        carried: 1,
        renamed: [],
        dropped: [],
        newOpen: ['data-1', 'sturing-1', 'visie-2'],
      },
    };
    // sturing-1 was answered since: no longer open.
    expect(reopenedQuestions(order, migrated)).toEqual(['visie-2', 'data-1']);
    const { migration: _, ...notMigrated } = migrated;
    expect(reopenedQuestions(order, notMigrated)).toEqual([]);
  });

  it('lists unanswered and unknown questions for the review, and counts answers', () => {
    const order = interviewOrder(q);
    const answers: AnswerSet = {
      source: 'x',
      questionnaire: 'run-scan',
      answers: { 'visie-1': { value: 'unknown' }, 'data-1': { value: 'not-applicable' } },
    };
    expect(openQuestions(order, answers)).toEqual({ unanswered: ['visie-2', 'sturing-1'], unknown: ['visie-1'] });
    expect(answeredCount(order, answers)).toBe(2);
  });

  it('withAnswer and withTarget replace and remove', () => {
    const base: AnswerSet = { source: 'x', questionnaire: 'q', answers: { a: { value: 1, note: 'n' } } };
    expect(withAnswer(base, 'a', { value: 2, note: '  ' }).answers).toEqual({ a: { value: 2 } });
    expect(withAnswer(base, 'a', undefined).answers).toEqual({});
    expect(withAnswer(base, 'a', { note: 'alleen' }).answers).toEqual({ a: { note: 'alleen' } });
    expect(base.answers).toEqual({ a: { value: 1, note: 'n' } });
    expect(withTarget(base, 'data', 2).targets).toEqual({ data: 2 });
    expect(withTarget({ ...base, targets: { data: 2 } }, 'data', undefined).targets).toBeUndefined();
  });

  it('carries answers over to a new version: drops removed questions, clears values that no longer fit but keeps their notes', () => {
    const old: AnswerSet = {
      source: 'old.yaml',
      questionnaire: 'run-scan',
      version: '1.0.0',
      targets: { beleid: 3, verdwenen: 1 },
      answers: {
        'visie-1': { value: 2, note: 'blijft' },
        'visie-2': { value: 3, note: 'weg' },
        'sturing-1': { value: 3, note: 'bewaar mij' },
        'data-1': { value: 1 },
      },
      session: { status: 'in-progress', position: 'visie-2', skipped: ['visie-2', 'data-1'] },
    };
    const result = reconcile(old, v2);
    expect(result.previousVersion).toBe('1.0.0');
    expect(result.dropped).toEqual(['visie-2']);
    expect(result.cleared).toEqual(['sturing-1']);
    expect(result.droppedTargets).toEqual(['verdwenen']);
    expect(result.set.version).toBe('2.0.0');
    expect(result.set.answers).toEqual({
      'visie-1': { value: 2, note: 'blijft' },
      'sturing-1': { note: 'bewaar mij' },
      'data-1': { value: 1 },
    });
    expect(result.set.targets).toEqual({ beleid: 3 });
    expect(result.set.session).toEqual({ status: 'in-progress', skipped: ['data-1'] });
  });

  it('reconcile changes nothing for the same version', () => {
    const same: AnswerSet = {
      source: 'x',
      questionnaire: 'run-scan',
      version: '1.0.0',
      answers: { 'visie-1': { value: 1 } },
    };
    const result = reconcile(same, q);
    expect(result).toEqual({ set: same, dropped: [], cleared: [], droppedTargets: [] });
  });

  it('names default answer files after questionnaire, organisation and date', () => {
    expect(slug("Gemeente 's-Hertogenbosch")).toBe('gemeente-s-hertogenbosch');
    expect(slug('Één & Ander  BV')).toBe('een-ander-bv');
    expect(defaultAnswerFileName('odg-scan', 'Gemeente Noord', '2026-11-28')).toBe(
      'odg-scan-gemeente-noord-2026-11-28.yaml',
    );
    expect(defaultAnswerFileName('odg-scan', undefined, '2026-11-28')).toBe('odg-scan-2026-11-28.yaml');
    expect(defaultAnswerFileName('odg-scan', '!!!', '2026-11-28', 3)).toBe('odg-scan-2026-11-28-3.yaml');
    expect(isoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
