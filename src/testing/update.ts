/**
 * `datascan test --update`: the `expect` blocks rewritten to what the questionnaire produces now,
 * after an intended change. Only the values that differ change; comments, key order and flow
 * style stay, as the YAML document is edited in place rather than written anew.
 */
import type { Document, Node } from 'yaml';
import type { Position } from '../diagnostics/types.js';
import lazy from '../lazy/modules.cjs';
import { roundScore } from './run-case.js';
import type { Difference, Expectation, TestFile, TestFileResult } from './types.js';

const { yamlLibrary } = lazy;

export interface ExpectationUpdate {
  /** The case's position in `cases`, and its name. */
  index: number;
  name: string;
  /** Below the case's `expect`; `[]` for a whole `expect` block where the case had none. */
  path: string[];
  /** The value expected so far (absent for a new key or block). */
  from?: unknown;
  to: unknown;
  /** Where the expectation is (or, for a new one, the case's name). */
  position: Position;
}

export interface UpdatePlan {
  updates: ExpectationUpdate[];
  /** Differences that no value can fix: the case was not scored, or it names a unit that does not exist. */
  left: { index: number; name: string; difference: Difference }[];
}

/** What a difference's expectation becomes: the value produced now, a score rounded as `expect` blocks write it. */
function newValue(difference: Difference, tolerance: number): unknown {
  const { actual } = difference;
  return difference.path[difference.path.length - 1] === 'score' && typeof actual === 'number'
    ? roundScore(actual, tolerance)
    : actual;
}

/**
 * The updates that make a file's cases pass: each difference's value, and a full `expect` block
 * for a case that has none. Cases that could not run are left alone.
 */
export function planUpdates(file: TestFile, result: TestFileResult): UpdatePlan {
  const plan: UpdatePlan = { updates: [], left: [] };
  for (const c of result.cases) {
    if (c.status === 'error') continue;
    const base = { index: c.index, name: c.name };
    if (file.cases[c.index]?.expect === undefined) {
      plan.updates.push({ ...base, path: [], to: c.actual, position: c.position });
      continue;
    }
    for (const difference of c.differences) {
      if (difference.missing) {
        plan.left.push({ ...base, difference });
        continue;
      }
      plan.updates.push({
        ...base,
        path: difference.path,
        // A case without a `findings` expectation expected none, but the key is new.
        ...(difference.path[0] === 'findings' && file.cases[c.index]?.expect?.findings === undefined
          ? {}
          : { from: difference.expected }),
        to: newValue(difference, c.tolerance),
        position: difference.position,
      });
    }
  }
  return plan;
}

/** Whether the file writes flow collections with spaces inside the brackets (`{ a: 1 }`), as the YAML library can only write all one way. */
function padsFlowCollections(text: string): boolean {
  const padded = text.match(/[[{] \S/g)?.length ?? 0;
  const tight = text.match(/[[{][^\s\]}]/g)?.length ?? 0;
  return padded > tight;
}

/** A new `expect` block: each unit, the overall score and the lists on one line, as people write them. */
function expectNode(doc: Document, expect: Expectation): Node {
  const { isMap, isSeq } = yamlLibrary();
  const node = doc.createNode(expect) as Node;
  if (!isMap(node)) return node;
  for (const pair of node.items) {
    const key = String((pair.key as { value?: unknown }).value ?? pair.key);
    const value = pair.value;
    if (key === 'units' && isMap(value)) for (const unit of value.items) (unit.value as { flow?: boolean }).flow = true;
    else if (isMap(value) || isSeq(value)) value.flow = true;
  }
  return node;
}

/**
 * Makes the nodes on `path` the case's own, so that a change there changes that case alone: an
 * alias on the way becomes a copy of what it names, and a node on the way that others alias is
 * copied to them first (an `expect: *same` keeps what it expected when the case it names changes).
 */
function ownPath(doc: Document, path: readonly (string | number)[]): void {
  const { isAlias, isCollection, visit } = yamlLibrary();
  const copyOf = (node: Node): Node => {
    const copy = node.clone() as Node;
    // A copy defines no anchor: the aliases after it still name the original.
    visit(copy, {
      Node(_, inner) {
        delete inner.anchor;
      },
    });
    return copy;
  };
  let node: unknown = doc.contents;
  for (const key of path) {
    if (!isCollection(node)) return;
    let child = node.get(key, true) as Node | undefined;
    if (isAlias(child)) {
      const named = child.resolve(doc);
      if (!named) return;
      child = copyOf(named);
      node.set(key, child);
    }
    if (child?.anchor) {
      const named = child;
      visit(doc, {
        Alias: (_, alias) => (alias.resolve(doc) === named ? copyOf(named) : undefined),
      });
      delete named.anchor;
    }
    node = child;
  }
}

/** The test file's text with the updates made; everything else (comments, order, style) as it was. */
export function applyUpdates(text: string, updates: readonly ExpectationUpdate[]): string {
  const { parseDocument, isScalar, isSeq } = yamlLibrary();
  const doc = parseDocument(text, { version: '1.2' });
  for (const update of updates) {
    const expectPath = ['cases', update.index, 'expect'];
    ownPath(doc, [...expectPath, ...update.path]);
    if (update.path.length === 0) {
      doc.setIn(expectPath, expectNode(doc, update.to as Expectation));
      continue;
    }
    const path = [...expectPath, ...update.path];
    const node = doc.getIn(path, true);
    if (isScalar(node) && (update.to === null || typeof update.to !== 'object')) {
      // The scalar itself stays, and with it its comment and quoting.
      node.value = update.to;
    } else if (isSeq(node) && Array.isArray(update.to)) {
      node.items = update.to.map((item) => doc.createNode(item));
    } else {
      const created = doc.createNode(update.to) as Node;
      if (isSeq(created)) created.flow = true;
      doc.setIn(path, created);
    }
  }
  // lineWidth 0: no text is folded that was not folded before.
  return doc.toString({ lineWidth: 0, flowCollectionPadding: padsFlowCollections(text) });
}
