/**
 * The answer workbook's own words (sheet names, headers, how to fill it in), in Dutch and English.
 * Everything about the questions themselves comes from the questionnaire.
 */
import { pickCatalogue } from '../util/language.js';

export interface WorkbookLabels {
  coverSheet: string;
  questionsSheet: string;
  listsSheet: string;
  organisation: string;
  respondent: string;
  role: string;
  date: string;
  dateHint: string;
  howTo: string;
  steps: readonly string[];
  questionnaire: string;
  version: string;
  dimension: string;
  subdimension: string;
  question: string;
  help: string;
  /** The column listing every choice of the answer dropdown whole. */
  choices: string;
  answer: string;
  note: string;
  id: string;
  criteria: string;
  /** In the dropdown: what `answerFromCell` reads as `unknown` and `not-applicable`. */
  unknown: string;
  notApplicable: string;
}

const LABELS: { readonly en: WorkbookLabels; readonly nl: WorkbookLabels } = {
  en: {
    coverSheet: 'Cover',
    questionsSheet: 'Questions',
    listsSheet: 'Lists',
    organisation: 'Organisation',
    respondent: 'Your name',
    role: 'Your role',
    date: 'Date',
    dateHint: 'for example 2026-11-28',
    howTo: 'How to fill it in',
    steps: [
      'Fill in the yellow cells above: organisation, your name, your role and the date.',
      'On the sheet "Questions", read the choices for each question in the Choices column, then pick one from the list in the yellow Answer column.',
      'Choose "Don\'t know" when you cannot tell; a question left empty counts as unanswered.',
      'Write anything you want to add in the Note column.',
      'Save the workbook under its .xlsx name and return it. Do not change the other cells.',
    ],
    questionnaire: 'Questionnaire',
    version: 'Version',
    dimension: 'Dimension',
    subdimension: 'Subdimension',
    question: 'Question',
    help: 'Explanation',
    choices: 'Choices',
    answer: 'Answer',
    note: 'Note',
    id: 'Id',
    criteria: 'Quality criteria:',
    unknown: "Don't know",
    notApplicable: 'Not applicable',
  },
  nl: {
    coverSheet: 'Voorblad',
    questionsSheet: 'Vragen',
    listsSheet: 'Lijsten',
    organisation: 'Organisatie',
    respondent: 'Uw naam',
    role: 'Uw functie',
    date: 'Datum',
    dateHint: 'bijvoorbeeld 28-11-2026',
    howTo: 'Zo vult u het in',
    steps: [
      'Vul hierboven de gele cellen in: organisatie, uw naam, uw functie en de datum.',
      'Lees op het blad "Vragen" bij elke vraag de keuzes in de kolom Keuzes en kies er een uit de lijst in de gele kolom Antwoord.',
      'Kies "Weet niet" als u het niet weet; een vraag zonder antwoord telt als niet beantwoord.',
      'Wilt u iets toelichten? Schrijf het in de kolom Toelichting.',
      'Sla het bestand op als .xlsx en stuur het terug. Verander de andere cellen niet.',
    ],
    questionnaire: 'Vragenlijst',
    version: 'Versie',
    dimension: 'Dimensie',
    subdimension: 'Subdimensie',
    question: 'Vraag',
    help: 'Uitleg',
    choices: 'Keuzes',
    answer: 'Antwoord',
    note: 'Toelichting',
    id: 'Id',
    criteria: 'Kwaliteitscriteria:',
    unknown: 'Weet niet',
    notApplicable: 'Niet van toepassing',
  },
};

export function workbookLabels(language: string): WorkbookLabels {
  return pickCatalogue(LABELS, language);
}
