/** Renders questionnaires for `list` and `show`. Pure: data in, text out. */
import { allowsNotApplicable } from '../questionnaire/structure.js';
import { ancestorsOf, questionsUnder, unitTree, type UnitKind } from '../questionnaire/tree.js';
import { localize } from '../questionnaire/text.js';
import type { Questionnaire, QuestionnaireFile } from '../questionnaire/types.js';
import { rollUpRuleOf } from '../scoring/rollup.js';
import { pickCatalogue } from '../util/language.js';
import { safeStrings } from '../util/safe-text.js';
import type { Style } from '../util/style.js';
import { table } from './table.js';

export interface QuestionnaireSummary {
  id: string;
  version: string;
  title: Questionnaire['title'];
  model: string;
  languages: string[];
  dimensions: number;
  subdimensions: number;
  questions: number;
}

/** What the line under `show`'s title says of a questionnaire. */
interface About {
  id: string;
  version: string;
  modelId: string;
  modelVersion: string;
  languages: string[];
  method: string;
}

/** The headings of `list` and `show`: datascan's words, in the language of its messages. */
const HEADINGS = {
  en: {
    none: 'No questionnaires found.',
    listColumns: ['id', 'version', 'title', 'dims', 'subdims', 'questions'],
    about: (q: About) =>
      `${q.id} ${q.version} · model ${q.modelId} ${q.modelVersion} · languages ${q.languages.join(', ')} · scoring: ${q.method}`,
    counts: (dimensions: number, subdimensions: number, questions: number) =>
      `${dimensions} dimensions, ${subdimensions} subdimensions, ${questions} questions`,
    instructions: 'How to answer',
    levels: 'Levels',
    levelColumns: ['rank', 'id', 'name', 'min'],
    dimensions: 'Dimensions',
    dimensionColumns: ['dimension / subdimension', 'id', 'weight', 'questions'],
    scales: 'Scales',
    scaleColumns: ['id', 'options', "don't know", 'n/a'],
    ownNotApplicable: 'Questions that allow n/a where their scale does not, or the other way round',
    yes: 'yes',
    no: 'no',
    criteria: 'Quality criteria',
    belowLegalFloor: "Questions' own options below the legal floor (reports flag these answers apart from the score)",
    floorMark: '(below the legal floor)',
    ladders: 'Levels per gated unit (a level counts when enough of its questions pass and every level below it is met)',
    noQuestions: '(no questions)',
  },
  nl: {
    none: 'Geen vragenlijsten gevonden.',
    listColumns: ['id', 'versie', 'titel', 'dims', 'subdims', 'vragen'],
    about: (q: About) =>
      `${q.id} ${q.version} · model ${q.modelId} ${q.modelVersion} · talen ${q.languages.join(', ')} · scoring: ${q.method}`,
    counts: (dimensions: number, subdimensions: number, questions: number) =>
      `${dimensions} dimensies, ${subdimensions} subdimensies, ${questions} vragen`,
    instructions: 'Zo beantwoordt u de vragen',
    levels: 'Niveaus',
    levelColumns: ['rang', 'id', 'naam', 'min'],
    dimensions: 'Dimensies',
    dimensionColumns: ['dimensie / subdimensie', 'id', 'gewicht', 'vragen'],
    scales: 'Schalen',
    scaleColumns: ['id', 'opties', 'weet niet', 'n.v.t.'],
    ownNotApplicable: 'Vragen die n.v.t. toestaan waar hun schaal dat niet doet, of andersom',
    yes: 'ja',
    no: 'nee',
    criteria: 'Kwaliteitscriteria',
    belowLegalFloor:
      'Eigen opties van vragen onder de wettelijke ondergrens (rapporten melden deze antwoorden apart van de score)',
    floorMark: '(onder de wettelijke ondergrens)',
    ladders:
      'Niveaus per getrapt onderdeel (een niveau telt als voldoende vragen ervan voldoen en alle lagere niveaus gehaald zijn)',
    noQuestions: '(geen vragen)',
  },
};

/** How many units of a kind a questionnaire has. */
function countOf(q: Questionnaire, kind: UnitKind): number {
  return unitTree(q).units.filter((u) => u.kind === kind).length;
}

export function summariseQuestionnaire(q: Questionnaire): QuestionnaireSummary {
  return {
    id: q.id,
    version: q.version,
    title: q.title,
    model: q.modelId,
    languages: q.languages,
    dimensions: countOf(q, 'dimension'),
    subdimensions: countOf(q, 'subdimension'),
    questions: q.questions.length,
  };
}

export function renderQuestionnaireList(
  summaries: (QuestionnaireSummary & { file: string })[],
  lang: string | undefined,
  style: Style,
  headingLanguage = 'en',
): string {
  const words = pickCatalogue(HEADINGS, headingLanguage);
  if (summaries.length === 0) return `${words.none}\n`;
  // Titles from the files as safe text; colours are added after.
  const body = safeStrings(summaries).map((r) => [
    style.bold(r.id),
    r.version,
    localize(r.title, lang ?? r.languages[0] ?? 'en', r.languages[0]),
    r.dimensions,
    r.subdimensions,
    r.questions,
  ]);
  // Narrow enough for 80 columns; `--format json` has the file paths.
  return (
    table(words.listColumns, body, {
      align: ['left', 'left', 'left', 'right', 'right', 'right'],
    }) + '\n'
  );
}

/** `lang`: the language of the questionnaire's texts; `headingLanguage`: of the headings around them. */
export function renderQuestionnaireStructure(
  questionnaire: Questionnaire,
  lang: string,
  style: Style,
  headingLanguage = 'en',
): string {
  const words = pickCatalogue(HEADINGS, headingLanguage);
  // Every text from the file as safe text; colours are added after.
  const q = safeStrings(questionnaire);
  const t = (text: Parameters<typeof localize>[0]) => localize(text, lang, q.languages[0]);
  const out: string[] = [];
  out.push(style.bold(`${t(q.title)}`));
  // The rules as the file writes them; those left at their defaults are not said.
  const { method, rollup = {}, unanswered, respondents } = q.scoring;
  const rules = [
    method,
    ...Object.entries(rollup).map(([step, rule]) => `${step}: ${rule}`),
    ...(unanswered !== undefined && unanswered !== 'ignore' ? [`unanswered: ${unanswered}`] : []),
    ...(respondents !== undefined && respondents !== 'mean' ? [`respondents: ${respondents}`] : []),
  ];
  out.push(words.about({ ...q, method: rules.join(', ') }));
  out.push(words.counts(countOf(q, 'dimension'), countOf(q, 'subdimension'), q.questions.length));
  out.push('');
  const instructions = t(q.instructions);
  if (instructions) out.push(style.bold(words.instructions), instructions, '');
  out.push(style.bold(words.levels));
  out.push(
    table(
      words.levelColumns,
      q.levels.map((l, i) => [i + 1, l.id, t(l.name), l.min]),
      { align: ['right', 'left', 'left', 'right'] },
    ),
  );
  out.push('');
  out.push(style.bold(words.dimensions));
  // Dimensions in bold, the units below them indented, a unit's groups marked below it; each with the questions it rolls up.
  const rows = unitTree(q).units.flatMap((u) => [
    [
      u.depth === 1 ? style.bold(t(u.name)) : `${'  '.repeat(u.depth - 1)}${t(u.name)}`,
      u.id,
      u.weight,
      questionsUnder(u).length,
    ],
    ...u.groups.map((g) => [`${'  '.repeat(g.depth - 1)}◦ ${t(g.name)}`, g.id, '', g.questions.length]),
  ]);
  out.push(
    table(words.dimensionColumns, rows, {
      align: ['left', 'left', 'right', 'right'],
    }),
  );
  out.push('');
  out.push(style.bold(words.scales));
  out.push(
    table(
      words.scaleColumns,
      q.scales.map((s) => [
        s.id,
        s.options.map((o) => `${o.value} ${t(o.label)}${o.belowLegalFloor ? ` ${words.floorMark}` : ''}`).join('\n'),
        s.unknown === false ? words.no : words.yes,
        s.notApplicable ? words.yes : words.no,
      ]),
    ),
  );
  // A question's own `notApplicable` matters only where it differs from its scale's.
  const scales = new Map(q.scales.map((s) => [s.id, s]));
  const ownNotApplicable = q.questions.filter(
    (x) => allowsNotApplicable(x, scales.get(x.scale)) !== allowsNotApplicable(undefined, scales.get(x.scale)),
  );
  if (ownNotApplicable.length > 0) {
    out.push('', style.bold(words.ownNotApplicable));
    for (const x of ownNotApplicable) out.push(`${x.id}: ${x.notApplicable ? words.yes : words.no}`);
  }
  // A question's own options are not listed elsewhere: those below the legal floor are, as reports single them out.
  const belowFloor = q.questions.flatMap((x) =>
    (x.options ?? []).filter((o) => o.belowLegalFloor).map((o) => `${x.id}: ${o.value} ${t(o.label)}`),
  );
  if (belowFloor.length > 0) out.push('', style.bold(words.belowLegalFloor), ...belowFloor);
  out.push(...ladders(q, t, style, words));
  const withCriteria = q.questions.filter((x) => x.criteria);
  if (withCriteria.length > 0) {
    out.push('', style.bold(words.criteria));
    for (const x of withCriteria) {
      out.push(`${x.id}: ${t(x.text)}`);
      for (const c of x.criteria!) out.push(`  - ${t(c)}`);
    }
  }
  return out.join('\n') + '\n';
}

/** Per gated unit, its questions by level, lowest first: the structure of its ladder. None without gated units. */
function ladders(
  q: Questionnaire,
  t: (text: Parameters<typeof localize>[0]) => string,
  style: Style,
  words: { ladders: string; noQuestions: string },
): string[] {
  const rule = rollUpRuleOf(q);
  const byId = new Map(q.questions.map((x) => [x.id, x]));
  const gated = unitTree(q).units.filter((u) => u.children.length === 0 && rule(u) === 'gated');
  if (gated.length === 0) return [];
  const out = ['', style.bold(words.ladders)];
  for (const unit of gated) {
    const path = [...ancestorsOf(unit).reverse(), unit].map((u) => t(u.name)).join(' › ');
    out.push(`${path} (${unit.id})`);
    const questions = questionsUnder(unit).map((id) => byId.get(id)!);
    q.levels.forEach((level, i) => {
      out.push(`  ${i + 1} ${t(level.name)}`);
      const own = questions.filter((x) => x.level === level.id);
      if (own.length === 0) out.push(`    ${words.noQuestions}`);
      for (const x of own) out.push(`    ${x.id}: ${t(x.text)}`);
    });
  }
  return out;
}

/** The merged questionnaire in the file format (valid against the questionnaire schema). */
export function questionnaireToFile(q: Questionnaire): QuestionnaireFile {
  const file: QuestionnaireFile = {
    id: q.id,
    version: q.version,
    title: q.title,
    ...(q.description !== undefined ? { description: q.description } : {}),
    ...(q.instructions !== undefined ? { instructions: q.instructions } : {}),
    languages: q.languages,
    levels: q.levels,
    ...(q.levelTerm !== undefined ? { levelTerm: q.levelTerm } : {}),
    scales: q.scales,
    dimensions: q.dimensions,
    questions: q.questions,
    scoring: q.scoring,
  };
  return file;
}
