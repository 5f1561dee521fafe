/** `formatDiagnosticLine` with a style: only the severity word is coloured (src/diagnostics/types.ts). */
import { describe, expect, it } from 'vitest';
import { formatDiagnosticLine, type Diagnostic } from '../../src/diagnostics/types.js';
import type { Style } from '../../src/util/style.js';

const mark = (name: string) => (text: string) => `<${name}>${text}</${name}>`;
const style: Style = {
  error: mark('e'),
  warning: mark('w'),
  ok: mark('ok'),
  dim: mark('dim'),
  bold: mark('b'),
  accent: mark('a'),
};
const at = { line: 3, column: 7, endLine: 3, endColumn: 9 };

describe('formatDiagnosticLine', () => {
  it('is plain without a style', () => {
    const d: Diagnostic = { rule: 'invalid-answer', severity: 'error', file: 'x.yaml', ...at, message: 'bad' };
    expect(formatDiagnosticLine(d)).toBe('x.yaml:3:7: error invalid-answer bad');
  });

  it('colours the severity word and nothing else, whatever the path and message contain', () => {
    const d: Diagnostic = {
      rule: 'invalid-answer',
      severity: 'error',
      file: 'my error warning/x.yaml',
      ...at,
      message: 'an error here',
    };
    expect(formatDiagnosticLine(d, style)).toBe(
      'my error warning/x.yaml:3:7: <e>error</e> invalid-answer an error here',
    );
    const w: Diagnostic = { ...d, severity: 'warning', rule: 'version-mismatch', line: 0, column: 0 };
    expect(formatDiagnosticLine(w, style)).toBe(
      'my error warning/x.yaml: <w>warning</w> version-mismatch an error here',
    );
  });
});
