/** A finding about a file: data only, turned into text by a renderer (see ./render). */
import { safeLine } from '../util/safe-text.js';
import { plainStyle, type Style } from '../util/style.js';
import type { FindingText } from './messages.js';
import type { RuleId } from './rules.js';

/**
 * `info` says what was done (answers carried over from an earlier version) and never fails a
 * check: `--strict` leaves it as it is, as it asks nobody to change anything.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** Stable rule id, e.g. `duplicate-id`; documented in the README. */
  rule: RuleId;
  severity: Severity;
  file: string;
  /** 1-based; 0 when the finding is about the file as a whole and has no position. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** In English; `text` says it in another language (see localize.ts). */
  message: string;
  /** What `message` says, as a catalogue id and values (diagnostics/messages.ts). */
  text?: FindingText;
  /** The values the message was built from, so scripts need not parse the message. */
  args?: Record<string, unknown>;
}

export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export const NO_POSITION: Position = { line: 0, column: 0, endLine: 0, endColumn: 0 };

/** With `--strict` every warning is an error: shown, counted and reported (SARIF, GitHub) as one. */
export function withStrictness(diagnostics: readonly Diagnostic[], strict = false): Diagnostic[] {
  return strict
    ? diagnostics.map((d) => (d.severity === 'warning' ? { ...d, severity: 'error' } : d))
    : [...diagnostics];
}

export function hasErrors(diagnostics: readonly Diagnostic[], strict = false): boolean {
  return diagnostics.some((d) => d.severity === 'error' || (strict && d.severity === 'warning'));
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list.sort(compareDiagnostics);
}

/**
 * One-line form used by the text renderer and by error messages: `file:line:column: severity rule
 * message`. A style colours the severity word, and only that. The path and the message (which may
 * quote a key or a value from the file) are safe lines: no control character reaches a terminal,
 * and no line break starts a finding of its own.
 */
export function formatDiagnosticLine(d: Diagnostic, style: Style = plainStyle): string {
  const file = safeLine(d.file);
  const where = d.line > 0 ? `${file}:${d.line}:${d.column}` : file;
  return `${where}: ${severityWord(d, style)} ${d.rule} ${safeLine(d.message)}`;
}

/** The severity of a finding as the text formats write it, coloured by the style: the same word in every language. */
export function severityWord(d: Pick<Diagnostic, 'severity'>, style: Style = plainStyle): string {
  return d.severity === 'error'
    ? style.error(d.severity)
    : d.severity === 'warning'
      ? style.warning(d.severity)
      : style.dim(d.severity);
}
