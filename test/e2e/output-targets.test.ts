/**
 * What `-o` does to what is already there (issue 12): a device, a FIFO or a descriptor is written
 * as it is and a link through, never replaced by a file; an answer file, a questionnaire or a model
 * file is kept unless --force; temporary files a killed run left behind are removed by the next.
 * Devices are made with mknod in a temporary folder (root only), never the real /dev files.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, fixture, ROOT, runCli, type CliResult } from '../helpers/cli.js';

const A = path.resolve(fixture('answers', 'tiny', 'a.yaml'));
const B = path.resolve(fixture('answers', 'tiny', 'group', 'r1.yaml'));
const TINY = path.resolve(fixture('scoring', 'tiny-scan.yaml'));
const MODEL = path.resolve(fixture('level-term', 'model.yaml'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-output-targets-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const isRoot = process.getuid?.() === 0;
const posix = process.platform !== 'win32';
let folders = 0;
const folder = () => fs.mkdtempSync(path.join(work, `${++folders}-`));
const temporaryFiles = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'));

/** An answer fixture's text, naming its questionnaire by absolute path so that it can be copied anywhere. */
const movable = (file: string) =>
  fs.readFileSync(file, 'utf8').replace(/^questionnaire: .*$/m, `questionnaire: ${JSON.stringify(TINY)}`);

/** The built CLI, without blocking the test (which reads a FIFO meanwhile). */
function runCliAsync(args: string[]): Promise<CliResult> {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', DATASCAN_NO_CACHE: '1', LANG: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** The report on stdout, to compare what reached a device or FIFO with. */
const report = (args: string[]) => runCli(args).stdout;

describe.skipIf(!isRoot)('-o on a device: written as it is, never replaced (devices made with mknod)', () => {
  it.each([
    ['score', (out: string) => ['score', A, '-o', out]],
    ['score, streamed', (out: string) => ['score', A, '--format', 'ndjson', '-o', out]],
    ['compare', (out: string) => ['compare', A, B, '-o', out]],
    ['template', (out: string) => ['template', TINY, '-o', out]],
  ])('%s -o <a character device like /dev/null> stays a character device', (_name, args) => {
    const dir = folder();
    const nul = path.join(dir, 'null');
    expect(spawnSync('mknod', [nul, 'c', '1', '3']).status).toBe(0);
    const r = runCli(args(nul));
    expect(r.code, r.stderr).toBe(0);
    expect(fs.statSync(nul).isCharacterDevice()).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['null']);
  });

  it('score -o <a device that fails the write, like /dev/full>: `cannot write`, exit 2, the device stays', () => {
    const dir = folder();
    const full = path.join(dir, 'full');
    expect(spawnSync('mknod', [full, 'c', '1', '7']).status).toBe(0);
    const r = runCli(['score', A, '-o', full]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`datascan: cannot write ${full}: ENOSPC (the disk is full)\n`);
    expect(fs.statSync(full).isCharacterDevice()).toBe(true);
  });

  it('score -o <a block device (a disk)>: refused, exit 2, the device stays', () => {
    const dir = folder();
    const disk = path.join(dir, 'disk');
    expect(spawnSync('mknod', [disk, 'b', '7', '200']).status).toBe(0);
    const r = runCli(['score', A, '-o', disk]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`datascan: cannot write ${disk}: it is a block device, not a file\n`);
    expect(fs.statSync(disk).isBlockDevice()).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['disk']);
  });
});

describe.skipIf(!posix)('-o on a FIFO: its reader gets the report, the FIFO stays', () => {
  it.each([
    ['score', ['score', A], (out: string) => ['-o', out]],
    ['score, streamed', ['score', A, '--format', 'ndjson'], (out: string) => ['-o', out]],
    ['compare', ['compare', A, B], (out: string) => ['-o', out]],
  ] as const)('%s', async (_name, args, output) => {
    const dir = folder();
    const pipe = path.join(dir, 'pipe');
    expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
    const received = path.join(dir, 'received');
    const reader = spawn('sh', ['-c', 'cat "$0" > "$1"', pipe, received], { stdio: 'ignore' });
    const read = new Promise((resolve) => reader.on('exit', resolve));
    // Wait until the reader has the FIFO open: a writer can then open it without waiting. The
    // probe stays open while the CLI writes, so the reader does not see the end before.
    let probe: number | undefined;
    while (probe === undefined) {
      try {
        probe = fs.openSync(pipe, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK);
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
    let r: CliResult;
    try {
      r = await runCliAsync([...args, ...output(pipe)]);
    } finally {
      fs.closeSync(probe);
    }
    // Without the fix the FIFO was replaced by a file and the reader would wait for ever.
    const timer = setTimeout(() => reader.kill(), 5000);
    await read;
    clearTimeout(timer);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.statSync(pipe).isFIFO()).toBe(true);
    expect(fs.readFileSync(received, 'utf8')).toBe(report([...args]));
    expect(fs.readdirSync(dir).sort()).toEqual(['pipe', 'received']);
  });

  it('score -o <a FIFO nobody reads>: refused at once (exit 2) instead of hanging, the FIFO stays', () => {
    const dir = folder();
    const pipe = path.join(dir, 'pipe');
    expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
    const r = runCli(['score', A, '-o', pipe], { timeout: 20_000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`datascan: cannot write ${pipe}: it is a FIFO that nobody reads (start its reader first)\n`);
    expect(fs.statSync(pipe).isFIFO()).toBe(true);
  });
});

describe.skipIf(process.platform !== 'linux')('-o on a descriptor (/dev/fd/N)', () => {
  it('score -o /dev/fd/1 writes to the stdout it was given, after what is there', () => {
    const dir = folder();
    const file = path.join(dir, 'stdout.txt');
    fs.writeFileSync(file, 'before\n');
    const fd = fs.openSync(file, 'a');
    try {
      const r = spawnSync(process.execPath, [BIN, 'score', A, '-o', '/dev/fd/1'], {
        cwd: ROOT,
        env: { ...process.env, NO_COLOR: '1', DATASCAN_NO_CACHE: '1' },
        stdio: ['ignore', fd, 'pipe'],
        encoding: 'utf8',
      });
      expect(r.status, r.stderr).toBe(0);
    } finally {
      fs.closeSync(fd);
    }
    expect(fs.readFileSync(file, 'utf8')).toBe(`before\n${report(['score', A])}`);
    expect(fs.readdirSync(dir)).toEqual(['stdout.txt']);
  });

  it('compare and template -o /dev/fd/1 onto a pipe', () => {
    expect(runCli(['compare', A, B, '-o', '/dev/fd/1']).stdout).toBe(report(['compare', A, B]));
    expect(runCli(['template', TINY, '-o', '/dev/fd/1']).stdout).toBe(report(['template', TINY]));
  });
});

describe.skipIf(!posix)('-o on a link: written through, the link stays a link', () => {
  it.each([
    ['score', (out: string) => ['score', A, '-o', out], ['score', A]],
    ['score, streamed', (out: string) => ['score', A, '--format', 'csv', '-o', out], ['score', A, '--format', 'csv']],
    ['compare', (out: string) => ['compare', A, B, '-o', out], ['compare', A, B]],
    ['template', (out: string) => ['template', TINY, '-o', out, '--force'], undefined],
  ] as const)("%s: the target in another folder gets the report, in the target's folder", (_name, args, plain) => {
    const dir = folder();
    const elsewhere = folder();
    const target = path.join(elsewhere, 'report.txt');
    fs.writeFileSync(target, 'an earlier report\n');
    fs.chmodSync(target, 0o640);
    const link = path.join(dir, 'link.txt');
    fs.symlinkSync(target, link);
    const r = runCli([...args(link)]);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readlinkSync(link)).toBe(target);
    if (plain) expect(fs.readFileSync(target, 'utf8')).toBe(report([...plain]));
    else expect(fs.readFileSync(target, 'utf8')).toMatch(/^# /);
    expect(fs.statSync(target).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(dir)).toEqual(['link.txt']);
    expect(fs.readdirSync(elsewhere)).toEqual(['report.txt']);
  });

  it('a link that leads nowhere yet: its target is created', () => {
    const dir = folder();
    const link = path.join(dir, 'link.md');
    fs.symlinkSync('made.md', link);
    const r = runCli(['score', A, '--format', 'markdown', '-o', link]);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'made.md'), 'utf8')).toBe(report(['score', A, '--format', 'markdown']));
  });

  it('a link to an answer file is refused like the answer file', () => {
    const dir = folder();
    const answers = path.join(dir, 'b.yaml');
    fs.writeFileSync(answers, movable(B));
    const link = path.join(dir, 'link.yaml');
    fs.symlinkSync('b.yaml', link);
    const r = runCli(['score', A, '-o', link]);
    expect(r.code).toBe(2);
    expect(fs.readFileSync(answers, 'utf8')).toBe(movable(B));
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
  });
});

describe('-o never replaces an answer file, a questionnaire or a model file without --force', () => {
  const refusal = (file: string, what: string) =>
    `datascan: -o ${file} is ${what}; the report would replace it: choose another file, or add --force to replace it\n`;

  it.each([
    ['score', (out: string) => ['score', path.join(path.dirname(out), 'a.yaml'), '-o', out]],
    ['score, streamed', (out: string) => ['score', path.join(path.dirname(out), 'a.yaml'), '-f', 'ndjson', '-o', out]],
    ['compare', (out: string) => ['compare', path.join(path.dirname(out), 'a.yaml'), A, '-o', out]],
  ])('%s od/a.yaml -o od/b.yaml: refused (exit 2), b.yaml untouched; --force replaces it', (_name, args) => {
    const dir = folder();
    fs.writeFileSync(path.join(dir, 'a.yaml'), movable(A));
    const other = path.join(dir, 'b.yaml');
    fs.writeFileSync(other, movable(B));
    const r = runCli(args(other));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(refusal(other, 'an answer file'));
    expect(r.stdout).toBe('');
    expect(fs.readFileSync(other, 'utf8')).toBe(movable(B));
    expect(temporaryFiles(dir)).toEqual([]);
    const forced = runCli([...args(other), '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(fs.readFileSync(other, 'utf8')).not.toBe(movable(B));
  });

  it('a questionnaire, a model file, answers in JSON or CSV: each refused, each named', () => {
    const dir = folder();
    const cases = [
      ['scan.yaml', fs.readFileSync(TINY, 'utf8'), 'a questionnaire'],
      ['model.yaml', fs.readFileSync(MODEL, 'utf8'), 'a model file'],
      ['answers.json', JSON.stringify({ questionnaire: TINY, answers: { 'q-1': 2 } }), 'an answer file'],
      ['survey.csv', 'respondent;q-1\nAnna;3\n', 'a CSV file that may hold answers (not a report datascan wrote)'],
    ] as const;
    for (const [name, text, what] of cases) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, text);
      for (const args of [
        ['score', A, '-o', file],
        ['compare', A, B, '-o', file],
      ]) {
        const r = runCli(args);
        expect(r.code, `${args[0]} ${name}`).toBe(2);
        expect(r.stderr).toBe(refusal(file, what));
        expect(fs.readFileSync(file, 'utf8')).toBe(text);
      }
    }
  });

  it(
    'a report datascan wrote, in every format, and an empty file are replaced without --force',
    { timeout: 120_000 },
    () => {
      const dir = folder();
      const replaces = (args: string[], name: string) => {
        const out = path.join(dir, name);
        fs.writeFileSync(out, report(args));
        const r = runCli([...args, '-o', out]);
        expect(r.code, `${name}: ${r.stderr}`).toBe(0);
        expect(fs.readFileSync(out, 'utf8')).not.toBe('');
      };
      for (const format of ['table', 'json', 'ndjson', 'csv', 'markdown', 'html'])
        replaces(['score', A, '--format', format], `profile.${format}`);
      for (const format of ['table', 'json', 'markdown', 'html'])
        replaces(['compare', A, B, '--format', format], `comparison.${format}`);
      const empty = path.join(dir, 'empty.yaml');
      fs.writeFileSync(empty, '');
      expect(runCli(['score', A, '-o', empty]).code).toBe(0);
      expect(fs.readFileSync(empty, 'utf8')).toBe(report(['score', A]));
    },
  );

  it('template still refuses any existing file without --force, as before', () => {
    const dir = folder();
    const file = path.join(dir, 'notes.yaml');
    fs.writeFileSync(file, 'not answers\n');
    const r = runCli(['template', TINY, '-o', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `datascan: ${file} exists; it may hold answers: choose another name or add --force to overwrite it\n`,
    );
    expect(runCli(['template', TINY, '-o', file, '--force']).code).toBe(0);
  });
});

describe.skipIf(!posix)('kill -9 during score -o', () => {
  it('leaves its temporary file, which the next score -o into that folder removes (and nothing else)', async () => {
    const dir = folder();
    // A named pipe as the input holds the run at a known point, its temporary file made.
    const fifo = path.join(dir, 'answers.yaml');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const out = path.join(dir, 'profiles.ndjson');
    const child = spawn(process.execPath, [BIN, 'score', fifo, '--format', 'ndjson', '-o', out], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', DATASCAN_NO_CACHE: '1' },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    while (temporaryFiles(dir).length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const [left] = temporaryFiles(dir);
    expect(left).toMatch(new RegExp(`^\\.profiles\\.ndjson\\.${child.pid}\\.[0-9a-z]+\\.tmp$`));
    // Another process's temporary file, still being written (this test's), and files not named
    // as datascan names them, stay.
    const live = `.other.md.${process.pid}.${Date.now().toString(36)}1.tmp`;
    const unrelated = [live, `.profiles.ndjson.${child.pid}.tmp`, 'notes.tmp'];
    for (const name of unrelated) fs.writeFileSync(path.join(dir, name), 'kept');

    const r = runCli(['score', A, '--format', 'ndjson', '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual(['answers.yaml', 'profiles.ndjson', ...unrelated].sort());
  });
});
