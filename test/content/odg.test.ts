/** The shipped Ontwikkelmodel questionnaires have the structure the model document fixes. */
import { describe, expect, it } from 'vitest';
import { unitTree } from '../../src/questionnaire/tree.js';
import { questionnaireTexts } from '../../src/questionnaire/texts.js';
import type { Questionnaire, QuestionnaireFile } from '../../src/questionnaire/types.js';
import { fixtureWorkspace } from '../helpers/workspace.js';

/** From shared/model/ontwikkelmodel.md, "Dimensions and subdimensions (17)". */
const MODEL: Record<string, string[]> = {
  'publieke-waarde': ['effectiviteit', 'efficientie', 'innovatie-dienstverlening', 'steun-stakeholders'],
  'inhoudelijke-kennis': ['datakwaliteit', 'techniek', 'informatieveiligheid', 'privacy', 'ethiek'],
  'mens-en-organisatie': ['vaardigheden', 'cultuur', 'besluitvorming', 'rollen-en-governance'],
  'leren-en-veranderen': ['experimenteren', 'programma-en-middelen', 'opleiding', 'samenwerken-en-delen'],
};

const workspace = fixtureWorkspace();
const scan = workspace.load('questionnaires/odg-scan.yaml').questionnaire as Questionnaire;
const quick = workspace.load('questionnaires/odg-quickscan.yaml').questionnaire as Questionnaire;
const model = workspace.load('questionnaires/odg-model.yaml').data as QuestionnaireFile;

function perLeaf(q: Questionnaire): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const question of q.questions)
    counts[question.subdimension ?? '?'] = (counts[question.subdimension ?? '?'] ?? 0) + 1;
  return counts;
}

describe('Ontwikkelmodel Datagedreven Gemeente content', () => {
  it('4 dimensions and 17 subdimensions with the ids of the model document, in order', () => {
    expect(Object.fromEntries(scan.dimensions.map((d) => [d.id, (d.subdimensions ?? []).map((s) => s.id)]))).toEqual(
      MODEL,
    );
    expect(unitTree(scan).leaves).toHaveLength(17);
  });

  it('four phases as levels with min 1, 2, 3, 4', () => {
    expect(scan.levels.map((l) => [l.id, l.min])).toEqual([
      ['agenderen', 1],
      ['experimenteren', 2],
      ['verbreden', 3],
      ['verankeren', 4],
    ]);
  });

  it('the scan has 51 questions, 3 per subdimension; the quickscan 17, 1 per subdimension', () => {
    expect(scan.questions).toHaveLength(51);
    expect(quick.questions).toHaveLength(17);
    const all = Object.values(MODEL).flat();
    expect(perLeaf(scan)).toEqual(Object.fromEntries(all.map((id) => [id, 3])));
    expect(perLeaf(quick)).toEqual(Object.fromEntries(all.map((id) => [id, 1])));
  });

  it('every question has four options of its own, values 1-4, and allows "weet niet"', () => {
    for (const q of [...scan.questions, ...quick.questions]) {
      expect(
        q.options?.map((o) => o.value),
        q.id,
      ).toEqual([1, 2, 3, 4]);
      const scale = scan.scales.find((s) => s.id === q.scale);
      expect(scale?.unknown, q.id).not.toBe(false);
    }
  });

  it('scan and quickscan share the model but not their question ids', () => {
    expect(scan.modelId).toBe('odg-model');
    expect(quick.modelId).toBe('odg-model');
    const scanIds = new Set(scan.questions.map((q) => q.id));
    expect(quick.questions.filter((q) => scanIds.has(q.id))).toEqual([]);
  });

  it('both languages complete in every text of all three files', () => {
    for (const file of ['odg-model', 'odg-scan', 'odg-quickscan']) {
      const data = workspace.load(`questionnaires/${file}.yaml`).data as QuestionnaireFile;
      expect(data.languages).toEqual(['nl', 'en']);
      for (const { path, text } of questionnaireTexts(data)) {
        expect(
          typeof text === 'object' && text.nl?.trim() && text.en?.trim(),
          `${file} ${path.join('.')}`,
        ).toBeTruthy();
      }
    }
  });

  it('next steps for phases 1-3 of every subdimension, two or three each, and a description per phase per dimension', () => {
    for (const dimension of model.dimensions ?? []) {
      expect(Object.keys(dimension.levelDescriptions ?? {}), dimension.id).toEqual([
        'agenderen',
        'experimenteren',
        'verbreden',
        'verankeren',
      ]);
      for (const sub of dimension.subdimensions ?? []) {
        expect(Object.keys(sub.nextSteps ?? {}), sub.id).toEqual(['agenderen', 'experimenteren', 'verbreden']);
        for (const steps of Object.values(sub.nextSteps ?? {})) expect(steps.length, sub.id).toBeGreaterThanOrEqual(2);
        for (const steps of Object.values(sub.nextSteps ?? {})) expect(steps.length, sub.id).toBeLessThanOrEqual(3);
      }
    }
  });

  it('each file says the questions are an independent elaboration of the published structure', () => {
    for (const file of ['odg-model', 'odg-scan', 'odg-quickscan']) {
      const data = workspace.load(`questionnaires/${file}.yaml`).data as QuestionnaireFile;
      const description = data.description as Record<string, string>;
      expect(description.nl).toContain('zelfstandige uitwerking');
      expect(description.en).toContain('independent elaboration');
    }
  });
});
