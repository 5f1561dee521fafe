/**
 * HTML that escapes by default. `markup` is a tagged template: every value placed in it is
 * escaped, unless it is itself markup (a `Markup`, made by `markup` or by `raw()`). So a text from
 * a questionnaire, an answer file or a participant can only end up in the page as text, whether
 * someone remembered to escape it or not; trusting a string as markup takes an explicit raw().
 * (The tag is not called `html`: Prettier reformats the contents of html`…` templates, and with
 * them the report's bytes.)
 *
 * One escaping serves element text and attribute values: the report quotes every attribute with
 * double quotes, and escaping both quote kinds keeps a value safe whichever quote a caller uses.
 */
import { safeText } from '../../util/safe-text.js';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text as HTML text or attribute value: `& < > " '` become entities, control and bidi characters
 * visible escapes (safeText: the page may be printed to a terminal), everything else stays.
 */
export function escapeHtml(text: string): string {
  return safeText(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * A piece of HTML, safe to place as is; `toString()` gives it. The private field makes the type
 * nominal, so a plain string (or a look-alike object) is never taken for one. Only the type is
 * exported: markup is made by the `markup` template or by raw(), not by `new`.
 */
class Markup {
  readonly #html: string;

  constructor(html: string) {
    this.#html = html;
  }

  toString(): string {
    return this.#html;
  }
}

export type { Markup };

/**
 * What may be placed in a `markup` template: markup as is, text and numbers escaped, lists joined
 * without separator, and nothing for null, undefined and false (so `cond && markup\`…\`` works).
 */
export type Interpolation = Markup | string | number | null | undefined | false | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value instanceof Markup) return value.toString();
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  // Text and numbers; anything else forced past the types is text too, never markup.
  return escapeHtml(String(value));
}

/** The template tag: the literal parts are HTML, every placed value goes through render(). */
export function markup(strings: TemplateStringsArray, ...values: Interpolation[]): Markup {
  let html = strings[0] ?? '';
  values.forEach((value, i) => {
    html += render(value) + (strings[i + 1] ?? '');
  });
  return new Markup(html);
}

/** Trusted HTML as is: only for what the code itself makes (such as the style sheet), never for data. */
export function raw(html: string): Markup {
  return new Markup(html);
}

/** Values with a separator between each two, both placed as in a `markup` template. */
export function join(values: readonly Interpolation[], separator: Interpolation): Markup {
  const between = render(separator);
  return new Markup(values.map(render).join(between));
}
