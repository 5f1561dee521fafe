import type { Diagnostic } from '../types.js';

/** A JSON array of findings with a fixed key order, for scripts. */
export function renderJson(diagnostics: readonly Diagnostic[]): string {
  const rows = diagnostics.map((d) => ({
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    severity: d.severity,
    rule: d.rule,
    message: d.message,
    ...(d.args ? { args: d.args } : {}),
  }));
  return JSON.stringify(rows, null, 2) + '\n';
}
