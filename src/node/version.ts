/** datascan's own version and home page: set by the build, or read from package.json when running unbuilt (tests). */
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from './paths.js';

declare const __DATASCAN_VERSION__: string | undefined;
declare const __DATASCAN_HOMEPAGE__: string | undefined;

function packageJson(): { version?: string; homepage?: string } {
  try {
    return JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as object;
  } catch {
    return {};
  }
}

export function readVersion(): string {
  if (typeof __DATASCAN_VERSION__ === 'string') return __DATASCAN_VERSION__;
  return packageJson().version ?? '0.0.0';
}

/** package.json's `homepage`: the README, whose "Rules" section describes every finding. */
export function readHomepage(): string | undefined {
  if (typeof __DATASCAN_HOMEPAGE__ === 'string') return __DATASCAN_HOMEPAGE__;
  return packageJson().homepage;
}
