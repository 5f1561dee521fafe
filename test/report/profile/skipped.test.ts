/** Answer sets left out for their errors are said wherever a report says how many respondents there are. */
import { describe, expect, it } from 'vitest';
import { renderHtmlReport } from '../../../src/report/html/index.js';
import { renderProfileMarkdown } from '../../../src/report/profile/markdown.js';
import { renderProfileTable } from '../../../src/report/profile/table.js';
import type { Profile } from '../../../src/scoring/types.js';
import { groupProfile } from './fixtures.js';

function withSkipped(skipped: number | undefined, language = 'en'): Profile {
  const p = { ...groupProfile({ language }) };
  if (skipped !== undefined) p.skipped = skipped;
  return p;
}

describe('skipped answer sets', () => {
  it('table and markdown: after the respondents, in English and Dutch', () => {
    expect(renderProfileTable(withSkipped(1))).toContain('3 respondents, 1 skipped: see the findings');
    expect(renderProfileMarkdown(withSkipped(2))).toContain('3 respondents, 2 skipped: see the findings');
    const nl = withSkipped(1, 'nl');
    expect(nl.language).toBe('nl');
    expect(renderProfileTable(nl)).toContain('3 respondenten, 1 overgeslagen: zie meldingen');
  });

  it('says nothing of it when none was skipped', () => {
    expect(renderProfileTable(withSkipped(undefined))).not.toContain('skipped');
    expect(renderProfileMarkdown(withSkipped(undefined))).not.toContain('skipped');
  });

  it('html: in the respondents card', () => {
    const html = renderHtmlReport([withSkipped(1, 'nl')], { language: 'nl' });
    expect(html).toMatch(
      /<span class="label">Respondenten<\/span><span class="value">3<\/span>.*1 overgeslagen: zie meldingen/s,
    );
    expect(renderHtmlReport([withSkipped(undefined)], { language: 'en' })).not.toContain('skipped');
  });
});
