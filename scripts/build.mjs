// Production build: one ESM bundle for Node 20 with each command split into its own chunk, so a
// command loads only what it needs. The bin runs this output, never TypeScript.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** A hash of everything that decides what datascan reports: caches keyed by it never go stale. */
function buildId() {
  const hash = createHash('sha256');
  const files = [
    'package.json',
    ...['src', 'schemas'].flatMap((dir) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.join(e.parentPath, e.name)),
    ),
  ].sort();
  for (const file of files) hash.update(file).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/**
 * The YAML parser and the schema validators, which src/lazy/modules.cjs loads on first use, are
 * built as files of their own (dist/vendor/) rather than into the command chunks: a command that
 * needs neither (help, or validate with everything cached) then does not even compile them.
 */
const VENDOR = {
  yaml: 'vendor/yaml.cjs',
  '../schema/generated/validators.cjs': 'vendor/validators.cjs',
};
const vendorEntries = {
  'vendor/yaml': 'node_modules/yaml/dist/index.js',
  'vendor/validators': 'src/schema/generated/validators.cjs',
};
const lazyVendor = {
  name: 'lazy-vendor',
  setup(b) {
    b.onResolve({ filter: /^(yaml|\.\.\/schema\/generated\/validators\.cjs)$/ }, (args) => {
      if (!args.importer.endsWith(path.join('src', 'lazy', 'modules.cjs'))) return undefined;
      // Command chunks live in dist/chunks/; the vendor files in dist/vendor/.
      return { path: `../${VENDOR[args.path]}`, external: true };
    });
  },
};

// Build beside dist/ and swap it in, so a CLI started during a rebuild never sees half a build.
const staging = `dist.staging-${process.pid}`;
await build({
  entryPoints: vendorEntries,
  outdir: staging,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: process.env.DATASCAN_NO_MINIFY !== '1',
  legalComments: 'none',
  logLevel: 'warning',
});
await build({
  plugins: [lazyVendor],
  entryPoints: { bin: 'src/cli/bin.ts' },
  outdir: staging,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  legalComments: 'none',
  // Smaller code compiles faster: start-up is most of what a short command costs.
  minify: process.env.DATASCAN_NO_MINIFY !== '1',
  keepNames: false,
  logLevel: 'warning',
  chunkNames: 'chunks/[name]-[hash]',
  define: {
    __DATASCAN_BUILD__: JSON.stringify(buildId()),
    __DATASCAN_VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version),
  },
  // CommonJS dependencies (cli-table3, cli-progress, …) call require() and may use __filename
  // inside the ESM bundle.
  banner: {
    js: "import { createRequire as __datascanCreateRequire } from 'node:module'; import { fileURLToPath as __datascanFileURLToPath } from 'node:url'; const require = __datascanCreateRequire(import.meta.url); const __filename = __datascanFileURLToPath(import.meta.url);",
  },
});
const old = `dist.old-${process.pid}`;
try {
  renameSync('dist', old);
} catch {
  // no previous build
}
renameSync(staging, 'dist');
rmSync(old, { recursive: true, force: true });
