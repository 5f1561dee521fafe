/**
 * A plan as the text of a plan file (schemas/plan.schema.json), written with the `yaml` package so
 * that writing it again keeps what a person added by hand: comments, blank lines, quoting, each
 * action's matched by its id.
 */
import { Document, isMap, isScalar, isSeq, Scalar, visit, type Node, type YAMLMap } from 'yaml';
import { carryLayout, fileLayout, keepLayout } from '../answers/serialize.js';
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

/**
 * What the source says between `from` and `to` (offsets): whether the line `from` is on ends in a
 * comment, and whether a blank line comes before the comments on lines of their own.
 */
function commentLines(text: string, from: number, to: number): { inline: boolean; blankBefore: boolean } {
  const [rest = '', ...below] = text.slice(from, to).split('\n');
  const firstOwn = below.findIndex((line) => line.trimStart().startsWith('#'));
  return { inline: rest.includes('#'), blankBefore: firstOwn > 0 && below.slice(0, firstOwn).every((l) => !l.trim()) };
}

/** Splits a node's comment into its first line, when that one is `inline`, and the lines after. */
function splitComment(comment: string, inline: boolean): { kept: string | null; moved: string[] } {
  const lines = comment.split('\n');
  return inline ? { kept: lines[0] ?? null, moved: lines.slice(1) } : { kept: null, moved: lines };
}

/** Puts comment lines above `node`, before those it has; a blank line above them when there was one. */
function putAbove(node: Node, lines: readonly string[], blankBefore: boolean): void {
  if (lines.length === 0) return;
  node.commentBefore = [...lines, ...(node.commentBefore ? [node.commentBefore] : [])].join('\n');
  // The parser marks the node after a comment it gave away as after a blank line, also where there was none.
  node.spaceBefore = blankBefore;
}

/**
 * Moves the comments on lines of their own that the parser gave to a value of `map` to the key
 * after it; those after the last value are returned, for what follows the map. Values that are
 * lists or mappings keep theirs (the list of actions is done apart).
 */
function liftComments(map: YAMLMap, text: string): { moved: string[]; blankBefore: boolean } {
  const moved: string[] = [];
  let blankBefore = false;
  map.items.forEach((entry, j) => {
    const value = entry.value as Node | null;
    if (!isScalar(value) || !value.comment || !value.range) return;
    const where = commentLines(text, value.range[1], value.range[2]);
    const split = splitComment(value.comment, where.inline);
    value.comment = split.kept;
    // The blank line the parser saw after an empty value goes with the comment (blankBefore).
    if (split.moved.length > 0) value.spaceBefore = false;
    const after = map.items[j + 1]?.key as Node | undefined;
    if (after) putAbove(after, split.moved, where.blankBefore);
    else {
      moved.push(...split.moved);
      blankBefore = where.blankBefore;
    }
  });
  return { moved, blankBefore };
}

/**
 * The plan file `text` as read for writing it again, each comment on a line of its own with what
 * follows it, as a person reads it. The `yaml` package gives such a comment to what comes before
 * it: after an empty value (`note:`) to that value, after a filled one at the keys' indentation to
 * the action, above the first action to the list. Moved to the next key, the next action, or the
 * end of the list; a comment at the end of a line stays there (the one after `actions:` too, which
 * the package would write on a line of its own).
 */
export function planLayout(text: string): Document {
  const doc = fileLayout(text);
  const top = doc.contents;
  // The same at the top: the guide above `actions` follows `date:`, empty when the scan had no date.
  if (isMap(top)) liftComments(top, text);
  const pair = isMap(top) ? top.items.find((p) => isScalar(p.key) && p.key.value === 'actions') : undefined;
  const actions = pair?.value;
  if (!isSeq(actions) || !isScalar(pair?.key)) return doc;
  const items = actions.items.filter((item): item is YAMLMap => isMap(item));
  const first = items[0];
  if (first && actions.commentBefore && pair.key.range && first.range) {
    const where = commentLines(text, pair.key.range[1], first.range[0]);
    const { kept, moved } = splitComment(actions.commentBefore, where.inline);
    // Written as the key's, it stays at the end of the `actions:` line.
    pair.key.comment = kept;
    actions.commentBefore = null;
    putAbove(first, moved, where.blankBefore);
  }
  items.forEach((item, i) => {
    const next = items[i + 1];
    const { moved, blankBefore } = liftComments(item, text);
    // A map's own comment is never at the end of one of its lines.
    if (item.comment) moved.push(...item.comment.split('\n'));
    item.comment = null;
    if (next) putAbove(next, moved, blankBefore);
    else if (moved.length > 0) actions.comment = [...moved, ...(actions.comment ? [actions.comment] : [])].join('\n');
  });
  return doc;
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
  /** The plan file as it was read (`planLayout`): its comments and layout are kept. */
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
