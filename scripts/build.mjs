// Production build: one ESM bundle for Node 20 with each command split into its own chunk, so a
// command loads only what it needs. The bin runs this output, never TypeScript.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { bin: 'src/cli/bin.ts' },
  outdir: 'dist',
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
