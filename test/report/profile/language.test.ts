/** Every catalogue of the tool's own words picks its language the same way (src/util/language.ts). */
import { describe, expect, it } from 'vitest';
import { answerTemplateYaml } from '../../../src/answers/template.js';
import { messagesFor as promptMessagesFor } from '../../../src/prompt/messages.js';
import { messagesFor as htmlMessagesFor } from '../../../src/report/html/messages.js';
import { labelsFor } from '../../../src/report/profile/labels.js';
import { localize } from '../../../src/questionnaire/text.js';
import { baseLanguage, matchLanguage, pickCatalogue } from '../../../src/util/language.js';
import { q } from './fixtures.js';

describe('baseLanguage and pickCatalogue', () => {
  it('reduces a tag to its lower-case base language', () => {
    expect(baseLanguage('nl-BE')).toBe('nl');
    expect(baseLanguage('NL')).toBe('nl');
    expect(baseLanguage('en-GB')).toBe('en');
    expect(baseLanguage('nl_BE.UTF-8')).toBe('nl');
    expect(baseLanguage('de')).toBe('de');
  });

  it('picks by base language and falls back to English', () => {
    const catalogues = { en: 'english', nl: 'dutch' };
    expect(pickCatalogue(catalogues, 'nl-BE')).toBe('dutch');
    expect(pickCatalogue(catalogues, 'de')).toBe('english');
    expect(pickCatalogue(catalogues, '')).toBe('english');
  });
});

describe('matchLanguage and localize: questionnaire texts for a language tag', () => {
  it('serves a tag by the same tag, else by a language of the same base, else not', () => {
    expect(matchLanguage(['nl', 'en'], 'en')).toBe('en');
    expect(matchLanguage(['nl', 'en'], 'nl-BE')).toBe('nl');
    expect(matchLanguage(['nl-NL', 'en'], 'nl')).toBe('nl-NL');
    expect(matchLanguage(['nl', 'nl-BE'], 'NL-be')).toBe('nl-BE');
    expect(matchLanguage(['nl', 'en'], 'de')).toBeUndefined();
    expect(matchLanguage(['nl-NL', 'nl'], 'nl-BE')).toBe('nl');
  });

  it('localize reads nl-BE as nl, and falls back as before for a language not there', () => {
    const text = { nl: 'Bèta', en: 'Beta' };
    expect(localize(text, 'nl-BE', 'en')).toBe('Bèta');
    expect(localize(text, 'en-GB', 'nl')).toBe('Beta');
    expect(localize(text, 'de', 'en')).toBe('Beta');
    expect(localize({ 'nl-NL': 'Bèta', en: 'Beta' }, 'nl', 'en')).toBe('Bèta');
    expect(localize(text, 'constructor', 'en')).toBe('Beta');
    expect(localize(text, 'toString')).toBe('Bèta');
  });
});

describe('the four catalogues agree', () => {
  /** Which language each catalogue chose for a tag. */
  const chosen = (tag: string) => ({
    labels: labelsFor(tag).coverage === 'Dekking' ? 'nl' : 'en',
    html: htmlMessagesFor(tag).coverage === 'Dekking' ? 'nl' : 'en',
    prompt: promptMessagesFor(tag).unknown === 'Weet niet' ? 'nl' : 'en',
    template: answerTemplateYaml(q, { language: tag, schema: 'answers.schema.json' }).includes(': antwoordbestand\n')
      ? 'nl'
      : 'en',
  });
  const all = (language: string) => ({ labels: language, html: language, prompt: language, template: language });

  it('speaks Dutch for nl-BE and NL', () => {
    expect(chosen('nl-BE')).toEqual(all('nl'));
    expect(chosen('NL')).toEqual(all('nl'));
  });

  it('speaks English for en-GB, and for de, which has no catalogue', () => {
    expect(chosen('en-GB')).toEqual(all('en'));
    expect(chosen('de')).toEqual(all('en'));
  });
});

describe('where a target came from, in the core', () => {
  it('names no command-line flag when the front end did not say how its option is written', () => {
    expect(labelsFor('en').targetFrom('option', undefined)).toBe('from the scoring options');
    expect(labelsFor('nl').targetFrom('option', undefined)).toBe('uit de scoringsopties');
    expect(labelsFor('en').targetFrom('option', '--target 3')).toBe('from --target 3');
  });
});
