/**
 * Ids that are also names of what every JavaScript object inherits (`constructor`, `toString`, …)
 * are ordinary ids: a lookup by an id from a file finds the file's own entry or nothing. A level
 * `constructor` without next steps of its own once crashed `score` (it found Object.prototype's).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { PROFILE_FORMATS } from '../../src/report/profile/formats.js';
import { runCli } from '../helpers/cli.js';

const NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'] as const;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-prototype-keys-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

type Place = 'dimension' | 'subdimension';

/**
 * A questionnaire whose first level, scale, question and a dimension or subdimension are all called
 * `name`. The unit named so has no next steps of its own for level `name` (its parent or sibling
 * has), so scoring must look them up, and find none where the file gives none.
 */
function questionnaire(name: string, place: Place): object {
  const text = (en: string) => ({ en });
  const named = {
    id: name,
    name: text('Named'),
    levelDescriptions: { [name]: text('low') },
  };
  const dimensions =
    place === 'dimension'
      ? [
          { ...named, subdimensions: undefined },
          { id: 'other', name: text('Other'), nextSteps: { [name]: [text('Step of other')] } },
        ]
      : [
          {
            id: 'area',
            name: text('Area'),
            nextSteps: { [name]: [text('Inherited step')] },
            subdimensions: [named, { id: 'part', name: text('Part') }],
          },
        ];
  const link = (unit: string) => (place === 'dimension' ? { dimension: unit } : { subdimension: unit });
  return {
    id: 'proto',
    version: '1.0.0',
    title: text('Proto'),
    languages: ['en'],
    levels: [
      { id: name, name: text('Low'), min: 1 },
      { id: 'mid', name: text('Mid'), min: 2 },
      { id: 'top', name: text('Top'), min: 3 },
    ],
    scales: [{ id: name, options: [1, 2, 3].map((value) => ({ value, label: text(`Option ${value}`) })) }],
    dimensions: JSON.parse(JSON.stringify(dimensions)) as object,
    questions: [
      { id: name, text: text('Named?'), scale: name, ...link(name) },
      { id: 'second', text: text('Second?'), scale: name, ...link(place === 'dimension' ? 'other' : 'part') },
    ],
  };
}

function writeCase(name: string, place: Place): { dir: string; answers: string; csv: string; q: string } {
  const dir = path.join(work, `${place}-${name}`);
  fs.mkdirSync(dir);
  const q = path.join(dir, 'q.yaml');
  fs.writeFileSync(q, stringify(questionnaire(name, place)));
  const answers = path.join(dir, 'a.yaml');
  const unit = name;
  fs.writeFileSync(
    answers,
    stringify({ questionnaire: './q.yaml', answers: { [name]: 1, second: 1 }, targets: { [unit]: 3 } }),
  );
  const csv = path.join(dir, 'a.csv');
  fs.writeFileSync(csv, `respondent,${name},second\nA,1,2\nB,2,1\n`);
  return { dir, answers, csv, q };
}

function expectNoCrash(result: { code: number | null; stdout: string; stderr: string }): void {
  expect(result.stderr).not.toContain('internal error');
  expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  expect(result.code === 0 || result.code === 1).toBe(true);
}

describe('ids named like Object.prototype members (built CLI)', () => {
  for (const place of ['dimension', 'subdimension'] as const) {
    describe(`as level, scale, question and ${place} id`, () => {
      it('constructor: validates, and scores in every format with its own next steps only', () => {
        const { answers, csv, q } = writeCase('constructor', place);
        const validated = runCli(['validate', q, answers]);
        expectNoCrash(validated);
        expect(validated.code).toBe(0);
        // The unit named `constructor` has no next steps of its own for level `constructor`, so
        // unless its parent gives some, validation says so (it once found Object.prototype's).
        if (place === 'dimension') expect(validated.stdout).toContain('`constructor` has no next steps for level');

        for (const format of PROFILE_FORMATS) {
          // A target flag for another unit: the lookup of `constructor` among the flags finds nothing.
          const other = place === 'dimension' ? 'other' : 'part';
          const scored = runCli(['score', answers, '--format', format, '--explain', '--target', `${other}=2`]);
          expectNoCrash(scored);
          expect(scored.code, `${format}: ${scored.stderr}`).toBe(0);
        }
        const profile = JSON.parse(runCli(['score', answers, '--format', 'json']).stdout) as {
          nextSteps: { steps: string[] }[];
          dimensions: { id: string; target: number; subdimensions: { id: string; target: number }[] }[];
        };
        const steps = profile.nextSteps.flatMap((g) => g.steps);
        // The unit `constructor` has none of its own: as a dimension it gets none, as a
        // subdimension its dimension's (as its sibling `part` does).
        expect(steps).toEqual(place === 'dimension' ? ['Step of other'] : ['Inherited step', 'Inherited step']);
        const units = profile.dimensions.flatMap((d) => [d, ...d.subdimensions]);
        expect(units.find((u) => u.id === 'constructor')?.target).toBe(3);

        const fromCsv = runCli(['score', csv, '--questionnaire', q, '--format', 'ndjson']);
        expectNoCrash(fromCsv);
        expect(fromCsv.code).toBe(0);
        expect(fromCsv.stdout.trim().split('\n')).toHaveLength(2);
        expect(runCli(['validate', csv, '--questionnaire', q]).code).toBe(0);
      });

      it.each(NAMES.filter((n) => n !== 'constructor'))(
        '%s: not a valid id, reported as findings; nothing crashes',
        (name) => {
          const { answers, csv, q } = writeCase(name, place);
          const validated = runCli(['validate', q, answers]);
          expectNoCrash(validated);
          expect(validated.code).toBe(1);
          expect(validated.stdout).toContain('invalid-value');
          for (const format of PROFILE_FORMATS) {
            const scored = runCli(['score', answers, '--format', format]);
            expectNoCrash(scored);
            expect(scored.code).toBe(1);
            expect(scored.stderr).toContain(`key \`${name}\` in \`answers\` must be an identifier`);
          }
          const fromCsv = runCli(['score', csv, '--questionnaire', q]);
          expectNoCrash(fromCsv);
          expect(fromCsv.code).toBe(1);
          expect(fromCsv.stderr).toContain(
            `must be kebab-case (lower-case letters and digits separated by single hyphens, e.g. \`data-kwaliteit\`), not \`${name}\``,
          );
        },
      );
    });
  }

  it('answer and target keys named so: `constructor` is an unknown question and target, the others invalid keys', () => {
    const mini = path.resolve('test/fixtures/questionnaires/valid/mini.yaml');
    const file = path.join(work, 'keys.yaml');
    const keys = NAMES.map((n) => `  ${n}: 1`).join('\n');
    fs.writeFileSync(file, `questionnaire: ${mini}\nanswers:\n${keys}\ntargets:\n${keys}\n`);
    const result = runCli(['validate', file]);
    expectNoCrash(result);
    expect(result.code).toBe(1);
    const invalid = result.stdout.split('\n').flatMap((l) => / error invalid-key key `([^`]+)`/.exec(l)?.[1] ?? []);
    expect(invalid.sort()).toEqual(
      NAMES.filter((n) => n !== 'constructor')
        .flatMap((n) => [n, n])
        .sort(),
    );

    const valid = path.join(work, 'constructor.yaml');
    fs.writeFileSync(valid, `questionnaire: ${mini}\nanswers:\n  constructor: 1\ntargets:\n  constructor: 1\n`);
    const checked = runCli(['validate', valid]);
    expectNoCrash(checked);
    expect(checked.stdout).toContain('error unknown-question `constructor` is not a question of `mini`');
    expect(checked.stdout).toContain('error unknown-target target `constructor` is not a dimension or subdimension');
  });
});
