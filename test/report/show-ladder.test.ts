/** `show` for a gated questionnaire (test/fixtures/scoring/gated-scan.yaml): per gated unit its questions by level. */
import { describe, expect, it } from 'vitest';
import { renderQuestionnaireStructure } from '../../src/report/questionnaire.js';
import { plainStyle } from '../../src/util/style.js';
import { loadQuestionnaire, tinyScan } from '../scoring/load.js';

const q = loadQuestionnaire('scoring', 'gated-scan.yaml');

describe('show: the ladders of gated units', () => {
  const text = renderQuestionnaireStructure(q, 'en', plainStyle);

  it('names the roll-up rules the questionnaire sets beside the method', () => {
    expect(text).toContain('· scoring: mean, questions: gated, dimensions: min\n');
  });

  it('lists each gated unit, named from its dimension down, with its questions under their level, lowest first', () => {
    const ladders = text.slice(text.indexOf('Levels per gated unit'));
    expect(ladders).toBe(
      [
        'Levels per gated unit (a level counts when enough of its questions pass and every level below it is met)',
        'Build › Continuous integration (build-ci)',
        '  1 Basic',
        '    c1: Every change is built automatically',
        '    c2: A failed build is seen within the hour',
        '  2 Managed',
        '    c3: Builds can be repeated exactly',
        '    c4: Releases come from the pipeline only',
        '  3 Advanced',
        '    c5: Build artefacts are signed',
        'Build › Dependencies (build-deps)',
        '  1 Basic',
        '    d1: Dependencies are listed',
        '  2 Managed',
        '    d2: Dependencies are updated monthly',
        '  3 Advanced',
        '    (no questions)',
        'Test (test)',
        '  1 Basic',
        '    t1: Unit tests run on every change',
        '  2 Managed',
        '    t2: Tests cover the main paths',
        '  3 Advanced',
        '    t3: Tests run against production-like data',
        '',
      ].join('\n'),
    );
  });

  it('in Dutch, texts and headings alike', () => {
    const nl = renderQuestionnaireStructure(q, 'nl', plainStyle, 'nl');
    expect(nl).toContain('Niveaus per getrapt onderdeel');
    expect(nl).toContain(
      'Bouwen › Continue integratie (build-ci)\n  1 Basis\n    c1: Elke wijziging wordt automatisch gebouwd\n',
    );
    expect(nl).toContain('  3 Gevorderd\n    (geen vragen)\n');
  });

  it('a questionnaire without gated units has no such section, and its scoring line is as before', () => {
    const tiny = renderQuestionnaireStructure(tinyScan(), 'en', plainStyle);
    expect(tiny).not.toContain('Levels per gated unit');
    expect(tiny).toMatch(/· scoring: (mean|min)\n/);
  });
});
