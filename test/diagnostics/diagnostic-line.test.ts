/**
 * `formatDiagnosticLine` with a style: only the severity word is coloured (src/diagnostics/types.ts);
 * and every renderer of findings keeps control characters from a file away from the terminal.
 */
import { describe, expect, it } from 'vitest';
import { renderGithub } from '../../src/diagnostics/render/github.js';
import { renderJson } from '../../src/diagnostics/render/json.js';
import { renderSarif } from '../../src/diagnostics/render/sarif.js';
import { renderText, summarise } from '../../src/diagnostics/render/text.js';
import { formatDiagnosticLine, type Diagnostic } from '../../src/diagnostics/types.js';
import type { Style } from '../../src/util/style.js';
import { unsafeCharacters } from '../helpers/unsafe.js';

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

describe('a finding that quotes a key or a path from a file', () => {
  // A key that sets the window title, clears the screen, turns text around and starts a new line.
  const key = 'q\u001b]0;pwned\u0007\u001b[2J\u202e\u009b\nfake.yaml:1:1: error';
  const safeKey = 'q\\u{1b}]0;pwned\\u{7}\\u{1b}[2J\\u{202e}\\u{9b}\\u{a}fake.yaml:1:1: error';
  const d: Diagnostic = {
    rule: 'unknown-key',
    severity: 'error',
    file: 'in\u001b[31m/a.yaml',
    ...at,
    message: `unknown key \`${key}\``,
  };

  it('one line: path and message as safe text, coloured around it', () => {
    expect(formatDiagnosticLine(d, style)).toBe(
      `in\\u{1b}[31m/a.yaml:3:7: <e>error</e> unknown-key unknown key \`${safeKey}\``,
    );
    const text = renderText([d], summarise([d], 1), style);
    expect(text.split('\n')[0]).toBe(
      `<b>in\\u{1b}[31m/a.yaml:3:7</b>: <e>error</e> <dim>unknown-key</dim> unknown key \`${safeKey}\``,
    );
    expect(unsafeCharacters(formatDiagnosticLine(d, style), { lineBreaks: false })).toEqual([]);
    expect(unsafeCharacters(text)).toEqual([]);
  });

  it('GitHub annotations: no raw escape reaches the log; line breaks stay %0A as GitHub asks', () => {
    const annotation = renderGithub([{ ...d, message: `${d.message}\r\nnext` }]);
    expect(annotation).toBe(
      `::error file=in\\u{1b}[31m/a.yaml,line=3,col=7,endLine=3,endColumn=9,title=unknown-key::unknown key \`q\\u{1b}]0;pwned\\u{7}\\u{1b}[2J\\u{202e}\\u{9b}%0Afake.yaml:1:1: error\`%0D%0Anext\n`,
    );
  });

  it('JSON and SARIF: JSON escapes every control and bidi character, and gives the message back as it is', () => {
    const json = renderJson([d]);
    const sarif = renderSarif([d], { name: 'datascan', version: '0', rules: {} });
    for (const out of [json, sarif]) expect(unsafeCharacters(out)).toEqual([]);
    expect((JSON.parse(json) as Diagnostic[])[0]!.message).toBe(d.message);
    const log = JSON.parse(sarif) as { runs: { results: { message: { text: string } }[] }[] };
    expect(log.runs[0]!.results[0]!.message.text).toBe(d.message);
  });
});
