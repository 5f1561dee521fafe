/**
 * Parsing YAML (and JSON, which is YAML) while keeping source positions, so that every finding can
 * point at the key or value it is about. Pure: text in, document and findings out.
 */
import type { Document, Node, Pair, ParsedNode, YAMLMap } from 'yaml';
import lazy from '../lazy/modules.cjs';

const { yamlLibrary } = lazy;
import { diag } from '../diagnostics/diag.js';
import { msg, type FindingText } from '../diagnostics/messages.js';
import { FindingList } from '../diagnostics/limit.js';
import { type Diagnostic, type Position, NO_POSITION } from '../diagnostics/types.js';

import type { TypedValue, ValueName } from '../diagnostics/messages.js';
import { MAX_SOURCE_BYTES } from './limits.js';
import { excessOf, MAX_ALIASES, MAX_TOKENS } from './prescan.js';
import { isFormat } from '../util/file-formats.js';

export { MAX_SOURCE_BYTES };
/** Aliases are legitimate in hand-written YAML, but an alias bomb expands them exponentially. */
const MAX_ALIAS_COUNT = 100;
/** Deeper than any real file; keeps recursive walks far from the stack limit. */
export const MAX_DEPTH = 64;

export type PathSegment = string | number;

export interface SourceFile {
  file: string;
  text: string;
  /** The YAML document, for positions. Parsed lazily for a file whose checks came from a cache. */
  readonly doc: Document.Parsed | undefined;
  /** Offsets to line and column, computed from the text itself. */
  readonly lineCounter: LineIndex;
  /** The plain data (undefined when the text could not be parsed). */
  data: unknown;
  /** Findings from reading and parsing: syntax errors, duplicate keys, hostile input. */
  diagnostics: Diagnostic[];
}

/**
 * Line and column (1-based) of text offsets. The parser's own line counter only knows the lines
 * it got to, so offsets after a syntax error could land on the wrong line; this one knows them all.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  private readonly length: number;

  /** Offsets of the line feeds that end a CRLF: a position there is the end of its line, the CR's column. */
  private readonly crlf = new Set<number>();

  constructor(text: string) {
    this.length = text.length;
    for (let i = 0; i < text.length; i++)
      if (text.charCodeAt(i) === 10) {
        this.starts.push(i + 1);
        if (i > 0 && text.charCodeAt(i - 1) === 13) this.crlf.add(i);
      }
  }

  /** The offset at which a line (1-based) starts; the text's end for a line after the last. */
  lineStart(line: number): number {
    return this.starts[line - 1] ?? this.length;
  }

  linePos(at: number): { line: number; col: number } {
    // A parser that points between the CR and LF of a line end means the end of that line.
    const offset = this.crlf.has(at) ? at - 1 : at;
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, col: offset - (this.starts[low] as number) + 1 };
  }
}

export function rangeToPosition(lineCounter: LineIndex, start: number, end: number): Position {
  const a = lineCounter.linePos(start);
  const b = lineCounter.linePos(Math.max(start, end));
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

/** Byte-level checks done before YAML sees the text. */
function precheck(file: string, text: string): Diagnostic | undefined {
  if (text.length > MAX_SOURCE_BYTES) {
    return diag(file, 'file-too-large', msg('file.too-large', { mb: MAX_SOURCE_BYTES / 1024 / 1024 }));
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return diag(file, 'not-text', msg('file.binary'));
  if (text.includes('\uFFFD')) {
    return diag(file, 'not-text', msg('file.not-utf8'));
  }
  if (text.trim() === '') return diag(file, 'empty-file', msg('file.empty'));
  return undefined;
}

/** What a walk over the parsed collections found. */
interface CollectionFindings {
  /** A collection with MAX_DEPTH collections above it (the walk stops there). */
  tooDeep: boolean;
  /** Keys that repeat an earlier key of their map (scalars of the same value). */
  duplicateKeys: ParsedNode[];
  /** Keys that are lists or mappings (`? [a, b]`), which no datascan file has. */
  collectionKeys: ParsedNode[];
  /** Values of YAML 1.1 types (`!!omap`, `!!set`, `!!binary`, a timestamp), which no datascan file has. */
  typedValues: { node: ParsedNode; type: TypedValue; name: ValueName }[];
}

/** The YAML 1.1 types the parser builds JavaScript values for that JSON has not, by tag. */
const TYPED_COLLECTIONS: Record<string, TypedValue> = {
  'tag:yaml.org,2002:omap': 'omap',
  'tag:yaml.org,2002:pairs': 'pairs',
  'tag:yaml.org,2002:set': 'set',
};

/** What a scalar is when its value is no text, number, boolean or null; undefined when it is one of them. */
function typedScalar(value: unknown): TypedValue | undefined {
  if (value instanceof Date) return 'timestamp';
  if (value instanceof Uint8Array) return 'binary';
  return undefined;
}

/**
 * One walk over the collections of a document: nesting depth, duplicate keys, keys that are
 * collections and values of types a datascan file never has. The library's own duplicate check
 * compares every key with every earlier one (50,000 keys took 40 s), and its `visit` builds a path
 * for every node; this is linear, and its recursion stops at MAX_DEPTH, so it cannot overflow the
 * stack.
 */
function inspectCollections(doc: Document.Parsed): CollectionFindings {
  const { isAlias, isCollection, isMap, isPair, isScalar } = yamlLibrary();
  const found: CollectionFindings = { tooDeep: false, duplicateKeys: [], collectionKeys: [], typedValues: [] };
  // `name`: the value as a finding names it, worked out only for a value that has a finding.
  const walk = (node: unknown, above: number, name: () => ValueName): boolean => {
    if (isScalar(node)) {
      const type = typedScalar(node.value);
      if (type) found.typedValues.push({ node: node as ParsedNode, type, name: name() });
      return true;
    }
    if (!isCollection(node)) return true;
    if (above >= MAX_DEPTH) {
      found.tooDeep = true;
      return false;
    }
    const typed = node.tag !== undefined ? TYPED_COLLECTIONS[node.tag] : undefined;
    if (typed) found.typedValues.push({ node: node as ParsedNode, type: typed, name: name() });
    // Keys are equal as the library compares them: scalars with the same value (1 and "1" differ).
    const keys = isMap(node) ? new Set<unknown>() : undefined;
    for (const [index, item] of node.items.entries()) {
      if (isPair(item)) {
        const key = item.key;
        if (keys && isScalar(key) && !Number.isNaN(key.value)) {
          if (keys.has(key.value)) found.duplicateKeys.push(key as ParsedNode);
          else keys.add(key.value);
        }
        if (isCollection(key) || (isAlias(key) && isCollection(key.resolve(doc))))
          found.collectionKeys.push(key as ParsedNode);
        const keyName = (): ValueName =>
          isScalar(key) ? { items: [], of: 'value-of', key: String(key.value) } : { items: [], of: 'value' };
        if (!walk(key, above + 1, () => ({ items: [], of: 'key' })) || !walk(item.value, above + 1, keyName))
          return false;
      } else if (!walk(item, above + 1, () => ({ ...name(), items: [index + 1, ...name().items] }))) {
        return false;
      }
    }
    return true;
  };
  walk(doc.contents, 0, () => ({ items: [], of: 'file' }));
  return found;
}

/**
 * Whether JSON text can be read with JSON.parse without losing a finding: no key twice in one
 * object (JSON.parse keeps the last silently), and nesting within the limit. Outside strings, a
 * colon in valid JSON only ever follows a key, so the text has a duplicate exactly when it has more
 * colons than the parsed data has keys. No allocation: batches read thousands of files.
 */
function plainJson(text: string, data: unknown): boolean {
  const keys = countKeys(data, 1);
  return keys >= 0 && keys === colonsOutsideStrings(text);
}

/** Keys in all objects of `value`, or -1 when it nests deeper than the limit. */
function countKeys(value: unknown, depth: number): number {
  if (typeof value !== 'object' || value === null) return 0;
  if (depth > MAX_DEPTH) return -1;
  let n = 0;
  if (Array.isArray(value)) {
    for (const item of value) {
      const k = countKeys(item, depth + 1);
      if (k < 0) return -1;
      n += k;
    }
    return n;
  }
  for (const key in value) {
    const k = countKeys((value as Record<string, unknown>)[key], depth + 1);
    if (k < 0) return -1;
    n += k + 1;
  }
  return n;
}

function colonsOutsideStrings(text: string): number {
  // One pass over the text: linear whatever the mix of strings and colons (a file of a million
  // short strings must not make each search for a colon scan to the end).
  let colons = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) colons++;
    else if (c === 34) {
      // Skip the string; a backslash escapes the character after it.
      for (i++; i < length; i++) {
        const d = text.charCodeAt(i);
        if (d === 34) break;
        if (d === 92) i++;
      }
    }
  }
  return colons;
}

/**
 * Like parseSource, but a well-formed JSON object is read with JSON.parse, several times faster
 * than the YAML parser; its positions are worked out only if a finding needs one. Anything
 * JSON.parse would read differently from the YAML parser (duplicate keys) goes the long way.
 */
export function parseSourceQuickly(file: string, rawText: string): SourceFile {
  if (isFormat(file, 'json')) return parseJsonFile(file, rawText);
  const start = rawText.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (
    rawText.charCodeAt(start) === 123 &&
    rawText.length <= MAX_SOURCE_BYTES &&
    !rawText.includes('\u0000') &&
    !rawText.includes('\uFFFD')
  ) {
    try {
      const data: unknown = JSON.parse(start ? rawText.slice(start) : rawText);
      if (plainJson(rawText, data)) return lazySource(file, rawText, data);
    } catch {
      // Not JSON after all: the YAML parser says what is wrong, and where.
    }
  }
  return parseSource(file, rawText);
}

/**
 * A `.json` file must be JSON: YAML (which datascan reads) would also take trailing commas,
 * comments and unquoted keys, but the other tools that read the file would not.
 */
function parseJsonFile(file: string, rawText: string): SourceFile {
  const start = rawText.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = start ? rawText.slice(start) : rawText;
  let data: unknown;
  let problem: Error | undefined;
  if (body.length <= MAX_SOURCE_BYTES && !body.includes('\u0000') && !body.includes('\uFFFD')) {
    try {
      data = JSON.parse(body);
    } catch (error) {
      problem = error as Error;
    }
  }
  if (problem === undefined && typeof data === 'object' && data !== null && plainJson(rawText, data))
    return lazySource(file, rawText, data);
  const source = parseSource(file, rawText);
  // Errors the YAML parser found say more (and where); a text that is YAML but not JSON says this.
  if (problem === undefined || source.diagnostics.some((d) => d.severity === 'error')) return source;
  const at = /at position (\d+)/.exec(problem.message);
  const offset = at ? Number(at[1]) : 0;
  // V8's wording without its pointers: the position (given as line:column instead) and the quoted
  // snippet of the text (`..."assword": hunter2-SE"...`), which may hold what nobody should see in
  // a log; anything from a double quote on would be such a quote, whatever V8's wording.
  const what = problem.message
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/ is not valid JSON$/s, '')
    .replace(/,?\s*(\.\.\.)?".*$/s, '');
  const message = msg('json.invalid', { detail: what });
  source.diagnostics.push(diag(file, 'json-syntax', message, rangeToPosition(source.lineCounter, offset, offset + 1)));
  return { ...source, data: undefined };
}

export function parseSource(file: string, rawText: string): SourceFile {
  // A UTF-8 byte-order mark is legal but invisible; strip it so columns on line 1 stay right.
  const withoutBom = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  // A lone CR is a line break in YAML and in editors, but the line counter only knows LF: make it
  // one (same length, so every offset stays the same).
  const text = withoutBom.includes('\r') ? withoutBom.replace(/\r(?!\n)/g, '\n') : withoutBom;
  const lineCounter = new LineIndex(text);
  const source: { -readonly [K in keyof SourceFile]: SourceFile[K] } = {
    file,
    text,
    doc: undefined,
    lineCounter,
    data: undefined,
    diagnostics: [],
  };
  const pre = precheck(file, text) ?? excess(file, text);
  if (pre) {
    source.diagnostics.push(pre);
    return source;
  }
  let doc: Document.Parsed;
  try {
    // uniqueKeys off: duplicates are found by inspectCollections, in linear time. logLevel error:
    // the parser says nothing on stderr; what it finds becomes findings.
    doc = yamlLibrary().parseDocument(text, {
      prettyErrors: false,
      uniqueKeys: false,
      version: '1.2',
      logLevel: 'error',
    });
  } catch (error) {
    // The parser recurses on nesting; a pathological file can exhaust the stack.
    source.diagnostics.push(diag(file, 'yaml-syntax', msg('yaml.cannot-parse', { detail: (error as Error).message })));
    return source;
  }
  source.doc = doc;
  const findings = new FindingList();
  const at = (range: readonly number[], end = range[1] as number) =>
    rangeToPosition(lineCounter, range[0] as number, end);
  let unreadable = false;
  for (const e of doc.errors) {
    const tooDeep = /call stack/i.test(e.message);
    unreadable = true;
    findings.add('error', () =>
      diag(
        file,
        tooDeep ? 'too-deep' : 'yaml-syntax',
        tooDeep ? msg('file.too-deep-to-read') : syntaxMessage(e.message),
        at(e.pos),
      ),
    );
  }
  for (const w of doc.warnings) {
    findings.add('warning', () =>
      diag(file, 'yaml-syntax', msg('yaml.parser', { detail: firstLine(w.message) }), at(w.pos), 'warning'),
    );
  }
  const collections = inspectCollections(doc);
  for (const key of collections.duplicateKeys) {
    findings.add('error', () =>
      diag(
        file,
        'duplicate-key',
        msg('yaml.duplicate-key', { key: String((key as { value?: unknown }).value) }),
        at(key.range, key.range[0] + 1),
      ),
    );
  }
  for (const key of collections.collectionKeys) {
    findings.add('error', () =>
      diag(file, 'invalid-key', msg('yaml.collection-key', { list: yamlLibrary().isSeq(key) }), at(key.range)),
    );
  }
  for (const { node, type, name } of collections.typedValues) {
    findings.add('error', () => diag(file, 'wrong-type', msg('yaml.tagged', { name, type }), at(node.range)));
  }
  source.diagnostics.push(...findings.list());
  if (unreadable) return source;
  if (doc.contents === null) {
    source.diagnostics.push(diag(file, 'empty-file', msg('file.only-comments')));
    return source;
  }
  if (collections.tooDeep) {
    source.diagnostics.push(diag(file, 'too-deep', msg('file.too-deep', { max: MAX_DEPTH })));
    return source;
  }
  // Their values would not be what the file says (a key made text, a Map that looks empty to the
  // schema): the findings above are all there is to say until they are fixed.
  if (collections.collectionKeys.length > 0 || collections.typedValues.length > 0) return source;
  try {
    source.data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = /alias/i.test((error as Error).message)
      ? msg('file.alias-bomb')
      : msg('file.cannot-read-parsed', { detail: firstLine((error as Error).message) });
    source.diagnostics.push(diag(file, 'yaml-alias-bomb', message));
    source.data = undefined;
  }
  return source;
}

/** A text the parser would build far too much for; checked before it builds anything. */
function excess(file: string, text: string): Diagnostic | undefined {
  const over = excessOf(text);
  if (over === 'aliases') return diag(file, 'yaml-alias-bomb', msg('file.too-many-aliases', { max: MAX_ALIASES }));
  if (over === 'tokens') return diag(file, 'file-too-large', msg('file.too-many-tokens', { max: MAX_TOKENS }));
  return undefined;
}

/** Longer than any message of the parser's own; what is past it can only be quoted from the file. */
const MAX_MESSAGE = 160;

function firstLine(message: string): string {
  const line = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
  return line.length > MAX_MESSAGE ? `${line.slice(0, MAX_MESSAGE - 1)}…` : line;
}

/** The parser's wording, without its pointers to its own API. */
function syntaxMessage(message: string): FindingText {
  if (/multiple documents/i.test(message)) return msg('yaml.documents');
  return msg('yaml.parser', { detail: firstLine(message) });
}

/**
 * The pairs of a map by key (as text; the first of duplicates, as the data path meant it), built
 * the first time a path goes through the map: a file of 100,000 unknown keys has as many findings
 * to place, and searching the map from the start for each took minutes.
 */
const pairIndexes = new WeakMap<YAMLMap, Map<string, Pair>>();
function pairsByKey(map: YAMLMap): Map<string, Pair> {
  let index = pairIndexes.get(map);
  if (!index) {
    const { isPair, isScalar } = yamlLibrary();
    index = new Map();
    for (const p of map.items) {
      if (!isPair(p) || !isScalar(p.key)) continue;
      const key = String(p.key.value);
      if (!index.has(key)) index.set(key, p as Pair);
    }
    pairIndexes.set(map, index);
  }
  return index;
}

/** The node at a data path, and the pair it is the value of (so a finding can point at the key). */
export function nodeAt(
  doc: Document.Parsed,
  path: readonly PathSegment[],
): { node: Node | undefined; pair: Pair | undefined } {
  const { isMap, isSeq } = yamlLibrary();
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const found = pairsByKey(node).get(String(segment));
      if (!found) return { node: undefined, pair: undefined };
      pair = found;
      node = found.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      pair = undefined;
    } else {
      return { node: undefined, pair: undefined };
    }
  }
  return { node: (node ?? undefined) as Node | undefined, pair };
}

/**
 * Where a data path is in the source. `target: 'key'` points at the key of the last segment
 * (for "unknown key" findings); otherwise at the value. Falls back to the nearest existing parent.
 */
export function locate(source: SourceFile, path: readonly PathSegment[], target: 'key' | 'value' = 'value'): Position {
  const { doc } = source;
  if (!doc) return NO_POSITION;
  for (let n = path.length; n >= 0; n--) {
    const { node, pair } = nodeAt(doc, path.slice(0, n));
    const useKey = (target === 'key' || !node) && n === path.length && pair;
    const ranged = (useKey ? pair.key : node) as ParsedNode | null | undefined;
    if (ranged?.range) return rangeToPosition(source.lineCounter, ranged.range[0], ranged.range[1]);
    if (pair && yamlLibrary().isScalar(pair.key) && (pair.key as ParsedNode).range) {
      const r = (pair.key as ParsedNode).range;
      return rangeToPosition(source.lineCounter, r[0], r[1]);
    }
  }
  return { line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/**
 * A source whose data is already known (from a cache of earlier checks): the YAML is parsed only
 * if something asks for a position, which a clean file never does.
 */
export function lazySource(file: string, rawText: string, data: unknown): SourceFile {
  let parsed: SourceFile | undefined;
  const parse = () => (parsed ??= parseSource(file, rawText));
  return {
    file,
    text: rawText,
    data,
    diagnostics: [],
    get doc() {
      return parse().doc;
    },
    get lineCounter() {
      return parse().lineCounter;
    },
  };
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
