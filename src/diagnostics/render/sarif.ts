import { safeJson } from '../../util/safe-text.js';
import type { Diagnostic } from '../types.js';

export interface ToolInfo {
  name: string;
  version: string;
  /** Where the tool is described (its home page). */
  informationUri?: string;
  /** Where the rules are described; each rule's help links there. */
  helpUri?: string;
  /** The description per rule id (markdown: code in backticks), for the tool's rule list. */
  rules: Record<string, string>;
}

export interface SarifOptions {
  /**
   * The working folder as an absolute path: relative paths are read from it (`%SRCROOT%`), and
   * absolute paths inside it are written relative to it, so code scanning finds them in the
   * repository. Without it, paths are written as they are given.
   */
  root?: string;
}

/**
 * Whether paths are Windows paths, where `\` separates folders. On other systems `\` is an
 * ordinary character of a file name (percent-encoded as %5C). Told by the working folder.
 */
function windowsPaths(root: string | undefined): boolean {
  return root !== undefined && /^(?:[A-Za-z]:|\\\\)/.test(root);
}

/** Where relative artifact URIs are based (SARIF §3.14.14); the name GitHub code scanning knows. */
const SRCROOT = '%SRCROOT%';

/**
 * SARIF 2.1.0, the format code-scanning tools read. File paths become percent-encoded URIs (RFC
 * 3986): relative to the working folder where they lie in it, else `file:///…`. Columns are counted
 * in UTF-16 code units, as the positions are. JSON, so control characters in messages are escaped
 * as in the json renderer.
 */
export function renderSarif(diagnostics: readonly Diagnostic[], tool: ToolInfo, options: SarifOptions = {}): string {
  const used = [...new Set(diagnostics.map((d) => d.rule))].sort();
  const ruleIndex = new Map(used.map((r, i) => [r, i]));
  const windows = windowsPaths(options.root);
  const root = options.root === undefined ? undefined : absoluteSegments(slashed(options.root, windows));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            ...(tool.informationUri ? { informationUri: tool.informationUri } : {}),
            rules: used.map((id) => ruleDescriptor(id, tool)),
          },
        },
        ...(root ? { originalUriBaseIds: { [SRCROOT]: { uri: folderUri(root) } } } : {}),
        columnKind: 'utf16CodeUnits',
        results: diagnostics.map((d) => ({
          ruleId: d.rule,
          ruleIndex: ruleIndex.get(d.rule),
          level: d.severity === 'info' ? 'note' : d.severity,
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: artifactLocation(slashed(d.file, windows), root),
                // A finding about the file as a whole points at its start: code scanning and
                // editors need a region to show it at all.
                region:
                  d.line > 0
                    ? { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn }
                    : { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
              },
            },
          ],
        })),
      },
    ],
  };
  return safeJson(JSON.stringify(log, null, 2)) + '\n';
}

/** A rule as code scanning lists it: a one-sentence summary, the whole description, and help. */
function ruleDescriptor(id: string, tool: ToolInfo) {
  const description = tool.rules[id] ?? id;
  const plain = description.replace(/`/g, '');
  // The first sentence: up to the first full stop that ends one (not the one in `.json`).
  const short = /^.*?[.!?](?=\s|$)/.exec(plain)?.[0] ?? plain;
  const more = tool.helpUri ? ` See ${tool.helpUri}` : '';
  const moreMarkdown = tool.helpUri ? `\n\nSee [the rules](${tool.helpUri}) in datascan's README.` : '';
  return {
    id,
    shortDescription: { text: short },
    fullDescription: { text: plain },
    ...(tool.helpUri ? { helpUri: tool.helpUri } : {}),
    help: { text: `${id}: ${plain}${more}`, markdown: `\`${id}\`: ${description}${moreMarkdown}` },
  };
}

function slashed(path: string, windows: boolean): string {
  return windows ? path.split('\\').join('/') : path;
}

/** `file`: a path with `/` between folders. */
function artifactLocation(file: string, root: string[] | undefined): { uri: string; uriBaseId?: string } {
  if (root === undefined) return { uri: encodePath(file) };
  const segments = isAbsolute(file) ? absoluteSegments(file) : resolve(root, file.split('/'));
  const inside = segments.length > root.length && root.every((s, i) => segments[i] === s);
  return inside
    ? { uri: segments.slice(root.length).map(encodeSegment).join('/'), uriBaseId: SRCROOT }
    : { uri: fileUri(segments) };
}

/** `/x`, `C:/x` and `//server/share`: a path that does not depend on the working folder. */
function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:\//.test(path);
}

/** An absolute path's segments, `.` and `..` resolved; a Windows drive (`C:`) is the first one. */
function absoluteSegments(path: string): string[] {
  return resolve([], path.split('/'));
}

function resolve(base: readonly string[], segments: readonly string[]): string[] {
  const out = [...base];
  for (const s of segments) {
    if (s === '' || s === '.') continue;
    if (s === '..') {
      // Never above a drive: `C:/..` is `C:/`, as `/..` is `/`.
      if (out.length > 0 && !(out.length === 1 && /^[A-Za-z]:$/.test(out[0] as string))) out.pop();
    } else out.push(s);
  }
  return out;
}

/** `file:///home/x/a%20b.yaml`, `file:///C:/x/a.yaml` (RFC 8089). */
function fileUri(segments: readonly string[]): string {
  return 'file:///' + segments.map((s) => (/^[A-Za-z]:$/.test(s) ? s : encodeSegment(s))).join('/');
}

/** A folder's URI ends in `/`, so that relative URIs resolve inside it. */
function folderUri(segments: readonly string[]): string {
  return segments.length === 0 ? 'file:///' : `${fileUri(segments)}/`;
}

function encodePath(path: string): string {
  return path.split('/').map(encodeSegment).join('/');
}

/**
 * A path segment percent-encoded as UTF-8 (RFC 3986): `%`, `#`, `?`, spaces, `é`, and `:`, which
 * would read as a scheme. A lone surrogate, which has no UTF-8, becomes U+FFFD first.
 */
function encodeSegment(segment: string): string {
  return encodeURIComponent(
    segment.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
  );
}
