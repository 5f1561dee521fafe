/** `datascan validate [paths…]`: the check CI jobs run on questionnaire and answer-file edits. */
import path from 'node:path';
import { renderGithub } from '../../diagnostics/render/github.js';
import { renderJson } from '../../diagnostics/render/json.js';
import { renderSarif } from '../../diagnostics/render/sarif.js';
import { renderText, summarise } from '../../diagnostics/render/text.js';
import { RULES } from '../../diagnostics/rules.js';
import { hasErrors, sortDiagnostics, type Diagnostic } from '../../diagnostics/types.js';
import { openWorkspace } from '../catalog.js';
import { EXIT, expandPaths, shippedQuestionnairesDir, UserError } from '../io.js';
import type { CommandContext } from '../context.js';

export interface ValidateOptions {
  format: string;
  strict?: boolean;
  dir?: string[];
}

const FORMATS = ['text', 'json', 'github', 'sarif'];

export async function validateCommand(paths: string[], options: ValidateOptions, ctx: CommandContext): Promise<number> {
  if (!FORMATS.includes(options.format)) {
    throw new UserError(`unknown format \`${options.format}\` (choose from ${FORMATS.join(', ')})`);
  }
  const inputs = paths.length > 0 ? paths : [path.relative(process.cwd(), shippedQuestionnairesDir()) || '.'];
  const files = expandPaths(inputs, /\.(ya?ml|json)$/i);
  if (files.length === 0) throw new UserError(`no YAML or JSON files in ${inputs.join(', ')}`, EXIT.usage);
  const workspace = openWorkspace(options.dir ?? []);
  // Questionnaires among the inputs can be named by id in answer files among the inputs.
  for (const file of files) {
    const data = workspace.load(file).source?.data as { id?: unknown; questions?: unknown } | undefined;
    if (data && typeof data.id === 'string' && 'questions' in data) workspace.catalog.set(data.id, file);
  }
  const diagnostics: Diagnostic[] = [];
  const reported = new Set<string>();
  const report = (file: string) => {
    const key = path.resolve(file);
    if (reported.has(key)) return;
    reported.add(key);
    diagnostics.push(...workspace.load(file).diagnostics);
  };
  for (const file of files) report(file);
  // A questionnaire's model file is checked with it, so its findings are shown too.
  for (const checked of workspace.loaded()) {
    if (checked.kind === 'model' && files.some((f) => isModelOf(workspace, f, checked.file))) report(checked.file);
  }
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
  return hasErrors(diagnostics, options.strict) ? EXIT.findings : EXIT.ok;
}

function isModelOf(workspace: ReturnType<typeof openWorkspace>, file: string, modelFile: string): boolean {
  const data = workspace.load(file).source?.data as { model?: unknown } | undefined;
  return typeof data?.model === 'string' && path.resolve(path.dirname(file), data.model) === path.resolve(modelFile);
}
