/** Files named inside files: where they may lie, how they are read, and chains that lead back. */
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/workspace/memory-host.js';
import { validateFiles } from '../../src/workspace/validate-files.js';
import { Workspace, type FileHost, type WorkspaceOptions } from '../../src/workspace/workspace.js';

const QUICKSCAN = fs.readFileSync('questionnaires/odg-quickscan.yaml', 'utf8');
const MODEL = fs.readFileSync('questionnaires/odg-model.yaml', 'utf8');
const withModel = (model: string) => QUICKSCAN.replace('model: odg-model.yaml', `model: ${JSON.stringify(model)}`);
/** The line of the quickscan's `model:` key, where a finding about its model file points. */
const MODEL_LINE = QUICKSCAN.split('\n').findIndex((line) => line.startsWith('model: ')) + 1;
const answersTo = (questionnaire: string) => `questionnaire: ${JSON.stringify(questionnaire)}\nanswers: {}\n`;

/** A folder far from the working folder (the tests run in the project). */
const FAR = path.resolve('/far-from-the-project');
const far = (...parts: string[]) => path.join(FAR, ...parts);

interface Read {
  file: string;
  namedInFile: boolean;
}

/** Files in memory, with links (`from` → `to`, absolute), recording every read. */
function recordingHost(files: Record<string, string>, links: Record<string, string> = {}) {
  const inMemory = memoryHost(files);
  const reads: Read[] = [];
  const host: FileHost = {
    read(file, options) {
      reads.push({ file: path.resolve(file), namedInFile: options?.namedInFile ?? false });
      return inMemory.read(file);
    },
    realPath: (file) => links[path.resolve(file)] ?? path.resolve(file),
  };
  return { host, reads, readFiles: () => reads.map((r) => r.file) };
}

const rulesOf = (workspace: Workspace, file: string) => workspace.load(file).diagnostics.map((d) => d.rule);
const messagesOf = (workspace: Workspace, file: string) => workspace.load(file).diagnostics.map((d) => d.message);

describe('where a file named inside another may lie', () => {
  it("refuses a model outside the questionnaire's folder and the working folder, without reading it", () => {
    for (const model of ['../../secret.yaml', '/etc/shadow', '../q-other/odg-model.yaml']) {
      const { host, readFiles } = recordingHost({
        [far('q', 'scan.yaml')]: withModel(model),
        [path.resolve(far('q'), model)]: MODEL,
      });
      const workspace = new Workspace(host);
      const checked = workspace.load(far('q', 'scan.yaml'));
      expect(checked.diagnostics.map((d) => [d.rule, d.line, d.message])).toEqual([
        [
          'reference-outside',
          MODEL_LINE,
          `model file \`${model}\` lies outside this file's folder and the working folder, so it is not read`,
        ],
      ]);
      expect(checked.questionnaire).toBeUndefined();
      expect(readFiles()).toEqual([far('q', 'scan.yaml')]);
    }
  });

  it('says the same whether the file outside exists or not', () => {
    const finding = (files: Record<string, string>) =>
      messagesOf(new Workspace(recordingHost(files).host), far('in', 'a.yaml'));
    const answers = answersTo('../../etc/passwd');
    expect(
      finding({ [far('in', 'a.yaml')]: answers, [path.resolve(far('in'), '../../etc/passwd')]: 'x: 1\n' }),
    ).toEqual(finding({ [far('in', 'a.yaml')]: answers }));
  });

  it("reads a model in the questionnaire's folder or below it, or below the working folder", () => {
    const inCwd = path.resolve('models', 'odg-model.yaml');
    for (const [model, at] of [
      ['odg-model.yaml', far('q', 'odg-model.yaml')],
      ['shared/./odg-model.yaml', far('q', 'shared', 'odg-model.yaml')],
      [inCwd, inCwd],
    ] as const) {
      const workspace = new Workspace(recordingHost({ [far('q', 'scan.yaml')]: withModel(model), [at]: MODEL }).host);
      expect(rulesOf(workspace, far('q', 'scan.yaml')), model).toEqual([]);
    }
  });

  it('refuses a link that leads out, though its name lies inside', () => {
    const { host, readFiles } = recordingHost(
      { [far('q', 'scan.yaml')]: withModel('odg-model.yaml'), [far('q', 'odg-model.yaml')]: MODEL },
      { [far('q', 'odg-model.yaml')]: path.resolve('/etc/odg-model.yaml') },
    );
    expect(rulesOf(new Workspace(host), far('q', 'scan.yaml'))).toEqual(['reference-outside']);
    expect(readFiles()).not.toContain(far('q', 'odg-model.yaml'));
  });

  it('lets an answer file name a questionnaire of the catalogue by path from anywhere, and no other', () => {
    const files = {
      [far('q', 'scan.yaml')]: withModel('odg-model.yaml'),
      [far('q', 'odg-model.yaml')]: MODEL,
      [far('q', 'other.yaml')]: withModel('odg-model.yaml'),
      [far('in', 'a.yaml')]: answersTo('../q/scan.yaml'),
      [far('in', 'b.yaml')]: answersTo('../q/other.yaml'),
    };
    const workspace = new Workspace(recordingHost(files).host, new Map([['odg-quickscan', far('q', 'scan.yaml')]]));
    expect(rulesOf(workspace, far('in', 'a.yaml'))).toEqual([]);
    expect(rulesOf(workspace, far('in', 'b.yaml'))).toEqual(['reference-outside']);
    expect(workspace.resolveQuestionnaire('../q/scan.yaml', far('in', 'a.yaml'))).toBe(far('q', 'scan.yaml'));
    expect(workspace.resolveQuestionnaire('../q/other.yaml', far('in', 'b.yaml'))).toBeUndefined();
  });

  it('reads them anywhere with referencesAnywhere, and says the hint after a refusal', () => {
    const files = { [far('in', 'a.yaml')]: answersTo('../q/scan.yaml'), [far('q', 'scan.yaml')]: QUICKSCAN };
    const open = (options: WorkspaceOptions) => new Workspace(recordingHost(files).host, new Map(), undefined, options);
    expect(messagesOf(open({ outsideReferenceHint: '--allow-outside reads it' }), far('in', 'a.yaml'))).toEqual([
      "questionnaire `../q/scan.yaml` lies outside this file's folder and the working folder, so it is not read (--allow-outside reads it)",
    ]);
    // Found and read: its own model, beside it, is not in memory.
    expect(messagesOf(open({ referencesAnywhere: true }), far('in', 'a.yaml'))).toEqual([
      `questionnaire \`../q/scan.yaml\` (${far('q', 'scan.yaml')}) has errors`,
    ]);
  });

  it("follows the references of a file given to trustReferences anywhere, and still not other files'", () => {
    const files = {
      [far('in', 'mine.yaml')]: answersTo('../q/scan.yaml'),
      [far('in', 'theirs.yaml')]: answersTo('../q/scan.yaml'),
      [far('q', 'scan.yaml')]: withModel('odg-model.yaml'),
      [far('q', 'odg-model.yaml')]: MODEL,
    };
    const workspace = new Workspace(recordingHost(files).host);
    workspace.trustReferences(far('in', 'mine.yaml'));
    expect(rulesOf(workspace, far('in', 'mine.yaml'))).toEqual([]);
    expect(rulesOf(workspace, far('in', 'theirs.yaml'))).toEqual(['reference-outside']);
  });

  it('validateFiles does not read a model that may not be read, though its questionnaire has schema errors', () => {
    const scan = withModel('/etc/shadow').replace('\ntitle:', '\ntitel:');
    const { host, readFiles } = recordingHost({ [far('q', 'scan.yaml')]: scan, '/etc/shadow': 'root: x\n' });
    const found = validateFiles(new Workspace(host), [far('q', 'scan.yaml')]);
    expect([...found.keys()]).toEqual([far('q', 'scan.yaml')]);
    expect(readFiles()).toEqual([far('q', 'scan.yaml')]);
  });
});

describe('how a file named inside another is read', () => {
  it('as named inside a file (only an ordinary file) when named by path; as given otherwise', () => {
    const { host, reads } = recordingHost({
      'in/a.yaml': answersTo('../q/scan.yaml'),
      'q/scan.yaml': withModel('odg-model.yaml'),
      'q/odg-model.yaml': MODEL,
    });
    expect(rulesOf(new Workspace(host), 'in/a.yaml')).toEqual([]);
    expect(reads).toEqual([
      { file: path.resolve('in/a.yaml'), namedInFile: false },
      { file: path.resolve('q/scan.yaml'), namedInFile: true },
      { file: path.resolve('q/odg-model.yaml'), namedInFile: true },
    ]);
  });

  it("says why a file named inside another cannot be read, as the referring file's finding", () => {
    const fifo = (file: string) => ({
      error: `${file} is a FIFO (named pipe), not a file`,
      code: 'unreadable' as const,
    });
    const host = (text: string): FileHost => ({
      read: (file, options) => (options?.namedInFile ? fifo(file) : { text }),
    });
    expect(messagesOf(new Workspace(host(withModel('fifo'))), 'scan.yaml')).toEqual([
      'model file `fifo` cannot be read: fifo is a FIFO (named pipe), not a file',
    ]);
    expect(rulesOf(new Workspace(host(withModel('fifo'))), 'scan.yaml')).toEqual(['invalid-model']);
    expect(messagesOf(new Workspace(host(answersTo('./fifo'))), 'a.yaml')).toEqual([
      'questionnaire `./fifo` (fifo) cannot be read: fifo is a FIFO (named pipe), not a file',
    ]);
    expect(rulesOf(new Workspace(host(answersTo('./fifo'))), 'a.yaml')).toEqual(['unknown-questionnaire']);
  });
});

describe('files that name each other', () => {
  it('an answer file naming itself, or two naming each other: one finding each', () => {
    const { host } = recordingHost({
      'self.yaml': answersTo('./self.yaml'),
      'a.yaml': answersTo('./b.yaml'),
      'b.yaml': answersTo('./a.yaml'),
    });
    const workspace = new Workspace(host);
    for (const [file, names] of [
      ['self.yaml', 'self.yaml'],
      ['a.yaml', 'b.yaml'],
      ['b.yaml', 'a.yaml'],
    ] as const)
      expect(messagesOf(workspace, file)).toEqual([`questionnaire \`./${names}\` (${names}) is not a questionnaire`]);
  });

  it('a questionnaire whose model is itself, or two naming each other as their model: one finding each', () => {
    const workspace = new Workspace(
      recordingHost({
        'self.yaml': withModel('self.yaml'),
        'a.yaml': withModel('b.yaml'),
        'b.yaml': withModel('a.yaml'),
      }).host,
    );
    for (const [file, model] of [
      ['self.yaml', 'self.yaml'],
      ['a.yaml', 'b.yaml'],
      ['b.yaml', 'a.yaml'],
    ] as const)
      expect(messagesOf(workspace, file)).toEqual([
        `\`${model}\` is not a model file (it has questions); a model file has levels, scales and dimensions but no questions`,
      ]);
  });

  it('a chain of thousands of answer files, each naming the next, is not followed (no stack to overflow)', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 20_000; i++) files[`a${i}.yaml`] = answersTo(`./a${i + 1}.yaml`);
    const { host, readFiles } = recordingHost(files);
    expect(messagesOf(new Workspace(host), 'a0.yaml')).toEqual([
      'questionnaire `./a1.yaml` (a1.yaml) is not a questionnaire',
    ]);
    expect(readFiles()).toEqual([path.resolve('a0.yaml'), path.resolve('a1.yaml')]);
  });
});

describe('webs of files naming files (property)', () => {
  /** What a file may name: itself, the others, folders up and down, absolute paths, the model. */
  const NAMES = ['a.yaml', './b.yaml', 'sub/c.yaml', '../up.yaml', '/etc/passwd', 'sub/../a.yaml', 'odg-model.yaml'];
  const FILES = ['a.yaml', 'b.yaml', 'sub/c.yaml'];

  it('load every file of a random web: no throw, and nothing read outside the working folder', () => {
    const file = fc.record({ answers: fc.boolean(), names: fc.constantFrom(...NAMES) });
    fc.assert(
      fc.property(fc.tuple(file, file, file), (web) => {
        const files: Record<string, string> = { 'odg-model.yaml': MODEL, 'sub/odg-model.yaml': MODEL };
        web.forEach(({ answers, names }, i) => {
          files[FILES[i]!] = answers ? answersTo(names) : withModel(names);
        });
        // Outside files exist, so that only the rule keeps them unread.
        files['../up.yaml'] = QUICKSCAN;
        files['/etc/passwd'] = QUICKSCAN;
        const { host, readFiles } = recordingHost(files);
        const workspace = new Workspace(host);
        for (const name of FILES) expect(() => workspace.load(name)).not.toThrow();
        for (const read of readFiles()) expect(read.startsWith(process.cwd() + path.sep), read).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
