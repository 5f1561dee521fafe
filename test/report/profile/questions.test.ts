/**
 * The answers per question in the text reports: a bar of counts per question and the notes under
 * it, in the table with --explain only, in Markdown always; texts from files made safe.
 */
import { describe, expect, it } from 'vitest';
import { renderProfileMarkdown } from '../../../src/report/profile/markdown.js';
import { countBar, countsLine } from '../../../src/report/profile/questions.js';
import { labelsFor } from '../../../src/report/profile/labels.js';
import { renderProfileTable } from '../../../src/report/profile/table.js';
import { score } from '../../../src/scoring/score.js';
import type { QuestionAnswers } from '../../../src/scoring/types.js';
import { answers } from '../../scoring/load.js';
import { q } from './fixtures.js';

const workshop = [
  answers(
    'ann.yaml',
    { 'a1-1': { value: 1, note: 'Only the *pilot* team' }, 'b-1': { value: 'unknown', note: 'Ask IT' } },
    { respondent: { name: 'Ann' } },
  ),
  answers('bob.yaml', { 'a1-1': { value: 4, note: 'Everywhere \u001b[2J since 2025' }, 'b-1': 2 }),
  answers('cas.yaml', { 'a1-1': 1, 'b-1': 2 }, { respondent: { name: 'Cas' } }),
];

describe('the bar of counts', () => {
  it('has one cell per respondent up to ten, scaled beyond, never none for a count above 0', () => {
    expect(countBar(2, 6)).toBe('██');
    expect(countBar(0, 6)).toBe('');
    expect(countBar(20, 40)).toBe('█████');
    expect(countBar(1, 40)).toBe('█');
  });

  it('names every option, zeros included, then the answers without an option value that were given', () => {
    const question: QuestionAnswers = {
      id: 'x',
      text: 'X',
      options: [
        { value: 1, label: 'Nog niet' },
        { value: 2, label: 'Gedeeltelijk' },
        { value: 3, label: 'Volledig' },
      ],
      value: 1.67,
      counts: { '1': 2, '2': 4, '3': 0, unknown: 1, notApplicable: 0, unanswered: 0 },
      notes: [],
    };
    expect(countsLine(question, labelsFor('nl'), 'nl')).toBe(
      'Nog niet ██ 2 · Gedeeltelijk ████ 4 · Volledig 0 · weet niet █ 1',
    );
  });
});

describe('answers per question in the table', () => {
  it('are shown with --explain: the question, its bar and its notes with who wrote them', () => {
    const text = renderProfileTable(score(q, workshop, { explain: true }), { width: 100 });
    const section = text.slice(text.indexOf('Answers per question'));
    expect(section).toContain('Alpha › A one\n  a1-1 Question a1-1 (value 2.00)\n');
    expect(section).toContain('    Not yet ██ 2 · In pilots 0 · In several places 0 · Everywhere █ 1\n');
    expect(section).toContain('    - Ann: Only the *pilot* team\n');
    // no name: the note alone; a control character as a visible escape
    expect(section).toContain('    - Everywhere \\u{1b}[2J since 2025\n');
    expect(section).toContain(
      "  b-1 Question b-1 (value 2.00)\n    Not yet 0 · In pilots ██ 2 · In several places 0 · Everywhere 0 · don't know █ 1\n    - Ann: Ask IT",
    );
  });

  it('are not shown without --explain', () => {
    const text = renderProfileTable(score(q, workshop), { width: 100 });
    expect(text).not.toContain('Answers per question');
    expect(text).not.toContain('Ask IT');
  });

  it('wrap between options on a narrow terminal', () => {
    const text = renderProfileTable(score(q, workshop, { explain: true }), { width: 60 });
    const section = text.slice(text.indexOf('Answers per question'));
    expect(section).toContain('    Not yet ██ 2 · In pilots 0 · In several places 0\n    Everywhere █ 1\n');
  });
});

describe('answers per question in Markdown', () => {
  it('lists per unit each question with its bar and its notes, escaped', () => {
    const md = renderProfileMarkdown(score(q, workshop, { language: 'nl' }));
    const section = md.slice(md.indexOf('## Antwoorden per vraag'));
    expect(section).toContain(
      '### Alfa › A een\n\n- **a1-1** Vraag a1-1 (waarde 2,00)\\\n  Nog niet ██ 2 · In pilots 0 · Op meerdere plekken 0 · Overal █ 1\n  - Ann: Only the \\*pilot\\* team\n  - Everywhere \\\\u{1b}\\[2J since 2025\n',
    );
    expect(section).toContain(
      '  Nog niet 0 · In pilots ██ 2 · Op meerdere plekken 0 · Overal 0 · weet niet █ 1\n  - Ann: Ask IT',
    );
  });
});
