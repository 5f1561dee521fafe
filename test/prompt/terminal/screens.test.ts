/** Views drawn as terminal screens: styled, wrapped and with the key help, from plain data. */
import { describe, expect, it } from 'vitest';
import { en, nl } from '../../../src/prompt/messages.js';
import {
  confirmScreen,
  detailScreen,
  noteScreen,
  progressBar,
  questionScreen,
  reviewScreen,
  saveFailedScreen,
  saveToScreen,
  targetScreen,
  type Look,
} from '../../../src/prompt/terminal/screens.js';
import type { QuestionView, ReviewView, SaveFailedView, TargetView } from '../../../src/prompt/views.js';
import type { Style } from '../../../src/util/style.js';
import { truncate } from '../../../src/util/text.js';
import { unsafeCharacters } from '../../helpers/unsafe.js';

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

  it('cuts text to one line of the width after the last whole word, with an ellipsis', () => {
    expect(truncate('visie-1  Is er\neen visie?', 40)).toBe('visie-1 Is er een visie?');
    expect(truncate('van de beleidsregels', 13)).toBe('van de…');
    expect(truncate('van de beleidsregels', 7)).toBe('van de…');
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
      { value: { kind: 'answer', value: 1 }, name: 'Begin', number: 1, description: 'Niets geregeld.' },
      { value: { kind: 'answer', value: 2 }, name: 'Midden', number: 2 },
      { value: { kind: 'answer', value: 'unknown' }, name: 'Weet niet', key: 'w' },
      { heading: '<d>──────────────</d>' },
      { value: { kind: 'back' }, name: 'Terug', key: 'b' },
      { value: { kind: 'skip' }, name: 'Volgende', key: 's' },
    ]);
    expect(screen.default).toBe(question.extras[0]?.action);
    expect(screen.help).toBe(`<d>${nl.keysHelp(false, true)}</d>`);
    expect(screen.help).toContain('cijfer of [letter]: meteen kiezen');
  });

  it('gives the other answers and the ways on the letters of the catalogue, the options none', () => {
    const view: QuestionView = {
      ...question,
      extras: [
        { action: { kind: 'answer', value: 'unknown' }, label: "Don't know" },
        { action: { kind: 'answer', value: 'not-applicable' }, label: 'Not applicable' },
        { action: { kind: 'back' }, label: 'Back' },
        { action: { kind: 'skip' }, label: 'Skip' },
        { action: { kind: 'review' }, label: 'Overview' },
      ],
    };
    const keys = questionScreen(view, { ...look, messages: en }).choices.map((c) => ('key' in c ? c.key : undefined));
    expect(keys).toEqual([undefined, undefined, 'd', 'n', undefined, 'b', 's', 'o']);
  });

  it('the instructions stand last above the options; folded, a line says the overview has them', () => {
    const first = questionScreen({ ...question, instructions: 'Kies de hoogste fase die helemaal klopt.' }, look);
    const above = screen.message.split('\n').slice(0, -1);
    expect(first.message.split('\n')).toEqual([
      ...above,
      '',
      '<a>Zo beantwoordt u de vragen:</a>',
      'Kies de hoogste fase die',
      'helemaal klopt.',
      '',
    ]);
    expect(first.folded?.split('\n')).toEqual([
      ...above,
      '',
      '<a>Zo beantwoordt u de vragen:</a>',
      '<a>zie het overzicht.</a>',
      '',
    ]);
    expect(first.choices).toEqual(screen.choices);
    expect(screen.folded).toBeUndefined();
  });

  it('a room’s bars carry the numbers the options are chosen by; folded (a small screen), the question goes without its help', () => {
    const room = {
      heading: 'Antwoorden van 3 deelnemers',
      counts: [
        { label: 'Begin', count: 2 },
        { label: 'Midden', count: 0 },
        { label: 'Weet niet', count: 1 },
      ],
      total: 3,
      notesHeading: 'Notities (anoniem)',
      notes: [],
    };
    const wide: Look = { ...look, columns: 60 };
    const shown = questionScreen({ ...question, current: undefined, room }, wide);
    const bars = ['<a>Antwoorden van 3 deelnemers</a>', '  1. Begin   ██ 2', '  2. Midden  0', '  Weet niet  █ 1'];
    expect(shown.message).toContain(bars.join('\n'));
    expect(shown.message).toContain('<d>Denk aan een document.</d>');
    expect(shown.folded).toContain(bars.join('\n'));
    expect(shown.folded).toContain('<b>Is er een datavisie die iedereen kent?</b>');
    expect(shown.folded).not.toContain('Denk aan een document.');
  });

  it('keeps the numbers the view gives the options, and marks one below the legal floor in words', () => {
    const view: QuestionView = {
      ...question,
      options: [{ number: 0, value: 0, label: 'Geen register', belowLegalFloor: true }, ...question.options],
    };
    const [floor, first] = questionScreen(view, look).choices;
    expect(floor).toEqual({
      value: { kind: 'answer', value: 0 },
      name: 'Geen register <e>(onder de wettelijke ondergrens)</e>',
      number: 0,
    });
    expect(first).toMatchObject({ name: 'Begin', number: 1 });
    expect(questionScreen(view, { ...look, messages: en }).choices[0]).toMatchObject({
      name: 'Geen register <e>(below the legal floor)</e>',
    });
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
      message: '<b>Is er een datavisie die…</b>\nAntwoord: Midden\nNotitie (optioneel, Enter = geen notitie):',
    });
    expect(noteScreen({ ...view, current: 'eerder' }, look)).toEqual({
      message:
        '<b>Is er een datavisie die…</b>\nAntwoord: Midden\nNotitie (Enter = houden, Tab = bewerken, Backspace = wissen):',
      default: 'eerder',
    });
  });
});

describe('reviewScreen and targetScreen', () => {
  it('the review: finish first and highlighted, open questions by place and what sets them apart, whole, then the other choices', () => {
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
          questions: [
            {
              id: 'v-2',
              place: ['Beleid', 'Visie'],
              text: 'Een lange vraag die niet past',
              distinct: '…vraag die niet past',
            },
          ],
        },
      ],
      actions: [{ action: { kind: 'restart' }, label: 'Opnieuw' }],
    };
    const screen = reviewScreen(view, look);
    expect(screen.message).toBe('<a>Overzicht</a>\nAlles goed.');
    expect(screen.choices).toEqual([
      { value: { kind: 'finish' }, name: 'Afronden' },
      { heading: '<d>Weet niet (1)</d>' },
      // Whole, though longer than the 30 columns: the list wraps it by words.
      { value: { kind: 'jump', question: 'v-2' }, name: 'Beleid › Visie: …vraag die niet past' },
      { heading: '<d>──────────────</d>' },
      { value: { kind: 'restart' }, name: 'Opnieuw' },
    ]);
    expect(screen.default).toBe(view.finish.action);
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
    // Where the dimension stands now, under the question.
    expect(targetScreen({ ...view, now: { rank: 1, text: 'Nu: Laag' } }, look).message).toBe(
      '<a>Ambitie · 2/3</a>\n<b>Welke fase?</b>\n<d>Nu: Laag</d>',
    );
  });

  it('a confirmation: the question wrapped, then going back (highlighted) and going on', () => {
    const screen = confirmScreen(
      {
        kind: 'confirm',
        question: '14 van de 17 vragen zijn nog niet beantwoord. Toch afronden?',
        no: { action: { kind: 'no' }, label: 'Terug' },
        yes: { action: { kind: 'yes' }, label: 'Toch afronden' },
      },
      look,
    );
    expect(screen.message).toBe('<b>14 van de 17 vragen zijn nog</b>\n<b>niet beantwoord. Toch</b>\n<b>afronden?</b>');
    expect(screen.choices).toEqual([
      { value: { kind: 'no' }, name: 'Terug' },
      { value: { kind: 'yes' }, name: 'Toch afronden' },
    ]);
    expect(screen.default).toEqual({ kind: 'no' });
  });
});

describe('notices and notes on screens', () => {
  it('a notice goes above the screen it came with, wrapped, as safe text', () => {
    const notice = 'De antwoorden worden na elke vraag bewaard in a.yaml';
    expect(
      questionScreen({ ...question, notices: [notice] }, look)
        .message.split('\n')
        .slice(0, 4),
    ).toEqual(['De antwoorden worden na elke', 'vraag bewaard in a.yaml', '', '<a>Beleid › Visie</a>']);
    expect(questionScreen(question, look).message.split('\n')[0]).toBe('<a>Beleid › Visie</a>');
    expect(detailScreen({ kind: 'detail', field: 'name', label: 'Naam', notices: ['x\u001b[2J'] }, look).message).toBe(
      'x\\u{1b}[2J\n\nNaam (Enter = overslaan):',
    );
  });

  it('a question shows the note it has before anything is chosen', () => {
    const lines = questionScreen({ ...question, note: 'vastgesteld in 2023' }, look).message.split('\n');
    expect(lines).toContain('<d>Notitie: vastgesteld in 2023</d>');
    expect(questionScreen(question, look).message).not.toContain('Notitie');
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
    expect(screen.help).toBe(`<d>${nl.saveFailedKeys}</d>`);
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

describe('texts from the questionnaire and the answer file are shown as safe text', () => {
  // A window title, a clipboard write, a screen clear, a fake colour, an 8-bit CSI and a bidi override.
  const hostile = (text: string) =>
    `${text} \u001b]0;pwned\u0007\u001b]52;c;eA==\u0007\u001b[2J\u001b[31m\u009b2J\u202e`;
  const SAFE = ' \\u{1b}]0;pwned\\u{7}\\u{1b}]52;c;eA==\\u{7}\\u{1b}[2J\\u{1b}[31m\\u{9b}2J\\u{202e}';
  /** Every string a screen hands to the widgets, joined. */
  const shown = (value: unknown): string =>
    typeof value === 'string'
      ? value
      : value !== null && typeof value === 'object'
        ? Object.values(value).map(shown).join('\n')
        : '';

  it('the question screen: place, text, help, options and the answer chosen, styled around the safe text', () => {
    const view: QuestionView = {
      ...question,
      place: [hostile('Beleid')],
      text: hostile('Vraag'),
      help: hostile('Hulp'),
      options: [{ number: 1, value: 1, label: hostile('Begin'), description: hostile('Niets') }],
      current: { value: 1, label: hostile('Begin') },
    };
    const screen = questionScreen(view, { ...look, columns: 400 });
    expect(screen.message.split('\n').slice(0, 1)).toEqual([`<a>Beleid${SAFE}</a>`]);
    expect(screen.message).toContain(`<b>Vraag${SAFE}</b>`);
    expect(screen.message).toContain(`<d>Hulp${SAFE}</d>`);
    expect(screen.choices[0]).toEqual({
      value: { kind: 'answer', value: 1 },
      name: `Begin${SAFE}`,
      number: 1,
      description: `Niets${SAFE}`,
    });
    expect(unsafeCharacters(shown(screen))).toEqual([]);
  });

  it('the note screen: the question and the answer; the note kept stays as the file has it', () => {
    const screen = noteScreen(
      {
        kind: 'note',
        question: { id: 'q', text: hostile('Vraag') },
        answer: hostile('Begin'),
        label: 'Notitie',
        current: hostile('Notitie'),
      },
      { ...look, columns: 400 },
    );
    expect(unsafeCharacters(screen.message)).toEqual([]);
    expect(screen.message).toContain(`Antwoord: Begin${SAFE}`);
    // What Enter keeps: the text widget shows it as safe text (see widgets.test.ts).
    expect(screen.default).toBe(hostile('Notitie'));
  });

  it('the review lists open questions as safe text, but jumps to the id as it is', () => {
    const id = hostile('v-2');
    const screen = reviewScreen(
      {
        kind: 'review',
        title: 'Overzicht',
        summary: 'Alles goed.',
        answered: 0,
        total: 1,
        finish: { action: { kind: 'finish' }, label: 'Afronden' },
        groups: [
          {
            status: 'unanswered',
            heading: 'Open (1)',
            questions: [{ id, place: [hostile('Beleid')], text: hostile('Vraag'), distinct: hostile('Vraag') }],
          },
        ],
        actions: [],
      },
      { ...look, columns: 400 },
    );
    const jump = screen.choices[2] as { value: unknown; name: string };
    expect(jump.value).toEqual({ kind: 'jump', question: id });
    expect(jump.name).toBe(`Beleid${SAFE}: Vraag${SAFE}`);
    expect(unsafeCharacters(shown(screen.choices.map((c) => ('name' in c ? c.name : c.heading))))).toEqual([]);
  });

  it('the target screen: the question and the levels', () => {
    const screen = targetScreen(
      {
        kind: 'target',
        title: 'Ambitie',
        dimension: { id: 'data', name: hostile('Data') },
        number: 1,
        total: 1,
        question: hostile('Welke fase voor Data'),
        levels: [{ rank: 1, label: hostile('Laag'), description: hostile('Begin') }],
        none: 'Geen',
      },
      look,
    );
    expect(screen.message).toBe(`<a>Ambitie · 1/1</a>\n<b>Welke fase voor Data${SAFE}</b>`);
    expect(screen.choices[0]).toEqual({
      value: { kind: 'level', rank: 1 },
      name: `Laag${SAFE}`,
      description: `Begin${SAFE}`,
    });
    expect(unsafeCharacters(shown(screen))).toEqual([]);
  });

  it('the failed-save screen: the problem names a file, shown as safe text', () => {
    const screen = saveFailedScreen(
      {
        kind: 'save-failed',
        problem: hostile('kan niet opslaan:'),
        kept: 'Niets gaat verloren.',
        actions: [{ action: { kind: 'retry' }, label: 'Opnieuw' }],
      },
      look,
    );
    expect(unsafeCharacters(shown(screen))).toEqual([]);
  });
});
