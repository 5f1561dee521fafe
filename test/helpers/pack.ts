/** datascan as users get it: packed from this checkout and installed into an empty project. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './cli.js';

/**
 * Packs the checkout (as built) into `tmp` and installs the tarball `--offline` into a new project
 * `tmp/<name>` with the given package.json; returns the project folder. The bundle has no runtime
 * dependencies, so no registry is needed.
 */
export function installPacked(tmp: string, name: string, packageJson: string): string {
  const npm = (args: string[], cwd: string) =>
    execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error' } });
  const tarball = npm(['pack', '--pack-destination', tmp, '--ignore-scripts'], ROOT).trim().split('\n').pop() as string;
  const project = path.join(tmp, name);
  fs.mkdirSync(project);
  fs.writeFileSync(path.join(project, 'package.json'), packageJson);
  npm(['install', '--offline', '--no-audit', '--no-fund', path.join(tmp, tarball)], project);
  return project;
}
