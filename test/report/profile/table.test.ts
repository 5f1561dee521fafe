import { describe, expect, it } from 'vitest';
import { renderProfileTable, renderProfilesTable } from '../../../src/report/profile/table.js';
import { makeStyle } from '../../../src/cli/style.js';
import { score } from '../../../src/scoring/score.js';
import { answeredCount } from '../../../src/answers/session.js';
import { labelsFor } from '../../../src/report/profile/labels.js';
import { groupProfile, q, A, single, stripAnsi } from './fixtures.js';

const lines = (text: string) => text.split('\n');
/** Text with wrapped lines joined, for phrases that may wrap. */
const flat = (text: string) => text.replace(/\n\s+/g, ' ');

describe('renderProfileTable', () => {
  const text = renderProfileTable(single());

  it('starts with the organisation, questionnaire, respondents, coverage and overall phase', () => {
    expect(lines(text).slice(0, 4)).toEqual([
      'Gemeente Test',
      'Tiny scan (tiny-scan 1.0.0) · 1 respondent · 2026-11-28',
      "Coverage: 75% (8 of 8 answered, 1 of them don't know and 1 n/a)",
      'Overall: 2.65 · phase 2 Trying, approaching 3 [#######-----]',
    ]);
  });

  it('counts "answered" as the interview does: every answer given, a "don\'t know" and "n/a" included', () => {
    const partial = { ...A, answers: { 'a1-1': A.answers['a1-1']!, 'a2-2': A.answers['a2-2']! } };
    const given = answeredCount(
      q.questions.map((x) => x.id),
      partial,
    );
    expect(given).toBe(2);
    const [, coverage] = /Coverage: (.*)/.exec(renderProfileTable(score(q, [partial])))!;
    // the percentage is what counts in the scores: the one answer with a value, 1 of 8
    expect(coverage).toBe("13% (2 of 8 answered, 1 of them don't know)"); // no "0 n/a": parts that are 0 are left out
  });

  it('says only the parts of the coverage that are there', () => {
    const labels = labelsFor('en');
    expect(labels.coverageDetail(8, 8, 0, 0)).toBe('8 of 8 answered');
    expect(labels.coverageDetail(8, 8, 0, 2)).toBe('8 of 8 answered, 2 of them n/a');
    expect(labels.coverageDetail(8, 8, 1, 2)).toBe("8 of 8 answered, 1 of them don't know and 2 n/a");
    expect(labelsFor('nl').coverageDetail(8, 8, 0, 2)).toBe('8 van 8 beantwoord, waarvan 2 n.v.t.');
  });

  it('has a row per dimension and subdimension with score, phase, target, gap and a bar marking the target', () => {
    const row = (name: string) =>
      lines(text)
        .find((l) => l.trimStart().startsWith(name))!
        .replace(/\s+/g, ' ')
        .trim();
    // a-one 8/3: (8/3 − 1)/3·12 = 6.7 → 7 cells; target 3 at min 2.75: (1.75/3)·12 = 7
    expect(row('A one')).toBe('A one 2.67 2 Trying (→3) 3 1 [#######|-----]');
    expect(row('Beta')).toBe('Beta 2.75 3 Spreading 4 1 [#######---|--]');
    // no score: no level, no target (nobody set one) and no gap, an empty bar without a marker
    expect(row('G one')).toBe('G one – – – – [------------]');
  });

  it('stays within 80 columns', () => {
    for (const p of [
      single({ explain: true }),
      groupProfile({ explain: true }),
      single({ language: 'nl', explain: true }),
    ]) {
      const widest = Math.max(...lines(renderProfileTable(p)).map((l) => [...l].length));
      expect(widest).toBeLessThanOrEqual(79);
    }
  });

  it('wraps names at spaces and gives the name column room for its longest word at 80 columns', () => {
    const p = single({ language: 'nl' });
    p.levels = p.levels.map((l, i) => ({
      ...l,
      name: ['Agenderen en coalitie vormen', 'Experimenteren', 'Verbreden door leren', 'Verankeren'][i]!,
    }));
    const alpha = p.dimensions[0]!;
    alpha.subdimensions[0]!.name = "Opleidingsprogramma's";
    alpha.subdimensions[1]!.name = 'Samenwerken en kennis delen';
    const out = lines(renderProfileTable(p, { width: 80 }));
    // Names get 23 characters (the 21-letter word and its indent of 2), then 2 spaces and the
    // right-aligned score; the phase keeps 19 (beside the heading `ambitie`): it wraps at a space, nothing is cut.
    expect(out.find((l) => l.includes('Opleidingsprogramma'))).toMatch(/^ {2}Opleidingsprogramma's {3}\d/);
    const at = out.findIndex((l) => l.startsWith('  Samenwerken'));
    expect(out[at]).toMatch(/^ {2}Samenwerken en kennis {3}\d,\d\d {2}3 Verbreden door /);
    expect(out[at + 1]).toMatch(/^ {2}delen {2,}leren$/);
    expect(Math.max(...out.map((l) => [...l].length))).toBeLessThanOrEqual(79);
  });

  it('marks a target of 0 at the bottom of the scale', () => {
    const p = single();
    p.dimensions[0]!.subdimensions[0]!.target = 0;
    const row = lines(renderProfileTable(p))
      .find((l) => l.trimStart().startsWith('A one'))!
      .replace(/\s+/g, ' ')
      .trim();
    // a-one 8/3: (8/3 − 1)/3·12 = 6.7 → 7 cells; target 0 at the scale's minimum: the first position
    expect(row).toBe('A one 2.67 2 Trying (→3) 0 1 [|#######-----]');
  });

  it('lists next steps in order with their phases', () => {
    const steps = text.slice(text.indexOf('Next steps'));
    expect(lines(steps).slice(0, 5)).toEqual([
      'Next steps',
      ' 1. Alpha › A two (phase 3 → 4)',
      '    - Alpha step 3',
      ' 2. Alpha › A one (phase 2 → 3)',
      '    - A one step 2a',
    ]);
  });

  it('has no disagreement section for one respondent', () => {
    expect(text).not.toContain('Disagreements');
  });

  it('marks disagreements with ! and lists them with their spread for a group', () => {
    const g = renderProfileTable(groupProfile());
    expect(g).toMatch(/ {2}A one\s+2\.67!/);
    expect(g).toContain(
      "Disagreements\nRespondents' own scores differ by 1 or more:\n  Alpha\n    1.92 to 3.17 (sd 0.58, 3 respondents)",
    );
    expect(g).toContain('  Gamma › G one\n    1.00 to 2.00 (sd 0.50, 2 respondents)');
    expect(g.slice(g.indexOf('Disagreements'), g.indexOf('Next steps'))).not.toContain('G two');
  });

  it('uses Dutch labels and decimal commas with --lang nl', () => {
    const nl = renderProfileTable(single({ language: 'nl' }));
    expect(nl).toContain('Dekking: 75% (8 van 8 beantwoord, waarvan 1 weet niet en 1 n.v.t.)');
    expect(nl).toContain('Totaal: 2,65 · fase 2 Proberen');
    expect(nl).toContain('Vervolgstappen');
  });

  it('colours only through the style: without colour the text is the same characters', () => {
    const coloured = renderProfileTable(groupProfile(), { style: makeStyle(true) });
    expect(coloured).toContain('\u001b[');
    expect(stripAnsi(coloured)).toBe(renderProfileTable(groupProfile()));
    expect(renderProfileTable(groupProfile())).not.toContain('\u001b[');
  });

  it('separates several profiles with a rule', () => {
    const two = renderProfilesTable([single(), groupProfile()]);
    expect(two).toContain(`\n${'='.repeat(79)}\n`);
  });
});

describe('--explain in the table', () => {
  const text = renderProfileTable(single({ explain: true }));
  const section = (title: string) => {
    const start = text.lastIndexOf(`\n${title}`);
    return text.slice(start + 1, text.indexOf('\n\n', start + 1));
  };

  it('shows for a subdimension its answers, weights, formula, threshold and target', () => {
    expect(section('A one (a-one)')).toBe(
      [
        'A one (a-one): 2.67 · phase 2 Trying',
        '  answers: a1-1 = 2; a1-2 = 3, weight 2',
        '  score: (2×1 + 3×2) / 3 = 2.67',
        '  phase: 2 Trying, because 2 ≤ 2.67 < 2.75 (phase 3 Spreading)',
        '  target: 3 (no target set: one phase up); gap 3 − 2 = 1',
      ].join('\n'),
    );
  });

  it('names what was left out and why, and a threshold hit exactly', () => {
    expect(section('A two (a-two)')).toContain('  left out: a2-2 unknown\n  score: 3.00 (only a2-1 counts)');
    expect(section('Beta (beta)')).toContain('phase: 3 Spreading, because 2.75 ≤ 2.75 < 3.50 (phase 4 Embedding)');
    // "Answered" counts a not-applicable too (as the interview does): what is missing is a value.
    expect(section('G one (g-one)')).toContain(
      'left out: g1-1 not applicable\n  score: no answer with a value: no score',
    );
    expect(section('Gamma (gamma)')).toContain('left out: G one no score');
  });

  it('explains the overall score from the dimension scores and weights', () => {
    expect(flat(section('Overall'))).toContain(
      'dimensions: Alpha 2.92, weight 2; Beta 2.75; Gamma 2.00 score: (2.92×2 + 2.75×1 + 2.00×1) / 4 = 2.65',
    );
  });

  it('shows each respondent’s answers behind a group mean', () => {
    const g = renderProfileTable(groupProfile({ explain: true }));
    expect(flat(g)).toContain('a1-1 = 2.00 (mean of 1, 3, 2); a1-2 = 3.00 (mean of 2, 4; 1× not applicable), weight 2');
  });

  it('shows the min roll-up as the lowest value', () => {
    const p = single({ explain: true });
    const minProfile = {
      ...p,
      explanation: { ...p.explanation!, units: p.explanation!.units.map((u) => ({ ...u, method: 'min' as const })) },
    };
    expect(renderProfileTable(minProfile)).toContain('score: lowest of 2, 3 = 2.67');
  });
});
