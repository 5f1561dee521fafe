/** What the workshop's own pages and refusals say, in Dutch and English (the form page has its own texts). */
import { pickCatalogue } from '../util/language.js';

export interface WorkshopMessages {
  joinTitle: (title: string) => string;
  joinIntro: string;
  nameLabel: string;
  join: string;
  /** The file name of a participant whose name has no letters or digits. */
  fallbackName: string;
  facilitatorTitle: (title: string) => string;
  /** Who saved answers at least once. */
  participantCount: (participants: number) => string;
  finishedCount: (finished: number, participants: number) => string;
  /** Who joined and saved nothing yet. */
  waitingCount: (waiting: number) => string;
  fullTitle: (title: string) => string;
  full: (max: number) => string;
  notJson: string;
  notAnswerFile: (id: string) => string;
  badName: (max: number) => string;
}

export const nl: WorkshopMessages = {
  joinTitle: (title) => `Meedoen: ${title}`,
  joinIntro: 'Vul uw naam in om mee te doen. Uw antwoorden worden bewaard op de laptop van de begeleider.',
  nameLabel: 'Uw naam',
  join: 'Meedoen',
  fallbackName: 'deelnemer',
  facilitatorTitle: (title) => `Begeleider: ${title}`,
  participantCount: (n) => (n === 1 ? '1 deelnemer' : `${n} deelnemers`),
  finishedCount: (finished, participants) => `${finished} van ${participants} klaar`,
  waitingCount: (n) => `${n} aangemeld, nog zonder antwoorden`,
  fullTitle: (title) => `Vol: ${title}`,
  full: (max) =>
    `Deze workshop is vol: er ${max === 1 ? 'heeft zich al 1 deelnemer' : `hebben zich al ${max} deelnemers`} aangemeld. Vraag de begeleider om u verder te helpen.`,
  notJson: 'de antwoorden zijn geen geldige JSON',
  notAnswerFile: (id) => `dit zijn geen antwoorden op de vragenlijst ${id}`,
  badName: (max) => `geef een naam van 1 tot ${max} tekens`,
};

export const en: WorkshopMessages = {
  joinTitle: (title) => `Join: ${title}`,
  joinIntro: "Enter your name to join. Your answers are kept on the facilitator's laptop.",
  nameLabel: 'Your name',
  join: 'Join',
  fallbackName: 'participant',
  facilitatorTitle: (title) => `Facilitator: ${title}`,
  participantCount: (n) => (n === 1 ? '1 participant' : `${n} participants`),
  finishedCount: (finished, participants) => `${finished} of ${participants} finished`,
  waitingCount: (n) => `${n} joined, no answers yet`,
  fullTitle: (title) => `Full: ${title}`,
  full: (max) =>
    `This workshop is full: ${max === 1 ? '1 participant has' : `${max} participants have`} joined already. Ask the facilitator for help.`,
  notJson: 'the answers are not valid JSON',
  notAnswerFile: (id) => `these are not answers to the questionnaire ${id}`,
  badName: (max) => `give a name of 1 to ${max} characters`,
};

export function workshopMessagesFor(language: string): WorkshopMessages {
  return pickCatalogue({ en, nl }, language);
}
