/** Look-ups in a questionnaire: its unit ids and a question's options. */
import { unitTree } from './tree.js';
import type { Dimension, Question, Questionnaire, Scale } from './types.js';

/** Every unit's id, each before its children: dimensions and subdimensions share one namespace (targets refer to both). */
export function unitIds(dimensions: readonly Dimension[]): string[] {
  return unitTree(treeSources(dimensions)).units.map((u) => u.id);
}

/** One object per list of dimensions, so that unitTree's cache (keyed by object) is used. */
const sources = new WeakMap<readonly Dimension[], { dimensions: readonly Dimension[] }>();
function treeSources(dimensions: readonly Dimension[]): { dimensions: readonly Dimension[] } {
  let source = sources.get(dimensions);
  if (!source) sources.set(dimensions, (source = { dimensions }));
  return source;
}

/** Whether "not applicable" may be answered to a question: its own `notApplicable`, else its scale's (default no). */
export function allowsNotApplicable(
  question: Pick<Question, 'notApplicable'> | undefined,
  scale: Pick<Scale, 'notApplicable'> | undefined,
): boolean {
  return question?.notApplicable ?? scale?.notApplicable === true;
}

/** A question, its scale, the options it offers and whether it allows "not applicable". */
export function optionsOf(q: Questionnaire, questionId: string) {
  const question = q.questions.find((x) => x.id === questionId);
  const scale = question && q.scales.find((s) => s.id === question.scale);
  return {
    question,
    scale,
    options: question?.options ?? scale?.options ?? [],
    notApplicable: allowsNotApplicable(question, scale),
  };
}
