import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { localizeFinding } from '../../src/diagnostics/localize.js';
import { checkAnswersText, checkQuestionnaireText } from '../../src/workspace/checks.js';
import { fixture } from '../helpers/cli.js';

const mini = fs.readFileSync(fixture('questionnaires', 'valid', 'mini.yaml'), 'utf8');
const questionnaire = checkQuestionnaireText(mini).questionnaire!;

const where = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.map((d) => `${d.line}:${d.column}-${d.endColumn} ${d.severity} ${d.rule}`);
const answers = (...lines: string[]) =>
  checkAnswersText(['questionnaire: mini', ...lines, ''].join('\n'), { questionnaires: [questionnaire] }).diagnostics;

describe('yaml11-date in answer files', () => {
  it('warns at an unquoted date, and says to quote it', () => {
    const found = answers('date: 2026-11-28', 'answers: {q1: 2}');
    expect(where(found)).toEqual(['2:7-17 warning yaml11-date']);
    expect(found[0]!.message).toBe(
      'unquoted `2026-11-28` is read as a date by YAML 1.1 tools (PyYAML, ruamel.yaml), not as text; write `date: "2026-11-28"`',
    );
  });

  it('says it in Dutch', () => {
    const [found] = answers('date: 2026-11-28', 'answers: {q1: 2}');
    expect(localizeFinding(found!, 'nl').message).toBe(
      'YAML 1.1-tools (PyYAML, ruamel.yaml) lezen `2026-11-28` zonder aanhalingstekens als datum, niet als tekst; schrijf `date: "2026-11-28"`',
    );
  });

  it('is quiet for a quoted date, in either quotes, and in a JSON file', () => {
    expect(answers('date: "2026-11-28"', "respondent: {name: '2026-11-28'}", 'answers: {q1: 2}')).toEqual([]);
    const json = '{"questionnaire": "mini", "date": "2026-11-28", "answers": {"q1": 2}}\n';
    expect(checkAnswersText(json, { file: 'a.json', questionnaires: [questionnaire] }).diagnostics).toEqual([]);
  });

  it('warns at every text field a YAML 1.1 reader takes for a timestamp: notes, names, session', () => {
    const found = answers(
      'organisation: 2026-11-28 10:00:00 +1',
      'respondent: {name: A, role: 2026-11-28t10:00:00.5-02:00}',
      'answers:',
      '  q1: {value: 2, note: 2026-11-28T10:00:00Z}',
      'session:',
      '  status: in-progress',
      '  skipped: [2026-11-28]',
      '  updated: 2026-11-28T10:00:00.000Z',
    );
    expect(where(found)).toEqual([
      '2:15-37 warning yaml11-date',
      '3:29-56 warning yaml11-date',
      '5:24-44 warning yaml11-date',
      '8:13-23 warning yaml11-date',
      '9:12-36 warning yaml11-date',
      // The session it warns in is in progress: that is said too.
      '7:11-22 warning answers-in-progress',
    ]);
    // A list item has no key to write it with.
    expect(found[3]!.message).toMatch(/; write `"2026-11-28"`$/);
  });

  it('is quiet for texts that are no timestamp', () => {
    expect(
      answers(
        'organisation: Gemeente 2026-11-28',
        'respondent: {name: 2026/11/28}',
        'answers: {q1: {value: 2, note: 2026-1}}',
      ),
    ).toEqual([]);
  });

  it('is quiet for a date in a block scalar, which no reader takes for a date', () => {
    expect(answers('answers:', '  q1:', '    value: 2', '    note: |-', '      2026-11-28')).toEqual([]);
  });

  it('finds the unquoted one where the same date is also written quoted, or in a comment', () => {
    const found = answers('date: "2026-11-28" # 2026-11-28', 'answers: {q1: {value: 2, note: 2026-11-28}}');
    expect(where(found)).toEqual(['3:32-42 warning yaml11-date']);
  });

  it('warns once, at the anchor, for a date an alias repeats', () => {
    expect(where(answers('organisation: &d 2026-11-28', 'answers: {q1: {value: 2, note: *d}}'))).toEqual([
      '2:18-28 warning yaml11-date',
    ]);
  });

  it('a %YAML 1.1 file has its wrong-type error only, not a warning besides', () => {
    const found = checkAnswersText('%YAML 1.1\n---\nquestionnaire: mini\ndate: 2026-11-28\nanswers: {q1: 2}\n', {
      questionnaires: [questionnaire],
    }).diagnostics;
    expect(where(found)).toEqual(['4:7-17 error wrong-type']);
  });
});

describe('yaml11-date in questionnaire files', () => {
  const check = (from: string, to: string) => {
    expect(mini).toContain(from);
    return checkQuestionnaireText(mini.replace(from, to)).diagnostics;
  };

  it('warns at an unquoted date in a text, not at the quoted translation beside it', () => {
    const found = check('text: {nl: Vraag?, en: Question?}', 'text: {nl: 2026-11-28, en: "2026-11-28"}');
    expect(where(found)).toEqual(['23:16-26 warning yaml11-date']);
    expect(found[0]!.message).toMatch(/; write `nl: "2026-11-28"`$/);
  });

  it('warns at an id written as a date, as at any text', () => {
    expect(where(check('  - id: q1', '  - id: 2026-11-28'))).toEqual(['22:9-19 warning yaml11-date']);
  });

  it('is quiet for a date in a folded block text', () => {
    expect(
      check('text: {nl: Vraag?, en: Question?}', 'text:\n      nl: >-\n        2026-11-28\n      en: Question?'),
    ).toEqual([]);
  });
});
