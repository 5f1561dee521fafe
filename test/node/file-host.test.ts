import fs from 'node:fs';
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
    expect(nodeHost.read(exact)).toEqual({
      code: 'too-large',
      error: 'file is larger than 5 MB (5.0 MB); questionnaires and answer files are far smaller',
    });
  });

  it.skipIf(!fs.existsSync('/dev/zero'))(
    'refuses an endless file (no size to ask) at the limit, without claiming a size',
    () => {
      expect(nodeHost.read('/dev/zero')).toEqual({
        code: 'too-large',
        error: 'file is larger than 5 MB; questionnaires and answer files are far smaller',
      });
    },
  );
});
