/** `datascan template <questionnaire>`: an empty answer file, YAML with comments or a CSV header. */
import fs from 'node:fs';
import path from 'node:path';
import { answerTemplateCsv, answerTemplateYaml } from '../../answers/template.js';
import { formatDiagnosticLine } from '../../diagnostics/types.js';
import { loadQuestionnaireRef, openWorkspace } from '../catalog.js';
import type { CommandContext } from '../context.js';
import { EXIT, UserError } from '../errors.js';
import { packageRoot } from '../paths.js';
import { bufferedFileOutput } from './score-output.js';

export interface TemplateOptions {
  format?: string;
  output?: string;
  lang?: string;
  dir?: string[];
  csvDialect?: string;
  force?: boolean;
}

export async function templateCommand(ref: string, options: TemplateOptions, ctx: CommandContext): Promise<number> {
  const format = options.format ?? 'yaml';
  if (format !== 'yaml' && format !== 'csv') throw new UserError(`unknown format \`${format}\` (choose yaml or csv)`);
  const dialect = options.csvDialect ?? 'en';
  if (dialect !== 'en' && dialect !== 'nl') throw new UserError(`unknown CSV dialect \`${dialect}\` (choose en or nl)`);
  if (options.output !== undefined && fs.existsSync(options.output) && !options.force) {
    throw new UserError(`${options.output} exists; it may hold answers: choose another name or add --force to overwrite it`);
  }
  const workspace = openWorkspace(options.dir ?? []);
  const checked = loadQuestionnaireRef(ref, workspace);
  const q = checked.questionnaire;
  if (!q) {
    const first = checked.diagnostics.find((d) => d.severity === 'error');
    throw new UserError(first ? formatDiagnosticLine(first) : `${ref} is not a questionnaire`, first?.rule === 'file-not-found' ? EXIT.usage : EXIT.findings);
  }
  let text: string;
  if (format === 'csv') {
    text = answerTemplateCsv(q, dialect);
  } else {
    // Paths in the file are relative to where it is written: the package's schema, and the
    // questionnaire itself when it is not one found by id (shipped or in a --dir folder).
    const from = path.dirname(path.resolve(options.output ?? 'answers.yaml'));
    const relative = (target: string) => path.relative(from, target).split(path.sep).join('/');
    const schema = relative(path.join(packageRoot(), 'schemas', 'answers.schema.json'));
    const byId = workspace.catalog.get(q.id);
    const questionnaireRef = byId !== undefined && path.resolve(byId) === path.resolve(checked.file) ? undefined : relative(path.resolve(checked.file));
    text = answerTemplateYaml(q, { schema, ...(questionnaireRef !== undefined ? { questionnaireRef } : {}), ...(options.lang !== undefined ? { language: options.lang } : {}) });
  }
  if (options.output === undefined) {
    ctx.stdout(text);
    return EXIT.ok;
  }
  const output = bufferedFileOutput(options.output);
  output.write(text);
  await output.commit();
  ctx.stderr(`datascan: wrote ${options.output}\n`);
  return EXIT.ok;
}
