import { safeText } from '../../util/safe-text.js';
import type { Diagnostic } from '../types.js';

/**
 * GitHub workflow commands need `%`, CR and LF escaped in messages, and `:`/`,` too in properties.
 * The other control characters would reach the log raw, where GitHub draws colours from escape
 * sequences: they become safe text (`\u{1b}`).
 */
export function escapeData(s: string): string {
  return safeText(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function renderGithub(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const props = [`file=${escapeProperty(d.file)}`];
      if (d.line > 0) {
        props.push(`line=${d.line}`, `col=${d.column}`, `endLine=${d.endLine}`, `endColumn=${d.endColumn}`);
      }
      props.push(`title=${escapeProperty(d.rule)}`);
      // GitHub's lowest workflow command is `notice`.
      const command = d.severity === 'info' ? 'notice' : d.severity;
      return `::${command} ${props.join(',')}::${escapeData(d.message)}\n`;
    })
    .join('');
}
