import { execFileSync } from 'node:child_process';

/** Builds dist/ from the current sources, so end-to-end tests never run a stale CLI. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
