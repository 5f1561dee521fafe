/**
 * The views the interview hands its front end: plain data, with no terminal in sight. A scripted
 * `Prompts` records every view and answers from a list; when the list runs out it cancels.
 */
import { describe, expect, it } from 'vitest';
import type { AnswerSet, AnswerValue } from '../../src/answers/types.js';
import {
  interview,
  optionNumbers,
  SaveError,
  sessionLanguage,
  type InterviewOptions,
} from '../../src/prompt/interview.js';
import { en, nl } from '../../src/prompt/messages.js';
import type { Prompts } from '../../src/prompt/prompts.js';
import type {
  ConfirmAction,
  InterviewView,
  NoteView,
  QuestionAction,
  QuestionView,
  ReviewAction,
  ReviewView,
  SaveFailedAction,
  TargetAction,
  TargetView,
} from '../../src/prompt/views.js';
import { freshAnswers, loadScan } from './scan.js';

const q = loadScan();
// Interview order (by dimension): visie-1, visie-2, sturing-1, data-1.

type Reply = string | QuestionAction | ReviewAction | ConfirmAction | TargetAction | SaveFailedAction;

function scripted(replies: Reply[]) {
  const views: InterviewView[] = [];
  const next = <R>(view: InterviewView): Promise<R> => {
    views.push(structuredClone(view));
    const reply = replies.shift();
    if (reply === undefined) return Promise.reject(Object.assign(new Error('stop'), { name: 'ExitPromptError' }));
    return Promise.resolve(reply as R);
  };
  const prompts: Prompts = {
    detail: next,
    question: next,
    note: next,
    review: next,
    confirm: next,
    target: next,
    saveFailed: next,
    saveTo: next,
  };
  return { prompts, views };
}

/** Runs an interview (Dutch unless told) on the replies, and returns every view it showed. */
async function viewsOf(replies: Reply[], options: Partial<InterviewOptions> = {}): Promise<InterviewView[]> {
  const { prompts, views } = scripted(replies);
  await interview({
    questionnaire: q,
    answers: freshAnswers(q),
    language: 'nl',
    messages: nl,
    prompts,
    save: async () => {},
    ...options,
  });
  return views;
}

const a = (value: AnswerValue): QuestionAction => ({ kind: 'answer', value });
const skip: QuestionAction = { kind: 'skip' };
const questions = (views: InterviewView[]) => views.filter((v): v is QuestionView => v.kind === 'question');

describe('the question view', () => {
  it('says where the question is, how far along, its text and help, its options and the extra choices', async () => {
    const [first] = await viewsOf([]);
    expect(first).toEqual({
      kind: 'question',
      id: 'visie-1',
      place: ['Beleid', 'Visie'],
      number: 1,
      total: 4,
      counter: 'vraag 1 van 4',
      answered: 0,
      answeredText: '0 van 4 beantwoord',
      text: 'Is er een datavisie?',
      help: 'Denk aan een vastgesteld document.',
      options: [
        { number: 1, value: 1, label: 'Begin', description: 'Er is nog niets geregeld.' },
        { number: 2, value: 2, label: 'Midden' },
        { number: 3, value: 3, label: 'Ver' },
      ],
      extras: [
        { action: { kind: 'answer', value: 'unknown' }, label: 'Weet niet' },
        { action: { kind: 'skip' }, label: '→ Overslaan (later beantwoorden)' },
        { action: { kind: 'review' }, label: '☰ Naar het overzicht en afronden' },
      ],
    });
  });

  it('numbers options by value where a question adds a 0 below the legal floor, so a digit is the same value on every question', async () => {
    const floor = loadScan('test/fixtures/run/floor-digits.yaml');
    const [reg, told] = questions(await viewsOf([skip, skip], { questionnaire: floor, answers: freshAnswers(floor) }));
    expect(reg?.options.map((o) => [o.number, o.value, o.belowLegalFloor])).toEqual([
      [0, 0, true],
      [1, 1, undefined],
      [2, 2, undefined],
      [3, 3, undefined],
      [4, 4, undefined],
    ]);
    expect(told?.options.map((o) => [o.number, o.value])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
    ]);
  });

  it('numbers options by value only where the values are distinct whole numbers from 0 to 9, else by place', () => {
    expect(optionNumbers([0, 1, 2, 3, 4])).toEqual([0, 1, 2, 3, 4]);
    expect(optionNumbers([2, 5, 9])).toEqual([2, 5, 9]);
    expect(optionNumbers([0, 0.5, 1])).toEqual([1, 2, 3]);
    expect(optionNumbers([1, 2, 10])).toEqual([1, 2, 3]);
    expect(optionNumbers([-1, 0, 1])).toEqual([1, 2, 3]);
    expect(optionNumbers([1, 1, 2])).toEqual([1, 2, 3]);
  });

  it('offers "don\'t know" or "not applicable" as the scale allows, and back from the second question on', async () => {
    const views = questions(await viewsOf([a(1), '', a('unknown'), '', skip]));
    expect(views.map((v) => [v.id, v.number, v.answered])).toEqual([
      ['visie-1', 1, 0],
      ['visie-2', 2, 1],
      ['sturing-1', 3, 2],
      ['data-1', 4, 2],
    ]);
    const data = views[3] as QuestionView;
    expect(data.place).toEqual(['Data']);
    expect(data.help).toBeUndefined();
    expect(data.options).toEqual([
      { number: 1, value: 1, label: 'Nee' },
      { number: 3, value: 3, label: 'Ja' },
    ]);
    expect(data.extras.map((e) => e.action)).toEqual([
      { kind: 'answer', value: 'not-applicable' },
      { kind: 'back' },
      { kind: 'skip' },
      { kind: 'review' },
    ]);
    expect(data.extras[0]?.label).toBe('Niet van toepassing');
    expect(data.extras[1]?.label).toBe('← Terug naar de vorige vraag');
  });

  it('a revisited question carries its answer and note, and offers "next" instead of "skip"', async () => {
    const views = questions(await viewsOf([a(2), 'een notitie', { kind: 'back' }]));
    const again = views[2] as QuestionView;
    expect(again.id).toBe('visie-1');
    expect(again.current).toEqual({ value: 2, label: 'Midden' });
    expect(again.note).toBe('een notitie');
    expect(again.extras).toContainEqual({
      action: { kind: 'skip' },
      label: '→ Volgende vraag (antwoord blijft staan)',
    });
  });

  it('an answer the scale does not offer is not current', async () => {
    const answers: AnswerSet = { ...freshAnswers(q), answers: { 'data-1': { value: 'unknown' } } };
    const views = questions(await viewsOf([skip, skip, skip], { answers }));
    expect(views[3]?.id).toBe('data-1');
    expect(views[3]?.current).toBeUndefined();
  });

  it('opened from the review, a question leads back to the review and not on to the overview', async () => {
    const views = await viewsOf([{ kind: 'review' }, { kind: 'jump', question: 'sturing-1' }]);
    const jumped = views[2] as QuestionView;
    expect(jumped.id).toBe('sturing-1');
    expect(jumped.extras.map((e) => e.action.kind)).toEqual(['answer', 'back', 'skip']);
    expect(jumped.extras[1]?.label).toBe('← Terug naar het overzicht');
  });
});

describe('the question view: a question\'s own "not applicable"', () => {
  // test/fixtures/keys/scan.yaml asks visie-1, visie-2, sturing-1, data-1, data-2.
  const keys = loadScan('test/fixtures/keys/scan.yaml');
  const answersOf = async () =>
    questions(await viewsOf([skip, skip, skip, skip], { questionnaire: keys, answers: freshAnswers(keys) })).map(
      (v) => [v.id, v.extras.filter((e) => e.action.kind === 'answer').map((e) => e.label)],
    );

  it('offers it where the question allows it on a scale that does not, and not where it forbids it on one that does', async () => {
    expect(await answersOf()).toEqual([
      ['visie-1', ['Weet niet', 'Niet van toepassing']],
      ['visie-2', ['Weet niet']],
      ['sturing-1', ['Weet niet']],
      ['data-1', ['Weet niet']],
      ['data-2', ['Weet niet', 'Niet van toepassing']],
    ]);
  });
});

describe('the instructions', () => {
  const keys = loadScan('test/fixtures/keys/scan.yaml');
  const text =
    'Kies de hoogste fase waarvan de beschrijving helemaal klopt. Geldt die maar voor één domein, kies dan fase 2.';

  it('go with the first question shown, once, and stand in the overview', async () => {
    const views = await viewsOf([skip, { kind: 'back' }, { kind: 'review' }], {
      questionnaire: keys,
      answers: freshAnswers(keys),
    });
    expect(views.map((v) => [v.kind, (v as { instructions?: string }).instructions])).toEqual([
      ['question', text],
      ['question', undefined],
      ['question', undefined],
      ['review', text],
    ]);
  });

  it('go with the first question a resumed interview shows, in its language', async () => {
    const resumed = { ...freshAnswers(keys), answers: { 'visie-1': { value: 2 } } };
    const [first] = await viewsOf([], {
      questionnaire: keys,
      answers: resumed,
      resume: true,
      language: 'en',
      messages: en,
    });
    expect(first).toMatchObject({ kind: 'question', id: 'visie-2' });
    expect((first as QuestionView).instructions).toBe(
      'Choose the highest phase whose description fully applies. If it applies to one domain only, choose phase 2.',
    );
  });

  it('are absent where the questionnaire has none', async () => {
    const views = await viewsOf([{ kind: 'review' }]);
    expect(views.map((v) => 'instructions' in v)).toEqual([false, false]);
  });
});

describe('what the host says, and the language', () => {
  it('each notice goes with the next view only', async () => {
    const pending = ['De antwoorden worden na elke vraag bewaard in a.yaml'];
    const views = await viewsOf([a(1), ''], { notices: () => pending.splice(0) });
    expect(views.map((v) => v.notices)).toEqual([
      ['De antwoorden worden na elke vraag bewaard in a.yaml'],
      undefined,
      undefined,
    ]);
  });

  it("the session keeps the interview's language, as the questionnaire names it", async () => {
    const saves: AnswerSet[] = [];
    await viewsOf([], { language: 'en-GB', messages: en, save: async (set) => void saves.push(set) });
    expect(saves.at(-1)?.session).toEqual({ status: 'in-progress', language: 'en' });
    expect(sessionLanguage(q, 'NL')).toBe('nl');
    expect(sessionLanguage(q, 'fr_BE.UTF-8')).toBe('fr'); // the tool's words are English then, its texts Dutch
    expect(sessionLanguage(q, '12')).toBeUndefined(); // not a language an answer file can name
  });
});

describe('the other views', () => {
  it('asks the details by field, labelled without key help', async () => {
    const views = await viewsOf(['Gemeente Noord', '', 'CIO'], { details: ['organisation', 'name', 'role'] });
    expect(views.slice(0, 3)).toEqual([
      { kind: 'detail', field: 'organisation', label: 'Organisatie' },
      { kind: 'detail', field: 'name', label: 'Naam van wie antwoordt' },
      { kind: 'detail', field: 'role', label: 'Rol of functie' },
    ]);
  });

  it('asks the note with the question, the answer just chosen, and the note there was', async () => {
    const views = await viewsOf([a('unknown'), 'eerst', { kind: 'back' }, a(3)]);
    const notes = views.filter((v): v is NoteView => v.kind === 'note');
    expect(notes).toEqual([
      {
        kind: 'note',
        question: { id: 'visie-1', text: 'Is er een datavisie?' },
        answer: 'Weet niet',
        label: 'Notitie',
      },
      {
        kind: 'note',
        question: { id: 'visie-1', text: 'Is er een datavisie?' },
        answer: 'Ver',
        label: 'Notitie',
        current: 'eerst',
      },
    ]);
  });

  it('the review lists the unanswered and unknown questions to jump to, then the targets and a restart', async () => {
    const views = await viewsOf([skip, a('unknown'), '', a(1), '', a(1), '']);
    const review = views.at(-1) as ReviewView;
    expect(review).toEqual({
      kind: 'review',
      title: 'Overzicht',
      summary: '3 van 4 vragen beantwoord (waarvan 1 met "weet niet"); 1 niet beantwoord.',
      answered: 3,
      total: 4,
      finish: { action: { kind: 'finish' }, label: '✔ Afronden en het profiel tonen' },
      groups: [
        {
          status: 'unanswered',
          heading: 'Niet beantwoord (1): kies een vraag om hem te beantwoorden',
          questions: [
            {
              id: 'visie-1',
              place: ['Beleid', 'Visie'],
              text: 'Is er een datavisie?',
              distinct: 'Is er een datavisie?',
            },
          ],
        },
        {
          status: 'unknown',
          heading: 'Weet niet (1)',
          questions: [
            {
              id: 'visie-2',
              place: ['Beleid', 'Visie'],
              text: 'Wordt de visie gedragen?',
              distinct: 'Wordt de visie gedragen?',
            },
          ],
        },
      ],
      actions: [
        { action: { kind: 'targets' }, label: 'Ambitie per dimensie opgeven' },
        { action: { kind: 'restart' }, label: 'Alle vragen nog eens doorlopen' },
      ],
    });
  });

  it('names each open question by its place and the words that set it apart from those listed beside it', async () => {
    const review = (await viewsOf([skip, skip, skip, skip])).at(-1) as ReviewView;
    expect(review.groups[0]?.questions.map((x) => [x.place.join(' › '), x.distinct])).toEqual([
      ['Beleid › Visie', 'Is er een datavisie?'],
      ['Beleid › Visie', '…de visie gedragen?'],
      ['Beleid › Sturing', '…er op data gestuurd?'],
      ['Data', 'Is er een dataregister?'],
    ]);
  });

  it('Finish with questions open asks first, saying how many, and goes back to the review unless told to go on', async () => {
    const views = await viewsOf([
      { kind: 'review' },
      { kind: 'finish' },
      { kind: 'no' },
      { kind: 'finish' },
      { kind: 'yes' },
    ]);
    const confirms = views.filter((v) => v.kind === 'confirm');
    expect(confirms[0]).toEqual({
      kind: 'confirm',
      question: '4 van de 4 vragen zijn nog niet beantwoord. Toch afronden?',
      no: { action: { kind: 'no' }, label: '← Terug naar het overzicht' },
      yes: { action: { kind: 'yes' }, label: '✔ Toch afronden' },
    });
    expect(views.map((v) => v.kind)).toEqual(['question', 'review', 'confirm', 'review', 'confirm']);
  });

  it('Finish with every question answered (some with "don\'t know") asks nothing', async () => {
    const views = await viewsOf([a('unknown'), '', a(1), '', a(1), '', a(1), '', { kind: 'finish' }]);
    expect(views.filter((v) => v.kind === 'confirm')).toEqual([]);
  });

  it('asks the ambition per dimension with the levels by rank, and shows the one set before', async () => {
    const answers: AnswerSet = { ...freshAnswers(q), targets: { data: 2 } };
    const views = await viewsOf([{ kind: 'review' }, { kind: 'targets' }, { kind: 'level', rank: 3 }], { answers });
    const targets = views.filter((v): v is TargetView => v.kind === 'target');
    expect(targets[0]).toEqual({
      kind: 'target',
      title: 'Ambitie',
      dimension: { id: 'beleid', name: 'Beleid' },
      number: 1,
      total: 2,
      question: 'Welke fase wilt u bereiken voor Beleid?',
      levels: [
        { rank: 1, label: 'Beginnend' },
        { rank: 2, label: 'Groeiend' },
        { rank: 3, label: 'Volwassen' },
      ],
      none: 'Geen ambitie opgeven',
    });
    expect(targets[1]).toMatchObject({ dimension: { id: 'data', name: 'Data' }, number: 2, current: 2 });
  });

  it('"no ambition" clears a target', async () => {
    const { prompts } = scripted([
      { kind: 'review' },
      { kind: 'targets' },
      { kind: 'level', rank: 1 },
      { kind: 'none' },
    ]);
    const result = await interview({
      questionnaire: q,
      answers: { ...freshAnswers(q), targets: { data: 2 } },
      language: 'nl',
      messages: nl,
      prompts,
      save: async () => {},
    });
    expect(result.answers.targets).toEqual({ beleid: 1 });
  });
});

describe('the views of a failed save', () => {
  /** A save that fails while `visie-1` is answered and nothing was moved. */
  const failing = () => {
    let moved = false;
    return {
      save: async (set: AnswerSet) => {
        if (set.answers['visie-1'] && !moved) throw new SaveError('kan a.yaml niet opslaan: ENOSPC (de schijf is vol)');
      },
      saveTo: async () => {
        moved = true;
      },
    };
  };

  it('says the problem and that nothing is lost, and offers try again, another file (when the host can) and stop', async () => {
    const views = await viewsOf([a(1)], failing());
    expect(views.at(-1)).toEqual({
      kind: 'save-failed',
      problem: 'kan a.yaml niet opslaan: ENOSPC (de schijf is vol)',
      kept: 'Er gaat nog niets verloren: datascan houdt alle antwoorden vast tot het opslaan lukt.',
      actions: [
        { action: { kind: 'retry' }, label: 'Opnieuw proberen' },
        { action: { kind: 'elsewhere' }, label: 'In een ander bestand opslaan…' },
        { action: { kind: 'stop' }, label: 'Stoppen (wat niet is opgeslagen gaat verloren)' },
      ],
    });
    const { save } = failing();
    const withoutSaveTo = await viewsOf([a(1)], { save });
    expect(withoutSaveTo.at(-1)).toMatchObject({
      kind: 'save-failed',
      actions: [{ action: { kind: 'retry' } }, { action: { kind: 'stop' } }],
    });
  });

  it('asks for the other file, and goes on with the note once it is saved there', async () => {
    const views = await viewsOf([a(1), { kind: 'elsewhere' }, 'b.yaml'], failing());
    expect(views.slice(-3).map((v) => v.kind)).toEqual(['save-failed', 'save-to', 'note']);
    expect(views.at(-2)).toEqual({ kind: 'save-to', label: 'Ander antwoordbestand (.yaml of .json)' });
  });
});

/** Every string in a value, however deep. */
const texts = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : typeof value === 'object' && value !== null
      ? Object.values(value).flatMap(texts)
      : [];

describe('view texts', () => {
  it('are plain and unwrapped, in the language of the interview: no colour codes, no key help', async () => {
    const long = structuredClone(q);
    const text = 'A question long enough to need wrapping on any terminal that is narrower than this sentence is';
    const first = long.questions.find((x) => x.id === 'visie-1');
    if (first) first.text = { nl: text, en: text };
    const views = await viewsOf(
      ['Org', skip, a('unknown'), '', a(1), 'note', a('not-applicable'), '', { kind: 'targets' }, { kind: 'none' }],
      { questionnaire: long, language: 'en', messages: en, details: ['organisation'] },
    );
    expect(new Set(views.map((v) => v.kind))).toEqual(new Set(['detail', 'question', 'note', 'review', 'target']));
    const all = texts(views);
    expect(all.filter((t) => t.includes('\u001b') || t.includes('\n'))).toEqual([]);
    expect(all.filter((t) => t.includes(en.keysHelp(false, true)) || t.includes('Enter ='))).toEqual([]);
    expect((views[1] as QuestionView).text).toBe(text);
    expect((views[1] as QuestionView).counter).toBe('question 1 of 4');
  });
});

describe("the overview's summary", () => {
  it('says how many are "don\'t know" only when there are some, as the reports do', () => {
    expect(nl.reviewSummary(3, 4, 1, 1)).toBe(
      '3 van 4 vragen beantwoord (waarvan 1 met "weet niet"); 1 niet beantwoord.',
    );
    expect(nl.reviewSummary(3, 4, 0, 1)).toBe('3 van 4 vragen beantwoord; 1 niet beantwoord.');
    expect(en.reviewSummary(3, 4, 0, 1)).toBe('3 of 4 questions answered; 1 unanswered.');
  });
});
