/**
 * Text from files made safe to show. Answer files and questionnaires come from other people, and a
 * terminal acts on what they could hide in a name or a note: escape sequences set its title, clear
 * the screen, write the clipboard (OSC 52), plant links (OSC 8) or fake colours, and bidi controls
 * turn text around. The renderers pass every text from a file through here; the data itself stays
 * as written. Each such character becomes a visible `\u{…}` escape, its code point in hex
 * (`\u{1b}`, `\u{202e}`), as JavaScript and Rust write it, so a reader sees that it was there and
 * what it was:
 * - C0 controls U+0000–U+001F and DEL U+007F;
 * - C1 controls U+0080–U+009F (U+009B is a one-character CSI to some terminals);
 * - the bidi controls: U+061C, U+200E, U+200F, U+202A–U+202E and U+2066–U+2069.
 * Pure.
 */

// The same set as the doc comment says, without and with line feed and tab. Matching control
// characters is the point here:
/* eslint-disable no-control-regex */
const UNSAFE_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_LINE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// What JSON.stringify leaves raw of the set: it escapes U+0000–U+001F itself.
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */

const visible = (character: string) => `\\u{${character.codePointAt(0)!.toString(16)}}`;

/**
 * For text whose lines a format keeps (the terminal reports, the interview, Markdown, CSV cells):
 * line feeds and tabs stay, every other character of the set becomes visible. A carriage return
 * too: it would let a line overwrite itself on a terminal.
 */
export function safeText(text: string): string {
  return text.replace(UNSAFE_TEXT, visible);
}

/** For text that must stay on one line (a finding, a message): line feeds and tabs become visible too. */
export function safeLine(text: string): string {
  return text.replace(UNSAFE_LINE, visible);
}

/**
 * A copy of plain data (objects, arrays) in which every string, keys included, has passed through
 * `safeText`: what a renderer takes first, so no text it shows can be missed. Parts with nothing to
 * change are returned as they are, so data without such characters is not copied at all.
 */
export function safeStrings<T>(value: T): T {
  return safeValue(value) as T;
}

function safeValue(value: unknown): unknown {
  if (typeof value === 'string') return safeText(value);
  if (Array.isArray(value)) {
    const items = value.map(safeValue);
    return items.some((item, i) => item !== value[i]) ? items : value;
  }
  if (value === null || typeof value !== 'object' || !isPlainObject(value)) return value;
  const entries = Object.entries(value);
  const safe = entries.map(([key, item]) => [safeText(key), safeValue(item)] as const);
  // fromEntries defines own properties: a key `__proto__` stays a key, as in the data.
  return safe.some(([key, item], i) => key !== entries[i]![0] || item !== entries[i]![1])
    ? Object.fromEntries(safe)
    : value;
}

/** Data as parsed from YAML or JSON, not a Map, a Date or a class's instance. */
function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * JSON text from JSON.stringify, with the characters of the set it leaves raw (DEL, C1, bidi)
 * written as `\uXXXX` escapes. They can only stand inside strings, so the value read back is the
 * same; the C0 controls JSON.stringify escapes itself.
 */
export function safeJson(json: string): string {
  return json.replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
