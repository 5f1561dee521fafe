import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/diagnostics/rules.js';

function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}

describe('rule ids are a documented contract', () => {
  it('every rule id the code reports is listed in RULES', () => {
    const used = new Set<string>();
    for (const file of sources('src')) {
      const text = fs.readFileSync(file, 'utf8');
      // diag(file, 'rule-id', …) — the second argument of every finding.
      for (const m of text.matchAll(/diag\(\s*[\w.]+,\s*'([a-z0-9-]+)'/g)) used.add(m[1] as string);
    }
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((rule) => !(rule in RULES))).toEqual([]);
  });

  it('every rule in RULES is documented in the README', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    expect(Object.keys(RULES).filter((rule) => !readme.includes(`| \`${rule}\` |`))).toEqual([]);
  });
});
