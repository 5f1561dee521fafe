/**
 * Reading a YAML (or JSON, which is YAML) file into its data and the findings of reading it, with
 * the positions of its keys and values for any later finding. One reader: js-yaml 5's event parser
 * (the `yaml` package only edits files in place, keeping their comments). Pure: text in, data and
 * findings out.
 */
import type { Event } from 'js-yaml';
import lazy from '../lazy/modules.cjs';
import { diag } from '../diagnostics/diag.js';
import { msg, type FindingText } from '../diagnostics/messages.js';
import { FindingList } from '../diagnostics/limit.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { LineIndex, rangeToPosition } from './line-index.js';
import { plainJson } from './json-keys.js';
import { MAX_DEPTH, MAX_SOURCE_BYTES } from './limits.js';
import { excessOf, MAX_ALIASES, MAX_TOKENS } from './prescan.js';
import { yamlTree, type YamlNode, type YamlTree } from './yaml-tree.js';
import { isFormat } from '../util/file-formats.js';

const { jsYamlLibrary } = lazy;

export { MAX_DEPTH, MAX_SOURCE_BYTES };

export interface SourceFile {
  file: string;
  /** The text as read: without a byte-order mark, a lone CR made a line feed (offsets stay the same). */
  text: string;
  /** Where every key and value is; worked out when a finding first asks (a clean file never does). */
  readonly tree: YamlNode | undefined;
  /** Offsets to line and column, computed from the text itself. */
  readonly lineCounter: LineIndex;
  /** The plain data (undefined when the text could not be read). */
  data: unknown;
  /** Findings from reading: syntax errors, duplicate keys, hostile input. */
  diagnostics: Diagnostic[];
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

/**
 * Like parseSource, but a well-formed JSON object is read with JSON.parse, several times faster
 * than the YAML parser; its positions are worked out only if a finding needs one. Anything
 * JSON.parse would read differently from the YAML parser (duplicate keys) goes the long way.
 */
export function parseSourceQuickly(file: string, rawText: string): SourceFile {
  if (isFormat(file, 'json')) return parseJsonFile(file, rawText);
  const start = rawText.charCodeAt(0) === 0xfeff ? 1 : 0;
  return (rawText.charCodeAt(start) === 123 && readPlainJson(file, rawText)) || parseSource(file, rawText);
}

/**
 * A JSON object read with JSON.parse, when JSON.parse reads it as the YAML reader would (no key
 * twice, nesting within the limit); undefined for anything else, which the YAML reader reads.
 */
export function readPlainJson(file: string, rawText: string): SourceFile | undefined {
  const body = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  if (body.length > MAX_SOURCE_BYTES || body.includes('\u0000') || body.includes('\uFFFD')) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return undefined;
  }
  return typeof data === 'object' && data !== null && plainJson(rawText, data)
    ? lazySource(file, rawText, data)
    : undefined;
}

/**
 * A `.json` file must be JSON: YAML (which datascan reads) would also take trailing commas,
 * comments and unquoted keys, but the other tools that read the file would not.
 */
function parseJsonFile(file: string, rawText: string): SourceFile {
  const quick = readPlainJson(file, rawText);
  if (quick) return quick;
  let problem: Error | undefined;
  try {
    JSON.parse(rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText);
  } catch (error) {
    problem = error as Error;
  }
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

/** A text as the reader sees it: no byte-order mark (invisible, and it would shift columns on line 1), no lone CR. */
function normalise(rawText: string): string {
  const withoutBom = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  // A lone CR is a line break in YAML and in editors, but the line index only knows LF: make it one
  // (same length, so every offset stays the same).
  return withoutBom.includes('\r') ? withoutBom.replace(/\r(?!\n)/g, '\n') : withoutBom;
}

/** An exception of the parser, as js-yaml throws them: a reason and a position in the text. */
interface ParserError {
  reason?: string;
  mark?: { position: number };
  message: string;
}

/** The events of a text, or why there are none. Depth is limited by the parser itself, before it builds anything. */
function eventsOf(text: string): { events: Event[] } | { error: ParserError } {
  try {
    // maxDepth counts the document too: MAX_DEPTH collections inside it are allowed.
    return { events: jsYamlLibrary().parseEvents(text, { maxDepth: MAX_DEPTH + 1 }) };
  } catch (error) {
    return { error: error as ParserError };
  }
}

/** Where the second document starts: its `---`, or its first node. */
function secondDocumentAt(text: string, events: readonly Event[]): number {
  let documents = 0;
  let first = -1;
  for (const event of events) {
    if (event.type === 1) documents++;
    else if (documents === 2) {
      first =
        event.type === 2 || event.type === 3
          ? event.start
          : event.type === 4
            ? event.valueStart
            : event.type === 5
              ? event.anchorStart
              : -1;
      if (first >= 0) break;
    }
  }
  const before = first < 0 ? text.length : first;
  const marker = text.lastIndexOf('---', before);
  return marker >= 0 ? marker : Math.max(0, before);
}

export function parseSource(file: string, rawText: string): SourceFile {
  const text = normalise(rawText);
  let lines: LineIndex | undefined;
  let tree: YamlTree | undefined;
  let treeRead = false;
  const source: SourceFile = {
    file,
    text,
    data: undefined,
    diagnostics: [],
    get lineCounter() {
      return (lines ??= new LineIndex(text));
    },
    get tree() {
      if (!treeRead) {
        treeRead = true;
        // A text too large to read as YAML (a JSON file JSON.parse read) has no positions: its
        // findings are about the file.
        const read = excessOf(text) ? { error: undefined } : eventsOf(text);
        if ('events' in read) tree = yamlTree(text, read.events, isYaml11(read.events));
      }
      return tree?.root;
    },
  };
  const at = (start: number, end: number) => rangeToPosition(source.lineCounter, start, end);
  const pre = precheck(file, text) ?? excess(file, text);
  if (pre) {
    source.diagnostics.push(pre);
    return source;
  }
  const read = eventsOf(text);
  if ('error' in read) {
    source.diagnostics.push(parserFinding(file, read.error, at));
    return source;
  }
  const { events } = read;
  let documents = 0;
  let special = false;
  for (const event of events) {
    if (event.type === 1) documents++;
    else if (event.type === 5 || ('tagStart' in event && event.tagStart >= 0)) special = true;
  }
  if (documents > 1) {
    const offset = secondDocumentAt(text, events);
    source.diagnostics.push(diag(file, 'yaml-syntax', msg('yaml.documents'), at(offset, offset + 3)));
    return source;
  }
  if (events.length <= 2) {
    source.diagnostics.push(diag(file, 'empty-file', msg('file.only-comments')));
    return source;
  }
  const v11 = isYaml11(events);
  const { constructFromEvents, CORE_SCHEMA, YAML11_SCHEMA } = jsYamlLibrary();
  const schema = v11 ? YAML11_SCHEMA : CORE_SCHEMA;
  // Most files have no tags, aliases or repeated keys: js-yaml builds their values, and the walk
  // for positions waits until a finding needs one. Anything else (js-yaml refuses a repeated key)
  // is walked first, so that every finding is found, not only js-yaml's first.
  if (!special && !v11) {
    try {
      source.data = constructFromEvents(events, { source: text, schema })[0];
      return source;
    } catch {
      // Walked below.
    }
  }
  tree = yamlTree(text, events, v11);
  treeRead = true;
  const findings = new FindingList();
  const range = (node: YamlNode) => at(node.start, node.end);
  for (const key of tree.duplicateKeys) {
    findings.add('error', () =>
      diag(file, 'duplicate-key', msg('yaml.duplicate-key', { key: key.text }), at(key.start, key.start + 1)),
    );
  }
  for (const { node, list } of tree.collectionKeys) {
    findings.add('error', () => diag(file, 'invalid-key', msg('yaml.collection-key', { list }), range(node)));
  }
  for (const { node, type, name } of tree.typedValues) {
    findings.add('error', () => diag(file, 'wrong-type', msg('yaml.tagged', { name, type }), range(node)));
  }
  for (const { node, tag } of tree.unknownTags) {
    findings.add('error', () => diag(file, 'wrong-type', msg('yaml.unknown-tag', { tag }), range(node)));
  }
  if (tree.aliasLoop) {
    const loop = tree.aliasLoop;
    findings.add('error', () => diag(file, 'yaml-alias-bomb', msg('file.alias-loop'), range(loop)));
  }
  source.diagnostics.push(...findings.list());
  // Their values would not be what the file says: the findings above are all there is to say
  // until they are fixed.
  if (tree.collectionKeys.length > 0 || tree.typedValues.length > 0 || tree.unknownTags.length > 0 || tree.aliasLoop)
    return source;
  // The data with every alias expanded is what the checks after this walk: an alias bomb would make
  // them visit billions of nodes.
  if (tree.expandedSize > MAX_TOKENS) {
    source.diagnostics.push(diag(file, 'yaml-alias-bomb', msg('file.alias-bomb')));
    return source;
  }
  try {
    // json: a repeated key (reported above) takes the later value, as JSON.parse does, so the rest
    // of the file is still checked.
    source.data = constructFromEvents(events, { source: text, schema, json: tree.duplicateKeys.length > 0 })[0];
  } catch (error) {
    source.diagnostics.push(parserFinding(file, error as ParserError, at));
  }
  return source;
}

function isYaml11(events: readonly Event[]): boolean {
  const first = events[0];
  return first?.type === 1 && first.directives.some((d) => d.kind === 'yaml' && d.version === '1.1');
}

/** What the parser threw, as a finding at the place it names. */
function parserFinding(
  file: string,
  error: ParserError,
  at: (start: number, end: number) => ReturnType<typeof rangeToPosition>,
): Diagnostic {
  const reason = error.reason ?? firstLine(error.message);
  if (/maxDepth/.test(reason)) return diag(file, 'too-deep', msg('file.too-deep', { max: MAX_DEPTH }));
  if (error.mark === undefined)
    return diag(file, 'yaml-syntax', msg('yaml.cannot-parse', { detail: firstLine(reason) }));
  const offset = error.mark.position;
  return diag(file, 'yaml-syntax', syntaxMessage(reason), at(offset, offset + 1));
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
  const line = (message.split('\n')[0] ?? message).replace(/ \(\d+:\d+\)$/, '').trim();
  return line.length > MAX_MESSAGE ? `${line.slice(0, MAX_MESSAGE - 1)}…` : line;
}

function syntaxMessage(reason: string): FindingText {
  return msg('yaml.parser', { detail: firstLine(reason) });
}

/**
 * A source whose data is already known (from a cache of earlier checks, or JSON.parse): the text
 * is parsed for positions only if something asks for one, which a clean file never does.
 */
export function lazySource(file: string, rawText: string, data: unknown): SourceFile {
  let parsed: SourceFile | undefined;
  const parse = () => (parsed ??= parseSource(file, rawText));
  return {
    file,
    text: rawText,
    data,
    diagnostics: [],
    get tree() {
      return parse().tree;
    },
    get lineCounter() {
      return parse().lineCounter;
    },
  };
}
