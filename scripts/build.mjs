// Production build: one ESM bundle for Node 20 with each command split into its own chunk, so a
// command loads only what it needs. The bin runs this output, never TypeScript.
import { build } from 'esbuild';
import { renameSync, rmSync } from 'node:fs';

// Build beside dist/ and swap it in, so a CLI started during a rebuild never sees half a build.
const staging = `dist.staging-${process.pid}`;
await build({
  entryPoints: { bin: 'src/cli/bin.ts' },
  outdir: staging,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS dependencies (cli-table3, write-file-atomic, …) call require() inside the ESM bundle.
  banner: { js: "import { createRequire as __datascanCreateRequire } from 'node:module'; const require = __datascanCreateRequire(import.meta.url);" },
});
const old = `dist.old-${process.pid}`;
try {
  renameSync('dist', old);
} catch {
  // no previous build
}
renameSync(staging, 'dist');
rmSync(old, { recursive: true, force: true });
