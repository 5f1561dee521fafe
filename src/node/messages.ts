/**
 * datascan's own words on the command line (usage errors, warnings, what was written), in English
 * and Dutch, as the findings' words are in diagnostics/messages.ts. A UserError carries such a text
 * and is said in the user's language when it is printed (cli/main.ts).
 */
import {
  describeNotAFile,
  migrationCounts,
  sayFinding,
  type FindingText,
  type NotAFile,
  type Phrase,
} from '../diagnostics/messages.js';
import { localizeFinding } from '../diagnostics/localize.js';
import { formatDiagnosticLine, type Diagnostic } from '../diagnostics/types.js';
import { pickCatalogue } from '../util/language.js';
import { describeWriteProblem } from '../util/write-problems.js';

/** One of the texts below (or a finding's text), as data: an id and the values it is built from. */
export interface ToolText {
  id: string;
  values?: Readonly<Record<string, unknown>>;
}

/** What a message may be: words of its own (said as they are), a text of this catalogue or a finding's. */
export type Said = string | ToolText | FindingText;

type Say = (phrase: Said) => string;
/** An entry: its words for the values; `say` says a nested text in the same language. */
type Entry<V> = (values: V, say: Say, language: string) => string;

const code = (s: string) => `\`${s}\``;
const plural = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;
const enHint = (s?: string) => (s ? ` — did you mean ${code(s)}?` : '');
const nlHint = (s?: string) => (s ? ` — bedoelt u ${code(s)}?` : '');
const formats = (csv: boolean) => (csv ? 'YAML, JSON, CSV or .xlsx' : 'YAML, JSON or .xlsx');
const nlFormats = (csv: boolean) => (csv ? 'YAML, JSON, CSV of .xlsx' : 'YAML, JSON of .xlsx');
// Dutch joins the first parts of a compound that share `-bestanden` with a hyphen: `YAML- of JSON-bestanden`.
const nlFormatFiles = (csv: boolean) =>
  csv ? 'YAML-, JSON-, CSV- of .xlsx-bestanden' : 'YAML-, JSON- of .xlsx-bestanden';

/** Who holds a workshop folder's lock. */
export interface WorkshopLock {
  dir: string;
  pid: number | string;
  host: string;
  since: string;
  lockFile: string;
}

export type Kept = 'answers' | 'questionnaire' | 'model' | 'csv' | 'workbook';
const EN_KEPT: Record<Kept, string> = {
  answers: 'an answer file',
  questionnaire: 'a questionnaire',
  model: 'a model file',
  csv: 'a CSV file that may hold answers (not a report datascan wrote)',
  workbook: 'a workbook that may hold answers (not a report datascan wrote)',
};
const NL_KEPT: Record<Kept, string> = {
  answers: 'een antwoordbestand',
  questionnaire: 'een vragenlijst',
  model: 'een modelbestand',
  csv: 'een CSV-bestand dat antwoorden kan bevatten (geen rapport van datascan)',
  workbook: 'een werkmap die antwoorden kan bevatten (geen rapport van datascan)',
};

/** Why an entry a folder yields is left out. */
export type Skipped =
  | { why: 'unreadable-folder'; code: string }
  | { why: 'broken-link'; code: string }
  | { why: 'dangling-link' }
  | { why: 'folder-link' }
  | { why: 'not-a-file'; what: NotAFile };
const enSkipped = (s: Skipped) =>
  s.why === 'unreadable-folder'
    ? `a folder that cannot be read (${s.code})`
    : s.why === 'broken-link'
      ? `a link that cannot be followed (${s.code})`
      : s.why === 'dangling-link'
        ? 'a link that leads nowhere'
        : s.why === 'folder-link'
          ? 'a link to a folder, not followed inside a folder (name it to read it)'
          : `${describeNotAFile(s.what, 'en')}, not a file`;
const nlSkipped = (s: Skipped) =>
  s.why === 'unreadable-folder'
    ? `een map die niet te lezen is (${s.code})`
    : s.why === 'broken-link'
      ? `een link die niet te volgen is (${s.code})`
      : s.why === 'dangling-link'
        ? 'een link die nergens heen leidt'
        : s.why === 'folder-link'
          ? 'een link naar een map; binnen een map worden zulke links niet gevolgd (geef de link zelf op om hem te lezen)'
          : `${describeNotAFile(s.what, 'nl')}, geen bestand`;

const en = {
  'input.skipped': ({ entry, ...why }: { entry: string } & Skipped) => `skipped ${entry}: ${enSkipped(why)}`,
  // A finding as its one line (`file:line:column: error rule message`), its message in the language.
  finding: ({ finding }: { finding: Diagnostic }, _say: Say, language: string) =>
    formatDiagnosticLine(localizeFinding(finding, language)),
  'input.no-such-folder': ({ path }: { path: string }) => `no such folder: ${path}`,
  'input.no-files': ({ inputs, csv }: { inputs: string[]; csv: boolean }) =>
    `no ${formats(csv)} files in ${inputs.join(', ')}`,
  'input.no-answer-files': ({ inputs, csv }: { inputs: string[]; csv: boolean }) =>
    `no answer files (${formats(csv)}) in ${inputs.join(', ')}`,
  'input.no-test-files': ({ inputs }: { inputs: string[] }) => `no test files (*.test.yaml) in ${inputs.join(', ')}`,
  'input.csv-needs-questionnaire': ({ file }: { file: string }) =>
    `${file}: CSV answers need --questionnaire <id or path>: a CSV file does not say which questionnaire it answers`,
  'input.export-needs-questionnaire': ({ file }: { file: string }) =>
    `${file}: a survey export needs --questionnaire <id or path>: the workbook has no cover sheet of an answer workbook that names its questionnaire`,
  'output.is-input': ({ output }: { output: string }) =>
    `-o ${output} is also an input; the report would replace it: choose another file`,
  'output.in-folder': ({ output, from }: { output: string; from: string }) =>
    `-o ${output} is one of the files in ${from}, and not a report datascan wrote; the report would replace it: choose another file`,
  'output.kept': ({ file, kind }: { file: string; kind: Kept }) =>
    `-o ${file} is ${EN_KEPT[kind]}; the report would replace it: choose another file, or add --force to replace it`,
  'output.wrote': ({ file }: { file: string }) => `datascan: wrote ${file}`,
  'output.wrote-profiles': ({ count, file }: { count: number; file: string }) =>
    `datascan: wrote ${plural(count, 'profile', 'profiles')} to ${file}`,
  'questionnaire.option': ({ ref, problem }: { ref: string; problem: Said }, say: Say) =>
    `--questionnaire ${ref}: ${say(problem)}`,
  'questionnaire.has-errors': ({ file }: { file: string }) =>
    `datascan: ${file} has errors; run \`datascan validate ${file}\``,
  'questionnaire.no-texts': ({ id, lang, using }: { id: string; lang: string; using: string }) =>
    `datascan: ${code(id)} has no texts in ${code(lang)}; using ${using}`,
  'score.no-answers': () => 'datascan: no answers to score',
  'score.explain-no-effect': ({ format }: { format: string }) =>
    `datascan: --explain has no effect with --format ${format}: table and markdown show the explanation, json and ndjson carry it as \`explanation\``,
  'option.dialect-no-effect': ({ format }: { format: string }) =>
    `datascan: --csv-dialect has no effect with --format ${format}; it sets how --format csv is written`,
  'input.not-a-folder': ({ path }: { path: string }) =>
    `not a folder: ${path}; give the folder that holds the questionnaires`,
  'questionnaire.shadows': ({ by, id, file }: { by: string; id: string; file: string }) =>
    `${by} has the id ${code(id)} of a shipped questionnaire (${file}); using ${by}`,
  'score.organisation-or-group': () =>
    '--organisation names every profile one organisation, --group-by organisation makes one per organisation the files name; use one of them',
  'organisation.blank': () => '--organisation: give the name of the organisation',
  'organisation.mixed': ({ names, where }: { names: string[]; where?: string }) =>
    `datascan: ${where !== undefined ? `${where}: ` : ''}the answers name ${names.length} organisations (${names.map((n) => `"${n}"`).join(', ')}), so the profile names none; give --organisation NAME to name it`,
  'compare.different-organisations': ({ before, after }: { before: string; after: string }) =>
    `datascan: comparing different organisations: "${before}" (before) and "${after}" (after); give --organisation NAME if they are one`,
  'compare.trend-organisations': ({ names }: { names: string[] }) =>
    `datascan: comparing different organisations: ${names.map((n) => `"${n}"`).join(', ')}; give --organisation NAME if they are one`,
  'compare.trend-order': ({ order }: { order: string[] }) => `datascan: compared in date order: ${order.join(', ')}`,
  'compare.trend-order-given': ({ reason }: { reason: 'missing-date' | 'same-date' }) =>
    `datascan: compared in the order given: ${reason === 'missing-date' ? 'a scan has no date' : 'two scans have the same date'}`,
  'score.no-inputs': () => 'give answer files, folders or globs to score (e.g. `datascan score answers/`)',
  'score.xlsx-terminal': () =>
    '--format xlsx writes a workbook, which a terminal cannot show: give -o FILE.xlsx (or redirect stdout to a file)',
  'score.xlsx-name': ({ file }: { file: string }) =>
    `${file}: --format xlsx writes a workbook; give the file a .xlsx name`,
  'score.aggregate-or-group': () =>
    'use either --aggregate (one profile for all) or --group-by organisation (one per organisation)',
  'score.mixed': ({ ids }: { ids: string[] }) =>
    `--aggregate scores answers to one questionnaire together, but these answer ${ids.map(code).join(' and ')}; score them separately or use --group-by organisation`,
  'option.number': ({ name, value, integer }: { name: string; value: string; integer: boolean }) =>
    `${name} ${value}: give ${integer ? 'a whole number' : 'a number'} of 0 or more`,
  'target.syntax': ({ value }: { value: string }) =>
    `--target ${value}: give a level, by rank or id, for every unit (\`--target 3\`) or for one (\`--target privacy=4\`)`,
  'target.level': ({
    option,
    level,
    questionnaire,
    levels,
    suggestion,
  }: {
    option: string;
    level: string;
    questionnaire: string;
    levels: string[];
    suggestion?: string;
  }) =>
    `${option}: ${code(level)} is not a level of ${code(questionnaire)}${enHint(suggestion)} (levels: ${levels.map(code).join(', ')})`,
  'target.rank': ({ option, top, questionnaire }: { option: string; top: number; questionnaire: string }) =>
    `${option}: a target is a level from 1 to ${top} in ${code(questionnaire)}`,
  'target.unit': ({
    option,
    unit,
    questionnaire,
    suggestion,
  }: {
    option: string;
    unit: string;
    questionnaire: string;
    suggestion?: string;
  }) => `${option}: ${code(unit)} is not a dimension or subdimension of ${code(questionnaire)}${enHint(suggestion)}`,
  'compare.not-a-profile': ({ input }: { input: string }) => `${input} is not a valid profile`,
  'compare.fix-answers': ({ input, skipped }: { input: string; skipped: number }) =>
    `${input}: fix the answer files above first (${plural(skipped, 'answer set has', 'answer sets have')} errors); a comparison needs every answer`,
  'compare.no-answers': ({ input }: { input: string }) => `${input}: no answers to compare`,
  'plan.guide': () =>
    'Fill in per action: owner (who), due (a date such as 2026-06-30) and status: open, in-progress, done or dropped.\nDropped actions do not count. datascan validate checks this file; score and compare --plan count what is done.',
  'plan.fix-answers': ({ input, skipped }: { input: string; skipped: number }) =>
    `${input}: fix the answer files above first (${plural(skipped, 'answer set has', 'answer sets have')} errors); a plan needs every answer`,
  'plan.no-answers': ({ input }: { input: string }) => `${input}: no answers to make a plan of`,
  // The first error in the file, and how many follow it.
  'plan.has-errors': (
    { file, first, more }: { file: string; first: Diagnostic; more: number },
    _say: Say,
    language: string,
  ) =>
    `${formatDiagnosticLine(localizeFinding(first, language))}${more > 0 ? ` (${plural(more, 'more error', 'more errors')}: run \`datascan validate ${file}\` for all)` : ''}`,
  'plan.not-a-plan': ({ file }: { file: string }) =>
    `${file} is not an action plan (a plan has \`actions\`): choose another file`,
  'plan.other-questionnaire': ({ file, plan, profile }: { file: string; plan: string; profile: string }) =>
    `${file} is the action plan for questionnaire ${code(plan)}, not for ${code(profile)}`,
  'plan.other-organisation': ({ file, plan, profile }: { file: string; plan: string; profile: string }) =>
    `${file} is the action plan of ${plan}, not of ${profile}`,
  'plan.other-language': ({ file, plan, given }: { file: string; plan: string; given: string }) =>
    `${file} is written in ${code(plan)}, its steps matched by their text: write it again in ${code(plan)} (leave out --lang, or --lang ${plan}), not in ${code(given)}, or write a new plan`,
  'plan.several-organisations': ({ names }: { names: string[] }) =>
    `the answers name different organisations (${names.join(', ')}): an action plan is of one; name it with --organisation`,
  'plan.wrote': ({
    file,
    actions,
    kept,
    added,
    noLongerApply,
    own,
  }: {
    file: string;
    actions: number;
    kept: number;
    added: number;
    noLongerApply: number;
    own: number;
  }) =>
    `datascan: wrote ${plural(actions, 'action', 'actions')} to ${file} (${[
      `${kept} kept`,
      `${added} new`,
      ...(noLongerApply > 0 ? [`${noLongerApply} kept though no longer a step`] : []),
      ...(own > 0 ? [`${own} added by hand`] : []),
    ].join(', ')})`,
  'plan.no-longer-apply': ({ ids }: { ids: string[] }) =>
    `no longer a next step, kept for what was filled in (marked \`applies: false\`): ${ids.map(code).join(', ')}`,
  'plan.own-actions': ({ ids }: { ids: string[] }) =>
    `added by hand (an id of your own), kept as they are: ${ids.map(code).join(', ')}`,
  'plan.removed': ({ ids, backup }: { ids: string[]; backup: string }) =>
    `no longer a next step and not filled in, left out: ${ids.map(code).join(', ')} (the earlier plan is kept as ${backup})`,
  'compare.same-scan': ({ first, second }: { first: string; second: string }) =>
    `${first} and ${second} are the same answer files: give each scan once`,
  'compare.mixed': ({ input, ids }: { input: string; ids: string[] }) =>
    `${input}: answers to ${ids.map(code).join(' and ')}; one side must answer one questionnaire`,
  'template.yaml-only': ({ file, csv }: { file: string; csv: boolean }) =>
    `${file}: the template is YAML (its questions are comments); write it to a .yaml file${csv ? ', or use --format csv' : ''}`,
  'template.csv-name': ({ file }: { file: string }) => `${file}: --format csv writes CSV; give the file a .csv name`,
  'template.exists': ({ file }: { file: string }) =>
    `${file} exists; it may hold answers: choose another name or add --force to overwrite it`,
  'template.xlsx-name': ({ file }: { file: string }) =>
    `${file}: --format xlsx writes a workbook; give the file a .xlsx name`,
  'template.xlsx-format': ({ file }: { file: string }) => `${file}: a .xlsx file is a workbook; add --format xlsx`,
  'template.xlsx-terminal': () =>
    '--format xlsx writes a workbook, which a terminal cannot show: name a file with -o (for example -o answers.xlsx)',
  'form.html-name': ({ file }: { file: string }) => `${file}: the form is one HTML page; give the file a .html name`,
  'output.not-a-file': ({ file, block }: { file: string; block: boolean }) =>
    `cannot write ${file}: it is a ${block ? 'block device' : 'socket'}, not a file`,
  'internal-error': ({ detail }: { detail: string }) =>
    `internal error: ${detail} (please report this; DATASCAN_DEBUG=1 shows details)`,
  'output.cannot-write': ({ file, code: c }: { file: string; code: string }) =>
    `cannot write ${file}: ${describeWriteProblem(c, 'en')}`,
  'output.fifo-unread': ({ file }: { file: string }) =>
    `cannot write ${file}: it is a FIFO that nobody reads (start its reader first)`,
  'output.cannot-copy': ({ file, backup, reason }: { file: string; backup: string; reason: string }) =>
    `cannot copy ${file} to ${backup}: ${reason}`,
  'score.bad-files': ({ bad, files, strict, count }: { bad: number; files: number; strict: boolean; count: number }) =>
    `datascan: ${bad} of ${plural(files, 'file', 'files')} had ${strict ? 'errors or warnings' : 'errors'}; ${plural(count, 'profile', 'profiles')} scored from the others`,
  'score.unfinished-left-out': ({ count }: { count: number }) =>
    `datascan: ${plural(count, 'answer file still in progress was', 'answer files still in progress were')} left out (--complete-only)`,
  'score.drop-duplicates-no-effect': () =>
    'datascan: --drop-duplicates does nothing without --aggregate or --group-by: each answer set is scored on its own',
  'option.keep-roles-no-effect': () =>
    'datascan: --keep-roles does nothing without --anonymise: names and roles are shown as the answer files give them',
  'score.skipped': ({ skipped }: { skipped: number }) =>
    `datascan: ${plural(skipped, 'answer set (a file or a CSV row) was', 'answer sets (files or CSV rows) were')} left out for the findings above`,
  'migrate.output-or-in-place': () =>
    'give -o FILE to write the migrated answers to a new file, or --in-place to rewrite the answer files (keeping a copy of each)',
  'migrate.both': () => '-o writes a new file, --in-place rewrites the answer files: use one of them',
  'migrate.one-output': ({ count }: { count: number }) =>
    `-o writes one file, but ${count} answer files were given: migrate them one at a time, or use --in-place`,
  'migrate.output-is-input': ({ file }: { file: string }) =>
    `-o ${file} is the answer file itself: use --in-place, which keeps a copy of it first`,
  'migrate.output-format': ({ file }: { file: string }) =>
    `-o ${file}: an answer file is YAML or JSON; give it a .yaml, .yml or .json name`,
  'migrate.csv': ({ file }: { file: string }) =>
    `${file}: CSV answers are an export and are not migrated; migrate the answer files they came from, or export the survey again with \`datascan template --format csv\` of the current version`,
  'migrate.workbook': ({ file }: { file: string }) =>
    `${file}: a workbook is not migrated (it would lose its dropdowns and layout); score it as it is, its answers are carried over when read, or make a workbook of the current version with \`datascan template --format xlsx\``,
  'migrate.to-not-on-path': ({
    to,
    file,
    from,
    versions,
  }: {
    to: string;
    file: string;
    from: string;
    versions: string[];
  }) =>
    `--to ${to}: not a version ${file} can be migrated to from ${from} (the way leads through ${versions.join(', ')})`,
  'migrate.to-not-later': ({ to, file, from }: { to: string; file: string; from: string }) =>
    `--to ${to}: ${file} answers version ${from}, and answers are migrated to a later version only`,
  'migrate.to-nothing-later': ({ to, file, from }: { to: string; file: string; from: string }) =>
    `--to ${to}: ${file} answers version ${from}, the questionnaire's own version; there is no later version to migrate it to`,
  'migrate.current': ({ file, version, id }: { file: string; version: string; id: string }) =>
    `datascan: ${file} already answers version ${version} of ${code(id)}; nothing to migrate, nothing written`,
  'migrate.summary': ({
    file,
    from,
    to,
    carried,
    dropped,
    open,
  }: {
    file: string;
    from: string;
    to: string;
    carried: number;
    dropped: number;
    open: number;
  }) => `datascan: ${file}: answered for ${from}: ${migrationCounts('en', carried, dropped, open)} (now ${to})`,
  'migrate.dropped-as-comments': ({ ids }: { ids: string[] }) =>
    `datascan: the dropped answers (${ids.join(', ')}) are written as comments below the answers`,
  'migrate.dropped-json': ({ ids, kept }: { ids: string[]; kept: string }) =>
    `datascan: JSON has no comments: the dropped answers (${ids.join(', ')}) remain in ${kept} only`,
  'migrate.backup': ({ file, backup }: { file: string; backup: string }) =>
    `datascan: kept the answers of ${file} as they were in ${backup}`,
  'migrate.in-place-not-a-file': ({ file, what }: { file: string; what: NotAFile }) =>
    `--in-place: ${file} is ${describeNotAFile(what, 'en')}, not a file; only answer files are rewritten in place`,
  'migrate.locked': ({ file }: { file: string }) =>
    `${file} is open in an interview (datascan run); migrate it once that has ended (datascan run --resume migrates it too)`,
  'migrate.nothing-written': ({ bad }: { bad: number }) =>
    `datascan: ${plural(bad, 'file has', 'files have')} problems (above); nothing was written`,
  'workshop.join': ({ url }: { url: string }) => `Join address for participants: ${url}`,
  'workshop.facilitator': ({ url }: { url: string }) => `Facilitator page (keep this address to yourself): ${url}`,
  'workshop.listening-lan': () =>
    'datascan: serving the room over plain HTTP: others on this network can read what is sent. Use a network you trust.',
  'workshop.continued': ({ count }: { count: number }) =>
    `Continuing the workshop in this folder: ${plural(count, 'participant', 'participants')} joined before.`,
  'workshop.stopped': ({ dir, command }: { dir: string; command: string }) =>
    `Workshop stopped. The answer files are in ${dir}; score them with: ${command}`,
  'workshop.bad-state': ({ file }: { file: string }) =>
    `${file} is not a workshop state file datascan wrote; move it away or choose another --dir`,
  'workshop.other-questionnaire': ({ file, id }: { file: string; id: string }) =>
    `${file} belongs to a workshop on the questionnaire ${id}; choose another --dir`,
  'workshop.bad-port': ({ port }: { port: string }) => `--port: ${port} is not a port number (0 to 65535)`,
  'workshop.bad-max-participants': ({ value }: { value: string }) =>
    `--max-participants: ${value} is not a number of participants (1 or more)`,
  'workshop.cannot-listen': ({ address, problem }: { address: string; problem: string }) =>
    `cannot listen on ${address}: ${problem}`,
  'workshop.locked': ({ dir, pid, host, since, lockFile }: WorkshopLock) =>
    `${dir} is in use by another datascan workshop (process ${pid} on ${host}, since ${since}); stop that one first, or if it no longer runs, remove ${lockFile}`,
  'workshop.bad-certificate': ({ option, file, code }: { option: string; file: string; code?: string }) =>
    code !== undefined
      ? `${option} ${file}: cannot read it (${code})`
      : `${option} ${file}: not a PEM certificate or private key, or the key does not belong to the certificate`,
  'workshop.cert-needs-key': ({ given, missing }: { given: string; missing: string }) =>
    `${given} needs ${missing} as well: HTTPS takes the certificate and its private key`,
  'option.questionnaire-no-effect': () =>
    'datascan: --questionnaire has no effect: there is no CSV file or workbook among the answers, and answer files name their own questionnaire',
} satisfies Record<string, Entry<never>>;

type Catalogue = { readonly [K in keyof typeof en]: (typeof en)[K] };

const nl: Catalogue = {
  'input.skipped': ({ entry, ...why }) => `${entry} overgeslagen: ${nlSkipped(why)}`,
  finding: ({ finding }, _say, language) => formatDiagnosticLine(localizeFinding(finding, language)),
  'input.no-such-folder': ({ path }) => `map bestaat niet: ${path}`,
  'input.no-files': ({ inputs, csv }) => `geen ${nlFormatFiles(csv)} in ${inputs.join(', ')}`,
  'input.no-answer-files': ({ inputs, csv }) => `geen antwoordbestanden (${nlFormats(csv)}) in ${inputs.join(', ')}`,
  'input.no-test-files': ({ inputs }) => `geen testbestanden (*.test.yaml) in ${inputs.join(', ')}`,
  'input.csv-needs-questionnaire': ({ file }) =>
    `${file}: CSV-antwoorden hebben --questionnaire <id of pad> nodig: een CSV-bestand zegt niet bij welke vragenlijst het hoort`,
  'input.export-needs-questionnaire': ({ file }) =>
    `${file}: een enquête-export heeft --questionnaire <id of pad> nodig: de werkmap heeft geen voorblad van een antwoordwerkmap dat de vragenlijst noemt`,
  'output.is-input': ({ output }) =>
    `-o ${output} is ook een invoerbestand; het rapport zou het overschrijven: kies een ander bestand`,
  'output.in-folder': ({ output, from }) =>
    `-o ${output} is een van de bestanden in ${from}, en geen rapport van datascan; het rapport zou het overschrijven: kies een ander bestand`,
  'output.kept': ({ file, kind }) =>
    `-o ${file} is ${NL_KEPT[kind]}; het rapport zou het overschrijven: kies een ander bestand, of overschrijf het met --force`,
  'output.wrote': ({ file }) => `datascan: ${file} geschreven`,
  'output.wrote-profiles': ({ count, file }) =>
    `datascan: ${plural(count, 'profiel', 'profielen')} geschreven naar ${file}`,
  'questionnaire.option': ({ ref, problem }, say) => `--questionnaire ${ref}: ${say(problem)}`,
  'questionnaire.has-errors': ({ file }) => `datascan: ${file} bevat fouten; voer \`datascan validate ${file}\` uit`,
  'questionnaire.no-texts': ({ id, lang, using }) =>
    `datascan: ${code(id)} heeft geen teksten in ${code(lang)}; de teksten worden in ${using} getoond`,
  'score.no-answers': () => 'datascan: geen antwoorden om te scoren',
  'score.explain-no-effect': ({ format }) =>
    `datascan: --explain heeft geen effect bij --format ${format}: table en markdown tonen de uitleg, json en ndjson nemen die op als \`explanation\``,
  'option.dialect-no-effect': ({ format }) =>
    `datascan: --csv-dialect heeft geen effect bij --format ${format}; het bepaalt hoe --format csv wordt geschreven`,
  'input.not-a-folder': ({ path }) => `geen map: ${path}; geef de map met de vragenlijsten`,
  'questionnaire.shadows': ({ by, id, file }) =>
    `${by} heeft het id ${code(id)} van een meegeleverde vragenlijst (${file}); ${by} wordt gebruikt`,
  'score.organisation-or-group': () =>
    '--organisation geeft alle profielen dezelfde organisatie, --group-by organisation maakt een profiel per organisatie in de bestanden; kies een van beide',
  'organisation.blank': () => '--organisation: geef de naam van de organisatie',
  'organisation.mixed': ({ names, where }) =>
    `datascan: ${where !== undefined ? `${where}: ` : ''}de antwoorden noemen ${names.length} organisaties (${names.map((n) => `"${n}"`).join(', ')}), dus het profiel krijgt geen organisatie; geef de organisatie op met --organisation NAAM`,
  'compare.different-organisations': ({ before, after }) =>
    `datascan: verschillende organisaties vergeleken: "${before}" (vóór) en "${after}" (na); geef --organisation NAAM als het om dezelfde organisatie gaat`,
  'compare.trend-organisations': ({ names }) =>
    `datascan: verschillende organisaties vergeleken: ${names.map((n) => `"${n}"`).join(', ')}; geef --organisation NAAM als het om dezelfde organisatie gaat`,
  'compare.trend-order': ({ order }) => `datascan: vergeleken op datum: ${order.join(', ')}`,
  'compare.trend-order-given': ({ reason }) =>
    `datascan: vergeleken in de opgegeven volgorde: ${reason === 'missing-date' ? 'een meting heeft geen datum' : 'twee metingen hebben dezelfde datum'}`,
  'score.no-inputs': () => 'geef antwoordbestanden, mappen of globs om te scoren (bijv. `datascan score answers/`)',
  'score.xlsx-terminal': () =>
    '--format xlsx schrijft een werkmap, die een terminal niet kan tonen: geef -o BESTAND.xlsx (of stuur de uitvoer naar een bestand)',
  'score.xlsx-name': ({ file }) => `${file}: --format xlsx schrijft een werkmap; geef het bestand de extensie .xlsx`,
  'score.aggregate-or-group': () =>
    'gebruik --aggregate (één profiel voor alle antwoorden) of --group-by organisation (één per organisatie), niet allebei',
  'score.mixed': ({ ids }) =>
    `--aggregate scoort antwoorden op één vragenlijst samen, maar deze bestanden beantwoorden ${ids.map(code).join(' en ')}; scoor ze apart of gebruik --group-by organisation`,
  'option.number': ({ name, value, integer }) =>
    `${name} ${value}: geef ${integer ? 'een geheel getal' : 'een getal'} van 0 of meer`,
  'target.syntax': ({ value }) =>
    `--target ${value}: geef een niveau, als rang of id, voor elke eenheid (\`--target 3\`) of voor één (\`--target privacy=4\`)`,
  'target.level': ({ option, level, questionnaire, levels, suggestion }) =>
    `${option}: ${code(level)} is geen niveau van ${code(questionnaire)}${nlHint(suggestion)} (niveaus: ${levels.map(code).join(', ')})`,
  'target.rank': ({ option, top, questionnaire }) =>
    `${option}: een ambitie is een niveau van 1 tot en met ${top} in ${code(questionnaire)}`,
  'target.unit': ({ option, unit, questionnaire, suggestion }) =>
    `${option}: ${code(unit)} is geen dimensie of subdimensie van ${code(questionnaire)}${nlHint(suggestion)}`,
  'compare.not-a-profile': ({ input }) => `${input} is geen geldig profiel`,
  'compare.fix-answers': ({ input, skipped }) =>
    `${input}: herstel eerst de antwoordbestanden hierboven (${plural(skipped, 'antwoordset heeft', 'antwoordsets hebben')} fouten); een vergelijking heeft alle antwoorden nodig`,
  'compare.no-answers': ({ input }) => `${input}: geen antwoorden om te vergelijken`,
  'plan.guide': () =>
    'Vul per actie in: owner (wie), due (een datum zoals 2026-06-30) en status: open, bezig, gereed of vervallen.\nVervallen acties tellen niet mee. datascan validate controleert dit bestand; score en compare --plan tellen wat gereed is.',
  'plan.fix-answers': ({ input, skipped }) =>
    `${input}: herstel eerst de antwoordbestanden hierboven (${plural(skipped, 'antwoordset heeft', 'antwoordsets hebben')} fouten); een actieplan heeft alle antwoorden nodig`,
  'plan.no-answers': ({ input }) => `${input}: geen antwoorden om een actieplan van te maken`,
  'plan.has-errors': ({ file, first, more }, _say, language) =>
    `${formatDiagnosticLine(localizeFinding(first, language))}${more > 0 ? ` (nog ${plural(more, 'fout', 'fouten')}: voer \`datascan validate ${file}\` uit voor alle fouten)` : ''}`,
  'plan.not-a-plan': ({ file }) =>
    `${file} is geen actieplan (een actieplan heeft \`actions\`): kies een ander bestand`,
  'plan.other-questionnaire': ({ file, plan, profile }) =>
    `${file} is het actieplan voor vragenlijst ${code(plan)}, niet voor ${code(profile)}`,
  'plan.other-organisation': ({ file, plan, profile }) => `${file} is het actieplan van ${plan}, niet van ${profile}`,
  'plan.other-language': ({ file, plan, given }) =>
    `${file} is geschreven in ${code(plan)} en de stappen worden op hun tekst herkend: schrijf het opnieuw in ${code(plan)} (laat --lang weg, of --lang ${plan}), niet in ${code(given)}, of schrijf een nieuw plan`,
  'plan.several-organisations': ({ names }) =>
    `de antwoorden noemen verschillende organisaties (${names.join(', ')}): een actieplan is van één organisatie; noem die met --organisation`,
  'plan.wrote': ({ file, actions, kept, added, noLongerApply, own }) =>
    `datascan: ${plural(actions, 'actie', 'acties')} geschreven naar ${file} (${[
      `${kept} behouden`,
      `${added} nieuw`,
      ...(noLongerApply > 0 ? [`${noLongerApply} behouden hoewel geen stap meer`] : []),
      ...(own > 0 ? [`${own} zelf toegevoegd`] : []),
    ].join(', ')})`,
  'plan.no-longer-apply': ({ ids }) =>
    `geen volgende stap meer, bewaard om wat is ingevuld (gemarkeerd met \`applies: false\`): ${ids.map(code).join(', ')}`,
  'plan.own-actions': ({ ids }) =>
    `zelf toegevoegd (met een eigen id), bewaard zoals ze zijn: ${ids.map(code).join(', ')}`,
  'plan.removed': ({ ids, backup }) =>
    `geen volgende stap meer en niets ingevuld, weggelaten: ${ids.map(code).join(', ')} (het vorige actieplan staat in ${backup})`,
  'compare.same-scan': ({ first, second }) =>
    `${first} en ${second} zijn dezelfde antwoordbestanden: geef elke scan één keer`,
  'compare.mixed': ({ input, ids }) =>
    `${input}: antwoorden op ${ids.map(code).join(' en ')}; de antwoorden aan één kant moeten bij één vragenlijst horen`,
  'template.yaml-only': ({ file, csv }) =>
    `${file}: het sjabloon is YAML (de vragen staan erin als commentaar); schrijf het naar een .yaml-bestand${csv ? ', of gebruik --format csv' : ''}`,
  'template.csv-name': ({ file }) => `${file}: --format csv schrijft CSV; geef het bestand de extensie .csv`,
  'template.exists': ({ file }) =>
    `${file} bestaat al en kan antwoorden bevatten: kies een andere naam of overschrijf het met --force`,
  'template.xlsx-name': ({ file }) => `${file}: --format xlsx schrijft een werkmap; geef het bestand de extensie .xlsx`,
  'template.xlsx-format': ({ file }) => `${file}: een .xlsx-bestand is een werkmap; voeg --format xlsx toe`,
  'template.xlsx-terminal': () =>
    '--format xlsx schrijft een werkmap, die een terminal niet kan tonen: geef een bestand op met -o (bijvoorbeeld -o antwoorden.xlsx)',
  'form.html-name': ({ file }) => `${file}: het formulier is één HTML-pagina; geef het bestand de extensie .html`,
  'output.not-a-file': ({ file, block }) =>
    `kan ${file} niet schrijven: het is ${block ? 'een blokapparaat' : 'een socket'}, geen bestand`,
  'internal-error': ({ detail }) => `interne fout: ${detail} (meld dit alstublieft; DATASCAN_DEBUG=1 toont de details)`,
  'output.cannot-write': ({ file, code: c }) => `kan ${file} niet schrijven: ${describeWriteProblem(c, 'nl')}`,
  'output.fifo-unread': ({ file }) =>
    `kan ${file} niet schrijven: het is een FIFO die niemand leest (start eerst het programma dat leest)`,
  'output.cannot-copy': ({ file, backup, reason }) => `kan ${file} niet kopiëren naar ${backup}: ${reason}`,
  'score.unfinished-left-out': ({ count }) =>
    `datascan: ${plural(count, 'antwoordbestand dat nog niet af is, is', 'antwoordbestanden die nog niet af zijn, zijn')} weggelaten (--complete-only)`,
  'score.drop-duplicates-no-effect': () =>
    'datascan: --drop-duplicates doet niets zonder --aggregate of --group-by: elke antwoordset wordt apart gescoord',
  'option.keep-roles-no-effect': () =>
    'datascan: --keep-roles doet niets zonder --anonymise: namen en rollen staan erin zoals de antwoordbestanden ze geven',
  'score.skipped': ({ skipped }) =>
    `datascan: ${plural(skipped, 'antwoordset (een bestand of een CSV-rij) is', 'antwoordsets (bestanden of CSV-rijen) zijn')} weggelaten vanwege de meldingen hierboven`,
  'score.bad-files': ({ bad, files, strict, count }) =>
    `datascan: ${bad} van ${plural(files, 'bestand', 'bestanden')} ${bad === 1 ? 'had' : 'hadden'} ${strict ? 'fouten of waarschuwingen' : 'fouten'}; ${plural(count, 'profiel', 'profielen')} gescoord uit de overige bestanden`,
  'migrate.output-or-in-place': () =>
    'geef -o BESTAND om de gemigreerde antwoorden naar een nieuw bestand te schrijven, of --in-place om de antwoordbestanden zelf te herschrijven (met van elk eerst een kopie)',
  'migrate.both': () =>
    '-o schrijft een nieuw bestand, --in-place herschrijft de antwoordbestanden: kies een van beide',
  'migrate.one-output': ({ count }) =>
    `-o schrijft één bestand, maar er zijn ${count} antwoordbestanden opgegeven: migreer ze een voor een, of gebruik --in-place`,
  'migrate.output-is-input': ({ file }) =>
    `-o ${file} is het antwoordbestand zelf: gebruik --in-place, dat er eerst een kopie van bewaart`,
  'migrate.output-format': ({ file }) =>
    `-o ${file}: een antwoordbestand is YAML of JSON; geef het de extensie .yaml, .yml of .json`,
  'migrate.csv': ({ file }) =>
    `${file}: CSV-antwoorden zijn een export en worden niet gemigreerd; migreer de antwoordbestanden waar ze uit komen, of exporteer de enquête opnieuw met \`datascan template --format csv\` van de huidige versie`,
  'migrate.workbook': ({ file }) =>
    `${file}: een werkmap wordt niet gemigreerd (de keuzelijsten en opmaak zouden verloren gaan); scoor hem zoals hij is, de antwoorden worden bij het lezen overgenomen, of maak een werkmap van de huidige versie met \`datascan template --format xlsx\``,
  'migrate.to-not-on-path': ({ to, file, from, versions }) =>
    `--to ${to}: ${file} kan vanaf ${from} niet naar die versie worden gemigreerd (de weg loopt via ${versions.join(', ')})`,
  'migrate.to-not-later': ({ to, file, from }) =>
    `--to ${to}: ${file} beantwoordt versie ${from}, en antwoorden worden alleen naar een latere versie gemigreerd`,
  'migrate.to-nothing-later': ({ to, file, from }) =>
    `--to ${to}: ${file} beantwoordt versie ${from}, de versie van de vragenlijst zelf; er is geen latere versie om naar te migreren`,
  'migrate.current': ({ file, version, id }) =>
    `datascan: ${file} beantwoordt al versie ${version} van ${code(id)}; er is niets te migreren en niets geschreven`,
  'migrate.summary': ({ file, from, to, carried, dropped, open }) =>
    `datascan: ${file}: beantwoord voor ${from}: ${migrationCounts('nl', carried, dropped, open)} (nu ${to})`,
  'migrate.dropped-as-comments': ({ ids }) =>
    `datascan: de vervallen antwoorden (${ids.join(', ')}) staan als commentaar onder de antwoorden`,
  'migrate.dropped-json': ({ ids, kept }) =>
    `datascan: JSON kent geen commentaar: de vervallen antwoorden (${ids.join(', ')}) staan alleen nog in ${kept}`,
  'migrate.backup': ({ file, backup }) => `datascan: de antwoorden van ${file} zijn ongewijzigd bewaard in ${backup}`,
  'migrate.in-place-not-a-file': ({ file, what }) =>
    `--in-place: ${file} is ${describeNotAFile(what, 'nl')}, geen bestand; alleen antwoordbestanden worden ter plekke herschreven`,
  'migrate.locked': ({ file }) =>
    `${file} is geopend in een interview (datascan run); migreer het als dat is afgelopen (datascan run --resume migreert het ook)`,
  'migrate.nothing-written': ({ bad }) =>
    `datascan: ${plural(bad, 'bestand heeft', 'bestanden hebben')} problemen (zie hierboven); er is niets geschreven`,
  'workshop.join': ({ url }) => `Adres om mee te doen, voor de deelnemers: ${url}`,
  'workshop.facilitator': ({ url }) => `Pagina voor de begeleider (houd dit adres voor uzelf): ${url}`,
  'workshop.listening-lan': () =>
    'datascan: de workshop is bereikbaar via gewone HTTP: anderen op dit netwerk kunnen meelezen wat er wordt verstuurd. Gebruik een netwerk dat u vertrouwt.',
  'workshop.continued': ({ count }) =>
    `De workshop in deze map gaat verder: ${plural(count, 'deelnemer', 'deelnemers')} deden al mee.`,
  'workshop.stopped': ({ dir, command }) =>
    `De workshop is gestopt. De antwoordbestanden staan in ${dir}; bereken de scores met: ${command}`,
  'workshop.bad-state': ({ file }) =>
    `${file} is geen workshopbestand dat datascan heeft geschreven; zet het ergens anders neer of kies een andere --dir`,
  'workshop.other-questionnaire': ({ file, id }) =>
    `${file} hoort bij een workshop over de vragenlijst ${id}; kies een andere --dir`,
  'workshop.bad-port': ({ port }) => `--port: ${port} is geen poortnummer (0 tot en met 65535)`,
  'workshop.bad-max-participants': ({ value }) => `--max-participants: ${value} is geen aantal deelnemers (1 of meer)`,
  'workshop.cannot-listen': ({ address, problem }) => `kan niet luisteren op ${address}: ${problem}`,
  'workshop.locked': ({ dir, pid, host, since, lockFile }) =>
    `${dir} is in gebruik door een andere datascan workshop (proces ${pid} op ${host}, sinds ${since}); stop die eerst, of verwijder ${lockFile} als die niet meer draait`,
  'workshop.bad-certificate': ({ option, file, code }) =>
    code !== undefined
      ? `${option} ${file}: kan het niet lezen (${code})`
      : `${option} ${file}: geen PEM-certificaat of privésleutel, of de sleutel hoort niet bij het certificaat`,
  'workshop.cert-needs-key': ({ given, missing }) =>
    `${given} vraagt ook ${missing}: voor HTTPS zijn het certificaat en de privésleutel allebei nodig`,
  'option.questionnaire-no-effect': () =>
    'datascan: --questionnaire heeft geen effect: er is geen CSV-bestand of werkmap bij de antwoorden, en antwoordbestanden noemen zelf hun vragenlijst',
};

export const TOOL_TEXTS: { readonly en: Catalogue; readonly nl: Catalogue } = { en, nl };

export type ToolTextId = keyof Catalogue;
export type ToolValues<K extends ToolTextId> = Parameters<Catalogue[K]> extends [] ? [] : [Parameters<Catalogue[K]>[0]];

/** A text of this catalogue: `tool('output.wrote', { file })`. */
export function tool<K extends ToolTextId>(id: K, ...values: ToolValues<K>): ToolText {
  return values.length > 0 ? { id, values: values[0] as Record<string, unknown> } : { id };
}

/** Whether a text is a finding's (so it can be one again: a test file's missing answer files). */
export function isFindingText(said: Said): said is FindingText {
  return typeof said !== 'string' && !(said.id in en);
}

/** A message in a language (English for one without a catalogue). */
export function say(said: Said, language: string): string {
  if (typeof said === 'string') return said;
  const catalogue = pickCatalogue(TOOL_TEXTS, language) as unknown as Record<string, Entry<unknown> | undefined>;
  const entry = catalogue[said.id];
  if (!entry) return sayFinding(said as Phrase, language);
  return entry(said.values ?? {}, (nested) => say(nested, language), language);
}
