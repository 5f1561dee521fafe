/** What the facilitator's live page says besides the workshop's own texts, in Dutch and English. */
import { pickCatalogue } from '../util/language.js';

export interface LiveMessages {
  /** Under the heading: what the page does and what it keeps off the projector. */
  liveNote: string;
  /** Without script the page is the state at load. */
  reloadNote: string;
  joinHeading: string;
  joinHow: string;
  qrLabel: string;
  slides: string;
  /** The link to the consensus round on the projector. */
  consensus: string;
  noAnswersYet: string;
}

export const nl: LiveMessages = {
  liveNote: 'Deze pagina werkt zichzelf bij na elk opgeslagen antwoord. Namen en rollen staan er niet op.',
  reloadNote: 'JavaScript staat uit: herlaad de pagina om de nieuwste antwoorden te zien.',
  joinHeading: 'Meedoen',
  joinHow: 'Scan de code met uw telefoon of ga naar:',
  qrLabel: 'QR-code van het adres om mee te doen',
  slides: 'Dia’s van de uitkomsten tot nu toe',
  consensus: 'Consensusronde over de verschillen van inzicht',
  noAnswersYet: 'Er zijn nog geen antwoorden.',
};

export const en: LiveMessages = {
  liveNote: 'This page updates itself after every saved answer. It shows no names or roles.',
  reloadNote: 'JavaScript is off: reload the page to see the latest answers.',
  joinHeading: 'Join',
  joinHow: 'Scan the code with your phone or go to:',
  qrLabel: 'QR code of the join address',
  slides: 'Slides of the results so far',
  consensus: 'Consensus round on the disagreements',
  noAnswersYet: 'There are no answers yet.',
};

export function liveMessagesFor(language: string): LiveMessages {
  return pickCatalogue({ en, nl }, language);
}
