// Production build: one ESM bundle for Node 20 with each command split into its own chunk, so a
// command loads only what it needs. The bin runs this output, never TypeScript. Beside it, the
// library (package.json "exports"): its bundle in dist/lib/ and its type declarations in dist/types/.
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Everything that decides what datascan reports. */
const SOURCES = [
  'package.json',
  ...['src', 'schemas'].flatMap((dir) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.join(e.parentPath, e.name)),
  ),
].sort();

function hashOf(files, extra = '') {
  const hash = createHash('sha256').update(extra);
  for (const file of files) hash.update(file).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/** A hash of the sources: caches keyed by it never go stale. */
const buildId = hashOf(SOURCES);
const { version, homepage } = JSON.parse(readFileSync('package.json', 'utf8'));

/**
 * The YAML parsers and the schema validators, which src/lazy/modules.cjs loads on first use, are
 * built as files of their own (dist/vendor/) rather than into the command chunks: a command that
 * needs neither (help, or validate with everything cached) then does not even compile them.
 */
const VENDOR = {
  yaml: 'vendor/yaml.cjs',
  'js-yaml': 'vendor/js-yaml.cjs',
  exceljs: 'vendor/exceljs.cjs',
  jszip: 'vendor/jszip.cjs',
  'qrcode/lib/core/qrcode': 'vendor/qrcode.cjs',
  '../schema/generated/validators.cjs': 'vendor/validators.cjs',
};
const vendorEntries = {
  'vendor/yaml': 'node_modules/yaml/dist/index.js',
  'vendor/js-yaml': 'node_modules/js-yaml/dist/js-yaml.cjs.js',
  'vendor/exceljs': 'node_modules/exceljs/excel.js',
  'vendor/jszip': 'node_modules/jszip/lib/index.js',
  'vendor/qrcode': 'node_modules/qrcode/lib/core/qrcode.js',
  'vendor/validators': 'src/schema/generated/validators.cjs',
};
const lazyVendor = {
  name: 'lazy-vendor',
  setup(b) {
    b.onResolve(
      { filter: /^(yaml|js-yaml|exceljs|jszip|qrcode\/lib\/core\/qrcode|\.\.\/schema\/generated\/validators\.cjs)$/ },
      (args) => {
        if (!args.importer.endsWith(path.join('src', 'lazy', 'modules.cjs'))) return undefined;
        // Command chunks live in dist/chunks/ and the library's in dist/lib/; the vendor files in dist/vendor/.
        return { path: `../${VENDOR[args.path]}`, external: true };
      },
    );
  },
};

// Build beside dist/ and swap it in, so a CLI started during a rebuild never sees half a build.
const staging = `dist.staging-${process.pid}`;
const define = {
  __DATASCAN_BUILD__: JSON.stringify(buildId),
  __DATASCAN_VERSION__: JSON.stringify(version),
  __DATASCAN_HOMEPAGE__: JSON.stringify(homepage),
};
// CommonJS dependencies (cli-table3, cli-progress, …) call require() and may use __filename
// inside the ESM bundle; the lazy loader require()s the vendor files.
const banner = {
  js: "import { createRequire as __datascanCreateRequire } from 'node:module'; import { fileURLToPath as __datascanFileURLToPath } from 'node:url'; const require = __datascanCreateRequire(import.meta.url); const __filename = __datascanFileURLToPath(import.meta.url);",
};
const vendor = build({
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
const cli = build({
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
  define,
  banner,
});
// The library: `datascan` (src/index.ts) and `datascan/node`, sharing their chunks (one Workspace
// class for both), all in dist/lib/ so that the vendor files are where the CLI's chunks find them
// (../vendor/). Not minified: library users read what they step into.
const library = build({
  plugins: [lazyVendor],
  entryPoints: { index: 'src/index.ts', node: 'src/node/index.ts' },
  outdir: path.join(staging, 'lib'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  chunkNames: '[name]-[hash]',
  define,
  banner,
});

/** Written beside the declarations: the hash of what they were generated from. */
const TYPES_SOURCE = '.source-hash';

/**
 * The library's type declarations (tsconfig.lib.json). tsc takes seconds and the build runs before
 * every test run, so the previous build's are kept when nothing they come from has changed.
 */
async function buildTypes(outDir) {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const tscVersion = JSON.parse(readFileSync(path.join(path.dirname(tsc), '..', 'package.json'), 'utf8')).version;
  const sourceHash = hashOf([...SOURCES, 'tsconfig.json', 'tsconfig.lib.json'], tscVersion);
  const previous = path.join('dist', 'types');
  try {
    if (readFileSync(path.join(previous, TYPES_SOURCE), 'utf8') === sourceHash) {
      cpSync(previous, outDir, { recursive: true });
      return;
    }
  } catch {
    // No previous declarations: generate them.
  }
  const status = await new Promise((resolve, reject) =>
    spawn(process.execPath, [tsc, '-p', 'tsconfig.lib.json', '--outDir', outDir], { stdio: 'inherit' })
      .on('error', reject)
      .on('close', resolve),
  );
  // A type error is the type check's to report (npm test); the bundles are still usable meanwhile,
  // but declarations from code that does not type-check are made again next time.
  if (status === 0) writeFileSync(path.join(outDir, TYPES_SOURCE), sourceHash);
  else console.warn('build: tsc reported errors; the type declarations in dist/types may be wrong');
}

await Promise.all([vendor, cli, library, buildTypes(path.join(staging, 'types'))]);
const old = `dist.old-${process.pid}`;
try {
  renameSync('dist', old);
} catch {
  // no previous build
}
renameSync(staging, 'dist');
rmSync(old, { recursive: true, force: true });
