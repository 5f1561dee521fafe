/**
 * The tests shipped in questionnaires/tests/ pin what the scan measures: every one-point change of
 * a weight or a level threshold makes one of them fail, naming the unit whose score moved. Each
 * change is made to the parsed files in memory and the shipped tests run against it, as
 * `datascan test` runs them (test/e2e/test-command.test.ts does one such change on disk).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { nodeHost } from '../../src/node/file-host.js';
import { findTestFiles, registerQuestionnairesIn, runTestFile } from '../../src/node/test-files.js';
import type { QuestionnaireFile } from '../../src/questionnaire/types.js';
import type { TestFileResult } from '../../src/testing/types.js';
import { Workspace, type FileHost } from '../../src/workspace/workspace.js';

type Files = { model: QuestionnaireFile; scan: QuestionnaireFile; quick: QuestionnaireFile };
const FILES: Record<keyof Files, string> = {
  model: 'questionnaires/odg-model.yaml',
  scan: 'questionnaires/odg-scan.yaml',
  quick: 'questionnaires/odg-quickscan.yaml',
};
const SHIPPED = Object.fromEntries(
  Object.entries(FILES).map(([key, file]) => [key, parse(fs.readFileSync(file, 'utf8'))]),
) as Files;

/**
 * The shipped tests (or those of `only`), run against the questionnaires as `edit` leaves them
 * (written as JSON, which reads fastest).
 */
function runShipped(edit: (files: Files) => void = () => {}, only?: string): TestFileResult[] {
  const files = structuredClone(SHIPPED);
  edit(files);
  const texts = new Map(
    Object.entries(FILES).map(([key, file]) => [path.resolve(file), JSON.stringify(files[key as keyof Files])]),
  );
  const host: FileHost = {
    read: (file) => (texts.has(path.resolve(file)) ? { text: texts.get(path.resolve(file))! } : nodeHost.read(file)),
  };
  const workspace = new Workspace(host);
  registerQuestionnairesIn(['questionnaires'], workspace);
  return findTestFiles(['questionnaires'])
    .filter((file) => only === undefined || path.basename(file) === only)
    .map((file) => runTestFile(file, workspace).result);
}

/** Every difference of every failing case, as `file: path`; and cases that could not run. */
function failures(results: TestFileResult[]): string[] {
  return results.flatMap((r) =>
    r.cases.flatMap((c) =>
      c.status === 'error'
        ? [`${path.basename(r.file)}: not run`]
        : c.differences.map((d) => `${path.basename(r.file)}: ${d.path.join('.')}`),
    ),
  );
}

const dimensions = SHIPPED.model.dimensions!;
const subdimensions = dimensions.flatMap((d) => (d.subdimensions ?? []).map((s) => ({ dimension: d.id, id: s.id })));

describe('the shipped tests', () => {
  it('pass against the shipped questionnaires (also when read as JSON)', () => {
    const results = runShipped();
    expect(failures(results)).toEqual([]);
    expect(results.flatMap((r) => r.cases).length).toBeGreaterThan(20);
  });

  it.each(dimensions.map((d) => d.id))('fail on weight + 1 of dimension %s, naming the overall score', (id) => {
    const found = failures(runShipped((f) => void (f.model.dimensions!.find((d) => d.id === id)!.weight = 2)));
    expect(found).toContain('odg-scan.test.yaml: overall.score');
    expect(found).toContain('odg-quickscan.test.yaml: overall.score');
  });

  it.each(subdimensions)('fail on weight + 1 of subdimension $id, naming its dimension', ({ dimension, id }) => {
    const found = failures(
      runShipped((f) => {
        const sub = f.model.dimensions!.find((d) => d.id === dimension)!.subdimensions!.find((s) => s.id === id)!;
        sub.weight = (sub.weight ?? 1) + 1;
      }),
    );
    expect(found).toContain(`odg-scan.test.yaml: units.${dimension}.score`);
    expect(found).toContain(`odg-quickscan.test.yaml: units.${dimension}.score`);
  });

  it.each(SHIPPED.scan.questions!.map((q) => ({ id: q.id, unit: q.subdimension })))(
    'fail on weight + 1 of scan question $id, naming its subdimension',
    ({ id, unit }) => {
      const found = failures(
        runShipped((f) => {
          const question = f.scan.questions!.find((q) => q.id === id)!;
          question.weight = (question.weight ?? 1) + 1;
        }, 'odg-scan.test.yaml'),
      );
      expect(found).toContain(`odg-scan.test.yaml: units.${unit}.score`);
    },
  );

  it("do not notice a quickscan question's weight, which can change no score: each subdimension has one question", () => {
    for (const question of SHIPPED.quick.questions!)
      expect(SHIPPED.quick.questions!.filter((q) => q.subdimension === question.subdimension)).toHaveLength(1);
    const found = failures(runShipped((f) => f.quick.questions!.forEach((q) => (q.weight = 2))));
    expect(found).toEqual([]);
  });

  const thresholds = SHIPPED.model.levels!.flatMap((level) => [
    { level: level.id, min: level.min, to: level.min + 1 },
    { level: level.id, min: level.min, to: level.min - 1 },
  ]);
  it.each(thresholds)('fail when the threshold of $level moves from $min to $to', ({ level, to }) => {
    const found = failures(runShipped((f) => void (f.model.levels!.find((l) => l.id === level)!.min = to)));
    expect(found.length).toBeGreaterThan(0);
  });

  it('notice the lowest threshold moving down in a level, not a score: only an answer below the legal floor lies below it', () => {
    const lowest = SHIPPED.model.levels![0]!;
    const options = [...SHIPPED.scan.questions!, ...SHIPPED.quick.questions!].flatMap((q) => q.options ?? []);
    const belowLowest = options.filter((o) => o.value < lowest.min);
    expect(belowLowest.length).toBeGreaterThan(0);
    expect(belowLowest.every((o) => o.belowLegalFloor === true)).toBe(true);
    const found = failures(runShipped((f) => void (f.model.levels![0]!.min = lowest.min - 1)));
    expect(found.some((d) => d.endsWith('.level'))).toBe(true);
    expect(found.filter((d) => d.endsWith('.score'))).toEqual([]);
  });
});
