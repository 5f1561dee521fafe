import { safeJson } from '../../util/safe-text.js';
import type { Diagnostic } from '../types.js';

export interface ToolInfo {
  name: string;
  version: string;
  informationUri?: string;
  /** Short description per rule id, for the tool's rule list. */
  rules: Record<string, string>;
}

/**
 * SARIF 2.1.0, the format code-scanning tools read. File paths become relative URIs. JSON, so control
 * characters in messages are escaped as in the json renderer.
 */
export function renderSarif(diagnostics: readonly Diagnostic[], tool: ToolInfo): string {
  const used = [...new Set(diagnostics.map((d) => d.rule))].sort();
  const ruleIndex = new Map(used.map((r, i) => [r, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            ...(tool.informationUri ? { informationUri: tool.informationUri } : {}),
            rules: used.map((id) => ({ id, shortDescription: { text: tool.rules[id] ?? id } })),
          },
        },
        results: diagnostics.map((d) => ({
          ruleId: d.rule,
          ruleIndex: ruleIndex.get(d.rule),
          level: d.severity === 'error' ? 'error' : 'warning',
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: d.file.split('\\').join('/') },
                ...(d.line > 0
                  ? { region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn } }
                  : {}),
              },
            },
          ],
        })),
      },
    ],
  };
  return safeJson(JSON.stringify(log, null, 2)) + '\n';
}
