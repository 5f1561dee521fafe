/**
 * The report's ladders of gated units, from the profile alone (no --explain): test/fixtures/scoring/gated-scan.yaml
 * scored with the answers of test/fixtures/answers/gated/team-a.yaml (ladders hand-computed in test/scoring/gated.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { normaliseAnswers } from '../../../src/answers/types.js';
import { renderHtmlReport } from '../../../src/report/html/index.js';
import { score } from '../../../src/scoring/score.js';
import { loadQuestionnaire, tinyScan } from '../../scoring/load.js';

const q = loadQuestionnaire('scoring', 'gated-scan.yaml');
const A = normaliseAnswers(
  {
    questionnaire: 'gated-scan',
    answers: { c1: 2, c2: 2, c3: 2, c4: 1, c5: 2, d1: 2, d2: 'not-applicable', t1: 1, t2: 2 },
  },
  'a.yaml',
);
const render = (language: string) =>
  renderHtmlReport([score(q, [A], { language })], { language, generatedAt: '2026-01-01T00:00:00Z' });

/** The ladder whose table caption is exactly `caption`. */
function ladder(html: string, caption: string): string {
  const found = [...html.matchAll(/<div class="ladder">.*?<\/div>/gs)].find((m) =>
    m[0].includes(`<caption>${caption}</caption>`),
  );
  if (!found) throw new Error(`no ladder "${caption}"`);
  return found[0];
}

/** Per row: the row header and the cells' text. */
function rows(table: string): string[][] {
  return [...table.matchAll(/<tr class="[^"]*"><th scope="row">(.*?)<\/th>(.*?)<\/tr>/g)].map((m) => [
    m[1]!,
    ...[...m[2]!.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((c) => c[1]!.replace(/<\/?strong>/g, '')),
  ]);
}

describe('the HTML report of a gated questionnaire', () => {
  const html = render('en');

  it('shows per gated unit, named from its dimension down, each level with how many pass and whether it is met', () => {
    // build-ci: basic c1, c2 pass (2 of 2, met); managed c3 passes, c4 (1 < 2) not (1 of 2, not met); advanced c5 (1 of 1).
    const ci = ladder(html, 'Build › Continuous integration');
    expect(rows(ci)).toEqual([
      ['1 · Basic', '2 of 2', 'met'],
      ['2 · Managed', '1 of 2', 'not met'],
      ['3 · Advanced', '1 of 1', 'met'],
    ]);
    expect(ci).toContain(
      '<th scope="col">Level</th><th scope="col" class="num">Passing</th><th scope="col">Status</th>',
    );
  });

  it('lists, for the first level not met, the step (or text) of each question that does not pass', () => {
    expect(ladder(html, 'Build › Continuous integration')).toContain(
      '<p>Still needed for 2 · Managed:</p><ul class="missing"><li>Release from the pipeline only</li></ul>',
    );
    // test is below the first level: t1 (1 < 2) has no step, so its text.
    expect(ladder(html, 'Test')).toContain(
      '<p>Still needed for 1 · Basic:</p><ul class="missing"><li>Unit tests run on every change</li></ul>',
    );
    // build-deps is at the top: every level met, nothing missing.
    const deps = ladder(html, 'Build › Dependencies');
    expect(rows(deps).map((r) => r[2])).toEqual(['met', 'met', 'met']);
    expect(deps).not.toContain('class="missing"');
    // A unit rolled up by mean has no ladder.
    expect(() => ladder(html, 'Build')).toThrow('no ladder');
  });

  it('in Dutch', () => {
    const nl = render('nl');
    expect(nl).toContain('<h2>Niveaus per onderdeel</h2>');
    const ci = ladder(nl, 'Bouwen › Continue integratie');
    expect(rows(ci)[1]).toEqual(['2 · Beheerst', '1 van 2', 'niet gehaald']);
    expect(ci).toContain(
      '<p>Nog nodig voor 2 · Beheerst:</p><ul class="missing"><li>Release alleen vanuit de pijplijn</li></ul>',
    );
  });

  it('a questionnaire without gated units has no ladders section', () => {
    const tiny = tinyScan();
    const p = score(tiny, [normaliseAnswers({ questionnaire: tiny.id, answers: {} }, 'x.yaml')]);
    expect(renderHtmlReport([p], { language: 'en' })).not.toContain('class="ladders');
  });
});
