/**
 * Turns ajv's errors into findings in plain language, each pointing at the key or value it is
 * about. ajv reports every failed branch of an `anyOf`; we keep the one that explains the problem.
 */
import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../diagnostics/types.js';
import { diag } from '../diagnostics/diag.js';
import { MAX_FINDINGS_PER_FILE, omittedFindings } from '../diagnostics/limit.js';
import { locate, pointerToPath, type PathSegment, type SourceFile } from '../source/source.js';
import { didYouMean } from '../util/suggest.js';

/** Human wording of the patterns in our schemas, found by the definition the error came from. */
const PATTERN_WORDING: [RegExp, string][] = [
  [
    /definitions\/id\//,
    'kebab-case (lower-case letters and digits separated by single hyphens, e.g. `data-kwaliteit`)',
  ],
  [/definitions\/language\//, 'a language code such as `nl` or `en`'],
  [/properties\/version\//, 'a semantic version such as `1.0.0`'],
  [/properties\/date\//, 'an ISO date such as `2026-11-28`'],
];

function describe(path: readonly PathSegment[]): string {
  if (path.length === 0) return 'the file';
  const last = path[path.length - 1];
  if (typeof last === 'number') {
    const parent = path[path.length - 2];
    return parent === undefined ? `item ${last + 1}` : `item ${last + 1} of \`${String(parent)}\``;
  }
  return `\`${String(last)}\``;
}

function typeName(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text \`${value.length > 30 ? value.slice(0, 27) + '…' : value}\``;
  return `${typeof value} \`${String(value)}\``;
}

const TYPE_WORDS: Record<string, string> = {
  object: 'a mapping (key: value pairs)',
  array: 'a list',
  string: 'a text',
  number: 'a number',
  integer: 'a whole number',
  boolean: '`true` or `false`',
  null: 'empty (null)',
};

function expected(type: unknown): string {
  const types = Array.isArray(type) ? type : [type];
  return types.map((t) => TYPE_WORDS[String(t)] ?? String(t)).join(' or ');
}

/**
 * The alternatives of an anyOf or oneOf error's schema. The validators are compiled with each
 * definition on its own, so the error's schemaPath is `#/anyOf`, not the definition's path: a
 * definition is told by its shape.
 */
function alternatives(error: ErrorObject): Record<string, unknown>[] {
  const schema = error.parentSchema as Record<string, unknown> | undefined;
  const list = schema?.[error.keyword];
  return Array.isArray(list) ? (list as Record<string, unknown>[]) : [];
}

/** `definitions/text`: a string, or a map from language code (propertyNames) to string. */
function isTextSchema(error: ErrorObject): boolean {
  const forms = alternatives(error);
  return (
    error.keyword === 'anyOf' &&
    forms.length === 2 &&
    forms.some((f) => f.type === 'string') &&
    forms.some((f) => f.type === 'object' && f.propertyNames !== undefined)
  );
}

/** `definitions/answer` (a value, null, or `{value, note}`) and `definitions/value` (a number or a word). */
function isAnswerSchema(error: ErrorObject): boolean {
  const forms = alternatives(error);
  const withNote = forms.some((f) => typeof (f.properties as { note?: unknown } | undefined)?.note === 'object');
  const value =
    forms.length === 2 &&
    forms.some((f) => f.type === 'number') &&
    forms.some((f) => Array.isArray(f.enum) && f.enum.includes('unknown'));
  return error.keyword === 'anyOf' && (withNote || value);
}

/** `definitions/question`: a question links to a subdimension or a dimension, one of the two. */
function isQuestionLink(error: ErrorObject): boolean {
  const properties = (error.parentSchema as { properties?: object } | undefined)?.properties ?? {};
  return error.keyword === 'oneOf' && 'subdimension' in properties && 'dimension' in properties;
}

function isTestCaseSchema(error: ErrorObject): boolean {
  const properties = (error.parentSchema as { properties?: object } | undefined)?.properties ?? {};
  return 'answers' in properties && 'files' in properties;
}

const GENERIC_FORM = 'does not match any allowed form';

/**
 * What the alternatives that failed on the value's type asked for (`a number or empty (null)`);
 * undefined when one of them failed for another reason, which its own finding then says.
 */
function formsAskedFor(branches: readonly ErrorObject[], instancePath: string): string | undefined {
  const here = branches.filter((b) => b.instancePath === instancePath);
  if (here.length === 0 || here.some((b) => b.keyword !== 'type' && b.keyword !== 'enum')) return undefined;
  const forms = here.map((b) =>
    b.keyword === 'type'
      ? expected(b.params.type)
      : (b.params.allowedValues as unknown[]).map((v) => (v === null ? 'empty (null)' : `\`${String(v)}\``)).join(', '),
  );
  return forms.length > 1 ? `${forms.slice(0, -1).join(', ')} or ${forms[forms.length - 1]}` : forms[0];
}

/** One finding for one ajv error, or undefined when another error already says it better. */
function translate(
  error: ErrorObject,
  source: SourceFile,
  branches: readonly ErrorObject[] = [],
): Diagnostic | undefined {
  const path = pointerToPath(error.instancePath);
  const what = describe(path);
  const at = (p: readonly PathSegment[], target: 'key' | 'value' = 'value') => locate(source, p, target);
  const file = source.file;
  // Any other choice of forms: what the forms asked for, where they all failed on the value's type.
  const formsFinding = () => {
    const forms = formsAskedFor(branches, error.instancePath);
    return forms
      ? diag(file, 'wrong-type', `${what} must be ${forms}, not ${typeName(error.data)}`, at(path))
      : diag(file, 'invalid-value', `${what} ${GENERIC_FORM}`, at(path));
  };
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const where = path.length ? ` in ${what}` : '';
      return diag(
        file,
        'unknown-key',
        `unknown key \`${key}\`${where}${didYouMean(key, known)}`,
        at([...path, key], 'key'),
        'error',
        { key },
      );
    }
    case 'required': {
      const key = String(error.params.missingProperty);
      const where = path.length ? `${what} is missing` : 'missing';
      return diag(file, 'missing-key', `${where} required key \`${key}\``, at(path), 'error', { key });
    }
    case 'type':
      if (path.length === 0)
        return diag(
          file,
          'wrong-type',
          'the file must contain a mapping (key: value pairs) at the top level',
          at(path),
        );
      return diag(
        file,
        'wrong-type',
        `${what} must be ${expected(error.params.type)}, not ${typeName(error.data)}`,
        at(path),
        'error',
        { expected: error.params.type },
      );
    case 'enum':
      return diag(
        file,
        'invalid-value',
        `${what} must be one of: ${(error.params.allowedValues as unknown[]).map((v) => `\`${String(v)}\``).join(', ')}`,
        at(path),
      );
    case 'pattern': {
      const wording =
        PATTERN_WORDING.find(([re]) => re.test(error.schemaPath))?.[1] ??
        `text matching ${String(error.params.pattern)}`;
      return diag(file, 'invalid-value', `${what} must be ${wording}, not \`${String(error.data)}\``, at(path));
    }
    case 'propertyNames': {
      const name = String(error.params.propertyName);
      return diag(
        file,
        'invalid-key',
        `key \`${name}\` in ${what} must be an identifier in kebab-case or a language code`,
        at([...path, name], 'key'),
        'error',
        { key: name },
      );
    }
    case 'exclusiveMinimum':
      return diag(
        file,
        'invalid-value',
        `${what} must be a number greater than ${String(error.params.limit)}`,
        at(path),
      );
    case 'minimum':
      return diag(file, 'invalid-value', `${what} must be at least ${String(error.params.limit)}`, at(path));
    case 'maximum':
      return diag(file, 'invalid-value', `${what} must be at most ${String(error.params.limit)}`, at(path));
    case 'minItems':
      return diag(
        file,
        'invalid-value',
        `${what} must have at least ${String(error.params.limit)} item${error.params.limit === 1 ? '' : 's'}`,
        at(path),
      );
    case 'minLength':
      return diag(file, 'invalid-value', `${what} must not be empty`, at(path));
    case 'minProperties':
      return diag(file, 'invalid-value', `${what} must not be empty`, at(path));
    case 'uniqueItems':
      return diag(
        file,
        'invalid-value',
        `${what} lists the same item twice (items ${Number(error.params.j) + 1} and ${Number(error.params.i) + 1})`,
        at(path),
      );
    case 'oneOf':
      if (isQuestionLink(error)) {
        // A question that is no mapping: its type finding says so.
        if (typeof error.data !== 'object' || error.data === null || Array.isArray(error.data)) return undefined;
        const q = error.data as Record<string, unknown>;
        const message =
          'subdimension' in q && 'dimension' in q
            ? 'a question links to `subdimension` or to `dimension`, not both'
            : 'a question needs a `subdimension` (or, for a dimension without subdimensions, a `dimension`)';
        return diag(file, 'question-link', message, at(path));
      }
      // A test case (schemas/test.schema.json): answers inline or in files, one of the two.
      if (isTestCaseSchema(error)) {
        const given = typeof error.data === 'object' && error.data !== null && 'answers' in error.data;
        return given
          ? diag(file, 'invalid-value', 'a case gives its answers inline (`answers`) or in `files`, not both', at(path))
          : diag(file, 'missing-key', 'a case needs `answers` (inline) or `files` (answer files)', at(path), 'error', {
              key: 'answers',
            });
      }
      return formsFinding();
    case 'anyOf':
      if (isTextSchema(error))
        return diag(
          file,
          'wrong-type',
          `${what} must be a text: a string, or a map from language code to string (\`{nl: …, en: …}\`), not ${typeName(error.data)}`,
          at(path),
        );
      if (isAnswerSchema(error))
        return diag(
          file,
          'invalid-value',
          `${what} must be an option value (a number), \`unknown\`, \`not-applicable\`, or \`{value: …, note: …}\`, not ${typeName(error.data)}`,
          at(path),
        );
      return formsFinding();
    case 'if':
    case 'not':
      return undefined;
    default:
      return diag(file, 'schema', `${what} ${error.message ?? 'is invalid'}`, at(path));
  }
}

/** The index of the first of the sorted `items` that is not less than `value`. */
function lowerBound(items: readonly string[], value: string): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((items[mid] as string) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Collapses anyOf/oneOf branches: when the user clearly chose one form, report that form's errors.
 * An alternative's branches are looked up among the errors about its value and the values inside
 * it: a file of 100,000 answers of the wrong form has 400,000 errors, and comparing every
 * alternative with all of them never ended.
 */
function collapse(errors: ErrorObject[]): { kept: ErrorObject[]; branchesOf: Map<ErrorObject, ErrorObject[]> } {
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    const list = byPath.get(e.instancePath);
    if (list) list.push(e);
    else byPath.set(e.instancePath, [e]);
  }
  const paths = [...byPath.keys()].sort();
  const about = (path: string): ErrorObject[] => {
    const out = [...(byPath.get(path) ?? [])];
    const inside = `${path}/`;
    for (let i = lowerBound(paths, inside); i < paths.length && (paths[i] as string).startsWith(inside); i++)
      out.push(...(byPath.get(paths[i] as string) as ErrorObject[]));
    return out;
  };
  const drop = new Set<ErrorObject>();
  const branchesOf = new Map<ErrorObject, ErrorObject[]>();
  for (const alt of errors) {
    if (alt.keyword !== 'anyOf' && alt.keyword !== 'oneOf') continue;
    const base = alt.schemaPath.replace(/\/(anyOf|oneOf)$/, '');
    const branches = about(alt.instancePath).filter(
      (e) => e !== alt && e.schemaPath.startsWith(`${base}/${alt.keyword}/`),
    );
    branchesOf.set(alt, branches);
    const deeper = branches.filter((e) => e.instancePath !== alt.instancePath);
    // A mapping where a mapping is one of the forms: its own problems (an unknown key such as
    // `vaule`, a missing one) say more than "must be one of these forms".
    const mappingForm = branches.filter(
      (e) => e.instancePath === alt.instancePath && (e.keyword === 'additionalProperties' || e.keyword === 'required'),
    );
    if ((deeper.length > 0 || mappingForm.length > 0) && alt.keyword === 'anyOf') {
      // The value had the right shape (e.g. a language map) but something inside it is wrong:
      // everything else said about the value itself goes, also from forms reached through $ref.
      for (const e of byPath.get(alt.instancePath) ?? []) if (!mappingForm.includes(e)) drop.add(e);
    } else {
      for (const e of branches) drop.add(e);
    }
  }
  return { kept: errors.filter((e) => !drop.has(e)), branchesOf };
}

/** What tells two errors apart that would give the same finding (`type` from two schemas that agree, say). */
function errorKey(error: ErrorObject): string {
  return `${error.instancePath}\u0000${error.keyword}\u0000${JSON.stringify(error.params)}`;
}

export function schemaDiagnostics(errors: ErrorObject[], source: SourceFile): Diagnostic[] {
  // The file's findings from parsing come first; together they are listed up to the limit.
  const room = Math.max(0, MAX_FINDINGS_PER_FILE - source.diagnostics.length);
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  const { kept: collapsed, branchesOf } = collapse(errors);
  // Errors (as errorKey tells them apart) that the findings listed already speak for.
  const listed = new Set<string>();
  let next = 0;
  for (; next < collapsed.length && out.length < room; next++) {
    listed.add(errorKey(collapsed[next] as ErrorObject));
    const d = translate(collapsed[next] as ErrorObject, source, branchesOf.get(collapsed[next] as ErrorObject));
    if (!d) continue;
    const key = `${d.line}:${d.column}:${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const at = `${d.line}:${d.column}`;
    // "Does not match any allowed form" (an inner alternative, reached through $ref) adds nothing
    // to another finding about the same value.
    if (d.message.endsWith(GENERIC_FORM)) {
      if (out.some((o) => `${o.line}:${o.column}` === at)) continue;
    } else {
      const generic = out.findIndex((o) => o.message.endsWith(GENERIC_FORM) && `${o.line}:${o.column}` === at);
      if (generic >= 0) out.splice(generic, 1);
    }
    out.push(d);
  }
  // The rest are counted, each value's error once, not translated: that places them and works
  // out a did-you-mean for every one.
  const rest = new Set<string>();
  let first: Diagnostic | undefined;
  for (const error of collapsed.slice(next)) {
    const key = errorKey(error);
    if (error.keyword === 'if' || error.keyword === 'not' || listed.has(key)) continue;
    first ??= translate(error, source, branchesOf.get(error));
    rest.add(key);
  }
  return first ? [...out, omittedFindings(first, rest.size, 'error')] : out;
}
