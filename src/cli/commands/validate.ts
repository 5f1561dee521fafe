/** `datascan validate [paths…]`: the check CI jobs run on questionnaire and answer-file edits. */
import path from 'node:path';
import { renderGithub } from '../../diagnostics/render/github.js';
import { renderJson } from '../../diagnostics/render/json.js';
import { renderSarif } from '../../diagnostics/render/sarif.js';
import { renderText, summarise } from '../../diagnostics/render/text.js';
import { RULES } from '../../diagnostics/rules.js';
import { hasErrors, sortDiagnostics, withStrictness, type Diagnostic } from '../../diagnostics/types.js';
import { isQuestionnairePath } from '../../workspace/workspace.js';
import { csvQuestionnaireFrom, openWorkspace } from '../catalog.js';
import type { CommandContext } from '../context.js';
import { answerFilePattern, isCsv, readAnswerInput } from '../../node/inputs.js';
import { EXIT, UserError } from '../../node/errors.js';
import { expandPaths } from '../../node/file-host.js';
import { shippedQuestionnairesDir } from '../../node/paths.js';

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
  const files = expandPaths(inputs, answerFilePattern(options.questionnaire));
  if (files.length === 0)
    throw new UserError(
      `no ${options.questionnaire !== undefined ? 'YAML, JSON or CSV' : 'YAML or JSON'} files in ${inputs.join(', ')}`,
      EXIT.usage,
    );
  const workspace = openWorkspace(options.dir ?? [], ctx.cache);
  // --questionnaire may name a questionnaire among the inputs: register those first (this reads
  // every input twice, which only CSV checks pay for).
  if (options.questionnaire !== undefined)
    workspace.registerQuestionnaires(
      files.filter((f) => !isCsv(f)),
      true,
    );
  const csvQuestionnaire = csvQuestionnaireFrom(options.questionnaire, workspace);

  // Findings per file, in input order. Questionnaires among the inputs can be named by id in
  // answer files among the inputs, and win over shipped ones of the same id. Each file is read
  // once, in order; an answer file checked before the questionnaire it names turned up is
  // checked again at the end.
  const found = new Map<string, readonly Diagnostic[]>();
  const answersNaming = new Map<string, string[]>();
  const again = new Set<string>();
  const models = new Set<string>();
  for (const file of files) {
    const key = path.resolve(file);
    if (found.has(key)) continue;
    if (isCsv(file)) {
      found.set(key, readAnswerInput(file, workspace, csvQuestionnaire).diagnostics);
      continue;
    }
    // Answer files are not kept: thousands of them must not all stay in memory.
    const checked = workspace.loadUncached(file);
    found.set(key, checked.diagnostics);
    // The parsed data, schema-valid or not: a questionnaire with a typo is still the one meant.
    const data = checked.source?.data as { id?: unknown; model?: unknown; questionnaire?: unknown } | undefined;
    if (checked.kind === 'questionnaire' && typeof data?.id === 'string') {
      const known = workspace.catalog.get(data.id);
      if (known === undefined || path.resolve(known) !== key) {
        workspace.catalog.set(data.id, file);
        for (const answers of answersNaming.get(data.id) ?? []) again.add(answers);
      }
      // A questionnaire's model file is checked with it, so its findings are shown too.
      if (typeof data.model === 'string') models.add(workspace.modelPath(file, data.model));
    }
    if (
      checked.kind === 'answers' &&
      typeof data?.questionnaire === 'string' &&
      !isQuestionnairePath(data.questionnaire)
    ) {
      const list = answersNaming.get(data.questionnaire) ?? [];
      list.push(file);
      answersNaming.set(data.questionnaire, list);
    }
  }
  for (const file of again) found.set(path.resolve(file), workspace.loadUncached(file).diagnostics);
  for (const model of models) {
    if (found.has(path.resolve(model))) continue;
    // A model that cannot be read is already a finding of the questionnaire naming it.
    const loaded = workspace.load(model);
    if (loaded.source) found.set(path.resolve(model), loaded.diagnostics);
  }
  const diagnostics = withStrictness([...found.values()].flat(), options.strict);
  const reported = found;
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
