/** `datascan template <questionnaire>`: an empty answer file, YAML with comments or a CSV header. */
import fs from 'node:fs';
import { answerTemplateCsv, answerTemplateYaml } from '../../answers/template.js';
import { answerFileReferences } from '../answer-file.js';
import { openWorkspace, questionnaireFile, requireQuestionnaire } from '../catalog.js';
import type { CommandContext } from '../context.js';
import { EXIT, UserError } from '../errors.js';
import { writeFileAtomically } from '../output.js';

export interface TemplateOptions {
  format?: string;
  output?: string;
  lang?: string;
  dir?: string[];
  csvDialect?: string;
  force?: boolean;
}

export async function templateCommand(ref: string, options: TemplateOptions, ctx: CommandContext): Promise<number> {
  // Commander has checked --format and --csv-dialect against their choices.
  if (options.output !== undefined && fs.existsSync(options.output) && !options.force) {
    throw new UserError(`${options.output} exists; it may hold answers: choose another name or add --force to overwrite it`);
  }
  const workspace = openWorkspace(options.dir ?? [], ctx.cache);
  const q = requireQuestionnaire(ref, workspace);
  let text: string;
  if (options.format === 'csv') {
    text = answerTemplateCsv(q, options.csvDialect === 'nl' ? 'nl' : 'en');
  } else {
    // Paths in the file are relative to where it is written.
    const refs = answerFileReferences(options.output ?? 'answers.yaml', questionnaireFile(ref, workspace)!, q.id);
    text = answerTemplateYaml(q, { schema: refs.schema, ...(refs.byId ? {} : { questionnaireRef: refs.questionnaire }), ...(options.lang !== undefined ? { language: options.lang } : {}) });
  }
  if (options.output === undefined) {
    ctx.stdout(text);
    return EXIT.ok;
  }
  writeFileAtomically(options.output, text);
  ctx.stderr(`datascan: wrote ${options.output}\n`);
  return EXIT.ok;
}
