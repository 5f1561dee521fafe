import { pickCatalogue } from '../../util/language.js';
import { safeLine } from '../../util/safe-text.js';
import type { Style } from '../../util/style.js';
import { severityWord, type Diagnostic } from '../types.js';

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  /** `info` findings: said in the summary only when there are some. */
  infos: number;
}

export function summarise(diagnostics: readonly Diagnostic[], files: number): Summary {
  return {
    files,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    infos: diagnostics.filter((d) => d.severity === 'info').length,
  };
}

function plural(n: number, one: string, more: string): string {
  return `${n} ${n === 1 ? one : more}`;
}

/** The summary line, per language; the severity words of the findings above it stay `error` and `warning`. */
const SUMMARIES = {
  en: ({ files, errors, warnings, infos }: Summary) =>
    `${plural(files, 'file', 'files')} checked: ${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}${infos > 0 ? `, ${plural(infos, 'info', 'info')}` : ''}`,
  nl: ({ files, errors, warnings, infos }: Summary) =>
    `${plural(files, 'bestand', 'bestanden')} gecontroleerd: ${plural(errors, 'fout', 'fouten')}, ${plural(warnings, 'waarschuwing', 'waarschuwingen')}${infos > 0 ? `, ${plural(infos, 'mededeling', 'mededelingen')}` : ''}`,
};

/**
 * `path:line:column: error|warning|info rule message`, one per line, then a summary line. Path and
 * message are safe lines (see formatDiagnosticLine), made so before they are styled. The messages
 * are as the findings have them (see localize.ts); `language` is that of the summary line.
 */
export function renderText(
  diagnostics: readonly Diagnostic[],
  summary: Summary,
  style: Style,
  language = 'en',
): string {
  const lines = diagnostics.map((d) => {
    const file = safeLine(d.file);
    const where = d.line > 0 ? `${file}:${d.line}:${d.column}` : file;
    return `${style.bold(where)}: ${severityWord(d, style)} ${style.dim(d.rule)} ${safeLine(d.message)}`;
  });
  const total = pickCatalogue(SUMMARIES, language)(summary);
  lines.push(summary.errors > 0 ? style.error(total) : summary.warnings > 0 ? style.warning(total) : style.ok(total));
  return lines.join('\n') + '\n';
}
