/**
 * The words the profile reports use around the questionnaire's own texts, in English and Dutch.
 * Questionnaire content (names, levels, steps) comes from the profile; only these frame it. Each
 * catalogue is a function of what the questionnaire calls its levels (`fase`, `level`).
 */
import { defaultLevelTerm, dutchArticle, type LevelTerm } from '../../questionnaire/level-term.js';
import { pickCatalogue } from '../../util/language.js';
import type { RespondentRule } from '../../questionnaire/types.js';
import type { ProfileMigration } from '../../scoring/types.js';
import { listed } from '../../util/text.js';
import { migrationCounts } from '../../diagnostics/messages.js';
import type { TrendOrder } from '../../compare/trend.js';

export interface Labels {
  respondents: (n: number) => string;
  /** After the respondents, answer sets left out for their errors: `1 skipped: see the findings`. */
  skipped: (n: number) => string;
  /** An anonymous respondent, by its place in a batch: `Respondent 3`. */
  respondentNumber: (n: number) => string;
  /** In place of the respondents' count for a consensus file: `consensus of 6 participants` (`consensus` without a count). */
  consensusOf: (participants: number | null) => string;
  /** After a question of a consensus file the room did not discuss: `(combined, not discussed)`. */
  combinedMark: string;
  /** A comparison's consensus side: `Consensus (6 participants)`. */
  agreementSide: (participants: number | null) => string;
  /**
   * A comparison's group side against a consensus: `Average of 6 participants`, as its respondents'
   * values combine; participants, as the consensus side counts the same people.
   */
  groupSide: (rule: RespondentRule, respondents: number) => string;
  coverage: string;
  /** `245 of 255 answered, 12 of them don't know and 3 n/a`: `given` counts every answer, a "don't know" and "n/a" included. */
  coverageDetail: (given: number, total: number, unknown: number, notApplicable: number) => string;
  overall: string;
  unit: string;
  score: string;
  /** The word for a level, lower case: a column header and `fase 2 Experimenteren`. */
  level: string;
  /** The word for levels, lower case: the key of a narrow table. */
  levels: string;
  /** After a level, for a score within 0.25 below the next: `, approaching 2`. */
  approaching: (rank: number) => string;
  /** A level that rests on under half of the questions answered with a value, marked in level cells: `uncertain`. */
  uncertain: string;
  /** What the mark means, under the table: `uncertain: under half of its questions have an answer that counts`. */
  uncertainLegend: string;
  /** After the overall level when it is uncertain: ` (uncertain: coverage 6%)`. */
  uncertainOverall: (coverage: string) => string;
  target: string;
  gap: string;
  chart: string;
  noScore: string;
  noOrganisation: string;
  disagreements: string;
  disagreementIntro: (threshold: string) => string;
  /** `1.75–3.25 (sd 0.52, 5 respondents)` */
  spreadDetail: (min: string, max: string, sd: string, n: number) => string;
  nextSteps: string;
  actionPlan: string;
  /** `3 of 5 actions done`. */
  actionsDone: (done: number, actions: number) => string;
  /** `privacy from phase 2 to 3`, or `privacy stays at phase 2`; a rank 0 is below the first level. */
  movedLevel: (name: string, from: number, to: number) => string;
  /** A unit without a score at the start, where it is at the end: `privacy now at phase 2`. */
  nowAtLevel: (name: string, rank: number) => string;
  noNextSteps: string;
  fromTo: (from: number, to: number) => string;
  /** A unit below the first level, in a level cell: `below phase 1`. */
  belowFirstLevel: string;
  /** The steps that keep a unit at the top level, in place of fromTo: `keeping phase 4`. */
  keep: (rank: number) => string;
  chartLegend: (min: string, max: string) => string;
  explanation: string;
  dimensions: string;
  subdimensions: string;
  answeredQuestions: string;
  leftOut: string;
  /** Questions of a gated unit without a value (unknown, unanswered): they count on their level's bar, and do not pass. */
  notPassing: string;
  unknown: string;
  notApplicable: string;
  unanswered: string;
  scoring: string;
  /** The scoring rules, said where they differ from the defaults. */
  scoringRules: { min: string; unansweredLowest: string; respondents: Record<RespondentRule, string> };
  /** Under `unanswered: lowest`: what an unanswered question counted as. */
  unansweredAsLowest: string;
  /** How respondents' values were combined, before the values. */
  combinedOf: Record<RespondentRule, string>;
  weight: string;
  onlyOne: (what: string) => string;
  minOf: string;
  /** A gated unit's level: `basic 2 of 2 pass, met`. */
  gatedLevel: (name: string, passing: number, countable: number, met: boolean) => string;
  /** A gated unit's score: rank + the share passing on the next level (none above the top level, `top`). */
  gatedScore: (rank: number, passing: string, top: boolean) => string;
  because: string;
  belowFirst: (name: string, min: string) => string;
  topLevel: string;
  targetFrom: (source: 'file' | 'option' | 'dimension' | 'default', from: string | undefined) => string;
  noValueAnswered: string;
  before: string;
  after: string;
  change: string;
  comparing: string;
  /** The words of a trend over three or more scans (`compare` with more than two). */
  trend: {
    /** Before the organisation, as `comparing`: `Trend: Gemeente Voorbeeld`. */
    title: string;
    /** A scan by its place in the order compared: `scan 2`. */
    scan: (n: number) => string;
    /** Column header: per scan from the second, whether it reached the previous scan's target. */
    targetMet: string;
    /** The key of the target column. */
    targetNote: string;
    /** How the scans were put in order. */
    order: (order: TrendOrder) => string;
    /** The note of a trend whose scans name different organisations. */
    differentOrganisations: (names: readonly string[]) => string;
  };
  /**
   * Answers carried over from an earlier version: for one respondent `answered for 1.0.0: 47
   * answers carried over, 4 dropped, 6 new or changed questions open`, for several how many answered which version.
   */
  migrated: (m: ProfileMigration, respondents: number) => string;
  /** A comparison's mark for units whose questions changed: `questions changed since 1.0.0`. */
  questionsChangedSince: (versions: readonly string[]) => string;
  /** The heading of the answers that mean a legal duty is not met. */
  belowLegalFloor: string;
  belowLegalFloorIntro: string;
  /** The same, lower case, after an answer (`--explain`) or a count (`compare`). */
  belowLegalFloorMark: string;
  /** `2 answers below the legal floor`. */
  belowLegalFloorCount: (n: number) => string;
  /** After an answer below the legal floor, its value: `(value 0)`, so that `0 Copies …` does not read as "no copies". */
  optionValue: (value: string) => string;
  /** Who chose an answer, names as given: `chosen by Anna, Bram`. */
  chosenBy: (who: readonly string[]) => string;
  /** The heading of each question's counts of answers and its notes. */
  answersPerQuestion: string;
  /** In a question's counts, beside its options: the answers without an option value. */
  answerKinds: { unknown: string; notApplicable: string; unanswered: string };
  /** The workbook report's sheet names and column headers (`score --format xlsx`). */
  workbook: {
    overview: string;
    spread: string;
    organisation: string;
    respondent: string;
    role: string;
    respondents: string;
    skipped: string;
    dimension: string;
    subdimension: string;
    unit: string;
    from: string;
    to: string;
    step: string;
    actions: string;
    actionsDone: string;
    min: string;
    max: string;
    sd: string;
    yes: string;
    no: string;
    question: string;
    value: string;
    answers: string;
  };
}

/** A migration's numbers; new questions open only for one respondent (summed over several they would count answers). */
const migrationParts = (language: string, m: ProfileMigration, one: boolean) =>
  migrationCounts(language, m.carried, m.dropped, one ? m.newOpen : 0);

const en = (term: LevelTerm): Labels => ({
  respondents: (n) => `${n} respondent${n === 1 ? '' : 's'}`,
  skipped: (n) => `${n} skipped: see the findings`,
  respondentNumber: (n) => `Respondent ${n}`,
  consensusOf: (n) => (n === null ? 'consensus' : `consensus of ${n} participant${n === 1 ? '' : 's'}`),
  combinedMark: '(combined, not discussed)',
  agreementSide: (n) => (n === null ? 'Consensus' : `Consensus (${n} participant${n === 1 ? '' : 's'})`),
  groupSide: (rule, n) =>
    `${{ mean: 'Average', median: 'Median', min: 'Lowest', max: 'Highest' }[rule]} of ${n} participant${n === 1 ? '' : 's'}`,
  coverage: 'Coverage',
  // The parts that are there: `8 of 8 answered`, `…, 1 of them don't know`, `…, 1 of them don't know and 2 n/a`.
  coverageDetail: (g, t, u, n) =>
    `${g} of ${t} answered${u + n > 0 ? `, ${listed([u > 0 && `${u} of them don't know`, n > 0 && (u > 0 ? `${n} n/a` : `${n} of them n/a`)], 'and')}` : ''}`,
  overall: 'Overall',
  unit: 'Dimension',
  score: 'score',
  level: term.singular,
  levels: term.plural,
  approaching: (rank) => `, approaching ${rank}`,
  uncertain: 'uncertain',
  uncertainLegend: 'uncertain: under half of its questions have an answer that counts',
  uncertainOverall: (coverage) => ` (uncertain: coverage ${coverage})`,
  target: 'target',
  gap: 'gap',
  chart: 'chart',
  noScore: 'no score',
  noOrganisation: 'Organisation not named',
  disagreements: 'Disagreements',
  disagreementIntro: (t) => `Respondents' own scores differ by ${t} or more:`,
  spreadDetail: (min, max, sd, n) => `${min} to ${max} (sd ${sd}, ${n} respondents)`,
  nextSteps: 'Next steps',
  actionPlan: 'Action plan',
  actionsDone: (done, actions) => `${done} of ${actions} ${actions === 1 ? 'action' : 'actions'} done`,
  movedLevel: (name, from, to) =>
    from === to
      ? `${name} stays ${from === 0 ? `below ${term.singular} 1` : `at ${term.singular} ${from}`}`
      : `${name} from ${from === 0 ? `below ${term.singular} 1` : `${term.singular} ${from}`} to ${to === 0 ? `below ${term.singular} 1` : to}`,
  nowAtLevel: (name, rank) => `${name} now ${rank === 0 ? `below ${term.singular} 1` : `at ${term.singular} ${rank}`}`,
  noNextSteps: 'No next steps: every target is reached (or nothing was answered).',
  // From below the first level: `below phase 1 → 1`, not `phase 0 → 1` (there is no phase 0).
  fromTo: (from, to) => (from === 0 ? `below ${term.singular} 1 → ${to}` : `${term.singular} ${from} → ${to}`),
  belowFirstLevel: `below ${term.singular} 1`,
  keep: (rank) => `keeping ${term.singular} ${rank}`,
  chartLegend: (min, max) => `chart: # = score on the scale ${min}–${max}, | = target`,
  explanation: 'How these numbers came about',
  dimensions: 'dimensions',
  subdimensions: 'subdimensions',
  answeredQuestions: 'answers',
  leftOut: 'left out',
  notPassing: 'counted, not passing',
  unknown: 'unknown',
  notApplicable: 'not applicable',
  unanswered: 'unanswered',
  scoring: 'Scoring',
  scoringRules: {
    min: 'weakest link (minimum at every roll-up)',
    unansweredLowest: "an unanswered question counts as its scale's lowest value",
    respondents: {
      mean: "respondents' values combined by their mean",
      median: "respondents' values combined by their median",
      min: "respondents' values combined by the lowest (only what every respondent has)",
      max: "respondents' values combined by the highest",
    },
  },
  unansweredAsLowest: "unanswered, counted as its scale's lowest value",
  combinedOf: { mean: 'mean of', median: 'median of', min: 'lowest of', max: 'highest of' },
  weight: 'weight',
  onlyOne: (what) => `only ${what} counts`,
  minOf: 'lowest of',
  gatedLevel: (name, passing, countable, met) => `${name} ${passing} of ${countable} pass, ${met ? 'met' : 'not met'}`,
  gatedScore: (rank, passing, top) =>
    rank === 0
      ? `the first ${term.singular} is not met: 0 + ${passing} passing on it`
      : top
        ? `${term.singular} ${rank}, the top, met with all below it`
        : `${term.singular} ${rank} met with all below it + ${passing} passing on the next`,
  because: 'because',
  belowFirst: (name, min) => `below the first ${term.singular} (${name} starts at ${min})`,
  topLevel: `the top ${term.singular}`,
  targetFrom: (source, from) =>
    source === 'file'
      ? `from the answer file ${from ?? ''}`.trim()
      : source === 'option'
        ? `from ${from ?? 'the scoring options'}`
        : source === 'dimension'
          ? `the target of its dimension ${from ?? ''}`.trim()
          : `no target set: one ${term.singular} up`,
  noValueAnswered: 'no answer with a value: no score',
  before: 'before',
  after: 'after',
  change: 'change',
  comparing: 'Comparison',
  trend: {
    title: 'Trend',
    scan: (n) => `scan ${n}`,
    targetMet: 'target met',
    targetNote: `target met: per scan from the second, ✓ when it reached the target the scan before it set (in its answer files, or else one ${term.singular} up), ✗ when not, – without a target or a score`,
    order: (o) =>
      o.by === 'date'
        ? 'in date order'
        : `in the order given: ${o.reason === 'missing-date' ? 'a scan has no date' : 'two scans have the same date'}`,
    differentOrganisations: (names) =>
      `These scans are of different organisations: ${listed([...names], 'and')}. Their differences are not one organisation’s progress.`,
  },
  migrated: (m, respondents) => {
    const counts = migrationParts('en', m, respondents === 1);
    if (respondents === 1) return `answered for ${m.from[0]?.version ?? ''}: ${counts}`;
    const from = m.from.map((f) => `${f.respondents} for ${f.version}`).join(', ');
    return `${m.respondents} of ${respondents} respondents answered for an earlier version (${from}): ${counts}`;
  },
  questionsChangedSince: (versions) => `questions changed since ${listed([...versions], 'or')}`,
  belowLegalFloor: 'Below the legal floor',
  belowLegalFloorIntro:
    'These answers mean that a legal duty is not met. They count in the scores with their value, and are listed here apart from them:',
  belowLegalFloorMark: 'below the legal floor',
  belowLegalFloorCount: (n) => `${n} answer${n === 1 ? '' : 's'} below the legal floor`,
  optionValue: (value) => `(value ${value})`,
  chosenBy: (who) => `chosen by ${who.join(', ')}`,
  answersPerQuestion: 'Answers per question',
  answerKinds: { unknown: "don't know", notApplicable: 'not applicable', unanswered: 'no answer' },
  workbook: {
    overview: 'Overview',
    spread: 'Spread',
    organisation: 'Organisation',
    respondent: 'Respondent',
    role: 'Role',
    respondents: 'Respondents',
    skipped: 'Skipped',
    dimension: 'Dimension',
    subdimension: 'Subdimension',
    unit: 'Part',
    from: `From ${term.singular}`,
    to: `To ${term.singular}`,
    step: 'Step',
    actions: 'Actions',
    actionsDone: 'Done',
    min: 'Lowest',
    max: 'Highest',
    sd: 'Standard deviation',
    yes: 'yes',
    no: 'no',
    question: 'Question',
    value: 'Value',
    answers: 'Answers',
  },
});

const nl = (term: LevelTerm): Labels => ({
  respondents: (n) => `${n} respondent${n === 1 ? '' : 'en'}`,
  skipped: (n) => `${n} overgeslagen: zie meldingen`,
  respondentNumber: (n) => `Respondent ${n}`,
  consensusOf: (n) => (n === null ? 'consensus' : `consensus van ${n} ${n === 1 ? 'deelnemer' : 'deelnemers'}`),
  combinedMark: '(gecombineerd, niet besproken)',
  agreementSide: (n) => (n === null ? 'Consensus' : `Consensus (${n} ${n === 1 ? 'deelnemer' : 'deelnemers'})`),
  groupSide: (rule, n) =>
    `${{ mean: 'Gemiddelde', median: 'Mediaan', min: 'Laagste', max: 'Hoogste' }[rule]} van ${n} ${n === 1 ? 'deelnemer' : 'deelnemers'}`,
  coverage: 'Dekking',
  coverageDetail: (g, t, u, n) =>
    `${g} van ${t} beantwoord${u + n > 0 ? `, waarvan ${listed([u > 0 && `${u} weet niet`, n > 0 && `${n} n.v.t.`], 'en')}` : ''}`,
  overall: 'Totaal',
  unit: 'Dimensie',
  score: 'score',
  level: term.singular,
  levels: term.plural,
  approaching: (rank) => `, op weg naar ${rank}`,
  uncertain: 'onzeker',
  uncertainLegend: 'onzeker: minder dan de helft van de vragen heeft een antwoord dat meetelt',
  uncertainOverall: (coverage) => ` (onzeker: dekking ${coverage})`,
  target: 'ambitie',
  gap: 'gat',
  chart: 'grafiek',
  noScore: 'geen score',
  noOrganisation: 'Organisatie niet genoemd',
  disagreements: 'Verschil van inzicht',
  disagreementIntro: (t) => `De eigen scores van respondenten lopen ${t} of meer uiteen:`,
  spreadDetail: (min, max, sd, n) => `${min} tot ${max} (sd ${sd}, ${n} respondenten)`,
  nextSteps: 'Vervolgstappen',
  actionPlan: 'Actieplan',
  actionsDone: (done, actions) => `${done} van ${actions} ${actions === 1 ? 'actie' : 'acties'} gereed`,
  movedLevel: (name, from, to) =>
    from === to
      ? `${name} blijft ${from === 0 ? `onder ${term.singular} 1` : `in ${term.singular} ${from}`}`
      : `${name} van ${from === 0 ? `onder ${term.singular} 1` : `${term.singular} ${from}`} naar ${to === 0 ? `onder ${term.singular} 1` : to}`,
  nowAtLevel: (name, rank) => `${name} nu ${rank === 0 ? `onder ${term.singular} 1` : `in ${term.singular} ${rank}`}`,
  noNextSteps: 'Geen vervolgstappen: elke ambitie is bereikt (of er is niets beantwoord).',
  fromTo: (from, to) => (from === 0 ? `onder ${term.singular} 1 → ${to}` : `${term.singular} ${from} → ${to}`),
  belowFirstLevel: `onder ${term.singular} 1`,
  keep: (rank) => `${term.singular} ${rank} vasthouden`,
  chartLegend: (min, max) => `grafiek: # = score op de schaal ${min}–${max}, | = ambitie`,
  explanation: 'Hoe deze getallen tot stand komen',
  dimensions: 'dimensies',
  subdimensions: 'subdimensies',
  answeredQuestions: 'antwoorden',
  leftOut: 'niet meegeteld',
  notPassing: 'meegeteld, voldoet niet',
  unknown: 'weet niet',
  notApplicable: 'niet van toepassing',
  unanswered: 'niet beantwoord',
  scoring: 'Berekening',
  scoringRules: {
    min: 'zwakste schakel (minimum bij elke optelling)',
    unansweredLowest: 'een onbeantwoorde vraag telt als de laagste waarde van de schaal',
    respondents: {
      mean: 'waarden van respondenten gecombineerd via het gemiddelde',
      median: 'waarden van respondenten gecombineerd via de mediaan',
      min: 'waarden van respondenten gecombineerd via de laagste (alleen wat elke respondent heeft)',
      max: 'waarden van respondenten gecombineerd via de hoogste',
    },
  },
  unansweredAsLowest: 'niet beantwoord, geteld als de laagste waarde van de schaal',
  combinedOf: { mean: 'gemiddelde van', median: 'mediaan van', min: 'laagste van', max: 'hoogste van' },
  weight: 'gewicht',
  onlyOne: (what) => `alleen ${what} telt`,
  minOf: 'laagste van',
  gatedLevel: (name, passing, countable, met) =>
    `${name} ${passing} van ${countable} voldoen, ${met ? 'gehaald' : 'niet gehaald'}`,
  gatedScore: (rank, passing, top) =>
    rank === 0
      ? `${dutchArticle(term)} eerste ${term.singular} is niet gehaald: 0 + ${passing} voldoet daarop`
      : top
        ? `${term.singular} ${rank}, de hoogste, gehaald met alle eronder`
        : `${term.singular} ${rank} gehaald met alle eronder + ${passing} voldoet op de volgende`,
  because: 'want',
  belowFirst: (name, min) => `onder ${dutchArticle(term)} eerste ${term.singular} (${name} begint bij ${min})`,
  topLevel: `${dutchArticle(term)} hoogste ${term.singular}`,
  targetFrom: (source, from) =>
    source === 'file'
      ? `uit het antwoordbestand ${from ?? ''}`.trim()
      : source === 'option'
        ? `uit ${from ?? 'de scoringsopties'}`
        : source === 'dimension'
          ? `de ambitie van de dimensie ${from ?? ''}`.trim()
          : `geen ambitie opgegeven: één ${term.singular} hoger`,
  noValueAnswered: 'geen antwoord met een waarde: geen score',
  before: 'voor',
  after: 'na',
  change: 'verschil',
  comparing: 'Vergelijking',
  trend: {
    title: 'Verloop',
    scan: (n) => `meting ${n}`,
    targetMet: 'ambitie gehaald',
    targetNote: `ambitie gehaald: per meting vanaf de tweede ✓ als die de ambitie haalde die de meting ervoor stelde (in de antwoordbestanden, of anders één ${term.singular} hoger), ✗ als dat niet zo is, – zonder ambitie of score`,
    order: (o) =>
      o.by === 'date'
        ? 'in datumvolgorde'
        : `in de opgegeven volgorde: ${o.reason === 'missing-date' ? 'een meting heeft geen datum' : 'twee metingen hebben dezelfde datum'}`,
    differentOrganisations: (names) =>
      `Deze metingen zijn van verschillende organisaties: ${listed([...names], 'en')}. Hun verschillen zijn dus geen voortgang van één organisatie.`,
  },
  migrated: (m, respondents) => {
    const counts = migrationParts('nl', m, respondents === 1);
    if (respondents === 1) return `beantwoord voor ${m.from[0]?.version ?? ''}: ${counts}`;
    const from = m.from.map((f) => `${f.respondents} voor ${f.version}`).join(', ');
    return `${m.respondents} van ${respondents} respondenten ${m.respondents === 1 ? 'heeft' : 'hebben'} een eerdere versie beantwoord (${from}): ${counts}`;
  },
  questionsChangedSince: (versions) => `vragen gewijzigd sinds ${listed([...versions], 'of')}`,
  belowLegalFloor: 'Onder de wettelijke ondergrens',
  belowLegalFloorIntro:
    'Deze antwoorden betekenen dat niet aan een wettelijke plicht wordt voldaan. Ze tellen met hun waarde mee in de scores en staan hier daarnaast apart:',
  belowLegalFloorMark: 'onder de wettelijke ondergrens',
  belowLegalFloorCount: (n) => `${n} ${n === 1 ? 'antwoord' : 'antwoorden'} onder de wettelijke ondergrens`,
  optionValue: (value) => `(waarde ${value})`,
  chosenBy: (who) => `gekozen door ${who.join(', ')}`,
  answersPerQuestion: 'Antwoorden per vraag',
  answerKinds: { unknown: 'weet niet', notApplicable: 'niet van toepassing', unanswered: 'geen antwoord' },
  workbook: {
    overview: 'Overzicht',
    spread: 'Spreiding',
    organisation: 'Organisatie',
    respondent: 'Respondent',
    role: 'Rol',
    respondents: 'Respondenten',
    skipped: 'Overgeslagen',
    dimension: 'Dimensie',
    subdimension: 'Subdimensie',
    unit: 'Onderdeel',
    from: `Van ${term.singular}`,
    to: `Naar ${term.singular}`,
    step: 'Stap',
    actions: 'Acties',
    actionsDone: 'Gereed',
    min: 'Laagste',
    max: 'Hoogste',
    sd: 'Standaardafwijking',
    yes: 'ja',
    no: 'nee',
    question: 'Vraag',
    value: 'Waarde',
    answers: 'Antwoorden',
  },
});

/**
 * Labels for a language tag (`nl`, `nl-BE`, `en`; English for languages without their own), with
 * the questionnaire's word for a level in that language (see profileLevelTerm).
 */
export function labelsFor(language: string, term: LevelTerm = defaultLevelTerm(language)): Labels {
  return pickCatalogue({ en, nl }, language)(term);
}
