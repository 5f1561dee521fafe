/** `datascan validate [paths…]`: the check CI jobs run on questionnaire and answer-file edits. */
import path from 'node:path';
import { renderGithub } from '../../diagnostics/render/github.js';
import { renderJson } from '../../diagnostics/render/json.js';
import { renderSarif } from '../../diagnostics/render/sarif.js';
import { renderText, summarise } from '../../diagnostics/render/text.js';
import { localizeFindings } from '../../diagnostics/localize.js';
import { RULES } from '../../diagnostics/rules.js';
import { hasErrors, sortDiagnostics, withStrictness } from '../../diagnostics/types.js';
import { validateFiles } from '../../workspace/validate-files.js';
import { csvQuestionnaireFrom, openWorkspace } from '../catalog.js';
import type { CommandContext } from '../context.js';
import { answerFilePattern, expandInputs, isCsv, readAnswerInput } from '../../node/inputs.js';
import { EXIT, UserError } from '../../node/errors.js';
import { tool } from '../../node/messages.js';
import { shippedQuestionnairesDir } from '../../node/paths.js';
import type { ValidateOptions } from '../program.js';

export async function validateCommand(paths: string[], options: ValidateOptions, ctx: CommandContext): Promise<number> {
  // Commander has checked --format against its choices.
  const inputs = paths.length > 0 ? paths : [path.relative(process.cwd(), shippedQuestionnairesDir()) || '.'];
  // CSV answers do not name their questionnaire: folders and globs yield them only when
  // --questionnaire does. Globs are expanded as score expands them (shells on Windows do not).
  const files = expandInputs(inputs, { pattern: answerFilePattern(options.questionnaire) });
  if (files.length === 0)
    throw new UserError(tool('input.no-files', { inputs, csv: options.questionnaire !== undefined }), EXIT.usage);
  const workspace = openWorkspace(options.dir ?? [], ctx, options.allowOutside);
  // --questionnaire may name a questionnaire among the inputs: register those first (this reads
  // every input twice, which only CSV checks pay for).
  if (options.questionnaire !== undefined)
    workspace.registerQuestionnaires(
      files.filter((f) => !isCsv(f)),
      true,
    );
  const csvQuestionnaire = csvQuestionnaireFrom(options.questionnaire, workspace);

  const found = validateFiles(workspace, files, {
    checkCsv: (file) => readAnswerInput(file, workspace, csvQuestionnaire).diagnostics,
  });
  const diagnostics = localizeFindings(withStrictness([...found.values()].flat(), options.strict), ctx.language);
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
      ctx.stdout(renderSarif(diagnostics, { name: 'datascan', version: ctx.version, rules: RULES }));
      break;
    default:
      ctx.stdout(renderText(diagnostics, summary, ctx.style, ctx.language));
  }
  // A file that could not be read is an I/O error (exit 2), whatever else was found.
  if (diagnostics.some((d) => d.rule === 'file-not-found' || d.rule === 'file-unreadable')) return EXIT.usage;
  return hasErrors(diagnostics, options.strict) ? EXIT.findings : EXIT.ok;
}
