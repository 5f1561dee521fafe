/**
 * Every text of the findings' and the command line's catalogues, said in English and in Dutch with
 * sample values: none empty, every value given shows in both, and no Dutch text left in English.
 */
import { describe, expect, it } from 'vitest';
import { diag } from '../../src/diagnostics/diag.js';
import {
  FINDING_TEXTS,
  msg,
  sayFinding,
  type FindingText,
  type FindingTextId,
  type FindingValues,
} from '../../src/diagnostics/messages.js';
import { say, tool, TOOL_TEXTS, type ToolTextId, type ToolValues } from '../../src/node/messages.js';

// Free text is marked ‹…›, so that a test can find it in what is said; other strings choose words.
const finding = diag('‹file›', 'invalid-value', msg('file.empty'), { line: 3, column: 4, endLine: 3, endColumn: 5 });

const FINDINGS: { [K in FindingTextId]: FindingValues<K> } = {
  verbatim: [{ text: '‹text›' }],
  'file.not-found': [{ file: '‹file›' }],
  'file.cannot-read': [{ file: '‹file›', reason: '‹EACCES›' }],
  'file.not-a-file': [{ file: '‹file›', what: 'fifo' }],
  'file.too-large': [{ mb: 5, size: 7 }],
  'file.csv-too-large': [{ mb: 100 }],
  'file.no-such-path': [{ path: '‹path›' }],
  'file.cannot-read-folder': [{ path: '‹path›', code: '‹EACCES›' }],
  'file.no-match': [{ input: '‹glob›' }],
  'file.binary': [],
  'file.not-utf8': [],
  'file.empty': [],
  'file.only-comments': [],
  'file.too-many-tokens': [{ max: 200 }],
  'file.too-many-aliases': [{ max: 500 }],
  'file.alias-bomb': [],
  'file.cannot-read-parsed': [{ detail: '‹detail›' }],
  'file.too-deep': [{ max: 64 }],
  'file.too-deep-to-read': [],
  'yaml.cannot-parse': [{ detail: '‹detail›' }],
  'yaml.parser': [{ detail: '‹detail›' }],
  'yaml.documents': [],
  'yaml.duplicate-key': [{ key: '‹key›' }],
  'yaml.collection-key': [{ list: true }],
  'yaml.tagged': [{ name: { items: [2], of: 'value-of', key: '‹key›' }, type: 'set' }],
  'json.invalid': [{ detail: '‹detail›' }],
  'findings.omitted': [{ count: 17, here: true, max: 100 }],
  'kind.unknown': [],
  'kind.wrong': [{ kind: 'model', expected: 'answers' }],
  'kind.not-answers': [{ kind: 'profile' }],
  'kind.not-test': [{ kind: 'answers' }],
  'reference.outside': [
    { what: msg('reference.model', { ref: '‹model›' }), hint: msg('reference.hint-allow-outside') },
  ],
  'reference.questionnaire': [{ ref: '‹ref›', file: '‹file›' }],
  'reference.model': [{ ref: '‹ref›' }],
  'reference.hint-allow-outside': [],
  'reference.hint-dir': [],
  'reference.hint-test-file': [],
  'questionnaire.not-found': [{ ref: '‹ref›', suggestion: '‹near›', known: ['‹a›', '‹b›'], hint: '‹hint›' }],
  'questionnaire.unusable': [{ what: '‹what›', reason: 'unreadable', detail: '‹detail›' }],
  'questionnaire.unknown-id': [{ ref: '‹ref›', suggestion: '‹near›', known: ['‹a›', '‹b›'] }],
  'questionnaire.not-one': [{ ref: '‹ref›', kind: 'model' }],
  'questionnaire.option-problem': [
    { ref: '‹ref›', problem: msg('questionnaire.not-one', { ref: '‹ref›', kind: 'test' }) },
  ],
  'csv.not-checked': [{ why: msg('questionnaire.unusable', { what: '‹what›', reason: 'errors' }) }],
  'model.not-found': [{ ref: '‹ref›', looked: '‹path›' }],
  'model.unreadable': [{ ref: '‹ref›', detail: '‹detail›' }],
  'model.not-a-model': [{ ref: '‹ref›', answers: true }],
  'model.has-errors': [{ ref: '‹ref›', errors: 3 }],
  'rules.duplicate-id': [{ what: 'scale', id: '‹id›', line: 12 }],
  'rules.level-order': [{ id: '‹id›', min: 2, previous: '‹previous›', previousMin: 3 }],
  'rules.duplicate-option-value': [{ scale: '‹scale›', value: 4 }],
  'rules.not-a-level': [{ level: '‹level›', key: '‹key›', unit: '‹unit›', suggestion: '‹near›' }],
  'rules.next-steps-top-level': [{ unit: '‹unit›', level: '‹level›' }],
  'rules.yaml11-boolean': [{ value: '‹yes›' }],
  'rules.missing-translation': [{ missing: ['‹en›'], languages: ['‹nl›', '‹en›'] }],
  'rules.undeclared-language': [{ language: '‹de›', languages: ['‹nl›'] }],
  'rules.unknown-scale': [{ question: '‹question›', scale: '‹scale›', suggestion: '‹near›' }],
  'rules.question-options': [{ question: '‹question›', got: [1, 2], scale: '‹scale›', want: [1, 2, 3] }],
  'rules.unknown-subdimension': [
    { question: '‹question›', subdimension: '‹sub›', isDimension: false, suggestion: '‹near›' },
  ],
  'rules.unknown-dimension': [{ question: '‹question›', dimension: '‹dimension›', suggestion: '‹near›' }],
  'rules.question-link': [{ dimension: '‹dimension›', question: '‹question›' }],
  'rules.empty-dimension': [{ kind: 'subdimension', id: '‹id›', fromModel: true }],
  'rules.missing-next-steps': [{ unit: '‹unit›', levels: ['‹a›', '‹b›'] }],
  'answers.version-format': [{ version: '‹1.0›' }],
  'answers.version-mismatch': [{ answered: '‹1.0.0›', id: '‹id›', current: '‹2.0.0›' }],
  'answers.unknown-question': [{ id: '‹id›', questionnaire: '‹questionnaire›', suggestion: '‹near›' }],
  'answers.unknown-not-allowed': [{ id: '‹id›' }],
  'answers.not-applicable-not-allowed': [{ id: '‹id›' }],
  'answers.invalid-answer': [{ value: 9, id: '‹id›', allowed: [1, 2, 3] }],
  'answers.unknown-target': [{ id: '‹id›', questionnaire: '‹questionnaire›', suggestion: '‹near›' }],
  'answers.invalid-target': [{ id: '‹id›', top: 4, rank: 7 }],
  'answers.unknown-target-level': [
    { id: '‹id›', level: '‹level›', questionnaire: '‹questionnaire›', levels: ['‹a›', '‹b›'], suggestion: '‹near›' },
  ],
  'test.target-syntax': [{ value: '‹value›' }],
  'test.target-level': [
    { value: '‹value›', level: '‹level›', questionnaire: '‹questionnaire›', levels: ['‹a›'], suggestion: '‹near›' },
  ],
  'test.target-rank': [{ value: '‹value›', top: 4, questionnaire: '‹questionnaire›' }],
  'test.target-unit': [{ value: '‹value›', unit: '‹unit›', questionnaire: '‹questionnaire›', suggestion: '‹near›' }],
  'test.other-questionnaire': [{ file: '‹file›', id: '‹id›' }],
  'test.aggregate-false': [{ sets: 3 }],
  'profile.several': [{ count: 2 }],
  'profile.incomparable': [{ before: { id: '‹a›', model: '‹ma›' }, after: { id: '‹b›', model: '‹mb›' } }],
  'profile.other-columns': [{ id: '‹id›', model: '‹model›', columns: '‹other›' }],
  'csv.quote': [{ problem: 'unclosed' }],
  'csv.parser': [{ detail: '‹detail›' }],
  'csv.no-answers': [],
  'csv.binary': [],
  'csv.unnamed-column': [{ column: 3 }],
  'csv.duplicate-column': [{ name: '‹q1›', earlier: 2 }],
  'csv.unknown-column': [{ name: '‹q9›', questionnaire: '‹questionnaire›', suggestion: '‹q1›' }],
  'csv.extra-cells': [{ cells: 5, header: 4 }],
  'csv.invalid-answer': [{ value: '‹x›', id: '‹q1›', options: [1, 2], unknown: true, notApplicable: true }],
  'csv.invalid-date': [{ value: '‹31-31-2026›' }],
  'schema.forms': [
    {
      what: { item: 2, of: '‹levels›' },
      forms: [{ types: ['number', 'null'] }, { values: ['‹unknown›', null] }],
      seen: { type: 'text', text: '‹drie›' },
    },
  ],
  'schema.no-form': [{ what: { key: '‹key›' } }],
  'schema.unknown-key': [{ key: '‹wieght›', what: { item: 1, of: '‹dimensions›' }, suggestion: '‹weight›' }],
  'schema.missing-key': [{ key: '‹id›', what: { item: 3 } }],
  'schema.top-level': [],
  'schema.enum': [{ what: { key: '‹method›' }, allowed: ['‹mean›', '‹min›'] }],
  'schema.pattern': [{ what: { key: '‹id›' }, pattern: 'id', regex: '^x$', value: '‹Bad Id›' }],
  'schema.key-name': [{ key: '‹Key›', what: { key: '‹title›' } }],
  'schema.greater-than': [{ what: { key: '‹weight›' }, limit: 0 }],
  'schema.minimum': [{ what: { key: '‹min›' }, limit: 1 }],
  'schema.maximum': [{ what: { key: '‹max›' }, limit: 9 }],
  'schema.min-items': [{ what: { key: '‹levels›' }, limit: 2 }],
  'schema.not-empty': [{ what: {} }],
  'schema.unique': [{ what: { key: '‹languages›' }, first: 1, second: 2 }],
  'schema.link-both': [],
  'schema.link-missing': [],
  'schema.case-both': [],
  'schema.case-missing': [],
  'schema.text': [{ what: { key: '‹title›' }, seen: { type: 'number', text: '‹3›' } }],
  'schema.answer': [{ what: { key: '‹q1›' }, seen: { type: 'list' } }],
  'schema.other': [{ what: { key: '‹x›' }, detail: '‹must be odd›' }],
};

const TOOLS: { [K in ToolTextId]: ToolValues<K> } = {
  finding: [{ finding }],
  'input.skipped': [{ entry: '‹entry›', why: 'broken-link', code: '‹ELOOP›' }],
  'input.no-such-folder': [{ path: '‹path›' }],
  'input.not-a-folder': [{ path: '‹path›' }],
  'input.no-files': [{ inputs: ['‹a›', '‹b›'], csv: true }],
  'input.no-answer-files': [{ inputs: ['‹a›'], csv: false }],
  'input.no-test-files': [{ inputs: ['‹a›'] }],
  'input.csv-needs-questionnaire': [{ file: '‹file›' }],
  'output.is-input': [{ output: '‹file›' }],
  'output.in-folder': [{ output: '‹file›', from: '‹folder›' }],
  'output.kept': [{ file: '‹file›', kind: 'csv' }],
  'output.wrote': [{ file: '‹file›' }],
  'output.wrote-profiles': [{ count: 3, file: '‹file›' }],
  'output.not-a-file': [{ file: '‹file›', block: true }],
  'internal-error': [{ detail: '‹detail›' }],
  'output.cannot-write': [{ file: '‹file›', code: '‹EACCES›' }],
  'output.fifo-unread': [{ file: '‹file›' }],
  'output.cannot-copy': [{ file: '‹file›', backup: '‹backup›', reason: '‹EACCES›' }],
  'questionnaire.option': [{ ref: '‹ref›', problem: tool('input.no-such-folder', { path: '‹path›' }) }],
  'questionnaire.has-errors': [{ file: '‹file›' }],
  'questionnaire.no-texts': [{ id: '‹id›', lang: '‹fr›', using: '‹nl›' }],
  'questionnaire.shadows': [{ by: '‹mine›', id: '‹id›', file: '‹shipped›' }],
  'score.no-answers': [],
  'score.no-inputs': [],
  'score.organisation-or-group': [],
  'organisation.blank': [],
  'organisation.mixed': [{ names: ['‹A›', '‹a b›'], where: '‹input›' }],
  'compare.different-organisations': [{ before: '‹A›', after: '‹B›' }],
  'score.aggregate-or-group': [],
  'score.mixed': [{ ids: ['‹a›', '‹b›'] }],
  'score.bad-files': [{ bad: 2, files: 5, strict: true, count: 3 }],
  'score.explain-no-effect': [{ format: '‹csv›' }],
  'option.dialect-no-effect': [{ format: '‹json›' }],
  'option.number': [{ name: '‹--top›', value: '‹x›', integer: true }],
  'target.syntax': [{ value: '‹value›' }],
  'target.level': [
    {
      option: '‹--target x›',
      level: '‹level›',
      questionnaire: '‹questionnaire›',
      levels: ['‹a›'],
      suggestion: '‹near›',
    },
  ],
  'target.rank': [{ option: '‹--target 9›', top: 4, questionnaire: '‹questionnaire›' }],
  'target.unit': [{ option: '‹--target x=1›', unit: '‹unit›', questionnaire: '‹questionnaire›', suggestion: '‹near›' }],
  'compare.not-a-profile': [{ input: '‹input›' }],
  'compare.fix-answers': [{ input: '‹input›' }],
  'compare.no-answers': [{ input: '‹input›' }],
  'compare.mixed': [{ input: '‹input›', ids: ['‹a›', '‹b›'] }],
  'template.yaml-only': [{ file: '‹file›', csv: true }],
  'template.csv-name': [{ file: '‹file›' }],
  'template.exists': [{ file: '‹file›' }],
};

// Said the same in both languages: words that are not datascan's own.
const SAME_IN_BOTH = new Set(['verbatim']);

/** The free-text values (marked ‹…›) and numbers a text must show, nested texts and the finding left out. */
function shown(values: unknown): string[] {
  if (typeof values === 'number') return [String(values)];
  if (typeof values === 'string') return values.startsWith('‹') ? [values] : [];
  if (Array.isArray(values)) return values.flatMap(shown);
  if (values && typeof values === 'object' && !('id' in values) && !('rule' in values))
    return Object.values(values).flatMap(shown);
  return [];
}

function check(id: string, values: unknown, sayIn: (language: string) => string) {
  const english = sayIn('en');
  const dutch = sayIn('nl');
  for (const text of [english, dutch]) {
    expect(text.trim(), id).not.toBe('');
    expect(text, id).not.toMatch(/undefined|\[object Object\]|NaN/);
    for (const value of shown(values)) expect(text, `${id} shows ${value}`).toContain(value);
  }
  if (!SAME_IN_BOTH.has(id)) expect(dutch, `${id} in Dutch`).not.toBe(english);
  return { english, dutch };
}

describe("the findings' texts", () => {
  it('has a sample for every text, and a Dutch text for every English one', () => {
    expect(Object.keys(FINDINGS).sort()).toEqual(Object.keys(FINDING_TEXTS.en).sort());
    expect(Object.keys(FINDING_TEXTS.nl).sort()).toEqual(Object.keys(FINDING_TEXTS.en).sort());
  });

  for (const [id, values] of Object.entries(FINDINGS)) {
    it(`says ${id} in English and Dutch, with every value`, () => {
      const text: FindingText = values.length > 0 ? { id, values: values[0] as Record<string, unknown> } : { id };
      check(id, values[0], (language) => sayFinding(text, language));
    });
  }

  it('says a nested text in the language of the text around it', () => {
    const outside = msg('reference.outside', {
      what: msg('reference.model', { ref: 'm.yaml' }),
      hint: msg('reference.hint-allow-outside'),
    });
    expect(sayFinding(outside, 'nl')).toBe(
      'modelbestand `m.yaml` ligt buiten de map van dit bestand en de werkmap, en wordt dus niet gelezen (met --allow-outside wordt het gelezen)',
    );
  });

  it('picks Dutch for any Dutch tag, English for a language without a catalogue', () => {
    const empty = msg('file.empty');
    expect(sayFinding(empty, 'nl-BE')).toBe('bestand is leeg');
    expect(sayFinding(empty, 'fr')).toBe('file is empty');
  });
});

describe("the command line's texts", () => {
  it('has a sample for every text, and a Dutch text for every English one', () => {
    expect(Object.keys(TOOLS).sort()).toEqual(Object.keys(TOOL_TEXTS.en).sort());
    expect(Object.keys(TOOL_TEXTS.nl).sort()).toEqual(Object.keys(TOOL_TEXTS.en).sort());
  });

  for (const [id, values] of Object.entries(TOOLS)) {
    it(`says ${id} in English and Dutch, with every value`, () => {
      const text = values.length > 0 ? { id, values: values[0] as Record<string, unknown> } : { id };
      check(id, values[0], (language) => say(text, language));
    });
  }

  it('says a finding as its line, with the message in the language and the rest as it is', () => {
    const line = (language: string) => say(tool('finding', { finding }), language);
    expect(line('en')).toBe('‹file›:3:4: error invalid-value file is empty');
    expect(line('nl')).toBe('‹file›:3:4: error invalid-value bestand is leeg');
  });
});
