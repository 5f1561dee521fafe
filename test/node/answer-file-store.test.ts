import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/prompt/messages.js';
import {
  openNewAnswerFile,
  realLocation,
  resumeAnswerFile,
  type StoreContext,
} from '../../src/node/answer-file-store.js';
import { UserError, WriteError } from '../../src/node/errors.js';
import { lockFileFor, tryLock } from '../../src/node/lock.js';
import { SaveError } from '../../src/prompt/interview.js';
import { fixtureWorkspace } from '../helpers/workspace.js';

const SCAN = path.resolve('test/fixtures/run/scan.yaml');

function context(said: string[] = []): StoreContext {
  const workspace = fixtureWorkspace();
  return {
    loadQuestionnaire: (ref) => ({ questionnaire: workspace.load(ref).questionnaire!, file: ref }),
    workspace,
    messages: messagesFor('en'),
    say: (text) => void said.push(text),
  };
}

describe('AnswerFileStore', () => {
  let dir = '';
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-store-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('holds the lock of a new file from the start, writes it on save and frees it on release', async () => {
    const file = path.join(dir, 'new.yaml');
    const { store, start } = openNewAnswerFile(SCAN, file, { organisation: 'Gemeente Zuid' }, context());
    expect(store.file).toBe(file);
    expect(fs.existsSync(lockFileFor(file))).toBe(true);
    expect(start.details).toEqual(['name', 'role']);
    expect(() => openNewAnswerFile(SCAN, file, {}, context())).toThrow(UserError);
    await store.save({ ...start.set, answers: { 'data-1': { value: 2 } } });
    const written = fs.readFileSync(file, 'utf8');
    expect(written).toContain('organisation: Gemeente Zuid');
    expect(written).toContain('data-1: 2');
    expect(written).toContain('status: in-progress');
    store.release();
    expect(fs.existsSync(lockFileFor(file))).toBe(false);
  });

  it('resumes what it wrote: the answers, the questionnaire, and where the interview was', async () => {
    const file = path.join(dir, 'again.yaml');
    const first = openNewAnswerFile(SCAN, file, {}, context());
    await first.store.save({ ...first.start.set, answers: { 'data-1': { value: 3 } } });
    first.store.release();
    const said: string[] = [];
    const { store, start } = resumeAnswerFile(file, undefined, {}, context(said));
    expect(start.resumed).toBe(true);
    expect(start.changedOnOpen).toBe(false);
    expect(start.questionnaire.id).toBe('run-scan');
    expect(start.set.answers['data-1']).toEqual({ value: 3 });
    expect(said.join('\n')).toContain(path.basename(file));
    store.release();
  });

  it('without a file name, the first save picks a free default name and takes its lock', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const said: string[] = [];
      const { store, start } = openNewAnswerFile(SCAN, undefined, {}, context(said));
      expect(store.file).toBeUndefined();
      await store.save({ ...start.set, organisation: 'Gemeente Noord' });
      expect(store.file).toMatch(/^run-scan-gemeente-noord-\d{4}-\d{2}-\d{2}\.yaml$/);
      expect(fs.existsSync(store.file!)).toBe(true);
      expect(fs.existsSync(lockFileFor(store.file!))).toBe(true);
      store.release();
    } finally {
      process.chdir(cwd);
    }
  });

  describe('when a save fails', () => {
    /** A new file in `sub/`, whose folder is then removed: its saves fail as on a lost disk. */
    function lost(): ReturnType<typeof openNewAnswerFile> {
      fs.mkdirSync(path.join(dir, 'sub'));
      const opened = openNewAnswerFile(SCAN, path.join(dir, 'sub', 'a.yaml'), {}, context());
      fs.rmSync(path.join(dir, 'sub'), { recursive: true });
      return opened;
    }

    it('throws a SaveError in the language of the interview, and the file counts as not saved', async () => {
      const { store, start } = lost();
      expect(store.saved).toBe(false);
      await expect(store.save(start.set)).rejects.toThrow(
        new SaveError(`cannot save ${path.join(dir, 'sub', 'a.yaml')}: ENOENT (its folder does not exist)`),
      );
      expect(store.saved).toBe(false);
      store.release();
    });

    it('saveTo continues in a new file: locked, written in full, the old lock let go, later saves there', async () => {
      fs.mkdirSync(path.join(dir, 'q'));
      fs.copyFileSync(SCAN, path.join(dir, 'q', 'scan.yaml'));
      fs.mkdirSync(path.join(dir, 'first'));
      const first = path.join(dir, 'first', 'a.yaml');
      fs.writeFileSync(first, 'questionnaire: ../q/scan.yaml\nanswers:\n  visie-1: 2\n');
      const said: string[] = [];
      const { store, start } = resumeAnswerFile(first, undefined, {}, context(said));
      expect(store.saved).toBe(true);
      const other = path.join(dir, 'other.json');
      await store.saveTo(other, { ...start.set, answers: { ...start.set.answers, 'visie-2': { value: 1 } } });
      expect(store.file).toBe(other);
      expect(fs.existsSync(lockFileFor(first))).toBe(false);
      expect(fs.existsSync(lockFileFor(other))).toBe(true);
      expect(said.at(-1)).toBe(`Answers are saved after every question to ${other}`);
      // JSON by its name; the questionnaire's path written anew, from the new file's folder.
      expect(JSON.parse(fs.readFileSync(other, 'utf8'))).toMatchObject({
        questionnaire: 'q/scan.yaml',
        answers: { 'visie-1': 2, 'visie-2': 1 },
      });
      await store.save({ ...start.set, answers: { 'data-1': { value: 3 } } });
      expect(JSON.parse(fs.readFileSync(other, 'utf8')).answers).toEqual({ 'data-1': 3 });
      expect(fs.readFileSync(first, 'utf8')).toBe('questionnaire: ../q/scan.yaml\nanswers:\n  visie-1: 2\n');
      store.release();
      expect(fs.existsSync(lockFileFor(other))).toBe(false);
    });

    it('saveTo refuses a file that exists, is in use, is not .yaml or .json, or cannot be written, and keeps the file it had', async () => {
      const { store, start } = lost();
      fs.writeFileSync(path.join(dir, 'taken.yaml'), 'kept\n');
      const busy = path.join(dir, 'busy.yaml');
      const held = tryLock(busy, { pid: 1, isAlive: () => true });
      await expect(store.saveTo(path.join(dir, 'taken.yaml'), start.set)).rejects.toThrow(
        new SaveError(`${path.join(dir, 'taken.yaml')} already exists; choose a new file`),
      );
      await expect(store.saveTo(busy, start.set)).rejects.toThrow(/is in use by another `datascan run`/);
      await expect(store.saveTo(path.join(dir, 'notes.txt'), start.set)).rejects.toThrow(
        /an answer file is YAML \(\.yaml, \.yml\) or JSON/,
      );
      await expect(store.saveTo(path.join(dir, 'none', 'b.yaml'), start.set)).rejects.toThrow(
        /ENOENT \(its folder does not exist\)/,
      );
      for (const attempt of ['taken.yaml', 'busy.yaml', 'notes.txt', 'none/b.yaml'])
        await expect(store.saveTo(path.join(dir, attempt), start.set)).rejects.toBeInstanceOf(SaveError);
      expect(fs.readFileSync(path.join(dir, 'taken.yaml'), 'utf8')).toBe('kept\n');
      expect(fs.existsSync(lockFileFor(path.join(dir, 'taken.yaml')))).toBe(false);
      expect(store.file).toBe(path.join(dir, 'sub', 'a.yaml'));
      if ('lock' in held) held.lock.release();
      store.release();
    });

    it('saveTo reads ~/ as the home folder: it is typed at a prompt, not in a shell', async () => {
      const home = process.env.HOME;
      process.env.HOME = dir;
      try {
        const { store, start } = lost();
        await store.saveTo('~/home.yaml', start.set);
        expect(store.file).toBe(path.join(dir, 'home.yaml'));
        expect(fs.existsSync(path.join(dir, 'home.yaml'))).toBe(true);
        store.release();
      } finally {
        process.env.HOME = home;
      }
    });
  });

  describe('through a link', () => {
    /** `real/answers.yaml` with one answer, and `links/link.yaml` pointing at it from another folder. */
    async function linked(): Promise<{ real: string; link: string }> {
      fs.mkdirSync(path.join(dir, 'real'));
      fs.mkdirSync(path.join(dir, 'links'));
      const real = path.join(dir, 'real', 'answers.yaml');
      const first = openNewAnswerFile(SCAN, real, {}, context());
      await first.store.save({ ...first.start.set, answers: { 'visie-1': { value: 2 } } });
      first.store.release();
      const link = path.join(dir, 'links', 'link.yaml');
      fs.symlinkSync(path.relative(path.dirname(link), real), link);
      return { real, link };
    }

    it('resuming writes the real file and keeps the link a link, with the lock beside the real file', async () => {
      const { real, link } = await linked();
      const said: string[] = [];
      const { store, start } = resumeAnswerFile(link, undefined, {}, context(said));
      expect(start.set.answers['visie-1']).toEqual({ value: 2 });
      expect(store.file).toBe(link);
      expect(said.join('\n')).toContain('link.yaml');
      expect(fs.existsSync(lockFileFor(real))).toBe(true);
      expect(fs.existsSync(lockFileFor(link))).toBe(false);
      await store.save({ ...start.set, answers: { ...start.set.answers, 'visie-2': { value: 1 } } });
      expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
      const written = fs.readFileSync(real, 'utf8');
      expect(written).toContain('visie-1: 2');
      expect(written).toContain('visie-2: 1');
      // The questionnaire is named from the real file's folder, as it was.
      expect(written).toContain(`questionnaire: ${path.relative(path.dirname(real), SCAN)}`);
      store.release();
      expect(fs.existsSync(lockFileFor(real))).toBe(false);
    });

    it('the link and the real name share one lock: one interview per file, whichever name opens it', async () => {
      const { real, link } = await linked();
      const { store } = resumeAnswerFile(link, undefined, {}, context());
      expect(() => resumeAnswerFile(real, undefined, {}, context())).toThrow(`${real} is in use by another`);
      store.release();
      const again = resumeAnswerFile(real, undefined, {}, context());
      expect(() => resumeAnswerFile(link, undefined, {}, context())).toThrow(`${link} is in use by another`);
      again.store.release();
    });

    it('-o a link to an existing file is refused as existing, naming the link, and leaves no lock', async () => {
      const { real, link } = await linked();
      const before = fs.readFileSync(real, 'utf8');
      expect(() => openNewAnswerFile(SCAN, link, {}, context())).toThrow(
        new UserError(
          `${link} already exists. Continue it with \`datascan run --resume ${link}\`, or choose another file with -o.`,
        ),
      );
      expect(fs.readFileSync(real, 'utf8')).toBe(before);
      expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
      expect(fs.readdirSync(path.join(dir, 'real'))).toEqual(['answers.yaml']);
      expect(fs.readdirSync(path.join(dir, 'links'))).toEqual(['link.yaml']);
    });

    it('-o a link that leads nowhere yet creates the file it points at', async () => {
      fs.mkdirSync(path.join(dir, 'real'));
      const link = path.join(dir, 'new-link.yaml');
      fs.symlinkSync(path.join('real', 'new.yaml'), link);
      const { store, start } = openNewAnswerFile(SCAN, link, {}, context());
      expect(store.file).toBe(link);
      expect(fs.existsSync(lockFileFor(path.join(dir, 'real', 'new.yaml')))).toBe(true);
      await store.save({ ...start.set, answers: { 'data-1': { value: 3 } } });
      store.release();
      expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
      expect(fs.readFileSync(link, 'utf8')).toContain('data-1: 3');
      expect(fs.readdirSync(dir).sort()).toEqual(['new-link.yaml', 'real']);
    });

    it('a questionnaire change keeps the copy beside the real file', async () => {
      fs.mkdirSync(path.join(dir, 'real'));
      fs.mkdirSync(path.join(dir, 'links'));
      fs.copyFileSync(path.resolve('test/fixtures/run/scan-v2.yaml'), path.join(dir, 'real', 'scan.yaml'));
      const real = path.join(dir, 'real', 'answers.yaml');
      fs.writeFileSync(real, 'questionnaire: scan.yaml\nversion: 1.0.0\nanswers:\n  visie-1: 2\n');
      const link = path.join(dir, 'links', 'link.yaml');
      fs.symlinkSync(real, link);
      const { store, start } = resumeAnswerFile(link, undefined, {}, context());
      expect(start.questionnaire.version).toBe('2.0.0');
      expect(fs.existsSync(`${real}.v1.0.0.bak`)).toBe(true);
      expect(fs.readdirSync(path.join(dir, 'links'))).toEqual(['link.yaml']);
      store.release();
    });
  });
});

describe('realLocation', () => {
  let dir = '';
  beforeEach(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-real-')));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is the absolute path of a file, and of a file still to be made', () => {
    fs.writeFileSync(path.join(dir, 'a.yaml'), '');
    expect(realLocation(path.join(dir, 'a.yaml'))).toBe(path.join(dir, 'a.yaml'));
    expect(realLocation(path.join(dir, 'new.yaml'))).toBe(path.join(dir, 'new.yaml'));
    expect(realLocation(path.join(dir, 'no-folder', 'new.yaml'))).toBe(path.join(dir, 'no-folder', 'new.yaml'));
  });

  it('follows links, to files, through folders, and to a file a link names before it exists', () => {
    fs.mkdirSync(path.join(dir, 'real'));
    fs.writeFileSync(path.join(dir, 'real', 'a.yaml'), '');
    fs.symlinkSync('real', path.join(dir, 'folder-link'));
    fs.symlinkSync(path.join('real', 'a.yaml'), path.join(dir, 'one.yaml'));
    fs.symlinkSync('one.yaml', path.join(dir, 'two.yaml'));
    fs.symlinkSync(path.join('folder-link', 'later.yaml'), path.join(dir, 'dangling.yaml'));
    expect(realLocation(path.join(dir, 'two.yaml'))).toBe(path.join(dir, 'real', 'a.yaml'));
    expect(realLocation(path.join(dir, 'folder-link', 'new.yaml'))).toBe(path.join(dir, 'real', 'new.yaml'));
    expect(realLocation(path.join(dir, 'dangling.yaml'))).toBe(path.join(dir, 'real', 'later.yaml'));
  });

  it('refuses a loop of links and a path through a file with a WriteError', () => {
    fs.symlinkSync('b.yaml', path.join(dir, 'a.yaml'));
    fs.symlinkSync('a.yaml', path.join(dir, 'b.yaml'));
    fs.writeFileSync(path.join(dir, 'file'), '');
    expect(() => realLocation(path.join(dir, 'a.yaml'))).toThrow(WriteError);
    expect(() => realLocation(path.join(dir, 'file', 'x.yaml'))).toThrow(/ENOTDIR/);
  });
});
