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
const scanFile = workspace.load('questionnaires/odg-scan.yaml').data as QuestionnaireFile;
const quickFile = workspace.load('questionnaires/odg-quickscan.yaml').data as QuestionnaireFile;

/** Subdimensions with a fourth scan question since 1.1.0: retention, DPIA, AI systems, human intervention. */
const FOUR_QUESTIONS = ['datakwaliteit', 'privacy', 'ethiek', 'besluitvorming'];

/**
 * Where `name` is mentioned in `text` as a name: with its own capitals, as whole words, and not at the
 * start of a sentence (where "Privacy by design" or "Experimenteren" are ordinary words).
 */
function namedIn(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}-])${escaped}(?![\\p{L}\\p{N}-])`, 'gu'))) {
    const before = text.slice(0, m.index).trimEnd();
    if (before !== '' && !/[.:?!'"]$/.test(before)) return true;
  }
  return false;
}

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

  it('the scan has 55 questions, 3 per subdimension and 4 in four of them; the quickscan 17, 1 per subdimension', () => {
    expect(scan.questions).toHaveLength(55);
    expect(quick.questions).toHaveLength(17);
    const all = Object.values(MODEL).flat();
    expect(perLeaf(scan)).toEqual(Object.fromEntries(all.map((id) => [id, FOUR_QUESTIONS.includes(id) ? 4 : 3])));
    expect(perLeaf(quick)).toEqual(Object.fromEntries(all.map((id) => [id, 1])));
  });

  it('every question has four options of its own, values 1-4, after at most one value-0 option below the legal floor; "weet niet" allowed', () => {
    for (const q of [...scan.questions, ...quick.questions]) {
      const values = q.options?.map((o) => o.value);
      expect(
        [
          [1, 2, 3, 4],
          [0, 1, 2, 3, 4],
        ],
        q.id,
      ).toContainEqual(values);
      // The value-0 option, and only it, says a legal duty is not met.
      for (const o of q.options ?? []) expect(o.belowLegalFloor === true, `${q.id} ${o.value}`).toBe(o.value === 0);
      const scale = scan.scales.find((s) => s.id === q.scale);
      expect(scale?.unknown, q.id).not.toBe(false);
    }
  });

  it('the answers that breach the AVG or the BIO2 lie below the legal floor, not in phase 1', () => {
    const belowFloor = scanFile.questions!.filter((q) => q.options?.some((o) => o.belowLegalFloor)).map((q) => q.id);
    expect(belowFloor).toEqual(expect.arrayContaining(['ik-pri-1', 'ik-pri-2', 'ik-vei-2', 'ik-vei-3']));
  });

  it('"niet van toepassing" on the scan questions that need it, and on no others', () => {
    const allowed = scanFile.questions!.filter((q) => q.notApplicable === true).map((q) => q.id);
    expect(allowed.sort()).toEqual(['ik-eth-3', 'lv-exp-2', 'lv-opl-2', 'mo-bes-4']);
    for (const q of scanFile.questions!.filter((x) => x.notApplicable === true)) {
      const help = q.help as Record<string, string>;
      expect(help.nl, q.id).toContain("'Niet van toepassing'");
      expect(help.en, q.id).toContain("'Not applicable'");
    }
  });

  it('the scan says how to answer, in both languages: the highest phase that fully applies, one domain is phase 2, weet niet, the legal floor', () => {
    const instructions = scanFile.instructions as Record<string, string>;
    expect(instructions.nl).toContain('hoogste fase');
    expect(instructions.nl).toContain('kies dan fase 2');
    expect(instructions.en).toContain('highest phase');
    expect(instructions.en).toContain('choose phase 2');
    expect(instructions.nl).toContain("'Weet niet'");
    expect(instructions.en).toContain("'Don't know'");
    expect(instructions.nl).toContain('wettelijke ondergrens');
    expect(instructions.en).toContain('legal floor');
  });

  it('version 1.1.0 carries answers over from 1.0.0: dropped ids keep their id, added ids are the new questions', () => {
    expect(scanFile.version).toBe('1.1.0');
    const [step, ...more] = scanFile.migrations ?? [];
    expect(more).toEqual([]);
    expect(step?.from).toBe('1.0.0');
    const ids = scanFile.questions!.map((q) => q.id);
    const named = Object.entries(step?.questions ?? {});
    expect(named.length).toBeGreaterThan(0);
    for (const [id, fate] of named) {
      expect(fate, id).toBe('dropped');
      expect(ids, id).toContain(id);
    }
    expect(step?.added).toEqual(['ik-dkw-4', 'ik-pri-4', 'ik-eth-4', 'mo-bes-4']);
    expect(ids.filter((id) => !step!.added!.includes(id))).toHaveLength(51);
  });

  it.each([
    ['odg-scan', scanFile],
    ['odg-quickscan', quickFile],
  ] as const)('no question of %s names a dimension or subdimension: respondents never see the model', (_, file) => {
    const names = (model.dimensions ?? [])
      .flatMap((d) => [d, ...(d.subdimensions ?? [])])
      .flatMap((u) => Object.values(u.name as Record<string, string>));
    const found: string[] = [];
    for (const q of file.questions ?? []) {
      const texts = [q.text, q.help, ...(q.options ?? []).map((o) => o.label)];
      for (const text of texts)
        for (const [lang, t] of Object.entries((text ?? {}) as Record<string, string>))
          for (const name of names) if (namedIn(t, name)) found.push(`${q.id} (${lang}): ${name}`);
    }
    expect(found).toEqual([]);
  });

  it('a name counts where it is a name: mid-sentence with its own capitals, not an ordinary word', () => {
    expect(namedIn('Hoe data in voorstellen komen, valt onder Besluitvorming.', 'Besluitvorming')).toBe(true);
    expect(namedIn('Covered under Roles and governance.', 'Roles and governance')).toBe(true);
    expect(namedIn('Privacy by design: only the data needed.', 'Privacy')).toBe(false);
    expect(namedIn('The privacy officer advises.', 'Privacy')).toBe(false);
    expect(namedIn('Het gaat om experimenteren met data. Experimenteren mag.', 'Experimenteren')).toBe(false);
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

  it('next steps for phases 1-3 of every subdimension, two or three each, two to keep phase 4, and a description per phase per dimension', () => {
    const phases = ['agenderen', 'experimenteren', 'verbreden', 'verankeren'];
    for (const dimension of model.dimensions ?? []) {
      expect(Object.keys(dimension.levelDescriptions ?? {}), dimension.id).toEqual(phases);
      for (const sub of dimension.subdimensions ?? []) {
        // Steps under the top phase are what a unit there does to keep it (shown as "keep" steps);
        // those under `none`, for below phase 1, are checked with the legal floor.
        expect(
          Object.keys(sub.nextSteps ?? {}).filter((key) => key !== 'none'),
          sub.id,
        ).toEqual(phases);
        for (const phase of phases.slice(0, 3)) {
          expect(sub.nextSteps![phase]!.length, `${sub.id} ${phase}`).toBeGreaterThanOrEqual(2);
          expect(sub.nextSteps![phase]!.length, `${sub.id} ${phase}`).toBeLessThanOrEqual(3);
        }
        expect(sub.nextSteps!.verankeren, `${sub.id} verankeren`).toHaveLength(2);
      }
    }
  });

  it('every subdimension a scan or quickscan answer below the legal floor can put below phase 1 has two `none` steps', () => {
    const belowFloor = new Set(
      [...scan.questions, ...quick.questions]
        .filter((q) => q.options?.some((o) => o.belowLegalFloor && o.value < 1))
        .map((q) => q.subdimension),
    );
    expect(belowFloor.size).toBeGreaterThan(0);
    for (const sub of (model.dimensions ?? []).flatMap((d) => d.subdimensions ?? [])) {
      if (belowFloor.has(sub.id)) expect(sub.nextSteps?.['none'], sub.id).toHaveLength(2);
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
