import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/prompt/messages.js';
import { openNewAnswerFile, resumeAnswerFile, type StoreContext } from '../../src/node/answer-file-store.js';
import { UserError } from '../../src/node/errors.js';
import { lockFileFor } from '../../src/node/lock.js';
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
});
