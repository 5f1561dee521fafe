/** The `info` severity: said in every format of findings, and never a failure, `--strict` or not. */
import { describe, expect, it } from 'vitest';
import { diag } from '../../src/diagnostics/diag.js';
import { FindingList } from '../../src/diagnostics/limit.js';
import { msg } from '../../src/diagnostics/messages.js';
import { renderGithub } from '../../src/diagnostics/render/github.js';
import { renderJson } from '../../src/diagnostics/render/json.js';
import { renderSarif } from '../../src/diagnostics/render/sarif.js';
import { renderText, summarise } from '../../src/diagnostics/render/text.js';
import { formatDiagnosticLine, hasErrors, withStrictness } from '../../src/diagnostics/types.js';
import { RULES } from '../../src/diagnostics/rules.js';
import { plainStyle } from '../../src/util/style.js';

const at = (line: number) => ({ line, column: 10, endLine: line, endColumn: 15 });
const told = diag('a.yaml', 'answers-migrated', msg('verbatim', { text: 'carried over' }), at(3), 'info');

describe('an info finding', () => {
  it('stays info with --strict and fails nothing', () => {
    expect(withStrictness([told], true)[0]?.severity).toBe('info');
    expect(hasErrors([told], true)).toBe(false);
  });

  it('is `info` in text and JSON, a notice for GitHub and a note in SARIF', () => {
    expect(formatDiagnosticLine(told)).toBe('a.yaml:3:10: info answers-migrated carried over');
    expect(JSON.parse(renderJson([told]))[0].severity).toBe('info');
    expect(renderGithub([told])).toMatch(/^::notice file=a\.yaml,line=3,/);
    const sarif = JSON.parse(renderSarif([told], { name: 'datascan', version: '0', rules: RULES }));
    expect(sarif.runs[0].results[0].level).toBe('note');
  });

  it('is counted in the summary line only when there is one', () => {
    expect(renderText([told], summarise([told], 1), plainStyle)).toMatch(
      /1 file checked: 0 errors, 0 warnings, 1 info\n$/,
    );
    expect(renderText([told], summarise([told], 1), plainStyle, 'nl')).toMatch(/0 waarschuwingen, 1 mededeling\n$/);
    expect(renderText([], summarise([], 1), plainStyle)).toBe('1 file checked: 0 errors, 0 warnings\n');
  });

  it('makes the finding that stands for those left out an info when all of them are', () => {
    const list = new FindingList(1);
    for (let i = 1; i <= 3; i++) list.add('info', () => ({ ...told, line: i }));
    expect(list.list().map((d) => d.severity)).toEqual(['info', 'info']);
    const mixed = new FindingList(1);
    mixed.add('info', () => told);
    mixed.add('info', () => told);
    mixed.add('warning', () => ({ ...told, severity: 'warning' }));
    // The warning takes the listed info's place; what stands for the two infos left out is an info.
    expect(mixed.list().map((d) => [d.rule, d.severity])).toEqual([
      [told.rule, 'warning'],
      ['too-many-findings', 'info'],
    ]);
    const worse = new FindingList(0);
    worse.add('info', () => told);
    worse.add('warning', () => ({ ...told, severity: 'warning' }));
    expect(worse.list().map((d) => d.severity)).toEqual(['warning']);
  });
});
