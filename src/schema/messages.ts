/**
 * Turns ajv's errors into findings in plain language, each pointing at the key or value it is
 * about. ajv reports every failed branch of an `anyOf`; we keep the one that explains the problem.
 */
import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../diagnostics/types.js';
import { diag } from '../diagnostics/diag.js';
import { msg, type SchemaForm, type SchemaPattern, type SchemaPlace, type ValueSeen } from '../diagnostics/messages.js';
import { MAX_FINDINGS_PER_FILE, omittedFindings } from '../diagnostics/limit.js';
import { type SourceFile } from '../source/source.js';
import { locate, pointerToPath, type PathSegment } from '../source/locate.js';
import { closest } from '../util/suggest.js';

/** The patterns of our schemas that have words, found by the definition the error came from. */
const PATTERNS: [RegExp, SchemaPattern][] = [
  [/definitions\/id\//, 'id'],
  [/definitions\/language\//, 'language'],
  [/properties\/version\//, 'version'],
  [/properties\/date\//, 'date'],
  [/definitions\/date\//, 'date'],
];

/** The longest value an enum finding says back: longer text is shown at its position, not in the message. */
const ENUM_ECHO_MAX = 40;

function describe(path: readonly PathSegment[]): SchemaPlace {
  if (path.length === 0) return {};
  const last = path[path.length - 1];
  if (typeof last === 'number') {
    const parent = path[path.length - 2];
    return parent === undefined ? { item: last + 1 } : { item: last + 1, of: String(parent) };
  }
  return { key: String(last) };
}

function typeName(value: unknown): ValueSeen {
  if (value === null) return { type: 'null' };
  if (Array.isArray(value)) return { type: 'list' };
  if (typeof value === 'object') return { type: 'mapping' };
  if (typeof value === 'string') return { type: 'text', text: value.length > 30 ? value.slice(0, 27) + '…' : value };
  return { type: typeof value, text: String(value) };
}

function expected(type: unknown): SchemaForm {
  const types = Array.isArray(type) ? type : [type];
  return { types: types.map(String) };
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

/**
 * What the alternatives that failed on the value's type asked for (`a number or empty (null)`);
 * undefined when one of them failed for another reason, which its own finding then says.
 */
function formsAskedFor(branches: readonly ErrorObject[], instancePath: string): SchemaForm[] | undefined {
  const here = branches.filter((b) => b.instancePath === instancePath);
  if (here.length === 0 || here.some((b) => b.keyword !== 'type' && b.keyword !== 'enum')) return undefined;
  return here.map((b) =>
    b.keyword === 'type'
      ? expected(b.params.type)
      : { values: (b.params.allowedValues as unknown[]).map((v) => (v === null ? null : String(v))) },
  );
}

/** The finding that says only that no form fits: any other finding at its place says more. */
const isGeneric = (d: Diagnostic) => d.text?.id === 'schema.no-form';

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
      ? diag(file, 'wrong-type', msg('schema.forms', { what, forms, seen: typeName(error.data) }), at(path))
      : diag(file, 'invalid-value', msg('schema.no-form', { what }), at(path));
  };
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      return diag(
        file,
        'unknown-key',
        msg('schema.unknown-key', { key, ...(path.length ? { what } : {}), suggestion: closest(key, known) }),
        at([...path, key], 'key'),
        'error',
        { key },
      );
    }
    case 'required': {
      const key = String(error.params.missingProperty);
      const said = msg('schema.missing-key', { key, ...(path.length ? { what } : {}) });
      return diag(file, 'missing-key', said, at(path), 'error', { key });
    }
    case 'type':
      if (path.length === 0) return diag(file, 'wrong-type', msg('schema.top-level'), at(path));
      return diag(
        file,
        'wrong-type',
        msg('schema.forms', { what, forms: [expected(error.params.type)], seen: typeName(error.data) }),
        at(path),
        'error',
        { expected: error.params.type },
      );
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      // Said back when short enough to read in one line; a near miss (`Gereed`, `Mean`) gets its hint.
      const given = error.data;
      const value =
        (typeof given === 'string' && given.length <= ENUM_ECHO_MAX) || typeof given === 'number'
          ? String(given)
          : undefined;
      const suggestion = typeof given === 'string' ? closest(given, allowed) : undefined;
      return diag(
        file,
        'invalid-value',
        msg('schema.enum', {
          what,
          allowed,
          ...(value !== undefined ? { value } : {}),
          ...(suggestion !== undefined ? { suggestion } : {}),
        }),
        at(path),
      );
    }
    case 'pattern': {
      const pattern = PATTERNS.find(([re]) => re.test(error.schemaPath))?.[1];
      const said = msg('schema.pattern', {
        what,
        ...(pattern ? { pattern } : {}),
        regex: String(error.params.pattern),
        value: String(error.data),
      });
      return diag(file, 'invalid-value', said, at(path));
    }
    case 'propertyNames': {
      const name = String(error.params.propertyName);
      return diag(
        file,
        'invalid-key',
        msg('schema.key-name', { key: name, what }),
        at([...path, name], 'key'),
        'error',
        { key: name },
      );
    }
    case 'exclusiveMinimum':
      return diag(
        file,
        'invalid-value',
        msg('schema.greater-than', { what, limit: Number(error.params.limit) }),
        at(path),
      );
    case 'minimum':
      return diag(file, 'invalid-value', msg('schema.minimum', { what, limit: Number(error.params.limit) }), at(path));
    case 'maximum':
      return diag(file, 'invalid-value', msg('schema.maximum', { what, limit: Number(error.params.limit) }), at(path));
    case 'minItems':
      return diag(
        file,
        'invalid-value',
        msg('schema.min-items', { what, limit: Number(error.params.limit) }),
        at(path),
      );
    case 'minLength':
    case 'minProperties':
      return diag(file, 'invalid-value', msg('schema.not-empty', { what }), at(path));
    case 'uniqueItems':
      return diag(
        file,
        'invalid-value',
        msg('schema.unique', { what, first: Number(error.params.j) + 1, second: Number(error.params.i) + 1 }),
        at(path),
      );
    case 'oneOf':
      if (isQuestionLink(error)) {
        // A question that is no mapping: its type finding says so.
        if (typeof error.data !== 'object' || error.data === null || Array.isArray(error.data)) return undefined;
        const q = error.data as Record<string, unknown>;
        const said = 'subdimension' in q && 'dimension' in q ? msg('schema.link-both') : msg('schema.link-missing');
        return diag(file, 'question-link', said, at(path));
      }
      // A test case (schemas/test.schema.json): answers inline or in files, one of the two.
      if (isTestCaseSchema(error)) {
        const given = typeof error.data === 'object' && error.data !== null && 'answers' in error.data;
        return given
          ? diag(file, 'invalid-value', msg('schema.case-both'), at(path))
          : diag(file, 'missing-key', msg('schema.case-missing'), at(path), 'error', {
              key: 'answers',
            });
      }
      return formsFinding();
    case 'anyOf':
      if (isTextSchema(error))
        return diag(file, 'wrong-type', msg('schema.text', { what, seen: typeName(error.data) }), at(path));
      if (isAnswerSchema(error))
        return diag(file, 'invalid-value', msg('schema.answer', { what, seen: typeName(error.data) }), at(path));
      return formsFinding();
    case 'if':
    case 'not':
      return undefined;
    default:
      return diag(
        file,
        'schema',
        msg('schema.other', { what, ...(error.message ? { detail: error.message } : {}) }),
        at(path),
      );
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
    // The value has the type of a form reached through $ref (a date's string) and fails inside it
    // (its pattern): that form was meant, so its finding alone says what is wrong.
    const refs = alternatives(alt).flatMap((f) => (typeof f.$ref === 'string' ? [`${f.$ref}/`] : []));
    // Only a failed pattern or format says the type fitted: an enum or anyOf failing inside a form
    // (an answer's value) says nothing of which form was meant.
    const meant = (byPath.get(alt.instancePath) ?? []).some(
      (e) => (e.keyword === 'pattern' || e.keyword === 'format') && refs.some((ref) => e.schemaPath.startsWith(ref)),
    );
    if (meant && alt.keyword === 'anyOf') {
      drop.add(alt);
      for (const e of branches) drop.add(e);
      continue;
    }
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
    if (isGeneric(d)) {
      if (out.some((o) => `${o.line}:${o.column}` === at)) continue;
    } else {
      const generic = out.findIndex((o) => isGeneric(o) && `${o.line}:${o.column}` === at);
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
