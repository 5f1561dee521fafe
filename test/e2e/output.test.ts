/** Where `score`, `compare` and `template` write with -o: never over an input, one error wording, nothing left behind. */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, fixture, ROOT, runCli } from '../helpers/cli.js';

const A = path.resolve(fixture('answers', 'tiny', 'a.yaml'));
const GROUP = path.resolve(fixture('answers', 'tiny', 'group'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-output-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** An answer fixture's text, naming its questionnaire by absolute path so that it can be copied anywhere. */
const movable = (file: string) =>
  fs
    .readFileSync(file, 'utf8')
    .replace(
      /^questionnaire: .*$/m,
      `questionnaire: ${JSON.stringify(path.resolve(ROOT, 'test', 'fixtures', 'scoring', 'tiny-scan.yaml'))}`,
    );

/** A fresh folder under the work folder holding copies of answer fixtures. */
function folderWith(name: string, files: string[]): string {
  const dir = path.join(work, name);
  fs.mkdirSync(dir, { recursive: true });
  for (const file of files) fs.writeFileSync(path.join(dir, path.basename(file)), movable(file));
  return dir;
}

const temporaryFiles = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('-o never overwrites an input', () => {
  it('score refuses an -o file that is one of its inputs (exit 2), however the path is spelled, and leaves it alone', () => {
    const dir = folderWith('self', [A]);
    const file = path.join(dir, 'a.yaml');
    const before = fs.readFileSync(file, 'utf8');
    for (const [input, output] of [
      [file, file],
      [file, path.join(dir, '.', 'a.yaml')],
      [path.join(dir, '..', 'self', 'a.yaml'), file],
    ]) {
      const r = runCli(['score', input!, '-o', output!, '--format', 'json']);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `datascan: -o ${output} is also an input; the report would replace it: choose another file\n`,
      );
    }
    // Also among several inputs, and with a streamed format.
    const r = runCli(['score', A, file, '-o', file, '--format', 'ndjson']);
    expect(r.code).toBe(2);
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
    expect(temporaryFiles(dir)).toEqual([]);
  });

  it('compare refuses an -o file that is one of its two sides', () => {
    const dir = folderWith('compare-self', [A, path.join(GROUP, 'r1.yaml')]);
    const after = path.join(dir, 'r1.yaml');
    const before = fs.readFileSync(after, 'utf8');
    const r = runCli(['compare', path.join(dir, 'a.yaml'), after, '-o', after]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`datascan: -o ${after} is also an input; the report would replace it: choose another file\n`);
    expect(fs.readFileSync(after, 'utf8')).toBe(before);
  });

  it('score skips its own -o file when it reads the folder it writes into, so a second run gives the same report', () => {
    const dir = folderWith(
      'answers',
      fs.readdirSync(GROUP).map((f) => path.join(GROUP, f)),
    );
    const out = path.join(dir, 'profiles.json');
    const first = runCli(['score', dir, '--format', 'json', '-o', out]);
    expect(first.code, first.stderr).toBe(0);
    const report = fs.readFileSync(out, 'utf8');
    expect((JSON.parse(report) as unknown[]).length).toBe(4);
    const second = runCli(['score', dir, '--format', 'json', '-o', out]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toBe(`datascan: wrote 4 profiles to ${out}\n`);
    expect(fs.readFileSync(out, 'utf8')).toBe(report);
    // The same for a glob and for compare with a folder side.
    expect(runCli(['score', `${dir}/*`, '--format', 'json', '-o', out]).stderr).toBe(
      `datascan: wrote 4 profiles to ${out}\n`,
    );
    const compared = runCli(['compare', A, dir, '--format', 'json', '-o', out]);
    expect(compared.code, compared.stderr).toBe(0);
  });
});

describe('-o inside an input folder or glob: an earlier report is replaced, an answer file never', () => {
  it.each([
    ['score, folder', (dir: string, out: string) => ['score', dir, '-o', out]],
    ['score, glob', (dir: string, out: string) => ['score', `${dir}/*.yaml`, '-o', out]],
    ['compare, folder side', (dir: string, out: string) => ['compare', A, dir, '-o', out]],
  ] as const)('%s: refused with exit 2, the answer file untouched', (_name, args) => {
    const dir = folderWith(
      `keep-${_name.replace(/\W+/g, '-')}`,
      fs.readdirSync(GROUP).map((f) => path.join(GROUP, f)),
    );
    const answers = path.join(dir, 'r2.yaml');
    const before = fs.readFileSync(answers, 'utf8');
    const r = runCli([...args(dir, answers)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(
        `^datascan: -o ${answers.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is one of the files in .*, and not a report datascan wrote; the report would replace it: choose another file\n$`,
      ),
    );
    expect(fs.readFileSync(answers, 'utf8')).toBe(before);
    expect(temporaryFiles(dir)).toEqual([]);
  });

  it('an earlier CSV report in the folder is recognised and replaced', () => {
    const dir = folderWith(
      'csv-report',
      fs.readdirSync(GROUP).map((f) => path.join(GROUP, f)),
    );
    const out = path.join(dir, 'scores.csv');
    expect(runCli(['score', dir, '--format', 'csv', '--csv-dialect', 'nl', '-o', out]).code).toBe(0);
    const again = runCli(['score', dir, '--format', 'csv', '--csv-dialect', 'nl', '-o', out]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toBe(`datascan: wrote 4 profiles to ${out}\n`);
    // A later run without -o (folder or glob) does not take the CSV report for CSV answers.
    for (const input of [dir, `${dir}/*`]) {
      const later = runCli(['score', input, '--aggregate', '--format', 'json']);
      expect(later.code, later.stderr).toBe(0);
      expect((JSON.parse(later.stdout) as { respondents: number }).respondents).toBe(4);
    }
  });
});

describe('-o that cannot be written: `cannot write FILE: CODE`, exit 2', () => {
  it.each(['table', 'ndjson', 'json', 'html'])('score --format %s -o <a folder>', (format) => {
    const dir = fs.mkdtempSync(path.join(work, 'folder-'));
    const r = runCli(['score', A, '--format', format, '-o', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`datascan: cannot write ${dir}: EISDIR (it is a folder)\n`);
    expect(temporaryFiles(work)).toEqual([]);
  });

  it('score, compare and template -o in a folder that does not exist', () => {
    const missing = path.join(work, 'no-such-folder', 'out.txt');
    const expected = `datascan: cannot write ${missing}: ENOENT (its folder does not exist)\n`;
    for (const args of [
      ['score', A, '-o', missing],
      ['compare', A, fixture('answers', 'tiny', 'group', 'r1.yaml'), '-o', missing],
      ['template', fixture('scoring', 'tiny-scan.yaml'), '-o', missing],
    ]) {
      const r = runCli(args);
      expect(r.code, args[0]).toBe(2);
      expect(r.stderr, args[0]).toBe(expected);
    }
  });

  it('a path through a file: ENOTDIR', () => {
    const blocker = path.join(work, 'blocker.txt');
    fs.writeFileSync(blocker, '');
    const r = runCli(['score', A, '--format', 'markdown', '-o', path.join(blocker, 'out.md')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `datascan: cannot write ${path.join(blocker, 'out.md')}: ENOTDIR (a part of the path is not a folder)\n`,
    );
  });
});

describe('Ctrl-C (SIGINT), SIGTERM or SIGHUP during score -o', () => {
  // A named pipe as the input holds the run at a known point: it cannot finish before the test
  // has sent the signal and then written the answers into the pipe.
  it.skipIf(process.platform === 'win32').each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('%s removes the temporary file and exits %i, leaving no report', async (signal, status) => {
    const dir = fs.mkdtempSync(path.join(work, 'sigint-'));
    const fifo = path.join(dir, 'answers.yaml');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const out = path.join(dir, 'profiles.ndjson');
    const child = spawn(process.execPath, [BIN, 'score', fifo, '--format', 'ndjson', '-o', out], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', DATASCAN_NO_CACHE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let running = true;
    void exited.then(() => (running = false));

    const pause = () => new Promise((resolve) => setTimeout(resolve, 10));
    while (running && temporaryFiles(dir).length === 0) await pause();
    expect(temporaryFiles(dir)).toHaveLength(1);
    child.kill(signal);
    // Feed the pipe once the CLI has opened it for reading (it may also have stopped already).
    const answers = movable(A);
    while (running) {
      let fd: number;
      try {
        fd = fs.openSync(fifo, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK);
      } catch {
        await pause(); // ENXIO: nobody reads the pipe yet
        continue;
      }
      fs.writeSync(fd, answers);
      fs.closeSync(fd);
      break;
    }
    expect(await exited, stderr).toBe(status);
    expect(fs.readdirSync(dir)).toEqual(['answers.yaml']);
  });
});
