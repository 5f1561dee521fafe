/**
 * A plan as the text of a plan file (schemas/plan.schema.json), written with the `yaml` package so
 * that writing it again keeps what a person added by hand: comments, blank lines, quoting, each
 * action's matched by its id.
 */
import { Document, isMap, isScalar, isSeq, Scalar, visit, type YAMLMap } from 'yaml';
import { carryLayout, keepLayout } from '../answers/serialize.js';
import { mayReadAsYaml11NonText } from '../util/yaml11-plain.js';
import type { PlanAction, PlanFile } from './plan.js';

/** The keys of an action in the order they are written; the empty ones too, to be filled in. */
function actionData(action: PlanAction): Record<string, unknown> {
  return {
    id: action.id,
    unit: action.unit,
    from: action.from,
    to: action.to,
    text: action.text,
    owner: action.owner ?? null,
    due: action.due ?? null,
    status: action.status,
    note: action.note ?? null,
    ...(action.applies === false ? { applies: false } : {}),
  };
}

function planData(plan: PlanFile): Record<string, unknown> {
  return {
    questionnaire: plan.questionnaire,
    ...(plan.version !== undefined ? { version: plan.version } : {}),
    organisation: plan.organisation,
    date: plan.date,
    ...(plan.language !== undefined ? { language: plan.language } : {}),
    actions: plan.actions.map(actionData),
  };
}

/** The id of an action item in a parsed plan, if it has a text one. */
function idOf(item: unknown): string | undefined {
  if (!isMap(item)) return undefined;
  const id = (item as YAMLMap).get('id');
  return typeof id === 'string' ? id : undefined;
}

/** The ids of the actions in the file read that carry a comment: a person wrote something there. */
export function commentedActions(previous: Document): Set<string> {
  const out = new Set<string>();
  const actions = previous.get('actions', true);
  if (!isSeq(actions)) return out;
  for (const item of actions.items) {
    const id = idOf(item);
    if (id === undefined) continue;
    let commented = Boolean((item as YAMLMap).commentBefore || (item as YAMLMap).comment);
    visit(item as YAMLMap, {
      Node(_, node) {
        if (node.commentBefore || node.comment) commented = true;
      },
    });
    if (commented) out.add(id);
  }
  return out;
}

export interface PlanSerializeOptions {
  /** What the `# yaml-language-server: $schema=` header points at; without it, no header. */
  schema?: string;
  /** The plan file as it was read (`fileLayout`): its comments and layout are kept. */
  previous?: Document;
  /**
   * A comment above `actions` in a new file, saying what may be filled in (the statuses, a date's
   * form); in the plan's language, given by the caller. A file written again keeps its own comments.
   */
  guide?: string;
}

/** The YAML text of a plan file. */
export function serializePlan(plan: PlanFile, options: PlanSerializeOptions = {}): string {
  const doc = new Document(planData(plan));
  if (options.guide !== undefined && !options.previous) {
    const top = doc.contents;
    const actions = isMap(top)
      ? top.items.find((pair) => isScalar(pair.key) && pair.key.value === 'actions')
      : undefined;
    if (actions && isScalar(actions.key))
      actions.key.commentBefore = options.guide
        .split('\n')
        .map((line) => ` ${line}`)
        .join('\n');
  }
  if (options.previous) {
    const previous = options.previous.clone();
    keepLayout(previous, doc);
    const before = previous.get('actions', true);
    const after = doc.get('actions', true);
    if (isSeq(before) && isSeq(after)) {
      const earlier = new Map(before.items.map((item) => [idOf(item), item]));
      for (const item of after.items) {
        const id = idOf(item);
        if (id !== undefined && earlier.has(id)) carryLayout(earlier.get(id), item);
      }
    }
  }
  // Quoted, so that YAML 1.1 tools read a date, `yes` or `1_000` as the text it is (rule yaml11-date).
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && mayReadAsYaml11NonText(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  // Empty fields as `owner:`, ready to be filled in; lineWidth 0: a long step stays on its line.
  const body = doc.toString({ lineWidth: 0, nullStr: '' });
  return options.schema === undefined ? body : `# yaml-language-server: $schema=${options.schema}\n${body}`;
}
