/**
 * The form page's own words (`datascan form`) in Dutch and English. Where `datascan run` says the
 * same thing (the answers besides the options, the details, the note, progress, targets) the words
 * are run's, taken from its catalogue. Questionnaire content never comes from here.
 *
 * What the page's script says is `ClientTexts`: plain strings with `{name}` placeholders, put in the
 * page in its one language, so the script carries no catalogue of its own.
 */
import { dutchArticle, type LevelTerm } from '../questionnaire/level-term.js';
import { pickCatalogue } from '../util/language.js';
import { en as runEn, nl as runNl, type Messages as RunMessages } from '../prompt/messages.js';
import { migrationCounts } from '../diagnostics/migration-counts.js';
import { msg, sayFinding } from '../diagnostics/messages.js';

/** What the page's script shows; `{answered}`, `{total}`, `{open}`, `{file}`, … are filled in by it. */
export interface ClientTexts {
  /** `{answered} van {total} beantwoord`. */
  progress: string;
  allAnswered: string;
  /** The heading of the list of open questions: `{open}`. */
  unansweredHeading: string;
  saved: string;
  /** After a save with questions open (saving is allowed): `{open}`, `{total}`, `{file}`. */
  savedOpen: string;
  opened: string;
  openedOtherVersion: string;
  openNotAnswerFile: string;
  openUnreadable: string;
  openOtherQuestionnaire: string;
  /** Answers in an opened file that the page cannot show: `{ids}`. */
  openSkipped: string;
  draftRestored: string;
  draftCleared: string;
  /** A draft kept for another version of the questionnaire: `{version}`, `{current}`. */
  draftOtherVersion: string;
  draftDiscard: string;
  draftUnavailable: string;
  /** An opened file of an earlier version, carried over along the migrations: run's words, `{counts}` filled by the page. */
  openedMigrated: string;
  /** The answers that migration dropped: `{ids}`, and `{file}` that still holds them. */
  openDroppedByMigration: string;
  /** The browser's storage is full: the draft is no longer kept. */
  draftFull: string;
  /** Why a file cannot be read that is not UTF-8 (the words of the finding `file.not-utf8`). */
  notUtf8: string;
  /** The button that carries a draft of an earlier version over to this one. */
  draftCarryOver: string;
  /** A draft carried over, where `openedMigrated` names a file. */
  draftName: string;
  /** The answers that migration dropped from a carried-over draft: `{ids}` (the draft is gone). */
  draftDroppedByMigration: string;
  /** In a live workshop (`datascan workshop`): the answers reached the consultant's laptop. */
  workshopSaved: string;
  /** In a live workshop: a save did not arrive; the draft in the browser keeps the answers. */
  workshopSaveFailed: string;
  /** In a live workshop: a save did not arrive (no connection, the server busy); it is sent again by itself. */
  workshopRetrying: string;
  /** In a live workshop: the answers the laptop holds for this participant were put back: `{answered}`, `{total}`. */
  workshopRestored: string;
  /** In a live workshop: answers this participant saved elsewhere since (another tab or device) were taken into the page. */
  workshopMerged: string;
}

export interface FormMessages {
  client: ClientTexts;
  /** `Vragenlijst invullen`: before the questionnaire's title in the page title. */
  pageTitle(title: string): string;
  detailsHeading: string;
  organisation: string;
  respondent: string;
  role: string;
  /** Beside a detail the consultant filled in when making the form. */
  givenDetail: string;
  instructions: string;
  criteria: string;
  unknown: string;
  notApplicable: string;
  belowLegalFloor: string;
  note: string;
  /** `vraag 12 van 51`. */
  questionOf(n: number, total: number): string;
  targetsTitle: string;
  /** Above the targets, in the questionnaire's word for a level (`fase`). */
  targetsIntro(term: LevelTerm): string;
  targetFor(dimension: string, term: LevelTerm): string;
  targetNone: string;
  save: string;
  saveHint: string;
  open: string;
  openHint: string;
  draftNotice: string;
  draftClear: string;
  noScript: string;
  toQuestions: string;
  progressLabel: string;
  /**
   * In a live workshop, in place of the words above and the page script's texts of the same name:
   * every change is saved to the server, the browser keeps a copy; no file to save or send.
   */
  workshop: Pick<FormMessages, 'save' | 'saveHint' | 'draftNotice' | 'draftClear'> & {
    /** The name of the part with the copy in the browser (the offline form's part is named by `open`). */
    tools: string;
    client: Pick<ClientTexts, 'draftCleared' | 'draftUnavailable' | 'draftFull'>;
  };
}

/** Run's text for answers carried over from an earlier version, with the counts as `{counts}`. */
function migratedTemplate(run: RunMessages, language: string): string {
  return run
    .migrated('{file}', '{from}', '{to}', '{id}', 0, 0, 0)
    .replace(migrationCounts(language, 0, 0, 0), '{counts}');
}

/** A run text with numbers, as a template the page's script fills in. */
function template(text: (a: number, b: number) => string, a: string, b: string): string {
  // Sentinels no run text contains: the numbers' places, whatever the words around them.
  return text(-1001, -1002).replace('-1001', `{${a}}`).replace('-1002', `{${b}}`);
}

function fromRun(run: RunMessages) {
  return {
    organisation: run.organisation,
    respondent: run.respondent,
    role: run.role,
    instructions: run.instructions,
    criteria: run.criteria,
    unknown: run.unknown,
    notApplicable: run.notApplicable,
    belowLegalFloor: run.belowLegalFloor,
    note: run.note,
    questionOf: run.questionOf,
    targetsTitle: run.targetsTitle,
    targetFor: run.targetFor,
    targetNone: run.targetNone,
  };
}

export const nl: FormMessages = {
  ...fromRun(runNl),
  client: {
    progress: template(runNl.answeredOf, 'answered', 'total'),
    allAnswered: runNl.reviewAllAnswered,
    unansweredHeading: 'Nog niet beantwoord ({open})',
    saved: 'Opgeslagen als {file}. Stuur dit bestand naar wie de scan begeleidt.',
    savedOpen:
      'Opgeslagen als {file}, maar {open} van de {total} vragen zijn nog niet beantwoord. U kunt ze hieronder alsnog beantwoorden en opnieuw opslaan; stuur dan alleen het laatst opgeslagen bestand.',
    opened: '{file} is geopend: {answered} van {total} vragen beantwoord. U kunt verder waar u was.',
    openedOtherVersion:
      'Let op: {file} is ingevuld voor versie {version}; dit formulier is versie {current}. Antwoorden op vragen die nog bestaan zijn overgenomen.',
    openNotAnswerFile: '{file} is geen antwoordbestand (YAML of JSON) en is niet geopend.',
    openUnreadable: '{file} kan niet worden gelezen: {problem}',
    openOtherQuestionnaire: runNl.resumeOtherQuestionnaire('{file}', '{answered}', '{given}'),
    openSkipped: 'Niet overgenomen (de vraag bestaat niet of het antwoord past niet): {ids}',
    draftRestored: 'Uw concept uit deze browser is teruggezet: {answered} van {total} vragen beantwoord.',
    draftCleared: 'Het concept in deze browser is gewist.',
    workshopSaved: 'Opgeslagen bij de begeleider.',
    workshopSaveFailed:
      'Opslaan bij de begeleider is niet gelukt. Uw antwoorden staan nog in deze pagina; probeer het zo opnieuw met de knop Opslaan.',
    workshopRetrying:
      'Niet opgeslagen — wordt opnieuw verstuurd zodra de verbinding er weer is. Uw antwoorden staan nog in deze pagina.',
    workshopRestored: 'Uw eerder gegeven antwoorden zijn teruggezet: {answered} van {total} vragen beantwoord.',
    workshopMerged:
      'Wat u intussen in een ander tabblad of op een ander apparaat hebt ingevuld, staat nu ook in deze pagina.',
    draftOtherVersion:
      'Deze browser bewaart een concept voor versie {version} van deze vragenlijst; dit formulier is versie {current}. Het concept is niet overgenomen.',
    draftDiscard: 'Dat concept wissen',
    draftUnavailable:
      'Deze browser staat niet toe dat de pagina een concept bewaart: sla uw antwoorden tussendoor op als bestand.',
    openedMigrated: migratedTemplate(runNl, 'nl'),
    openDroppedByMigration: 'Vervallen (de vraag is veranderd): {ids}; ze staan alleen nog in {file}.',
    draftFull:
      'De opslag van deze browser is vol: wat u nu invult, wordt niet meer als concept bewaard. Sla uw antwoorden op als bestand.',
    notUtf8: sayFinding(msg('file.not-utf8'), 'nl'),
    draftCarryOver: 'Dat concept overnemen',
    draftName: 'het concept in deze browser',
    draftDroppedByMigration: 'Vervallen (de vraag is veranderd): {ids}.',
  },
  pageTitle: (title) => `Vragenlijst invullen – ${title}`,
  detailsHeading: 'Over u',
  givenDetail: 'ingevuld door wie de scan begeleidt',
  targetsIntro: (term) =>
    `Optioneel: ${dutchArticle(term) === 'het' ? 'welk' : 'welke'} ${term.singular} wilt u per dimensie bereiken?`,
  save: 'Opslaan als antwoordbestand',
  saveHint:
    'Uw antwoorden komen in één bestand (YAML) in uw map Downloads. Stuur dat bestand naar wie de scan begeleidt. Niets verlaat uw computer zonder dat u het verstuurt.',
  open: 'Antwoordbestand openen',
  openHint: 'Gaat u verder met een opgeslagen bestand? Open het hier.',
  draftNotice:
    'Alles wat u invult, bewaart deze browser als concept op deze computer, zodat niets verloren gaat als u de pagina sluit. Op een gedeelde computer: wis het concept als u klaar bent.',
  draftClear: 'Concept wissen',
  noScript: 'Deze pagina heeft JavaScript nodig om uw antwoorden op te slaan.',
  toQuestions: 'Naar de vragen',
  progressLabel: 'Voortgang',
  workshop: {
    save: 'Opslaan bij de workshop',
    saveHint: 'Uw antwoorden worden voor de workshop opgeslagen zodra u ze geeft. U hoeft niets te versturen.',
    draftNotice:
      'Een kopie van uw antwoorden blijft ook in deze browser op dit apparaat, zodat niets verloren gaat als de verbinding even wegvalt. Op een gedeeld apparaat: wis de kopie als u klaar bent.',
    draftClear: 'Kopie in deze browser wissen',
    tools: 'Kopie in deze browser',
    client: {
      draftCleared: 'De kopie in deze browser is gewist. Uw antwoorden blijven opgeslagen voor de workshop.',
      draftUnavailable:
        'Deze browser staat niet toe dat de pagina een kopie bewaart: uw antwoorden staan alleen bij de workshop. Houd de pagina open tot ze zijn opgeslagen.',
      draftFull:
        'De opslag van deze browser is vol: er blijft geen kopie meer in deze browser. Uw antwoorden worden wel voor de workshop opgeslagen.',
    },
  },
};

export const en: FormMessages = {
  ...fromRun(runEn),
  client: {
    progress: template(runEn.answeredOf, 'answered', 'total'),
    allAnswered: runEn.reviewAllAnswered,
    unansweredHeading: 'Not answered yet ({open})',
    saved: 'Saved as {file}. Send this file to whoever leads the scan.',
    savedOpen:
      'Saved as {file}, but {open} of the {total} questions are still unanswered. You can still answer them below and save again; then send only the file you saved last.',
    opened: '{file} is open: {answered} of {total} questions answered. You can go on where you were.',
    openedOtherVersion:
      'Note: {file} was filled in for version {version}; this form is version {current}. Answers to questions that still exist were taken over.',
    openNotAnswerFile: '{file} is not an answer file (YAML or JSON) and was not opened.',
    openUnreadable: '{file} cannot be read: {problem}',
    openOtherQuestionnaire: runEn.resumeOtherQuestionnaire('{file}', '{answered}', '{given}'),
    openSkipped: 'Not taken over (the question does not exist or the answer does not fit): {ids}',
    draftRestored: 'Your draft in this browser was restored: {answered} of {total} questions answered.',
    draftCleared: 'The draft in this browser was cleared.',
    workshopSaved: 'Saved with the facilitator.',
    workshopSaveFailed:
      'Saving with the facilitator did not work. Your answers are still in this page; try again shortly with the Save button.',
    workshopRetrying:
      'Not saved — it will be sent again as soon as the connection is back. Your answers are still in this page.',
    workshopRestored: 'Your earlier answers were put back: {answered} of {total} questions answered.',
    workshopMerged: 'What you filled in meanwhile in another tab or on another device is now in this page too.',
    draftOtherVersion:
      'This browser keeps a draft for version {version} of this questionnaire; this form is version {current}. The draft was not applied.',
    draftDiscard: 'Discard that draft',
    draftUnavailable: 'This browser does not let the page keep a draft: save your answers to a file now and then.',
    openedMigrated: migratedTemplate(runEn, 'en'),
    openDroppedByMigration: 'Dropped (the question changed): {ids}; they remain only in {file}.',
    draftFull:
      "This browser's storage is full: what you fill in now is no longer kept as a draft. Save your answers to a file.",
    notUtf8: sayFinding(msg('file.not-utf8'), 'en'),
    draftCarryOver: 'Carry that draft over',
    draftName: 'the draft in this browser',
    draftDroppedByMigration: 'Dropped (the question changed): {ids}.',
  },
  pageTitle: (title) => `Fill in the questionnaire – ${title}`,
  detailsHeading: 'About you',
  givenDetail: 'filled in by whoever leads the scan',
  targetsIntro: (term) => `Optional: which ${term.singular} do you want to reach per dimension?`,
  save: 'Save as answer file',
  saveHint:
    'Your answers go into one file (YAML) in your Downloads folder. Send that file to whoever leads the scan. Nothing leaves your computer unless you send it.',
  open: 'Open an answer file',
  openHint: 'Going on with a saved file? Open it here.',
  draftNotice:
    'This browser keeps everything you fill in as a draft on this computer, so nothing is lost when you close the page. On a shared computer, clear the draft when you are done.',
  draftClear: 'Clear the draft',
  noScript: 'This page needs JavaScript to save your answers.',
  toQuestions: 'To the questions',
  progressLabel: 'Progress',
  workshop: {
    save: 'Save to the workshop',
    saveHint: 'Your answers are saved for the workshop as you give them. You do not need to send anything.',
    draftNotice:
      'A copy of your answers also stays in this browser on this device, so nothing is lost if the connection drops for a moment. On a shared device, clear the copy when you are done.',
    draftClear: 'Clear the copy in this browser',
    tools: 'Copy in this browser',
    client: {
      draftCleared: 'The copy in this browser was cleared. Your answers stay saved for the workshop.',
      draftUnavailable:
        'This browser does not let the page keep a copy: your answers are with the workshop only. Keep the page open until they are saved.',
      draftFull:
        "This browser's storage is full: no copy stays in this browser any more. Your answers are still saved for the workshop.",
    },
  },
};

/** The catalogue for a language tag: Dutch for `nl` (`nl-BE`), English otherwise. */
export function formMessagesFor(language: string): FormMessages {
  return pickCatalogue({ en, nl }, language);
}
