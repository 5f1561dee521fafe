#!/usr/bin/env node
// Node 22.1+ can keep the compiled code of the bundle on disk, so later starts skip compiling it.
// It must be switched on before the bundle is imported; Node 20 has no such cache and goes without.
// The folder is the cache folder of src/node/check-cache-store.ts (cacheDir), and --no-cache or
// DATASCAN_NO_CACHE=1 turn both caches off. A folder that cannot be written only costs speed.
import module from 'node:module';
import os from 'node:os';
import path from 'node:path';

if (
  typeof module.enableCompileCache === 'function' &&
  process.env.DATASCAN_NO_CACHE !== '1' &&
  !process.argv.includes('--no-cache')
) {
  const base =
    process.env.DATASCAN_CACHE_DIR ||
    path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'datascan');
  module.enableCompileCache(path.join(base, 'compile'));
}

await import('../dist/bin.js');
