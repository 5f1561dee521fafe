/** A workspace reading real files, as the CLI does, for core tests on fixtures. */
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
