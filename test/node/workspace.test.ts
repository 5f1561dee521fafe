import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findAnswerFiles, loadAnswerFiles } from '../../src/node/answer-files.js';
import { loadQuestionnaire, openWorkspace, questionnaireFile } from '../../src/node/workspace.js';
import { fixture } from '../helpers/cli.js';

const SHIPPED = path.resolve('questionnaires');
const scoringDir = fixture('scoring');

describe('openWorkspace', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-workspace-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('knows the shipped questionnaires by id, not their model file', () => {
    const catalog = openWorkspace().catalog;
    expect([...catalog.keys()].sort()).toEqual(['odg-quickscan', 'odg-scan']);
    expect(catalog.get('odg-scan')).toBe(path.join(SHIPPED, 'odg-scan.yaml'));
  });

  it('adds the questionnaires in the folders given, whose copies win over the shipped ones', () => {
    fs.copyFileSync(path.join(SHIPPED, 'odg-scan.yaml'), path.join(tmp, 'my-scan.yaml'));
    const warnings: string[] = [];
    const catalog = openWorkspace({ dirs: [tmp, scoringDir], warn: (line) => warnings.push(line) }).catalog;
    expect(catalog.get('tiny-scan')).toBe(path.join(scoringDir, 'tiny-scan.yaml'));
    expect(catalog.get('odg-scan')).toBe(path.join(tmp, 'my-scan.yaml'));
    expect(warnings).toEqual([
      `${path.join(tmp, 'my-scan.yaml')} has the id \`odg-scan\` of a shipped questionnaire (${path.join(SHIPPED, 'odg-scan.yaml')}); using ${path.join(tmp, 'my-scan.yaml')}`,
    ]);
  });

  it('does not take the shipped folder given among the folders for copies of its questionnaires', () => {
    const warnings: string[] = [];
    openWorkspace({ dirs: [SHIPPED], warn: (line) => warnings.push(line) });
    expect(warnings).toEqual([]);
  });

  it('refuses a folder that does not exist', () => {
    expect(() => openWorkspace({ dirs: [path.join(tmp, 'missing')] })).toThrow(
      `no such folder: ${path.join(tmp, 'missing')}`,
    );
  });
});

describe('questionnaireFile', () => {
  it('takes a path as it is and looks an id up in the catalogue', () => {
    const workspace = openWorkspace();
    expect(questionnaireFile('my/scan.yaml', workspace)).toBe('my/scan.yaml');
    expect(questionnaireFile('odg-quickscan', workspace)).toBe(path.join(SHIPPED, 'odg-quickscan.yaml'));
    expect(questionnaireFile('nope', workspace)).toBeUndefined();
  });
});

describe('loadQuestionnaire', () => {
  it('loads a shipped questionnaire by id, merged with its model', () => {
    const loaded = loadQuestionnaire('odg-quickscan');
    expect(loaded.file).toBe(path.join(SHIPPED, 'odg-quickscan.yaml'));
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.questionnaire).toMatchObject({ id: 'odg-quickscan', modelId: 'odg-model' });
  });

  it('loads one by path, or by id from the folders or the workspace given', () => {
    expect(loadQuestionnaire(path.join(scoringDir, 'tiny-scan.yaml')).questionnaire?.id).toBe('tiny-scan');
    expect(loadQuestionnaire('tiny-scan', { dirs: [scoringDir] }).questionnaire?.id).toBe('tiny-scan');
    const workspace = openWorkspace({ dirs: [scoringDir] });
    const loaded = loadQuestionnaire('tiny-scan', { workspace });
    expect(workspace.load(loaded.file).questionnaire).toBe(loaded.questionnaire);
  });

  it('gives the findings of a questionnaire with errors, and no questionnaire', () => {
    const loaded = loadQuestionnaire(fixture('questionnaires', 'invalid', 'model-not-found.yaml'));
    expect(loaded.questionnaire).toBeUndefined();
    expect(loaded.diagnostics.map((d) => d.rule)).toEqual(['unresolved-reference']);
  });

  it('refuses an id it does not know, suggesting the nearest', () => {
    expect(() => loadQuestionnaire('odg-scna')).toThrow(
      'unknown questionnaire `odg-scna` — did you mean `odg-scan`? (known: odg-quickscan, odg-scan)',
    );
  });
});

describe('findAnswerFiles', () => {
  it('expands folders to their YAML and JSON files, sorted, and CSV files only when asked', () => {
    const dir = fixture('answers');
    const files = findAnswerFiles([dir, path.join(dir, 'tiny', 'a.yaml')]);
    expect(files).toContain(path.join(dir, 'tiny', 'group', 'r1.yaml'));
    expect(files.filter((f) => f.endsWith('.csv'))).toEqual([]);
    expect(files).toEqual([...new Set(files)].sort());
    expect(findAnswerFiles([dir], { csv: true }).filter((f) => f.endsWith('.csv'))).toContain(
      path.join(dir, 'tiny-comma.csv'),
    );
  });

  it('expands globs, and refuses a path that does not exist', () => {
    expect(findAnswerFiles([`${fixture('answers', 'tiny', 'group')}/r*.yaml`])).toHaveLength(3);
    expect(() => findAnswerFiles(['no/such/folder'])).toThrow('no such file or folder: no/such/folder');
  });
});

describe('loadAnswerFiles', () => {
  it('reads the answer sets of a folder with the questionnaires they name', async () => {
    const loaded = await loadAnswerFiles([fixture('answers', 'tiny', 'group')]);
    expect(loaded.files).toHaveLength(4);
    expect(loaded.sets.map((s) => path.basename(s.source))).toEqual(['elders.yaml', 'r1.yaml', 'r2.yaml', 'r3.yaml']);
    expect([...loaded.questionnaires.keys()]).toEqual(['tiny-scan']);
    expect(loaded).toMatchObject({ diagnostics: [], bad: false });
  });

  it('reads CSV files with the questionnaire given for them, and reports bad files', async () => {
    const csvQuestionnaire = loadQuestionnaire('tiny-scan', { dirs: [scoringDir] }).questionnaire!;
    const csv = await loadAnswerFiles([fixture('answers', 'tiny-comma.csv')], { csvQuestionnaire });
    expect(csv.sets.map((s) => s.respondent?.name)).toEqual(['A', 'B']);
    const bad = await loadAnswerFiles([fixture('answers', 'bad', 'unknown-question.yaml')]);
    expect(bad.bad).toBe(true);
    expect(bad.diagnostics.map((d) => d.rule)).toEqual(['unknown-question']);
  });
});
