/**
 * What each command accepts: its arguments and options, declared once with commander's extra
 * typings, so the option types the commands receive are derived from these declarations rather
 * than written by hand beside them. main.ts attaches the actions.
 */
import { Option, type Command } from '@commander-js/extra-typings';
import { COMPARISON_FORMATS, SCORE_FORMATS } from '../report/profile/formats.js';
import { DEFAULT_MAX_PARTICIPANTS } from '../workshop/state.js';

export function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

const ALLOW_OUTSIDE =
  "read files named inside files (a model file, a questionnaire) wherever they lie; by default only in the naming file's folder or the working folder, or below them";

const MESSAGES_LANG =
  "language of datascan's messages and findings: nl or en (default: the locale, nl for a Dutch one)";

/** The options a command's action receives, as its declaration types them. Callers outside commander may leave any out. */
type OptionsOf<Spec extends (program: Command) => { opts(): object }> = Partial<ReturnType<ReturnType<Spec>['opts']>>;

const IGNORE_COLUMN =
  'a CSV column that holds no answers, left out instead of refused (repeatable; its header as written, case and spacing aside)';

export type ValidateOptions = OptionsOf<typeof validateSpec>;
export type ListOptions = OptionsOf<typeof listSpec>;
export type ShowOptions = OptionsOf<typeof showSpec>;
export type RunOptions = OptionsOf<typeof runSpec>;
export type ScoreOptions = OptionsOf<typeof scoreSpec>;
export type CompareOptions = OptionsOf<typeof compareSpec>;
export type TemplateOptions = OptionsOf<typeof templateSpec>;
export type FormOptions = OptionsOf<typeof formSpec>;
export type WorkshopOptions = OptionsOf<typeof workshopSpec>;
export type TestOptions = OptionsOf<typeof testSpec>;
export type MigrateOptions = OptionsOf<typeof migrateSpec>;
export type ConsensusOptions = OptionsOf<typeof consensusSpec>;
export type PlanOptions = OptionsOf<typeof planSpec>;

export function validateSpec(program: Command) {
  return program
    .command('validate')
    .description(
      'check questionnaire, model and answer files (files, folders or globs; default: the shipped questionnaires)',
    )
    .argument('[paths...]', 'files, folders or globs (quoted, so that datascan expands them)')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['text', 'json', 'github', 'sarif'] as const)
        .default('text'),
    )
    .option('--strict', 'treat warnings as errors (exit 1)')
    .option('--lang <language>', MESSAGES_LANG)
    .option('--dir <folder>', 'also find questionnaires named in answer files here (repeatable)', collect)
    .option(
      '--questionnaire <id|path>',
      'the questionnaire CSV answer files belong to (CSV files are checked only with it)',
    )
    .option('--ignore-column <name>', IGNORE_COLUMN, collect)
    .option('--allow-outside', ALLOW_OUTSIDE)
    .addHelpText(
      'after',
      examples([
        'datascan validate',
        'datascan validate survey.csv --questionnaire odg-quickscan',
        'datascan validate questionnaires/ examples/',
        'datascan validate "answers/**/*.yaml"',
        'datascan validate my-model.yaml --strict',
        'datascan validate questionnaires/ --format github   # annotations in GitHub Actions',
        'datascan validate questionnaires/ answers/ --format sarif > datascan.sarif',
      ]) +
        '\nPrints path:line:column: severity rule message. Exit 0 without errors, 1 with errors (or warnings with --strict), 2 on usage errors or unreadable paths.\n',
    );
}

export function listSpec(program: Command) {
  return program
    .command('list')
    .description('list the shipped questionnaires and those in --dir folders')
    .option('--dir <folder>', 'also list questionnaires in this folder (repeatable)', collect)
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['table', 'json'] as const).default('table'),
    )
    .addOption(new Option('--lang <language>', 'language of titles and messages (default: the locale)'))
    .option('--allow-outside', ALLOW_OUTSIDE)
    .addHelpText(
      'after',
      examples(['datascan list', 'datascan list --dir ./my-questionnaires', 'datascan list --format json']),
    );
}

export function showSpec(program: Command) {
  return program
    .command('show')
    .description("print a questionnaire's structure (dimensions, subdimensions, levels, questions)")
    .argument('<questionnaire>', 'a questionnaire id (see `datascan list`) or a path')
    .option('--dir <folder>', 'also find questionnaires in this folder (repeatable)', collect)
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['table', 'json'] as const).default('table'),
    )
    .addOption(new Option('--lang <language>', 'language of the texts, headings and messages (default: the locale)'))
    .option('--allow-outside', ALLOW_OUTSIDE)
    .addHelpText(
      'after',
      examples([
        'datascan show odg-scan',
        'datascan show odg-quickscan --lang en',
        'datascan show ./my-scan.yaml --format json > merged.json',
      ]),
    );
}

export function runSpec(program: Command) {
  return program
    .command('run')
    .description('the interactive scan: ask the questions in a terminal, save after every answer, print the profile')
    .argument('[questionnaire]', 'a questionnaire id (see `datascan list`) or a path; optional with --resume')
    .option('-o, --output <file>', 'answer file to write (default: <questionnaire>-<organisation>-<date>.yaml here)')
    .option('--resume <file>', 'continue an interrupted (or finished) interview in this answer file')
    .option('--organisation <name>', 'the organisation (not asked then)')
    .option('--respondent <name>', 'who answers (not asked then)')
    .option('--role <role>', "the respondent's role (not asked then)")
    .option(
      '--lang <language>',
      'language of questions and messages: nl or en (default: nl; en with an English locale)',
    )
    .option('--targets', 'ask the ambition per dimension after the overview, beside the level reached')
    .option('--dir <folder>', 'also find questionnaires in this folder (repeatable)', collect)
    .option('--allow-outside', ALLOW_OUTSIDE)
    .addHelpText(
      'after',
      examples([
        'datascan run odg-scan',
        'datascan run odg-quickscan -o gemeente-x.yaml --organisation "Gemeente X"',
        'datascan run --resume gemeente-x.yaml',
        'datascan run odg-scan --lang en --targets',
      ]) +
        '\nAnswers are saved after every question; Ctrl-C saves and stops (exit 130), --resume continues.\nNeeds a terminal: for scripted use write an answer file and use `datascan score`.\n',
    );
}

export function consensusSpec(program: Command) {
  return program
    .command('consensus')
    .description(
      'the consensus round on the projector: per disagreement the answers of the room, then the answer agreed and why; saved after every answer',
    )
    .argument(
      '<answers...>',
      "the participants' answer files (YAML, JSON, workbooks; CSV with --questionnaire), folders or globs",
    )
    .requiredOption('-o, --output <file>', 'the consensus file to write (.yaml or .json)')
    .option('--resume', 'continue the round in the -o file')
    .option('--all', 'discuss every question, the disagreements first')
    .option(
      '--disagreement <n>',
      'participants disagree on a unit when their scores differ by at least this (default 1)',
    )
    .option(
      '--lang <language>',
      'language of questions and messages: nl or en (default: nl; en with an English locale)',
    )
    .option(
      '--anonymise',
      'name participants only "Respondent 1…N" (in file-name order) in the file\'s sources and in findings; the screens never name anyone',
    )
    .option('--keep-roles', "with --anonymise: keep participants' roles")
    .option('--complete-only', 'leave out answer files still in progress (an interview or form not finished)')
    .option('--drop-duplicates', 'of answer sets with the same respondent name and answers, count only the first')
    .option('--questionnaire <id|path>', 'the questionnaire CSV answers belong to')
    .option('--dir <folder>', 'also find questionnaires named in answer files here (repeatable)', collect)
    .option('--allow-outside', ALLOW_OUTSIDE)
    .addHelpText(
      'after',
      examples([
        'datascan consensus antwoorden/ -o consensus.yaml',
        'datascan consensus antwoorden/ -o consensus.yaml --resume',
        'datascan consensus antwoorden/ -o consensus.yaml --all --lang en',
      ]) +
        "\nQuestions not discussed keep the participants' combined value (marked basis: combined).\nCtrl-C saves and stops (exit 130); --resume continues.\n",
    );
}

export function scoreSpec(program: Command) {
  return program
    .command('score')
    .description('score answer files into maturity profiles (files, folders or globs; CSV with --questionnaire)')
    .argument('<inputs...>', 'answer files (YAML, JSON or CSV), folders or globs')
    .addOption(new Option('-f, --format <format>', 'output format').choices(SCORE_FORMATS).default('table'))
    .option('-o, --output <file>', 'write to this file (atomically) instead of stdout')
    .option('--force', 'let --output replace an answer file, questionnaire or model file')
    .option(
      '--lang <language>',
      "language of names, levels and steps (nl or en; default: the questionnaire's first) and of messages (default: the locale)",
    )
    .option(
      '--target <target>',
      'ambition, a level by rank or id: for every dimension (`3`, `verankeren`) or for one unit (`privacy=4`); repeatable, beats the answer files',
      collect,
    )
    .option('--aggregate', 'score all answer sets together as one group profile')
    .option(
      '--organisation <name>',
      'the organisation the profiles name, whatever the answer files say (not with --group-by)',
    )
    .addOption(
      new Option(
        '--group-by <key>',
        'one group profile per organisation (same organisation and questionnaire)',
      ).choices(['organisation'] as const),
    )
    .option(
      '--disagreement <n>',
      'respondents disagree on a unit when their scores differ by at least this (default 1)',
    )
    .addOption(
      new Option(
        '--respondents <rule>',
        "how several respondents' values for one question combine (default: the questionnaire's scoring.respondents, else mean)",
      ).choices(['mean', 'median', 'min', 'max'] as const),
    )
    .option('--top <n>', 'keep only the first N next-step groups (and, in HTML, discussion points)')
    .option('--plan <file>', 'an action plan (from `datascan plan`): per unit how many of its actions are done')
    .option(
      '--explain',
      'show for every number which answers, weights and thresholds produced it (table, markdown; json and ndjson carry it as `explanation`)',
    )
    .option('--questionnaire <id|path>', 'the questionnaire CSV answers belong to (required for CSV input)')
    .option('--ignore-column <name>', IGNORE_COLUMN, collect)
    .addOption(
      // No commander default: a dialect given with another format is then told apart, and said to do nothing.
      new Option(
        '--csv-dialect <dialect>',
        'CSV output: en (`,` and decimal points; the default) or nl (`;` and decimal commas, for Dutch Excel)',
      ).choices(['en', 'nl'] as const),
    )
    .option('--complete-only', 'leave out answer files still in progress (an interview or form not finished)')
    .option(
      '--drop-duplicates',
      'of answer sets scored together with the same respondent name and answers, count only the first',
    )
    .option(
      '--anonymise',
      'name respondents only "Respondent 1…N" (in file-name order), in every format and finding; drops roles and file names',
    )
    .option('--keep-roles', "with --anonymise: keep respondents' roles")
    .option('--strict', 'treat warnings (such as a version mismatch) as errors')
    .option('--dir <folder>', 'also find questionnaires named in answer files here (repeatable)', collect)
    .option('--allow-outside', ALLOW_OUTSIDE)
    .addHelpText(
      'after',
      examples([
        'datascan score answers.yaml',
        'datascan score examples/gemeente-voorbeeld/scan-2026 --aggregate --explain',
        'datascan score zuiderhaven/ --aggregate --organisation "Gemeente Zuiderhaven"',
        'datascan score "answers/**/*.yaml" --group-by organisation --format markdown -o report.md',
        'datascan score survey.csv --questionnaire odg-quickscan --format csv --csv-dialect nl -o scores.csv',
        'datascan score forms-export.csv --questionnaire odg-quickscan --aggregate --ignore-column "Opmerkingen"',
        'datascan score answers/ --format ndjson > profiles.ndjson',
        'datascan score answers.yaml --target 3 --target privacy=4 --top 5',
        'datascan score examples/gemeente-voorbeeld/scan-2026 --aggregate --format html -o rapport.html',
        'datascan score examples/gemeente-voorbeeld/scan-2026 --format xlsx -o profielen.xlsx',
      ]) +
        '\nA bad file is reported (file:line:column) and skipped; the exit status is then 1.\n--format json prints a single profile (one answer set, or --aggregate) as an object, none or several as an array.\n--aggregate warns when the answer files name different organisations; --organisation names the profile then.\n',
    );
}

export function compareSpec(program: Command) {
  return program
    .command('compare')
    .description(
      'compare two or more scans of the same model: answer files, folders (scored as a group) or profile JSON',
    )
    .argument('<before>', 'the earlier scan: an answer file, a folder or glob of answer files, or a profile JSON file')
    .argument('<after>', 'the later scan')
    .argument(
      '[later...]',
      'more scans: a trend, in date order (in the order given when a scan has no date or two share one)',
    )
    .addOption(new Option('-f, --format <format>', 'output format').choices(COMPARISON_FORMATS).default('table'))
    .option('-o, --output <file>', 'write to this file (atomically) instead of stdout')
    .option('--force', 'let --output replace an answer file, questionnaire or model file')
    .option(
      '--lang <language>',
      'language of names and levels when scoring answer files, and of messages (default: the locale)',
    )
    .option(
      '--organisation <name>',
      'the organisation both scans are of, whatever the files call it (one organisation spelled two ways)',
    )
    .option('--questionnaire <id|path>', 'the questionnaire CSV answers belong to')
    .option(
      '--plan <file>',
      'an action plan (from `datascan plan`): per unit how many of its actions are done, beside its change in level',
    )
    .option('--ignore-column <name>', IGNORE_COLUMN, collect)
    .option(
      '--anonymise',
      'name respondents only "Respondent 1…N" (in file-name order), in every format and finding; drops roles and file names',
    )
    .option('--keep-roles', "with --anonymise: keep respondents' roles")
    .option('--strict', 'treat warnings in answer files as errors')
    .option('--dir <folder>', 'also find questionnaires named in answer files here (repeatable)', collect)
    .option('--allow-outside', ALLOW_OUTSIDE)
    .addHelpText(
      'after',
      examples([
        'datascan compare examples/gemeente-voorbeeld/quickscan-2025.yaml examples/gemeente-voorbeeld/scan-2026',
        'datascan compare profile-2025.json profile-2026.json --format markdown',
        'datascan compare zuiderhaven-2025/ zuiderhaven-2026/ --organisation "Gemeente Zuiderhaven"',
        'datascan compare examples/gemeente-voorbeeld/quickscan-2025.yaml examples/gemeente-voorbeeld/scan-2026 --format html -o voortgang.html',
        'datascan compare examples/gemeente-voorbeeld/scan-2024 examples/gemeente-voorbeeld/scan-2025 examples/gemeente-voorbeeld/scan-2026',
      ]) +
        '\nOnly questionnaires of the same model are comparable; others exit 1 with a message.\nTwo scans are compared in the order given; three or more are a trend, put in date order.\n',
    );
}

export function planSpec(program: Command) {
  return program
    .command('plan')
    .description('write an action plan: one action per next step, with owner, due date and status to fill in')
    .argument('<inputs...>', 'answer files, folders or globs (scored together), or one profile JSON file')
    .requiredOption(
      '-o, --output <file>',
      'the plan file (YAML) to write; an existing plan is updated, keeping its edits',
    )
    .option('--top <n>', 'only the steps of the first N next-step groups')
    .option(
      '--lang <language>',
      'language of the step texts when scoring answer files (nl or en), and of messages (default: the locale)',
    )
    .option('--organisation <name>', 'the organisation the plan is of, whatever the answer files say')
    .option('--questionnaire <id|path>', 'the questionnaire CSV answers belong to')
    .option('--dir <folder>', 'also find questionnaires named in answer files here (repeatable)', collect)
    .option('--allow-outside', ALLOW_OUTSIDE)
    .addHelpText(
      'after',
      examples([
        'datascan plan examples/gemeente-voorbeeld/scan-2026 -o actieplan.yaml',
        'datascan plan profiel-2026.json -o actieplan.yaml --top 5',
        'datascan score scan-2027/ --aggregate --plan actieplan.yaml',
      ]) +
        '\nStatuses: open, in-progress, done, dropped (or open, bezig, gereed, vervallen). Written again after a new scan, the plan keeps the owners, dates, statuses, notes and comments of the actions that still apply; those that no longer apply are listed (and kept, marked, when something was filled in).\n',
    );
}

export function migrateSpec(program: Command) {
  return program
    .command('migrate')
    .description("carry answer files over to their questionnaire's current version along its migrations")
    .argument('<answer-files...>', 'answer files (YAML or JSON), folders or globs')
    .option('-o, --output <file>', 'write the migrated answers to this new file (one answer file only)')
    .option('--in-place', 'rewrite each answer file, keeping a copy as FILE.vOLD.bak first')
    .option('--to <version>', "migrate to this version on the way (default: the questionnaire's current version)")
    .option('--force', 'let --output replace an existing file')
    .option('--lang <language>', MESSAGES_LANG)
    .option('--dir <folder>', 'also find questionnaires named in answer files here (repeatable)', collect)
    .option('--allow-outside', ALLOW_OUTSIDE)
    .addHelpText(
      'after',
      examples([
        'datascan migrate scan-2025.yaml -o scan-2025-v1.1.yaml',
        'datascan migrate --in-place answers/',
        'datascan migrate --in-place "answers/**/*.yaml" --to 1.1.0',
      ]) +
        "\nAnswers carry over, move to renamed questions or are dropped, as the questionnaire's `migrations` say; notes, targets, the respondent and the session stay. Dropped answers are written as comments (YAML). Nothing is written when any file cannot be migrated (exit 1).\n",
    );
}

export function templateSpec(program: Command) {
  return program
    .command('template')
    .description(
      'write an empty answer file for a questionnaire: YAML with the questions as comments, a CSV header, or an Excel workbook to answer in',
    )
    .argument('<questionnaire>', 'a questionnaire id (see `datascan list`) or a path')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['yaml', 'csv', 'xlsx'] as const).default('yaml'),
    )
    .option('-o, --output <file>', 'write to this file (refused if it exists, unless --force)')
    .option('--force', 'overwrite the --output file')
    .option('--lang <language>', 'language of the comments, the workbook and messages (default: the locale)')
    .addOption(
      new Option('--csv-dialect <dialect>', 'CSV: en (`,`; the default) or nl (`;`, for Dutch Excel)').choices([
        'en',
        'nl',
      ] as const),
    )
    .option('--dir <folder>', 'also find questionnaires in this folder (repeatable)', collect)
    .option('--allow-outside', ALLOW_OUTSIDE)
    .addHelpText(
      'after',
      examples([
        'datascan template odg-scan -o gemeente-x.yaml',
        'datascan template odg-quickscan --format csv --csv-dialect nl -o enquete.csv',
        'datascan template odg-quickscan --format xlsx --lang nl -o vragenlijst.xlsx',
      ]),
    );
}

export function formSpec(program: Command) {
  return program
    .command('form')
    .description('write one offline HTML page in which participants answer in their browser and save an answer file')
    .argument('<questionnaire>', 'a questionnaire id (see `datascan list`) or a path')
    .option('-o, --output <file>', 'write the page to this .html file (atomically) instead of stdout')
    .option('--force', 'let --output replace an answer file, questionnaire or model file')
    .addOption(
      new Option(
        '--lang <language>',
        'language of the page: nl or en (default: nl; en with an English locale)',
      ).choices(['nl', 'en'] as const),
    )
    .option('--organisation <name>', 'the organisation, filled in for everyone (not editable in the page)')
    .option('--respondent <name>', 'who answers, filled in (not editable in the page)')
    .option('--role <role>', "the respondent's role, filled in (not editable in the page)")
    .option('--dir <folder>', 'also find questionnaires in this folder (repeatable)', collect)
    .option('--allow-outside', ALLOW_OUTSIDE)
    .addHelpText(
      'after',
      examples([
        'datascan form odg-scan -o scan.html --organisation "Gemeente X"',
        'datascan form odg-quickscan --lang en -o quickscan.html',
      ]) +
        '\nThe page works offline (file://), keeps a draft in the browser and saves the answer file `datascan run` writes; collect the files in a folder and `datascan score folder --aggregate`.\n',
    );
}

export function workshopSpec(program: Command) {
  return program
    .command('workshop')
    .description('serve the form to the room: participants answer in their browser, each into an answer file in --dir')
    .argument('<questionnaire>', 'a questionnaire id (see `datascan list`) or a path')
    .requiredOption(
      '--dir <folder>',
      'the folder for the answer files and the workshop state (made when missing); the same folder continues',
    )
    .option('--organisation <name>', 'the organisation, filled in for everyone')
    .option(
      '--max-participants <n>',
      'the most participants who can join; past it the join page says the workshop is full',
      String(DEFAULT_MAX_PARTICIPANTS),
    )
    .option(
      '--host <address>',
      'the address to listen on (default 127.0.0.1: this computer only; 0.0.0.0 serves the room)',
      '127.0.0.1',
    )
    .option('--port <n>', 'the port (0: any free port)', '8080')
    .option('--cert <file>', 'serve over HTTPS with this certificate (PEM; with --key)')
    .option('--key <file>', 'the private key of --cert (PEM)')
    .addOption(
      new Option(
        '--lang <language>',
        'language of the pages: nl or en (default: nl; en with an English locale)',
      ).choices(['nl', 'en'] as const),
    )
    .addHelpText(
      'after',
      examples([
        'datascan workshop odg-quickscan --dir workshop-2026 --organisation "Gemeente X"',
        'datascan workshop odg-scan --dir workshop --host 0.0.0.0 --port 8443 --cert laptop.pem --key laptop-key.pem',
      ]) +
        '\nStop with Ctrl-C; the answer files stay in the folder: `datascan score FOLDER --aggregate`.\nWithout --cert and --key it is plain HTTP: on a shared network others can read what is sent.\n',
    );
}

export function testSpec(program: Command) {
  return program
    .command('test')
    .description('run test files (*.test.yaml): answers in, the expected profile out (default: questionnaires/)')
    .argument('[paths...]', 'test files or folders (folders yield their *.test.yaml files)')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['text', 'json', 'junit', 'github'] as const)
        .default('text'),
    )
    .option('--lang <language>', MESSAGES_LANG)
    .option('--update', 'rewrite the expect blocks to what the questionnaires produce now (after an intended change)')
    .option('--dir <folder>', 'also find questionnaires named by id here (repeatable)', collect)
    .option('--allow-outside', ALLOW_OUTSIDE)
    .addHelpText(
      'after',
      examples([
        'datascan test',
        'datascan test questionnaires/tests/odg-quickscan.test.yaml',
        'datascan test questionnaires/ --format junit > datascan-tests.xml',
        'datascan test questionnaires/ --format github   # annotations in GitHub Actions',
        'datascan test --update',
      ]) +
        '\nQuestionnaires among the paths win over shipped ones with the same id. Exit 0 when every case passes, 1 when one fails, 2 on usage errors or unreadable paths.\n',
    );
}
