import { describe, expect, it } from 'vitest';
import { compareProfiles } from '../../src/compare/compare.js';
import { renderHtmlComparison, renderHtmlReport } from '../../src/report/html/index.js';
import { renderComparisonSlides, renderProfileSlides } from '../../src/report/slides/index.js';
import { COMPARISON_RENDERERS } from '../../src/report/profile/compare.js';
import { PROFILE_RENDERERS } from '../../src/report/profile/index.js';
import { COMPARISON_FORMATS, PROFILE_FORMATS, renderComparison, renderProfiles } from '../../src/report/render.js';
import { plainStyle } from '../../src/util/style.js';
import { groupProfile, single } from './profile/fixtures.js';

const profiles = [single(), groupProfile()];

describe('renderProfiles', () => {
  it('renders the text formats as the renderers the CLI uses, with the options given', () => {
    const options = { width: 60, csvDialect: 'nl' as const, style: plainStyle };
    for (const format of PROFILE_FORMATS.filter((f) => f !== 'html' && f !== 'slides'))
      expect(renderProfiles(profiles, format, options)).toBe(PROFILE_RENDERERS[format]!(profiles, options));
  });

  it("renders html in the profiles' language unless another is asked for", () => {
    expect(renderProfiles(profiles, 'html')).toBe(renderHtmlReport(profiles, { language: 'en' }));
    expect(renderProfiles(profiles, 'html', { language: 'nl' })).toBe(renderHtmlReport(profiles, { language: 'nl' }));
  });

  it("renders slides in the profiles' language unless another is asked for", () => {
    expect(renderProfiles(profiles, 'slides')).toBe(renderProfileSlides(profiles, { language: 'en' }));
    expect(renderProfiles(profiles, 'slides', { language: 'nl' })).toBe(
      renderProfileSlides(profiles, { language: 'nl' }),
    );
  });

  it('refuses a format it does not know', () => {
    expect(() => renderProfiles(profiles, 'pdf' as 'json')).toThrow(
      'unknown format `pdf` (known: table, json, ndjson, csv, markdown, html, slides)',
    );
  });
});

describe('renderComparison', () => {
  const [before, after] = profiles as [ReturnType<typeof single>, ReturnType<typeof single>];

  it('renders the comparison as the CLI does, in the language asked for', () => {
    for (const format of COMPARISON_FORMATS.filter((f) => f !== 'html' && f !== 'slides'))
      expect(renderComparison(before, after, format, { language: 'nl', width: 100 })).toBe(
        COMPARISON_RENDERERS[format]!(compareProfiles(before, after, { language: 'nl' }), { width: 100 }),
      );
    expect(renderComparison(before, after, 'html')).toBe(renderHtmlComparison(before, after, { language: 'en' }));
    expect(renderComparison(before, after, 'slides', { language: 'nl' })).toBe(
      renderComparisonSlides(compareProfiles(before, after, { language: 'nl' }), { before, after }),
    );
  });

  it('marks the units whose questions changed when told which, in every format, as the CLI does', () => {
    const questionsChanged = { since: ['0.9.0'], units: new Set(['beta']) };
    for (const format of COMPARISON_FORMATS.filter((f) => f !== 'html' && f !== 'slides')) {
      const marked = renderComparison(before, after, format, { questionsChanged });
      expect(marked).toBe(COMPARISON_RENDERERS[format]!(compareProfiles(before, after, { questionsChanged }), {}));
      expect(marked).not.toBe(renderComparison(before, after, format));
    }
    expect(renderComparison(before, after, 'markdown', { questionsChanged })).toContain('| **Beta \\*** |');
    const html = renderComparison(before, after, 'html', { questionsChanged });
    expect(html).toBe(renderHtmlComparison(before, after, { language: 'en', questionsChanged }));
    expect(html).toContain('questions changed since 0.9.0');
    const slides = renderComparison(before, after, 'slides', { questionsChanged });
    expect(slides).toContain('Beta *</th>');
    expect(slides).toContain('questions changed since 0.9.0');
  });

  it('refuses profiles of different models', () => {
    const other = { ...after, questionnaire: { ...after.questionnaire, id: 'other', model: 'other-model' } };
    expect(() => renderComparison(before, other, 'table')).toThrow(/only questionnaires of the same model/);
  });

  it('refuses a format it does not know', () => {
    expect(() => renderComparison(before, after, 'csv' as 'json')).toThrow(
      'unknown format `csv` (known: table, json, markdown, html, slides)',
    );
  });
});
