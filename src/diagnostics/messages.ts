/**
 * What findings say, in English and Dutch. A finding keeps the id of its text and the values it was
 * built from (FindingText), so that a front end can say it in the user's language when it renders
 * it (see localize.ts); `message` holds the English, built when the finding is. Rule ids,
 * positions, keys and values quoted from files are the same in every language.
 */
import { pickCatalogue } from '../util/language.js';
import { migrationCounts } from './migration-counts.js';

export { migrationCounts } from './migration-counts.js';

/** A finding's words as data: a catalogue id and the values its text is built from. */
export interface FindingText {
  id: string;
  values?: Readonly<Record<string, unknown>>;
}

/** A piece of a text given by the caller: either words of its own, or another catalogue text. */
export type Phrase = string | FindingText;

/** Says a nested phrase in the language of the text around it. */
type Say = (phrase: Phrase) => string;

type Entry<V> = (values: V, say: Say) => string;

const code = (s: string | number) => `\`${s}\``;
const codes = (list: readonly (string | number)[]) => list.map(code).join(', ');

/** A date as text, as the file should say it: `date: "2026-11-28"`, or a list item's `"2026-11-28"`. */
const quotedDate = (value: string, key?: string) => (key === undefined ? `"${value}"` : `${key}: "${value}"`);

// The "did you mean" hint: the caller passes the closest candidate (see `suggestion`).
const enHint = (s?: string) => (s ? ` — did you mean ${code(s)}?` : '');
const nlHint = (s?: string) => (s ? ` — bedoelt u ${code(s)}?` : '');

const enCount = (n: number) => n.toLocaleString('en-US');
const nlCount = (n: number) => n.toLocaleString('nl-NL');

/** Where in a file a schema finding is: an item (of a key), a key, or (neither) the file. */
export interface SchemaPlace {
  item?: number;
  of?: string;
  key?: string;
}
const enPlace = ({ item, of, key }: SchemaPlace) =>
  item !== undefined
    ? `item ${item}${of !== undefined ? ` of ${code(of)}` : ''}`
    : key !== undefined
      ? code(key)
      : 'the file';
const nlPlace = ({ item, of, key }: SchemaPlace) =>
  item !== undefined
    ? `element ${item}${of !== undefined ? ` van ${code(of)}` : ''}`
    : key !== undefined
      ? code(key)
      : 'het bestand';

/** A value as a finding names it: its kind, and for a scalar how it reads (`text`). */
export interface ValueSeen {
  type: string;
  text?: string;
}
const enSeen = ({ type, text }: ValueSeen) =>
  ({ null: 'empty (null)', list: 'a list', mapping: 'a mapping' })[type] ??
  (type === 'text' ? `the text ${code(text ?? '')}` : `${type} ${code(text ?? '')}`);
const nlSeen = ({ type, text }: ValueSeen) =>
  ({ null: 'leeg (null)', list: 'een lijst', mapping: 'een mapping' })[type] ??
  ({ text: 'de tekst', number: 'het getal', boolean: 'de waarde' }[type] ?? type) + ` ${code(text ?? '')}`;

/** One form a value may take: of these JSON Schema types, or one of these values. */
export type SchemaForm = { types: string[] } | { values: (string | null)[] };
const EN_TYPES: Record<string, string> = {
  object: 'a mapping (key: value pairs)',
  array: 'a list',
  string: 'a text',
  number: 'a number',
  integer: 'a whole number',
  boolean: '`true` or `false`',
  null: 'empty (null)',
};
const NL_TYPES: Record<string, string> = {
  object: 'een mapping (sleutel: waarde-paren)',
  array: 'een lijst',
  string: 'een tekst',
  number: 'een getal',
  integer: 'een geheel getal',
  boolean: '`true` of `false`',
  null: 'leeg (null)',
};
const forms = (list: readonly SchemaForm[], words: Record<string, string>, or: string) => {
  const said = list.map((f) =>
    'types' in f
      ? f.types.map((t) => words[t] ?? t).join(` ${or} `)
      : f.values.map((v) => (v === null ? words.null : code(v))).join(', '),
  );
  return said.length > 1 ? `${said.slice(0, -1).join(', ')} ${or} ${said[said.length - 1]}` : (said[0] ?? '');
};

/** The patterns of datascan's schemas, in words; another is quoted. */
export type SchemaPattern = 'id' | 'language' | 'version' | 'date';
const EN_PATTERNS: Record<SchemaPattern, string> = {
  id: 'kebab-case (lower-case letters and digits separated by single hyphens, e.g. `data-kwaliteit`)',
  language: 'a language code such as `nl` or `en`',
  version: 'a semantic version such as `1.0.0`',
  date: 'an ISO date such as `2026-11-28`',
};
const NL_PATTERNS: Record<SchemaPattern, string> = {
  id: 'kebab-case (kleine letters en cijfers, met telkens één koppelteken ertussen, bijv. `data-kwaliteit`)',
  language: 'een taalcode zoals `nl` of `en`',
  version: 'een semantische versie zoals `1.0.0`',
  date: 'een ISO-datum zoals `2026-11-28`',
};

/** A quote where CSV does not allow one. */
export type CsvQuote = 'unclosed' | 'after' | 'inside';
const EN_QUOTES: Record<CsvQuote, string> = {
  unclosed: 'the quote that opens this cell is never closed',
  after: 'text after the quote that closes a cell',
  inside: 'a quote inside a cell that does not start with one',
};
const NL_QUOTES: Record<CsvQuote, string> = {
  unclosed: 'het aanhalingsteken waarmee deze cel begint wordt nooit gesloten',
  after: 'tekst na het aanhalingsteken dat een cel sluit',
  inside: 'een aanhalingsteken in een cel die er niet mee begint',
};

/** A CSV cell that is no answer, with what the question's scale allows. */
/** A cell that is no answer, and the answers there are, labels in the file's language (see answers/choices-named.ts). */
interface CsvAnswerProblem {
  value: string;
  id: string;
  options: { value: number; label: string }[];
  unknown?: string;
  notApplicable?: string;
}

/** An option as a finding names it: `Nog niet = 1`. */
const optionNamed = (o: { value: number; label: string }) => `${o.label} = ${o.value}`;

/** A profile's questionnaire and the model it belongs to. */
interface ModelOf {
  id: string;
  model: string;
}

type Kind = 'questionnaire' | 'model' | 'answers' | 'profile' | 'test' | 'plan';
const EN_KIND: Record<Kind, string> = {
  questionnaire: 'a questionnaire',
  model: 'a model file',
  answers: 'an answer file',
  profile: 'a profile (what `datascan score --format json` writes)',
  test: 'a test file (what `datascan test` runs)',
  plan: 'an action plan (what `datascan plan` writes)',
};
// How the shorter texts name a kind: `a questionnaire file`.
const enKindFile = (kind: Kind) => (kind === 'answers' ? 'an answer file' : `a ${kind} file`);
const NL_KIND: Record<Kind, string> = {
  questionnaire: 'een vragenlijst',
  model: 'een modelbestand',
  answers: 'een antwoordbestand',
  profile: 'een profiel (uitvoer van `datascan score --format json`)',
  test: 'een testbestand (invoer voor `datascan test`)',
  plan: 'een actieplan (uitvoer van `datascan plan`)',
};

const en = {
  // Said as it is: words from elsewhere that have no id (a library's FileHost, a parser).
  verbatim: ({ text }: { text: string }) => text,

  'file.not-found': ({ file }: { file: string }) => `file not found: ${file}`,
  'file.cannot-read': ({ file, reason }: { file: string; reason: string }) => `cannot read ${file}: ${reason}`,
  'file.not-a-file': ({ file, what }: { file: string; what: NotAFile }) =>
    `${file} is ${EN_NOT_A_FILE[what]}, not a file`,
  'file.too-large': ({ mb, size }: { mb: number; size?: number }) =>
    `file is larger than ${mb} MB${size !== undefined ? ` (${size.toFixed(1)} MB)` : ''}; no file datascan reads is nearly that large`,
  'file.csv-too-large': ({ mb }: { mb: number }) => `file is larger than ${mb} MB`,
  'file.no-such-path': ({ path }: { path: string }) => `no such file or folder: ${path}`,
  'file.cannot-read-folder': ({ path, code: c }: { path: string; code: string }) => `cannot read folder ${path}: ${c}`,
  'file.no-match': ({ input }: { input: string }) => `no files match ${input}`,
  'file.binary': () => 'file contains binary data (a NUL byte); expected YAML or JSON text',
  'file.not-utf8': () => 'file is not valid UTF-8 text',
  'file.windows-1252': () =>
    'file is not UTF-8 text: read as Windows-1252 (as Excel saves CSV); check that accented letters came through, or save it as "CSV UTF-8"',
  'file.empty': () => 'file is empty',
  'file.only-comments': () => 'file has no content (only comments or blank lines)',
  'file.too-many-tokens': ({ max }: { max: number }) =>
    `file has more than ${enCount(max)} keys, values and list items; no file datascan reads has nearly that many`,
  'file.too-many-aliases': ({ max }: { max: number }) =>
    `file has more than ${enCount(max)} aliases (a YAML alias bomb?); refusing to read it`,
  'file.alias-bomb': () => 'file expands too many aliases (a YAML alias bomb?); refusing to read it',
  'file.alias-loop': () =>
    'an alias refers to the list or mapping it is in, so the value would contain itself; refusing to read it',
  'file.too-deep': ({ max }: { max: number }) => `file is nested more than ${max} levels deep`,

  'yaml.cannot-parse': ({ detail }: { detail: string }) => `cannot parse file: ${detail}`,
  'yaml.parser': ({ detail }: { detail: string }) => detail,
  'yaml.documents': () =>
    'file contains more than one YAML document (`---`); a questionnaire or answer file is one document',
  'yaml.duplicate-key': ({ key }: { key: string }) =>
    `duplicate key ${code(key)}: the later value would silently replace the earlier one`,
  'yaml.collection-key': ({ list }: { list: boolean }) =>
    `a key must be a text or a number, not a ${list ? 'list' : 'mapping'}`,
  'yaml.unknown-tag': ({ tag }: { tag: string }) =>
    `unknown tag ${code(tag)}: datascan files hold only texts, numbers, booleans, lists and mappings, without tags`,
  'yaml.tagged': ({ name, type }: { name: ValueName; type: TypedValue }) =>
    `${enValueName(name)} is ${EN_TYPED[type]}, which no datascan file holds: ${
      type === 'timestamp'
        ? 'write a date as a text in quotes, without a tag (`"2026-11-28"`)'
        : 'write a plain mapping (key: value), list or text, without the tag'
    }`,
  'json.invalid': ({ detail }: { detail: string }) => `not valid JSON: ${detail} (a .json file must be JSON, not YAML)`,

  'findings.omitted': ({ count, here, max }: { count: number; here: boolean; max: number }) =>
    `… and ${enCount(count)} more finding${count === 1 ? '' : 's'}${here ? ', the first of them here' : ''} (only the first ${max} of a file are listed)`,

  'kind.unknown': () =>
    'cannot tell what this file is: a questionnaire has `questions`, a model file `dimensions`, an answer file `answers`, a profile `overall`, a test file `cases`',
  'kind.wrong': ({ kind, expected }: { kind: Kind; expected: 'questionnaire' | 'answers' }) =>
    `this is ${EN_KIND[kind]}, not ${EN_KIND[expected]} (${expected === 'questionnaire' ? 'a questionnaire has `questions`' : 'an answer file has `answers`'})`,
  'kind.not-answers': ({ kind }: { kind: Kind }) =>
    `this is ${kind === 'profile' ? EN_KIND.profile : enKindFile(kind)}, not an answer file (an answer file has \`answers\`)`,
  'kind.not-test': ({ kind }: { kind?: Kind | 'unknown' }) =>
    `this is not a test file (a test file has \`questionnaire\` and \`cases\`)${kind === undefined || kind === 'unknown' ? '' : `; it is ${enKindFile(kind)}`}`,

  'reference.outside': ({ what, hint }: { what: Phrase; hint?: Phrase }, say: Say) =>
    `${say(what)} lies outside this file's folder and the working folder, so it is not read${hint ? ` (${say(hint)})` : ''}`,
  'reference.questionnaire': ({ ref, file }: { ref: string; file?: string }) =>
    `questionnaire ${code(ref)}${file !== undefined ? ` (${file})` : ''}`,
  'reference.model': ({ ref }: { ref: string }) => `model file ${code(ref)}`,
  'reference.hint-allow-outside': () => '--allow-outside reads it',
  'reference.hint-dir': () => 'use --dir to add a folder',
  'reference.hint-test-file': () => 'give a path relative to the test file, or use --dir',
  'questionnaire.not-found': (
    { ref, suggestion, known, hint }: { ref: string; suggestion?: string; known: string[]; hint?: Phrase },
    say: Say,
  ) =>
    `questionnaire ${code(ref)} not found${enHint(suggestion)} (known: ${known.join(', ') || 'none'}${hint ? `; ${say(hint)}` : ''})`,
  'questionnaire.unusable': (
    {
      what,
      reason,
      detail,
    }: { what: Phrase; reason: 'not-found' | 'unreadable' | 'errors' | 'not-questionnaire'; detail?: Phrase },
    say: Say,
  ) =>
    `${say(what)} ${
      {
        'not-found': 'not found',
        unreadable: `cannot be read${detail ? `: ${say(detail)}` : ''}`,
        errors: 'has errors',
        'not-questionnaire': 'is not a questionnaire',
      }[reason]
    }`,
  'questionnaire.unknown-id': ({ ref, suggestion, known }: { ref: string; suggestion?: string; known: string[] }) =>
    `unknown questionnaire ${code(ref)}${enHint(suggestion)} (known: ${known.join(', ')}); give an id from \`datascan list\` or a path`,
  'questionnaire.not-one': ({ ref, kind }: { ref: string; kind: Exclude<Kind, 'questionnaire'> | 'unknown' }) =>
    `${ref} is not a questionnaire (it is ${kind === 'unknown' ? 'not one' : kind === 'profile' ? 'a profile' : kind === 'test' ? 'a test file' : EN_KIND[kind]})`,
  'questionnaire.option-problem': ({ ref, problem }: { ref: string; problem: Phrase }, say: Say) =>
    `--questionnaire ${ref}: ${say(problem)}`,
  'csv.not-checked': ({ why }: { why: Phrase }, say: Say) => `${say(why)}; the answers in this file are not checked`,
  'model.not-found': ({ ref, looked }: { ref: string; looked: string }) =>
    `model file ${code(ref)} not found (looked for ${looked})`,
  'model.unreadable': ({ ref, detail }: { ref: string; detail: Phrase }, say: Say) =>
    `model file ${code(ref)} cannot be read: ${say(detail)}`,
  'model.not-a-model': ({ ref, answers }: { ref: string; answers: boolean }) =>
    `${code(ref)} is not a model file (it has ${answers ? 'answers' : 'questions'}); a model file has levels, scales and dimensions but no questions`,
  'model.has-errors': ({ ref, errors }: { ref: string; errors: number }) =>
    `model file ${code(ref)} has ${errors} error${errors === 1 ? '' : 's'}; fix ${errors === 1 ? 'it' : 'them'} first (validate ${ref})`,

  'rules.duplicate-id': ({ what, id, line }: { what: IdKind; id: string; line: number }) =>
    `${what} id ${code(id)} is used twice (first on line ${line})`,
  'rules.level-order': ({
    id,
    min,
    previous,
    previousMin,
  }: {
    id: string;
    min: number;
    previous: string;
    previousMin: number;
  }) => `level ${code(id)} has min ${min}, which must be greater than the min of ${code(previous)} (${previousMin})`,
  'rules.duplicate-option-value': ({ scale, value }: { scale: string; value: number }) =>
    `scale ${code(scale)} has the value ${value} twice; every option needs its own value`,
  'rules.not-a-level': ({
    level,
    key,
    unit,
    suggestion,
  }: {
    level: string;
    key: string;
    unit: string;
    suggestion?: string;
  }) => `${code(level)} in ${key} of ${code(unit)} is not a level${enHint(suggestion)}`,
  'rules.yaml11-boolean': ({ value }: { value: string }) =>
    `unquoted ${code(value)} is read as a boolean by YAML 1.1 tools; quote it if it is meant as text`,
  'rules.yaml11-date': ({ value, key }: { value: string; key?: string }) =>
    `unquoted ${code(value)} is read as a date by YAML 1.1 tools (PyYAML, ruamel.yaml), not as text; write ${code(quotedDate(value, key))}`,
  'rules.missing-translation': ({ missing, languages }: { missing: string[]; languages: string[] }) =>
    `text has no ${codes(missing)} version (the file declares ${languages.join(', ')})`,
  'rules.undeclared-language': ({ language, languages }: { language: string; languages: string[] }) =>
    `language ${code(language)} is not in the file's \`languages\` (${languages.join(', ')})`,
  'rules.unknown-scale': ({ question, scale, suggestion }: { question: string; scale: string; suggestion?: string }) =>
    `question ${code(question)} uses scale ${code(scale)}, which does not exist${enHint(suggestion)}`,
  'rules.question-options': ({
    question,
    got,
    scale,
    want,
  }: {
    question: string;
    got: number[];
    scale: string;
    want: number[];
  }) =>
    `the options of question ${code(question)} have values ${got.join(', ')}, but scale ${code(scale)} has ${want.join(', ')}; a question rewords its scale's options, it cannot change them`,
  'rules.below-floor-value': ({
    question,
    value,
    scale,
    lowest,
  }: {
    question: string;
    value: number;
    scale: string;
    lowest: number;
  }) =>
    `question ${code(question)} has an option below the legal floor with value ${value}, which is not below the lowest value of scale ${code(scale)} (${lowest}); such an option scores below the first level, so give it a value under ${lowest} (for example ${lowest - 1})`,
  'rules.unknown-subdimension': ({
    question,
    subdimension,
    isDimension,
    suggestion,
  }: {
    question: string;
    subdimension: string;
    isDimension: boolean;
    suggestion?: string;
  }) =>
    `question ${code(question)} links to subdimension ${code(subdimension)}, which does not exist${isDimension ? ` (${code(subdimension)} is a dimension)` : enHint(suggestion)}`,
  'rules.unknown-dimension': ({
    question,
    dimension,
    suggestion,
  }: {
    question: string;
    dimension: string;
    suggestion?: string;
  }) => `question ${code(question)} links to dimension ${code(dimension)}, which does not exist${enHint(suggestion)}`,
  'rules.question-link': ({ dimension, question }: { dimension: string; question: string }) =>
    `dimension ${code(dimension)} has subdimensions; question ${code(question)} must link to one of them with \`subdimension\``,
  'rules.empty-dimension': ({
    kind,
    id,
    fromModel,
  }: {
    kind: 'dimension' | 'subdimension' | 'group';
    id: string;
    fromModel: boolean;
  }) => `${kind} ${code(id)} has no questions${fromModel ? ' in this questionnaire' : ''}`,
  'rules.group-placement': ({ dimension }: { dimension: string }) =>
    `dimension ${code(dimension)} has subdimensions, so its questions link to those: put its \`groups\` on the subdimensions they are part of`,
  'rules.question-group': ({ question, unit, groups }: { question: string; unit: string; groups: string[] }) =>
    `question ${code(question)} has no \`group\`, but its unit ${code(unit)} has groups: name one of ${codes(groups)}`,
  'rules.unknown-group': ({
    question,
    group,
    unit,
    suggestion,
  }: {
    question: string;
    group: string;
    unit: string;
    suggestion?: string;
  }) =>
    `question ${code(question)} is part of group ${code(group)}, which is not a group of ${code(unit)}${enHint(suggestion)}`,
  'rules.reserved-level-id': () =>
    'a level may not have the id `none`: `nextSteps` use `none` for the steps below the first level; choose another id',
  'rules.reserved-question-id': ({ id }: { id: string }) =>
    `a question may not have the id ${code(id)}: \`migrations\` use \`same\` and \`dropped\` for what becomes of an answer; choose another id`,
  'rules.migration-same-from': ({ from, line }: { from: string; line: number }) =>
    `a second migration from ${from} (the first is on line ${line}); an earlier version has one step onwards`,
  'rules.migration-not-earlier': ({ from, version }: { from: string; version: string }) =>
    `a migration from ${from}, but this is version ${version}: migrations carry answers over from earlier versions`,
  'rules.migration-gap': ({ to, version, froms }: { to: string; version: string; froms: string[] }) =>
    `this step leads to ${to}, which is neither this version (${version}) nor where another step starts (${froms.join(', ')}): answers would stop there`,
  'rules.migration-backwards': ({ from, to }: { from: string; to: string }) =>
    `this step leads from ${from} back to ${to}: a migration leads to a later version`,
  'rules.migration-loop': ({ versions }: { versions: string[] }) =>
    `the migrations go round in a loop: ${versions.join(' → ')}`,
  'rules.migration-renamed-twice': ({ id, first, to }: { id: string; first: string; to: string }) =>
    `${code(id)} and ${code(first)} are both renamed to ${code(to)}: one answer would push the other aside`,
  'rules.migration-renamed-onto': ({ id, to, onto }: { id: string; to: string; onto: 'same' | 'added' }) =>
    `${code(id)} is renamed to ${code(to)}, which this step also ${onto === 'same' ? 'keeps as `same`' : 'lists as `added`'}: two answers would land on one question`,
  'rules.migration-unknown-id': ({
    id,
    role,
    from,
    questionnaire,
    suggestion,
  }: {
    id: string;
    role: 'renamed' | 'added' | 'same';
    from: string;
    questionnaire: string;
    suggestion?: string;
  }) =>
    `${role === 'renamed' ? 'the migration from ' + from + ' renames an answer to' : role === 'added' ? 'the migration from ' + from + ' adds' : 'the migration from ' + from + ' keeps'} ${code(id)}, which is not a question of ${code(questionnaire)}${enHint(suggestion)}`,
  'rules.unknown-level': ({ question, level, suggestion }: { question: string; level: string; suggestion?: string }) =>
    `question ${code(question)} is part of level ${code(level)}, which does not exist${enHint(suggestion)}`,
  'rules.gated-level-min': ({ level, min, rank }: { level: string; min: number; rank: number }) =>
    `level ${code(level)} has min ${min}, but with gated units every level's min must be its rank (${rank}), so that a unit's score and level agree`,
  'rules.gated-question-level': ({ question, unit }: { question: string; unit: string }) =>
    `question ${code(question)} has no \`level\`, but its unit ${code(unit)} is gated: say which level's bar it is part of`,
  'rules.gated-key-unused': ({ keys, question }: { keys: string[]; question?: string }) =>
    `${question !== undefined ? `question ${code(question)}: ` : ''}${codes(keys)} ${keys.length > 1 ? 'do' : 'does'} nothing, as no unit is gated (\`rollup: {questions: gated}\`); remove ${keys.length > 1 ? 'them' : 'it'}, or gate the questions`,
  'rules.missing-next-steps': ({ unit, levels }: { unit: string; levels: string[] }) =>
    `${code(unit)} has no next steps for level${levels.length > 1 ? 's' : ''} ${codes(levels)}`,
  'rules.missing-none-steps': ({
    unit,
    question,
    value,
    min,
  }: {
    unit: string;
    question: string;
    value: number;
    min: number;
  }) =>
    `${code(unit)} can score below the first level (question ${code(question)} has an option with value ${value}, below the first level's min ${min}), but neither it nor its dimension has next steps under \`none\`, the steps for a unit below the first level`,

  'answers.version-format': ({ version }: { version: string }) =>
    `\`version\` must be a semantic version such as \`1.0.0\`, not ${code(version)}`,
  'answers.version-mismatch': ({ answered, id, current }: { answered: string; id: string; current: string }) =>
    `answers are for version ${answered} of ${code(id)}, the questionnaire is version ${current}`,
  'answers.in-progress': ({ answered, total, leftOut }: { answered: number; total: number; leftOut?: boolean }) =>
    `the interview or form of this file is not finished (\`session.status: in-progress\`): ${enCount(answered)} of ${enCount(total)} question${total === 1 ? '' : 's'} answered; ${leftOut ? 'left out' : 'its answers count (`score --complete-only` leaves it out)'}`,
  'answers.consensus-in-group': ({ others, dropped }: { others: number; dropped: boolean }) =>
    `a consensus file (\`basis: consensus\`, what a room agreed on) scored together with ${enCount(others)} other answer set${others === 1 ? '' : 's'}: the room counts twice, each person and their agreement; ${dropped ? 'left out' : 'it counts all the same'} (score it on its own, or set it beside the room with \`datascan compare\`)`,
  'answers.consensus-participants': ({ participants, sources }: { participants: number; sources: number }) =>
    `\`participants: ${participants}\`, but \`sources\` names ${enCount(sources)} answer file${sources === 1 ? '' : 's'}: the reports say the room had ${participants}; make the two agree`,
  'answers.likely-duplicate': ({ first, name, dropped }: { first: string; name?: string; dropped: boolean }) =>
    `${name !== undefined ? `the same respondent (${name})` : 'the same respondent name'} with the same answers as ${first}: likely a copy; ${dropped ? 'left out, the first counts' : 'both count (`score --drop-duplicates` keeps the first)'}`,
  'answers.migrate-no-version': ({ id }: { id: string }) =>
    `the answer file does not say which version of ${code(id)} it answers; add \`version:\` with that version first`,
  'answers.no-migration-path': ({
    version,
    id,
    current,
    froms,
  }: {
    version: string;
    id: string;
    current: string;
    froms: string[];
  }) =>
    `version ${version} of ${code(id)} has no migration path to ${current}; ${froms.length > 0 ? `its migrations start from ${froms.join(', ')}` : 'it has no migrations'}`,
  'answers.migrated': ({
    answered,
    id,
    current,
    carried,
    dropped,
    newOpen,
  }: {
    answered: string;
    id: string;
    current: string;
    carried: number;
    dropped: number;
    newOpen: number;
  }) =>
    `answered for ${answered}; read as version ${current} of ${code(id)}: ${migrationCounts('en', carried, dropped, newOpen)}`,
  'answers.unknown-question': ({
    id,
    questionnaire,
    suggestion,
  }: {
    id: string;
    questionnaire: string;
    suggestion?: string;
  }) => `${code(id)} is not a question of ${code(questionnaire)}${enHint(suggestion)}`,
  'answers.unknown-not-allowed': ({ id }: { id: string }) =>
    `question ${code(id)} may not be answered with \`unknown\``,
  'answers.not-applicable-not-allowed': ({ id }: { id: string }) =>
    `question ${code(id)} may not be answered with \`not-applicable\``,
  'answers.invalid-answer': ({ value, id, allowed }: { value: number; id: string; allowed: number[] }) =>
    `${value} is not an option of question ${code(id)} (options: ${allowed.join(', ')})`,
  'answers.unknown-target': ({
    id,
    questionnaire,
    suggestion,
  }: {
    id: string;
    questionnaire: string;
    suggestion?: string;
  }) => `target ${code(id)} is not a dimension or subdimension of ${code(questionnaire)}${enHint(suggestion)}`,
  'plan.unknown-unit': ({
    id,
    unit,
    questionnaire,
    suggestion,
  }: {
    id: string;
    unit: string;
    questionnaire: string;
    suggestion?: string;
  }) =>
    `action ${code(id)}: ${code(unit)} is not a dimension or subdimension of ${code(questionnaire)}${enHint(suggestion)}`,
  'plan.duplicate-id': ({ id, line }: { id: string; line: number }) =>
    `action id ${code(id)} is used before, on line ${line}: give each action its own id`,
  'plan.due-date': ({ id, due }: { id: string; due: string }) =>
    `action ${code(id)}: due date ${code(due)} does not exist`,
  'answers.invalid-target': ({ id, top, rank }: { id: string; top: number; rank: unknown }) =>
    `target for ${code(id)} must be a level from 1 to ${top}, not ${String(rank)}`,
  'answers.unknown-target-level': ({
    id,
    level,
    questionnaire,
    levels,
    suggestion,
  }: {
    id: string;
    level: string;
    questionnaire: string;
    levels: string[];
    suggestion?: string;
  }) =>
    `target for ${code(id)}: ${code(level)} is not a level of ${code(questionnaire)}${enHint(suggestion)} (levels: ${levels.map(code).join(', ')})`,

  'test.target-syntax': ({ value }: { value: string }) =>
    `target ${code(value)}: give a level, by rank or id, for every unit (\`3\`) or for one (\`privacy=4\`)`,
  'test.target-level': ({
    value,
    level,
    questionnaire,
    levels,
    suggestion,
  }: {
    value: string;
    level: string;
    questionnaire: string;
    levels: string[];
    suggestion?: string;
  }) =>
    `target ${code(value)}: ${code(level)} is not a level of ${code(questionnaire)}${enHint(suggestion)} (levels: ${levels.map(code).join(', ')})`,
  'test.target-rank': ({ value, top, questionnaire }: { value: string; top: number; questionnaire: string }) =>
    `target ${code(value)}: a target is a level from 1 to ${top} in ${code(questionnaire)}`,
  'test.target-unit': ({
    value,
    unit,
    questionnaire,
    suggestion,
  }: {
    value: string;
    unit: string;
    questionnaire: string;
    suggestion?: string;
  }) =>
    `target ${code(value)}: ${code(unit)} is not a dimension or subdimension of ${code(questionnaire)}${enHint(suggestion)}`,
  'test.other-questionnaire': ({ file, id }: { file: string; id: string }) =>
    `${file} answers ${code(id)} (or another copy of it), not the questionnaire under test`,
  'test.aggregate-false': ({ sets }: { sets: number }) =>
    `\`aggregate: false\` scores each answer set on its own, but a case checks one profile, and its files hold ${sets} answer sets`,

  'schema.forms': ({ what, forms: f, seen }: { what: SchemaPlace; forms: SchemaForm[]; seen: ValueSeen }) =>
    `${enPlace(what)} must be ${forms(f, EN_TYPES, 'or')}, not ${enSeen(seen)}`,
  'schema.no-form': ({ what }: { what: SchemaPlace }) => `${enPlace(what)} does not match any allowed form`,
  'schema.unknown-key': ({ key, what, suggestion }: { key: string; what?: SchemaPlace; suggestion?: string }) =>
    `unknown key ${code(key)}${what ? ` in ${enPlace(what)}` : ''}${enHint(suggestion)}`,
  'schema.missing-key': ({ key, what }: { key: string; what?: SchemaPlace }) =>
    `${what ? `${enPlace(what)} is missing` : 'missing'} required key ${code(key)}`,
  'schema.top-level': () => 'the file must contain a mapping (key: value pairs) at the top level',
  'schema.enum': ({
    what,
    allowed,
    value,
    suggestion,
  }: {
    what: SchemaPlace;
    allowed: string[];
    /** What was written, when it is short text or a number: said back beside the choices. */
    value?: string;
    suggestion?: string;
  }) =>
    `${enPlace(what)} must be one of: ${codes(allowed)}${value !== undefined ? `, not ${code(value)}` : ''}${enHint(suggestion)}`,
  'schema.pattern': ({
    what,
    pattern,
    regex,
    value,
  }: {
    what: SchemaPlace;
    pattern?: SchemaPattern;
    regex: string;
    value: string;
  }) => `${enPlace(what)} must be ${pattern ? EN_PATTERNS[pattern] : `text matching ${regex}`}, not ${code(value)}`,
  'schema.key-name': ({ key, what }: { key: string; what: SchemaPlace }) =>
    `key ${code(key)} in ${enPlace(what)} must be an identifier in kebab-case or a language code`,
  'schema.greater-than': ({ what, limit }: { what: SchemaPlace; limit: number }) =>
    `${enPlace(what)} must be a number greater than ${limit}`,
  'schema.minimum': ({ what, limit }: { what: SchemaPlace; limit: number }) =>
    `${enPlace(what)} must be at least ${limit}`,
  'schema.maximum': ({ what, limit }: { what: SchemaPlace; limit: number }) =>
    `${enPlace(what)} must be at most ${limit}`,
  'schema.min-items': ({ what, limit }: { what: SchemaPlace; limit: number }) =>
    `${enPlace(what)} must have at least ${limit} item${limit === 1 ? '' : 's'}`,
  'schema.not-empty': ({ what }: { what: SchemaPlace }) => `${enPlace(what)} must not be empty`,
  'schema.unique': ({ what, first, second }: { what: SchemaPlace; first: number; second: number }) =>
    `${enPlace(what)} lists the same item twice (items ${first} and ${second})`,
  'schema.link-both': () => 'a question links to `subdimension` or to `dimension`, not both',
  'schema.link-missing': () =>
    'a question needs a `subdimension` (or, for a dimension without subdimensions, a `dimension`)',
  'schema.case-both': () => 'a case gives its answers inline (`answers`) or in `files`, not both',
  'schema.case-missing': () => 'a case needs `answers` (inline) or `files` (answer files)',
  'schema.text': ({ what, seen }: { what: SchemaPlace; seen: ValueSeen }) =>
    `${enPlace(what)} must be a text: a string, or a map from language code to string (\`{nl: …, en: …}\`), not ${enSeen(seen)}`,
  'schema.answer': ({ what, seen }: { what: SchemaPlace; seen: ValueSeen }) =>
    `${enPlace(what)} must be an option value (a number), \`unknown\`, \`not-applicable\`, or \`{value: …, note: …}\`, not ${enSeen(seen)}`,
  // ajv's own words, which it has only in English.
  'schema.other': ({ what, detail }: { what: SchemaPlace; detail?: string }) =>
    `${enPlace(what)} ${detail ?? 'is invalid'}`,

  'csv.quote': ({ problem }: { problem: CsvQuote }) =>
    `${EN_QUOTES[problem]}: quote the whole cell and write each quote inside it twice (\`""\`)`,
  'csv.parser': ({ detail }: { detail: string }) => detail,
  'csv.no-answers': () => 'the file has a header row but no answers',
  'csv.binary': () => 'file contains binary data (a NUL byte); expected CSV text',
  'csv.utf16': () =>
    'file is UTF-16 text (as Excel saves "Unicode text"), not CSV: save it as "CSV UTF-8 (comma delimited)"',
  'csv.unnamed-column': ({ column }: { column: number }) => `column ${column} has no name in the header row`,
  'csv.duplicate-column': ({ name, earlier }: { name: string; earlier: number }) =>
    `column ${code(name)} appears twice in the header (also column ${earlier})`,
  'csv.unknown-column': ({
    name,
    questionnaire,
    suggestion,
  }: {
    name: string;
    questionnaire: string;
    suggestion?: string;
  }) =>
    `column ${code(name)} is not a question of ${code(questionnaire)} (by id or text), nor organisation, respondent, role or date${enHint(suggestion)}; if it holds no answers, leave it out with --ignore-column`,
  'csv.ambiguous-column': ({ name }: { name: string }) =>
    `column ${code(name)} is the text of more than one question: head the column with the question's id`,
  'csv.same-column': ({ name, target, earlier }: { name: string; target: string; earlier: number }) =>
    `column ${code(name)} is ${code(target)}, as column ${earlier} is: keep one of them`,
  'csv.extra-cells': ({ cells, header }: { cells: number; header: number }) =>
    `row has ${cells} cells, the header only ${header}`,
  'csv.invalid-answer': ({ value, id, options, unknown, notApplicable }: CsvAnswerProblem) =>
    `${code(value)} is not an answer to ${code(id)}: give ${[
      `an option's label or value (${options.map(optionNamed).join('; ')})`,
      ...(unknown ? [`${unknown} or ?`] : []),
      ...(notApplicable ? [`${notApplicable} or n/a`] : []),
    ].join(', ')}, or leave the cell empty`,
  'csv.invalid-date': ({ value }: { value: string }) =>
    `${code(value)} is not a date: write it as 2026-11-28 (or 28-11-2026)`,

  'workbook.cell': ({ cell, finding }: { cell: string; finding: Phrase }, say: Say) => `${cell}: ${say(finding)}`,
  'workbook.invalid': () => 'file is not an Excel workbook (.xlsx) that can be read',
  'workbook.too-large': ({ mb }: { mb: number }) =>
    `workbook is larger than ${mb} MB unzipped: split it, or export it as CSV`,
  'workbook.is-report': () => 'this workbook is a report datascan wrote (`score --format xlsx`), not answers',
  'workbook.not-answer-workbook': () =>
    'this workbook is not an answer workbook of `datascan template --format xlsx` (its cover sheet does not name a questionnaire)',
  'workbook.invalid-answer': ({ value, id, choices }: { value: string; id: string; choices: string[] }) =>
    `${code(value)} is not an answer to ${code(id)}: choose one from the list (${choices.join('; ')}), or leave the cell empty`,
  'workbook.duplicate-question': ({ id, earlier }: { id: string; earlier: number }) =>
    `question ${code(id)} has a row already (row ${earlier}): each question is answered in one row`,
  'workbook.answer-without-id': () =>
    'an answer or note in a row without a question id (the id column): put the id back, or move the answer to its question',

  // Not findings, but the core's words all the same: why profiles do not go together.
  'profile.incomparable': ({ before, after }: { before: ModelOf; after: ModelOf }) =>
    `cannot compare ${code(before.id)} (model ${code(before.model)}) with ${code(after.id)} (model ${code(after.model)}): only questionnaires of the same model are comparable`,
  'profile.other-columns': ({ id, model, columns }: { id: string; model: string; columns: string }) =>
    `its questionnaire ${code(id)} (model ${code(model)}) does not fit the CSV columns of model ${code(columns)}; score it in a separate call`,
  'profile.several': ({ count }: { count: number }) =>
    `this file holds ${count} profiles; compare takes one profile per side (score with --aggregate, or pick one)`,
} satisfies Record<string, Entry<never>>;

/** A value of a YAML 1.1 type that no datascan file holds. */
export type TypedValue = 'omap' | 'pairs' | 'set' | 'timestamp' | 'binary';
const EN_TYPED: Record<TypedValue, string> = {
  omap: 'an ordered map (`!!omap`)',
  pairs: 'a list of pairs (`!!pairs`)',
  set: 'a set (`!!set`)',
  timestamp: 'a timestamp',
  binary: 'binary data (`!!binary`)',
};
const NL_TYPED: Record<TypedValue, string> = {
  omap: 'een geordende mapping (`!!omap`)',
  pairs: 'een lijst van paren (`!!pairs`)',
  set: 'een verzameling (`!!set`)',
  timestamp: 'een tijdstempel',
  binary: 'binaire gegevens (`!!binary`)',
};

/**
 * Where such a value is: `items` (innermost first) of the value of a key, of a key that is not
 * text, of a key itself, or of the whole file: `item 2 of \`tags\``.
 */
export interface ValueName {
  items: number[];
  of: 'value-of' | 'value' | 'key' | 'file';
  key?: string;
}
const enValueName = ({ items, of, key }: ValueName) =>
  [
    ...items.map((i) => `item ${i} of `),
    { 'value-of': code(key ?? ''), value: 'a value', key: 'a key', file: 'the file' }[of],
  ].join('');
const nlValueName = ({ items, of, key }: ValueName) =>
  [
    ...items.map((i) => `element ${i} van `),
    { 'value-of': code(key ?? ''), value: 'een waarde', key: 'een sleutel', file: 'het bestand' }[of],
  ].join('');

export type NotAFile = 'directory' | 'fifo' | 'socket' | 'device' | 'special';
const EN_NOT_A_FILE: Record<NotAFile, string> = {
  directory: 'a directory',
  fifo: 'a FIFO (named pipe)',
  socket: 'a socket',
  device: 'a device',
  special: 'a special file',
};
const NL_NOT_A_FILE: Record<NotAFile, string> = {
  directory: 'een map',
  fifo: 'een FIFO (named pipe)',
  socket: 'een socket',
  device: 'een apparaat',
  special: 'een speciaal bestand',
};

/** What a path is when it is not a file, in words: `a FIFO (named pipe)`. */
export function describeNotAFile(what: NotAFile, language: string): string {
  return pickCatalogue({ en: EN_NOT_A_FILE, nl: NL_NOT_A_FILE }, language)[what];
}

export type IdKind = 'level' | 'scale' | 'dimension/subdimension' | 'group' | 'question';
const NL_ID_KIND: Record<IdKind, string> = {
  level: 'niveau',
  scale: 'schaal',
  'dimension/subdimension': '(sub)dimensie',
  group: 'groep',
  question: 'vraag',
};

/** Every text of `en`, with the same values: a missing or extra Dutch text is a type error. */
type Catalogue = { readonly [K in keyof typeof en]: (typeof en)[K] };

const nl: Catalogue = {
  verbatim: ({ text }) => text,

  'file.not-found': ({ file }) => `bestand niet gevonden: ${file}`,
  'file.cannot-read': ({ file, reason }) => `kan ${file} niet lezen: ${reason}`,
  'file.not-a-file': ({ file, what }) => `${file} is ${NL_NOT_A_FILE[what]}, geen bestand`,
  'file.too-large': ({ mb, size }) =>
    `bestand is groter dan ${mb} MB${size !== undefined ? ` (${size.toFixed(1).replace('.', ',')} MB)` : ''}; geen bestand voor datascan is zo groot`,
  'file.csv-too-large': ({ mb }) => `bestand is groter dan ${mb} MB`,
  'file.no-such-path': ({ path }) => `bestand of map bestaat niet: ${path}`,
  'file.cannot-read-folder': ({ path, code: c }) => `kan map ${path} niet lezen: ${c}`,
  'file.no-match': ({ input }) => `geen bestanden gevonden voor ${input}`,
  'file.binary': () => 'bestand bevat binaire gegevens (een NUL-byte); verwacht: YAML- of JSON-tekst',
  'file.not-utf8': () => 'bestand is geen geldige UTF-8-tekst',
  'file.windows-1252': () =>
    'bestand is geen UTF-8-tekst: gelezen als Windows-1252 (zoals Excel CSV opslaat); controleer of letters met accenten goed zijn overgekomen, of sla het op als "CSV UTF-8"',
  'file.empty': () => 'bestand is leeg',
  'file.only-comments': () => 'bestand heeft geen inhoud (alleen commentaar of lege regels)',
  'file.too-many-tokens': ({ max }) =>
    `bestand heeft meer dan ${nlCount(max)} sleutels, waarden en lijstelementen; geen bestand voor datascan heeft er zoveel`,
  'file.too-many-aliases': ({ max }) =>
    `bestand heeft meer dan ${nlCount(max)} aliassen (een YAML-aliasbom?); het wordt niet gelezen`,
  'file.alias-bomb': () =>
    'het uitvouwen van de aliassen in dit bestand levert te veel op (een YAML-aliasbom?); het wordt niet gelezen',
  'file.alias-loop': () =>
    'een alias verwijst naar de lijst of mapping waar hij zelf in staat, zodat de waarde zichzelf zou bevatten; het bestand wordt niet gelezen',
  'file.too-deep': ({ max }) => `bestand is meer dan ${max} lagen diep genest`,

  'yaml.cannot-parse': ({ detail }) => `kan bestand niet ontleden: ${detail}`,
  // The parser's own words, which it has only in English.
  'yaml.parser': ({ detail }) => `YAML: ${detail}`,
  'yaml.documents': () =>
    'bestand bevat meer dan één YAML-document (`---`); een vragenlijst of antwoordbestand is één document',
  'yaml.duplicate-key': ({ key }) =>
    `dubbele sleutel ${code(key)}: de latere waarde zou de eerdere stilzwijgend vervangen`,
  'yaml.collection-key': ({ list }) =>
    `een sleutel moet een tekst of een getal zijn, geen ${list ? 'lijst' : 'mapping'}`,
  'yaml.unknown-tag': ({ tag }) =>
    `onbekende tag ${code(tag)}: datascan-bestanden bevatten alleen teksten, getallen, ja/nee-waarden, lijsten en mappings, zonder tags`,
  'yaml.tagged': ({ name, type }) =>
    `${nlValueName(name)} is ${NL_TYPED[type]}; zoiets komt in geen enkel datascan-bestand voor: ${
      type === 'timestamp'
        ? 'schrijf een datum als tekst tussen aanhalingstekens, zonder tag (`"2026-11-28"`)'
        : 'schrijf een gewone mapping (sleutel: waarde), lijst of tekst, zonder de tag'
    }`,
  'json.invalid': ({ detail }) => `geen geldige JSON: ${detail} (een .json-bestand moet JSON zijn, geen YAML)`,

  'findings.omitted': ({ count, here, max }) =>
    `… en nog ${nlCount(count)} ${count === 1 ? 'bevinding' : 'bevindingen'}${here ? ', de eerste hier' : ''} (alleen de eerste ${max} van een bestand worden getoond)`,

  'kind.unknown': () =>
    'onduidelijk wat voor bestand dit is: een vragenlijst heeft `questions`, een modelbestand `dimensions`, een antwoordbestand `answers`, een profiel `overall`, een testbestand `cases`',
  'kind.wrong': ({ kind, expected }) =>
    `dit is ${NL_KIND[kind]}, geen ${NL_KIND[expected].replace(/^een /, '')} (${expected === 'questionnaire' ? 'een vragenlijst heeft `questions`' : 'een antwoordbestand heeft `answers`'})`,
  'kind.not-answers': ({ kind }) =>
    `dit is ${kind === 'profile' ? NL_KIND.profile : NL_KIND[kind].replace(/ \(.*/, '')}, geen antwoordbestand (een antwoordbestand heeft \`answers\`)`,
  'kind.not-test': ({ kind }) =>
    `dit is geen testbestand (een testbestand heeft \`questionnaire\` en \`cases\`)${kind === undefined || kind === 'unknown' ? '' : `; het is ${NL_KIND[kind].replace(/ \(.*/, '')}`}`,

  'reference.outside': ({ what, hint }, say) =>
    `${say(what)} ligt buiten de map van dit bestand en de werkmap, en wordt dus niet gelezen${hint ? ` (${say(hint)})` : ''}`,
  'reference.questionnaire': ({ ref, file }) => `vragenlijst ${code(ref)}${file !== undefined ? ` (${file})` : ''}`,
  'reference.model': ({ ref }) => `modelbestand ${code(ref)}`,
  'reference.hint-allow-outside': () => 'met --allow-outside wordt het toch gelezen',
  'reference.hint-dir': () => 'voeg met --dir een map toe',
  'reference.hint-test-file': () => 'geef een pad ten opzichte van het testbestand, of gebruik --dir',
  'questionnaire.not-found': ({ ref, suggestion, known, hint }, say) =>
    `vragenlijst ${code(ref)} niet gevonden${nlHint(suggestion)} (bekend: ${known.join(', ') || 'geen'}${hint ? `; ${say(hint)}` : ''})`,
  'questionnaire.unusable': ({ what, reason, detail }, say) =>
    `${say(what)} ${
      {
        'not-found': 'niet gevonden',
        unreadable: `kan niet worden gelezen${detail ? `: ${say(detail)}` : ''}`,
        errors: 'bevat fouten',
        'not-questionnaire': 'is geen vragenlijst',
      }[reason]
    }`,
  'questionnaire.unknown-id': ({ ref, suggestion, known }) =>
    `onbekende vragenlijst ${code(ref)}${nlHint(suggestion)} (bekend: ${known.join(', ')}); geef een id uit \`datascan list\` of een pad`,
  'questionnaire.not-one': ({ ref, kind }) =>
    kind === 'unknown'
      ? `${ref} is geen vragenlijst`
      : `${ref} is geen vragenlijst (het is ${NL_KIND[kind].replace(/ \(.*/, '')})`,
  'questionnaire.option-problem': ({ ref, problem }, say) => `--questionnaire ${ref}: ${say(problem)}`,
  'csv.not-checked': ({ why }, say) => `${say(why)}; de antwoorden in dit bestand zijn niet gecontroleerd`,
  'model.not-found': ({ ref, looked }) => `modelbestand ${code(ref)} niet gevonden (gezocht naar ${looked})`,
  'model.unreadable': ({ ref, detail }, say) => `modelbestand ${code(ref)} kan niet worden gelezen: ${say(detail)}`,
  'model.not-a-model': ({ ref, answers }) =>
    `${code(ref)} is geen modelbestand (het bevat ${answers ? 'antwoorden' : 'vragen'}); een modelbestand heeft niveaus, schalen en dimensies maar geen vragen`,
  'model.has-errors': ({ ref, errors }) =>
    `modelbestand ${code(ref)} bevat ${errors} ${errors === 1 ? 'fout' : 'fouten'}; herstel ${errors === 1 ? 'die' : 'ze'} eerst (validate ${ref})`,

  'rules.duplicate-id': ({ what, id, line }) =>
    `${NL_ID_KIND[what]}-id ${code(id)} komt twee keer voor (de eerste keer op regel ${line})`,
  'rules.level-order': ({ id, min, previous, previousMin }) =>
    `niveau ${code(id)} heeft min ${min}, maar dat moet groter zijn dan de min van ${code(previous)} (${previousMin})`,
  'rules.duplicate-option-value': ({ scale, value }) =>
    `schaal ${code(scale)} heeft de waarde ${value} twee keer; elke optie heeft een eigen waarde nodig`,
  'rules.not-a-level': ({ level, key, unit, suggestion }) =>
    `${code(level)} in ${key} van ${code(unit)} is geen niveau${nlHint(suggestion)}`,
  'rules.yaml11-boolean': ({ value }) =>
    `YAML 1.1-tools lezen ${code(value)} zonder aanhalingstekens als booleaanse waarde; zet het tussen aanhalingstekens als het als tekst bedoeld is`,
  'rules.yaml11-date': ({ value, key }) =>
    `YAML 1.1-tools (PyYAML, ruamel.yaml) lezen ${code(value)} zonder aanhalingstekens als datum, niet als tekst; schrijf ${code(quotedDate(value, key))}`,
  'rules.missing-translation': ({ missing, languages }) =>
    `tekst heeft geen versie in ${codes(missing)} (het bestand geeft als talen op: ${languages.join(', ')})`,
  'rules.undeclared-language': ({ language, languages }) =>
    `taal ${code(language)} staat niet in \`languages\` van het bestand (${languages.join(', ')})`,
  'rules.unknown-scale': ({ question, scale, suggestion }) =>
    `vraag ${code(question)} gebruikt schaal ${code(scale)}, maar die bestaat niet${nlHint(suggestion)}`,
  'rules.question-options': ({ question, got, scale, want }) =>
    `de opties van vraag ${code(question)} hebben de waarden ${got.join(', ')}, maar schaal ${code(scale)} heeft ${want.join(', ')}; een vraag mag de opties van haar schaal anders verwoorden, niet veranderen`,
  'rules.below-floor-value': ({ question, value, scale, lowest }) =>
    `vraag ${code(question)} heeft een optie onder de wettelijke ondergrens met de waarde ${value}, maar die ligt niet onder de laagste waarde van schaal ${code(scale)} (${lowest}); zo'n optie scoort onder het eerste niveau, dus geef haar een waarde onder ${lowest} (bijvoorbeeld ${lowest - 1})`,
  'rules.unknown-subdimension': ({ question, subdimension, isDimension, suggestion }) =>
    `vraag ${code(question)} verwijst naar subdimensie ${code(subdimension)}, maar die bestaat niet${isDimension ? ` (${code(subdimension)} is een dimensie)` : nlHint(suggestion)}`,
  'rules.unknown-dimension': ({ question, dimension, suggestion }) =>
    `vraag ${code(question)} verwijst naar dimensie ${code(dimension)}, maar die bestaat niet${nlHint(suggestion)}`,
  'rules.question-link': ({ dimension, question }) =>
    `dimensie ${code(dimension)} heeft subdimensies; vraag ${code(question)} moet met \`subdimension\` naar een daarvan verwijzen`,
  'rules.empty-dimension': ({ kind, id, fromModel }) =>
    `${kind === 'dimension' ? 'dimensie' : kind === 'group' ? 'groep' : 'subdimensie'} ${code(id)} heeft geen vragen${fromModel ? ' in deze vragenlijst' : ''}`,
  'rules.group-placement': ({ dimension }) =>
    `dimensie ${code(dimension)} heeft subdimensies, dus haar vragen verwijzen naar die subdimensies: zet haar \`groups\` bij de subdimensies waar ze bij horen`,
  'rules.question-group': ({ question, unit, groups }) =>
    `vraag ${code(question)} heeft geen \`group\`, maar haar onderdeel ${code(unit)} heeft groepen: geef er een op uit ${codes(groups)}`,
  'rules.unknown-group': ({ question, group, unit, suggestion }) =>
    `vraag ${code(question)} hoort bij groep ${code(group)}, maar dat is geen groep van ${code(unit)}${nlHint(suggestion)}`,
  'rules.reserved-level-id': () =>
    'een niveau mag niet de id `none` hebben: `nextSteps` gebruiken `none` voor de stappen onder het eerste niveau; kies een andere id',
  'rules.reserved-question-id': ({ id }) =>
    `een vraag mag niet de id ${code(id)} hebben: \`migrations\` gebruiken \`same\` en \`dropped\` voor wat er met een antwoord gebeurt; kies een andere id`,
  'rules.migration-same-from': ({ from, line }) =>
    `een tweede migratie vanaf ${from} (de eerste staat op regel ${line}); een eerdere versie heeft één stap verder`,
  'rules.migration-not-earlier': ({ from, version }) =>
    `een migratie vanaf ${from}, maar dit is versie ${version}: migraties nemen antwoorden over uit eerdere versies`,
  'rules.migration-gap': ({ to, version, froms }) =>
    `deze stap leidt naar ${to}, maar dat is niet deze versie (${version}) en ook geen begin van een andere stap (${froms.join(', ')}): antwoorden zouden daar blijven steken`,
  'rules.migration-backwards': ({ from, to }) =>
    `deze stap leidt van ${from} terug naar ${to}: een migratie leidt naar een latere versie`,
  'rules.migration-loop': ({ versions }) => `de migraties lopen in een kring rond: ${versions.join(' → ')}`,
  'rules.migration-renamed-twice': ({ id, first, to }) =>
    `${code(id)} en ${code(first)} krijgen allebei de nieuwe id ${code(to)}: het ene antwoord zou het andere verdringen`,
  'rules.migration-renamed-onto': ({ id, to, onto }) =>
    `${code(id)} krijgt de nieuwe id ${code(to)}, maar deze stap ${onto === 'same' ? 'houdt die ook als `same`' : 'noemt die ook bij `added`'}: twee antwoorden zouden bij één vraag komen`,
  'rules.migration-unknown-id': ({ id, role, from, questionnaire, suggestion }) =>
    `${role === 'renamed' ? 'de migratie vanaf ' + from + ' zet een antwoord over naar' : role === 'added' ? 'de migratie vanaf ' + from + ' voegt' : 'de migratie vanaf ' + from + ' houdt'} ${code(id)}${role === 'added' ? ' toe' : ''}, maar dat is geen vraag van ${code(questionnaire)}${nlHint(suggestion)}`,
  'rules.unknown-level': ({ question, level, suggestion }) =>
    `vraag ${code(question)} hoort bij niveau ${code(level)}, maar dat bestaat niet${nlHint(suggestion)}`,
  'rules.gated-level-min': ({ level, min, rank }) =>
    `niveau ${code(level)} heeft min ${min}, maar met trapsgewijs gescoorde onderdelen (${code('gated')}) moet de min van elk niveau zijn rangnummer zijn (${rank}), zodat score en niveau van een onderdeel overeenkomen`,
  'rules.gated-question-level': ({ question, unit }) =>
    `vraag ${code(question)} heeft geen \`level\`, maar haar onderdeel ${code(unit)} wordt trapsgewijs gescoord (${code('gated')}): geef aan bij welk niveau zij hoort`,
  'rules.gated-key-unused': ({ keys, question }) =>
    `${question !== undefined ? `vraag ${code(question)}: ` : ''}${codes(keys)} ${keys.length > 1 ? 'hebben' : 'heeft'} geen effect, want geen onderdeel wordt trapsgewijs gescoord (\`rollup: {questions: gated}\`); verwijder ${keys.length > 1 ? 'ze' : 'het'}, of laat de vragen trapsgewijs scoren`,
  'rules.missing-next-steps': ({ unit, levels }) =>
    `${code(unit)} heeft geen vervolgstappen voor ${levels.length > 1 ? 'de niveaus' : 'niveau'} ${codes(levels)}`,
  'rules.missing-none-steps': ({ unit, question, value, min }) =>
    `${code(unit)} kan onder het eerste niveau uitkomen (vraag ${code(question)} heeft een antwoord met waarde ${value}, lager dan de min ${min} van het eerste niveau), maar het onderdeel en zijn dimensie hebben geen vervolgstappen onder \`none\`, de stappen voor een onderdeel onder het eerste niveau`,

  'answers.version-format': ({ version }) =>
    `\`version\` moet een semantische versie zijn zoals \`1.0.0\`, niet ${code(version)}`,
  'answers.version-mismatch': ({ answered, id, current }) =>
    `de antwoorden horen bij versie ${answered} van ${code(id)}, maar de vragenlijst is versie ${current}`,
  'answers.in-progress': ({ answered, total, leftOut }) =>
    `het interview of formulier van dit bestand is niet afgerond (\`session.status: in-progress\`): ${nlCount(answered)} van ${nlCount(total)} ${total === 1 ? 'vraag' : 'vragen'} beantwoord; ${leftOut ? 'weggelaten' : 'de antwoorden tellen mee (`score --complete-only` laat het bestand weg)'}`,
  'answers.consensus-in-group': ({ others, dropped }) =>
    `een consensusbestand (\`basis: consensus\`, waarover een groep het eens werd) wordt samen met ${nlCount(others)} ${others === 1 ? 'ander antwoordbestand' : 'andere antwoordbestanden'} gescoord: de groep telt zo twee keer mee, per persoon en als afspraak; ${dropped ? 'weggelaten' : 'het telt toch mee'} (score het apart, of zet het naast de groep met \`datascan compare\`)`,
  'answers.consensus-participants': ({ participants, sources }) =>
    `\`participants: ${participants}\`, maar \`sources\` noemt ${nlCount(sources)} ${sources === 1 ? 'antwoordbestand' : 'antwoordbestanden'}: de rapporten noemen een groep van ${participants}; maak de twee gelijk`,
  'answers.likely-duplicate': ({ first, name, dropped }) =>
    `${name !== undefined ? `dezelfde deelnemer (${name})` : 'dezelfde naam van de deelnemer'} met dezelfde antwoorden als ${first}: waarschijnlijk een kopie; ${dropped ? 'weggelaten, het eerste telt mee' : 'beide tellen mee (`score --drop-duplicates` houdt het eerste)'}`,
  'answers.migrate-no-version': ({ id }) =>
    `het antwoordbestand zegt niet welke versie van ${code(id)} het beantwoordt; zet eerst \`version:\` met die versie erin`,
  'answers.no-migration-path': ({ version, id, current, froms }) =>
    `van versie ${version} van ${code(id)} is er geen migratie naar ${current}; ${froms.length > 0 ? `de migraties beginnen bij ${froms.join(', ')}` : 'de vragenlijst heeft geen migraties'}`,
  'answers.migrated': ({ answered, id, current, carried, dropped, newOpen }) =>
    `beantwoord voor ${answered}; gelezen als versie ${current} van ${code(id)}: ${migrationCounts('nl', carried, dropped, newOpen)}`,
  'answers.unknown-question': ({ id, questionnaire, suggestion }) =>
    `${code(id)} is geen vraag van ${code(questionnaire)}${nlHint(suggestion)}`,
  'answers.unknown-not-allowed': ({ id }) => `vraag ${code(id)} mag niet met \`unknown\` worden beantwoord`,
  'answers.not-applicable-not-allowed': ({ id }) =>
    `vraag ${code(id)} mag niet met \`not-applicable\` worden beantwoord`,
  'answers.invalid-answer': ({ value, id, allowed }) =>
    `${value} is geen optie van vraag ${code(id)} (opties: ${allowed.join(', ')})`,
  'answers.unknown-target': ({ id, questionnaire, suggestion }) =>
    `ambitie ${code(id)} is geen dimensie of subdimensie van ${code(questionnaire)}${nlHint(suggestion)}`,
  'plan.unknown-unit': ({ id, unit, questionnaire, suggestion }) =>
    `actie ${code(id)}: ${code(unit)} is geen dimensie of subdimensie van ${code(questionnaire)}${nlHint(suggestion)}`,
  'plan.duplicate-id': ({ id, line }) =>
    `actie-id ${code(id)} komt al eerder voor, op regel ${line}: geef elke actie een eigen id`,
  'plan.due-date': ({ id, due }) => `actie ${code(id)}: de datum ${code(due)} bestaat niet`,
  'answers.invalid-target': ({ id, top, rank }) =>
    `de ambitie voor ${code(id)} moet een niveau van 1 tot en met ${top} zijn, niet ${String(rank)}`,
  'answers.unknown-target-level': ({ id, level, questionnaire, levels, suggestion }) =>
    `ambitie voor ${code(id)}: ${code(level)} is geen niveau van ${code(questionnaire)}${nlHint(suggestion)} (niveaus: ${levels.map(code).join(', ')})`,

  'test.target-syntax': ({ value }) =>
    `ambitie ${code(value)}: geef een niveau, als rang of id, voor elke eenheid (\`3\`) of voor één (\`privacy=4\`)`,
  'test.target-level': ({ value, level, questionnaire, levels, suggestion }) =>
    `ambitie ${code(value)}: ${code(level)} is geen niveau van ${code(questionnaire)}${nlHint(suggestion)} (niveaus: ${levels.map(code).join(', ')})`,
  'test.target-rank': ({ value, top, questionnaire }) =>
    `ambitie ${code(value)}: een ambitie is een niveau van 1 tot en met ${top} in ${code(questionnaire)}`,
  'test.target-unit': ({ value, unit, questionnaire, suggestion }) =>
    `ambitie ${code(value)}: ${code(unit)} is geen dimensie of subdimensie van ${code(questionnaire)}${nlHint(suggestion)}`,
  'test.other-questionnaire': ({ file, id }) =>
    `${file} beantwoordt ${code(id)} (of een andere kopie ervan), niet de geteste vragenlijst`,
  'test.aggregate-false': ({ sets }) =>
    `\`aggregate: false\` scoort elke antwoordset apart, maar een testgeval controleert één profiel, en de bestanden van dit testgeval bevatten ${sets} antwoordsets`,

  'schema.forms': ({ what, forms: f, seen }) =>
    `${nlPlace(what)} moet ${forms(f, NL_TYPES, 'of')} zijn, niet ${nlSeen(seen)}`,
  'schema.no-form': ({ what }) => `${nlPlace(what)} past bij geen van de toegestane vormen`,
  'schema.unknown-key': ({ key, what, suggestion }) =>
    `onbekende sleutel ${code(key)}${what ? ` in ${nlPlace(what)}` : ''}${nlHint(suggestion)}`,
  'schema.missing-key': ({ key, what }) =>
    what ? `${nlPlace(what)} mist de verplichte sleutel ${code(key)}` : `de verplichte sleutel ${code(key)} ontbreekt`,
  'schema.top-level': () => 'het bestand moet als geheel een mapping (sleutel: waarde-paren) zijn',
  'schema.enum': ({ what, allowed, value, suggestion }) =>
    `${nlPlace(what)} moet een van deze waarden zijn: ${codes(allowed)}${value !== undefined ? `, niet ${code(value)}` : ''}${nlHint(suggestion)}`,
  'schema.pattern': ({ what, pattern, regex, value }) =>
    `${nlPlace(what)} moet ${pattern ? NL_PATTERNS[pattern] : `tekst die voldoet aan ${regex}`} zijn, niet ${code(value)}`,
  'schema.key-name': ({ key, what }) =>
    `sleutel ${code(key)} in ${nlPlace(what)} moet een id in kebab-case of een taalcode zijn`,
  'schema.greater-than': ({ what, limit }) => `${nlPlace(what)} moet een getal groter dan ${limit} zijn`,
  'schema.minimum': ({ what, limit }) => `${nlPlace(what)} moet minstens ${limit} zijn`,
  'schema.maximum': ({ what, limit }) => `${nlPlace(what)} mag maximaal ${limit} zijn`,
  'schema.min-items': ({ what, limit }) =>
    `${nlPlace(what)} moet minstens ${limit} ${limit === 1 ? 'element' : 'elementen'} hebben`,
  'schema.not-empty': ({ what }) => `${nlPlace(what)} mag niet leeg zijn`,
  'schema.unique': ({ what, first, second }) =>
    `${nlPlace(what)} bevat hetzelfde element twee keer (elementen ${first} en ${second})`,
  'schema.link-both': () => 'een vraag verwijst naar `subdimension` of naar `dimension`, niet naar beide',
  'schema.link-missing': () =>
    'een vraag heeft een `subdimension` nodig (of, bij een dimensie zonder subdimensies, een `dimension`)',
  'schema.case-both': () =>
    'een testgeval geeft de antwoorden direct in het testbestand (`answers`) of in antwoordbestanden (`files`), niet allebei',
  'schema.case-missing': () =>
    'een testgeval heeft `answers` (direct in het testbestand) of `files` (antwoordbestanden) nodig',
  'schema.text': ({ what, seen }) =>
    `${nlPlace(what)} moet een tekst zijn: een string, of een mapping van taalcode naar string (\`{nl: …, en: …}\`), niet ${nlSeen(seen)}`,
  'schema.answer': ({ what, seen }) =>
    `${nlPlace(what)} moet een optiewaarde (een getal), \`unknown\`, \`not-applicable\` of \`{value: …, note: …}\` zijn, niet ${nlSeen(seen)}`,
  'schema.other': ({ what, detail }) => `${nlPlace(what)}: ${detail ?? 'is ongeldig'} (JSON Schema)`,

  'csv.quote': ({ problem }) =>
    `${NL_QUOTES[problem]}: zet de hele cel tussen aanhalingstekens en schrijf elk aanhalingsteken erin dubbel (\`""\`)`,
  // csv-parse's own words, which it has only in English.
  'csv.parser': ({ detail }) => `CSV: ${detail}`,
  'csv.no-answers': () => 'het bestand heeft een kopregel maar geen antwoorden',
  'csv.binary': () => 'bestand bevat binaire gegevens (een NUL-byte); verwacht: CSV-tekst',
  'csv.utf16': () =>
    'bestand is UTF-16-tekst (zoals Excel "Unicode-tekst" opslaat), geen CSV: sla het op als "CSV UTF-8 (door komma\'s gescheiden)"',
  'csv.unnamed-column': ({ column }) => `kolom ${column} heeft geen naam in de kopregel`,
  'csv.duplicate-column': ({ name, earlier }) =>
    `kolom ${code(name)} staat twee keer in de kopregel (ook kolom ${earlier})`,
  'csv.unknown-column': ({ name, questionnaire, suggestion }) =>
    `kolom ${code(name)} is geen vraag van ${code(questionnaire)} (op id of tekst), en ook geen organisatie, respondent, rol of datum${nlHint(suggestion)}; staan er geen antwoorden in, laat de kolom dan weg met --ignore-column`,
  'csv.ambiguous-column': ({ name }) =>
    `kolom ${code(name)} is de tekst van meer dan één vraag: zet het id van de vraag boven de kolom`,
  'csv.same-column': ({ name, target, earlier }) =>
    `kolom ${code(name)} is ${code(target)}, net als kolom ${earlier}: houd er één over`,
  'csv.extra-cells': ({ cells, header }) => `rij heeft ${cells} cellen, de kopregel heeft er maar ${header}`,
  'csv.invalid-answer': ({ value, id, options, unknown, notApplicable }) =>
    `${code(value)} is geen antwoord op ${code(id)}: geef ${[
      `het label of de waarde van een optie (${options.map(optionNamed).join('; ')})`,
      ...(unknown ? [`${unknown} of ?`] : []),
      ...(notApplicable ? [`${notApplicable} of n.v.t.`] : []),
    ].join(', ')}, of laat de cel leeg`,
  'csv.invalid-date': ({ value }) => `${code(value)} is geen datum: schrijf hem als 2026-11-28 (of 28-11-2026)`,

  'workbook.cell': ({ cell, finding }, say) => `${cell}: ${say(finding)}`,
  'workbook.invalid': () => 'bestand is geen leesbare Excel-werkmap (.xlsx)',
  'workbook.too-large': ({ mb }) => `werkmap is uitgepakt groter dan ${mb} MB: splits hem, of exporteer hem als CSV`,
  'workbook.is-report': () => 'deze werkmap is een rapport van datascan (`score --format xlsx`), geen antwoorden',
  'workbook.not-answer-workbook': () =>
    'deze werkmap is geen antwoordwerkmap van `datascan template --format xlsx` (het voorblad noemt geen vragenlijst)',
  'workbook.invalid-answer': ({ value, id, choices }) =>
    `${code(value)} is geen antwoord op ${code(id)}: kies er een uit de lijst (${choices.join('; ')}), of laat de cel leeg`,
  'workbook.duplicate-question': ({ id, earlier }) =>
    `vraag ${code(id)} heeft al een rij (rij ${earlier}): elke vraag wordt in één rij beantwoord`,
  'workbook.answer-without-id': () =>
    'een antwoord of toelichting in een rij zonder vraag-id (de kolom Id): zet het id terug, of zet het antwoord bij de vraag',

  'profile.incomparable': ({ before, after }) =>
    `kan ${code(before.id)} (model ${code(before.model)}) niet vergelijken met ${code(after.id)} (model ${code(after.model)}): alleen vragenlijsten van hetzelfde model zijn te vergelijken`,
  'profile.other-columns': ({ id, model, columns }) =>
    `de vragenlijst van dit profiel, ${code(id)} (model ${code(model)}), past niet bij de CSV-kolommen van model ${code(columns)}; scoor deze antwoorden in een aparte aanroep`,
  'profile.several': ({ count }) =>
    `dit bestand bevat ${count} profielen; compare neemt één profiel per kant (scoor met --aggregate, of kies er één)`,
};

export const FINDING_TEXTS: { readonly en: Catalogue; readonly nl: Catalogue } = { en, nl };

export type FindingTextId = keyof Catalogue;
/** The values a text is built from, as `msg` takes them: none for a text without any. */
export type FindingValues<K extends FindingTextId> =
  Parameters<Catalogue[K]> extends [] ? [] : [Parameters<Catalogue[K]>[0]];

/** A finding's text: `msg('file.empty')`, `msg('file.too-deep', { max: 64 })`. */
export function msg<K extends FindingTextId>(id: K, ...values: FindingValues<K>): FindingText {
  return values.length > 0 ? { id, values: values[0] as Record<string, unknown> } : { id };
}

/** A text in a language (English for one without a catalogue); an id no catalogue has is said as it is. */
export function sayFinding(phrase: Phrase, language: string): string {
  if (typeof phrase === 'string') return phrase;
  const catalogue = pickCatalogue(FINDING_TEXTS, language) as unknown as Record<string, Entry<unknown> | undefined>;
  const entry = catalogue[phrase.id];
  if (!entry) return phrase.id;
  return entry(phrase.values ?? {}, (nested) => sayFinding(nested, language));
}
