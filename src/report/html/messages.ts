/**
 * The HTML report's own labels (tool UI, not questionnaire content): names of (sub)dimensions,
 * levels and steps come from the profile, already localised. Parametrised labels are functions
 * of formatted plain text, and give plain text. Each catalogue is a function of what the
 * questionnaire calls its levels (`fase`, `level`): that word is questionnaire data, so every label
 * is escaped where it is written (by the `markup` template, like any text).
 */
import type { RespondentRule } from '../../questionnaire/types.js';
import { defaultLevelTerm, type LevelTerm } from '../../questionnaire/level-term.js';
import { pickCatalogue } from '../../util/language.js';
import { capitalise, listed } from '../../util/text.js';
import { labelsFor, type Labels } from '../profile/labels.js';

export interface Messages {
  /** Document title when neither the options nor the profile give one. */
  reportTitle: string;
  comparisonTitle: string;
  organisation: string;
  questionnaire: string;
  date: string;
  sources: string;
  /** Footer line; `date` is formatted, or undefined when the caller gave none. */
  generatedBy: (date: string | undefined) => string;

  summary: string;
  overallLevel: string;
  overallScore: string;
  coverage: string;
  /** `given` counts every answer, a "don't know" and "not applicable" included. */
  /** `unknown` and `notApplicable` are null when there are none. */
  coverageDetail: (given: string, total: string, unknown: string | null, notApplicable: string | null) => string;
  respondents: string;
  /** `3 respondents`: a count in a line of text (the slides' title, beside a scan's date). */
  respondentCount: Labels['respondents'];
  scoringMethod: string;
  scoringMethods: { mean: string; min: string };
  /** Said after the method where the rules differ from the defaults. */
  unansweredLowest: string;
  respondentRules: Record<RespondentRule, string>;

  profile: string;
  dimensionsChart: string;
  subdimensionsChart: string;
  radarDescription: (axes: number, series: string) => string;
  barsDescription: (rows: number, series: string) => string;
  current: string;
  target: string;
  /** The heading of the key under each chart: `Fasen: 1 Agenderen (vanaf 1,00) · …`. */
  levels: string;
  levelFrom: (min: string) => string;
  gapNote: string;

  scoresPerDimension: string;
  dimensionOverview: string;
  name: string;
  score: string;
  level: string;
  gap: string;
  dimensionTotal: string;
  belowFirstLevel: string;
  /** After a level, for a score within 0.25 below the next: `, approaching 2`. */
  approaching: (rank: number) => string;
  /** After a level that rests on under half of the questions answered with a value: ` (uncertain)`. */
  uncertain: string;
  /** Under the overall level when it is uncertain: `uncertain: coverage 6%`. */
  uncertainOverall: (coverage: string) => string;

  spread: string;
  spreadIntro: (threshold: string) => string;
  lowest: string;
  highest: string;
  sd: string;
  range: string;
  rangeTitle: (name: string, min: string, max: string, score: string) => string;
  discussionPoint: string;
  discussionPoints: string;
  discussionItem: (min: string, max: string, difference: string) => string;
  noDiscussionPoints: string;

  /** The levels of gated units: per level how many of its questions pass, met or not, and what the next one misses. */
  ladders: string;
  laddersIntro: string;
  passing: string;
  status: string;
  met: string;
  notMet: string;
  passingOf: (passing: string, countable: string) => string;
  missingFor: (level: string) => string;

  /** The answers that mean a legal duty is not met, apart from the score. */
  belowLegalFloor: string;
  belowLegalFloorIntro: string;
  chosenBy: (who: string) => string;
  /** After an answer below the legal floor: `(value 0)`. */
  optionValue: (value: string) => string;
  /** A comparison side's count of them: `2 answers below the legal floor`. */
  belowLegalFloorCount: (n: string, one: boolean) => string;

  nextSteps: string;
  nextStepsIntro: string;
  noNextSteps: string;
  priority: (rank: number) => string;
  fromTo: (from: string, to: string) => string;
  /** In place of fromTo for the steps that keep a unit at the top level: `keeping phase 4 · Verankeren`. */
  keep: (level: string) => string;

  comparison: string;
  before: string;
  after: string;
  change: string;
  comparisonDimensionsChart: string;
  comparisonSubdimensionsChart: string;
  comparisonTable: string;
  /** The note under a comparison's title when its sides name different organisations. */
  differentOrganisations: (before: string, after: string) => string;
  noProfiles: string;
  /** A trend over three or more scans (`compare` with more than two). */
  trendTitle: string;
  trendDimensionsChart: string;
  trendSubdimensionsChart: string;
  trendLines: string;
  trendTable: string;
  /** The accessible description of one dimension's line chart: its score per scan, in words. */
  trendLineDescription: (name: string, points: readonly { scan: string; score: string }[]) => string;
  /** The same words as the text reports (see Labels['trend']). */
  trend: Labels['trend'];
  /** The same words as the text reports (see Labels): one wording in every format. */
  migrated: Labels['migrated'];
  /** Under the respondents' count: answer sets left out for their errors. */
  skipped: Labels['skipped'];
  questionsChangedSince: Labels['questionsChangedSince'];

  /** Per question how many respondents gave each answer, and their notes. */
  answersPerQuestion: string;
  answersPerQuestionIntro: string;
  answerKinds: Labels['answerKinds'];
  /** A consensus file's profile, beside its respondents' count; and a question its room did not discuss. */
  consensusOf: Labels['consensusOf'];
  combinedMark: Labels['combinedMark'];
  /** The accessible names of a question's bar and of its notes. */
  answersTo: (question: string) => string;
  notesOn: (question: string) => string;
  /** Under a discussion point: its questions, ordered by how far their answers lie apart. */
  questionsBySpread: string;
  /** After a question in a discussion point: the highest option value chosen minus the lowest. */
  answerRange: (difference: string) => string;

  /** The slides (`--format slides`): the counter's accessible text, `3 / 12` being its visible one. */
  slideOf: (n: number, total: number) => string;
  /** After the heading of a slide continued from the one before: `(2/3)`. */
  slidePart: (part: number, parts: number) => string;
  slidesNavigation: string;
  previousSlide: string;
  nextSlide: string;
  /** On the title slide, shown with the script only: how to move through the slides. */
  slideKeys: string;
  /** A question, unit or step group whose beginning is on the slide before. */
  continued: (name: string) => string;
  /** In a unit's row: its target level. */
  targetLevel: (level: string) => string;
  /** In a unit's row of a group: the respondents' spread, a discussion point. */
  spreadDifference: (min: string, max: string) => string;
  /** The key under the bars of a dimension: what the marks mean. */
  spreadKey: string;
  targetKey: string;
}

const nl = (term: LevelTerm): Messages => ({
  reportTitle: 'Volwassenheidsprofiel',
  comparisonTitle: 'Vergelijking van twee metingen',
  trendTitle: 'Verloop over metingen',
  trendDimensionsChart: 'Per dimensie, een lijn per meting',
  trendSubdimensionsChart: 'Per subdimensie, een lijn per meting',
  trendLines: 'Verloop per dimensie',
  trendTable: 'Scores per meting',
  trendLineDescription: (name, points) =>
    `Lijndiagram van ${name}: ${points.map((p) => `${p.scan}: ${p.score}`).join('; ')}. Dezelfde cijfers staan in de tabel.`,
  trend: labelsFor('nl', term).trend,
  organisation: 'Organisatie',
  questionnaire: 'Vragenlijst',
  date: 'Datum',
  sources: 'Bronnen',
  generatedBy: (date) => (date ? `Gemaakt met datascan op ${date}.` : 'Gemaakt met datascan.'),

  summary: 'Samenvatting',
  overallLevel: `${capitalise(term.singular)} (totaal)`,
  overallScore: 'Score (totaal)',
  coverage: 'Dekking',
  coverageDetail: (given, total, unknown, notApplicable) =>
    `${given} van ${total} vragen beantwoord${(unknown ?? notApplicable) ? `, waarvan ${listed([unknown !== null && `${unknown} × weet niet`, notApplicable !== null && `${notApplicable} × niet van toepassing`], 'en')}` : ''}`,
  respondents: 'Respondenten',
  respondentCount: labelsFor('nl', term).respondents,
  scoringMethod: 'Berekening',
  scoringMethods: { mean: 'gemiddelde', min: 'minimum' },
  unansweredLowest: 'een onbeantwoorde vraag telt als de laagste waarde van de schaal',
  respondentRules: {
    mean: 'waarden van respondenten gecombineerd via het gemiddelde',
    median: 'waarden van respondenten gecombineerd via de mediaan',
    min: 'waarden van respondenten gecombineerd via de laagste',
    max: 'waarden van respondenten gecombineerd via de hoogste',
  },

  profile: 'Profiel',
  dimensionsChart: 'Score en ambitie per dimensie',
  subdimensionsChart: 'Score en ambitie per subdimensie',
  radarDescription: (axes, series) =>
    `Radardiagram met ${axes} assen; lijnen: ${series}. Dezelfde cijfers staan in de tabellen.`,
  barsDescription: (rows, series) =>
    `Staafdiagram met ${rows} rijen; staven: ${series}. Dezelfde cijfers staan in de tabellen.`,
  current: 'Huidige score',
  target: 'Ambitie',
  levels: capitalise(term.plural),
  levelFrom: (min) => `vanaf ${min}`,
  gapNote: '– = geen score; de lijn is op die as onderbroken.',

  scoresPerDimension: 'Scores per dimensie',
  dimensionOverview: 'Overzicht',
  name: 'Onderdeel',
  score: 'Score',
  level: capitalise(term.singular),
  gap: 'Afstand tot ambitie',
  dimensionTotal: 'totaal',
  belowFirstLevel: `onder ${term.singular} 1`,
  approaching: (rank) => `, op weg naar ${rank}`,
  uncertain: ' (onzeker)',
  uncertainOverall: (coverage) => `onzeker: dekking ${coverage}`,

  spread: 'Spreiding tussen respondenten',
  spreadIntro: (threshold) =>
    `De balk loopt van de laagste tot de hoogste score van de respondenten; de stip is de groepsscore. Een verschil van ${threshold} of meer is een discussiepunt.`,
  lowest: 'Laagste',
  highest: 'Hoogste',
  sd: 'Std.afw.',
  range: 'Spreiding',
  rangeTitle: (name, min, max, score) => `${name}: laagste ${min}, hoogste ${max}, groepsscore ${score}`,
  discussionPoint: 'Discussiepunt',
  discussionPoints: 'Discussiepunten',
  discussionItem: (min, max, difference) => `scores van ${min} tot ${max} (verschil ${difference})`,
  noDiscussionPoints: 'Geen discussiepunten: de respondenten liggen dicht bij elkaar.',

  ladders: `${capitalise(term.plural)} per onderdeel`,
  laddersIntro: `Een ${term.singular} telt pas als voldoende vragen ervan voldoen en alle lagere ${term.plural} ook gehaald zijn.`,
  passing: 'Voldoen',
  status: 'Status',
  met: 'gehaald',
  notMet: 'niet gehaald',
  passingOf: (passing, countable) => `${passing} van ${countable}`,
  missingFor: (level) => `Nog nodig voor ${level}:`,

  belowLegalFloor: 'Onder de wettelijke ondergrens',
  belowLegalFloorIntro:
    'Deze antwoorden betekenen dat niet aan een wettelijke plicht wordt voldaan. Ze tellen met hun waarde mee in de scores en staan hier daarnaast apart.',
  chosenBy: (who) => `gekozen door ${who}`,
  optionValue: labelsFor('nl', term).optionValue,
  belowLegalFloorCount: (n, one) => `${n} ${one ? 'antwoord' : 'antwoorden'} onder de wettelijke ondergrens`,
  nextSteps: 'Volgende stappen',
  nextStepsIntro: 'Per dimensie, in volgorde van prioriteit.',
  noNextSteps: 'Geen volgende stappen: alle ambities zijn bereikt.',
  priority: (rank) => `prioriteit ${rank}`,
  fromTo: (from, to) => `van ${from} naar ${to}`,
  keep: (level) => `${term.singular} ${level} vasthouden`,

  comparison: 'Vergelijking',
  before: 'Voor',
  after: 'Na',
  change: 'Verschil',
  comparisonDimensionsChart: 'Voor en na per dimensie',
  comparisonSubdimensionsChart: 'Voor en na per subdimensie',
  comparisonTable: 'Scores voor en na',
  differentOrganisations: (before, after) =>
    `Deze metingen zijn van verschillende organisaties: ${before} (voor) en ${after} (na). Hun verschil is dus geen voortgang van één organisatie.`,
  noProfiles: 'Er is geen profiel om te tonen.',
  migrated: labelsFor('nl', term).migrated,
  skipped: labelsFor('nl', term).skipped,
  questionsChangedSince: labelsFor('nl', term).questionsChangedSince,

  answersPerQuestion: labelsFor('nl', term).answersPerQuestion,
  answersPerQuestionIntro: 'Per vraag hoeveel respondenten elk antwoord gaven, met wat zij erbij schreven.',
  answerKinds: labelsFor('nl', term).answerKinds,
  consensusOf: labelsFor('nl', term).consensusOf,
  combinedMark: labelsFor('nl', term).combinedMark,
  answersTo: (question) => `Antwoorden op ${question}`,
  notesOn: (question) => `Toelichtingen bij ${question}`,
  questionsBySpread: 'De vragen, met het grootste verschil in antwoorden eerst:',
  answerRange: (difference) => `antwoorden ${difference} uiteen`,

  slideOf: (n, total) => `Dia ${n} van ${total}`,
  slidePart: (part, parts) => `(${part}/${parts})`,
  slidesNavigation: 'Dia’s',
  previousSlide: 'Vorige dia',
  nextSlide: 'Volgende dia',
  slideKeys: 'Verder met → of de spatiebalk, terug met ←; Home en End gaan naar de eerste en laatste dia.',
  continued: (name) => `${name} (vervolg)`,
  targetLevel: (level) => `ambitie ${level}`,
  spreadDifference: (min, max) => `discussiepunt ${min}–${max}`,
  spreadKey: 'balk: spreiding tussen respondenten',
  targetKey: 'streep: ambitie',
});

const en = (term: LevelTerm): Messages => ({
  reportTitle: 'Maturity profile',
  comparisonTitle: 'Comparison of two scans',
  trendTitle: 'Trend over scans',
  trendDimensionsChart: 'Per dimension, one line per scan',
  trendSubdimensionsChart: 'Per subdimension, one line per scan',
  trendLines: 'Trend per dimension',
  trendTable: 'Scores per scan',
  trendLineDescription: (name, points) =>
    `Line chart of ${name}: ${points.map((p) => `${p.scan}: ${p.score}`).join('; ')}. The table gives the same numbers.`,
  trend: labelsFor('en', term).trend,
  organisation: 'Organisation',
  questionnaire: 'Questionnaire',
  date: 'Date',
  sources: 'Sources',
  generatedBy: (date) => (date ? `Made with datascan on ${date}.` : 'Made with datascan.'),

  summary: 'Summary',
  overallLevel: `Overall ${term.singular}`,
  overallScore: 'Overall score',
  coverage: 'Coverage',
  coverageDetail: (given, total, unknown, notApplicable) =>
    `${given} of ${total} questions answered${(unknown ?? notApplicable) ? `, of which ${listed([unknown !== null && `${unknown} × don't know`, notApplicable !== null && `${notApplicable} × not applicable`], 'and')}` : ''}`,
  respondents: 'Respondents',
  respondentCount: labelsFor('en', term).respondents,
  scoringMethod: 'Scoring',
  scoringMethods: { mean: 'mean', min: 'minimum' },
  unansweredLowest: "an unanswered question counts as its scale's lowest value",
  respondentRules: {
    mean: "respondents' values combined by their mean",
    median: "respondents' values combined by their median",
    min: "respondents' values combined by the lowest",
    max: "respondents' values combined by the highest",
  },

  profile: 'Profile',
  dimensionsChart: 'Score and target per dimension',
  subdimensionsChart: 'Score and target per subdimension',
  radarDescription: (axes, series) =>
    `Radar chart with ${axes} axes; lines: ${series}. The same numbers are in the tables.`,
  barsDescription: (rows, series) =>
    `Bar chart with ${rows} rows; bars: ${series}. The same numbers are in the tables.`,
  current: 'Current score',
  target: 'Target',
  levels: capitalise(term.plural),
  levelFrom: (min) => `from ${min}`,
  gapNote: '– = no score; the line has a gap on that axis.',

  scoresPerDimension: 'Scores per dimension',
  dimensionOverview: 'Overview',
  name: 'Part',
  score: 'Score',
  level: capitalise(term.singular),
  gap: 'Gap to target',
  dimensionTotal: 'total',
  belowFirstLevel: `below ${term.singular} 1`,
  approaching: (rank) => `, approaching ${rank}`,
  uncertain: ' (uncertain)',
  uncertainOverall: (coverage) => `uncertain: coverage ${coverage}`,

  spread: 'Spread among respondents',
  spreadIntro: (threshold) =>
    `The bar runs from the lowest to the highest respondent's score; the dot is the group score. A difference of ${threshold} or more is a discussion point.`,
  lowest: 'Lowest',
  highest: 'Highest',
  sd: 'Std. dev.',
  range: 'Spread',
  rangeTitle: (name, min, max, score) => `${name}: lowest ${min}, highest ${max}, group score ${score}`,
  discussionPoint: 'Discussion point',
  discussionPoints: 'Discussion points',
  discussionItem: (min, max, difference) => `scores from ${min} to ${max} (difference ${difference})`,
  noDiscussionPoints: 'No discussion points: the respondents are close together.',

  ladders: `${capitalise(term.plural)} per unit`,
  laddersIntro: `A ${term.singular} counts only when enough of its questions pass and every ${term.singular} below it is met too.`,
  passing: 'Passing',
  status: 'Status',
  met: 'met',
  notMet: 'not met',
  passingOf: (passing, countable) => `${passing} of ${countable}`,
  missingFor: (level) => `Still needed for ${level}:`,

  belowLegalFloor: 'Below the legal floor',
  belowLegalFloorIntro:
    'These answers mean that a legal duty is not met. They count in the scores with their value, and are listed here apart from them.',
  chosenBy: (who) => `chosen by ${who}`,
  optionValue: labelsFor('en', term).optionValue,
  belowLegalFloorCount: (n, one) => `${n} ${one ? 'answer' : 'answers'} below the legal floor`,
  nextSteps: 'Next steps',
  nextStepsIntro: 'Per dimension, in order of priority.',
  noNextSteps: 'No next steps: every target has been reached.',
  priority: (rank) => `priority ${rank}`,
  fromTo: (from, to) => `from ${from} to ${to}`,
  keep: (level) => `keeping ${term.singular} ${level}`,

  comparison: 'Comparison',
  before: 'Before',
  after: 'After',
  change: 'Change',
  comparisonDimensionsChart: 'Before and after per dimension',
  comparisonSubdimensionsChart: 'Before and after per subdimension',
  comparisonTable: 'Scores before and after',
  differentOrganisations: (before, after) =>
    `These scans are of different organisations: ${before} (before) and ${after} (after). Their difference is not one organisation’s progress.`,
  noProfiles: 'There is no profile to show.',
  migrated: labelsFor('en', term).migrated,
  skipped: labelsFor('en', term).skipped,
  questionsChangedSince: labelsFor('en', term).questionsChangedSince,

  answersPerQuestion: labelsFor('en', term).answersPerQuestion,
  answersPerQuestionIntro: 'Per question how many respondents gave each answer, with what they wrote.',
  answerKinds: labelsFor('en', term).answerKinds,
  consensusOf: labelsFor('en', term).consensusOf,
  combinedMark: labelsFor('en', term).combinedMark,
  answersTo: (question) => `Answers to ${question}`,
  notesOn: (question) => `Notes on ${question}`,
  questionsBySpread: 'Its questions, the largest difference in answers first:',
  answerRange: (difference) => `answers ${difference} apart`,

  slideOf: (n, total) => `Slide ${n} of ${total}`,
  slidePart: (part, parts) => `(${part}/${parts})`,
  slidesNavigation: 'Slides',
  previousSlide: 'Previous slide',
  nextSlide: 'Next slide',
  slideKeys: 'Forward with → or the space bar, back with ←; Home and End go to the first and last slide.',
  continued: (name) => `${name} (continued)`,
  targetLevel: (level) => `target ${level}`,
  spreadDifference: (min, max) => `discussion point ${min}–${max}`,
  spreadKey: 'band: spread among respondents',
  targetKey: 'line: target',
});

/**
 * The labels for a language (`nl`, `en`, or a tag such as `nl-BE`; English when there are none),
 * with the questionnaire's word for a level in that language (see profileLevelTerm).
 */
export function messagesFor(language: string, term: LevelTerm = defaultLevelTerm(language)): Messages {
  return pickCatalogue({ en, nl }, language)(term);
}
