/**
 * The action plan: one action per next step of a profile, with who does it, by when and how far it
 * is (schemas/plan.schema.json). Writing a plan again after a new scan keeps what people filled in
 * for the steps that still apply. Pure.
 */
import { organisationKey, organisationsNamed } from '../scoring/group.js';
import type { Profile } from '../scoring/types.js';

/** The statuses as stored. */
export const PLAN_STATUSES = ['open', 'in-progress', 'done', 'dropped'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** The Dutch words for the statuses: accepted in a plan file, and what Dutch output shows. */
export const DUTCH_STATUSES: Readonly<Record<PlanStatus, string>> = {
  open: 'open',
  'in-progress': 'bezig',
  done: 'gereed',
  dropped: 'vervallen',
};

/** A status as a plan file may say it: the stored word or its Dutch one. */
export type PlanStatusWord = PlanStatus | 'bezig' | 'gereed' | 'vervallen';

export function statusOf(word: PlanStatusWord): PlanStatus {
  const dutch = (Object.keys(DUTCH_STATUSES) as PlanStatus[]).find((s) => DUTCH_STATUSES[s] === word);
  return dutch ?? (word as PlanStatus);
}

export interface PlanAction {
  /** Stable over rewrites: `<unit>-<n>`. */
  id: string;
  /** The dimension or subdimension the step belongs to. */
  unit: string;
  /** Level ranks: from where the unit is, to its target (the same at the top: steps that keep it there). */
  from: number;
  to: number;
  text: string;
  owner: string | null;
  /** An ISO date (`2026-06-30`). */
  due: string | null;
  status: PlanStatusWord;
  note: string | null;
  /** False for an action that is no next step of the scan the plan was last written from, kept for what was filled in. */
  applies?: false;
}

export interface PlanFile {
  questionnaire: string;
  version?: string;
  organisation: string | null;
  /** The date of the scan the plan was written from. */
  date: string | null;
  language?: string;
  actions: PlanAction[];
}

/** A next step as a plan takes it: what an action is made of before anyone fills anything in. */
export interface StepAction {
  unit: string;
  from: number;
  to: number;
  text: string;
}

/** Every step of the profile's next steps, in their order. */
export function stepActions(profile: Pick<Profile, 'nextSteps'>): StepAction[] {
  return profile.nextSteps.flatMap((group) =>
    group.steps.map((text) => ({
      unit: group.subdimension ?? group.dimension,
      from: group.fromLevel,
      to: group.toLevel,
      text,
    })),
  );
}

/** Whether someone filled in anything for an action (a comment on it counts, as `commented` says). */
export function isTouched(action: PlanAction, commented: ReadonlySet<string> = new Set()): boolean {
  return (
    Boolean(action.owner) ||
    Boolean(action.due) ||
    Boolean(action.note) ||
    statusOf(action.status) !== 'open' ||
    commented.has(action.id)
  );
}

export interface PlanMerge {
  /**
   * What the plan holds now: the steps in order, then the actions added by hand, then those that
   * no longer apply but were filled in.
   */
  actions: PlanAction[];
  /** Actions of the earlier plan that still apply (their id and what was filled in kept). */
  kept: PlanAction[];
  added: PlanAction[];
  /** Actions a person added, with an id of their own (not `<unit>-<n>`): kept as they are. */
  ownActions: PlanAction[];
  /** Earlier actions that no longer apply and were filled in: kept, marked `applies: false`. */
  noLongerApply: PlanAction[];
  /** Earlier actions that no longer apply and that nobody filled in: left out. */
  removed: PlanAction[];
}

/** The same text, whatever the spacing around and within it. */
const textKey = (unit: string, text: string) => `${unit}\u0000${text.trim().replace(/\s+/g, ' ')}`;

/** A unit and levels: the steps of one group of next steps, and the actions written for them. */
const levelKey = (a: { unit: string; from: number; to: number }) => `${a.unit}\u0000${a.from}\u0000${a.to}`;

/** Whether datascan gave the action its id (`<unit>-<n>`); any other id a person gave it. */
export function isNumberedAction(action: Pick<PlanAction, 'id' | 'unit'>): boolean {
  const prefix = `${action.unit}-`;
  return action.id.startsWith(prefix) && /^[1-9]\d*$/.test(action.id.slice(prefix.length));
}

/**
 * The plan for `steps`, keeping from `previous` the actions that are still a step (matched by unit
 * and text; their id, owner, date, status and note), and what was filled in for those that are not.
 * An action whose text a person changed stays the action of its step when, of its unit and levels,
 * it is the only action whose text no step has and that step the only one no action's text has.
 * Actions a person added with an id of their own are kept as they are (a step's text makes one
 * that step's action). New actions are numbered on from the highest number their unit's ids had.
 */
export function mergePlan(
  steps: readonly StepAction[],
  previous: readonly PlanAction[] = [],
  commented: ReadonlySet<string> = new Set(),
): PlanMerge {
  const waiting = new Map<string, PlanAction[]>();
  for (const action of previous) {
    const key = textKey(action.unit, action.text);
    waiting.set(key, [...(waiting.get(key) ?? []), action]);
  }
  const byText = steps.map((step) => waiting.get(textKey(step.unit, step.text))?.shift());
  const matched = new Set(byText.filter((a): a is PlanAction => a !== undefined));
  // A step no action's text has, and an action no step's text has, each alone of their unit and levels: one step.
  const unmatchedSteps = new Map<string, number[]>();
  steps.forEach((step, i) => {
    if (byText[i]) return;
    unmatchedSteps.set(levelKey(step), [...(unmatchedSteps.get(levelKey(step)) ?? []), i]);
  });
  const unmatchedActions = new Map<string, PlanAction[]>();
  for (const action of previous)
    // One marked `applies: false` was no step of the last scan already: not reworded, but gone.
    if (!matched.has(action) && isNumberedAction(action) && action.applies !== false)
      unmatchedActions.set(levelKey(action), [...(unmatchedActions.get(levelKey(action)) ?? []), action]);
  for (const [key, indices] of unmatchedSteps) {
    const actions = unmatchedActions.get(key);
    if (indices.length !== 1 || actions?.length !== 1) continue;
    byText[indices[0]!] = actions[0];
    matched.add(actions[0]!);
  }

  const taken = new Set(previous.map((a) => a.id));
  const nextNumber = (unit: string): string => {
    for (let n = 1; ; n++) {
      const id = `${unit}-${n}`;
      if (!taken.has(id)) {
        taken.add(id);
        return id;
      }
    }
  };
  const kept: PlanAction[] = [];
  const added: PlanAction[] = [];
  const actions: PlanAction[] = [];
  steps.forEach((step, i) => {
    const earlier = byText[i];
    if (earlier) {
      // The levels are the new scan's; the text stays as it was written (what a person changed in it included).
      const { applies: _applies, ...rest } = earlier;
      const action = { ...rest, from: step.from, to: step.to };
      kept.push(action);
      actions.push(action);
    } else {
      const action: PlanAction = {
        id: nextNumber(step.unit),
        ...step,
        owner: null,
        due: null,
        status: 'open',
        note: null,
      };
      added.push(action);
      actions.push(action);
    }
  });
  const ownActions = previous.filter((a) => !matched.has(a) && !isNumberedAction(a));
  const gone = previous.filter((a) => !matched.has(a) && isNumberedAction(a));
  const noLongerApply = gone.filter((a) => isTouched(a, commented)).map((a): PlanAction => ({ ...a, applies: false }));
  const removed = gone.filter((a) => !isTouched(a, commented));
  return { actions: [...actions, ...ownActions, ...noLongerApply], kept, added, ownActions, noLongerApply, removed };
}

/**
 * Why a plan does not belong to a profile's questionnaire or organisation, or undefined when it
 * does. With `model`, the model of the plan's questionnaire, a questionnaire of the same model
 * belongs too (a plan from the quickscan, counted beside the full scan): its units are the same.
 */
export function planMismatch(
  plan: Pick<PlanFile, 'questionnaire' | 'organisation'>,
  profiles: readonly Pick<Profile, 'questionnaire' | 'organisation'>[],
  model?: string,
): { kind: 'questionnaire' | 'organisation'; plan: string; profile: string } | undefined {
  const belongs = (p: Pick<Profile, 'questionnaire'>) =>
    p.questionnaire.id === plan.questionnaire || (model !== undefined && p.questionnaire.model === model);
  if (!profiles.some(belongs))
    return {
      kind: 'questionnaire',
      plan: plan.questionnaire,
      profile: [...new Set(profiles.map((p) => p.questionnaire.id))].join(', '),
    };
  // Each organisation once: the scans of a comparison or trend mostly name the same one.
  const named = organisationsNamed(profiles.map((p) => ({ organisation: p.organisation ?? undefined })));
  const planned = plan.organisation?.trim();
  if (planned && named.length > 0 && !named.some((o) => organisationKey(o) === organisationKey(planned)))
    return { kind: 'organisation', plan: planned, profile: named.join(', ') };
  return undefined;
}

/** Per unit how many of the plan's actions count (all but those dropped) and how many are done. */
export function planCounts(actions: readonly PlanAction[]): Map<string, { actions: number; done: number }> {
  const counts = new Map<string, { actions: number; done: number }>();
  for (const action of actions) {
    const status = statusOf(action.status);
    if (status === 'dropped') continue;
    const count = counts.get(action.unit) ?? { actions: 0, done: 0 };
    count.actions++;
    if (status === 'done') count.done++;
    counts.set(action.unit, count);
  }
  return counts;
}
