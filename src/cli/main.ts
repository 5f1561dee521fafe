/**
 * The datascan command line: parses flags, hands each command to its module (imported only when
 * that command runs, so start-up stays cheap) and turns the outcome into an exit code.
 */
import { Command, CommanderError, Option } from 'commander';
import fs from 'node:fs';
import path from 'node:path';
import type { CommandContext } from './context.js';
import { EXIT, UserError } from './errors.js';
import { packageRoot } from './paths.js';
import { makeStyle, useColor } from './style.js';

function readVersion(): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

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

  const context = (): CommandContext => {
    const color = program.opts<{ color?: boolean }>().color;
    return {
      stdout: (t) => void process.stdout.write(t),
      stderr: (t) => void process.stderr.write(t),
      style: makeStyle(useColor(process.stdout, color)),
      errStyle: makeStyle(useColor(process.stderr, color)),
      stdoutIsTTY: Boolean(process.stdout.isTTY),
      stderrIsTTY: Boolean(process.stderr.isTTY),
      stdoutColumns: process.stdout.columns ?? 80,
      version,
    };
  };
  /** Runs a command and keeps its exit code; user errors become one line on stderr. */
  const run = (action: (ctx: CommandContext) => Promise<number>) => async () => {
    exitCode = await action(context());
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
    .addHelpText('after', examples(['datascan validate', 'datascan list', 'datascan show odg-scan', 'datascan validate questionnaires/ --format github']) + '\nExit codes: 0 ok, 1 findings or bad input, 2 usage or I/O error, 130 cancelled.\n');

  program
    .command('validate')
    .description('check questionnaire, model and answer files (files or folders; default: the shipped questionnaires)')
    .argument('[paths...]', 'files or folders')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'github', 'sarif']).default('text'))
    .option('--strict', 'treat warnings as errors (exit 1)')
    .option('--dir <folder>', 'also find questionnaires named in answer files here (repeatable)', collect)
    .addHelpText('after', examples([
      'datascan validate',
      'datascan validate questionnaires/ examples/',
      'datascan validate my-model.yaml --strict',
      'datascan validate questionnaires/ --format github   # annotations in GitHub Actions',
      'datascan validate . --format sarif > datascan.sarif',
    ]) + '\nPrints path:line:column: severity rule message. Exit 0 without errors, 1 with errors (or warnings with --strict), 2 on usage errors or unreadable paths.\n')
    .action((paths: string[], options) => run(async (ctx) => (await import('./commands/validate.js')).validateCommand(paths, options, ctx))());

  program
    .command('list')
    .description('list the shipped questionnaires and those in --dir folders')
    .option('--dir <folder>', 'also list questionnaires in this folder (repeatable)', collect)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addOption(new Option('--lang <language>', 'language of titles'))
    .addHelpText('after', examples(['datascan list', 'datascan list --dir ./my-questionnaires', 'datascan list --format json']))
    .action((options) => run(async (ctx) => (await import('./commands/list.js')).listCommand(options, ctx))());

  program
    .command('show')
    .description("print a questionnaire's structure (dimensions, subdimensions, levels, questions)")
    .argument('<questionnaire>', 'a questionnaire id (see `datascan list`) or a path')
    .option('--dir <folder>', 'also find questionnaires in this folder (repeatable)', collect)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addOption(new Option('--lang <language>', 'language of the texts'))
    .addHelpText('after', examples(['datascan show odg-scan', 'datascan show odg-quickscan --lang en', 'datascan show ./my-scan.yaml --format json > merged.json']))
    .action((ref: string, options) => run(async (ctx) => (await import('./commands/show.js')).showCommand(ref, options, ctx))());

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
    process.stderr.write(`datascan: internal error: ${(error as Error).message} (please report this; DATASCAN_DEBUG=1 shows details)${detail}\n`);
    return EXIT.usage;
  }
  return exitCode;
}
