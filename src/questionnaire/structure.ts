/** Walks over the units of a questionnaire: the (sub)dimensions that questions link to. */
import type { Dimension, Questionnaire, Subdimension } from './types.js';

export interface Leaf {
  dimension: Dimension;
  /** Undefined for a dimension without subdimensions: it is its own leaf. */
  subdimension: Subdimension | undefined;
  /** The id questions link to. */
  id: string;
}

export function leaves(dimensions: readonly Dimension[]): Leaf[] {
  const out: Leaf[] = [];
  for (const dimension of dimensions) {
    if (dimension.subdimensions?.length) {
      for (const subdimension of dimension.subdimensions) out.push({ dimension, subdimension, id: subdimension.id });
    } else {
      out.push({ dimension, subdimension: undefined, id: dimension.id });
    }
  }
  return out;
}

/** Question ids per leaf id, in questionnaire order. */
export function questionsByLeaf(q: Questionnaire): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const leaf of leaves(q.dimensions)) map.set(leaf.id, []);
  for (const question of q.questions) {
    const id = question.subdimension ?? question.dimension;
    if (id !== undefined) map.get(id)?.push(question.id);
  }
  return map;
}

/** Every dimension and subdimension id, which share one namespace (targets refer to both). */
export function unitIds(dimensions: readonly Dimension[]): string[] {
  return dimensions.flatMap((d) => [d.id, ...(d.subdimensions ?? []).map((s) => s.id)]);
}

export function optionsOf(q: Questionnaire, questionId: string) {
  const question = q.questions.find((x) => x.id === questionId);
  const scale = question && q.scales.find((s) => s.id === question.scale);
  return { question, scale, options: question?.options ?? scale?.options ?? [] };
}
