/**
 * The on-disk cache of per-file checks (see src/workspace/check-cache.ts): questionnaires, model
 * files and test files (an author's, with made-up answers) that have not changed since the last
 * run are not parsed again. It lives in
 * $DATASCAN_CACHE_DIR, or $XDG_CACHE_HOME/datascan (~/.cache/datascan); DATASCAN_NO_CACHE=1 or
 * --no-cache turns it off. Every failure to read or write it is silent: it is only a cache.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CheckCache, LocalCheck } from '../workspace/check-cache.js';

/** Set by the build (scripts/build.mjs) to a hash of the sources; absent when running unbuilt. */
declare const __DATASCAN_BUILD__: string | undefined;

const MAX_ENTRIES = 200;

export function cacheDir(): string {
  if (process.env.DATASCAN_CACHE_DIR) return process.env.DATASCAN_CACHE_DIR;
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'datascan');
}

export function fileCheckCache(enabled = true): CheckCache | undefined {
  const build = typeof __DATASCAN_BUILD__ === 'string' ? __DATASCAN_BUILD__ : undefined;
  if (!enabled || !build || process.env.DATASCAN_NO_CACHE === '1') return undefined;
  const dir = cacheDir();
  return {
    kinds: ['questionnaire', 'model', 'test'],
    namespace: build,
    get(key) {
      try {
        return JSON.parse(fs.readFileSync(path.join(dir, `${key}.json`), 'utf8')) as LocalCheck;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      try {
        fs.mkdirSync(dir, { recursive: true });
        // Write then rename, so a reader never sees half an entry.
        const target = path.join(dir, `${key}.json`);
        const temporary = `${target}.${process.pid}.tmp`;
        fs.writeFileSync(temporary, JSON.stringify(value));
        fs.renameSync(temporary, target);
        prune(dir);
      } catch {
        // A read-only or full disk only costs speed.
      }
    },
  };
}

/** Keeps the cache small: old entries of files that have since changed are never read again. */
function prune(dir: string): void {
  const entries = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
  if (entries.length <= MAX_ENTRIES) return;
  const byAge = entries.map((f) => ({ f, t: fs.statSync(path.join(dir, f)).mtimeMs })).sort((a, b) => a.t - b.t);
  for (const { f } of byAge.slice(0, entries.length - MAX_ENTRIES / 2)) fs.rmSync(path.join(dir, f), { force: true });
}
