/**
 * `datascan test [paths…]`: runs test files against their questionnaires, so that an edit which
 * changes what a scan measures (a weight, a threshold, a moved question) fails in CI. `--update`
 * rewrites the expectations after an intended change.
 */
import { EXIT, UserError } from '../../node/errors.js';
import { tool } from '../../node/messages.js';
import { localizeFindings } from '../../diagnostics/localize.js';
import type { TestFileResult } from '../../testing/types.js';
import {
  findTestFiles,
  registerQuestionnairesIn,
  runTestFile,
  updateTestFile,
  type TestFileRun,
} from '../../node/test-files.js';
import { describeDifference, describeUpdate, summariseTests, summaryLine, testWords } from '../../testing/describe.js';
import { renderTestGithub } from '../../testing/render/github.js';
import { renderTestJson } from '../../testing/render/json.js';
import { renderTestJunit } from '../../testing/render/junit.js';
import { renderTestText } from '../../testing/render/text.js';
import { openWorkspace, warnIn } from '../catalog.js';
import type { CommandContext } from '../context.js';
import type { TestOptions } from '../program.js';

/** Where the tests live in a questionnaire author's repository, as in datascan's own. */
const DEFAULT_PATH = 'questionnaires';

function where(file: string, position: { line: number; column: number }): string {
  return position.line > 0 ? `${file}:${position.line}:${position.column}` : file;
}

/** Rewrites the expectations of each run that has differences, says what changed, and runs the rewritten files again. */
function update(
  runs: TestFileRun[],
  run: (file: string) => TestFileRun,
  say: (text: string) => void,
  language: string,
): TestFileRun[] {
  const words = testWords(language);
  let changed = 0;
  let files = 0;
  const updated = runs.map((r) => {
    const plan = updateTestFile(r);
    const tolerance = (index: number) => r.result.cases[index]?.tolerance ?? 0;
    for (const u of plan.updates)
      say(`${where(r.result.file, u.position)}: ${u.name} › ${describeUpdate(u, tolerance(u.index), language)}\n`);
    for (const { name, difference, index } of plan.left)
      say(
        `${where(r.result.file, difference.position)}: ${name} › ${words.notUpdated}: ${describeDifference(difference, tolerance(index), language)}\n`,
      );
    if (plan.updates.length === 0) return r;
    changed += plan.updates.length;
    files++;
    return run(r.result.file);
  });
  say(`${words.updated(changed, files)}\n`);
  return updated;
}

/** A test file's result with its findings said in `language`. */
function inLanguage(result: TestFileResult, language: string): TestFileResult {
  return {
    ...result,
    problems: localizeFindings(result.problems, language),
    cases: result.cases.map((c) => ({
      ...c,
      findings: localizeFindings(c.findings, language),
      problems: localizeFindings(c.problems, language),
    })),
  };
}

export async function testCommand(paths: string[], options: TestOptions, ctx: CommandContext): Promise<number> {
  // Commander has checked --format against its choices.
  const format = options.format ?? 'text';
  const inputs = paths.length > 0 ? paths : [DEFAULT_PATH];
  const files = findTestFiles(inputs, warnIn(ctx.language));
  if (files.length === 0) throw new UserError(tool('input.no-test-files', { inputs }), EXIT.usage);
  const workspace = openWorkspace(options.dir ?? [], ctx, options.allowOutside);
  registerQuestionnairesIn(inputs, workspace, warnIn(ctx.language));
  const run = (file: string) => runTestFile(file, workspace);
  let runs = files.map(run);
  // What changed is the output of --update as text; beside JSON or XML it goes to stderr.
  if (options.update) runs = update(runs, run, format === 'text' ? ctx.stdout : ctx.stderr, ctx.language);

  const results = runs.map((r) => inLanguage(r.result, ctx.language));
  const summary = summariseTests(results);
  switch (format) {
    case 'json':
      ctx.stdout(renderTestJson(results, summary, ctx.language));
      break;
    case 'junit':
      ctx.stdout(renderTestJunit(results, ctx.language));
      break;
    case 'github':
      ctx.stdout(renderTestGithub(results, ctx.language));
      ctx.stderr(summaryLine(summary, ctx.language) + '\n');
      break;
    default:
      ctx.stdout(renderTestText(results, summary, ctx.style, ctx.language));
  }
  // A test file that could not be read at all is an I/O error, as for validate.
  const unreadable = results.some((r) =>
    r.problems.some((d) => d.file === r.file && (d.rule === 'file-not-found' || d.rule === 'file-unreadable')),
  );
  if (unreadable) return EXIT.usage;
  return summary.failed > 0 ? EXIT.findings : EXIT.ok;
}
