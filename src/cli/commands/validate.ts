/** `datascan validate [paths…]`: the check CI jobs run on questionnaire and answer-file edits. */
import path from 'node:path';
import { renderGithub } from '../../diagnostics/render/github.js';
import { renderJson } from '../../diagnostics/render/json.js';
import { renderSarif, type ToolInfo } from '../../diagnostics/render/sarif.js';
import { renderText, summarise } from '../../diagnostics/render/text.js';
import { localizeFindings } from '../../diagnostics/localize.js';
import { diag } from '../../diagnostics/diag.js';
import { RULES } from '../../diagnostics/rules.js';
import { hasErrors, sortDiagnostics, withStrictness, type Diagnostic } from '../../diagnostics/types.js';
import { validateFiles } from '../../workspace/validate-files.js';
import { csvQuestionnaireFound, openWorkspace, warnIn } from '../catalog.js';
import type { CommandContext } from '../context.js';
import {
  answerFilePattern,
  expandInputs,
  isSpreadsheet,
  readAnswerInput,
  readAnswerInputOrWorkbook,
} from '../../node/inputs.js';
import { isFormat } from '../../util/file-formats.js';
import { EXIT, UserError } from '../../node/errors.js';
import { isFindingText, say, tool } from '../../node/messages.js';
import { msg } from '../../diagnostics/messages.js';
import { shippedQuestionnairesDir } from '../../node/paths.js';
import type { ValidateOptions } from '../program.js';
import { readHomepage } from '../../node/version.js';

export async function validateCommand(paths: string[], options: ValidateOptions, ctx: CommandContext): Promise<number> {
  // Commander has checked --format against its choices.
  const inputs = paths.length > 0 ? paths : [path.relative(process.cwd(), shippedQuestionnairesDir()) || '.'];
  // CSV answers do not name their questionnaire: folders and globs yield them only when
  // --questionnaire does. Globs are expanded as score expands them (shells on Windows do not).
  const files = expandInputs(inputs, { pattern: answerFilePattern(options.questionnaire), warn: warnIn(ctx.language) });
  if (files.length === 0)
    throw new UserError(tool('input.no-files', { inputs, csv: options.questionnaire !== undefined }), EXIT.usage);
  const workspace = openWorkspace(options.dir ?? [], ctx, options.allowOutside);
  // --questionnaire may name a questionnaire among the inputs: register those first (this reads
  // every input twice, which only CSV checks pay for).
  if (options.questionnaire !== undefined)
    workspace.registerQuestionnaires(
      files.filter((f) => !isSpreadsheet(f)),
      true,
    );
  const named =
    options.questionnaire === undefined ? undefined : csvQuestionnaireFound(options.questionnaire, workspace);
  const csvQuestionnaire = named?.questionnaire;
  // A --questionnaire that is no questionnaire is reported with the other findings, in the format
  // asked for: a CI job must not upload an empty report. Each CSV file says it was not checked.
  const ref = options.questionnaire ?? '';
  const what = msg('reference.questionnaire', {
    ref,
    ...(named?.file !== undefined && named.file !== ref ? { file: named.file } : {}),
  });
  const problem = named?.problem ?? '';
  const why =
    named?.exitCode === EXIT.usage
      ? msg('questionnaire.unusable', { what, reason: 'unreadable' })
      : named?.checked?.diagnostics.some((d) => d.severity === 'error')
        ? msg('questionnaire.unusable', { what, reason: 'errors' })
        : msg('questionnaire.option-problem', {
            ref,
            problem: isFindingText(problem) ? problem : say(problem, 'en'),
          });
  const table = options.ignoreColumn ? { ignoreColumns: options.ignoreColumn } : {};
  // Workbooks can only be read asynchronously: read first, their findings kept for their turn.
  const workbookFindings = new Map<string, readonly Diagnostic[]>();
  for (const file of files)
    if (isFormat(file, 'xlsx'))
      workbookFindings.set(
        file,
        (await readAnswerInputOrWorkbook(file, workspace, csvQuestionnaire, table)).diagnostics,
      );
  const found = validateFiles(workspace, files, {
    checkWorkbook: (file) => workbookFindings.get(file) ?? [],
    checkCsv: (file) =>
      named && !csvQuestionnaire
        ? [diag(file, 'unknown-questionnaire', msg('csv.not-checked', { why }))]
        : readAnswerInput(file, workspace, csvQuestionnaire, table).diagnostics,
  });
  const all = [...found.values()].flat();
  if (named?.checked && !named.questionnaire && !found.has(path.resolve(named.checked.file)))
    all.push(...named.checked.diagnostics);
  else if (named && !named.checked && !files.some(isSpreadsheet))
    // An id nobody knows, and no CSV file to say so: the finding is about the name given.
    all.push(diag(ref, 'unknown-questionnaire', why));
  const diagnostics = localizeFindings(withStrictness(all, options.strict), ctx.language);
  const reported = found;
  sortDiagnostics(diagnostics);
  const summary = summarise(diagnostics, reported.size);
  switch (options.format) {
    case 'json':
      ctx.stdout(renderJson(diagnostics));
      break;
    case 'github':
      ctx.stdout(renderGithub(diagnostics));
      ctx.stderr(renderText([], summary, ctx.errStyle, ctx.language));
      break;
    case 'sarif':
      ctx.stdout(renderSarif(diagnostics, sarifTool(ctx.version), { root: process.cwd() }));
      break;
    default:
      ctx.stdout(renderText(diagnostics, summary, ctx.style, ctx.language));
  }
  // A file that could not be read is an I/O error (exit 2), whatever else was found.
  if (diagnostics.some((d) => d.rule === 'file-not-found' || d.rule === 'file-unreadable')) return EXIT.usage;
  return hasErrors(diagnostics, options.strict) ? EXIT.findings : EXIT.ok;
}

/** datascan as SARIF describes it: the rules' help is the README's "Rules" section. */
function sarifTool(version: string): ToolInfo {
  const homepage = readHomepage();
  return {
    name: 'datascan',
    version,
    rules: RULES,
    ...(homepage ? { informationUri: homepage, helpUri: `${homepage.replace(/#.*$/, '')}#rules` } : {}),
  };
}
