import { safeJson } from '../../util/safe-text.js';
import type { Diagnostic } from '../types.js';

/**
 * A JSON array of findings with a fixed key order, for scripts. A machine format: the messages are
 * as they are, and JSON escapes every control character in them (JSON.stringify the C0 controls,
 * safeJson the DEL, C1 and bidi controls it leaves raw), so none reaches a terminal that shows it.
 */
export function renderJson(diagnostics: readonly Diagnostic[]): string {
  return safeJson(JSON.stringify(diagnostics.map(findingRow), null, 2)) + '\n';
}

/** One finding as the JSON formats write it, in a fixed key order (also in `datascan test --format json`). */
export function findingRow(d: Diagnostic) {
  return {
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    severity: d.severity,
    rule: d.rule,
    message: d.message,
    ...(d.args ? { args: d.args } : {}),
  };
}
