/** `datascan validate [paths…]`: the check CI jobs run on questionnaire and answer-file edits. */
import path from 'node:path';
import { renderGithub } from '../../diagnostics/render/github.js';
import { renderJson } from '../../diagnostics/render/json.js';
import { renderSarif } from '../../diagnostics/render/sarif.js';
import { renderText, summarise } from '../../diagnostics/render/text.js';
import { RULES } from '../../diagnostics/rules.js';
import { hasErrors, sortDiagnostics, type Diagnostic } from '../../diagnostics/types.js';
import { csvQuestionnaireFrom, openWorkspace } from '../catalog.js';
import type { CommandContext } from '../context.js';
import { isCsv, readAnswerInput } from '../inputs.js';
import { EXIT, expandPaths, shippedQuestionnairesDir, UserError } from '../io.js';

export interface ValidateOptions {
  format: string;
  strict?: boolean;
  dir?: string[];
  questionnaire?: string;
}

export async function validateCommand(paths: string[], options: ValidateOptions, ctx: CommandContext): Promise<number> {
  // Commander has checked --format against its choices.
  const inputs = paths.length > 0 ? paths : [path.relative(process.cwd(), shippedQuestionnairesDir()) || '.'];
  // CSV answers do not name their questionnaire: folders yield them only when --questionnaire does.
  const files = expandPaths(inputs, options.questionnaire !== undefined ? /\.(ya?ml|json|csv)$/i : /\.(ya?ml|json)$/i);
  if (files.length === 0) throw new UserError(`no YAML or JSON files in ${inputs.join(', ')}`, EXIT.usage);
  const workspace = openWorkspace(options.dir ?? [], ctx.cache);
  // Questionnaires among the inputs can be named by id in answer files among the inputs.
  workspace.registerQuestionnaires(files.filter((f) => !isCsv(f)), true);
  const csvQuestionnaire = csvQuestionnaireFrom(options.questionnaire, workspace);
  const diagnostics: Diagnostic[] = [];
  const reported = new Set<string>();
  const report = (file: string, found: readonly Diagnostic[]) => {
    const key = path.resolve(file);
    if (reported.has(key)) return;
    reported.add(key);
    diagnostics.push(...found);
  };
  // A questionnaire's model file is checked with it, so its findings are shown too.
  const models = new Set<string>();
  for (const file of files) {
    if (isCsv(file)) {
      report(file, readAnswerInput(file, workspace, csvQuestionnaire).diagnostics);
      continue;
    }
    // Not kept: thousands of answer files must not all stay in memory. Questionnaires they name are.
    const checked = workspace.loadUncached(file);
    report(file, checked.diagnostics);
    const model = (checked.data as { model?: unknown } | undefined)?.model;
    if (checked.kind === 'questionnaire' && typeof model === 'string') models.add(workspace.modelPath(file, model));
  }
  for (const model of models) report(model, workspace.load(model).diagnostics);
  sortDiagnostics(diagnostics);
  const summary = summarise(diagnostics, reported.size);
  switch (options.format) {
    case 'json':
      ctx.stdout(renderJson(diagnostics));
      break;
    case 'github':
      ctx.stdout(renderGithub(diagnostics));
      ctx.stderr(renderText([], summary, ctx.errStyle));
      break;
    case 'sarif':
      ctx.stdout(renderSarif(diagnostics, { name: 'datascan', version: ctx.version, rules: RULES }));
      break;
    default:
      ctx.stdout(renderText(diagnostics, summary, ctx.style));
  }
  // A file that could not be read is an I/O error (exit 2), whatever else was found.
  if (diagnostics.some((d) => d.rule === 'file-not-found' || d.rule === 'file-unreadable')) return EXIT.usage;
  return hasErrors(diagnostics, options.strict) ? EXIT.findings : EXIT.ok;
}
