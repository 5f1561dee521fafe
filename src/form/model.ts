/**
 * What the form page shows and what its script needs, as plain data in the page's language: the
 * questionnaire's sections (dimension, subdimension, group) with their questions in the words and
 * choices `datascan run` offers, the targets when the questionnaire has levels, and the details.
 * Pure: page.ts draws it, the script (client/) reads the part it needs from the page.
 */
import { interviewOrder } from '../answers/session.js';
import type { AnswerValue } from '../answers/types.js';
import { optionNumbers, sessionLanguage } from '../prompt/interview.js';
import { levelTermOf } from '../questionnaire/level-term.js';
import { optionsOf } from '../questionnaire/structure.js';
import { localizer } from '../questionnaire/text.js';
import { unitTree, type Unit, type UnitGroup } from '../questionnaire/tree.js';
import type { MigrationStep, Questionnaire } from '../questionnaire/types.js';
import { formMessagesFor, type ClientTexts, type FormMessages } from './messages.js';

export interface FormOptions {
  /** The language of the page: the questionnaire's texts and the page's own words. */
  language: string;
  /** Details the consultant fills in for everyone: shown, not editable. */
  organisation?: string;
  respondent?: string;
  role?: string;
  /** What the answer file's `$schema` header points at (as `run` writes it); without it, no header. */
  schema?: string;
  /**
   * Served by `datascan workshop`: the page saves to and reads back from `answers` (its own origin),
   * and keeps its draft under `draft`, the participant's own key (on a shared device each finds only theirs).
   */
  workshop?: WorkshopLink;
}

export type DetailField = 'organisation' | 'respondent' | 'role';

/** A participant's page in a live workshop: where it reads and saves their answers, and their draft's key. */
export interface WorkshopLink {
  answers: string;
  draft: string;
}

export interface FormChoice {
  /** Its DOM id in the page. */
  key: string;
  value: AnswerValue;
  label: string;
  description?: string;
  belowLegalFloor?: true;
}

export interface FormQuestion {
  id: string;
  /** Its DOM id in the page (`q-12`): question ids are data, DOM ids are ours. */
  key: string;
  /** Its place in `run`'s order, from 1. */
  number: number;
  text: string;
  help?: string;
  criteria: string[];
  /** The scale's options, then don't know and not applicable where the question allows them. */
  choices: FormChoice[];
}

export interface FormSection {
  /** 2 for a dimension, one more per level below (a heading level). */
  level: number;
  name: string;
  description?: string;
  questions: FormQuestion[];
  sections: FormSection[];
}

export interface FormTarget {
  /** Its DOM id in the page. */
  key: string;
  unit: string;
  question: string;
  levels: { rank: number; label: string; description?: string }[];
}

/** What the page's script reads from the page (a JSON block): everything it needs besides the DOM. */
export interface ClientData {
  questionnaire: string;
  version: string;
  /** What the saved file's session says the interview spoke (as `run` writes it). */
  language?: string;
  /** Question ids in `run`'s order, and the DOM key of each. */
  questions: { id: string; key: string; values: AnswerValue[] }[];
  /** Dimension ids in order with their DOM keys; level ids by rank (from 1). */
  targets: { unit: string; key: string }[];
  levels: string[];
  /** Details given when the form was made: they win over a draft or an opened file. */
  given: Partial<Record<DetailField, string>>;
  schema?: string;
  texts: ClientTexts;
  /** The questionnaire's migrations: an answer file of an earlier version is carried over along them, as `run --resume` does. */
  migrations?: MigrationStep[];
  /** In a live workshop: where the page reads back and saves this participant's answers, and their draft's key. */
  workshop?: WorkshopLink;
}

export interface FormModel {
  language: string;
  m: FormMessages;
  title: string;
  description?: string;
  instructions?: string;
  details: { field: DetailField; label: string; value?: string }[];
  sections: FormSection[];
  targets: FormTarget[];
  /** Above the targets: in the questionnaire's word for a level, as the targets' questions are. */
  targetsIntro: string;
  total: number;
  client: ClientData;
}

export function formModel(q: Questionnaire, options: FormOptions): FormModel {
  const words = formMessagesFor(options.language);
  // A workshop saves every change to its server: the page speaks of that, not of a file to send.
  const m: FormMessages =
    options.workshop === undefined
      ? words
      : { ...words, ...words.workshop, client: { ...words.client, ...words.workshop.client } };
  const t = localizer(options.language, q.languages[0]);
  const order = interviewOrder(q);
  const keyOf = new Map(order.map((id, i) => [id, `q-${i + 1}`]));
  const byId = new Map(q.questions.map((x) => [x.id, x]));

  const question = (id: string): FormQuestion => {
    const { scale, options: scaleOptions, notApplicable, question: source } = optionsOf(q, id);
    const key = keyOf.get(id) as string;
    const numbers = optionNumbers(scaleOptions.map((o) => o.value));
    const choices: FormChoice[] = scaleOptions.map((o, i) => ({
      key: `${key}-${numbers[i]}`,
      value: o.value,
      label: t(o.label),
      ...(o.description !== undefined ? { description: t(o.description) } : {}),
      ...(o.belowLegalFloor === true ? { belowLegalFloor: true as const } : {}),
    }));
    if (scale?.unknown !== false) choices.push({ key: `${key}-unknown`, value: 'unknown', label: m.unknown });
    if (notApplicable) choices.push({ key: `${key}-na`, value: 'not-applicable', label: m.notApplicable });
    const help = t(source?.help);
    return {
      id,
      key,
      number: order.indexOf(id) + 1,
      text: t(source?.text),
      ...(help ? { help } : {}),
      criteria: (source?.criteria ?? []).map(t),
      choices,
    };
  };

  const groupSection = (group: UnitGroup, level: number): FormSection => ({
    level,
    name: t(group.name),
    questions: group.questions.map(question),
    sections: [],
  });
  const unitSection = (unit: Unit, level: number): FormSection => {
    const source = unit.kind === 'dimension' ? q.dimensions.find((d) => d.id === unit.id) : undefined;
    const sub = q.dimensions.flatMap((d) => d.subdimensions ?? []).find((s) => s.id === unit.id);
    const description = t((source ?? sub)?.description);
    const grouped = new Set(unit.groups.flatMap((g) => g.questions));
    return {
      level,
      name: t(unit.name),
      ...(description ? { description } : {}),
      questions: unit.questions.filter((id) => !grouped.has(id) && byId.has(id)).map(question),
      sections: [
        ...unit.children.map((child) => unitSection(child, level + 1)),
        ...unit.groups.map((g) => groupSection(g, level + 1)),
      ],
    };
  };
  const sections = unitTree(q).children.map((unit) => unitSection(unit, 2));

  const term = levelTermOf(q, options.language);
  const targets: FormTarget[] =
    q.levels.length === 0
      ? []
      : q.dimensions.map((d, i) => ({
          key: `t-${i + 1}`,
          unit: d.id,
          question: m.targetFor(t(d.name), term),
          levels: q.levels.map((level, rank) => {
            const description = t(level.description);
            return { rank: rank + 1, label: t(level.name), ...(description ? { description } : {}) };
          }),
        }));

  const given: Partial<Record<DetailField, string>> = {};
  for (const field of ['organisation', 'respondent', 'role'] as const) {
    const value = options[field];
    if (value !== undefined && value !== '') given[field] = value;
  }
  const language = sessionLanguage(q, options.language);
  const allQuestions = sections.flatMap(function all(s: FormSection): FormQuestion[] {
    return [...s.questions, ...s.sections.flatMap(all)];
  });
  const description = t(q.description);
  const instructions = t(q.instructions);
  return {
    language: options.language,
    m,
    title: t(q.title),
    ...(description ? { description } : {}),
    ...(instructions ? { instructions } : {}),
    // In a workshop the server keeps only the organisation it was started with: no field to type in.
    details: (['organisation', 'respondent', 'role'] as const)
      .filter((field) => !(options.workshop !== undefined && field === 'organisation' && given[field] === undefined))
      .map((field) => ({
        field,
        label: m[field],
        ...(given[field] !== undefined ? { value: given[field] } : {}),
      })),
    sections,
    targets,
    targetsIntro: m.targetsIntro(term),
    total: order.length,
    client: {
      questionnaire: q.id,
      version: q.version,
      ...(language !== undefined ? { language } : {}),
      questions: order.flatMap((id) => {
        const shown = allQuestions.find((x) => x.id === id);
        return shown ? [{ id, key: shown.key, values: shown.choices.map((c) => c.value) }] : [];
      }),
      targets: targets.map(({ unit, key }) => ({ unit, key })),
      levels: q.levels.map((l) => l.id),
      given,
      ...(options.schema !== undefined ? { schema: options.schema } : {}),
      texts: m.client,
      ...(q.migrations !== undefined && q.migrations.length > 0 ? { migrations: q.migrations } : {}),
      ...(options.workshop !== undefined ? { workshop: options.workshop } : {}),
    },
  };
}
