import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnswerSet } from '../../src/answers/types.js';
import {
  expandGlob,
  expandInputs,
  hasGlob,
  isDatascanReport,
  readAnswerInput,
  splitGlob,
} from '../../src/node/inputs.js';
import { expandPaths, nodeHost } from '../../src/node/file-host.js';
import { Workspace } from '../../src/workspace/workspace.js';
import { fixture } from '../helpers/cli.js';
import { tinyScan } from '../scoring/load.js';

describe('globs: what they match', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-globs-'));
  for (const file of [
    'a.yaml',
    'a.csv',
    'a.json',
    'x/a.yaml',
    'x/y/a.yaml',
    'r1.yaml',
    'r2.yaml',
    'r10.yaml',
    'a+b (1).yaml',
    'abyaml',
    'b.yaml',
    'c.yaml',
    'd.yaml',
    'draft-1.yaml',
  ]) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), 'answers: {}\n');
  }
  const names = (glob: string) =>
    expandGlob(path.join(root, glob), /\.(ya?ml|json|csv)$|abyaml/).map((f) =>
      path.relative(root, f).split(path.sep).join('/'),
    );
  const matches = (glob: string, p: string) => names(glob).includes(p);

  it('matches * within a folder, ** across folders (also none), ? one character', () => {
    expect(matches('*.yaml', 'a.yaml')).toBe(true);
    expect(matches('*.yaml', 'x/a.yaml')).toBe(false);
    expect(matches('**/*.yaml', 'a.yaml')).toBe(true);
    expect(matches('**/*.yaml', 'x/y/a.yaml')).toBe(true);
    expect(matches('r?.yaml', 'r1.yaml')).toBe(true);
    expect(matches('r?.yaml', 'r10.yaml')).toBe(false);
  });

  it('matches classes and alternatives, and takes other characters literally', () => {
    expect(matches('r[12].yaml', 'r2.yaml')).toBe(true);
    expect(matches('r[!12].yaml', 'r2.yaml')).toBe(false);
    expect(matches('*.{yaml,csv}', 'a.csv')).toBe(true);
    expect(matches('*.{yaml,csv}', 'a.json')).toBe(false);
    expect(matches('a+b (1).yaml', 'a+b (1).yaml')).toBe(true);
    expect(matches('a.yaml', 'abyaml')).toBe(false);
  });

  it('expands nested braces', () => {
    expect(names('{a,{b,c}}.yaml')).toEqual(['a.yaml', 'b.yaml', 'c.yaml']);
  });

  // On Windows `\` separates folders; `[*]` is the way to name a `*` there.
  it.skipIf(process.platform === 'win32')('takes an escaped character literally: \\* is a * in a name', () => {
    fs.mkdirSync(path.join(root, 'star'));
    for (const file of ['*.yaml', 'x.yaml']) fs.writeFileSync(path.join(root, 'star', file), 'answers: {}\n');
    expect(names('star/\\*.yaml')).toEqual(['star/*.yaml']);
    expect(names('star/[*].yaml')).toEqual(['star/*.yaml']);
    expect(names('star/*.yaml')).toEqual(['star/*.yaml', 'star/x.yaml']);
  });

  it('leaves names out with !(…)', () => {
    expect(names('!(draft*).yaml')).toEqual([
      'a+b (1).yaml',
      'a.yaml',
      'b.yaml',
      'c.yaml',
      'd.yaml',
      'r1.yaml',
      'r10.yaml',
      'r2.yaml',
    ]);
  });
});

describe('splitGlob and hasGlob', () => {
  it('starts the search in the folder before the first glob segment', () => {
    expect(splitGlob('answers/2026/*.yaml')).toEqual({ base: 'answers/2026', pattern: '*.yaml' });
    expect(splitGlob('**/*.yaml')).toEqual({ base: '.', pattern: '**/*.yaml' });
    expect(splitGlob('/data/*/x.yaml')).toEqual({ base: '/data', pattern: '*/x.yaml' });
    expect(hasGlob('answers/*.yaml')).toBe(true);
    expect(hasGlob('answers/a.yaml')).toBe(false);
    expect(hasGlob('answers/!(draft).yaml')).toBe(true);
  });

  it.skipIf(process.platform === 'win32')('resolves escapes in the folder and keeps them in the pattern', () => {
    expect(splitGlob('a\\[1\\]/\\*x*.yaml')).toEqual({ base: 'a[1]', pattern: '\\*x*.yaml' });
    expect(splitGlob('answers/\\*.yaml')).toEqual({ base: 'answers', pattern: '\\*.yaml' });
  });
});

describe('expandGlob and expandInputs', () => {
  const group = fixture('answers', 'tiny', 'group');

  it('finds the matching files, sorted', () => {
    expect(expandGlob(`${group}/r*.yaml`)).toEqual(['r1.yaml', 'r2.yaml', 'r3.yaml'].map((f) => path.join(group, f)));
    expect(expandGlob('test/fixtures/answers/**/r[13].yaml')).toEqual([
      path.join(group, 'r1.yaml'),
      path.join(group, 'r3.yaml'),
    ]);
  });

  it('expands matching folders to the data files in them', () => {
    expect(expandGlob('test/fixtures/answers/tiny/gro*')).toHaveLength(4);
  });

  it('keeps the order given and drops duplicates', () => {
    const a = fixture('answers', 'tiny', 'a.yaml');
    expect(expandInputs([a, `${group}/r1.yaml`, a, `${group}/r*.yaml`])).toEqual([
      a,
      ...['r1.yaml', 'r2.yaml', 'r3.yaml'].map((f) => path.join(group, f)),
    ]);
  });

  it('reads a file once however it is spelled: relative, with ./, absolute, or through a link', () => {
    const a = fixture('answers', 'tiny', 'a.yaml');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-inputs-'));
    try {
      const link = path.join(dir, 'link.yaml');
      fs.symlinkSync(path.resolve(a), link);
      expect(expandInputs([a, `./${a}`, path.resolve(a), link])).toEqual([a]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is a usage error when a glob matches nothing or a path does not exist', () => {
    expect(() => expandInputs(['test/fixtures/answers/*.nothing'])).toThrow('no files match');
    expect(() => expandInputs(['test/fixtures/answers/missing.yaml'])).toThrow('no such file or folder');
  });
});

describe('folders and globs: links, hidden entries, and the -o file', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-inputs-'));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  write('in/a.yaml', 'answers: {}\n');
  write('in/.git/bad.yaml', 'x: 1\n');
  write('elsewhere/b.yaml', 'answers: {}\n');
  write('in/survey.csv', 'organisation,qs-pw-eff\nX,2\n');
  fs.symlinkSync(path.join(root, 'elsewhere'), path.join(root, 'in', 'team'));

  it('a glob follows a link to a folder and leaves hidden entries out unless it names them', () => {
    expect(expandGlob(path.join(root, 'in', '*'), /\.(ya?ml|json)$/i)).toEqual([
      path.join(root, 'in', 'a.yaml'),
      path.join(root, 'in', 'team', 'b.yaml'),
    ]);
    expect(expandGlob(path.join(root, 'in', '.git', '*'))).toEqual([path.join(root, 'in', '.git', 'bad.yaml')]);
  });

  it('an extglob that is the whole last segment leaves out what it excludes', () => {
    for (const name of ['01-a.yaml', '02-b.yaml', '04-d.yaml']) write(`drafts/${name}`, 'answers: {}\n');
    expect(expandGlob(path.join(root, 'drafts', '!(0[1-2]*)'))).toEqual([path.join(root, 'drafts', '04-d.yaml')]);
  });

  it('a glob that matches a link leading nowhere says so instead of leaving it out', () => {
    write('broken/a.yaml', 'answers: {}\n');
    fs.symlinkSync(path.join(root, 'broken', 'gone.yaml'), path.join(root, 'broken', 'b.yaml'));
    expect(() => expandGlob(path.join(root, 'broken', '*.yaml'))).toThrow(/no such file or folder: .*b\.yaml/);
  });

  it('a glob leaves node_modules out, and hidden folders unless it names them, also under **', () => {
    write('deep/x/a.yaml', 'answers: {}\n');
    write('deep/node_modules/pkg/b.yaml', 'answers: {}\n');
    write('deep/.github/c.yaml', 'answers: {}\n');
    expect(expandGlob(path.join(root, 'deep', '**', '*.yaml'))).toEqual([path.join(root, 'deep', 'x', 'a.yaml')]);
    expect(expandGlob(path.join(root, 'deep', '.github', '**', '*.yaml'))).toEqual([
      path.join(root, 'deep', '.github', 'c.yaml'),
    ]);
  });

  it('a folder given as `.` leaves its hidden entries out too', () => {
    const cwd = process.cwd();
    process.chdir(path.join(root, 'in'));
    try {
      expect(expandPaths(['.'], /\.ya?ml$/)).toEqual(['a.yaml']);
    } finally {
      process.chdir(cwd);
    }
  });

  it('-o may not replace a CSV of answers in an input folder even when CSV files are not read', () => {
    expect(() =>
      expandInputs([path.join(root, 'in')], {
        pattern: /\.(ya?ml|json)$/i,
        output: path.join(root, 'in', 'survey.csv'),
      }),
    ).toThrow(/is one of the files in .*, and not a report datascan wrote/);
  });

  it('an empty file, `[]` and a comparison are reports datascan may replace; an answer file is not', () => {
    write('r/empty.csv', '');
    write('r/none.json', '[]\n');
    write('r/comparison.json', '{\n  "model": {\n    "id": "m"\n  }\n}\n');
    write('r/answers.json', '{"questionnaire": "q", "answers": {}}');
    expect(
      ['empty.csv', 'none.json', 'comparison.json', 'answers.json'].map((f) =>
        isDatascanReport(path.join(root, 'r', f)),
      ),
    ).toEqual([true, true, true, false]);
  });
});

describe('readAnswerInput: CSV files, read a piece at a time', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-csv-input-'));
  const q = tinyScan();
  const workspace = new Workspace(nodeHost);
  const write = (name: string, content: string | Buffer) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  };

  it('says what is wrong before any answer set is read, then reads the good rows from the file as they are asked for', () => {
    const file = write('rows.csv', 'respondent,a1-1\nA,1\nB,9\nC,2\n');
    const input = readAnswerInput(file, workspace, q);
    expect(input.diagnostics.map((d) => [d.rule, d.line])).toEqual([['invalid-answer', 3]]);
    expect(Array.isArray(input.sets)).toBe(false);
    const names = (sets: Iterable<AnswerSet>) => [...sets].map((s) => s.respondent?.name);
    expect(names(input.sets)).toEqual(['A', 'C']);
    // Each time from the file: nothing was kept.
    expect(names(input.sets)).toEqual(['A', 'C']);
  });

  it('reads rows across the pieces it reads, a cell with line breaks and a character of several bytes included', () => {
    const long = `"${'ë\n'.repeat(40_000)}"`;
    const rows = Array.from({ length: 30_000 }, (_, i) => `R${i},${(i % 4) + 1}`);
    const file = write('big.csv', ['respondent,a1-1', `${long},1`, ...rows, 'last,€'].join('\n'));
    const input = readAnswerInput(file, workspace, q);
    expect(input.diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([['invalid-answer', 70_003, 6]]);
    const sets = [...input.sets];
    expect(sets).toHaveLength(30_001);
    expect(sets[1]?.source).toBe(`${file}#row-40003`);
  });

  it('reads a file whose bytes are no UTF-8 as Windows-1252, with a warning', () => {
    // 0x80 is € in Windows-1252 (in Latin-1 a control character); 0xE9 é, 0xD6 Ö, 0xFC ü.
    const bytes = Buffer.concat([
      Buffer.from('organisation,respondent,a1-1\n', 'latin1'),
      Buffer.from([0x80]),
      Buffer.from(' Gemeente,Jos\xe9 \xd6zt\xfcrk,1\n', 'latin1'),
    ]);
    const input = readAnswerInput(write('cp1252.csv', bytes), workspace, q);
    expect(input.diagnostics.map((d) => `${d.rule} ${d.severity}`)).toEqual(['not-utf8 warning']);
    expect([...input.sets].map((s) => [s.organisation, s.respondent?.name])).toEqual([['€ Gemeente', 'José Öztürk']]);
  });

  it('reads the whole file as Windows-1252 when the first byte that is no UTF-8 comes after the first piece', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `R${i},${(i % 4) + 1}`);
    const bytes = Buffer.from(['respondent,a1-1', ...rows, 'Jos\xe9,2'].join('\n'), 'latin1');
    expect(bytes.length).toBeGreaterThan(64 * 1024);
    const input = readAnswerInput(write('late.csv', bytes), workspace, q);
    expect(input.diagnostics.map((d) => d.rule)).toEqual(['not-utf8']);
    const sets = [...input.sets];
    expect(sets).toHaveLength(10_001);
    expect(sets.at(-1)?.respondent?.name).toBe('José');
  });

  it('reads UTF-8 without a warning, with or without a byte-order mark', () => {
    for (const text of ['respondent,a1-1\nJosé,1\n', '\uFEFFrespondent,a1-1\nJosé,1\n']) {
      const input = readAnswerInput(write('utf8.csv', text), workspace, q);
      expect(input.diagnostics).toEqual([]);
      expect([...input.sets].map((s) => s.respondent?.name)).toEqual(['José']);
    }
  });

  it('refuses a file with a NUL byte, in either encoding, with one finding and no answer sets', () => {
    for (const bytes of [
      Buffer.from('respondent,a1-1\nA\u0000B,1\n'),
      Buffer.from('respondent,a1-1\nJos\xe9\u0000,1\n', 'latin1'),
    ]) {
      const input = readAnswerInput(write('nul.csv', bytes), workspace, q);
      expect(input.diagnostics.map((d) => `${d.rule} ${d.message}`)).toEqual([
        'not-text file contains binary data (a NUL byte); expected CSV text',
      ]);
      expect([...input.sets]).toEqual([]);
      expect(input.skipped).toEqual([{}]);
    }
  });

  it('counts the rows left out for their errors, with the organisation each names', () => {
    const file = write('skip.csv', 'organisation,a1-1\nNoord,1\nNoord,9\n,drie\nZuid,2\n');
    const input = readAnswerInput(file, workspace, q);
    expect(input.skipped).toEqual([{ organisation: 'Noord' }, {}]);
  });

  it('refuses bytes that are no UTF-8 in a YAML answer file, as before', () => {
    const file = write(
      'latin1.yaml',
      Buffer.from('questionnaire: tiny-scan\norganisation: Jos\xe9\nanswers: {}\n', 'latin1'),
    );
    const input = readAnswerInput(file, workspace, undefined);
    expect(input.diagnostics.map((d) => d.rule)).toEqual(['not-text']);
    expect(input.skipped).toEqual([{}]);
  });
});
