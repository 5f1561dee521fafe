/** A workspace reading real files, as the CLI does, for core tests on fixtures. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { nodeHost } from '../../src/node/file-host.js';
import { Workspace } from '../../src/workspace/workspace.js';

export function fixtureWorkspace(
  catalog: Record<string, string> = {
    'odg-quickscan': 'questionnaires/odg-quickscan.yaml',
    'odg-scan': 'questionnaires/odg-scan.yaml',
  },
): Workspace {
  return new Workspace(nodeHost, new Map(Object.entries(catalog)));
}

/** The findings of one file as `line:column severity rule`, sorted, for compact assertions. */
export function findings(workspace: Workspace, file: string): string[] {
  return workspace
    .load(file)
    .diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule}`)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/**
 * Checks a fixture with one edit: `check(name, from, to)` writes the fixture with `from` replaced by
 * `to` into a temporary folder and gives the findings of loading it (`line:column severity rule` and
 * the message; `args` gives their `args` instead). Call `cleanup` after the tests (afterAll).
 */
export function editedFixture(fixture: string): {
  base: string;
  check(name: string, from: string, to: string): { at: string; message: string }[];
  args(name: string, from: string, to: string): { at: string; args?: Record<string, unknown> }[];
  cleanup(): void;
} {
  const base = readFileSync(fixture, 'utf8');
  const dir = mkdtempSync(path.join(tmpdir(), 'datascan-edited-'));
  const load = (name: string, from: string, to: string) => {
    expect(base).toContain(from);
    const file = path.join(dir, `${name}.yaml`);
    writeFileSync(file, base.replace(from, to));
    return fixtureWorkspace().load(file).diagnostics;
  };
  const at = (d: Diagnostic) => `${d.line}:${d.column} ${d.severity} ${d.rule}`;
  return {
    base,
    check: (name, from, to) => load(name, from, to).map((d) => ({ at: at(d), message: d.message })),
    args: (name, from, to) => load(name, from, to).map((d) => ({ at: at(d), args: d.args })),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
