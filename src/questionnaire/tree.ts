/**
 * The units of a questionnaire as one tree: a root for the overall score, the dimensions below it
 * and their subdimensions below them. Scoring, targets, next steps and reports walk this tree
 * instead of assuming two levels, so that a deeper model (streams under practices, as in OWASP
 * SAMM) changes how the tree is built, not everything that reads it. Pure.
 */
import { own } from '../util/own.js';
import type { Dimension, Group, NextSteps, Question, Text } from './types.js';

/** What a unit is called in the questionnaire format; a deeper model adds its own kinds here. */
export type UnitKind = 'dimension' | 'subdimension';

/** What the root and the units share: what a roll-up walks over. */
export interface TreeNode {
  /** 0 for the root, 1 for a dimension, one more for each level below. */
  depth: number;
  children: readonly Unit[];
  /** Ids of the questions linked to this node, in questionnaire order; only a node without children has any. */
  questions: readonly string[];
}

export interface Unit extends TreeNode {
  id: string;
  kind: UnitKind;
  name: Text;
  /** 1 when the questionnaire gives none. */
  weight: number;
  /** The unit's own steps per level id; see `nextStepsAt` for those it inherits. */
  nextSteps: NextSteps;
  levelDescriptions: { [levelId: string]: Text };
  /** Undefined for a dimension: the root is not a unit. */
  parent: Unit | undefined;
  /** Parts of a unit without children, each scored on its own from its questions; they do not change the roll-up. */
  groups: readonly UnitGroup[];
}

/** A group of a unit: a node without children, so a roll-up scores it as it would its unit. */
export interface UnitGroup extends TreeNode {
  id: string;
  kind: 'group';
  name: Text;
  unit: Unit;
}

/** The root (the overall score), with the dimensions as its children and indexes over all units. */
export interface UnitTree extends TreeNode {
  kind: 'overall';
  depth: 0;
  /** Every unit, each before its children, in questionnaire order. */
  units: readonly Unit[];
  /** The units questions link to (those without children), in questionnaire order. */
  leaves: readonly Unit[];
  byId: ReadonlyMap<string, Unit>;
}

/** A unit as a model describes it, before it is placed in a tree. */
export interface UnitSource {
  id: string;
  kind: UnitKind;
  name: Text;
  weight?: number;
  nextSteps?: NextSteps;
  levelDescriptions?: { [levelId: string]: Text };
  groups?: readonly Group[];
  children?: readonly UnitSource[];
}

/** A question and the id of the unit it links to (none when it links to nothing), and of its group there. */
export interface QuestionLink {
  question: string;
  unit: string | undefined;
  group?: string | undefined;
}

/**
 * A tree from units as a model describes them and the questions' links. A question that links to
 * no unit, or to one with children, is left out: validation refuses both.
 */
export function buildUnitTree(sources: readonly UnitSource[], links: readonly QuestionLink[]): UnitTree {
  const units: Unit[] = [];
  const leaves: Unit[] = [];
  const byId = new Map<string, Unit>();
  const questions = new Map<string, string[]>();
  const groupQuestions = new Map<string, string[]>();
  const place = (source: UnitSource, parent: Unit | undefined, depth: number): Unit => {
    const unit: Unit = {
      id: source.id,
      kind: source.kind,
      depth,
      name: source.name,
      weight: source.weight ?? 1,
      nextSteps: source.nextSteps ?? {},
      levelDescriptions: source.levelDescriptions ?? {},
      questions: [],
      children: [],
      parent,
      groups: [],
    };
    units.push(unit);
    byId.set(unit.id, unit);
    const children = (source.children ?? []).map((child) => place(child, unit, depth + 1));
    if (children.length > 0) {
      unit.children = children;
    } else {
      const own: string[] = [];
      unit.questions = own;
      questions.set(unit.id, own);
      leaves.push(unit);
      unit.groups = (source.groups ?? []).map((g) => {
        const grouped: string[] = [];
        groupQuestions.set(`${unit.id}\u0000${g.id}`, grouped);
        return { id: g.id, kind: 'group', name: g.name, depth: depth + 1, children: [], questions: grouped, unit };
      });
    }
    return unit;
  };
  const children = sources.map((source) => place(source, undefined, 1));
  for (const link of links) {
    if (link.unit === undefined) continue;
    questions.get(link.unit)?.push(link.question);
    if (link.group !== undefined) groupQuestions.get(`${link.unit}\u0000${link.group}`)?.push(link.question);
  }
  return { kind: 'overall', depth: 0, children, questions: [], units, leaves, byId };
}

/** The questionnaire format's units: dimensions, each with its subdimensions. */
export function unitSources(dimensions: readonly Dimension[]): UnitSource[] {
  return dimensions.map((d) => ({
    ...unitFields(d),
    kind: 'dimension',
    children: (d.subdimensions ?? []).map((s) => ({ ...unitFields(s), kind: 'subdimension' })),
  }));
}

function unitFields(u: Omit<UnitSource, 'kind' | 'children'>): Omit<UnitSource, 'kind' | 'children'> {
  return {
    id: u.id,
    name: u.name,
    ...(u.weight !== undefined ? { weight: u.weight } : {}),
    ...(u.nextSteps !== undefined ? { nextSteps: u.nextSteps } : {}),
    ...(u.levelDescriptions !== undefined ? { levelDescriptions: u.levelDescriptions } : {}),
    ...(u.groups !== undefined ? { groups: u.groups } : {}),
  };
}

/** What a tree is built from: a questionnaire, or only a model's dimensions (no questions then). */
export interface UnitTreeInput {
  dimensions: readonly Dimension[];
  questions?: readonly Question[];
}

/** Built once per questionnaire object: a batch scores thousands of answer sets against one. */
const trees = new WeakMap<UnitTreeInput, UnitTree>();

/** The unit tree of a (merged) questionnaire. A question links to its `subdimension`, else its `dimension`. */
export function unitTree(q: UnitTreeInput): UnitTree {
  let tree = trees.get(q);
  if (!tree) {
    tree = buildUnitTree(
      unitSources(q.dimensions),
      (q.questions ?? []).map((x) => ({ question: x.id, unit: x.subdimension ?? x.dimension, group: x.group })),
    );
    trees.set(q, tree);
  }
  return tree;
}

/** The units above one, nearest first. */
export function ancestorsOf(unit: Unit): Unit[] {
  const out: Unit[] = [];
  for (let up = unit.parent; up; up = up.parent) out.push(up);
  return out;
}

/** The units from the dimension down to this one. */
export function pathOf(unit: Unit): Unit[] {
  return [...ancestorsOf(unit).reverse(), unit];
}

/** The questions of a node and of all units below it, in tree order. */
export function questionsUnder(node: TreeNode): string[] {
  return node.children.length > 0 ? node.children.flatMap(questionsUnder) : [...node.questions];
}

/**
 * The steps that lead on from a level: the unit's own, or, when it has none for that level, those
 * of its nearest ancestor that has some (the validator's missing-next-steps rule uses the same).
 */
export function nextStepsAt(unit: Unit, levelId: string): Text[] {
  for (let at: Unit | undefined = unit; at; at = at.parent) {
    const steps = own(at.nextSteps, levelId);
    if (steps && steps.length > 0) return steps;
  }
  return [];
}
