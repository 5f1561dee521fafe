/**
 * What the consensus round's pages say, in Dutch and English, besides the words the terminal round
 * already has (src/prompt/consensus.ts: the counts' heading, mean and median, the notes, don't know).
 */
import { dutchArticle, type LevelTerm } from '../questionnaire/level-term.js';
import { pickCatalogue } from '../util/language.js';

export interface RoundMessages {
  title: (title: string) => string;
  /** `3 deelnemers · 2 van 5 vragen afgesproken`. */
  progress: (participants: number, agreed: number, total: number) => string;
  agendaLabel: string;
  disagreements: (n: number) => string;
  allQuestions: (n: number) => string;
  agreedAs: (answer: string) => string;
  keepsCombined: string;
  start: string;
  goOn: string;
  overview: string;
  finish: string;
  finishHint: string;
  done: string;
  fileAt: (file: string) => string;
  compareWith: string;
  nobodyYet: string;
  nothingToDiscuss: string;
  agreedAnswer: string;
  rationale: string;
  rationaleHint: string;
  save: string;
  skip: string;
  next: string;
  back: string;
  noAnswer: string;
  tooLong: (max: number) => string;
  badChoice: string;
  notOnAgenda: string;
  unreadable: (file: string) => string;
  /** The link from the overview to the ambition page, and that page's heading. */
  ambitionLink: string;
  ambitionTitle: string;
  ambitionHeading: string;
  ambitionFor: (dimension: string, term: LevelTerm) => string;
  ambitionNow: (level: string) => string;
  ambitionNowNone: (term: LevelTerm) => string;
  ambitionNowUnanswered: string;
  ambitionFromFiles: (level: string | undefined) => string;
  noAmbition: string;
  /** Said where the agreed target is below the level reached now (the terminal asks once more). */
  ambitionBelow: (target: string, now: string) => string;
  ambitionItem: (dimension: string, target: string | undefined) => string;
  saveAmbition: string;
  badTarget: (term: LevelTerm) => string;
}

export const nl: RoundMessages = {
  title: (title) => `Consensusronde: ${title}`,
  progress: (participants, agreed, total) =>
    `${participants} ${participants === 1 ? 'deelnemer' : 'deelnemers'} · ${agreed} van ${total} vragen afgesproken`,
  agendaLabel: 'Te bespreken',
  disagreements: (n) => `Verschillen van inzicht (${n})`,
  allQuestions: (n) => `Alle vragen (${n})`,
  agreedAs: (answer) => `afgesproken: ${answer}`,
  keepsCombined: 'niet besproken: houdt de gecombineerde waarde',
  start: 'Begin bij de eerste vraag',
  goOn: 'Ga verder',
  overview: 'Overzicht',
  finish: 'Ronde afronden',
  finishHint: 'Wat niet besproken is, houdt de gecombineerde waarde van de deelnemers.',
  done: 'De ronde is afgerond.',
  fileAt: (file) => `De consensus staat in ${file}.`,
  compareWith: 'Consensus naast het gemiddelde:',
  nobodyYet: 'Nog niemand heeft antwoorden opgeslagen: er is niets te bespreken.',
  nothingToDiscuss:
    'Geen verschil van inzicht: er is niets te bespreken. Kies "Alle vragen" om toch alles te bespreken.',
  agreedAnswer: 'Afgesproken antwoord',
  rationale: 'Onderbouwing',
  rationaleHint: 'optioneel',
  save: 'Opslaan',
  skip: 'Overslaan (de gecombineerde waarde blijft)',
  next: 'Volgende (het afgesproken antwoord blijft)',
  back: 'Terug',
  noAnswer: 'Kies eerst een antwoord, of sla de vraag over.',
  tooLong: (max) => `De onderbouwing is te lang: ten hoogste ${max} tekens.`,
  badChoice: 'Dit antwoord hoort niet bij deze vraag.',
  notOnAgenda: 'Deze vraag staat niet op de agenda.',
  unreadable: (file) =>
    `${file} is geen geldig consensusbestand; herstel of verplaats het, dan gaat de ronde verder. Er is niets overschreven.`,
  ambitionLink: 'Ambitie per dimensie afspreken',
  ambitionTitle: 'Ambitie per dimensie',
  ambitionHeading: 'Afgesproken ambitie',
  ambitionFor: (dimension, term) =>
    `${dutchArticle(term) === 'het' ? 'Welk' : 'Welke'} ${term.singular} wil de organisatie bereiken voor ${dimension}?`,
  ambitionNow: (level) => `Nu: ${level}`,
  ambitionNowNone: (term) => `Nu: nog geen ${term.singular}`,
  ambitionNowUnanswered: 'Nu: nog niet beantwoord',
  ambitionFromFiles: (level) => `In de antwoordbestanden: ${level ?? 'geen ambitie'}`,
  noAmbition: 'Geen ambitie',
  ambitionBelow: (target, now) =>
    `Let op: ${target} is lager dan waar de deelnemers nu staan (${now}). Dat mag; kies opnieuw als dat niet de bedoeling is.`,
  ambitionItem: (dimension, target) => `${dimension}: ${target ?? 'geen ambitie'}`,
  saveAmbition: 'Ambitie opslaan',
  badTarget: (term) => `Kies voor elke dimensie een ${term.singular} of geen ambitie.`,
};

export const en: RoundMessages = {
  title: (title) => `Consensus round: ${title}`,
  progress: (participants, agreed, total) =>
    `${participants} ${participants === 1 ? 'participant' : 'participants'} · ${agreed} of ${total} questions agreed`,
  agendaLabel: 'To discuss',
  disagreements: (n) => `Disagreements (${n})`,
  allQuestions: (n) => `All questions (${n})`,
  agreedAs: (answer) => `agreed: ${answer}`,
  keepsCombined: 'not discussed: keeps the combined value',
  start: 'Start with the first question',
  goOn: 'Go on',
  overview: 'Overview',
  finish: 'Finish the round',
  finishHint: "What was not discussed keeps the participants' combined value.",
  done: 'The round is finished.',
  fileAt: (file) => `The consensus is in ${file}.`,
  compareWith: 'The consensus beside the average:',
  nobodyYet: 'Nobody has saved answers yet: there is nothing to discuss.',
  nothingToDiscuss:
    'No disagreement: there is nothing to discuss. Choose "All questions" to discuss everything all the same.',
  agreedAnswer: 'Agreed answer',
  rationale: 'Rationale',
  rationaleHint: 'optional',
  save: 'Save',
  skip: 'Skip (keep the combined value)',
  next: 'Next (the agreed answer stays)',
  back: 'Back',
  noAnswer: 'Choose an answer first, or skip the question.',
  tooLong: (max) => `The rationale is too long: ${max} characters at most.`,
  badChoice: 'This answer does not belong to this question.',
  notOnAgenda: 'This question is not on the agenda.',
  unreadable: (file) =>
    `${file} is not a valid consensus file; fix or move it and the round goes on. Nothing was overwritten.`,
  ambitionLink: 'Agree the ambition per dimension',
  ambitionTitle: 'Ambition per dimension',
  ambitionHeading: 'Agreed ambition',
  ambitionFor: (dimension, term) => `Which ${term.singular} does the organisation want to reach for ${dimension}?`,
  ambitionNow: (level) => `Now: ${level}`,
  ambitionNowNone: (term) => `Now: no ${term.singular} reached yet`,
  ambitionNowUnanswered: 'Now: not answered yet',
  ambitionFromFiles: (level) => `In the answer files: ${level ?? 'no ambition'}`,
  noAmbition: 'No ambition',
  ambitionBelow: (target, now) =>
    `Note: ${target} is lower than where the participants stand now (${now}). That is allowed; choose again if that is not what you meant.`,
  ambitionItem: (dimension, target) => `${dimension}: ${target ?? 'no ambition'}`,
  saveAmbition: 'Save the ambition',
  badTarget: (term) => `Choose a ${term.singular} or no ambition for each dimension.`,
};

export function roundMessagesFor(language: string): RoundMessages {
  return pickCatalogue({ en, nl }, language);
}
