/**
 * The shipped quickscan: an answer below the legal floor puts privacy below phase 1, and the report
 * then advises what to do first, the model's steps under `none` for privacy.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

interface Shipped {
  version: string;
  questions: { id: string }[];
  dimensions: { subdimensions?: { id: string; nextSteps?: Record<string, { nl: string }[]> }[] }[];
}
const read = (name: string): Shipped =>
  parse(fs.readFileSync(path.join(ROOT, 'questionnaires', `${name}.yaml`), 'utf8')) as Shipped;
const quickscan = read('odg-quickscan');
const privacy = read('odg-model')
  .dimensions.flatMap((d) => d.subdimensions ?? [])
  .find((s) => s.id === 'privacy');

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-odg-none-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('odg-quickscan below the legal floor', () => {
  it('a 0 on qs-ik-pri lists privacy’s `none` steps among the next steps, from below phase 1', () => {
    const answers = Object.fromEntries(quickscan.questions.map((q) => [q.id, q.id === 'qs-ik-pri' ? 0 : 2]));
    const file = path.join(work, 'answers.yaml');
    fs.writeFileSync(file, JSON.stringify({ questionnaire: 'odg-quickscan', version: quickscan.version, answers }));

    const r = runCli(['score', file, '--format', 'json', '--lang', 'nl']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const profile = JSON.parse(r.stdout) as {
      nextSteps: { subdimension?: string; fromLevel: number; steps: string[] }[];
    };
    const group = profile.nextSteps.find((g) => g.subdimension === 'privacy');
    const none = privacy?.nextSteps?.['none']?.map((s) => s.nl) ?? [];
    expect(none).toHaveLength(2);
    expect(group?.fromLevel).toBe(0);
    expect(group?.steps.slice(0, none.length)).toEqual(none);
  });
});
