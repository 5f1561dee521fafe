/**
 * Builds a finding: data only, turned into text late by a renderer. Its words are a catalogue text
 * (see messages.ts): `message` says it in English, and `text` keeps it for other languages.
 */
import { sayFinding, type FindingText } from './messages.js';
import { NO_POSITION, type Diagnostic, type Position } from './types.js';
import type { RuleId } from './rules.js';

export function diag(
  file: string,
  rule: RuleId,
  text: FindingText,
  position: Position = NO_POSITION,
  severity: Diagnostic['severity'] = 'error',
  args?: Record<string, unknown>,
): Diagnostic {
  const d: Diagnostic = { rule, severity, file, ...position, message: sayFinding(text, 'en'), text };
  if (args) d.args = args;
  return d;
}
