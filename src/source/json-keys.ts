/** Whether JSON.parse reads a JSON text as the YAML reader would, worked out without a second parse. */
import { MAX_DEPTH } from './limits.js';

/**
 * Whether JSON text can be read with JSON.parse without losing a finding: no key twice in one
 * object (JSON.parse keeps the last silently), and nesting within the limit. Outside strings, a
 * colon in valid JSON only ever follows a key, so the text has a duplicate exactly when it has more
 * colons than the parsed data has keys. No allocation: batches read thousands of files.
 */
export function plainJson(text: string, data: unknown): boolean {
  const keys = countKeys(data, 1);
  return keys >= 0 && keys === colonsOutsideStrings(text);
}

/** Keys in all objects of `value`, or -1 when it nests deeper than the limit. */
function countKeys(value: unknown, depth: number): number {
  if (typeof value !== 'object' || value === null) return 0;
  if (depth > MAX_DEPTH) return -1;
  let n = 0;
  if (Array.isArray(value)) {
    for (const item of value) {
      const k = countKeys(item, depth + 1);
      if (k < 0) return -1;
      n += k;
    }
    return n;
  }
  for (const key in value) {
    const k = countKeys((value as Record<string, unknown>)[key], depth + 1);
    if (k < 0) return -1;
    n += k + 1;
  }
  return n;
}

function colonsOutsideStrings(text: string): number {
  // One pass over the text: linear whatever the mix of strings and colons (a file of a million
  // short strings must not make each search for a colon scan to the end).
  let colons = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) colons++;
    else if (c === 34) {
      // Skip the string; a backslash escapes the character after it.
      for (i++; i < length; i++) {
        const d = text.charCodeAt(i);
        if (d === 34) break;
        if (d === 92) i++;
      }
    }
  }
  return colons;
}
