import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandPaths } from '../../src/cli/io.js';

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
});
