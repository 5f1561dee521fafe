/**
 * The consensus round's words and what it shows of a room's answers: the interview's catalogue
 * with the round's own wording (a rationale instead of a note; a question not agreed on keeps the
 * combined value rather than staying open), and per question a view of its counts, mean, median
 * and notes, by nobody.
 */
import { answerCentre } from '../scoring/consensus.js';
import type { QuestionAnswers } from '../scoring/types.js';
import { formatScore } from '../report/format.js';
import { answerCounts, countTotal } from '../report/profile/questions.js';
import { pickCatalogue } from '../util/language.js';
import { truncate } from '../util/text.js';
import { messagesFor, type Messages } from './messages.js';
import type { RoomView } from './views.js';

export interface ConsensusWords {
  /** Over the counts: `Antwoorden van 6 deelnemers`. */
  roomHeading(participants: number): string;
  /** `gemiddelde 2,50 · mediaan 2,50`. */
  centre(mean: string, median: string): string;
  notesHeading: string;
  /** The count of participants who left the question open. */
  noAnswer: string;
  /** Said before the first question: what the round is about to do. */
  starting(questions: number, total: number, participants: number): string;
  /** Nothing to discuss: no unit's participants disagree by the threshold. */
  nothingToDiscuss(threshold: string): string;
  /** On --resume of a file that is no consensus file. */
  notConsensusFile(file: string): string;
  /** On --resume over other answer files than the file was begun with. */
  otherSources(file: string, before: number, now: number): string;
  /** A consensus file among the inputs: not a participant. */
  consensusInputLeftOut(file: string): string;
  /** The inputs answer more than one questionnaire, or name more than one organisation. */
  mixedQuestionnaires(ids: string): string;
  mixedOrganisations(names: string): string;
  noAnswers: string;
  /** The questionnaire's file could not be found from the answers (CSV without --questionnaire). */
  questionnaireUnknown(id: string): string;
  fixAnswers: string;
  continueWith(command: string): string;
  /** -o names a file that exists, without --resume. */
  exists(file: string): string;
  /** Before a resume's first screen: how far the round had got. */
  resumed(file: string, agreed: number, total: number): string;
  notATerminal: string;
  /** After the profile: how to see the agreement beside the average. */
  compareLater(command: string): string;
}

const nlWords: ConsensusWords = {
  roomHeading: (n) => `Antwoorden van ${n} ${n === 1 ? 'deelnemer' : 'deelnemers'}`,
  centre: (mean, median) => `gemiddelde ${mean} · mediaan ${median}`,
  notesHeading: 'Notities (anoniem)',
  noAnswer: 'Geen antwoord',
  starting: (questions, total, participants) =>
    `Consensusronde over ${participants} deelnemers: ${questions} van de ${total} vragen te bespreken, de grootste verschillen eerst. Wat niet besproken wordt, houdt de gecombineerde waarde.`,
  nothingToDiscuss: (threshold) =>
    `Geen verschil van inzicht (drempel ${threshold}): er is niets te bespreken. Bespreek alle vragen met --all, of kies een lagere drempel met --disagreement.`,
  notConsensusFile: (file) =>
    `${file} is geen consensusbestand (basis: consensus); ga verder met \`datascan run --resume\`, of kies een ander bestand met -o`,
  otherSources: (file, before, now) =>
    `Let op: ${file} is begonnen met ${before} antwoordbestanden; nu zijn het er ${now}. De tellingen gaan over de bestanden van nu.`,
  consensusInputLeftOut: (file) => `${file} is zelf een consensusbestand en telt niet mee als deelnemer`,
  mixedQuestionnaires: (ids) =>
    `de antwoorden horen bij verschillende vragenlijsten (${ids}); een ronde gaat over één vragenlijst`,
  mixedOrganisations: (names) =>
    `de antwoorden noemen verschillende organisaties (${names}); een ronde gaat over één organisatie`,
  noAnswers: 'geen bruikbare antwoorden: er is niets om over te spreken',
  questionnaireUnknown: (id) => `het bestand van vragenlijst ${id} is niet te vinden; geef het met --questionnaire`,
  fixAnswers: 'herstel eerst de fouten in de antwoordbestanden (zie hierboven)',
  continueWith: (command) => `Ga later verder met: ${command}`,
  exists: (file) => `${file} bestaat al. Ga daarin verder met --resume, of kies een ander bestand met -o.`,
  resumed: (file, agreed, total) => `Verder met ${file}: ${agreed} van ${total} vragen afgesproken.`,
  notATerminal:
    '`datascan consensus` is interactief en heeft een terminal nodig (stdin is geen terminal); toon hem op de beamer vanuit een terminal.',
  compareLater: (command) => `Consensus naast het gemiddelde: ${command}`,
};

const enWords: ConsensusWords = {
  roomHeading: (n) => `Answers of ${n} ${n === 1 ? 'participant' : 'participants'}`,
  centre: (mean, median) => `mean ${mean} · median ${median}`,
  notesHeading: 'Notes (anonymous)',
  noAnswer: 'No answer',
  starting: (questions, total, participants) =>
    `Consensus round over ${participants} participants: ${questions} of the ${total} questions to discuss, the widest apart first. What is not discussed keeps the combined value.`,
  nothingToDiscuss: (threshold) =>
    `No disagreement (threshold ${threshold}): there is nothing to discuss. Discuss every question with --all, or choose a lower threshold with --disagreement.`,
  notConsensusFile: (file) =>
    `${file} is not a consensus file (basis: consensus); continue it with \`datascan run --resume\`, or choose another file with -o`,
  otherSources: (file, before, now) =>
    `Note: ${file} was begun over ${before} answer files; now there are ${now}. The counts are of the files given now.`,
  consensusInputLeftOut: (file) => `${file} is a consensus file itself and does not count as a participant`,
  mixedQuestionnaires: (ids) =>
    `the answers belong to different questionnaires (${ids}); a round is about one questionnaire`,
  mixedOrganisations: (names) =>
    `the answers name different organisations (${names}); a round is about one organisation`,
  noAnswers: 'no usable answers: there is nothing to discuss',
  questionnaireUnknown: (id) => `the file of questionnaire ${id} cannot be found; give it with --questionnaire`,
  fixAnswers: 'fix the errors in the answer files first (see above)',
  continueWith: (command) => `Continue later with: ${command}`,
  exists: (file) => `${file} exists already. Continue in it with --resume, or choose another file with -o.`,
  resumed: (file, agreed, total) => `Continuing ${file}: ${agreed} of ${total} questions agreed.`,
  notATerminal:
    '`datascan consensus` is interactive and needs a terminal (stdin is not a terminal); show it on the projector from a terminal.',
  compareLater: (command) => `The consensus beside the average: ${command}`,
};

/** The interview's own words, worded for a round that agrees on answers. */
const nlInterview: Partial<Messages> = {
  note: 'Onderbouwing',
  noteKeys: 'optioneel, Enter = geen onderbouwing',
  skip: '→ Overslaan (de gecombineerde waarde blijft)',
  answeredOf: (n, total) => `${n} van ${total} afgesproken`,
  reviewSummary: (answered, total, unknown, unanswered) =>
    `${answered} van ${total} vragen afgesproken${unknown > 0 ? ` (waarvan ${unknown} met "weet niet")` : ''}; ${unanswered} niet besproken.`,
  reviewAllAnswered: 'Over alle vragen is een antwoord afgesproken.',
  reviewFinish: '✔ Afronden en het profiel tonen',
  reviewUnanswered: (n) => `Niet besproken (${n}): houden de gecombineerde waarde; kies een vraag om hem te bespreken`,
  finishOpen: (open, total) =>
    `${open} van de ${total} vragen ${open === 1 ? 'is' : 'zijn'} niet besproken en ${open === 1 ? 'houdt' : 'houden'} de gecombineerde waarde. Toch afronden?`,
  cancelled: (file) => `Gestopt. Alles wat tot nu toe is afgesproken staat in ${file}.`,
  // The round says how far it got itself, counting its agenda (see ConsensusWords.resumed).
  resuming: () => '',
  finished: (file) => `Klaar. De consensus staat in ${file}.`,
};

const enInterview: Partial<Messages> = {
  note: 'Rationale',
  noteKeys: 'optional, Enter = no rationale',
  skip: '→ Skip (keep the combined value)',
  answeredOf: (n, total) => `${n} of ${total} agreed`,
  reviewSummary: (answered, total, unknown, unanswered) =>
    `${answered} of ${total} questions agreed${unknown > 0 ? ` (${unknown} of them "don't know")` : ''}; ${unanswered} not discussed.`,
  reviewAllAnswered: 'An answer was agreed on every question.',
  reviewFinish: '✔ Finish and show the profile',
  reviewUnanswered: (n) => `Not discussed (${n}): keep the combined value; choose a question to discuss it`,
  finishOpen: (open, total) =>
    `${open} of the ${total} questions ${open === 1 ? 'was' : 'were'} not discussed and ${open === 1 ? 'keeps' : 'keep'} the combined value. Finish anyway?`,
  cancelled: (file) => `Stopped. Everything agreed so far is in ${file}.`,
  resuming: () => '',
  finished: (file) => `Done. The consensus is in ${file}.`,
};

export interface ConsensusMessages {
  interview: Messages;
  words: ConsensusWords;
}

/** The round's catalogue for a language tag: Dutch for `nl`, English otherwise. */
export function consensusMessagesFor(language: string): ConsensusMessages {
  const own = pickCatalogue({ en: enInterview, nl: nlInterview }, language);
  return {
    interview: { ...messagesFor(language), ...own },
    words: pickCatalogue({ en: enWords, nl: nlWords }, language),
  };
}

/**
 * The longest note the room sees whole: a longer one is cut at a word with `…`, so one essay does
 * not push the bars and choices off the projector (the reports keep it whole), as the slides do.
 */
export const ROOM_NOTE_LENGTH = 300;

/** What the room answered to `question` (from the participants' profile), as the round shows it. */
export function roomView(question: QuestionAnswers, m: ConsensusMessages, language: string): RoomView {
  const counts = answerCounts(question, {
    unknown: m.interview.unknown,
    notApplicable: m.interview.notApplicable,
    unanswered: m.words.noAnswer,
  });
  const total = countTotal(question);
  const { mean, median } = answerCentre(question);
  return {
    heading: m.words.roomHeading(total),
    counts,
    total,
    ...(mean !== null && median !== null
      ? { centre: m.words.centre(formatScore(mean, language), formatScore(median, language)) }
      : {}),
    notesHeading: m.words.notesHeading,
    // The text only: who wrote it stays out of the room's view.
    notes: question.notes.map((note) => truncate(note.text, ROOM_NOTE_LENGTH)),
  };
}
