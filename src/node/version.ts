/** datascan's own version: set by the build, or read from package.json when running unbuilt (tests). */
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from './paths.js';

declare const __DATASCAN_VERSION__: string | undefined;

export function readVersion(): string {
  if (typeof __DATASCAN_VERSION__ === 'string') return __DATASCAN_VERSION__;
  try {
    return (JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return '0.0.0';
  }
}
