/** What -o may replace (src/node/output-guard.ts): never answers, a questionnaire or a model without --force. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/node/errors.js';
import { keptKind, refuseToReplace, replacesFile } from '../../src/node/output-guard.js';
import { fixture } from '../helpers/cli.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-guard-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const write = (name: string, text: string) => {
  const file = path.join(work, name);
  fs.writeFileSync(file, text);
  return file;
};

describe('keptKind: what an existing file holds that -o keeps', () => {
  it.each([
    ['answers.yaml', fs.readFileSync(fixture('answers', 'tiny', 'a.yaml'), 'utf8'), 'answers'],
    ['answers.json', '{"questionnaire": "q", "answers": {"a": 1}}', 'answers'],
    // A name that says nothing: datascan reads a file named on the command line by its content.
    ['answers.txt', 'questionnaire: q\nanswers:\n  a: 1\n', 'answers'],
    ['questionnaire.yaml', fs.readFileSync(fixture('scoring', 'tiny-scan.yaml'), 'utf8'), 'questionnaire'],
    ['model.yaml', fs.readFileSync(fixture('level-term', 'model.yaml'), 'utf8'), 'model'],
    // Being edited, and not parsing now: still answers by its keys.
    ['broken.yaml', 'questionnaire: q\nanswers:\n  a: [1\n', 'answers'],
    ['broken.json', '{"questionnaire": "q", "answers": {"a": 1,}', 'answers'],
    ['survey.csv', 'respondent,q1,q2\nAnna,3,4\n', 'csv'],
  ] as const)('%s: %s', (name, text, kind) => {
    expect(keptKind(write(name, text))).toBe(kind);
  });

  it.each([
    ['empty.yaml', ''],
    ['blank.csv', '\n'],
    ['none.json', '[]\n'],
    ['profile.json', '{\n  "questionnaire": {\n    "id": "q"\n  },\n  "overall": {}\n}\n'],
    ['profiles.ndjson', '{"questionnaire":{"id":"q"},"overall":{}}\n{"questionnaire":{"id":"q"},"overall":{}}\n'],
    ['scores.csv', 'file;organisation;questionnaire;version;respondents;overall\n'],
    ['comparison.json', '{"model": {"id": "m"}, "dimensions": []}'],
    ['report.md', '# Profile\n\n| dimension | level |\n|---|---|\n| a | 2 |\n'],
    ['report.html', '<!DOCTYPE html><script type="application/json">{"dimensions": [1}</script>'],
    ['notes.txt', 'dimensions: the report says\nsomething: [unclosed\n'],
    ['list.yaml', '- answers: {}\n'],
  ])('%s may be replaced', (name, text) => {
    expect(keptKind(write(name, text))).toBeUndefined();
  });

  it('nothing there, a folder, and a file larger than any answer file datascan reads may be replaced', () => {
    expect(keptKind(path.join(work, 'missing.yaml'))).toBeUndefined();
    expect(keptKind(work)).toBeUndefined();
    expect(keptKind(write('huge.yaml', `answers: {}\n${'#'.repeat(6 * 1024 * 1024)}\n`))).toBeUndefined();
  });

  it.skipIf(process.platform === 'win32')('a link counts by its target; a FIFO is not read (which would wait)', () => {
    const target = write('linked.yaml', 'questionnaire: q\nanswers: {}\n');
    fs.symlinkSync(target, path.join(work, 'link.yaml'));
    expect(keptKind(path.join(work, 'link.yaml'))).toBe('answers');
    const fifo = path.join(work, 'pipe.yaml');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(keptKind(fifo)).toBeUndefined();
    expect(replacesFile(fifo)).toBe(false);
    expect(replacesFile(path.join(work, 'link.yaml'))).toBe(true);
    expect(replacesFile(path.join(work, 'missing.yaml'))).toBe(false);
  });
});

describe('refuseToReplace', () => {
  it('refuses such a file with one line and exit 2, unless forced', () => {
    const file = write('keep.yaml', 'questionnaire: q\nanswers: {}\n');
    let error: unknown;
    try {
      refuseToReplace(file, undefined);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(2);
    expect((error as UserError).message).toBe(
      `-o ${file} is an answer file; the report would replace it: choose another file, or add --force to replace it`,
    );
    expect(() => refuseToReplace(file, true)).not.toThrow();
    expect(() => refuseToReplace(write('report.md', '# Profile\n'), undefined)).not.toThrow();
  });

  it('names what the file is', () => {
    const message = (name: string, text: string) => {
      try {
        refuseToReplace(write(name, text), false);
      } catch (error) {
        return (error as Error).message.split('; ')[0];
      }
      return undefined;
    };
    expect(message('q.yaml', 'id: q\nquestions: []\n')).toMatch(/is a questionnaire$/);
    expect(message('m.yaml', 'levels: []\ndimensions: []\n')).toMatch(/is a model file$/);
    expect(message('s.csv', 'q1\n3\n')).toMatch(/is a CSV file that may hold answers \(not a report datascan wrote\)$/);
  });
});
