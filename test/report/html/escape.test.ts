import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/report/html/markup.js';
import { renderHtmlComparison, renderHtmlReport } from '../../../src/report/html/index.js';
import { unsafeCharacters } from '../../helpers/unsafe.js';
import { loadProfile } from './profiles.js';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and quoted attributes', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
    );
  });

  it('leaves other text alone, including non-ASCII', () => {
    expect(escapeHtml('Efficiëntie – 2,40 €')).toBe('Efficiëntie – 2,40 €');
  });

  it('escapes an existing entity again, so it shows as typed', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });
});

describe('the report escapes every text from questionnaires and answer files', () => {
  const SCRIPT = '<script>alert(1)</script>';

  function hostileProfile() {
    const p = loadProfile('group-of-5');
    p.organisation = `Gemeente ${SCRIPT}`;
    p.questionnaire.title = `Scan ${SCRIPT}`;
    p.sources = [`answers/${SCRIPT}.yaml`];
    p.respondentList = [{ name: `Anouk ${SCRIPT}`, role: '"><img src=x onerror=alert(2)>', source: 'a.yaml' }];
    p.levels[1]!.name = `Experimenteren ${SCRIPT}`;
    const dim = p.dimensions[0]!;
    dim.name = `Publieke waarde ${SCRIPT}`;
    dim.subdimensions[0]!.name = `Effectiviteit ${SCRIPT}`;
    p.nextSteps[0]!.steps[0] = `Stap ${SCRIPT}`;
    p.nextSteps[0]!.subdimensionName = `Rollen ${SCRIPT}`;
    p.nextSteps[0]!.dimensionName = `Mens ${SCRIPT}`;
    return p;
  }

  const html = renderHtmlReport([hostileProfile()], { language: 'nl', title: `Rapport ${SCRIPT}` });

  it('contains no <script at all', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
  });

  it('shows the organisation and a step as text', () => {
    expect(html).toContain('<dd>Gemeente &lt;script&gt;alert(1)&lt;/script&gt;</dd>');
    expect(html).toContain('<li>Stap &lt;script&gt;alert(1)&lt;/script&gt;</li>');
    expect(html).toContain(
      '<title>Rapport &lt;script&gt;alert(1)&lt;/script&gt; – Gemeente &lt;script&gt;alert(1)&lt;/script&gt;</title>',
    );
  });

  it('escapes names in tables and charts, roles and sources', () => {
    expect(html).toContain('<th scope="row">Effectiviteit &lt;script&gt;alert(1)&lt;/script&gt;</th>');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('<li>answers/&lt;script&gt;alert(1)&lt;/script&gt;.yaml</li>');
  });

  it('escapes in the comparison too', () => {
    const compared = renderHtmlComparison(loadProfile('group-of-5'), hostileProfile(), {
      language: 'en',
      beforeLabel: `Before ${SCRIPT}`,
    });
    expect(compared).not.toMatch(/<script/i);
    expect(compared).toContain('Before &lt;script&gt;alert(1)&lt;/script&gt;');
    // The two sides name different organisations, so the row names both: each escaped.
    expect(compared).toContain('<dd>Gemeente Veenwoude → Gemeente &lt;script&gt;alert(1)&lt;/script&gt;</dd>');
  });
});

describe('control and bidi characters, and the page’s Content-Security-Policy', () => {
  const ESCAPES = 'x\u001b]0;pwned\u0007\u001b[2J\u009b\u202e';

  it('escapeHtml writes control and bidi characters as visible escapes (the page may go to a terminal)', () => {
    expect(escapeHtml(`<b>${ESCAPES}`)).toBe('&lt;b&gt;x\\u{1b}]0;pwned\\u{7}\\u{1b}[2J\\u{9b}\\u{202e}');
    expect(escapeHtml('line\nand\ttab')).toBe('line\nand\ttab');
  });

  it('the report and the comparison hold no raw control character from a file', () => {
    const p = loadProfile('group-of-5');
    p.organisation = `Gemeente ${ESCAPES}`;
    p.dimensions[0]!.name = `Dimensie ${ESCAPES}`;
    expect(unsafeCharacters(renderHtmlReport([p], { language: 'nl' }))).toEqual([]);
    expect(unsafeCharacters(renderHtmlComparison(loadProfile('group-of-5'), p, { language: 'nl' }))).toEqual([]);
  });

  it('allows its inline styles and nothing else: no script, no request, no form', () => {
    const policy =
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">";
    const report = renderHtmlReport([loadProfile('group-of-5')], { language: 'nl' });
    const compared = renderHtmlComparison(loadProfile('group-of-5'), loadProfile('group-of-5'), { language: 'nl' });
    for (const page of [report, compared]) {
      expect(page).toContain(policy);
      // In <head>, before the style sheet it allows.
      expect(page.indexOf(policy)).toBeLessThan(page.indexOf('<style>'));
    }
  });
});
