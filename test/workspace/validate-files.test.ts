import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace, type FileHost } from '../../src/workspace/workspace.js';
import { validateFiles } from '../../src/workspace/validate-files.js';

const TINY = fs.readFileSync('test/fixtures/scoring/tiny-scan.yaml', 'utf8');

/** Files in memory: what a server or a library user checks without touching the disk. */
function memoryHost(files: Record<string, string>): FileHost {
  return {
    read: (file) =>
      file in files ? { text: files[file]! } : { error: `file not found: ${file}`, code: 'not-found' as const },
  };
}

const answers = (questionnaire: string, a11: unknown = 2) =>
  `questionnaire: ${questionnaire}\nversion: 1.0.0\nanswers:\n  a1-1: ${JSON.stringify(a11)}\n`;

const rules = (found: Map<string, readonly { rule: string }[]>, file: string) =>
  found.get(path.resolve(file))?.map((d) => d.rule);

describe('validateFiles', () => {
  it('lets an answer file name by id a questionnaire that comes after it among the files', () => {
    const files = { 'answers.yaml': answers('tiny-scan'), 'tiny.yaml': TINY };
    const found = validateFiles(new Workspace(memoryHost(files)), ['answers.yaml', 'tiny.yaml']);
    expect([...found.keys()]).toEqual([path.resolve('answers.yaml'), path.resolve('tiny.yaml')]);
    expect(rules(found, 'answers.yaml')).toEqual([]);
    expect(rules(found, 'tiny.yaml')).toEqual([]);
  });

  it('reports an answer file whose questionnaire is nowhere, and checks each answer against its questionnaire', () => {
    const files = { 'lost.yaml': answers('elsewhere'), 'bad.yaml': answers('tiny-scan', 7), 'tiny.yaml': TINY };
    const found = validateFiles(new Workspace(memoryHost(files)), ['lost.yaml', 'bad.yaml', 'tiny.yaml']);
    expect(rules(found, 'lost.yaml')).toEqual(['unknown-questionnaire']);
    expect(rules(found, 'bad.yaml')).toEqual(['invalid-answer']);
  });

  it("reports a questionnaire's model file with it, and hands CSV files to the front end's check", () => {
    const model = 'id: m\nversion: 1.0.0\ntitle: M\nlanguages: [en]\nlevels: [{id: l, name: L, min: 1}]\nwieght: 2\n';
    const scan =
      'id: s\nversion: 1.0.0\ntitle: S\nlanguages: [en]\nmodel: model.yaml\nquestions: [{id: q1, text: Q, scale: s, dimension: d}]\n';
    const seen: string[] = [];
    const found = validateFiles(
      new Workspace(memoryHost({ 'scan.yaml': scan, 'model.yaml': model })),
      ['scan.yaml', 'x.csv'],
      {
        checkCsv: (file) => {
          seen.push(file);
          return [];
        },
      },
    );
    expect(rules(found, 'scan.yaml')).toContain('invalid-model');
    expect(rules(found, 'model.yaml')).toContain('unknown-key');
    expect(seen).toEqual(['x.csv']);
    expect(rules(found, 'x.csv')).toEqual([]);
  });
});

describe('test files among the files validate checks', () => {
  it('are a kind of their own (`cases`), checked against schemas/test.schema.json and nothing else', () => {
    const files = {
      'good.test.yaml': 'questionnaire: nowhere\ncases:\n  - {name: a, answers: {x: 1}}\n',
      'typo.test.yaml': 'questionnaire: tiny-scan\ncases:\n  - {name: a, answers: {}, expct: {}}\n',
    };
    const workspace = new Workspace(memoryHost(files));
    expect(workspace.load('good.test.yaml').kind).toBe('test');
    const found = validateFiles(workspace, ['good.test.yaml', 'typo.test.yaml']);
    // What the questionnaire and answers are is `datascan test`'s to find out; the form is validate's.
    expect(rules(found, 'good.test.yaml')).toEqual([]);
    expect(found.get(path.resolve('typo.test.yaml'))?.map((d) => d.message)).toEqual([
      'unknown key `expct` in item 1 of `cases` — did you mean `expect`?',
    ]);
  });
});
