/** Builds a finding: data only, turned into text late by a renderer. */
import { NO_POSITION, type Diagnostic, type Position } from './types.js';
import type { RuleId } from './rules.js';

export function diag(
  file: string,
  rule: RuleId,
  message: string,
  position: Position = NO_POSITION,
  severity: Diagnostic['severity'] = 'error',
  args?: Record<string, unknown>,
): Diagnostic {
  const d: Diagnostic = { rule, severity, file, ...position, message };
  if (args) d.args = args;
  return d;
}
