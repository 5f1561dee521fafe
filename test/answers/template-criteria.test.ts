/** Quality criteria and groups in the answer template and in `show` (test/fixtures/scoring/groups-scan.yaml: s1 has two criteria). */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { answerTemplateYaml } from '../../src/answers/template.js';
import { renderQuestionnaireStructure } from '../../src/report/questionnaire.js';
import { plainStyle } from '../../src/util/style.js';
import { loadQuestionnaire } from '../scoring/load.js';

const q = loadQuestionnaire('scoring', 'groups-scan.yaml');

describe('quality criteria', () => {
  it('the template writes them as comments under the question, before its options', () => {
    const text = answerTemplateYaml(q, { schema: '../schemas/answers.schema.json', language: 'nl' });
    const block = text.slice(text.indexOf('# s1:'), text.indexOf('  s1:'));
    expect(block.split('\n').slice(0, 5)).toEqual([
      '# s1: Er zijn doelen voor het jaar',
      '  #   kwaliteitscriteria:',
      '  #   - Elk doel heeft een eigenaar',
      '  #   - De doelen staan op schrift waar de teams ze kunnen lezen',
      '  #   0 = Helemaal niet',
    ]);
    // a question without criteria has no heading; the file stays valid YAML with every question as a key
    expect(text.slice(text.indexOf('# s2:'), text.indexOf('  s2:'))).not.toContain('criteria');
    expect(Object.keys((parse(text) as { answers: object }).answers)).toHaveLength(7);
  });

  it('show lists them per question, and the units’ groups marked under them', () => {
    const text = renderQuestionnaireStructure(q, 'en', plainStyle);
    expect(text).toContain(
      'Quality criteria\ns1: Goals are set for the year\n  - Each goal has an owner\n  - Goals are written down where the teams can read them\n',
    );
    expect(text).toMatch(/│ {5}◦ Plan +│ strategy-plan +│ +│ +2 │/);
    expect(text).toMatch(/│ {3}◦ Patterns +│ design-patterns +│ +│ +2 │/);
  });
});
