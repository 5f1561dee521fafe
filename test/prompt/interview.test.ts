// The screen helpers must be imported before the interview (they replace its prompts).
import { choose, chooseLast, enter, loadScan, press, screen, shown, start, typeLine } from './drive.js';
import { describe, expect, it } from 'vitest';
import type { AnswerSet } from '../../src/answers/types.js';
import { SaveError } from '../../src/prompt/interview.js';
import { en, nl } from '../../src/prompt/messages.js';
import { loadQuestionnaire } from '../scoring/load.js';
import { freshAnswers } from './scan.js';

const q = loadScan();
// Interview order (by dimension): visie-1, visie-2, sturing-1, data-1.
// List entries at visie-1: 1 Begin, 2 Midden, 3 Ver, 4 Weet niet, 5 Overslaan, 6 Overzicht.
// From visie-2 on, "Terug" comes before "Overslaan": 5 Terug, 6 Overslaan, 7 Overzicht.
// data-1 (scale ja-nee, numbered by value): 1 Nee, 3 Ja; then [n] Niet van toepassing, [b] Terug, [s], [o].

describe('interview: answering', () => {
  it('asks the details first and saves each one before the next prompt', async () => {
    const run = await start(q, { details: ['organisation', 'name', 'role'] });
    expect(shown()).toContain('Organisatie (Enter = overslaan):');
    await typeLine('Gemeente Noord');
    expect(run.last().organisation).toBe('Gemeente Noord');
    expect(shown()).toContain('Naam van wie antwoordt');
    await typeLine(''); // skipped
    expect(shown()).toContain('Rol of functie');
    await typeLine('CIO');
    expect(run.last().respondent).toEqual({ role: 'CIO' });
    expect(shown()).toContain('Is er een datavisie?');
  });

  it('shows place, counter, progress, question, help and options, then saves the answer before asking the note', async () => {
    const run = await start(q);
    const first = shown();
    expect(first).toContain('Beleid › Visie');
    expect(first).toContain('vraag 1 van 4');
    expect(first).toContain('░░░░░░░░░░░░░░░░░░░░ 0%');
    expect(first).toContain('0 van 4 beantwoord');
    expect(first).toContain('Is er een datavisie?');
    expect(first).toContain('Denk aan een vastgesteld document.');
    expect(first).toContain('❯ 1. Begin');
    expect(first).toContain('Er is nog niets geregeld.'); // the highlighted option's description
    expect(first).toContain('[w] Weet niet');
    expect(first).not.toContain('Niet van toepassing');
    expect(first).not.toContain('Terug'); // nothing before the first question
    await choose(2);
    expect(run.last().answers['visie-1']).toEqual({ value: 2 });
    expect(shown()).toContain('Antwoord: Midden');
    expect(shown()).toContain('Notitie (optioneel, Enter = geen notitie):');
    await typeLine('Vastgesteld in 2023, niet bekend bij iedereen');
    expect(run.last().answers['visie-1']).toEqual({ value: 2, note: 'Vastgesteld in 2023, niet bekend bij iedereen' });
    expect(run.last().session).toEqual({ status: 'in-progress', language: 'nl', position: 'visie-2' });
    expect(shown()).toContain('vraag 2 van 4');
    expect(shown()).toContain('1 van 4 beantwoord');
    expect(shown()).toContain('█████░░░░░░░░░░░░░░░ 25%');
  });

  it('moves the cursor with the arrow keys', async () => {
    const run = await start(q);
    screen.keypress('down');
    screen.keypress('down');
    expect(shown()).toContain('❯ 3. Ver');
    await enter();
    await typeLine('');
    expect(run.last().answers['visie-1']).toEqual({ value: 3 });
  });

  it('offers "Weet niet" and "Niet van toepassing" only where the scale allows them', async () => {
    const run = await start(q);
    await press('w'); // Weet niet
    await typeLine('');
    expect(run.last().answers['visie-1']).toEqual({ value: 'unknown' });
    await choose(1);
    await typeLine('');
    await choose(1);
    await typeLine('');
    const data = shown();
    expect(data).toContain('Data');
    expect(data).toContain('vraag 4 van 4');
    expect(data).not.toContain('Weet niet');
    expect(data).toContain('[n] Niet van toepassing');
    await press('n');
    await typeLine('');
    expect(run.last().answers['data-1']).toEqual({ value: 'not-applicable' });
    expect(shown()).toContain('Overzicht');
  });
});

describe('interview: navigation', () => {
  it('goes back to the previous question with its answer highlighted; a changed answer keeps its note', async () => {
    const run = await start(q);
    await choose(2);
    await typeLine('eerste notitie');
    await press('b'); // Terug
    const again = shown();
    expect(again).toContain('vraag 1 van 4');
    expect(again).toContain('Antwoord: Midden');
    expect(again).toContain('Notitie: eerste notitie'); // with the question, before anything is chosen
    expect(again).toContain('❯ 2. Midden');
    expect(again).toContain('[s] → Volgende vraag (antwoord blijft staan)');
    expect(run.last().session?.position).toBe('visie-1');
    await choose(3);
    expect(shown()).toContain('Notitie (Enter = houden');
    expect(shown()).toContain('eerste notitie');
    await typeLine(''); // Enter keeps the note
    expect(run.last().answers['visie-1']).toEqual({ value: 3, note: 'eerste notitie' });
    expect(shown()).toContain('vraag 2 van 4');
  });

  it('skips a question: it stays unanswered, is remembered as skipped, and the review lists it to jump to', async () => {
    const run = await start(q);
    await press('s'); // Overslaan
    expect(run.last().answers['visie-1']).toBeUndefined();
    expect(run.last().session).toEqual({
      status: 'in-progress',
      language: 'nl',
      position: 'visie-2',
      skipped: ['visie-1'],
    });
    await press('w'); // visie-2: Weet niet
    await typeLine('');
    await choose(1);
    await typeLine('');
    await choose(3); // data-1: Ja
    await typeLine('');
    const review = shown();
    expect(review).toContain('Overzicht');
    expect(review).toContain('3 van 4 vragen beantwoord (waarvan 1 met "weet niet"); 1 niet beantwoord.');
    expect(review).toContain('❯ 1. ✔ Afronden en het profiel tonen');
    expect(review).toContain('Niet beantwoord (1)');
    expect(review).toContain('2. Beleid › Visie: Is er een datavisie?');
    expect(review).toContain('Weet niet (1)');
    expect(review).toContain('3. Beleid › Visie: Wordt de visie gedragen?');
    expect(review).not.toContain('visie-1');
    expect(run.last().session?.position).toBeUndefined();

    await choose(2); // jump to visie-1
    expect(shown()).toContain('vraag 1 van 4');
    expect(shown()).toContain('← Terug naar het overzicht');
    await choose(3);
    await typeLine('');
    expect(run.last().session?.skipped).toBeUndefined();
    expect(shown()).toContain('Overzicht'); // back to the review, not on to question 2
    expect(shown()).not.toContain('Niet beantwoord');
    await choose(2); // jump to visie-2 (unknown)
    await choose(2);
    await typeLine('toch wel');
    expect(shown()).toContain('Alle vragen zijn beantwoord.');
    chooseLast(1);
    const result = await run.result;
    expect(result.status).toBe('complete');
    expect(result.answers.answers).toEqual({
      'visie-1': { value: 3 },
      'visie-2': { value: 2, note: 'toch wel' },
      'sturing-1': { value: 1 },
      'data-1': { value: 3 },
    });
    expect(result.answers.session).toEqual({ status: 'complete', language: 'nl' });
  });

  it('"naar het overzicht" leaves the walk early; the review can start it again from the first question', async () => {
    const run = await start(q);
    await press('o'); // Naar het overzicht
    expect(shown()).toContain('0 van 4 vragen beantwoord');
    expect(shown()).toContain('Niet beantwoord (4)');
    // 1 Afronden, 2-5 the questions, 6 Ambitie, 7 Alle vragen nog eens doorlopen
    expect(shown()).toContain('7. Alle vragen nog eens doorlopen');
    await choose(7);
    expect(shown()).toContain('vraag 1 van 4');
    await choose(1);
    await typeLine('');
    expect(shown()).toContain('vraag 2 van 4'); // walking on, not back to the review
    expect(run.last().answers['visie-1']).toEqual({ value: 1 });
  });
});

describe('interview: stopping and resuming', () => {
  it('Ctrl-C ends the interview as cancelled with every answer so far and where it stood', async () => {
    const run = await start(q);
    await choose(1);
    await typeLine('');
    await press('b'); // visie-2: Terug
    expect(shown()).toContain('vraag 1 van 4');
    screen.keypress({ name: 'c', ctrl: true });
    const result = await run.result;
    expect(result.status).toBe('cancelled');
    expect(result.answers.answers).toEqual({ 'visie-1': { value: 1 } });
    expect(result.answers.session).toEqual({ status: 'in-progress', language: 'nl', position: 'visie-1' });
  });

  it('Ctrl-C while a note is typed keeps the chosen answer and the note as far as it was typed', async () => {
    const run = await start(q);
    await choose(2);
    screen.type('half getyp');
    screen.keypress({ name: 'c', ctrl: true });
    const result = await run.result;
    expect(result.status).toBe('cancelled');
    // The answer was on disk before the note was asked; the note goes with what the caller saves.
    expect(run.last().answers['visie-1']).toEqual({ value: 2 });
    expect(result.answers.answers['visie-1']).toEqual({ value: 2, note: 'half getyp' });
  });

  it('Ctrl-C at a note with nothing typed keeps the note the answer had', async () => {
    const run = await start(q, {
      answers: { ...freshAnswers(q), answers: { 'visie-1': { value: 1, note: 'eerdere notitie' } } },
      resume: true,
    });
    expect(shown()).toContain('vraag 2 van 4');
    await press('b'); // back to visie-1
    await choose(3);
    screen.keypress({ name: 'c', ctrl: true });
    const result = await run.result;
    expect(result.answers.answers['visie-1']).toEqual({ value: 3, note: 'eerdere notitie' });
  });

  it('resumes at the first unanswered question that was not skipped, with earlier answers and notes', async () => {
    const answers = {
      source: 'test',
      questionnaire: q.id,
      version: q.version,
      answers: { 'visie-1': { value: 2, note: 'notitie' } },
      session: { status: 'in-progress' as const, position: 'visie-2', skipped: ['visie-2'] },
    };
    const run = await start(q, { answers, resume: true });
    expect(shown()).toContain('vraag 3 van 4');
    expect(shown()).toContain('Wordt er op data gestuurd?');
    expect(shown()).toContain('1 van 4 beantwoord');
    await press('b'); // Terug
    await press('b'); // Terug to visie-1
    expect(shown()).toContain('Antwoord: Midden');
    await enter(); // keep Midden
    expect(shown()).toContain('(notitie)');
    await typeLine('');
    expect(run.last().answers['visie-1']).toEqual({ value: 2, note: 'notitie' });
    expect(run.last().session?.skipped).toEqual(['visie-2']);
  });

  it('resuming with every question answered or skipped opens the review', async () => {
    const answers = {
      source: 'test',
      questionnaire: q.id,
      answers: { 'visie-1': { value: 1 }, 'sturing-1': { value: 2 }, 'data-1': { value: 1 } },
      session: { status: 'in-progress' as const, skipped: ['visie-2'] },
    };
    const run = await start(q, { answers, resume: true });
    expect(shown()).toContain('Overzicht');
    expect(shown()).toContain('2. Beleid › Visie: Wordt de visie gedragen?');
    // Finishing with a question open asks first, and Enter goes back to the review.
    await choose(1);
    expect(shown()).toContain('1 van de 4 vragen is nog niet beantwoord. Toch afronden?');
    expect(shown()).toContain('❯ 1. ← Terug naar het overzicht');
    expect(shown()).toContain('2. ✔ Toch afronden');
    await enter();
    expect(shown()).toContain('Overzicht');
    await choose(1);
    chooseLast(2);
    expect((await run.result).status).toBe('complete');
  });
});

describe('interview: a finished file opened again', () => {
  const finished = {
    source: 'test',
    questionnaire: q.id,
    answers: { 'visie-1': { value: 1 }, 'visie-2': { value: 2 }, 'sturing-1': { value: 2 }, 'data-1': { value: 1 } },
    session: { status: 'complete' as const, updated: '2026-11-27T10:00:00.000Z' },
  };

  it('opens at its review even with questions left open: it was finished on purpose', async () => {
    const { 'data-1': _left, ...answers } = finished.answers;
    const run = await start(q, { answers: { ...finished, answers }, resume: true, saveAtStart: false });
    expect(shown()).toContain('Overzicht');
    expect(shown()).toContain('Niet beantwoord (1)');
    screen.keypress({ name: 'c', ctrl: true });
    expect((await run.result).status).toBe('cancelled');
  });

  it('Ctrl-C in its review, with nothing changed: still finished, nothing saved', async () => {
    const run = await start(q, { answers: finished, resume: true, saveAtStart: false });
    expect(shown()).toContain('Overzicht');
    screen.keypress({ name: 'c', ctrl: true });
    const result = await run.result;
    expect(result).toMatchObject({ status: 'cancelled', changed: false });
    expect(result.answers.session).toEqual({ status: 'complete', updated: '2026-11-27T10:00:00.000Z' });
    expect(run.saves).toEqual([]);
  });

  it('walking through its questions without changing one: nothing saved, still finished', async () => {
    const run = await start(q, { answers: finished, resume: true, saveAtStart: false });
    await choose(3); // Alle vragen nog eens doorlopen
    expect(shown()).toContain('vraag 1 van 4');
    await press('s'); // visie-1: Overslaan (it has an answer, so nothing is skipped)
    expect(shown()).toContain('vraag 2 van 4');
    screen.keypress({ name: 'c', ctrl: true });
    const result = await run.result;
    expect(result).toMatchObject({ status: 'cancelled', changed: false });
    expect(result.answers.session).toEqual(finished.session);
    expect(run.saves).toEqual([]);
  });

  it('finishing it again without a change: complete, changed false, nothing saved', async () => {
    const run = await start(q, { answers: finished, resume: true, saveAtStart: false });
    chooseLast(1);
    const result = await run.result;
    expect(result).toMatchObject({ status: 'complete', changed: false });
    expect(run.saves).toEqual([]);
  });

  it('Ctrl-C after an answer was changed: in progress again, as saved with the change', async () => {
    const run = await start(q, { answers: finished, resume: true, saveAtStart: false });
    expect(shown()).toContain('3. Alle vragen nog eens doorlopen');
    await choose(3);
    await choose(3); // visie-1, the first question: option 3 (saved before the note is asked)
    screen.keypress({ name: 'c', ctrl: true });
    const result = await run.result;
    expect(result).toMatchObject({ status: 'cancelled', changed: true });
    expect(result.answers.session?.status).toBe('in-progress');
    expect(run.last().answers['visie-1']).toEqual({ value: 3 });
  });
});

describe('interview: targets and language', () => {
  it('with targets asks a phase per dimension after the review, beside where it stands, and asks again about one below that', async () => {
    const run = await start(q, { targets: true });
    for (let i = 0; i < 3; i++) {
      await choose(1); // Begin: Beleid stands at phase 1 (Beginnend)
      await typeLine('');
    }
    await choose(3); // data-1: Ja (3): Data stands at phase 3 (Volwassen)
    await typeLine('');
    // The review first: the ambition is asked once the answers are in.
    expect(shown()).toContain('Alle vragen zijn beantwoord.');
    expect(shown()).not.toContain('Ambitie ·');
    await choose(1); // Afronden
    const beleid = shown();
    expect(beleid).toContain('Ambitie · 1/2');
    expect(beleid).toContain('Welke fase wilt u bereiken voor Beleid?');
    expect(beleid).toContain('Nu: Beginnend');
    expect(beleid).toContain('1. Beginnend');
    expect(beleid).toContain('3. Volwassen');
    expect(beleid).toContain('4. Geen ambitie opgeven');
    await choose(3);
    expect(run.last().targets).toEqual({ beleid: 3 });
    expect(shown()).toContain('Welke fase wilt u bereiken voor Data?');
    expect(shown()).toContain('Nu: Volwassen');
    await choose(1); // below where Data stands
    expect(shown()).toContain('Beginnend is lager dan waar u nu staat (Volwassen). Toch aanhouden?');
    expect(shown()).toContain('❯ 1. ← Nee, opnieuw kiezen');
    expect(run.last().targets).toEqual({ beleid: 3 }); // nothing kept before it is sure
    await enter(); // choose again: with no target before, where Data stands is highlighted
    expect(shown()).toContain('Welke fase wilt u bereiken voor Data?');
    expect(shown()).toContain('❯ 3. Volwassen');
    await choose(2);
    expect(shown()).toContain('Groeiend is lager dan waar u nu staat (Volwassen). Toch aanhouden?');
    chooseLast(2); // Ja, aanhouden: and the interview is finished
    const result = await run.result;
    expect(result.status).toBe('complete');
    expect(result.answers.targets).toEqual({ beleid: 3, data: 2 });
  });

  it('the review offers the targets again, with the one set before highlighted, and goes back to the review', async () => {
    const answers = {
      source: 'test',
      questionnaire: q.id,
      answers: { 'visie-1': { value: 1 }, 'visie-2': { value: 1 }, 'sturing-1': { value: 1 }, 'data-1': { value: 1 } },
      targets: { beleid: 3 },
      session: { status: 'in-progress' as const },
    };
    const run = await start(q, { answers, resume: true, targets: true });
    await choose(2); // Ambitie per dimensie opgeven
    expect(shown()).toContain('❯ 3. Volwassen');
    await choose(2);
    await choose(1);
    expect(shown()).toContain('Overzicht');
    expect(run.last().targets).toEqual({ beleid: 2, data: 1 });
    chooseLast(1); // asked in this run already: finishing asks no more
    expect((await run.result).answers.targets).toEqual({ beleid: 2, data: 1 });
  });

  it('offers a target the file names by level id as that level, and writes the rank chosen', async () => {
    const answers = {
      source: 'test',
      questionnaire: q.id,
      answers: { 'visie-1': { value: 1 }, 'visie-2': { value: 1 }, 'sturing-1': { value: 1 }, 'data-1': { value: 1 } },
      targets: { beleid: 'fase-3' },
      session: { status: 'in-progress' as const },
    };
    const run = await start(q, { answers, resume: true, targets: true });
    await choose(2); // Ambitie per dimensie opgeven
    // fase-3 is the third level, Volwassen
    expect(shown()).toContain('❯ 3. Volwassen');
    await choose(2);
    await choose(1);
    expect(run.last().targets).toEqual({ beleid: 2, data: 1 });
  });

  /** Opens the targets from the review of a finished interview, and shows the first question. */
  async function targetsQuestion(questionnaire: typeof q, options: Parameters<typeof start>[1] = {}): Promise<string> {
    const answers = {
      source: 'test',
      questionnaire: q.id,
      answers: { 'visie-1': { value: 1 }, 'visie-2': { value: 1 }, 'sturing-1': { value: 2 }, 'data-1': { value: 1 } },
      session: { status: 'in-progress' as const },
    };
    await start(questionnaire, { answers, resume: true, ...options });
    await choose(2); // review, all answered: 1 finish, 2 targets
    return shown();
  }

  const maturity = {
    ...q,
    levelTerm: {
      singular: { nl: 'volwassenheidsniveau', en: 'maturity level' },
      plural: { nl: 'volwassenheidsniveaus', en: 'maturity levels' },
    },
  };
  // scan.yaml calls its levels fasen; without a levelTerm the tool says niveau (a het-word: welk).
  it.each([
    [
      'without a levelTerm, the default',
      { ...q, levelTerm: undefined },
      {},
      'Welk niveau wilt u bereiken voor Beleid?',
    ],
    ['a neuter compound', maturity, {}, 'Welk volwassenheidsniveau wilt u bereiken voor Beleid?'],
    ['in English', maturity, { language: 'en', messages: en }, 'Which maturity level do you want to reach for Policy?'],
    [
      "the fixture's own, in English",
      q,
      { language: 'en', messages: en },
      'Which phase do you want to reach for Policy?',
    ],
  ])(
    'asks for a target in the words the questionnaire uses for its levels: %s',
    async (_, questionnaire, options, question) => {
      expect(await targetsQuestion(questionnaire, options)).toContain(question);
    },
  );

  it('speaks English with the English catalogue and language', async () => {
    const run = await start(q, { language: 'en', messages: en });
    const first = shown();
    expect(first).toContain('Policy › Vision');
    expect(first).toContain('question 1 of 4');
    expect(first).toContain('Is there a data vision?');
    expect(first).toContain("[d] Don't know");
    expect(first).toContain('[s] → Skip (answer later)');
    await choose(1);
    expect(shown()).toContain('Note (optional, Enter = no note):');
    await typeLine('');
    void run;
  });
});

describe('interview: a save that fails', () => {
  const full = (file = 'antwoorden.yaml') => new SaveError(nl.cannotSave(file, 'ENOSPC'));

  /** A save that throws `failure()` for sets `fails` picks, `times` times; the others are kept. */
  function failingSave(fails: (set: AnswerSet) => boolean, times = Infinity, failure: () => Error = () => full()) {
    const saved: AnswerSet[] = [];
    let left = times;
    const save = async (set: AnswerSet) => {
      if (fails(set) && left-- > 0) throw failure();
      saved.push(structuredClone(set));
    };
    return { save, saved };
  }
  const answered = (set: AnswerSet) => set.answers['visie-1'] !== undefined;
  /** The screen's text with its lines joined: sentences wrap at the terminal's width. */
  const unwrapped = (text: string) => text.replace(/\n/g, ' ');

  it('keeps the interview open, says what happened, and goes on after a retry with nothing lost', async () => {
    const { save, saved } = failingSave(answered, 2);
    await start(q, { save });
    await choose(2); // Midden: its save fails
    const failed = shown();
    expect(failed).toContain('kan antwoorden.yaml niet opslaan: ENOSPC (de schijf is vol)');
    expect(unwrapped(failed)).toContain(
      'Er gaat nog niets verloren: datascan houdt alle antwoorden vast tot het opslaan lukt.',
    );
    expect(failed).toContain('❯ 1. Opnieuw proberen');
    expect(failed).toContain('2. Stoppen (wat niet is opgeslagen gaat verloren)');
    expect(failed).toContain('Ctrl-C: stoppen'); // not "opslaan en stoppen": nothing more can be saved
    expect(failed).not.toContain('ander bestand'); // the host cannot save elsewhere
    expect(saved.some(answered)).toBe(false);
    await choose(1); // fails once more: the same choice again
    expect(shown()).toContain('kan antwoorden.yaml niet opslaan');
    await choose(1);
    expect(saved.at(-1)?.answers['visie-1']).toEqual({ value: 2 });
    expect(shown()).toContain('Antwoord: Midden');
    await typeLine('eerst de schijf opgeruimd');
    expect(saved.at(-1)?.answers['visie-1']).toEqual({ value: 2, note: 'eerst de schijf opgeruimd' });
    expect(shown()).toContain('vraag 2 van 4');
  });

  it('saves elsewhere: an empty line goes back, a file that fails says why, a file that works takes every answer', async () => {
    let moved: string | undefined;
    const attempts: string[] = [];
    const { save, saved } = failingSave((set) => answered(set) && moved === undefined);
    const saveTo = async (target: string, set: AnswerSet) => {
      attempts.push(target);
      if (target === 'vol/antwoorden.yaml') throw full(target);
      moved = target;
      saved.push(structuredClone(set));
    };
    await start(q, { save, saveTo });
    await choose(1); // Begin: its save fails
    expect(shown()).toContain('2. In een ander bestand opslaan…');
    expect(shown()).toContain('3. Stoppen');
    await choose(2);
    expect(shown()).toContain('Ander antwoordbestand (.yaml of .json) (Enter = terug):');
    await typeLine(''); // back to the choice
    expect(shown()).toContain('❯ 1. Opnieuw proberen');
    await choose(2);
    await typeLine('vol/antwoorden.yaml');
    expect(shown()).toContain('kan vol/antwoorden.yaml niet opslaan: ENOSPC (de schijf is vol)');
    await choose(1); // try again: that file once more
    expect(attempts).toEqual(['vol/antwoorden.yaml', 'vol/antwoorden.yaml']);
    await choose(2);
    await typeLine('  usb/antwoorden.yaml ');
    expect(moved).toBe('usb/antwoorden.yaml');
    expect(saved.at(-1)?.answers['visie-1']).toEqual({ value: 1 });
    expect(shown()).toContain('Antwoord: Begin');
    await typeLine('');
    expect(shown()).toContain('vraag 2 van 4');
    expect(saved.at(-1)?.session?.position).toBe('visie-2');
  });

  it('stopping there ends the interview as unsaved, with the answers that could not be saved', async () => {
    const { save } = failingSave(answered);
    const run = await start(q, { save });
    await choose(3); // Ver
    chooseLast(2); // Stoppen
    const result = await run.result;
    expect(result.status).toBe('unsaved');
    expect(result.changed).toBe(true);
    expect(result.answers.answers['visie-1']).toEqual({ value: 3 });
  });

  it('Ctrl-C where a save failed stops as unsaved too', async () => {
    const { save } = failingSave(answered);
    const run = await start(q, { save });
    await choose(1);
    expect(shown()).toContain('Opnieuw proberen');
    screen.keypress({ name: 'c', ctrl: true });
    expect((await run.result).status).toBe('unsaved');
  });

  it('finishing is saved by the interview, through the same choices', async () => {
    const all = {
      source: 'test',
      questionnaire: q.id,
      answers: { 'visie-1': { value: 1 }, 'visie-2': { value: 2 }, 'sturing-1': { value: 2 }, 'data-1': { value: 1 } },
      session: { status: 'in-progress' as const },
    };
    const { save, saved } = failingSave((set) => set.session?.status === 'complete', 1);
    const run = await start(q, { answers: all, resume: true, saveAtStart: false, save });
    expect(shown()).toContain('Overzicht');
    await choose(1); // Afronden: its save fails
    expect(shown()).toContain('kan antwoorden.yaml niet opslaan');
    chooseLast(1);
    const result = await run.result;
    expect(result.status).toBe('complete');
    expect(saved.at(-1)?.session).toEqual({ status: 'complete', language: 'nl' });
  });

  it('a save that fails for another reason than a SaveError still ends the interview with its error', async () => {
    const { save } = failingSave(answered, 1, () => new Error('a bug, not the disk'));
    const run = await start(q, { save });
    screen.type('1');
    await expect(run.result).rejects.toThrow('a bug, not the disk');
  });

  it('says it in English with the English catalogue', async () => {
    const { save } = failingSave(answered, Infinity, () => new SaveError(en.cannotSave('answers.yaml', 'ENOSPC')));
    await start(q, { language: 'en', messages: en, save, saveTo: async () => {} });
    await choose(1);
    const failed = shown();
    expect(failed).toContain('cannot save answers.yaml: ENOSPC (the disk is full)');
    expect(unwrapped(failed)).toContain(
      'Nothing is lost yet: datascan holds on to every answer until a save succeeds.',
    );
    expect(failed).toContain('❯ 1. Try again');
    expect(failed).toContain('2. Save to another file…');
    expect(failed).toContain('3. Stop (what was not saved is lost)');
    await choose(2);
    expect(shown()).toContain('Another answer file (.yaml or .json) (Enter = back):');
  });
});

describe('interview: an option below the legal floor', () => {
  // test/fixtures/below-floor/floor-scan.yaml: pri-1's own options start with value 0, below the legal floor.
  const floor = loadQuestionnaire('below-floor', 'floor-scan.yaml');

  it('is listed first, as written, marked in words; its number and digit are its value, 0', async () => {
    const run = await start(floor);
    expect(shown()).toContain('❯ 0. Helemaal geen register (onder de wettelijke ondergrens)');
    expect(shown()).toContain('1. Bekend dat het nodig is');
    await choose(0);
    expect(run.last().answers['pri-1']).toEqual({ value: 0 });
    await typeLine('');
    // pri-2 uses its scale as it is: 1 is its lowest option.
    await choose(1);
    expect(run.last().answers['pri-2']).toEqual({ value: 1 });
  });
});
