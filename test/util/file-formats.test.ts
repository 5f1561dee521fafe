import { describe, expect, it } from 'vitest';
import { DATA, formatOf, formatPattern, isFormat, STRUCTURED } from '../../src/util/file-formats.js';

describe('file formats', () => {
  it('tell a format by its extension, in any case', () => {
    expect(formatOf('a/b.yaml')).toBe('yaml');
    expect(formatOf('B.YML')).toBe('yaml');
    expect(formatOf('x.Json')).toBe('json');
    expect(formatOf('export.CSV')).toBe('csv');
    expect(formatOf('notes.txt')).toBeUndefined();
    expect(formatOf('yaml')).toBeUndefined();
    expect(formatOf('dir.yaml/file')).toBeUndefined();
  });

  it('answer whether a file is one of several formats', () => {
    expect(isFormat('a.yml', STRUCTURED)).toBe(true);
    expect(isFormat('a.csv', STRUCTURED)).toBe(false);
    expect(isFormat('a.csv', 'csv')).toBe(true);
    expect(isFormat('a.csv', DATA)).toBe(true);
  });

  it('give folder walks a pattern of exactly those extensions', () => {
    const structured = formatPattern(STRUCTURED);
    expect(['a.yaml', 'a.YML', 'a.json'].every((f) => structured.test(f))).toBe(true);
    expect(['a.csv', 'a.yaml.bak', 'yaml'].some((f) => structured.test(f))).toBe(false);
    expect(formatPattern(DATA).test('x.Csv')).toBe(true);
  });
});
