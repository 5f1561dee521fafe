// The screen helpers must be imported before the interview (they replace its prompts).
import { choose, screen, shown, start, typeLine } from './drive.js';
import { describe, expect, it } from 'vitest';
import { consensusMessagesFor, roomView } from '../../src/prompt/consensus.js';
import type { QuestionAnswers } from '../../src/scoring/types.js';
import { loadScan } from './scan.js';

const q = loadScan();
const m = consensusMessagesFor('nl');
/** visie-2 as six people answered it: Begin 1, Midden 3, Ver 0, one don't know, one open; two notes. */
const visie2: QuestionAnswers = {
  id: 'visie-2',
  text: 'Wordt de visie gedragen?',
  options: [
    { value: 1, label: 'Begin' },
    { value: 2, label: 'Midden' },
    { value: 3, label: 'Ver' },
  ],
  value: 1.75,
  counts: { '1': 1, '2': 3, '3': 0, unknown: 1, notApplicable: 0, unanswered: 1 },
  notes: [
    { respondent: 'Ans Jansen', text: 'Alleen in het MT.' },
    { respondent: null, text: 'Wordt nog besproken.' },
  ],
};

describe('roomView', () => {
  it('gives every option’s count (zeros too), the answers without one, mean and median, and the notes by nobody', () => {
    expect(roomView(visie2, m, 'nl')).toEqual({
      heading: 'Antwoorden van 6 deelnemers',
      counts: [
        { label: 'Begin', count: 1 },
        { label: 'Midden', count: 3 },
        { label: 'Ver', count: 0 },
        { label: 'Weet niet', count: 1 },
        { label: 'Geen antwoord', count: 1 },
      ],
      total: 6,
      // 1, 2, 2, 2 → mean 7/4, median 2.
      centre: 'gemiddelde 1,75 · mediaan 2,00',
      notesHeading: 'Notities (anoniem)',
      notes: ['Alleen in het MT.', 'Wordt nog besproken.'],
    });
  });

  it('cuts a note longer than 300 characters at a word, with …', () => {
    const long = 'Dit is een lange toelichting. '.repeat(20);
    const view = roomView({ ...visie2, notes: [{ respondent: null, text: long }] }, m, 'nl');
    expect(view.notes[0]!.length).toBeLessThanOrEqual(300);
    expect(view.notes[0]).toMatch(/toelichting\.…$|een…$|lange…$|Dit…$|is…$/);
    expect(long.startsWith(view.notes[0]!.slice(0, -1))).toBe(true);
  });

  it('has no mean or median where nobody chose an option', () => {
    const open = { ...visie2, counts: { '1': 0, '2': 0, '3': 0, unknown: 2, notApplicable: 0, unanswered: 0 } };
    expect(roomView(open, m, 'en')).not.toHaveProperty('centre');
  });
});

describe('the round’s refusals', () => {
  it('say in a whole sentence, in both languages, that a round is about one questionnaire', () => {
    expect(m.words.mixedQuestionnaires('odg-quickscan, odg-scan')).toBe(
      'de antwoorden horen bij verschillende vragenlijsten (odg-quickscan, odg-scan); een ronde gaat over één vragenlijst',
    );
    expect(consensusMessagesFor('en').words.mixedQuestionnaires('odg-quickscan, odg-scan')).toBe(
      'the answers belong to different questionnaires (odg-quickscan, odg-scan); a round is about one questionnaire',
    );
  });
});

describe('the interview with an agenda and a room', () => {
  it('asks only the agenda’s questions in its order, counts progress over them, and shows the room above the choice', async () => {
    const run = await start(q, {
      messages: m.interview,
      order: ['data-1', 'visie-2'],
      room: (id) => (id === 'visie-2' ? roomView(visie2, m, 'nl') : undefined),
    });
    expect(shown()).toContain('vraag 1 van 2');
    expect(shown()).toContain('0 van 2 afgesproken');
    expect(shown()).not.toContain('Antwoorden van');
    await choose(3); // data-1: Ja
    await typeLine('Het register staat online.');
    expect(run.last().answers['data-1']).toEqual({ value: 3, note: 'Het register staat online.' });
    const second = shown();
    expect(second).toContain('vraag 2 van 2');
    expect(second).toContain('1 van 2 afgesproken');
    expect(second).toMatch(
      /Antwoorden van 6 deelnemers\n {2}1\. Begin {7}█ 1\n {2}2\. Midden {6}███ 3\n {2}3\. Ver {9}0\n/,
    );
    expect(second).toContain('gemiddelde 1,75 · mediaan 2,00');
    expect(second).toContain('  • Alleen in het MT.');
    expect(second).not.toContain('Ans Jansen');
    expect(second).toContain('→ Overslaan (de gecombineerde waarde blijft)');
    await choose(2);
    expect(shown()).toContain('Onderbouwing (optioneel, Enter = geen onderbouwing):');
    await typeLine('');
    // The overview counts the agenda: visie-1 and sturing-1 were never on it.
    expect(shown()).toContain('Over alle vragen is een antwoord afgesproken.');
    screen.keypress('enter');
    const result = await run.result;
    expect(result.status).toBe('complete');
    expect(Object.keys(result.answers.answers)).toEqual(['data-1', 'visie-2']);
  });
});
