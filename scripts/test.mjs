// The whole test suite, as `npm test` and CI run it: build, type check, lint, then vitest. Ends
// with a plain `N passed, N failed` line, which CI reads (vitest's own summary is not one it knows).
// `--tests-only`: vitest alone, as .ci/run runs it again on Node 22 and 24 (the build, type check and
// lint do not depend on the Node version; the tests' global setup builds anyway).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

function step(name, command, args) {
  console.log(`\n== ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return result.status ?? 1;
}

const testsOnly = process.argv[2] === '--tests-only';
const vitestArgs = process.argv.slice(testsOnly ? 3 : 2);
const bin = (name) => `node_modules/.bin/${name}`;
const checks = [
  ['build', process.execPath, ['scripts/build.mjs']],
  ['type check', bin('tsc'), ['--noEmit', '-p', '.']],
  // The form page's script is browser code, checked with the DOM's types (src/form/client/tsconfig.json).
  ['type check (form client)', bin('tsc'), ['--noEmit', '-p', 'src/form/client']],
  ['lint', bin('eslint'), ['.']],
  ['format', bin('prettier'), ['--check', '.']],
];
for (const [name, command, args] of testsOnly ? [] : checks) {
  const status = step(name, command, args);
  if (status !== 0) {
    console.log(`\n${name} failed`);
    console.log('0 passed, 1 failed');
    process.exit(status);
  }
}

mkdirSync('test-artifacts', { recursive: true });
const report = testsOnly ? `test-artifacts/vitest-node-${process.versions.node}.json` : 'test-artifacts/vitest.json';
rmSync(report, { force: true });
// vitest on the Node running this script, whatever `node` on PATH is.
const status = step(`tests (Node ${process.versions.node})`, process.execPath, [
  'node_modules/vitest/vitest.mjs',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...vitestArgs,
]);
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  // A suite that failed to load counts as a failure even though none of its tests ran.
  const failed = r.numFailedTests + (r.numFailedTestSuites > 0 && r.numFailedTests === 0 ? r.numFailedTestSuites : 0);
  console.log(`\n${r.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
} else {
  console.log('\n0 passed, 1 failed');
}
process.exit(status);
