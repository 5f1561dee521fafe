/**
 * Texts that YAML 1.1 tools (PyYAML, ruamel.yaml) read otherwise than datascan, which reads YAML
 * 1.2: an unquoted `2026-11-28` is a text here and a date there, so a file that datascan accepts
 * fails the published schemas, or anything else expecting a text, in those tools.
 */
import lazy from '../lazy/modules.cjs';
import { diag } from '../diagnostics/diag.js';
import { msg } from '../diagnostics/messages.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { locate, scalarAt, type PathSegment } from './locate.js';
import type { SourceFile } from './source.js';

const { jsYamlLibrary } = lazy;

/** Where every YAML 1.1 timestamp starts (`2026-11-28`, `2026-1-5 10:00`): the date, up to the time. */
const DATE_PART = /^\d{4}-\d{1,2}-\d{1,2}/;

/**
 * A date not right after a quote (or a digit or dash, which would make it part of a longer
 * number): a text without one has no unquoted date, and most files (every JSON file, every file
 * datascan wrote) are told by this one search, without a walk over their data.
 */
const UNQUOTED_DATE = /(^|[^"'\d-])\d{4}-\d{1,2}-\d{1,2}/;

/** Whether a YAML 1.1 reader takes this text, written without quotes, for a timestamp. */
export function isYaml11Timestamp(text: string): boolean {
  // Most texts are no date: they are told without loading js-yaml (a JSON file is read without it).
  if (!DATE_PART.test(text)) return false;
  const { timestampTag, NOT_RESOLVED } = jsYamlLibrary();
  return timestampTag.resolve(text, false, '') !== NOT_RESOLVED;
}

/**
 * Whether `datePart` may start a value written without quotes: it occurs somewhere not right after a
 * quote. A plain value's first line is in the text as it is, so when every occurrence follows a
 * quote (a file datascan wrote, any JSON file), no value is unquoted and no positions are needed.
 */
function mayBeUnquoted(text: string, datePart: string): boolean {
  for (let at = text.indexOf(datePart); at >= 0; at = text.indexOf(datePart, at + 1)) {
    const before = text[at - 1];
    if (before !== '"' && before !== "'") return true;
  }
  return false;
}

/** The texts in the data that a YAML 1.1 reader would take for a timestamp if unquoted, with their paths. */
function timestampTexts(data: unknown): { path: PathSegment[]; text: string }[] {
  const found: { path: PathSegment[]; text: string }[] = [];
  const path: PathSegment[] = [];
  // Recursive: the reader has already refused anything nested deeper than MAX_DEPTH.
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (isYaml11Timestamp(value)) found.push({ path: [...path], text: value });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        path.push(i);
        visit(item);
        path.pop();
      });
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        path.push(key);
        visit(item);
        path.pop();
      }
    }
  };
  visit(data);
  return found;
}

/**
 * One warning for each value written as an unquoted date or date-time (`date: 2026-11-28`): a text
 * to datascan, a date to YAML 1.1 tools. Values only: the keys of datascan files are ids. A
 * `%YAML 1.1` file has no data here (its dates are `wrong-type` errors), so it is never warned twice.
 */
export function yaml11DateRule(source: SourceFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!UNQUOTED_DATE.test(source.text)) return out;
  for (const { path, text } of timestampTexts(source.data)) {
    if (!mayBeUnquoted(source.text, DATE_PART.exec(text)?.[0] ?? text)) continue;
    const written = scalarAt(source, path);
    if (!written?.plain) continue;
    const key = path[path.length - 1];
    out.push(
      diag(
        source.file,
        'yaml11-date',
        msg('rules.yaml11-date', { value: written.text, ...(typeof key === 'string' ? { key } : {}) }),
        locate(source, path),
        'warning',
      ),
    );
  }
  return out;
}
