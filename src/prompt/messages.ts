/**
 * The interview's own words (navigation, progress, review, errors) in Dutch and English.
 * Questionnaire content never comes from here: that is data, localised with localize().
 */
import { dutchArticle, type LevelTerm } from '../questionnaire/level-term.js';
import { migrationCounts } from '../diagnostics/messages.js';
import { pickCatalogue } from '../util/language.js';
import { describeWriteProblem } from '../util/write-problems.js';

export interface Messages {
  questionOf(n: number, total: number): string;
  /** The counter while the questions a migration left open (new or changed) are asked: `n` of `total` of those. */
  reopenedOf(n: number, total: number): string;
  /** Said at the start of a resume after a migration: its `n` open questions come first, then the overview. */
  reopenedFirst(n: number): string;
  answeredOf(n: number, total: number): string;
  unknown: string;
  notApplicable: string;
  back: string;
  backToReview: string;
  skip: string;
  next: string;
  toReview: string;
  chosen(label: string): string;
  /** Beside an option whose choice means a legal duty is not met, in the list of options. */
  belowLegalFloor: string;
  /** The heading of a question's quality criteria. */
  criteria: string;
  /** The heading of the questionnaire's instructions (how to answer). */
  instructions: string;
  /** In their place where the window has no room for them beside the options: where to read them. */
  instructionsInOverview: string;
  note: string;
  organisation: string;
  respondent: string;
  role: string;
  // Which keys do what: only the terminal says this, next to the words above.
  /**
   * Under a list: `many`, 10 or more numbered entries (a number is typed, then Enter); `letters`,
   * some entries have a letter of their own.
   */
  keysHelp(many: boolean, letters: boolean): string;
  /** Under a list of 10 or more while a number is typed: `Nummer 12: Enter kiest`. */
  numberTyped(number: string): string;
  /** The letter that chooses each way on and each answer besides the options, the same on every question. */
  shortcuts: { unknown: string; notApplicable: string; back: string; skip: string; review: string };
  noteKeys: string;
  noteExistingKeys: string;
  detailKeys: string;
  savingTo(file: string): string;
  resuming(file: string, answered: number, total: number): string;
  resumingComplete: string;
  versionChanged(file: string, previous: string, current: string, id: string): string;
  droppedAnswers(ids: string[]): string;
  /** A resumed file answered for an earlier version, carried over along the questionnaire's migrations. */
  migrated(file: string, from: string, to: string, id: string, carried: number, dropped: number, open: number): string;
  /** Answers the migration dropped: kept as comments in the file, or (JSON) only in the copy. */
  droppedByMigration(ids: string[], asComments: boolean): string;
  clearedAnswers(ids: string[]): string;
  droppedTargets(ids: string[]): string;
  backupWritten(file: string): string;
  reviewTitle: string;
  reviewSummary(answered: number, total: number, unknown: number, unanswered: number): string;
  reviewAllAnswered: string;
  reviewFinish: string;
  reviewTargets: string;
  reviewRestart: string;
  reviewUnanswered(n: number): string;
  reviewUnknown(n: number): string;
  /** Asked before finishing while `open` of `total` questions have no answer. */
  finishOpen(open: number, total: number): string;
  finishAnyway: string;
  targetsTitle: string;
  /** `term`: what the questionnaire calls its levels, in the interview's language. */
  targetFor(dimension: string, term: LevelTerm): string;
  targetNone: string;
  /** Where the dimension stands by the answers so far: `level`, a level's name. */
  targetNow(level: string): string;
  /** Answers that reach no level yet. */
  targetNowNone(term: LevelTerm): string;
  /** Asked when the level chosen as the target is below the one reached. */
  targetBelow(target: string, now: string): string;
  targetKeep: string;
  targetChooseAgain: string;
  cancelled(file: string): string;
  continueWith(command: string): string;
  /** Stopped in a finished file that was opened again and left as it was. */
  stoppedFinished(file: string): string;
  stoppedBeforeFile: string;
  finished(file: string): string;
  scoreLater(command: string): string;
  notATerminal: string;
  exists(file: string, resumeCommand: string): string;
  locked(file: string, holder: string, lockFile: string): string;
  lockedElsewhere(file: string, holder: string, lockFile: string): string;
  lockHolder(pid: number, host: string, since: string): string;
  resumeNotAnswerFile(file: string): string;
  resumeInvalid(file: string, problem: string): string;
  resumeOtherQuestionnaire(file: string, answered: string, given: string): string;
  resumeAndOutput: string;
  outputNotAnswerFile(file: string): string;
  /** `--resume` or `-o` of an .xlsx file: the interview keeps its answers in YAML, a workbook is answered in Excel. */
  workbookNotForRun(file: string): string;
  needQuestionnaire: string;
  noSuchFile(file: string): string;
  /** `code`: the system's error code (EACCES, ENOSPC, …), said with what it means. */
  cannotSave(file: string, code: string): string;
  /** After a failed save: the answers are still held, and what can be done. */
  saveFailedKept: string;
  saveRetry: string;
  saveElsewhere: string;
  saveStop: string;
  saveToLabel: string;
  /** Only the terminal says these: its keys where a save failed (Ctrl-C stops there), and by `saveToLabel`. */
  saveFailedKeys: string;
  saveToKeys: string;
  saveToExists(file: string): string;
  /** Stopped where a save had failed: `file` holds the answers of the last save that succeeded. */
  stoppedUnsaved(file: string): string;
  stoppedNothingSaved: string;
  noLanguage(language: string, available: string): string;
  /** A resumed file's session language the questionnaire has no texts in: the interview goes on in `language`. */
  storedLanguageMissing(stored: string, available: string, language: string): string;
  questionnaireHasErrors(ref: string): string;
}

const list = (ids: string[]) => ids.join(', ');

export const nl: Messages = {
  questionOf: (n, total) => `vraag ${n} van ${total}`,
  reopenedOf: (n, total) => `vraag ${n} van ${total} nieuwe of gewijzigde ${total === 1 ? 'vraag' : 'vragen'}`,
  reopenedFirst: (n) =>
    n === 1
      ? 'Eerst komt de nieuwe of gewijzigde vraag; daarna ziet u het overzicht, waar u alle vragen kunt nalopen.'
      : `Eerst komen de ${n} nieuwe of gewijzigde vragen; daarna ziet u het overzicht, waar u alle vragen kunt nalopen.`,
  answeredOf: (n, total) => `${n} van ${total} beantwoord`,
  unknown: 'Weet niet',
  notApplicable: 'Niet van toepassing',
  back: '← Terug naar de vorige vraag',
  backToReview: '← Terug naar het overzicht',
  skip: '→ Overslaan (later beantwoorden)',
  next: '→ Volgende vraag (antwoord blijft staan)',
  toReview: '☰ Naar het overzicht en afronden',
  chosen: (label) => `Antwoord: ${label}`,
  belowLegalFloor: 'onder de wettelijke ondergrens',
  criteria: 'Kwaliteitscriteria',
  instructions: 'Zo beantwoordt u de vragen',
  instructionsInOverview: 'Zo beantwoordt u de vragen: zie het overzicht.',
  note: 'Notitie',
  organisation: 'Organisatie',
  respondent: 'Naam van wie antwoordt',
  role: 'Rol of functie',
  keysHelp: (many, letters) =>
    [
      '↑↓ Home End: naar • Enter: kiezen',
      ...(many
        ? ['nummer en Enter: kiezen', ...(letters ? ['[letter]: meteen kiezen'] : [])]
        : [letters ? 'cijfer of [letter]: meteen kiezen' : 'cijfer: meteen kiezen']),
      'Ctrl-C: opslaan en stoppen',
    ].join(' • '),
  numberTyped: (number) => `Nummer ${number}: Enter kiest`,
  shortcuts: { unknown: 'w', notApplicable: 'n', back: 'b', skip: 's', review: 'o' },
  noteKeys: 'optioneel, Enter = geen notitie',
  noteExistingKeys: 'Enter = houden, Tab = bewerken, Backspace = wissen',
  detailKeys: 'Enter = overslaan',
  savingTo: (file) => `De antwoorden worden na elke vraag bewaard in ${file}`,
  resuming: (file, answered, total) => `Verder met ${file}: ${answered} van ${total} vragen beantwoord.`,
  resumingComplete: 'Alle vragen waren al doorlopen; u ziet het overzicht.',
  versionChanged: (file, previous, current, id) =>
    `Let op: ${file} is begonnen met versie ${previous} van ${id}; dit is versie ${current}. Antwoorden op vragen die nog bestaan blijven staan.`,
  droppedAnswers: (ids) => `Vervallen (vraag bestaat niet meer): ${list(ids)}`,
  migrated: (file, from, to, id, carried, dropped, open) =>
    `Let op: ${file} is beantwoord voor ${from}; dit is versie ${to} van ${id}: ${migrationCounts('nl', carried, dropped, open)}.`,
  droppedByMigration: (ids, asComments) =>
    `Vervallen (de vraag is veranderd): ${list(ids)}; ${asComments ? 'ze staan als commentaar onder de antwoorden in het bestand' : 'ze staan alleen nog in de kopie'}.`,
  clearedAnswers: (ids) => `Opnieuw te beantwoorden (antwoord past niet meer bij de vraag): ${list(ids)}`,
  droppedTargets: (ids) => `Vervallen ambities: ${list(ids)}`,
  backupWritten: (file) => `Het oorspronkelijke bestand is bewaard als ${file}`,
  reviewTitle: 'Overzicht',
  reviewSummary: (answered, total, unknown, unanswered) =>
    `${answered} van ${total} vragen beantwoord${unknown > 0 ? ` (waarvan ${unknown} met "weet niet")` : ''}; ${unanswered} niet beantwoord.`,
  reviewAllAnswered: 'Alle vragen zijn beantwoord.',
  reviewFinish: '✔ Afronden en het profiel tonen',
  reviewTargets: 'Ambitie per dimensie opgeven',
  reviewRestart: 'Alle vragen nog eens doorlopen',
  reviewUnanswered: (n) => `Niet beantwoord (${n}): kies een vraag om hem te beantwoorden`,
  reviewUnknown: (n) => `Weet niet (${n})`,
  finishOpen: (open, total) =>
    `${open} van de ${total} vragen ${open === 1 ? 'is' : 'zijn'} nog niet beantwoord. Toch afronden?`,
  finishAnyway: '✔ Toch afronden',
  targetsTitle: 'Ambitie',
  targetFor: (dimension, term) =>
    `${dutchArticle(term) === 'het' ? 'Welk' : 'Welke'} ${term.singular} wilt u bereiken voor ${dimension}?`,
  targetNone: 'Geen ambitie opgeven',
  targetNow: (level) => `Nu: ${level}`,
  targetNowNone: (term) => `Nu: nog geen ${term.singular}`,
  targetBelow: (target, now) => `${target} is lager dan waar u nu staat (${now}). Toch aanhouden?`,
  targetKeep: 'Ja, aanhouden',
  targetChooseAgain: '← Nee, opnieuw kiezen',
  cancelled: (file) => `Gestopt. Alle antwoorden tot nu toe staan in ${file}.`,
  continueWith: (command) => `Ga later verder met: ${command}`,
  stoppedFinished: (file) => `Gestopt. ${file} was al afgerond en is niet gewijzigd.`,
  stoppedBeforeFile: 'Gestopt voordat er iets te bewaren was.',
  finished: (file) => `Klaar. De antwoorden staan in ${file}.`,
  scoreLater: (command) => `Het profiel later opnieuw bekijken: ${command}`,
  notATerminal:
    '`datascan run` is interactief en heeft een terminal nodig (stdin is geen terminal). Voor gebruik in scripts: schrijf een antwoordbestand en gebruik `datascan score`.',
  exists: (file, resumeCommand) =>
    `${file} bestaat al. Ga daarin verder met \`${resumeCommand}\`, of kies een ander bestand met -o.`,
  locked: (file, holder, lockFile) =>
    `${file} is in gebruik door een andere \`datascan run\` (${holder}). Rond die eerst af of stop hem. Draait die niet meer? Verwijder dan ${lockFile}.`,
  lockedElsewhere: (file, holder, lockFile) =>
    `${file} is in gebruik door een \`datascan run\` op een andere computer (${holder}). Draait die niet meer? Verwijder dan ${lockFile}.`,
  lockHolder: (pid, host, since) => `proces ${pid} op ${host}, sinds ${since}`,
  resumeNotAnswerFile: (file) => `${file} is geen antwoordbestand`,
  resumeInvalid: (file, problem) =>
    `${file} kan niet worden hervat: ${problem} (controleer het met \`datascan validate ${file}\`)`,
  resumeOtherQuestionnaire: (file, answered, given) => `${file} bevat antwoorden op ${answered}, niet op ${given}`,
  resumeAndOutput: '--resume gaat verder in hetzelfde bestand; laat -o weg',
  workbookNotForRun: (file) =>
    `${file} is een werkmap: vul de antwoorden daarin in (in Excel), of maak met \`datascan template\` een YAML-bestand voor het interview`,
  outputNotAnswerFile: (file) =>
    `${file}: een antwoordbestand is YAML (.yaml, .yml) of JSON (.json); kies een naam met een van die extensies`,
  needQuestionnaire: 'geef een vragenlijst (een id uit `datascan list` of een pad), of --resume <bestand>',
  noSuchFile: (file) => `bestand niet gevonden: ${file}`,
  cannotSave: (file, code) => `kan ${file} niet opslaan: ${describeWriteProblem(code, 'nl')}`,
  saveFailedKept: 'Er gaat nog niets verloren: datascan houdt alle antwoorden vast tot het opslaan lukt.',
  saveRetry: 'Opnieuw proberen',
  saveElsewhere: 'In een ander bestand opslaan…',
  saveStop: 'Stoppen (wat niet is opgeslagen gaat verloren)',
  saveToLabel: 'Ander antwoordbestand (.yaml of .json)',
  saveFailedKeys: '↑↓: naar • Enter: kiezen • cijfer: meteen kiezen • Ctrl-C: stoppen',
  saveToKeys: 'Enter = terug',
  saveToExists: (file) => `${file} bestaat al; kies een nieuw bestand`,
  stoppedUnsaved: (file) =>
    `Gestopt. Niet alles kon worden opgeslagen: ${file} bevat de antwoorden tot de laatste keer dat opslaan lukte.`,
  stoppedNothingSaved: 'Gestopt. Er kon niets worden opgeslagen.',
  noLanguage: (language, available) =>
    `de vragenlijst heeft geen teksten in "${language}" (wel: ${available}); de teksten verschijnen in ${available.split(', ')[0]}`,
  storedLanguageMissing: (stored, available, language) =>
    `het antwoordbestand is begonnen in "${stored}", maar de vragenlijst heeft daar geen teksten in (wel: ${available}); verder in ${language}`,
  questionnaireHasErrors: (ref) =>
    `de vragenlijst ${ref} bevat fouten; controleer hem met \`datascan validate ${ref}\``,
};

export const en: Messages = {
  questionOf: (n, total) => `question ${n} of ${total}`,
  reopenedOf: (n, total) => `question ${n} of ${total} new or changed ${total === 1 ? 'question' : 'questions'}`,
  reopenedFirst: (n) =>
    n === 1
      ? 'First the new or changed question; then the overview, where you can go over all questions.'
      : `First the ${n} new or changed questions; then the overview, where you can go over all questions.`,
  answeredOf: (n, total) => `${n} of ${total} answered`,
  unknown: "Don't know",
  notApplicable: 'Not applicable',
  back: '← Back to the previous question',
  backToReview: '← Back to the overview',
  skip: '→ Skip (answer later)',
  next: '→ Next question (keep the answer)',
  toReview: '☰ Go to the overview and finish',
  chosen: (label) => `Answer: ${label}`,
  belowLegalFloor: 'below the legal floor',
  criteria: 'Quality criteria',
  instructions: 'How to answer',
  instructionsInOverview: 'How to answer: see the overview.',
  note: 'Note',
  organisation: 'Organisation',
  respondent: 'Name of the respondent',
  role: 'Role',
  keysHelp: (many, letters) =>
    [
      '↑↓ Home End: move • Enter: choose',
      ...(many
        ? ['number and Enter: choose', ...(letters ? ['[letter]: choose at once'] : [])]
        : [letters ? 'number or [letter]: choose at once' : 'number: choose at once']),
      'Ctrl-C: save and stop',
    ].join(' • '),
  numberTyped: (number) => `Number ${number}: Enter chooses`,
  shortcuts: { unknown: 'd', notApplicable: 'n', back: 'b', skip: 's', review: 'o' },
  noteKeys: 'optional, Enter = no note',
  noteExistingKeys: 'Enter = keep, Tab = edit, Backspace = clear',
  detailKeys: 'Enter = skip',
  savingTo: (file) => `Answers are saved after every question to ${file}`,
  resuming: (file, answered, total) => `Continuing ${file}: ${answered} of ${total} questions answered.`,
  resumingComplete: 'All questions had been gone through; here is the overview.',
  versionChanged: (file, previous, current, id) =>
    `Note: ${file} was begun with version ${previous} of ${id}; this is version ${current}. Answers to questions that still exist are kept.`,
  droppedAnswers: (ids) => `Dropped (the question no longer exists): ${list(ids)}`,
  migrated: (file, from, to, id, carried, dropped, open) =>
    `Note: ${file} was answered for ${from}; this is version ${to} of ${id}: ${migrationCounts('en', carried, dropped, open)}.`,
  droppedByMigration: (ids, asComments) =>
    `Dropped (the question changed): ${list(ids)}; ${asComments ? 'they are kept as comments below the answers in the file' : 'they remain only in the copy'}.`,
  clearedAnswers: (ids) => `To answer again (the answer no longer fits the question): ${list(ids)}`,
  droppedTargets: (ids) => `Dropped targets: ${list(ids)}`,
  backupWritten: (file) => `The original file was kept as ${file}`,
  reviewTitle: 'Overview',
  reviewSummary: (answered, total, unknown, unanswered) =>
    `${answered} of ${total} questions answered${unknown > 0 ? ` (${unknown} with "don't know")` : ''}; ${unanswered} unanswered.`,
  reviewAllAnswered: 'All questions are answered.',
  reviewFinish: '✔ Finish and show the profile',
  reviewTargets: 'Set the ambition per dimension',
  reviewRestart: 'Go through all questions again',
  reviewUnanswered: (n) => `Unanswered (${n}): choose a question to answer it`,
  reviewUnknown: (n) => `Don't know (${n})`,
  finishOpen: (open, total) =>
    `${open} of the ${total} questions ${open === 1 ? 'is' : 'are'} still unanswered. Finish anyway?`,
  finishAnyway: '✔ Finish anyway',
  targetsTitle: 'Ambition',
  targetFor: (dimension, term) => `Which ${term.singular} do you want to reach for ${dimension}?`,
  targetNone: 'No ambition',
  targetNow: (level) => `Now: ${level}`,
  targetNowNone: (term) => `Now: no ${term.singular} reached yet`,
  targetBelow: (target, now) => `${target} is lower than where you stand now (${now}). Keep it?`,
  targetKeep: 'Yes, keep it',
  targetChooseAgain: '← No, choose again',
  cancelled: (file) => `Stopped. All answers so far are in ${file}.`,
  continueWith: (command) => `Continue later with: ${command}`,
  stoppedFinished: (file) => `Stopped. ${file} was finished already and is unchanged.`,
  stoppedBeforeFile: 'Stopped before there was anything to save.',
  finished: (file) => `Done. The answers are in ${file}.`,
  scoreLater: (command) => `To see the profile again later: ${command}`,
  notATerminal:
    '`datascan run` is interactive and needs a terminal (stdin is not a terminal). For scripted use, write an answer file and use `datascan score`.',
  exists: (file, resumeCommand) =>
    `${file} already exists. Continue it with \`${resumeCommand}\`, or choose another file with -o.`,
  locked: (file, holder, lockFile) =>
    `${file} is in use by another \`datascan run\` (${holder}). Finish or stop that one first. Is it no longer running? Then delete ${lockFile}.`,
  lockedElsewhere: (file, holder, lockFile) =>
    `${file} is in use by a \`datascan run\` on another computer (${holder}). Is it no longer running? Then delete ${lockFile}.`,
  lockHolder: (pid, host, since) => `process ${pid} on ${host}, since ${since}`,
  resumeNotAnswerFile: (file) => `${file} is not an answer file`,
  resumeInvalid: (file, problem) => `cannot resume ${file}: ${problem} (check it with \`datascan validate ${file}\`)`,
  resumeOtherQuestionnaire: (file, answered, given) => `${file} holds answers to ${answered}, not to ${given}`,
  resumeAndOutput: '--resume continues in the same file; leave out -o',
  workbookNotForRun: (file) =>
    `${file} is a workbook: answer in it (in Excel), or make a YAML file for the interview with \`datascan template\``,
  outputNotAnswerFile: (file) =>
    `${file}: an answer file is YAML (.yaml, .yml) or JSON (.json); choose a name with one of those extensions`,
  needQuestionnaire: 'give a questionnaire (an id from `datascan list` or a path), or --resume <file>',
  noSuchFile: (file) => `file not found: ${file}`,
  cannotSave: (file, code) => `cannot save ${file}: ${describeWriteProblem(code, 'en')}`,
  saveFailedKept: 'Nothing is lost yet: datascan holds on to every answer until a save succeeds.',
  saveRetry: 'Try again',
  saveElsewhere: 'Save to another file…',
  saveStop: 'Stop (what was not saved is lost)',
  saveToLabel: 'Another answer file (.yaml or .json)',
  saveFailedKeys: '↑↓: move • Enter: choose • number: choose at once • Ctrl-C: stop',
  saveToKeys: 'Enter = back',
  saveToExists: (file) => `${file} already exists; choose a new file`,
  stoppedUnsaved: (file) =>
    `Stopped. Not everything could be saved: ${file} holds the answers as of the last save that succeeded.`,
  stoppedNothingSaved: 'Stopped. Nothing could be saved.',
  noLanguage: (language, available) =>
    `the questionnaire has no texts in "${language}" (it has: ${available}); texts are shown in ${available.split(', ')[0]}`,
  storedLanguageMissing: (stored, available, language) =>
    `the answer file was begun in "${stored}", which the questionnaire has no texts in (it has: ${available}); going on in ${language}`,
  questionnaireHasErrors: (ref) => `questionnaire ${ref} has errors; check it with \`datascan validate ${ref}\``,
};

/** The catalogue for a language tag: Dutch for `nl` (`nl-BE`, `NL`), English otherwise. */
export function messagesFor(language: string): Messages {
  return pickCatalogue({ en, nl }, language);
}
