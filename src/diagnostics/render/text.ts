import { safeLine } from '../../util/safe-text.js';
import type { Style } from '../../util/style.js';
import type { Diagnostic } from '../types.js';

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
}

export function summarise(diagnostics: readonly Diagnostic[], files: number): Summary {
  return {
    files,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * `path:line:column: error|warning rule message`, one per line, then a summary line. Path and
 * message are safe lines (see formatDiagnosticLine), made so before they are styled.
 */
export function renderText(diagnostics: readonly Diagnostic[], summary: Summary, style: Style): string {
  const lines = diagnostics.map((d) => {
    const file = safeLine(d.file);
    const where = d.line > 0 ? `${file}:${d.line}:${d.column}` : file;
    const severity = d.severity === 'error' ? style.error('error') : style.warning('warning');
    return `${style.bold(where)}: ${severity} ${style.dim(d.rule)} ${safeLine(d.message)}`;
  });
  const total = `${plural(summary.files, 'file')} checked: ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}`;
  lines.push(summary.errors > 0 ? style.error(total) : summary.warnings > 0 ? style.warning(total) : style.ok(total));
  return lines.join('\n') + '\n';
}
