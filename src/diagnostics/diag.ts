/** Builds a finding: data only, turned into text late by a renderer. */
import { sayFinding, type FindingText } from './messages.js';
import { NO_POSITION, type Diagnostic, type Position } from './types.js';
import type { RuleId } from './rules.js';

// A plain string is English only: kept for the texts not yet in the catalogue.
const said = (text: FindingText | string) =>
  typeof text === 'string' ? { message: text } : { message: sayFinding(text, 'en'), text };

export function diag(
  file: string,
  rule: RuleId,
  text: FindingText | string,
  position: Position = NO_POSITION,
  severity: Diagnostic['severity'] = 'error',
  args?: Record<string, unknown>,
): Diagnostic {
  const d: Diagnostic = { rule, severity, file, ...position, ...said(text) };
  if (args) d.args = args;
  return d;
}
