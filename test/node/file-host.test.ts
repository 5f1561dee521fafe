import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandPaths, nodeHost } from '../../src/node/file-host.js';
import { MAX_SOURCE_BYTES } from '../../src/source/limits.js';

describe('expandPaths', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-io-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('reads a folder that lies inside node_modules (an installed datascan), but skips node_modules below it', () => {
    const shipped = path.join(root, 'node_modules', 'datascan', 'questionnaires');
    fs.mkdirSync(path.join(shipped, 'node_modules', 'dep'), { recursive: true });
    fs.writeFileSync(path.join(shipped, 'odg-scan.yaml'), 'id: x\n');
    fs.writeFileSync(path.join(shipped, 'node_modules', 'dep', 'other.yaml'), 'id: y\n');
    expect(expandPaths([shipped], /\.ya?ml$/)).toEqual([path.join(shipped, 'odg-scan.yaml')]);
  });

  it('skips hidden files and folders inside a folder (.git, .github), not a hidden folder given itself', () => {
    const repo = path.join(root, 'repo');
    fs.mkdirSync(path.join(repo, '.github', 'workflows'), { recursive: true });
    fs.mkdirSync(path.join(repo, 'answers'), { recursive: true });
    fs.writeFileSync(path.join(repo, '.github', 'workflows', 'ci.yml'), 'on: push\n');
    fs.writeFileSync(path.join(repo, '.hidden.yaml'), 'a: 1\n');
    fs.writeFileSync(path.join(repo, 'answers', 'a.yaml'), 'answers: {}\n');
    expect(expandPaths([repo])).toEqual([path.join(repo, 'answers', 'a.yaml')]);
    expect(expandPaths([path.join(repo, '.github')])).toEqual([path.join(repo, '.github', 'workflows', 'ci.yml')]);
  });
});

describe('nodeHost.read', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-read-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('reads a file as text', () => {
    fs.writeFileSync(path.join(root, 'a.yaml'), 'id: ä\n');
    expect(nodeHost.read(path.join(root, 'a.yaml'))).toEqual({ text: 'id: ä\n' });
  });

  it('tells a missing file, a path through a file, a folder and a file over the limit apart', () => {
    fs.writeFileSync(path.join(root, 'plain'), 'x');
    expect(nodeHost.read(path.join(root, 'missing.yaml'))).toMatchObject({ code: 'not-found' });
    expect(nodeHost.read(path.join(root, 'plain', 'below.yaml'))).toMatchObject({ code: 'not-found' });
    expect(nodeHost.read(root)).toMatchObject({ code: 'unreadable', error: `${root} is a directory, not a file` });
    const big = path.join(root, 'big.yaml');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, MAX_SOURCE_BYTES + 1);
    expect(nodeHost.read(big)).toMatchObject({ code: 'too-large' });
  });
});

describe('nodeHost.read, one buffer for all files', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-buffer-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('reads a large file whole, then a small one without any of the large one left in it', () => {
    const large = 'a: ' + 'ü'.repeat(300_000) + '\n';
    fs.writeFileSync(path.join(root, 'large.yaml'), large);
    fs.writeFileSync(path.join(root, 'small.yaml'), 'b: 1\n');
    expect(nodeHost.read(path.join(root, 'large.yaml'))).toEqual({ text: large });
    expect(nodeHost.read(path.join(root, 'small.yaml'))).toEqual({ text: 'b: 1\n' });
  });

  it('accepts a file of exactly the limit and refuses one byte more, saying its size', () => {
    const exact = path.join(root, 'exact.yaml');
    fs.writeFileSync(exact, 'x'.repeat(MAX_SOURCE_BYTES));
    expect(nodeHost.read(exact)).toMatchObject({ text: expect.any(String) });
    fs.appendFileSync(exact, 'x');
    expect(nodeHost.read(exact)).toMatchObject({
      code: 'too-large',
      error: 'file is larger than 5 MB (5.0 MB); no file datascan reads is nearly that large',
    });
  });

  it.skipIf(!fs.existsSync('/dev/zero'))(
    'refuses an endless file (no size to ask) at the limit, without claiming a size',
    () => {
      expect(nodeHost.read('/dev/zero')).toMatchObject({
        code: 'too-large',
        error: 'file is larger than 5 MB; no file datascan reads is nearly that large',
      });
    },
  );
});

const canMakeFifos = process.platform !== 'win32';
const mkfifo = (file: string) => execFileSync('mkfifo', [file], { timeout: 10_000 });

describe('nodeHost.read of a file named inside another (namedInFile)', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-named-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('reads an ordinary file, also through a link', () => {
    fs.writeFileSync(path.join(root, 'q.yaml'), 'id: q\n');
    fs.symlinkSync('q.yaml', path.join(root, 'link.yaml'));
    expect(nodeHost.read(path.join(root, 'q.yaml'), { namedInFile: true })).toEqual({ text: 'id: q\n' });
    expect(nodeHost.read(path.join(root, 'link.yaml'), { namedInFile: true })).toEqual({ text: 'id: q\n' });
  });

  it.skipIf(!canMakeFifos)('refuses a FIFO at once instead of waiting for a writer', () => {
    const fifo = path.join(root, 'fifo');
    mkfifo(fifo);
    expect(nodeHost.read(fifo, { namedInFile: true })).toMatchObject({
      code: 'unreadable',
      error: `${fifo} is a FIFO (named pipe), not a file`,
    });
  });

  it.skipIf(!fs.existsSync('/dev/null'))('refuses a device without reading it, and a folder', () => {
    expect(nodeHost.read('/dev/null', { namedInFile: true })).toMatchObject({
      code: 'unreadable',
      error: '/dev/null is a device, not a file',
    });
    expect(nodeHost.read(root, { namedInFile: true })).toMatchObject({
      code: 'unreadable',
      error: `${root} is a directory, not a file`,
    });
  });

  it('says a missing file is not found, as a path given by the user', () => {
    expect(nodeHost.read(path.join(root, 'missing.yaml'), { namedInFile: true })).toMatchObject({ code: 'not-found' });
  });
});

describe('nodeHost.realPath', () => {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-real-')));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const realPath = nodeHost.realPath!;

  it('resolves links in the folders and the file, and makes a path absolute', () => {
    fs.mkdirSync(path.join(root, 'real'));
    fs.writeFileSync(path.join(root, 'real', 'q.yaml'), '');
    fs.symlinkSync(path.join(root, 'real'), path.join(root, 'folder-link'));
    fs.symlinkSync(path.join(root, 'real', 'q.yaml'), path.join(root, 'file-link.yaml'));
    expect(realPath(path.join(root, 'folder-link', 'q.yaml'))).toBe(path.join(root, 'real', 'q.yaml'));
    expect(realPath(path.join(root, 'file-link.yaml'))).toBe(path.join(root, 'real', 'q.yaml'));
    expect(realPath(path.relative(process.cwd(), path.join(root, 'real')))).toBe(path.join(root, 'real'));
  });

  it('says where a path would lead when the file or a link target does not exist', () => {
    expect(realPath(path.join(root, 'folder-link', 'missing.yaml'))).toBe(path.join(root, 'real', 'missing.yaml'));
    fs.symlinkSync('/nowhere/secret', path.join(root, 'dangling.yaml'));
    expect(realPath(path.join(root, 'dangling.yaml'))).toBe(path.resolve('/nowhere/secret'));
  });

  it('ends on links that lead in circles', () => {
    fs.symlinkSync(path.join(root, 'loop-b'), path.join(root, 'loop-a'));
    fs.symlinkSync(path.join(root, 'loop-a'), path.join(root, 'loop-b'));
    expect(realPath(path.join(root, 'loop-a'))).toMatch(/loop-[ab]$/);
  });
});

describe('expandPaths: links and special entries in a folder', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-walk-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const expand = (folder: string) => {
    const warnings: string[] = [];
    return { files: expandPaths([folder], /\.ya?ml$/, (line) => warnings.push(line)), warnings };
  };

  it('reads a link to a file as the file, and says nothing of entries not named like data files', () => {
    const dir = path.join(root, 'file-links');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'a.yaml'), '');
    fs.writeFileSync(path.join(dir, 'notes.txt'), '');
    fs.symlinkSync('a.yaml', path.join(dir, 'b.yaml'));
    fs.symlinkSync('nowhere.txt', path.join(dir, 'c.txt'));
    expect(expand(dir)).toEqual({ files: [path.join(dir, 'a.yaml'), path.join(dir, 'b.yaml')], warnings: [] });
  });

  it('leaves out a link to a folder (a link back up cannot loop) and a link leading nowhere, saying so, sorted', () => {
    const dir = path.join(root, 'folder-links');
    fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'sub', 'a.yaml'), '');
    fs.symlinkSync('..', path.join(dir, 'sub', 'up'));
    fs.symlinkSync('sub', path.join(dir, 'again'));
    fs.symlinkSync('gone.yaml', path.join(dir, 'broken.yaml'));
    expect(expand(dir)).toEqual({
      files: [path.join(dir, 'sub', 'a.yaml')],
      warnings: [
        `skipped ${path.join(dir, 'again')}: a link to a folder, not followed inside a folder (name it to read it)`,
        `skipped ${path.join(dir, 'broken.yaml')}: a link that leads nowhere`,
        `skipped ${path.join(dir, 'sub', 'up')}: a link to a folder, not followed inside a folder (name it to read it)`,
      ],
    });
  });

  it.skipIf(!canMakeFifos)('leaves out a FIFO and a link to one, saying so, and the hidden ones without a word', () => {
    const dir = path.join(root, 'fifos');
    fs.mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'a.yaml'), '');
    mkfifo(path.join(dir, 'pipe.yaml'));
    mkfifo(path.join(dir, '.hidden.yaml'));
    mkfifo(path.join(dir, 'node_modules', 'dep.yaml'));
    fs.symlinkSync('pipe.yaml', path.join(dir, 'to-pipe.yaml'));
    expect(expand(dir)).toEqual({
      files: [path.join(dir, 'a.yaml')],
      warnings: [
        `skipped ${path.join(dir, 'pipe.yaml')}: a FIFO (named pipe), not a file`,
        `skipped ${path.join(dir, 'to-pipe.yaml')}: a FIFO (named pipe), not a file`,
      ],
    });
  });

  it.skipIf(process.platform === 'win32')('leaves out a socket named like a data file, saying so', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dsk-'));
    const server = net.createServer();
    try {
      await new Promise<void>((resolve) => server.listen(path.join(dir, 's.yaml'), resolve));
      expect(expand(dir)).toEqual({
        files: [],
        warnings: [`skipped ${path.join(dir, 's.yaml')}: a socket, not a file`],
      });
    } finally {
      await new Promise((resolve) => server.close(resolve));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('walks a folder given through a link', () => {
    const dir = path.join(root, 'linked-root');
    fs.mkdirSync(path.join(dir, 'real'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'real', 'a.yaml'), '');
    fs.symlinkSync('real', path.join(dir, 'link'));
    expect(expand(path.join(dir, 'link')).files).toEqual([path.join(dir, 'link', 'a.yaml')]);
  });
});
