/**
 * A cache of the checks that depend on one file's bytes alone (parsing, schema, file rules), so a
 * questionnaire that has not changed is not parsed again. Keys hash the file's text with a
 * namespace the caller chooses (the CLI uses its build id), so a new datascan never reuses old
 * results. Storage is the caller's: the core only computes keys and values.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../diagnostics/types.js';
import type { FileKind } from './kind.js';

export interface LocalCheck {
  kind: FileKind;
  data: unknown;
  /** Findings with positions, relative to nothing but the text (the file name is set on use). */
  diagnostics: Diagnostic[];
  /** Whether the data passed the schema (later checks need well-formed data). */
  schemaValid: boolean;
}

export interface CheckCache {
  /** Only files of these kinds are worth caching (answer files are usually read once). */
  kinds: readonly FileKind[];
  namespace: string;
  get(key: string): LocalCheck | undefined;
  set(key: string, value: LocalCheck): void;
}

export function cacheKey(namespace: string, text: string): string {
  return createHash('sha256').update(namespace).update('\0').update(text).digest('hex').slice(0, 32);
}
