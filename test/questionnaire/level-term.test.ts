/**
 * What a model calls its levels (`levelTerm`): merged like levels, carried into the profile, and
 * the word every renderer, the answer template and the comparison use. samm-lite names none (the
 * default "level"); test/fixtures/level-term/ has a model that says "stage" and a questionnaire
 * of it that says "maturity level". The ODG wording ("fase"/"phase") is kept by the existing
 * report tests, whose fixtures name it.
 */
import { describe, expect, it } from 'vitest';
import { answerTemplateYaml } from '../../src/answers/template.js';
import { normaliseAnswers, type AnswerFile } from '../../src/answers/types.js';
import { compareProfiles } from '../../src/compare/compare.js';
import { defaultLevelTerm, dutchArticle, levelTermOf, profileLevelTerm } from '../../src/questionnaire/level-term.js';
import type { Questionnaire } from '../../src/questionnaire/types.js';
import { renderHtmlComparison, renderHtmlReport } from '../../src/report/html/index.js';
import { renderComparisonMarkdown, renderComparisonTable } from '../../src/report/profile/compare.js';
import { labelsFor } from '../../src/report/profile/labels.js';
import { renderProfileMarkdown } from '../../src/report/profile/markdown.js';
import { renderProfileTable } from '../../src/report/profile/table.js';
import { questionnaireToFile } from '../../src/report/questionnaire.js';
import { validateAgainst } from '../../src/schema/validators.js';
import { score } from '../../src/scoring/score.js';
import type { Profile } from '../../src/scoring/types.js';
import { fixtureWorkspace } from '../helpers/workspace.js';
import { loadQuestionnaire, tinyScan } from '../scoring/load.js';

const samm = loadQuestionnaire('questionnaires', 'valid', 'samm-lite.yaml');
const ownTerm = loadQuestionnaire('level-term', 'own-term.yaml');
const modelTerm = loadQuestionnaire('level-term', 'model-term.yaml');

function profileOf(
  q: Questionnaire,
  values: AnswerFile['answers'],
  options: Parameters<typeof score>[2] = {},
): Profile {
  return score(q, [normaliseAnswers({ questionnaire: q.id, answers: values }, 'a.yaml')], options);
}

// governance = (0.5 + 0.25×2) / 3 = 0.33: rank 2 (Level 1, from 0.25), target 3, gap 1.
// design = 1: rank 4 (Level 3, from 0.9), the top. overall = (0.33×2 + 1) / 3 = 0.56: rank 3.
const sammProfile = profileOf(samm, { 'gov-1': 0.5, 'gov-2': 0.25, 'des-1': 1 }, { explain: true });
// people = 1: rank 1 (Low), target 2; tools = 2: rank 2 (High, the top); overall 1.5: rank 1.
const ownProfile = profileOf(ownTerm, { 'p-1': 1, 't-1': 2 });

const lines = (text: string) => text.split('\n');
const squeeze = (line: string) => line.replace(/\s+/g, ' ').trim();
/** What a reader of the HTML sees: the text without the style sheet and the tags. */
const visibleText = (html: string) => html.replace(/<style>.*?<\/style>/s, '').replace(/<[^>]*>/g, ' ');

describe('the word for a level, as a questionnaire names it', () => {
  it('is absent when neither the questionnaire nor its model names one', () => {
    expect(samm.levelTerm).toBeUndefined();
  });

  it("comes from the model, and a questionnaire's own replaces the model's", () => {
    expect(modelTerm.levelTerm).toEqual({ singular: 'stage', plural: 'stages' });
    expect(ownTerm.levelTerm).toEqual({ singular: 'maturity level', plural: 'maturity levels' });
  });

  it('is in the merged questionnaire that `show --format json` prints, which stays valid', () => {
    const file = questionnaireToFile(modelTerm);
    expect(file.levelTerm).toEqual({ singular: 'stage', plural: 'stages' });
    expect(validateAgainst('questionnaire', file)).toEqual([]);
    expect('levelTerm' in questionnaireToFile(samm)).toBe(false);
  });

  it('the shipped ODG model calls them phases (fasen)', () => {
    const odg = fixtureWorkspace().load('questionnaires/odg-scan.yaml').questionnaire!;
    expect(levelTermOf(odg, 'nl')).toEqual({ singular: 'fase', plural: 'fasen' });
    expect(levelTermOf(odg, 'en')).toEqual({ singular: 'phase', plural: 'phases' });
  });
});

describe('levelTermOf, profileLevelTerm, defaultLevelTerm', () => {
  const tiny = tinyScan();

  it('defaults to level / niveau, by the base language of a tag', () => {
    expect(defaultLevelTerm('en')).toEqual({ singular: 'level', plural: 'levels' });
    expect(defaultLevelTerm('nl-BE')).toEqual({ singular: 'niveau', plural: 'niveaus' });
    expect(defaultLevelTerm('fr')).toEqual({ singular: 'level', plural: 'levels' });
    expect(levelTermOf(samm, 'en')).toEqual({ singular: 'level', plural: 'levels' });
  });

  it("localises a questionnaire's term; a language it has no texts in gets the default of that language", () => {
    expect(levelTermOf(tiny, 'nl')).toEqual({ singular: 'fase', plural: 'fasen' });
    expect(levelTermOf(tiny, 'nl-BE')).toEqual({ singular: 'fase', plural: 'fasen' });
    // The tool has no German words: its English frames the questionnaire's English term.
    expect(levelTermOf(tiny, 'de')).toEqual({ singular: 'phase', plural: 'phases' });
    expect(levelTermOf(ownTerm, 'nl')).toEqual({ singular: 'niveau', plural: 'niveaus' });
  });

  it('never frames a word of another language: a term missing this language (in either form) gives the default', () => {
    const partial = {
      languages: ['nl', 'en'],
      levelTerm: { singular: { nl: 'fase', en: 'phase' }, plural: { nl: 'fasen' } },
    };
    expect(levelTermOf(partial, 'en')).toEqual({ singular: 'level', plural: 'levels' });
    expect(levelTermOf(partial, 'nl')).toEqual({ singular: 'fase', plural: 'fasen' });
  });

  it("takes a profile's term for labels in its language, the default for labels in another", () => {
    const p = score(tiny, [], { language: 'en' });
    expect(p.levelTerm).toEqual({ singular: 'phase', plural: 'phases' });
    expect(profileLevelTerm(p)).toEqual({ singular: 'phase', plural: 'phases' });
    expect(profileLevelTerm(p, 'nl')).toEqual({ singular: 'niveau', plural: 'niveaus' });
    const older: Profile = { ...p };
    delete older.levelTerm;
    expect(profileLevelTerm(older)).toEqual({ singular: 'level', plural: 'levels' });
  });

  it('gives Dutch level words their article: het niveau, de fase', () => {
    expect(dutchArticle({ singular: 'niveau', plural: 'niveaus' })).toBe('het');
    expect(dutchArticle({ singular: 'volwassenheidsniveau', plural: 'volwassenheidsniveaus' })).toBe('het');
    expect(dutchArticle({ singular: 'fase', plural: 'fasen' })).toBe('de');
    const nl = labelsFor('nl');
    expect([nl.level, nl.belowFirst('Starten', '1'), nl.topLevel, nl.fromTo(1, 2)]).toEqual([
      'niveau',
      'onder het eerste niveau (Starten begint bij 1)',
      'het hoogste niveau',
      'niveau 1 → 2',
    ]);
    const fase = labelsFor('nl', { singular: 'fase', plural: 'fasen' });
    expect([fase.belowFirst('Starten', '1'), fase.topLevel, fase.targetFrom('default', undefined)]).toEqual([
      'onder de eerste fase (Starten begint bij 1)',
      'de hoogste fase',
      'geen ambitie opgegeven: één fase hoger',
    ]);
  });
});

describe('the profile', () => {
  it('carries the term in its language, and validates with it and without it (older files)', () => {
    expect(sammProfile.levelTerm).toEqual({ singular: 'level', plural: 'levels' });
    expect(ownProfile.levelTerm).toEqual({ singular: 'maturity level', plural: 'maturity levels' });
    expect(score(tinyScan(), [], { language: 'nl' }).levelTerm).toEqual({ singular: 'fase', plural: 'fasen' });
    const json = JSON.parse(JSON.stringify(sammProfile)) as Record<string, unknown>;
    expect(validateAgainst('profile', json)).toEqual([]);
    delete json.levelTerm;
    expect(validateAgainst('profile', json)).toEqual([]);
    expect(validateAgainst('profile', { ...json, levelTerm: { singular: 'stage' } })).not.toEqual([]);
  });
});

describe('a model without levelTerm (samm-lite) says "level", never "phase"', () => {
  const table = renderProfileTable(sammProfile);
  const markdown = renderProfileMarkdown(sammProfile);
  const html = renderHtmlReport([sammProfile], { language: 'en' });

  it('in the table: the overall line, the column header, the next steps and the explanation', () => {
    expect(lines(table)).toContain('Overall: 0.56 · level 3 Level 2 [#######-----]');
    expect(lines(table).map(squeeze)).toContain('Dimension score level target gap chart');
    expect(lines(table)).toContain(' 1. Governance (level 2 → 3)');
    expect(lines(table)).toContain('Governance (governance): 0.33 · level 2 Level 1');
    expect(lines(table)).toContain('  level: 2 Level 1, because 0.25 ≤ 0.33 < 0.50 (level 3 Level 2)');
    expect(lines(table)).toContain('  target: 3 (no target set: one level up); gap 3 − 2 = 1');
    expect(lines(table)).toContain('  level: 4 Level 3, because 0.90 ≤ 1.00 (the top level)');
    expect(table).not.toMatch(/phase|fase/i);
  });

  it('in Markdown', () => {
    expect(markdown).toContain('- **Overall:** 0.56 · level 3 Level 2');
    expect(markdown).toContain('| Dimension | Score | Level | Target | Gap | Chart |');
    expect(markdown).toContain('1. **Governance** (level 2 → 3)');
    expect(markdown).not.toMatch(/phase|fase/i);
  });

  it('in the HTML report', () => {
    expect(html).toContain('<span class="label">Overall level</span><span class="value">3 · Level 2</span>');
    expect(html).toContain('<th scope="col">Level</th><th scope="col">Target</th>');
    expect(html).toContain('Levels: <span>1 Level 0 (from 0.00)</span>');
    expect(html).toContain('<p class="phases">from 2 · Level 1 to 3 · Level 2</p>');
    expect(visibleText(html)).not.toMatch(/phase|fase/i);
  });

  it('in Dutch: niveau, with its article', () => {
    const tiny = { ...tinyScan(), levelTerm: undefined };
    const nl = renderProfileTable(
      score(tiny, [normaliseAnswers({ questionnaire: 'tiny-scan', answers: { 'b-1': 4, 'b-2': 4 } }, 'b.yaml')], {
        language: 'nl',
        explain: true,
      }),
    );
    expect(lines(nl).map(squeeze)).toContain('Dimensie score niveau ambitie gat grafiek');
    // beta = 4: rank 4, the top.
    expect(lines(nl)).toContain('  niveau: 4 Verankeren, want 3,50 ≤ 4,00 (het hoogste niveau)');
    const nlHtml = visibleText(renderHtmlReport([score(tiny, [], { language: 'nl' })], { language: 'nl' }));
    expect(nlHtml).toContain('Niveau (totaal)');
    expect(nlHtml).toContain('Niveaus:');
    expect(nl + nlHtml).not.toMatch(/fase/i);
  });
});

describe('a questionnaire that calls its levels "maturity level"', () => {
  it('the table uses it in the overall line, the column header and the next steps', () => {
    const table = renderProfileTable(ownProfile);
    expect(lines(table)).toContain('Overall: 1.50 · maturity level 1 Low [######------]');
    expect(lines(table).map(squeeze)).toContain('Dimension score maturity level target gap chart');
    expect(lines(table)).toContain(' 1. People (maturity level 1 → 2)');
    expect(table).not.toMatch(/stage/);
  });

  it('the HTML report capitalises it where it starts a label', () => {
    const html = renderHtmlReport([ownProfile], { language: 'en' });
    expect(html).toContain('<span class="label">Overall maturity level</span><span class="value">1 · Low</span>');
    expect(html).toContain('<th scope="col">Maturity level</th><th scope="col">Target</th>');
    expect(html).toContain('<p class="phase-key">Maturity levels: <span>1 Low (from 1.00)</span>');
  });

  it('several profiles in one report each keep their own word', () => {
    const text = visibleText(
      renderHtmlReport([ownProfile, profileOf(modelTerm, { 'p-1': 1, 't-1': 2 })], { language: 'en' }),
    );
    expect(text).toContain('Overall maturity level');
    expect(text).toContain('Overall stage');
  });

  it('the comparison uses the later profile’s, and wraps it in the narrow level column', () => {
    const before = profileOf(ownTerm, { 'p-1': 1, 't-1': 1 });
    const c = compareProfiles(before, ownProfile);
    expect(c.levelTerm).toEqual({ singular: 'maturity level', plural: 'maturity levels' });
    const table = renderComparisonTable(c);
    // The header: `maturity` and `level` on two lines, the name column narrower by one.
    expect(lines(table).slice(4, 6).map(squeeze)).toEqual(['Dimension before after change maturity', 'level']);
    expect(Math.max(...lines(table).map((l) => [...l].length))).toBeLessThanOrEqual(79);
    expect(renderComparisonMarkdown(c)).toContain('| Dimension | before | after | change | maturity level |');
    const html = renderHtmlComparison(before, ownProfile, { language: 'en' });
    expect(html).toContain('Before</th><th scope="col">Maturity level</th>');
    // Labels in another language than the profiles' take that language's default.
    expect(compareProfiles(before, ownProfile, { language: 'nl' }).levelTerm).toEqual({
      singular: 'niveau',
      plural: 'niveaus',
    });
  });

  it('the answer template names the targets by it', () => {
    expect(answerTemplateYaml(ownTerm, { schema: 'a.json' })).toContain(
      '# targets: {people: 2}   # optional: ambition per dimension or subdimension (a maturity level, by rank or id)',
    );
    expect(answerTemplateYaml(samm, { schema: 'a.json' })).toContain('(a level, by rank or id)');
    expect(answerTemplateYaml({ ...tinyScan(), levelTerm: undefined }, { schema: 'a.json', language: 'nl' })).toContain(
      '# optioneel: ambitie per dimensie of subdimensie (een niveau, als nummer of id)',
    );
    expect(answerTemplateYaml(tinyScan(), { schema: 'a.json', language: 'nl' })).toContain(
      '(een fase, als nummer of id)',
    );
  });
});
