// `npm run bench`: start-up, validate, score and batch costs of the built CLI, each measured as
// medians over repeated runs next to a baseline measured in the same run (interleaved, so load
// on the machine hits both alike). Writes bench/results.md and prints it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generate } from './generate.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const BATCH_RUNS = Number(process.env.BENCH_BATCH_RUNS ?? 3);
const BATCH = Number(process.env.BENCH_FILES ?? 10_000);
const TMP = 'bench/tmp';
const NODE = process.execPath;
const CLI = ['bin/datascan.js'];
const RSS_FILE = path.join(TMP, 'rss');
mkdirSync(TMP, { recursive: true });
// A private cache, warmed by the first runs: the numbers are those of a user's second run onwards.
const env = { ...process.env, NO_COLOR: '1', DATASCAN_CACHE_DIR: path.join(TMP, 'cache'), BENCH_RSS_FILE: RSS_FILE };

function once(command, args, out = 'ignore') {
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
  return { ms, rss, stdout: out === 'ignore' ? '' : String(result.stdout) };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Runs `subject` and `baseline` alternately `runs` times (after one warm-up each). */
function versus(subject, baseline, runs) {
  once(...subject);
  once(...baseline);
  const a = [];
  const b = [];
  const rss = [];
  for (let i = 0; i < runs; i++) {
    const s = once(...subject);
    a.push(s.ms);
    rss.push(s.rss);
    b.push(once(...baseline).ms);
  }
  return { subject: median(a), baseline: median(b), ratio: median(a) / median(b), rss: median(rss) };
}

const rows = [];
const fmt = (n, d = 0) => n.toFixed(d);
function row(name, r, baselineName, target) {
  const met = target === undefined ? '' : r.ratio <= target ? 'yes' : 'no';
  rows.push(
    `| ${name} | ${fmt(r.subject)} ms | ${baselineName} | ${fmt(r.baseline)} ms | ${fmt(r.ratio, 2)} | ${target === undefined ? '' : `≤ ${target}`} | ${met} |`,
  );
  console.error(`${name}: ${fmt(r.subject)} ms vs ${fmt(r.baseline)} ms (${fmt(r.ratio, 2)}×)`);
}

const bare = [NODE, ['-e', '0']];
console.error(`bench: ${RUNS} runs per start-up row, ${BATCH_RUNS} per batch row, ${BATCH} files`);
row('`datascan --version`', versus([NODE, [...CLI, '--version']], bare, RUNS), '`node -e 0`', 1.25);
row('`datascan --help`', versus([NODE, [...CLI, '--help']], bare, RUNS), '`node -e 0`', 1.25);
row(
  '`datascan validate questionnaires/`',
  versus([NODE, [...CLI, 'validate', 'questionnaires/']], bare, RUNS),
  '`node -e 0`',
  1.5,
);
const example = 'examples/gemeente-voorbeeld/scan-2026';
const hasScore = existsSync('dist') && spawnSync(NODE, [...CLI, 'score', '--help'], { env }).status === 0;
if (hasScore) {
  row(
    '`datascan score` example municipality (5 respondents, `--aggregate`)',
    versus([NODE, [...CLI, 'score', example, '--aggregate']], bare, RUNS),
    '`node -e 0`',
    1.5,
  );
  // What no implementation with this parser gets under: reading and parsing the same five files.
  row(
    'floor: read and parse those 5 files with `yaml`, nothing else (`bench/parse-floor.mjs`)',
    versus([NODE, ['bench/parse-floor.mjs', example]], bare, RUNS),
    '`node -e 0`',
  );
}

// Batch: generated full-scan answer files.
const batchRows = [];
const memoryRows = [];
for (const format of ['yaml', 'json']) {
  const dir = path.join(TMP, `answers-${format}`);
  const small = path.join(TMP, `answers-${format}-1000`);
  console.error(`generating ${BATCH} ${format} files…`);
  generate(dir, BATCH, format);
  generate(small, Math.min(1000, BATCH), format);
  const floor = [NODE, ['bench/parse-floor.mjs', dir]];
  if (hasScore) {
    // A real profile, for the floor that also writes the output (bench/output-floor.mjs).
    const profileFile = path.join(TMP, `profile-${format}.json`);
    writeFileSync(
      profileFile,
      spawnSync(NODE, [...CLI, 'score', path.join(dir, `answers-00000.${format}`), '--format', 'json'], {
        env,
        encoding: 'utf8',
      }).stdout,
    );
    for (const output of ['ndjson', 'csv']) {
      const subject = [NODE, [...CLI, 'score', dir, '--format', output]];
      const r = versus(subject, floor, BATCH_RUNS);
      const perSecond = BATCH / (r.subject / 1000);
      let withOutput = ' | |';
      if (output === 'ndjson') {
        const o = versus(subject, [NODE, ['bench/output-floor.mjs', dir, profileFile]], BATCH_RUNS);
        withOutput = ` ${fmt(o.baseline)} ms | ${fmt(o.ratio, 2)} |`;
        console.error(`  output floor ${fmt(o.baseline)} ms: ${fmt(o.ratio, 2)}×`);
      }
      batchRows.push(
        `| score ${BATCH} ${format.toUpperCase()} files → ${output} | ${fmt(r.subject)} ms | ${fmt(perSecond)} files/s | ${fmt(r.baseline)} ms | ${fmt(r.ratio, 2)} | ≤ 1.5 | ${r.ratio <= 1.5 ? 'yes' : 'no'} |${withOutput}`,
      );
      console.error(`score ${format} → ${output}: ${fmt(perSecond)} files/s, ${fmt(r.ratio, 2)}× the parse floor`);
      if (output === 'ndjson') {
        const peak = (command, args, out) =>
          median(Array.from({ length: BATCH_RUNS }, () => once(command, args, out).rss));
        const big = peak(NODE, [...CLI, 'score', dir, '--format', 'ndjson']);
        const little = peak(NODE, [...CLI, 'score', small, '--format', 'ndjson']);
        // Into a pipe that the reader empties as fast as it can (as `| jq` would).
        const bigPiped = peak(NODE, [...CLI, 'score', dir, '--format', 'ndjson'], 'pipe');
        const littlePiped = peak(NODE, [...CLI, 'score', small, '--format', 'ndjson'], 'pipe');
        // The parse-only floor grows too: that part is V8 sizing its heap to the garbage made.
        const floorBig = peak(NODE, ['bench/parse-floor.mjs', dir]);
        const floorLittle = peak(NODE, ['bench/parse-floor.mjs', small]);
        // A run under a small heap cap shows whether anything is actually kept per file.
        const capped =
          spawnSync(NODE, ['--max-old-space-size=48', ...CLI, 'score', dir, '--format', 'ndjson'], {
            env,
            stdio: 'ignore',
          }).status === 0;
        const mib = (n) => `${fmt(n / 2 ** 20, 1)} MiB`;
        const cells = (a, b) => `${mib(a)} | ${mib(b)} | ${fmt(b / a, 2)}`;
        memoryRows.push(
          `| score ${format.toUpperCase()} → ndjson, stdout a file | ${cells(little, big)} | ≤ 1.2 | ${big / little <= 1.2 ? 'yes' : 'no'} | ${capped ? 'yes' : 'no'} |`,
        );
        memoryRows.push(
          `| score ${format.toUpperCase()} → ndjson, stdout a pipe | ${cells(littlePiped, bigPiped)} | ≤ 1.2 | ${bigPiped / littlePiped <= 1.2 ? 'yes' : 'no'} | |`,
        );
        memoryRows.push(
          `| floor: read and parse ${format.toUpperCase()} only | ${cells(floorLittle, floorBig)} | | | |`,
        );
        console.error(
          `peak RSS 1000 files ${mib(little)}, ${BATCH} files ${mib(big)}; piped ${mib(littlePiped)}, ${mib(bigPiped)}; floor ${mib(floorLittle)}, ${mib(floorBig)}`,
        );
      }
    }
  }
  // Validating the same files, against ajv-cli on the same files.
  const ajvCli = 'node_modules/ajv-cli/dist/index.js';
  if (existsSync(ajvCli)) {
    const glob = `${dir}/*.${format}`;
    const r = versus(
      [NODE, [...CLI, 'validate', dir]],
      [NODE, [ajvCli, 'validate', '-s', 'schemas/answers.schema.json', '-d', glob, '--strict=false', '--errors=no']],
      BATCH_RUNS,
    );
    // ajv-cli reads YAML with js-yaml's YAML 1.1 types: an unquoted date becomes a Date object,
    // which fails `type: string`. Count what it called invalid, so the comparison is read right.
    const ajvOut = spawnSync(
      NODE,
      [ajvCli, 'validate', '-s', 'schemas/answers.schema.json', '-d', glob, '--strict=false', '--errors=no'],
      { env, encoding: 'utf8', maxBuffer: 1 << 28 },
    );
    const ajvInvalid = (String(ajvOut.stdout) + String(ajvOut.stderr))
      .split('\n')
      .filter((l) => / invalid$/.test(l)).length;
    batchRows.push(
      `| validate ${BATCH} ${format.toUpperCase()} files | ${fmt(r.subject)} ms | ${fmt(BATCH / (r.subject / 1000))} files/s | ajv-cli ${fmt(r.baseline)} ms (called ${ajvInvalid} invalid) | ${fmt(r.ratio, 2)} | < 1 | ${r.ratio < 1 ? 'yes' : 'no'} | | |`,
    );
    console.error(`validate ${format}: ${fmt(r.ratio, 2)}× ajv-cli`);
  }
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const report = `# Benchmark results

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpu}, ${os.cpus().length} cores,
${fmt(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.type()} ${os.release()}.
Medians of ${RUNS} runs (start-up rows) and ${BATCH_RUNS} runs (batch rows), each interleaved with its
baseline in the same run. The check cache is warm (a user's second run onwards).

## Start-up and single jobs

| command | median | baseline | baseline median | ratio | target | met |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

## Batch (${BATCH} generated full-scan answer files)

Baseline for scoring: a bare Node script that only reads and parses the same files with the same
parser (\`bench/parse-floor.mjs\`). Baseline for validating: \`ajv-cli\` validating the same files
against \`schemas/answers.schema.json\` (datascan also checks every answer against its questionnaire).

Scoring to ndjson also has to write one profile of about 16 KB per file, most of it the next steps'
texts: the second floor (\`bench/output-floor.mjs\`) reads and parses the same files and serialises
and writes a real profile per file, with no scoring, so it shows what the output alone costs.

| job | median | throughput | baseline | ratio | target | met | floor with output | ratio to it |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${batchRows.join('\n')}

## Memory (peak RSS, \`score --format ndjson\`)

| job | 1,000 files | ${BATCH} files | ratio | target | met | ${BATCH} files within a 48 MB heap |
| --- | --- | --- | --- | --- | --- | --- |
${memoryRows.join('\n')}
`;
writeFileSync('bench/results.md', report);
process.stdout.write(report);
