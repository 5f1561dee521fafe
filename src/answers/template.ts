/**
 * Empty answer files for `datascan template`: YAML with every question and its options as
 * comments, or a CSV header row for a survey tool or spreadsheet. Pure: text out.
 */
import { stringify } from 'csv-stringify/sync';
import { optionsOf } from '../questionnaire/structure.js';
import { pathOf, unitTree } from '../questionnaire/tree.js';
import { levelTermOf, type LevelTerm } from '../questionnaire/level-term.js';
import { localizer } from '../questionnaire/text.js';
import type { Questionnaire } from '../questionnaire/types.js';
import { pickCatalogue } from '../util/language.js';
import { isYaml11Timestamp } from '../source/yaml11.js';
import { safeText } from '../util/safe-text.js';
import { hangingWrap } from '../util/text.js';

export interface YamlTemplateOptions {
  /** Language of the comments; default the questionnaire's first. */
  language?: string;
  /** What the `# yaml-language-server: $schema=` line points at (see answersSchemaUrl). */
  schema: string;
  /** How the file names its questionnaire: its id (default) or a path relative to the file. */
  questionnaireRef?: string;
}

const WORDS = {
  en: {
    intro: 'answer file',
    instructions: 'How to answer:',
    fill: [
      "Fill in one answer per question: an option value listed above it, `unknown` (don't know)",
      'or, where offered, `not-applicable`. A question left empty is unanswered.',
      'Check the file with `datascan validate <file>`; score it with `datascan score <file>`.',
    ],
    respondent: 'optional: who answered',
    date: 'optional: date of the answers',
    targets: (term: LevelTerm) =>
      `optional: ambition per dimension or subdimension (a ${term.singular}, by rank or id)`,
    unknown: "don't know",
    notApplicable: 'not applicable',
    criteria: 'quality criteria:',
    belowLegalFloor: '(below the legal floor)',
  },
  nl: {
    intro: 'antwoordbestand',
    instructions: 'Zo beantwoordt u de vragen:',
    fill: [
      'Vul per vraag één antwoord in: een waarde uit de opties erboven, `unknown` (weet niet)',
      'of, waar aangeboden, `not-applicable`. Een lege vraag telt als niet beantwoord.',
      'Controleer met `datascan validate <bestand>`; bereken de score met `datascan score <bestand>`.',
    ],
    respondent: 'optioneel: wie antwoordde',
    date: 'optioneel: datum van de antwoorden',
    targets: (term: LevelTerm) =>
      `optioneel: ambitie per dimensie of subdimensie (een ${term.singular}, als nummer of id)`,
    unknown: 'weet niet',
    notApplicable: 'niet van toepassing',
    criteria: 'kwaliteitscriteria:',
    belowLegalFloor: '(onder de wettelijke ondergrens)',
  },
};

/**
 * One line of comment text: line breaks and runs of spaces become single spaces, other control
 * characters safe text (YAML allows none in a comment, and the template may be printed to a terminal).
 */
function oneLine(text: string): string {
  return safeText(text).replace(/\s+/g, ' ').trim();
}

/**
 * Wraps a comment at ~100 characters: the first line after `prefix`, the rest after `continued`.
 * Long words (URLs) stay whole; an empty text gives no line.
 */
function comment(prefix: string, continued: string, text: string, width = 100): string[] {
  const flat = oneLine(text);
  return flat ? hangingWrap(prefix, flat, width, { indent: continued, cut: false }) : [];
}

/** The questionnaire's instructions under `heading`, a paragraph at a time; none without them. */
function instructionComments(text: string, heading: string): string[] {
  const paragraphs = text.split(/\n\s*\n/).flatMap((p) => comment('#   ', '#   ', p));
  return paragraphs.length > 0 ? [`# ${heading}`, ...paragraphs] : [];
}

export function answerTemplateYaml(q: Questionnaire, options: YamlTemplateOptions): string {
  const language = options.language ?? q.languages[0] ?? 'en';
  const t = localizer(language, q.languages[0]);
  const words = pickCatalogue(WORDS, language);
  const quote = (s: string) => JSON.stringify(s);
  const out: string[] = [
    `# yaml-language-server: $schema=${options.schema}`,
    `# ${oneLine(t(q.title))} (${q.id} ${q.version}): ${words.intro}`,
    ...instructionComments(t(q.instructions), words.instructions),
    ...words.fill.map((l) => `# ${l}`),
    // An id is written bare, unless a YAML 1.1 tool would read it as a date (rule yaml11-date).
    `questionnaire: ${options.questionnaireRef !== undefined || isYaml11Timestamp(q.id) ? quote(options.questionnaireRef ?? q.id) : q.id}`,
    `version: ${quote(q.version)}`,
    'organisation: ""',
    `respondent: {name: "", role: ""}   # ${words.respondent}`,
    `# date: "2026-01-31"   # ${words.date}`,
    `# targets: {${q.dimensions[0]?.id ?? 'dimension'}: ${Math.min(3, q.levels.length)}}   # ${oneLine(words.targets(levelTermOf(q, language)))}`,
    'answers:',
  ];
  // Questions in the order they are asked, with a heading (`Dimension › Subdimension`) whenever the unit changes.
  const names = new Map(
    unitTree(q).leaves.map((leaf) => [
      leaf.id,
      pathOf(leaf)
        .map((u) => t(u.name))
        .join(' › '),
    ]),
  );
  let section: string | undefined;
  for (const question of q.questions) {
    const unit = question.subdimension ?? question.dimension;
    if (unit !== section) {
      section = unit;
      out.push('', `  # ── ${oneLine(names.get(unit ?? '') ?? unit ?? '')} ──`);
    }
    const { scale, options: choices, notApplicable } = optionsOf(q, question.id);
    out.push(...comment('  # ', `  #${' '.repeat(question.id.length + 3)}`, `${question.id}: ${t(question.text)}`));
    if (question.criteria) {
      out.push(`  #   ${words.criteria}`);
      for (const c of question.criteria) out.push(...comment('  #   - ', '  #     ', t(c)));
    }
    for (const option of choices) {
      const head = `${option.value} = `;
      const label = option.belowLegalFloor ? `${t(option.label)} ${words.belowLegalFloor}` : t(option.label);
      out.push(...comment(`  #   ${head}`, `  #   ${' '.repeat(head.length)}`, label));
    }
    if (scale?.unknown !== false) out.push(`  #   unknown = ${words.unknown}`);
    if (notApplicable) out.push(`  #   not-applicable = ${words.notApplicable}`);
    out.push(`  ${question.id}:`);
  }
  return out.join('\n') + '\n';
}

/** The CSV header row: `organisation, respondent, role, date` and every question id in order. */
export function answerTemplateCsv(q: Questionnaire, dialect: 'en' | 'nl' = 'en'): string {
  const head = ['organisation', 'respondent', 'role', 'date', ...q.questions.map((x) => x.id)];
  return (
    (dialect === 'nl' ? '\uFEFF' : '') +
    stringify([head], { delimiter: dialect === 'nl' ? ';' : ',', record_delimiter: '\n' })
  );
}
