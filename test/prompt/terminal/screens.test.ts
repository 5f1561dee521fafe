/** Views drawn as terminal screens: styled, wrapped and with the key help, from plain data. */
import { describe, expect, it } from 'vitest';
import { en, nl } from '../../../src/prompt/messages.js';
import {
  detailScreen,
  noteScreen,
  progressBar,
  questionScreen,
  reviewScreen,
  saveFailedScreen,
  saveToScreen,
  targetScreen,
  truncate,
  type Look,
} from '../../../src/prompt/terminal/screens.js';
import type { QuestionView, ReviewView, SaveFailedView, TargetView } from '../../../src/prompt/views.js';
import type { Style } from '../../../src/util/style.js';

// Visible markers instead of colour codes, so the tests can see what is styled how.
const tag = (name: string) => (s: string) => `<${name}>${s}</${name}>`;
const style: Style = {
  error: tag('e'),
  warning: tag('w'),
  ok: tag('o'),
  dim: tag('d'),
  bold: tag('b'),
  accent: tag('a'),
};
const look: Look = { style, columns: 30, messages: nl };

const question: QuestionView = {
  kind: 'question',
  id: 'visie-1',
  place: ['Beleid', 'Visie'],
  number: 2,
  total: 4,
  counter: 'vraag 2 van 4',
  answered: 1,
  answeredText: '1 van 4 beantwoord',
  text: 'Is er een datavisie die iedereen kent?',
  help: 'Denk aan een document.',
  options: [
    { number: 1, value: 1, label: 'Begin', description: 'Niets geregeld.' },
    { number: 2, value: 2, label: 'Midden' },
  ],
  extras: [
    { action: { kind: 'answer', value: 'unknown' }, label: 'Weet niet' },
    { action: { kind: 'back' }, label: 'Terug' },
    { action: { kind: 'skip' }, label: 'Volgende' },
  ],
  current: { value: 'unknown', label: 'Weet niet' },
};

describe('progressBar and truncate', () => {
  it('fills the bar by the answered share', () => {
    expect(progressBar(0, 4)).toBe(`${'░'.repeat(20)} 0%`);
    expect(progressBar(1, 4)).toBe(`${'█'.repeat(5)}${'░'.repeat(15)} 25%`);
    expect(progressBar(3, 0)).toBe(`${'░'.repeat(20)} 0%`);
  });

  it('cuts an entry to one line of the width, with an ellipsis', () => {
    expect(truncate('visie-1  Is er\neen visie?', 40)).toBe('visie-1 Is er een visie?');
    expect(truncate('abcdefghij', 6)).toBe('abcde…');
  });
});

describe('questionScreen', () => {
  const screen = questionScreen(question, look);

  it('styles the place, counter and progress, and wraps question and help to the width', () => {
    expect(screen.message).toBe(
      [
        '<a>Beleid › Visie</a>',
        '<b>vraag 2 van 4</b>  █████░░░░░░░░░░░░░░░ 25%  <d>1 van 4 beantwoord</d>',
        '',
        '<b>Is er een datavisie die</b>',
        '<b>iedereen kent?</b>',
        '<d>Denk aan een document.</d>',
        '<d>Antwoord: Weet niet</d>',
        '',
      ].join('\n'),
    );
  });

  it('lists the answers, a divider, then the ways on; the current answer is highlighted', () => {
    expect(screen.choices).toEqual([
      { value: { kind: 'answer', value: 1 }, name: 'Begin', description: 'Niets geregeld.' },
      { value: { kind: 'answer', value: 2 }, name: 'Midden' },
      { value: { kind: 'answer', value: 'unknown' }, name: 'Weet niet' },
      { heading: '<d>──────────────</d>' },
      { value: { kind: 'back' }, name: 'Terug' },
      { value: { kind: 'skip' }, name: 'Volgende' },
    ]);
    expect(screen.default).toBe(question.extras[0]?.action);
    expect(screen.help).toBe(`<d>${nl.keysHelp}</d>`);
  });

  it('highlights nothing for a question without an answer', () => {
    const { current: _current, ...fresh } = question;
    expect(questionScreen(fresh, look).default).toBeUndefined();
  });
});

describe('the typed lines', () => {
  it('a detail says that Enter skips it', () => {
    expect(detailScreen({ kind: 'detail', field: 'role', label: 'Role' }, { ...look, messages: en })).toEqual({
      message: 'Role (Enter = skip):',
    });
  });

  it('a note shows the question on one line and the answer; a note already there is the default', () => {
    const view = {
      kind: 'note' as const,
      question: { id: 'q', text: question.text },
      answer: 'Midden',
      label: 'Notitie',
    };
    expect(noteScreen(view, look)).toEqual({
      message: '<b>Is er een datavisie die ied…</b>\nAntwoord: Midden\nNotitie (optioneel, Enter = geen notitie):',
    });
    expect(noteScreen({ ...view, current: 'eerder' }, look)).toEqual({
      message:
        '<b>Is er een datavisie die ied…</b>\nAntwoord: Midden\nNotitie (Enter = houden, Tab = bewerken, Backspace = wissen):',
      default: 'eerder',
    });
  });
});

describe('reviewScreen and targetScreen', () => {
  it('the review: finish first and highlighted, open questions under their headings, then the other choices', () => {
    const view: ReviewView = {
      kind: 'review',
      title: 'Overzicht',
      summary: 'Alles goed.',
      answered: 3,
      total: 4,
      finish: { action: { kind: 'finish' }, label: 'Afronden' },
      groups: [
        {
          status: 'unknown',
          heading: 'Weet niet (1)',
          questions: [{ id: 'v-2', text: 'Een lange vraag die niet past' }],
        },
      ],
      actions: [{ action: { kind: 'restart' }, label: 'Opnieuw' }],
    };
    const screen = reviewScreen(view, look);
    expect(screen.message).toBe('<a>Overzicht</a>\nAlles goed.');
    expect(screen.choices).toEqual([
      { value: { kind: 'finish' }, name: 'Afronden' },
      { heading: '<d>Weet niet (1)</d>' },
      { value: { kind: 'jump', question: 'v-2' }, name: 'v-2 Een lange vraag d…' }, // 22 = 30 columns - 8
      { heading: '<d>──────────────</d>' },
      { value: { kind: 'restart' }, name: 'Opnieuw' },
    ]);
    expect(screen.default).toBe(view.finish.action);
    expect(screen.pageSize).toBe(16);
  });

  it('a target: the levels, a divider, "none"; the level set before is highlighted', () => {
    const view: TargetView = {
      kind: 'target',
      title: 'Ambitie',
      dimension: { id: 'data', name: 'Data' },
      number: 2,
      total: 3,
      question: 'Welke fase?',
      levels: [
        { rank: 1, label: 'Laag', description: 'Begin.' },
        { rank: 2, label: 'Hoog' },
      ],
      none: 'Geen',
      current: 2,
    };
    const screen = targetScreen(view, look);
    expect(screen.message).toBe('<a>Ambitie · 2/3</a>\n<b>Welke fase?</b>');
    expect(screen.choices).toEqual([
      { value: { kind: 'level', rank: 1 }, name: 'Laag', description: 'Begin.' },
      { value: { kind: 'level', rank: 2 }, name: 'Hoog' },
      { heading: '<d>──────────────</d>' },
      { value: { kind: 'none' }, name: 'Geen' },
    ]);
    expect(screen.default).toEqual({ kind: 'level', rank: 2 });
    const { current: _current, ...unset } = view;
    expect(targetScreen(unset, look).default).toBeUndefined();
  });
});

describe('the screens of a failed save', () => {
  const view: SaveFailedView = {
    kind: 'save-failed',
    problem: 'kan antwoorden.yaml niet opslaan: ENOSPC (de schijf is vol)',
    kept: 'Niets gaat verloren.',
    actions: [
      { action: { kind: 'retry' }, label: 'Opnieuw proberen' },
      { action: { kind: 'elsewhere' }, label: 'Elders' },
      { action: { kind: 'stop' }, label: 'Stoppen' },
    ],
  };

  it('the problem as an error wrapped to the width, that nothing is lost, and the choices with "try again" highlighted', () => {
    const screen = saveFailedScreen(view, look);
    expect(screen.message).toBe(
      [
        '<e>kan antwoorden.yaml niet</e>',
        '<e>opslaan: ENOSPC (de schijf</e>',
        '<e>is vol)</e>',
        'Niets gaat verloren.',
      ].join('\n'),
    );
    expect(screen.choices).toEqual([
      { value: { kind: 'retry' }, name: 'Opnieuw proberen' },
      { value: { kind: 'elsewhere' }, name: 'Elders' },
      { value: { kind: 'stop' }, name: 'Stoppen' },
    ]);
    expect(screen.default).toEqual({ kind: 'retry' });
    expect(screen.help).toBe('<d>↑↓ of cijfer: kiezen • Enter: bevestigen • Ctrl-C: stoppen</d>');
  });

  it('the other file to save to says that Enter goes back', () => {
    expect(saveToScreen({ kind: 'save-to', label: en.saveToLabel }, { ...look, messages: en })).toEqual({
      message: 'Another answer file (.yaml or .json) (Enter = back):',
    });
    expect(saveToScreen({ kind: 'save-to', label: nl.saveToLabel }, look)).toEqual({
      message: 'Ander antwoordbestand (.yaml of .json) (Enter = terug):',
    });
  });
});
