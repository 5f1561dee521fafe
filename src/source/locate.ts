/** Where a data path is in its file: what every finding about a key or value points at. */
import { type Position, NO_POSITION } from '../diagnostics/types.js';
import { rangeToPosition } from './line-index.js';
import type { SourceFile } from './source.js';
import type { YamlNode, YamlPair, YamlScalar } from './yaml-tree.js';

export type PathSegment = string | number;

/** The node at a data path, and the pair it is the value of (so a finding can point at the key). */
function nodeAt(
  root: YamlNode | undefined,
  path: readonly PathSegment[],
): { node: YamlNode | undefined; pair: YamlPair | undefined } {
  let node = root;
  let pair: YamlPair | undefined;
  for (const segment of path) {
    if (node?.kind === 'map') {
      pair = node.byKey.get(String(segment));
      if (!pair) return { node: undefined, pair: undefined };
      node = pair.value;
    } else if (node?.kind === 'seq' && typeof segment === 'number') {
      node = node.items[segment];
      pair = undefined;
    } else {
      return { node: undefined, pair: undefined };
    }
  }
  return { node, pair };
}

/** The scalar written at a data path, as written (quoted or not); undefined for anything else. */
export function scalarAt(source: SourceFile, path: readonly PathSegment[]): YamlScalar | undefined {
  const { node } = nodeAt(source.tree, path);
  return node?.kind === 'scalar' ? node : undefined;
}

/**
 * Where a data path is in the source. `target: 'key'` points at the key of the last segment
 * (for "unknown key" findings); otherwise at the value. Falls back to the nearest existing parent.
 */
export function locate(source: SourceFile, path: readonly PathSegment[], target: 'key' | 'value' = 'value'): Position {
  const root = source.tree;
  if (!root) return NO_POSITION;
  for (let n = path.length; n >= 0; n--) {
    const { node, pair } = nodeAt(root, path.slice(0, n));
    const ranged = (target === 'key' || !node) && n === path.length && pair ? pair.key : node;
    if (ranged) return rangeToPosition(source.lineCounter, ranged.start, ranged.end);
  }
  return { line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/** JSON Pointer (`/a/0/b`) to path segments, as ajv reports instance paths. */
export function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
