/** SARIF as code scanning reads it: percent-encoded URIs, a region for every finding, rules with help. */
import { describe, expect, it } from 'vitest';
import { renderSarif, type ToolInfo } from '../../src/diagnostics/render/sarif.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { RULES } from '../../src/diagnostics/rules.js';

const tool: ToolInfo = {
  name: 'datascan',
  version: '1.2.3',
  informationUri: 'https://example.org/datascan#readme',
  helpUri: 'https://example.org/datascan#rules',
  rules: RULES,
};

function finding(file: string, at: Partial<Diagnostic> = {}): Diagnostic {
  return {
    rule: 'unknown-key',
    severity: 'error',
    file,
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 9,
    message: 'm',
    ...at,
  };
}

interface Log {
  runs: {
    tool: { driver: { informationUri?: string; rules: Record<string, unknown>[] } };
    originalUriBaseIds?: Record<string, { uri: string }>;
    columnKind: string;
    results: {
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: object } }[];
    }[];
  }[];
}

function render(diagnostics: Diagnostic[], root?: string): Log['runs'][number] {
  return (JSON.parse(renderSarif(diagnostics, tool, root === undefined ? {} : { root })) as Log).runs[0]!;
}

function locations(files: string[], root: string) {
  return render(
    files.map((f) => finding(f)),
    root,
  ).results.map((r) => r.locations[0]!.physicalLocation.artifactLocation);
}

describe('SARIF artifact locations', () => {
  it('relative paths are percent-encoded (RFC 3986) and based on %SRCROOT%, the working folder as a file URI', () => {
    const run = render([finding('in/map met spatie/antwoorden 100%#1 é.yaml')], '/home/an/project');
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///home/an/project/' } });
    expect(run.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({
      uri: 'in/map%20met%20spatie/antwoorden%20100%25%231%20%C3%A9.yaml',
      uriBaseId: '%SRCROOT%',
    });
  });

  it('absolute paths inside the working folder become relative; others, and `..` out of it, file:/// URIs', () => {
    expect(
      locations(
        ['/home/an/project/q.yaml', '/etc/a b.yaml', '../other/x.yaml', './q:1.yaml', 'a\\b.yaml'],
        '/home/an/project',
      ),
    ).toEqual([
      { uri: 'q.yaml', uriBaseId: '%SRCROOT%' },
      { uri: 'file:///etc/a%20b.yaml' },
      { uri: 'file:///home/an/other/x.yaml' },
      // A colon in the first segment would read as a scheme.
      { uri: 'q%3A1.yaml', uriBaseId: '%SRCROOT%' },
      // Outside Windows a backslash is part of the file's name, not a folder separator.
      { uri: 'a%5Cb.yaml', uriBaseId: '%SRCROOT%' },
    ]);
  });

  it('Windows paths: the drive stays as it is in a file URI', () => {
    const run = render(
      [finding('C:\\work\\scan\\q.yaml'), finding('D:\\elders\\q.yaml'), finding('in\\a.yaml')],
      'C:\\work\\scan',
    );
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///C:/work/scan/' } });
    expect(run.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation)).toEqual([
      { uri: 'q.yaml', uriBaseId: '%SRCROOT%' },
      { uri: 'file:///D:/elders/q.yaml' },
      // On Windows a backslash separates folders.
      { uri: 'in/a.yaml', uriBaseId: '%SRCROOT%' },
    ]);
  });

  it('the root folder itself as working folder', () => {
    const run = render([finding('tmp/x.yaml')], '/');
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///' } });
    expect(run.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({
      uri: 'tmp/x.yaml',
      uriBaseId: '%SRCROOT%',
    });
  });
});

describe('SARIF regions, columns and rules', () => {
  it('states that columns are UTF-16 code units, and gives a finding about a whole file the start of the file', () => {
    const run = render([finding('e.yaml', { rule: 'empty-file', line: 0, column: 0, endLine: 0, endColumn: 0 })], '/p');
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.results[0]!.locations[0]!.physicalLocation.region).toEqual({
      startLine: 1,
      startColumn: 1,
      endLine: 1,
      endColumn: 1,
    });
  });

  it('every rule has a one-sentence summary, its full description and help, from the rule catalogue', () => {
    const run = render([finding('a.yaml', { rule: 'json-syntax' })], '/p');
    expect(run.tool.driver.informationUri).toBe('https://example.org/datascan#readme');
    expect(run.tool.driver.rules).toEqual([
      {
        id: 'json-syntax',
        shortDescription: {
          text: 'A .json file is not JSON (YAML such as trailing commas or comments, which other tools would not read).',
        },
        fullDescription: {
          text: 'A .json file is not JSON (YAML such as trailing commas or comments, which other tools would not read).',
        },
        helpUri: 'https://example.org/datascan#rules',
        help: {
          text: 'json-syntax: A .json file is not JSON (YAML such as trailing commas or comments, which other tools would not read). See https://example.org/datascan#rules',
          markdown: `\`json-syntax\`: ${RULES['json-syntax']}\n\nSee [the rules](https://example.org/datascan#rules) in datascan's README.`,
        },
      },
    ]);
    const long = render([finding('a.yaml', { rule: 'file-not-found' })], '/p').tool.driver.rules[0]!;
    expect(long.shortDescription).toEqual({
      text: 'A file to be read does not exist.',
    });
    expect(long.fullDescription).toEqual({ text: RULES['file-not-found'].replace(/`/g, '') }); // plain text
  });
});
