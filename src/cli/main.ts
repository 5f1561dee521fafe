/**
 * The datascan command line: parses flags, hands each command to its module (imported only when
 * that command runs, so start-up stays cheap) and turns the outcome into an exit code.
 */
import { Command, CommanderError, Option } from 'commander';
import type { CommandContext } from './context.js';
import { EXIT, UserError } from '../node/errors.js';
import { readVersion } from './version.js';

function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export async function main(argv: string[]): Promise<number> {
  const version = readVersion();
  const program = new Command('datascan');
  let exitCode: number = EXIT.ok;

  // Colour (chalk) is loaded only when a command runs: `--version` and `--help` do without.
  const context = async (): Promise<CommandContext> => {
    const { makeStyle, useColor } = await import('./style.js');
    const { color, cache } = program.opts<{ color?: boolean; cache: boolean }>();
    return {
      stdout: (t) => void process.stdout.write(t),
      drain: () =>
        process.stdout.writableNeedDrain
          ? new Promise<void>((resolve) => process.stdout.once('drain', resolve))
          : Promise.resolve(),
      stderr: (t) => void process.stderr.write(t),
      style: makeStyle(useColor(process.stdout, color)),
      errStyle: makeStyle(useColor(process.stderr, color)),
      stdoutIsTTY: Boolean(process.stdout.isTTY),
      stderrIsTTY: Boolean(process.stderr.isTTY),
      stdoutColumns: process.stdout.columns ?? 80,
      version,
      cache,
    };
  };
  /** Runs a command and keeps its exit code; user errors become one line on stderr. */
  const run = (action: (ctx: CommandContext) => Promise<number>) => async () => {
    exitCode = await action(await context());
  };

  program
    .description('Run maturity scans: validate questionnaires, collect answers, score maturity profiles.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--color', 'force colour output')
    .option('--no-color', 'no colour output (NO_COLOR is honoured too)')
    .option('--no-cache', 'do not use the cache of checked questionnaires (DATASCAN_NO_CACHE=1 does the same)')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) })
    .addHelpText(
      'after',
      examples([
        'datascan validate',
        'datascan list',
        'datascan show odg-scan',
        'datascan validate questionnaires/ --format github',
      ]) + '\nExit codes: 0 ok, 1 findings or bad input, 2 usage or I/O error, 130 cancelled.\n',
    );

  program
    .command('validate')
    .description('check questionnaire, model and answer files (files or folders; default: the shipped questionnaires)')
    .argument('[paths...]', 'files or folders')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'github', 'sarif']).default('text'),
    )
    .option('--strict', 'treat warnings as errors (exit 1)')
    .option('--dir <folder>', 'also find questionnaires named in answer files here (repeatable)', collect)
    .option(
      '--questionnaire <id|path>',
      'the questionnaire CSV answer files belong to (CSV files are checked only with it)',
    )
    .addHelpText(
      'after',
      examples([
        'datascan validate',
        'datascan validate survey.csv --questionnaire odg-quickscan',
        'datascan validate questionnaires/ examples/',
        'datascan validate my-model.yaml --strict',
        'datascan validate questionnaires/ --format github   # annotations in GitHub Actions',
        'datascan validate questionnaires/ answers/ --format sarif > datascan.sarif',
      ]) +
        '\nPrints path:line:column: severity rule message. Exit 0 without errors, 1 with errors (or warnings with --strict), 2 on usage errors or unreadable paths.\n',
    )
    .action((paths: string[], options) =>
      run(async (ctx) => (await import('./commands/validate.js')).validateCommand(paths, options, ctx))(),
    );

  program
    .command('list')
    .description('list the shipped questionnaires and those in --dir folders')
    .option('--dir <folder>', 'also list questionnaires in this folder (repeatable)', collect)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addOption(new Option('--lang <language>', 'language of titles'))
    .addHelpText(
      'after',
      examples(['datascan list', 'datascan list --dir ./my-questionnaires', 'datascan list --format json']),
    )
    .action((options) => run(async (ctx) => (await import('./commands/list.js')).listCommand(options, ctx))());

  program
    .command('show')
    .description("print a questionnaire's structure (dimensions, subdimensions, levels, questions)")
    .argument('<questionnaire>', 'a questionnaire id (see `datascan list`) or a path')
    .option('--dir <folder>', 'also find questionnaires in this folder (repeatable)', collect)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addOption(new Option('--lang <language>', 'language of the texts'))
    .addHelpText(
      'after',
      examples([
        'datascan show odg-scan',
        'datascan show odg-quickscan --lang en',
        'datascan show ./my-scan.yaml --format json > merged.json',
      ]),
    )
    .action((ref: string, options) =>
      run(async (ctx) => (await import('./commands/show.js')).showCommand(ref, options, ctx))(),
    );

  program
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
    .option('--targets', 'ask the ambition per dimension after the questions')
    .option('--dir <folder>', 'also find questionnaires in this folder (repeatable)', collect)
    .addHelpText(
      'after',
      examples([
        'datascan run odg-scan',
        'datascan run odg-quickscan -o gemeente-x.yaml --organisation "Gemeente X"',
        'datascan run --resume gemeente-x.yaml',
        'datascan run odg-scan --lang en --targets',
      ]) +
        '\nAnswers are saved after every question; Ctrl-C saves and stops (exit 130), --resume continues.\nNeeds a terminal: for scripted use write an answer file and use `datascan score`.\n',
    )
    .action((ref: string | undefined, options) =>
      run(async (ctx) => (await import('./commands/run.js')).runCommand(ref, options, ctx))(),
    );

  program
    .command('score')
    .description('score answer files into maturity profiles (files, folders or globs; CSV with --questionnaire)')
    .argument('<inputs...>', 'answer files (YAML, JSON or CSV), folders or globs')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['table', 'json', 'ndjson', 'csv', 'markdown', 'html'])
        .default('table'),
    )
    .option('-o, --output <file>', 'write to this file (atomically) instead of stdout')
    .option('--lang <language>', "language of names, levels and steps (nl or en; default: the questionnaire's first)")
    .option(
      '--target <target>',
      'ambition: a level for every dimension (`3`) or for one unit (`privacy=4`); repeatable, beats the answer files',
      collect,
    )
    .option('--aggregate', 'score all answer sets together as one group profile')
    .addOption(
      new Option(
        '--group-by <key>',
        'one group profile per organisation (same organisation and questionnaire)',
      ).choices(['organisation']),
    )
    .option(
      '--disagreement <n>',
      'respondents disagree on a unit when their scores differ by at least this (default 1)',
    )
    .option('--top <n>', 'keep only the first N next-step groups')
    .option('--explain', 'show for every number which answers, weights and thresholds produced it')
    .option('--questionnaire <id|path>', 'the questionnaire CSV answers belong to (required for CSV input)')
    .addOption(
      new Option(
        '--csv-dialect <dialect>',
        'CSV output: en (`,` and decimal points) or nl (`;` and decimal commas, for Dutch Excel)',
      )
        .choices(['en', 'nl'])
        .default('en'),
    )
    .option('--strict', 'treat warnings (such as a version mismatch) as errors')
    .option('--dir <folder>', 'also find questionnaires named in answer files here (repeatable)', collect)
    .addHelpText(
      'after',
      examples([
        'datascan score answers.yaml',
        'datascan score examples/gemeente-voorbeeld/scan-2026 --aggregate --explain',
        'datascan score "answers/**/*.yaml" --group-by organisation --format markdown -o report.md',
        'datascan score survey.csv --questionnaire odg-quickscan --format csv --csv-dialect nl -o scores.csv',
        'datascan score answers/ --format ndjson > profiles.ndjson',
        'datascan score answers.yaml --target 3 --target privacy=4 --top 5',
        'datascan score examples/gemeente-voorbeeld/scan-2026 --aggregate --format html -o rapport.html',
      ]) +
        '\nA bad file is reported (file:line:column) and skipped; the exit status is then 1.\n--format json prints a single profile (one answer set, or --aggregate) as an object, none or several as an array.\n',
    )
    .action((inputs: string[], options) =>
      run(async (ctx) => (await import('./commands/score.js')).scoreCommand(inputs, options, ctx))(),
    );

  program
    .command('compare')
    .description('compare two scans of the same model: answer files, folders (scored as a group) or profile JSON')
    .argument('<before>', 'the earlier scan: an answer file, a folder or glob of answer files, or a profile JSON file')
    .argument('<after>', 'the later scan')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['table', 'json', 'markdown', 'html'])
        .default('table'),
    )
    .option('-o, --output <file>', 'write to this file (atomically) instead of stdout')
    .option('--lang <language>', 'language of names and levels when scoring answer files')
    .option('--questionnaire <id|path>', 'the questionnaire CSV answers belong to')
    .option('--strict', 'treat warnings in answer files as errors')
    .option('--dir <folder>', 'also find questionnaires named in answer files here (repeatable)', collect)
    .addHelpText(
      'after',
      examples([
        'datascan compare examples/gemeente-voorbeeld/quickscan-2025.yaml examples/gemeente-voorbeeld/scan-2026',
        'datascan compare profile-2025.json profile-2026.json --format markdown',
        'datascan compare examples/gemeente-voorbeeld/quickscan-2025.yaml examples/gemeente-voorbeeld/scan-2026 --format html -o voortgang.html',
      ]) + '\nOnly questionnaires of the same model are comparable; others exit 1 with a message.\n',
    )
    .action((before: string, after: string, options) =>
      run(async (ctx) => (await import('./commands/compare.js')).compareCommand(before, after, options, ctx))(),
    );

  program
    .command('template')
    .description('write an empty answer file for a questionnaire: YAML with the questions as comments, or a CSV header')
    .argument('<questionnaire>', 'a questionnaire id (see `datascan list`) or a path')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['yaml', 'csv']).default('yaml'))
    .option('-o, --output <file>', 'write to this file (refused if it exists, unless --force)')
    .option('--force', 'overwrite the --output file')
    .option('--lang <language>', 'language of the comments')
    .addOption(
      new Option('--csv-dialect <dialect>', 'CSV: en (`,`) or nl (`;`, for Dutch Excel)')
        .choices(['en', 'nl'])
        .default('en'),
    )
    .option('--dir <folder>', 'also find questionnaires in this folder (repeatable)', collect)
    .addHelpText(
      'after',
      examples([
        'datascan template odg-scan -o gemeente-x.yaml',
        'datascan template odg-quickscan --format csv --csv-dialect nl -o enquete.csv',
      ]),
    )
    .action((ref: string, options) =>
      run(async (ctx) => (await import('./commands/template.js')).templateCommand(ref, options, ctx))(),
    );

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit cleanly; every other parse problem is a usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UserError) {
      process.stderr.write(`datascan: ${error.message}\n`);
      return error.exitCode;
    }
    const detail = process.env.DATASCAN_DEBUG ? `\n${(error as Error).stack ?? ''}` : '';
    process.stderr.write(
      `datascan: internal error: ${(error as Error).message} (please report this; DATASCAN_DEBUG=1 shows details)${detail}\n`,
    );
    return EXIT.usage;
  }
  return exitCode;
}
