/**
 * The shape of a YAML text with the offsets of every key and value, built from js-yaml's event
 * stream (flat events that point into the text). The values themselves are built by js-yaml's
 * constructFromEvents from the same events; this walk adds what a finding needs: where things are,
 * keys that repeat, keys that are collections, tags no datascan file has, aliases that refer to
 * themselves or expand too far. Iterative, so no nesting can exhaust the stack.
 */
import type { Event, ScalarEvent } from 'js-yaml';
import type { TypedValue, ValueName } from '../diagnostics/messages.js';
import lazy from '../lazy/modules.cjs';

const { jsYamlLibrary } = lazy;

interface Ranged {
  /** Offsets in the text, end exclusive: a quoted value with its quotes, a block value from its `|` or `>`. */
  start: number;
  end: number;
}
export interface YamlScalar extends Ranged {
  kind: 'scalar';
  /** Written without quotes or block indicator: what a YAML 1.1 reader may take for a boolean or a date. */
  plain: boolean;
  /** The text as written, decoded (escapes, folding). */
  text: string;
  /** With a tag (`!!str 1`): its text is what it is, not resolved as a plain one. */
  tagged: boolean;
}
export interface YamlPair {
  key: YamlNode;
  value: YamlNode;
}
export interface YamlMap extends Ranged {
  kind: 'map';
  /**
   * Pairs by key as the data has it (a plain `~` is the key `null`, `0x1F` is `31`); of repeated
   * keys, the first (which a finding about the key points at).
   */
  byKey: Map<string, YamlPair>;
}
export interface YamlSeq extends Ranged {
  kind: 'seq';
  items: YamlNode[];
}
export interface YamlAlias extends Ranged {
  kind: 'alias';
}
export type YamlNode = YamlScalar | YamlMap | YamlSeq | YamlAlias;

/** What the walk found besides the tree. */
export interface YamlTree {
  root: YamlNode | undefined;
  /** Keys that repeat an earlier key of their map. */
  duplicateKeys: YamlScalar[];
  /** Keys that are lists or mappings (`? [a, b]`), directly or through an alias. */
  collectionKeys: { node: YamlNode; list: boolean }[];
  /** Values of YAML 1.1 types (`!!omap`, `!!set`, `!!binary`, a timestamp), which no datascan file has. */
  typedValues: { node: YamlNode; type: TypedValue; name: ValueName }[];
  /** Tags no schema datascan reads has (`!python/object`), with the tag as written. */
  unknownTags: { node: YamlNode; tag: string }[];
  /** An alias inside the very list or mapping it names: the data would contain itself. */
  aliasLoop: YamlAlias | undefined;
  /** Nodes the data has with every alias expanded: what a consumer walking it would visit. */
  expandedSize: number;
}

const CORE = 'tag:yaml.org,2002:';
/** Tags whose values are what JSON has: text, number, boolean, null, list, mapping. */
const PLAIN_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => CORE + t));
const TYPED_TAGS: Record<string, TypedValue> = {
  [`${CORE}omap`]: 'omap',
  [`${CORE}pairs`]: 'pairs',
  [`${CORE}set`]: 'set',
  [`${CORE}binary`]: 'binary',
  [`${CORE}timestamp`]: 'timestamp',
};

/** The full name of a tag as written (`!!set`, `!e!x` with a %TAG directive, `!<…>`); `!` alone is plain text. */
function resolveTag(written: string, handles: ReadonlyMap<string, string>): string {
  if (written.startsWith('!<') && written.endsWith('>')) return decodeURIComponentSafe(written.slice(2, -1));
  const second = written.indexOf('!', 1);
  const handle = second > 0 ? written.slice(0, second + 1) : '!';
  const prefix = handles.get(handle) ?? (handle === '!!' ? CORE : handle);
  return prefix + decodeURIComponentSafe(written.slice(handle.length));
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

interface Frame {
  node: YamlMap | YamlSeq;
  /** How a finding names this collection. */
  name: ValueName;
  flow: boolean;
  /** A map's key waiting for its value. */
  key: YamlNode | undefined;
  anchor: string | undefined;
  /** Nodes inside, aliases expanded. */
  size: number;
}

/**
 * Walks the events of one document (the first). `v11`: the document says `%YAML 1.1`, in which an
 * unquoted date is a timestamp.
 */
export function yamlTree(text: string, events: readonly Event[], v11 = false): YamlTree {
  const { getScalarValue, timestampTag, NOT_RESOLVED, CORE_SCHEMA, YAML11_SCHEMA } = jsYamlLibrary();
  const schema = v11 ? YAML11_SCHEMA : CORE_SCHEMA;
  // A key as constructFromEvents makes it: a plain scalar resolved by the schema, then made text.
  // (resolveImplicitScalarTag is marked internal in js-yaml 5.5, which is pinned to ~5.5.)
  const dataKey = (key: YamlScalar): string =>
    key.plain && !key.tagged ? String(schema.resolveImplicitScalarTag(key.text).value) : key.text;
  const found: YamlTree = {
    root: undefined,
    duplicateKeys: [],
    collectionKeys: [],
    typedValues: [],
    unknownTags: [],
    aliasLoop: undefined,
    expandedSize: 0,
  };
  const anchors = new Map<string, { node: YamlNode; size: number; open: boolean }>();
  const handles = new Map<string, string>();
  const stack: Frame[] = [];
  // The end of the last thing read: where an empty value is, and where a flow collection's bracket is looked for.
  let lastEnd = 0;
  let documents = 0;

  const nameHere = (): ValueName => {
    const top = stack[stack.length - 1];
    if (!top) return { items: [], of: 'file' };
    if (top.node.kind === 'seq') return { ...top.name, items: [top.node.items.length + 1, ...top.name.items] };
    if (top.key === undefined) return { items: [], of: 'key' };
    return top.key.kind === 'scalar' ? { items: [], of: 'value-of', key: top.key.text } : { items: [], of: 'value' };
  };

  const checkTag = (node: YamlNode, tagStart: number, tagEnd: number): void => {
    if (tagStart < 0) return;
    const written = text.slice(tagStart, tagEnd);
    if (written === '!') return;
    const tag = resolveTag(written, handles);
    const typed = TYPED_TAGS[tag];
    if (typed) found.typedValues.push({ node, type: typed, name: nameHere() });
    else if (!PLAIN_TAGS.has(tag)) found.unknownTags.push({ node, tag: written });
  };

  const remember = (anchorStart: number, anchorEnd: number): string | undefined =>
    anchorStart >= 0 ? text.slice(anchorStart, anchorEnd) : undefined;

  /** A finished node goes into its collection, or becomes the root. */
  const place = (node: YamlNode, size: number, keyIsCollection = false): void => {
    const top = stack[stack.length - 1];
    if (!top) {
      found.root = node;
      found.expandedSize = size;
      return;
    }
    top.size += size;
    if (top.node.kind === 'seq') {
      top.node.items.push(node);
      return;
    }
    if (top.key === undefined) {
      top.key = node;
      if (node.kind !== 'scalar' && (node.kind !== 'alias' || keyIsCollection))
        found.collectionKeys.push({
          node,
          list: node.kind === 'seq' || (node.kind === 'alias' && aliasIsList(node)),
        });
      return;
    }
    const key = top.key;
    top.key = undefined;
    if (key.kind !== 'scalar') return;
    const name = dataKey(key);
    if (top.node.byKey.has(name)) found.duplicateKeys.push(key);
    else top.node.byKey.set(name, { key, value: node });
  };
  const aliasTargets = new Map<YamlAlias, YamlNode>();
  const aliasIsList = (alias: YamlAlias): boolean => aliasTargets.get(alias)?.kind === 'seq';

  /**
   * Where an empty value is: after the indicator (`:` or `-`) that introduced it. An empty key is
   * at the `:` that follows it, on whatever line that is. A key written without a `:` (`{a, b: 1}`,
   * `? a`) has no place for its value, which is then at the key.
   */
  const emptyAt = (): number => {
    let at = lastEnd;
    const top = stack[stack.length - 1];
    if (top?.node.kind === 'map' && top.key === undefined) {
      while (at < text.length && text[at] !== ':') {
        if (text[at] === '#') while (at < text.length && text[at] !== '\n') at++;
        else at++;
      }
      return at;
    }
    if (top?.node.kind === 'map' && top.key) {
      let next = at;
      for (;;) {
        const c = text[next];
        if (c === ' ' || c === '\t' || (top.flow && (c === '\n' || c === '\r'))) next++;
        else if (top.flow && c === '#') while (next < text.length && text[next] !== '\n') next++;
        else break;
      }
      if (text[next] !== ':') return top.key.start;
      at = next;
    }
    while (text[at] === ' ' || text[at] === '\t') at++;
    if (text[at] === ':' || text[at] === '-' || text[at] === '?') at++;
    while (text[at] === ' ' || text[at] === '\t') at++;
    return at;
  };

  /** Past the bracket that closes a flow collection, looked for from the end of its last item. */
  const flowEnd = (from: number): number => {
    for (let at = from; at < text.length; at++) {
      const c = text[at];
      if (c === ']' || c === '}') return at + 1;
      if (c === '#') while (at < text.length && text[at] !== '\n') at++;
    }
    return text.length;
  };

  /** A block scalar starts at its indicator, which comes after the key (and any anchor or tag). */
  const blockStart = (event: ScalarEvent): number => {
    const from = Math.max(lastEnd, event.tagEnd, event.anchorEnd);
    for (let at = from; at < event.valueStart; at++) if (text[at] === '|' || text[at] === '>') return at;
    return event.valueStart;
  };

  for (const event of events) {
    switch (event.type) {
      case 1: {
        if (++documents > 1) return found;
        for (const d of event.directives) if (d.kind === 'tag') handles.set(d.handle, d.prefix);
        break;
      }
      case 2:
      case 3: {
        const node: YamlMap | YamlSeq =
          event.type === 3
            ? { kind: 'map', start: event.start, end: event.start, byKey: new Map() }
            : { kind: 'seq', start: event.start, end: event.start, items: [] };
        const name = nameHere();
        checkTag(node, event.tagStart, event.tagEnd);
        const anchor = remember(event.anchorStart, event.anchorEnd);
        if (anchor !== undefined) anchors.set(anchor, { node, size: 0, open: true });
        stack.push({ node, name, flow: event.style === 2, key: undefined, anchor, size: 1 });
        lastEnd = Math.max(event.start + (event.style === 2 ? 1 : 0), event.tagEnd, event.anchorEnd);
        break;
      }
      case 4: {
        const quoted = event.style === 2 || event.style === 3;
        const block = event.style === 4 || event.style === 5;
        let start: number;
        let end: number;
        if (event.valueStart < 0) {
          start = end = emptyAt();
        } else if (quoted) {
          start = event.valueStart - 1;
          end = event.valueEnd + 1;
        } else {
          start = block ? blockStart(event) : event.valueStart;
          end = event.valueEnd;
        }
        const node: YamlScalar = {
          kind: 'scalar',
          start,
          end,
          plain: event.style === 1,
          text: event.valueStart < 0 ? '' : getScalarValue(text, event),
          tagged: event.tagStart >= 0,
        };
        checkTag(node, event.tagStart, event.tagEnd);
        if (v11 && node.plain && event.tagStart < 0 && timestampTag.resolve(node.text, false, '') !== NOT_RESOLVED)
          found.typedValues.push({ node, type: 'timestamp', name: nameHere() });
        const anchor = remember(event.anchorStart, event.anchorEnd);
        if (anchor !== undefined) anchors.set(anchor, { node, size: 1, open: false });
        lastEnd = Math.max(end, event.tagEnd, event.anchorEnd);
        place(node, 1);
        break;
      }
      case 5: {
        const node: YamlAlias = { kind: 'alias', start: event.anchorStart - 1, end: event.anchorEnd };
        const target = anchors.get(text.slice(event.anchorStart, event.anchorEnd));
        if (target?.open) found.aliasLoop ??= node;
        if (target) aliasTargets.set(node, target.node);
        lastEnd = event.anchorEnd;
        place(node, target && !target.open ? target.size : 1, target !== undefined && target.node.kind !== 'scalar');
        break;
      }
      case 6: {
        const frame = stack.pop();
        if (!frame) break;
        frame.node.end = frame.flow ? flowEnd(lastEnd) : lastEnd;
        lastEnd = frame.node.end;
        if (frame.anchor !== undefined) {
          const anchored = anchors.get(frame.anchor);
          if (anchored?.node === frame.node) {
            anchored.open = false;
            anchored.size = frame.size;
          }
        }
        place(frame.node, frame.size);
        break;
      }
    }
  }
  return found;
}
