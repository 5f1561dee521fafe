/**
 * The answers per question in the HTML report: a section with every question's bar of counts (text
 * for screen readers, a drawn bar they skip) and notes; the discussion points with their questions,
 * the widest apart first; `top` keeping the first N points; texts escaped.
 */
import { describe, expect, it } from 'vitest';
import { renderHtmlReport } from '../../../src/report/html/index.js';
import { score } from '../../../src/scoring/score.js';
import { answers, tinyScan } from '../../scoring/load.js';
import { loadProfile } from './profiles.js';

const q = tinyScan();
// a-one disagrees (a1-1 answered 1 and 4, a1-2 3 and 3), a-two too (a2-2 1 and 4), beta does not.
const workshop = [
  answers(
    'ann.yaml',
    {
      'a1-1': { value: 1, note: 'Only the <b>pilot</b> team' },
      'a1-2': 3,
      'a2-1': 2,
      'a2-2': 1,
      'b-1': { value: 'unknown', note: 'Ask IT' },
      'b-2': 2,
    },
    { respondent: { name: 'Ann & Co' } },
  ),
  answers('bob.yaml', { 'a1-1': 4, 'a1-2': { value: 3, note: 'Agreed' }, 'a2-1': 2, 'a2-2': 4, 'b-1': 2, 'b-2': 2 }),
];
const profile = score(q, workshop, { language: 'nl' });

function section(html: string, cls: string): string {
  return new RegExp(`<section class="${cls}[^"]*">.*?</section>`, 's').exec(html)?.[0] ?? '';
}
/** The first `<div class="question" data-question="id">` in a piece of HTML, up to its end. */
function questionBlock(html: string, id: string): string {
  return new RegExp(`<div class="question" data-question="${id}">.*?</ul></div>`, 's').exec(html)?.[0] ?? '';
}
/** What a reader hears of a bar: its items' text, the drawn bar left out. */
const spoken = (block: string) =>
  [
    ...block.matchAll(
      /<li( class="none")?><span class="answer-label">(.*?)<\/span><span class="visually-hidden">: <\/span><svg[^>]*aria-hidden="true".*?<\/svg><span class="answer-count">(\d+)<\/span><\/li>/g,
    ),
  ].map((m) => `${m[2]}: ${m[3]}`);

describe('the HTML report’s answers per question', () => {
  const html = renderHtmlReport([profile], { language: 'nl' });
  const answersHtml = section(html, 'answers');

  it('has a section with every unit’s questions, each with a bar of counts in words and its notes', () => {
    expect(answersHtml).toContain('<h2>Antwoorden per vraag</h2>');
    expect(answersHtml).toContain('<h3>Alfa › A een</h3>');
    const a11 = questionBlock(answersHtml, 'a1-1');
    expect(a11).toContain('<strong>a1-1</strong> Vraag a1-1<span class="muted"> (waarde 2,50)</span>');
    expect(a11).toContain('<ul class="answer-counts" aria-label="Antwoorden op a1-1">');
    expect(spoken(a11)).toEqual(['Nog niet: 1', 'In pilots: 0', 'Op meerdere plekken: 0', 'Overal: 1']);
    // the note escaped, with who wrote it; a note of an unnamed respondent without a name
    expect(a11).toContain(
      '<ul class="notes" aria-label="Toelichtingen bij a1-1"><li><span class="note-by">Ann &amp; Co:</span> Only the &lt;b&gt;pilot&lt;/b&gt; team</li></ul>',
    );
    expect(questionBlock(answersHtml, 'a1-2')).toContain('<li>Agreed</li>');
    // don't know said in words beside the options
    expect(spoken(questionBlock(answersHtml, 'b-1'))).toEqual([
      'Nog niet: 0',
      'In pilots: 1',
      'Op meerdere plekken: 0',
      'Overal: 0',
      'weet niet: 1',
    ]);
  });

  it('draws each bar in proportion to its count', () => {
    const a11 = questionBlock(answersHtml, 'a1-1');
    expect([...a11.matchAll(/<rect width="([\d.]+)" height="10" fill="#0072B2"\/>/g)].map((m) => m[1])).toEqual([
      '60',
      '60',
    ]);
  });

  it('lists under each discussion point its questions, the widest apart first, with bars and notes', () => {
    const spread = section(html, 'spread');
    const points = [...spread.matchAll(/<li><strong>(.*?)<\/strong>(.*?)<\/div><\/li>/gs)];
    // units the widest apart first: a-two's own scores 1.5 and 3, a-one's 2.33 and 3.33
    expect(points.map((p) => p[1])).toEqual(['A twee', 'A een']);
    const order = (text: string) => [...text.matchAll(/data-question="([^"]+)"/g)].map((m) => m[1]);
    // a1-1 lies 3 apart, a1-2 0: a1-1 first
    expect(order(points[1]![2]!)).toEqual(['a1-1', 'a1-2']);
    // a2-2 (3 apart) before a2-1 (0), against questionnaire order
    expect(order(points[0]![2]!)).toEqual(['a2-2', 'a2-1']);
    expect(points[1]![2]).toContain('<span class="muted">· antwoorden 3 uiteen</span>');
    expect(points[1]![2]).toContain('Only the &lt;b&gt;pilot&lt;/b&gt; team');
    expect(spoken(questionBlock(points[0]![2]!, 'a2-2'))).toEqual([
      'Nog niet: 1',
      'In pilots: 0',
      'Op meerdere plekken: 0',
      'Overal: 1',
    ]);
  });

  it('top N keeps the first N discussion points', () => {
    const spread = section(renderHtmlReport([profile], { language: 'nl', top: 1 }), 'spread');
    expect([...spread.matchAll(/<li><strong>(.*?)<\/strong>/g)].map((m) => m[1])).toEqual(['A twee']);
    const none = section(renderHtmlReport([profile], { language: 'nl', top: 0 }), 'spread');
    expect(none).not.toContain('<ol class="discussion">');
    // not "no discussion points": there are, none is listed
    expect(none).not.toContain('Geen discussiepunten');
  });

  it('is left out for a profile file written before questions existed', () => {
    const old = renderHtmlReport([loadProfile('group-of-5')], { language: 'nl' });
    expect(section(old, 'answers')).toBe('');
    expect(old).toContain('<h3 id="discussion-points">');
  });
});
