// `npm run bench:workshop`: a room answering the full scan (odg-scan) on `datascan workshop`, on
// this machine only (127.x addresses). Every simulated participant joins, opens their page, and
// answers question by question with a pause between answers, saving all answers so far after each
// one (as the form page does). At the end every answer file must hold exactly the last answers its
// participant got a 2xx for, `datascan validate` must pass them and `score --aggregate` must count
// them all. Writes the save latencies and the server's memory into bench/results.md (its own section,
// which `npm run bench` keeps) and prints it. Bounded: a fixed number of participants and requests,
// and a time limit after which it stops and fails. Environment:
//   WORKSHOP_PARTICIPANTS  simulated participants (default 60)
//   WORKSHOP_PAUSE_MS      pauses between answers, `MIN-MAX` in ms, a room for each (separated by commas;
//                          default `50-250,1000-3000`: the server as busy as it gets, and a paced room)
//   WORKSHOP_LIMIT_S       time limit in seconds (default 600)
import { Buffer } from 'node:buffer';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { clearInterval, setInterval, setTimeout } from 'node:timers';
import { parse } from 'yaml';
import { questionIds } from './generate.mjs';

const PARTICIPANTS = Number(process.env.WORKSHOP_PARTICIPANTS ?? 60);
const ROOMS = (process.env.WORKSHOP_PAUSE_MS ?? '50-250,1000-3000').split(',').map((r) => r.split('-').map(Number));
const LIMIT_S = Number(process.env.WORKSHOP_LIMIT_S ?? 600);
const CLI = 'bin/datascan.js';
const DIR = path.join('bench', 'tmp', 'workshop-load');
const RESULTS = 'bench/results.md';
export const SECTION_START = '<!-- workshop-load -->';
export const SECTION_END = '<!-- /workshop-load -->';

if (!(PARTICIPANTS >= 1 && PARTICIPANTS <= 250))
  throw new Error('WORKSHOP_PARTICIPANTS: 1 to 250 (one 127.0.0.x address each)');
if (!ROOMS.every(([min, max]) => min >= 0 && max >= min))
  throw new Error('WORKSHOP_PAUSE_MS: MIN-MAX in milliseconds, separated by commas');

const deadline = Date.now() + LIMIT_S * 1000;
const { ids, version } = questionIds();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** One request from `from` (a loopback address of its own per participant: a phone each, as the rate limit sees it). */
function request(url, { method = 'GET', body, type = 'application/json', from, headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method,
        localAddress: from,
        headers: {
          ...(body === undefined ? {} : { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) }),
          ...headers,
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error('no answer in 30 s')));
    req.end(body);
  });
}

/** The server's resident memory now and at its peak (Linux: /proc), in MiB. */
function serverMemory(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) / 1024;
    return { now: kib('VmRSS'), peak: kib('VmHWM') };
  } catch {
    return undefined;
  }
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** One room with pauses of PAUSE_MIN to PAUSE_MAX ms: its column of the table, and what went wrong. */
async function room([PAUSE_MIN, PAUSE_MAX]) {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(path.dirname(DIR), { recursive: true });
  const server = spawn(
    process.execPath,
    [
      CLI,
      'workshop',
      'odg-scan',
      '--dir',
      DIR,
      '--port',
      '0',
      '--lang',
      'nl',
      '--max-participants',
      String(PARTICIPANTS),
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    },
  );
  let out = '';
  const join = await new Promise((resolve, reject) => {
    server.stdout.on('data', (d) => {
      out += d;
      const urls = out.match(/http:\/\/\S+/g) ?? [];
      if (urls.length >= 2) resolve(urls[0]);
    });
    server.on('exit', () => reject(new Error(`the workshop ended: ${out}`)));
  });
  const baseline = serverMemory(server.pid);
  const latencies = [];
  let throttled = 0;
  let failed = 0;
  /** Per participant: their page and the answers of their last confirmed save. */
  const confirmed = new Map();
  let peak = baseline?.peak ?? NaN;
  const sampler = setInterval(() => {
    const memory = serverMemory(server.pid);
    if (memory) peak = Math.max(peak, memory.peak);
  }, 250);

  async function participant(n) {
    const from = `127.0.0.${10 + n}`;
    const next = random(1000 + n);
    const joined = await request(`${join}/join`, {
      method: 'POST',
      type: 'application/x-www-form-urlencoded',
      body: `name=Deelnemer+${n}`,
      from,
    });
    if (joined.status !== 303) throw new Error(`join: ${joined.status}`);
    const page = new URL(joined.headers.location, join).href;
    if ((await request(page, { from })).status !== 200) throw new Error('participant page');
    const read = await request(`${page}/answers`, { from });
    if (read.status !== 200) throw new Error('answers');
    // Each save is made on the answers the last one left (their revision), as the form page's are.
    let revision = read.headers.etag;
    const answers = {};
    const base = 1 + Math.floor(next() * 3);
    for (const [i, id] of ids.entries()) {
      if (Date.now() > deadline) throw new Error(`time limit of ${LIMIT_S} s reached`);
      await sleep(PAUSE_MIN + next() * (PAUSE_MAX - PAUSE_MIN));
      answers[id] = next() < 0.05 ? 'unknown' : Math.min(4, Math.max(1, base + Math.floor(next() * 3) - 1));
      const file = {
        questionnaire: 'odg-scan',
        version,
        organisation: '',
        respondent: { name: 'x', role: '' },
        date: '2026-03-01',
        targets: {},
        answers: { ...answers },
        session: { status: i === ids.length - 1 ? 'complete' : 'in-progress', language: 'nl' },
      };
      const body = JSON.stringify(file);
      for (;;) {
        const start = process.hrtime.bigint();
        const saved = await request(`${page}/answers`, {
          method: 'PUT',
          body,
          from,
          headers: { 'If-Match': revision },
        });
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        if (saved.status === 204) {
          revision = saved.headers.etag;
          latencies.push(ms);
          confirmed.set(n, { page, answers: file.answers });
          break;
        }
        if (saved.status !== 429) {
          failed++;
          throw new Error(`save: ${saved.status} ${saved.body}`);
        }
        throttled++;
        await sleep(Number(saved.headers['retry-after'] ?? 1) * 1000);
      }
    }
  }

  const started = Date.now();
  const results = await Promise.allSettled(Array.from({ length: PARTICIPANTS }, (_, n) => participant(n)));
  const elapsed = (Date.now() - started) / 1000;
  clearInterval(sampler);
  const end = serverMemory(server.pid);
  if (end) peak = Math.max(peak, end.peak);
  server.kill('SIGINT');
  await new Promise((resolve) => server.on('exit', resolve));

  // Nothing lost: every file holds exactly the last confirmed answers, and the CLI agrees.
  const problems = results.filter((r) => r.status === 'rejected').map((r) => String(r.reason?.message ?? r.reason));
  const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));
  const state = JSON.parse(readFileSync(path.join(DIR, '.datascan-workshop.json'), 'utf8'));
  let lost = 0;
  for (const [n, { page, answers }] of confirmed) {
    const token = page.split('/').pop();
    const entry = state.participants.find((p) => p.token === token);
    const text =
      entry && existsSync(path.join(DIR, entry.file)) ? readFileSync(path.join(DIR, entry.file), 'utf8') : '';
    const onDisk = text ? parse(text).answers : undefined;
    if (JSON.stringify(onDisk) !== JSON.stringify(answers)) {
      lost++;
      problems.push(`participant ${n}: the file differs from the last save`);
    }
  }
  const validated = spawnSync(process.execPath, [CLI, 'validate', 'questionnaires/odg-scan.yaml', DIR], {
    encoding: 'utf8',
  });
  if (validated.status !== 0)
    problems.push(`datascan validate: exit ${validated.status}\n${validated.stdout}${validated.stderr}`);
  const scored = spawnSync(process.execPath, [CLI, 'score', DIR, '--aggregate', '--format', 'json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const respondents = scored.status === 0 ? JSON.parse(scored.stdout).respondents : undefined;
  if (respondents !== PARTICIPANTS)
    problems.push(`datascan score --aggregate: ${respondents} respondents, not ${PARTICIPANTS}`);
  const complete = files.filter((f) => /status: complete/.test(readFileSync(path.join(DIR, f), 'utf8'))).length;
  if (complete !== PARTICIPANTS) problems.push(`${complete} of ${PARTICIPANTS} files complete`);

  const sorted = latencies.sort((a, b) => a - b);
  const ms = (v) => (v === undefined ? 'n/a' : `${v.toFixed(1)} ms`);
  const mib = (v) => (Number.isFinite(v) ? `${v.toFixed(1)} MiB` : 'n/a (no /proc)');
  return {
    problems,
    column: [
      `${PAUSE_MIN}–${PAUSE_MAX} ms`,
      `${elapsed.toFixed(1)} s`,
      `${latencies.length} of ${PARTICIPANTS * ids.length}`,
      (latencies.length / elapsed).toFixed(1),
      ms(percentile(sorted, 50)),
      ms(percentile(sorted, 95)),
      ms(sorted[sorted.length - 1]),
      String(throttled),
      String(failed),
      mib(baseline?.now),
      mib(peak),
      `${complete} of ${PARTICIPANTS}`,
      String(lost),
      validated.status === 0 && respondents === PARTICIPANTS ? `pass, ${respondents} respondents` : 'fail',
    ],
  };
}

const MEASURES = [
  'pause between answers',
  'took',
  'saves confirmed (204)',
  'saves a second, on average',
  'save latency p50',
  'save latency p95',
  'save latency max',
  'saves throttled (429, sent again)',
  'saves failed',
  'server memory at start (RSS)',
  'server memory peak (RSS)',
  'answer files complete',
  'answer files differing from the last confirmed save (lost answers)',
  '`datascan validate` and `score --aggregate`',
];

const rooms = [];
for (const pauses of ROOMS) rooms.push(await room(pauses));
const problems = rooms.flatMap((r, i) => r.problems.map((p) => `room ${i + 1}: ${p}`));
const section = `${SECTION_START}
## Live workshop (\`npm run bench:workshop\`)

Measured on ${new Date().toISOString().slice(0, 10)}: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}.
${PARTICIPANTS} simulated participants, each from an address of its own on this machine, answering
the full scan (odg-scan, ${ids.length} questions) at the same time, saving all answers so far after
each answer as the form page does, with a pause between answers; a room per pause range, each on a
server of its own. Short pauses keep the server as busy as it gets (its throughput is then the
saves a second); a real room pauses seconds per question.

| measure | ${rooms.map((_, i) => `room ${i + 1}`).join(' | ')} |
| --- | ${rooms.map(() => '---').join(' | ')} |
${MEASURES.map((measure, row) => `| ${measure} | ${rooms.map((r) => r.column[row]).join(' | ')} |`).join('\n')}
${problems.length > 0 ? `\nProblems:\n\n${problems.map((p) => `- ${p}`).join('\n')}\n` : ''}${SECTION_END}
`;
const previous = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '# Benchmark results\n';
const at = previous.indexOf(SECTION_START);
const kept =
  at === -1 ? previous : previous.slice(0, at) + previous.slice(previous.indexOf(SECTION_END) + SECTION_END.length + 1);
writeFileSync(RESULTS, `${kept.trimEnd()}\n\n${section}`);
process.stdout.write(section);
if (problems.length > 0) process.exitCode = 1;
