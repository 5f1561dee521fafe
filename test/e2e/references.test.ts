/**
 * Hostile references and special files (built CLI): FIFOs and devices named inside files, files
 * that name each other, references that lead out of the project, and folders with entries that
 * are not files. Every run has a short timeout: a hang fails the test instead of stopping the suite.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli, type CliResult } from '../helpers/cli.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-refs-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const QUICKSCAN = fs.readFileSync(path.join(ROOT, 'questionnaires', 'odg-quickscan.yaml'), 'utf8');
const withModel = (model: string) => QUICKSCAN.replace('model: odg-model.yaml', `model: ${model}`);
/** The line of the quickscan's `model:` key, where a finding about its model file points (column 8). */
const MODEL_LINE = QUICKSCAN.split('\n').findIndex((line) => line.startsWith('model: ')) + 1;
const answersTo = (questionnaire: string) => `questionnaire: ${questionnaire}\nanswers: {}\n`;
/** A complete answer file of the shipped scan at its current version (nothing to carry over), naming it by id. */
const GOOD = fs.readFileSync(
  path.join(ROOT, 'examples', 'gemeente-voorbeeld', 'scan-2026', '01-wethouder.yaml'),
  'utf8',
);

const unix = process.platform !== 'win32';

/** A fresh folder under the work folder with these files (name → text). */
function folder(name: string, files: Record<string, string> = {}): string {
  const dir = path.join(work, name);
  fs.mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** The CLI run in `cwd`, ended after 20 s: a run that waits for a FIFO or a keyboard fails. */
function datascan(args: string[], cwd: string): CliResult {
  const result = runCli(args, { cwd, timeout: 20_000, input: '' });
  expect(result.code, `${args.join(' ')} did not end: ${result.stderr}`).not.toBeNull();
  return result;
}

const mkfifo = (file: string) => execFileSync('mkfifo', [file], { timeout: 10_000 });

describe.skipIf(!unix)('FIFOs and devices named inside files are not read (point 4)', () => {
  it('a FIFO named as questionnaire or as model is a finding at once (exit 1), not a wait for a writer', () => {
    const dir = folder('fifo', { 'a.yaml': answersTo('./fifo'), 'q.yaml': withModel('fifo') });
    mkfifo(path.join(dir, 'fifo'));
    const result = datascan(['validate', 'a.yaml', 'q.yaml'], dir);
    expect(result.stdout).toBe(
      [
        'a.yaml:1:16: error unknown-questionnaire questionnaire `./fifo` (fifo) cannot be read: fifo is a FIFO (named pipe), not a file',
        `q.yaml:${MODEL_LINE}:8: error invalid-model model file \`fifo\` cannot be read: fifo is a FIFO (named pipe), not a file`,
        '2 files checked: 2 errors, 0 warnings',
        '',
      ].join('\n'),
    );
    expect(result.code).toBe(1);
    expect(datascan(['score', 'a.yaml'], dir).code).toBe(1);
    expect(datascan(['show', 'q.yaml'], dir).stderr).toContain('fifo is a FIFO (named pipe), not a file');
  });

  it.skipIf(!fs.existsSync('/dev/tty'))(
    'a terminal and /dev/stdin named inside files are not read, even where --allow-outside lets them be named',
    () => {
      const dir = folder('devices', { 'q.yaml': withModel('/dev/tty'), 'a.yaml': answersTo('/dev/stdin') });
      const result = datascan(['validate', '--allow-outside', 'q.yaml', 'a.yaml'], dir);
      expect(result.stdout).toContain(
        `q.yaml:${MODEL_LINE}:8: error invalid-model model file \`/dev/tty\` cannot be read: /dev/tty is a device, not a file`,
      );
      // What /dev/stdin is depends on what stdin is: a pipe, or a socket as Node makes it.
      expect(result.stdout).toMatch(
        /a\.yaml:1:16: error unknown-questionnaire questionnaire `\/dev\/stdin` \(\/dev\/stdin\) cannot be read: \/dev\/stdin is a (FIFO \(named pipe\)|socket|device), not a file/,
      );
      expect(result.code).toBe(1);
    },
  );

  it.skipIf(!fs.existsSync('/bin/bash'))('a FIFO given on the command line is read, as `<(…)` gives one', () => {
    const result = spawnSync(
      '/bin/bash',
      ['-c', `"${process.execPath}" "${BIN}" validate <(cat questionnaires/odg-model.yaml)`],
      { cwd: ROOT, encoding: 'utf8', timeout: 20_000, env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(result.stdout).toBe('1 file checked: 0 errors, 0 warnings\n');
    expect(result.status).toBe(0);
  });
});

describe('files that name themselves or each other (point 5)', () => {
  it('are findings (exit 1), not a crash', () => {
    const dir = folder('cycles', {
      'self.yaml': answersTo('./self.yaml'),
      'a.yaml': answersTo('./b.yaml'),
      'b.yaml': answersTo('./a.yaml'),
      'q-self.yaml': withModel('q-self.yaml'),
      'q-a.yaml': withModel('q-b.yaml'),
      'q-b.yaml': withModel('q-a.yaml'),
    });
    const result = datascan(['validate', '.'], dir);
    const notAModel =
      'is not a model file (it has questions); a model file has levels, scales and dimensions but no questions';
    expect(result.stdout).toBe(
      [
        'a.yaml:1:16: error unknown-questionnaire questionnaire `./b.yaml` (b.yaml) is not a questionnaire',
        'b.yaml:1:16: error unknown-questionnaire questionnaire `./a.yaml` (a.yaml) is not a questionnaire',
        `q-a.yaml:${MODEL_LINE}:8: error invalid-model \`q-b.yaml\` ${notAModel}`,
        `q-b.yaml:${MODEL_LINE}:8: error invalid-model \`q-a.yaml\` ${notAModel}`,
        `q-self.yaml:${MODEL_LINE}:8: error invalid-model \`q-self.yaml\` ${notAModel}`,
        'self.yaml:1:16: error unknown-questionnaire questionnaire `./self.yaml` (self.yaml) is not a questionnaire',
        '6 files checked: 6 errors, 0 warnings',
        '',
      ].join('\n'),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
  });

  it('in a batch, nine good answer files and one naming itself: the nine are scored, exit 1', () => {
    const files: Record<string, string> = { 'r0-self.yaml': answersTo('./r0-self.yaml') };
    for (let i = 1; i <= 9; i++) files[`r${i}.yaml`] = GOOD;
    const dir = folder('batch-with-cycle', files);
    const result = datascan(['score', '.', '--format', 'json'], dir);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toHaveLength(9);
    expect(result.stderr).toContain(
      'r0-self.yaml:1:16: error unknown-questionnaire questionnaire `./r0-self.yaml` (r0-self.yaml) is not a questionnaire',
    );
    expect(result.stderr).not.toContain('internal error');
  });
});

describe('files named inside files stay in the project (point 11)', () => {
  const outside = (what: string) =>
    `${what} lies outside this file's folder and the working folder, so it is not read (--allow-outside reads it)`;

  it("refuses a model or a questionnaire outside the file's folder and the working folder, saying the same whether it exists", () => {
    const dir = folder('outside', {
      'secret.yaml': 'password: hunter2\n',
      'in/q-secret.yaml': withModel('../secret.yaml'),
      'in/q-missing.yaml': withModel('../missing.yaml'),
      'in/a-shadow.yaml': answersTo('/etc/shadow'),
      'in/a-up.yaml': answersTo('../../../../../../../../etc/passwd'),
    });
    const result = datascan(['validate', '.'], path.join(dir, 'in'));
    expect(result.stdout).toBe(
      [
        `a-shadow.yaml:1:16: error reference-outside ${outside('questionnaire `/etc/shadow`')}`,
        `a-up.yaml:1:16: error reference-outside ${outside('questionnaire `../../../../../../../../etc/passwd`')}`,
        `q-missing.yaml:${MODEL_LINE}:8: error reference-outside ${outside('model file `../missing.yaml`')}`,
        `q-secret.yaml:${MODEL_LINE}:8: error reference-outside ${outside('model file `../secret.yaml`')}`,
        '4 files checked: 4 errors, 0 warnings',
        '',
      ].join('\n'),
    );
    expect(result.code).toBe(1);
    // Other commands alike.
    expect(datascan(['show', 'q-secret.yaml'], path.join(dir, 'in')).stderr).toBe(
      `datascan: q-secret.yaml:${MODEL_LINE}:8: error reference-outside ${outside('model file `../secret.yaml`')}\n`,
    );
    expect(datascan(['score', 'a-shadow.yaml'], path.join(dir, 'in')).code).toBe(1);
  });

  it('reads them with --allow-outside, and from a working folder that holds them', () => {
    const dir = folder('allowed', { 'secret.yaml': 'password: hunter2\n', 'in/q.yaml': withModel('../secret.yaml') });
    for (const [args, cwd] of [
      [['validate', '--allow-outside', 'q.yaml'], path.join(dir, 'in')],
      [['validate', 'in/q.yaml'], dir],
    ] as const) {
      const result = datascan([...args], cwd);
      expect(result.stdout).toContain(
        `q.yaml:${MODEL_LINE}:8: error invalid-model \`../secret.yaml\` is not a model file`,
      );
      expect(result.stdout).not.toContain('reference-outside');
    }
  });

  it('answer files that template writes for a questionnaire in a sibling folder score from the project root, or with --dir', () => {
    const project = folder('project', {
      'answers/notes.txt': '',
      'questionnaires/tiny.yaml': fs.readFileSync(
        path.join(ROOT, 'test', 'fixtures', 'scoring', 'tiny-scan.yaml'),
        'utf8',
      ),
    });
    expect(datascan(['template', 'questionnaires/tiny.yaml', '-o', 'answers/a.yaml'], project).code).toBe(0);
    expect(fs.readFileSync(path.join(project, 'answers', 'a.yaml'), 'utf8')).toContain(
      '\nquestionnaire: "../questionnaires/tiny.yaml"\n',
    );
    expect(datascan(['validate', 'answers'], project).stdout).toBe('1 file checked: 0 errors, 0 warnings\n');
    const answers = path.join(project, 'answers');
    expect(datascan(['validate', '.'], answers).stdout).toContain('error reference-outside');
    expect(datascan(['validate', '.', '--dir', '../questionnaires'], answers).stdout).toBe(
      '1 file checked: 0 errors, 0 warnings\n',
    );
    expect(datascan(['validate', '.', '--allow-outside'], answers).code).toBe(0);
  });

  it('the shipped example scores as before', () => {
    const result = datascan(['score', 'examples/gemeente-voorbeeld/scan-2026', '--aggregate'], ROOT);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });
});

describe('folder walks say what they leave out (point 12)', () => {
  it.skipIf(!unix)(
    'a FIFO, a link leading nowhere and a link to a folder are left out with a line each; the rest is scored',
    () => {
      const dir = folder('walk', { 'r1.yaml': GOOD, 'r2.yaml': GOOD, 'elsewhere/r3.yaml': GOOD, 'in/r4.yaml': GOOD });
      const inFolder = path.join(dir, 'in');
      // A link to another file than r4.yaml: a link to r4.yaml itself would be r4.yaml, read once.
      fs.symlinkSync('../r1.yaml', path.join(inFolder, 'link.yaml'));
      fs.symlinkSync('gone.yaml', path.join(inFolder, 'broken.yaml'));
      fs.symlinkSync('../elsewhere', path.join(inFolder, 'team'));
      fs.symlinkSync('..', path.join(inFolder, 'up'));
      mkfifo(path.join(inFolder, 'pipe.yaml'));
      const skipped = [
        'datascan: skipped in/broken.yaml: a link that leads nowhere',
        'datascan: skipped in/pipe.yaml: a FIFO (named pipe), not a file',
        'datascan: skipped in/team: a link to a folder, not followed inside a folder (name it to read it)',
        'datascan: skipped in/up: a link to a folder, not followed inside a folder (name it to read it)',
        '',
      ].join('\n');
      const scored = datascan(['score', 'in', '--format', 'csv'], dir);
      expect(scored.stdout.split('\n').map((line) => line.split(',')[0])).toEqual([
        'file',
        'in/link.yaml',
        'in/r4.yaml',
        '',
      ]);
      expect(scored.stderr).toBe(skipped);
      expect(scored.code).toBe(0);
      const validated = datascan(['validate', 'in'], dir);
      expect(validated.stdout).toBe('2 files checked: 0 errors, 0 warnings\n');
      expect(validated.stderr).toBe(skipped);
      expect(validated.code).toBe(0);
      // A link to a folder named on the command line is read, as a folder is.
      expect(datascan(['validate', 'in/team'], dir).stdout).toBe('1 file checked: 0 errors, 0 warnings\n');
    },
  );
});
