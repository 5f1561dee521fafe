import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

describe('the cache of checked questionnaires', () => {
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-cache-'));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-cache-work-'));
  afterAll(() => {
    fs.rmSync(cache, { recursive: true, force: true });
    fs.rmSync(work, { recursive: true, force: true });
  });
  const env = { DATASCAN_CACHE_DIR: cache };

  it('a second run reports exactly what the first did, for clean and broken files', () => {
    const files = [fixture('questionnaires', 'invalid'), fixture('questionnaires', 'valid'), 'questionnaires'];
    const first = runCli(['validate', '--format', 'json', ...files], { env });
    expect(fs.readdirSync(cache).length).toBeGreaterThan(0);
    const second = runCli(['validate', '--format', 'json', ...files], { env });
    expect(second.stdout).toBe(first.stdout);
    expect(second.code).toBe(first.code);
    const uncached = runCli(['validate', '--format', 'json', '--no-cache', ...files], { env });
    expect(uncached.stdout).toBe(first.stdout);
  });

  it('an edited file is checked again, not served from the cache', () => {
    const file = path.join(work, 'mini.yaml');
    fs.copyFileSync(fixture('questionnaires', 'valid', 'mini.yaml'), file);
    expect(runCli(['validate', file], { env }).code).toBe(0);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('  - id: q1', '  - id: Q1'));
    const result = runCli(['validate', file], { env });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${file}:22:9: error invalid-value`);
  });

  it('test files are cached like questionnaires, answer files are not', () => {
    const own = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-cache-kinds-'));
    const files = ['questionnaires/odg-quickscan.yaml', 'questionnaires/tests/odg-quickscan.test.yaml'];
    const answers = 'examples/gemeente-voorbeeld/scan-2026/01-wethouder.yaml';
    const first = runCli(['validate', ...files, answers], { env: { DATASCAN_CACHE_DIR: own } });
    const kinds = fs
      .readdirSync(own)
      .filter((f) => f.endsWith('.json'))
      .map((f) => (JSON.parse(fs.readFileSync(path.join(own, f), 'utf8')) as { kind: string }).kind)
      .sort();
    // The quickscan and the scan the answer file names, their model, and the test file.
    expect(kinds).toEqual(['model', 'questionnaire', 'questionnaire', 'test']);
    const second = runCli(['validate', ...files, answers], { env: { DATASCAN_CACHE_DIR: own } });
    expect(second.stdout).toBe(first.stdout);
    fs.rmSync(own, { recursive: true, force: true });
  });

  it('DATASCAN_NO_CACHE=1 writes nothing', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-nocache-'));
    runCli(['validate'], { env: { DATASCAN_CACHE_DIR: empty, DATASCAN_NO_CACHE: '1' } });
    expect(fs.readdirSync(empty)).toEqual([]);
    fs.rmSync(empty, { recursive: true, force: true });
  });
});
