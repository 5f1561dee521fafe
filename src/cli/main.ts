/**
 * The datascan command line: parses flags, hands each command to its module (imported only when
 * that command runs, so start-up stays cheap) and turns the outcome into an exit code.
 */
import { Command, CommanderError } from '@commander-js/extra-typings';
import type { CommandContext } from './context.js';
import { EXIT, UserError } from '../node/errors.js';
import { say, tool } from '../node/messages.js';
import { messageLanguage } from './language.js';
import {
  compareSpec,
  examples,
  formSpec,
  workshopSpec,
  listSpec,
  migrateSpec,
  planSpec,
  runSpec,
  consensusSpec,
  scoreSpec,
  showSpec,
  templateSpec,
  testSpec,
  validateSpec,
} from './program.js';
import { safeLine, safeText } from '../util/safe-text.js';
import { readVersion } from '../node/version.js';

export async function main(argv: string[]): Promise<number> {
  const version = readVersion();
  // The global options first, so that their types are the program's.
  const program = new Command('datascan')
    .description('Run maturity scans: validate questionnaires, collect answers, score maturity profiles.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--color', 'force colour output')
    .option('--no-color', 'no colour output (NO_COLOR is honoured too)')
    .option(
      '--no-cache',
      'do not use the caches of checked questionnaires and compiled code (DATASCAN_NO_CACHE=1 does the same)',
    );
  let exitCode: number = EXIT.ok;
  // The language of messages: the locale's until a command's --lang says otherwise.
  let language = messageLanguage(undefined, process.env);

  // Colour (chalk) is loaded only when a command runs: `--version` and `--help` do without.
  const context = async (): Promise<CommandContext> => {
    const { makeStyle, useColor } = await import('./style.js');
    const { color, cache } = program.opts();
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
      language,
    };
  };
  /**
   * Runs a command and keeps its exit code; user errors become one line on stderr. `lang`: the
   * command's --lang, which (where given) is also the language of messages.
   */
  const run = (lang: string | undefined, action: (ctx: CommandContext) => Promise<number>) => async () => {
    language = messageLanguage(lang, process.env);
    exitCode = await action(await context());
  };

  program
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

  validateSpec(program).action((paths, options) =>
    run(options.lang, async (ctx) => (await import('./commands/validate.js')).validateCommand(paths, options, ctx))(),
  );

  listSpec(program).action((options) =>
    run(options.lang, async (ctx) => (await import('./commands/list.js')).listCommand(options, ctx))(),
  );

  showSpec(program).action((ref, options) =>
    run(options.lang, async (ctx) => (await import('./commands/show.js')).showCommand(ref, options, ctx))(),
  );

  runSpec(program).action((ref, options) =>
    run(options.lang, async (ctx) => (await import('./commands/run.js')).runCommand(ref, options, ctx))(),
  );

  consensusSpec(program).action((inputs, options) =>
    run(options.lang, async (ctx) =>
      (await import('./commands/consensus.js')).consensusCommand(inputs, options, ctx),
    )(),
  );
  scoreSpec(program).action((inputs, options) =>
    run(options.lang, async (ctx) => (await import('./commands/score.js')).scoreCommand(inputs, options, ctx))(),
  );

  compareSpec(program).action((before, after, later, options) =>
    run(options.lang, async (ctx) =>
      (await import('./commands/compare.js')).compareCommand([before, after, ...later], options, ctx),
    )(),
  );

  migrateSpec(program).action((inputs, options) =>
    run(options.lang, async (ctx) => (await import('./commands/migrate.js')).migrateCommand(inputs, options, ctx))(),
  );

  planSpec(program).action((inputs, options) =>
    run(options.lang, async (ctx) => (await import('./commands/plan.js')).planCommand(inputs, options, ctx))(),
  );

  templateSpec(program).action((ref, options) =>
    run(options.lang, async (ctx) => (await import('./commands/template.js')).templateCommand(ref, options, ctx))(),
  );

  formSpec(program).action((ref, options) =>
    run(options.lang, async (ctx) => (await import('./commands/form.js')).formCommand(ref, options, ctx))(),
  );

  workshopSpec(program).action((ref, options) =>
    run(options.lang, async (ctx) => (await import('./commands/workshop.js')).workshopCommand(ref, options, ctx))(),
  );

  testSpec(program).action((paths, options) =>
    run(options.lang, async (ctx) => (await import('./commands/test.js')).testCommand(paths, options, ctx))(),
  );

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit cleanly; every other parse problem is a usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    // Messages may quote a file (a key, a value, a path found in a folder): safe text on stderr.
    if (error instanceof UserError) {
      process.stderr.write(`datascan: ${safeLine(say(error.said, language))}\n`);
      return error.exitCode;
    }
    const detail = process.env.DATASCAN_DEBUG ? `\n${(error as Error).stack ?? ''}` : '';
    const message = say(tool('internal-error', { detail: (error as Error).message }), language);
    process.stderr.write(`datascan: ${safeText(message)}${safeText(detail)}\n`);
    return EXIT.usage;
  }
  return exitCode;
}
