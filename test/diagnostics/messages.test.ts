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
import { say, tool, TOOL_TEXTS, type ToolText, type ToolTextId, type ToolValues } from '../../src/node/messages.js';

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
  'file.windows-1252': [],
  'file.empty': [],
  'file.only-comments': [],
  'file.too-many-tokens': [{ max: 200 }],
  'file.too-many-aliases': [{ max: 500 }],
  'file.alias-bomb': [],
  'file.alias-loop': [],
  'file.too-deep': [{ max: 64 }],
  'yaml.cannot-parse': [{ detail: '‹detail›' }],
  'yaml.parser': [{ detail: '‹detail›' }],
  'yaml.documents': [],
  'yaml.duplicate-key': [{ key: '‹key›' }],
  'yaml.collection-key': [{ list: true }],
  'yaml.unknown-tag': [{ tag: '‹!tag›' }],
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
  'rules.yaml11-boolean': [{ value: '‹yes›' }],
  'rules.yaml11-date': [{ value: '‹2026-11-28›', key: '‹date›' }],
  'rules.missing-translation': [{ missing: ['‹en›'], languages: ['‹nl›', '‹en›'] }],
  'rules.undeclared-language': [{ language: '‹de›', languages: ['‹nl›'] }],
  'rules.unknown-scale': [{ question: '‹question›', scale: '‹scale›', suggestion: '‹near›' }],
  'rules.question-options': [{ question: '‹question›', got: [1, 2], scale: '‹scale›', want: [1, 2, 3] }],
  'rules.below-floor-value': [{ question: '‹question›', value: 2, scale: '‹scale›', lowest: 1 }],
  'rules.unknown-subdimension': [
    { question: '‹question›', subdimension: '‹sub›', isDimension: false, suggestion: '‹near›' },
  ],
  'rules.unknown-dimension': [{ question: '‹question›', dimension: '‹dimension›', suggestion: '‹near›' }],
  'rules.question-link': [{ dimension: '‹dimension›', question: '‹question›' }],
  'rules.empty-dimension': [{ kind: 'subdimension', id: '‹id›', fromModel: true }],
  'rules.group-placement': [{ dimension: '‹dimension›' }],
  'rules.question-group': [{ question: '‹q›', unit: '‹unit›', groups: ['‹a›', '‹b›'] }],
  'rules.unknown-group': [{ question: '‹q›', group: '‹group›', unit: '‹unit›', suggestion: '‹near›' }],
  'rules.reserved-level-id': [],
  'rules.reserved-question-id': [{ id: '‹same›' }],
  'rules.migration-same-from': [{ from: '‹1.0.0›', line: 40 }],
  'rules.migration-not-earlier': [{ from: '‹1.1.0›', version: '‹1.1.0›' }],
  'rules.migration-gap': [{ to: '‹1.0.5›', version: '‹1.1.0›', froms: ['‹1.0.0›'] }],
  'rules.migration-loop': [{ versions: ['‹1.0.0›', '‹1.0.1›', '‹1.0.0›'] }],
  'rules.migration-backwards': [{ from: '‹1.1.0›', to: '‹1.0.0›' }],
  'rules.migration-renamed-twice': [{ id: '‹b›', first: '‹a›', to: '‹c›' }],
  'rules.migration-renamed-onto': [{ id: '‹a›', to: '‹c›', onto: 'added' }],
  'rules.migration-unknown-id': [
    { id: '‹x›', role: 'added', from: '‹1.0.0›', questionnaire: '‹scan›', suggestion: '‹z›' },
  ],
  'rules.unknown-level': [{ question: '‹q›', level: '‹level›', suggestion: '‹near›' }],
  'rules.gated-level-min': [{ level: '‹level›', min: 2.5, rank: 3 }],
  'rules.gated-question-level': [{ question: '‹q›', unit: '‹unit›' }],
  'rules.gated-key-unused': [{ keys: ['‹level›', '‹step›'], question: '‹q›' }],
  'rules.missing-next-steps': [{ unit: '‹unit›', levels: ['‹a›', '‹b›'] }],
  'rules.missing-none-steps': [{ unit: '‹unit›', question: '‹q›', value: 0, min: 1 }],
  'answers.version-format': [{ version: '‹1.0›' }],
  'answers.version-mismatch': [{ answered: '‹1.0.0›', id: '‹id›', current: '‹2.0.0›' }],
  'answers.migrate-no-version': [{ id: '‹scan›' }],
  'answers.in-progress': [{ answered: 3, total: 51 }],
  'answers.likely-duplicate': [{ first: '‹a.yaml›', name: '‹A. de Vries›', dropped: true }],
  'answers.consensus-in-group': [{ others: 6, dropped: false }],
  'answers.consensus-participants': [{ participants: 6, sources: 5 }],
  'answers.no-migration-path': [{ version: '‹0.9.0›', id: '‹scan›', current: '‹1.1.0›', froms: ['‹1.0.0›'] }],
  'answers.migrated': [{ answered: '‹1.0.0›', id: '‹id›', current: '‹1.1.0›', carried: 47, dropped: 4, newOpen: 6 }],
  'answers.unknown-question': [{ id: '‹id›', questionnaire: '‹questionnaire›', suggestion: '‹near›' }],
  'answers.unknown-not-allowed': [{ id: '‹id›' }],
  'answers.not-applicable-not-allowed': [{ id: '‹id›' }],
  'answers.invalid-answer': [{ value: 9, id: '‹id›', allowed: [1, 2, 3] }],
  'answers.unknown-target': [{ id: '‹id›', questionnaire: '‹questionnaire›', suggestion: '‹near›' }],
  'plan.unknown-unit': [{ id: '‹id›', unit: '‹unit›', questionnaire: '‹questionnaire›', suggestion: '‹near›' }],
  'plan.duplicate-id': [{ id: '‹id›', line: 7 }],
  'plan.due-date': [{ id: '‹id›', due: '‹due›' }],
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
  'csv.utf16': [],
  'csv.unnamed-column': [{ column: 3 }],
  'csv.duplicate-column': [{ name: '‹q1›', earlier: 2 }],
  'csv.unknown-column': [{ name: '‹q9›', questionnaire: '‹questionnaire›', suggestion: '‹q1›' }],
  'csv.ambiguous-column': [{ name: '‹q9›' }],
  'csv.same-column': [{ name: '‹q9›', target: '‹q1›', earlier: 2 }],
  'csv.extra-cells': [{ cells: 5, header: 4 }],
  'csv.invalid-answer': [
    {
      value: '‹x›',
      id: '‹q1›',
      options: [
        { value: 1, label: '‹Nog niet›' },
        { value: 2, label: '‹Overal›' },
      ],
      unknown: '‹Weet niet›',
      notApplicable: '‹Niet van toepassing›',
    },
  ],
  'csv.invalid-date': [{ value: '‹31-31-2026›' }],
  'workbook.cell': [{ cell: 'Vragen!E7', finding: msg('file.empty') }],
  'workbook.invalid': [],
  'workbook.too-large': [{ mb: 50 }],
  'workbook.is-report': [],
  'workbook.not-answer-workbook': [],
  'workbook.invalid-answer': [{ value: '‹x›', id: '‹q1›', choices: ['‹a›', '‹b›'] }],
  'workbook.duplicate-question': [{ id: '‹q1›', earlier: 3 }],
  'workbook.answer-without-id': [],
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
  'input.export-needs-questionnaire': [{ file: '‹file›' }],
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
  'option.questionnaire-no-effect': [],
  'score.organisation-or-group': [],
  'organisation.blank': [],
  'organisation.mixed': [{ names: ['‹A›', '‹a b›'], where: '‹input›' }],
  'compare.different-organisations': [{ before: '‹A›', after: '‹B›' }],
  'compare.trend-organisations': [{ names: ['‹A›', '‹B›'] }],
  'compare.trend-order': [{ order: ['‹a›', '‹b›', '‹c›'] }],
  'compare.trend-order-given': [{ reason: 'same-date' }],
  'score.aggregate-or-group': [],
  'score.xlsx-terminal': [],
  'score.xlsx-name': [{ file: '‹file›' }],
  'score.mixed': [{ ids: ['‹a›', '‹b›'] }],
  'score.bad-files': [{ bad: 2, files: 5, strict: true, count: 3 }],
  'score.skipped': [{ skipped: 2 }],
  'score.unfinished-left-out': [{ count: 2 }],
  'score.drop-duplicates-no-effect': [],
  'option.keep-roles-no-effect': [],
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
  'compare.fix-answers': [{ input: '‹input›', skipped: 2 }],
  'compare.no-answers': [{ input: '‹input›' }],
  'plan.guide': [],
  'plan.fix-answers': [{ input: '‹input›', skipped: 2 }],
  'plan.no-answers': [{ input: '‹input›' }],
  'plan.has-errors': [{ file: '‹file›', first: finding, more: 2 }],
  'plan.not-a-plan': [{ file: '‹file›' }],
  'plan.other-questionnaire': [{ file: '‹file›', plan: '‹plan›', profile: '‹profile›' }],
  'plan.other-organisation': [{ file: '‹file›', plan: '‹plan›', profile: '‹profile›' }],
  'plan.other-language': [{ file: 'plan.yaml', plan: 'nl', given: 'en' }],
  'plan.several-organisations': [{ names: ['‹a›', '‹b›'] }],
  'plan.wrote': [{ file: '‹file›', actions: 7, kept: 3, added: 2, noLongerApply: 1, own: 1 }],
  'plan.no-longer-apply': [{ ids: ['‹id›'] }],
  'plan.own-actions': [{ ids: ['‹id›'] }],
  'plan.removed': [{ ids: ['‹id›'], backup: '‹backup›' }],
  'compare.same-scan': [{ first: '‹a›', second: '‹b›' }],
  'compare.mixed': [{ input: '‹input›', ids: ['‹a›', '‹b›'] }],
  'template.yaml-only': [{ file: '‹file›', csv: true }],
  'template.csv-name': [{ file: '‹file›' }],
  'template.exists': [{ file: '‹file›' }],
  'template.xlsx-name': [{ file: '‹file›' }],
  'template.xlsx-format': [{ file: '‹file›' }],
  'template.xlsx-terminal': [],
  'form.html-name': [{ file: '‹file›' }],
  'migrate.output-or-in-place': [],
  'migrate.both': [],
  'migrate.one-output': [{ count: 2 }],
  'migrate.output-is-input': [{ file: '‹file›' }],
  'migrate.output-format': [{ file: '‹file›' }],
  'migrate.csv': [{ file: '‹file›' }],
  'migrate.workbook': [{ file: '‹file›' }],
  'migrate.to-not-on-path': [{ to: '‹2.0.0›', file: '‹file›', from: '‹1.0.0›', versions: ['‹1.1.0›', '‹1.2.0›'] }],
  'migrate.to-not-later': [{ to: '‹1.1.0›', file: '‹file›', from: '‹1.2.0›' }],
  'migrate.to-nothing-later': [{ to: '‹2.0.0›', file: '‹file›', from: '‹1.2.0›' }],
  'migrate.current': [{ file: '‹file›', version: '‹1.1.0›', id: '‹scan›' }],
  'migrate.summary': [{ file: '‹file›', from: '‹1.0.0›', to: '‹1.1.0›', carried: 3, dropped: 1, open: 1 }],
  'migrate.dropped-as-comments': [{ ids: ['‹a›', '‹b›'] }],
  'migrate.dropped-json': [{ ids: ['‹a›'], kept: '‹file.bak›' }],
  'migrate.backup': [{ file: '‹file›', backup: '‹file.bak›' }],
  'migrate.in-place-not-a-file': [{ file: '‹file›', what: 'fifo' }],
  'migrate.locked': [{ file: '‹file›' }],
  'migrate.nothing-written': [{ bad: 2 }],
  'workshop.join': [{ url: '‹url›' }],
  'workshop.facilitator': [{ url: '‹url›' }],
  'workshop.listening-lan': [],
  'workshop.continued': [{ count: 2 }],
  'workshop.stopped': [{ dir: '‹dir›', command: '‹command›' }],
  'workshop.bad-state': [{ file: '‹file›' }],
  'workshop.other-questionnaire': [{ file: '‹file›', id: '‹id›' }],
  'workshop.bad-port': [{ port: '‹port›' }],
  'workshop.bad-max-participants': [{ value: '‹value›' }],
  'workshop.cannot-listen': [{ address: '‹address›', problem: '‹problem›' }],
  'workshop.locked': [{ dir: '‹dir›', pid: 42, host: '‹host›', since: '‹since›', lockFile: '‹lockFile›' }],
  'workshop.bad-certificate': [{ option: '--cert', file: '‹file›' }],
  'workshop.cert-needs-key': [{ given: '--cert', missing: '--key' }],
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
      'modelbestand `m.yaml` ligt buiten de map van dit bestand en de werkmap, en wordt dus niet gelezen (met --allow-outside wordt het toch gelezen)',
    );
  });

  it('says the Dutch wordings a reviewer corrected', () => {
    const said: [FindingText, string][] = [
      [
        msg('schema.pattern', { what: { key: 'id' }, pattern: 'id', regex: '^[a-z0-9]+(-[a-z0-9]+)*$', value: 'A_b' }),
        '`id` moet kebab-case (kleine letters en cijfers, met telkens één koppelteken ertussen, bijv. `data-kwaliteit`) zijn, niet `A_b`',
      ],
      [
        msg('yaml.tagged', { name: { items: [], of: 'value-of', key: 'tags' }, type: 'set' }),
        '`tags` is een verzameling (`!!set`); zoiets komt in geen enkel datascan-bestand voor: schrijf een gewone mapping (sleutel: waarde), lijst of tekst, zonder de tag',
      ],
      [
        msg('rules.yaml11-boolean', { value: 'no' }),
        'YAML 1.1-tools lezen `no` zonder aanhalingstekens als booleaanse waarde; zet het tussen aanhalingstekens als het als tekst bedoeld is',
      ],
      [
        msg('rules.yaml11-date', { value: '2026-11-28', key: 'date' }),
        'YAML 1.1-tools (PyYAML, ruamel.yaml) lezen `2026-11-28` zonder aanhalingstekens als datum, niet als tekst; schrijf `date: "2026-11-28"`',
      ],
      [
        msg('test.aggregate-false', { sets: 3 }),
        '`aggregate: false` scoort elke antwoordset apart, maar een testgeval controleert één profiel, en de bestanden van dit testgeval bevatten 3 antwoordsets',
      ],
      [
        msg('schema.case-both'),
        'een testgeval geeft de antwoorden direct in het testbestand (`answers`) of in antwoordbestanden (`files`), niet allebei',
      ],
      [
        msg('schema.case-missing'),
        'een testgeval heeft `answers` (direct in het testbestand) of `files` (antwoordbestanden) nodig',
      ],
      [
        msg('answers.migrated', { answered: '1.0.0', id: 'q', current: '1.1.0', carried: 47, dropped: 4, newOpen: 6 }),
        'beantwoord voor 1.0.0; gelezen als versie 1.1.0 van `q`: 47 antwoorden overgenomen, 4 vervallen, 6 nieuwe of gewijzigde vragen open',
      ],
      [
        msg('answers.migrated', { answered: '1.0.0', id: 'q', current: '1.1.0', carried: 1, dropped: 0, newOpen: 1 }),
        'beantwoord voor 1.0.0; gelezen als versie 1.1.0 van `q`: 1 antwoord overgenomen, 1 nieuwe of gewijzigde vraag open',
      ],
      [
        msg('answers.in-progress', { answered: 1, total: 1 }),
        'het interview of formulier van dit bestand is niet afgerond (`session.status: in-progress`): 1 van 1 vraag beantwoord; de antwoorden tellen mee (`score --complete-only` laat het bestand weg)',
      ],
      [
        msg('answers.likely-duplicate', { first: 'a.yaml', name: 'Anna', dropped: false }),
        'dezelfde deelnemer (Anna) met dezelfde antwoorden als a.yaml: waarschijnlijk een kopie; beide tellen mee (`score --drop-duplicates` houdt het eerste)',
      ],
      [
        msg('answers.version-mismatch', { answered: '0.9.0', id: 'q', current: '1.0.0' }),
        'de antwoorden horen bij versie 0.9.0 van `q`, maar de vragenlijst is versie 1.0.0',
      ],
      [
        msg('profile.other-columns', { id: 'q', model: 'm', columns: 'n' }),
        'de vragenlijst van dit profiel, `q` (model `m`), past niet bij de CSV-kolommen van model `n`; scoor deze antwoorden in een aparte aanroep',
      ],
      [msg('csv.extra-cells', { cells: 6, header: 5 }), 'rij heeft 6 cellen, de kopregel heeft er maar 5'],
      [
        msg('rules.missing-translation', { missing: ['en'], languages: ['nl', 'en'] }),
        'tekst heeft geen versie in `en` (het bestand geeft als talen op: nl, en)',
      ],
      [
        msg('kind.wrong', { kind: 'profile', expected: 'answers' }),
        'dit is een profiel (uitvoer van `datascan score --format json`), geen antwoordbestand (een antwoordbestand heeft `answers`)',
      ],
      [
        msg('kind.wrong', { kind: 'test', expected: 'questionnaire' }),
        'dit is een testbestand (invoer voor `datascan test`), geen vragenlijst (een vragenlijst heeft `questions`)',
      ],
      [
        msg('file.alias-bomb'),
        'het uitvouwen van de aliassen in dit bestand levert te veel op (een YAML-aliasbom?); het wordt niet gelezen',
      ],
      [msg('schema.enum', { what: { key: 'x' }, allowed: ['a', 'b'] }), '`x` moet een van deze waarden zijn: `a`, `b`'],
      [
        msg('schema.enum', { what: { key: 'x' }, allowed: ['gereed', 'open'], value: 'Gereed', suggestion: 'gereed' }),
        '`x` moet een van deze waarden zijn: `gereed`, `open`, niet `Gereed` — bedoelt u `gereed`?',
      ],
      [
        msg('schema.pattern', { what: { key: 'x' }, regex: '^a$', value: 'b' }),
        '`x` moet tekst die voldoet aan ^a$ zijn, niet `b`',
      ],
      [msg('schema.maximum', { what: { key: 'x' }, limit: 4 }), '`x` mag maximaal 4 zijn'],
      [msg('file.binary'), 'bestand bevat binaire gegevens (een NUL-byte); verwacht: YAML- of JSON-tekst'],
      [msg('csv.binary'), 'bestand bevat binaire gegevens (een NUL-byte); verwacht: CSV-tekst'],
      [
        msg('rules.level-order', { id: 'b', min: 1, previous: 'a', previousMin: 2 }),
        'niveau `b` heeft min 1, maar dat moet groter zijn dan de min van `a` (2)',
      ],
      [msg('file.too-deep', { max: 64 }), 'bestand is meer dan 64 lagen diep genest'],
      [msg('schema.top-level'), 'het bestand moet als geheel een mapping (sleutel: waarde-paren) zijn'],
    ];
    for (const [text, dutch] of said) expect(sayFinding(text, 'nl'), text.id).toBe(dutch);
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

  it('says the Dutch wordings a reviewer corrected', () => {
    const said: [ToolText, string][] = [
      [tool('input.no-files', { inputs: ['a'], csv: false }), 'geen YAML-, JSON- of .xlsx-bestanden in a'],
      [tool('input.no-files', { inputs: ['a'], csv: true }), 'geen YAML-, JSON-, CSV- of .xlsx-bestanden in a'],
      [
        tool('organisation.mixed', { names: ['A', 'B'] }),
        'datascan: de antwoorden noemen 2 organisaties ("A", "B"), dus het profiel krijgt geen organisatie; geef de organisatie op met --organisation NAAM',
      ],
      [
        tool('score.organisation-or-group'),
        '--organisation geeft alle profielen dezelfde organisatie, --group-by organisation maakt een profiel per organisatie in de bestanden; kies een van beide',
      ],
      [
        tool('input.skipped', { entry: 'x', why: 'folder-link' }),
        'x overgeslagen: een link naar een map; binnen een map worden zulke links niet gevolgd (geef de link zelf op om hem te lezen)',
      ],
      [
        tool('output.is-input', { output: 'x' }),
        '-o x is ook een invoerbestand; het rapport zou het overschrijven: kies een ander bestand',
      ],
      [
        tool('output.in-folder', { output: 'x', from: 'd' }),
        '-o x is een van de bestanden in d, en geen rapport van datascan; het rapport zou het overschrijven: kies een ander bestand',
      ],
      [
        tool('output.kept', { file: 'x', kind: 'answers' }),
        '-o x is een antwoordbestand; het rapport zou het overschrijven: kies een ander bestand, of overschrijf het met --force',
      ],
      [
        tool('score.aggregate-or-group'),
        'gebruik --aggregate (één profiel voor alle antwoorden) of --group-by organisation (één per organisatie), niet allebei',
      ],
      [
        tool('score.mixed', { ids: ['a', 'b'] }),
        '--aggregate scoort antwoorden op één vragenlijst samen, maar deze bestanden beantwoorden `a` en `b`; scoor ze apart of gebruik --group-by organisation',
      ],
      [
        tool('compare.mixed', { input: 'x', ids: ['a', 'b'] }),
        'x: antwoorden op `a` en `b`; de antwoorden aan één kant moeten bij één vragenlijst horen',
      ],
      [tool('template.csv-name', { file: 'x' }), 'x: --format csv schrijft CSV; geef het bestand de extensie .csv'],
      [
        tool('score.bad-files', { bad: 1, files: 3, strict: false, count: 2 }),
        'datascan: 1 van 3 bestanden had fouten; 2 profielen gescoord uit de overige bestanden',
      ],
      [
        tool('score.explain-no-effect', { format: 'csv' }),
        'datascan: --explain heeft geen effect bij --format csv: table en markdown tonen de uitleg, json en ndjson nemen die op als `explanation`',
      ],
      [
        tool('option.dialect-no-effect', { format: 'json' }),
        'datascan: --csv-dialect heeft geen effect bij --format json; het bepaalt hoe --format csv wordt geschreven',
      ],
      [
        tool('compare.different-organisations', { before: 'A', after: 'B' }),
        'datascan: verschillende organisaties vergeleken: "A" (vóór) en "B" (na); geef --organisation NAAM als het om dezelfde organisatie gaat',
      ],
      [
        tool('questionnaire.no-texts', { id: 'q', lang: 'fr', using: 'nl' }),
        'datascan: `q` heeft geen teksten in `fr`; de teksten worden in nl getoond',
      ],
    ];
    for (const [text, dutch] of said) expect(say(text, 'nl'), text.id).toBe(dutch);
  });

  it('says a finding as its line, with the message in the language and the rest as it is', () => {
    const line = (language: string) => say(tool('finding', { finding }), language);
    expect(line('en')).toBe('‹file›:3:4: error invalid-value file is empty');
    expect(line('nl')).toBe('‹file›:3:4: error invalid-value bestand is leeg');
  });
});
