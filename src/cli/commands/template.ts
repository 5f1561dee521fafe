/** `datascan template <questionnaire>`: an empty answer file, YAML with comments, a CSV header or a workbook. */
import { answerTemplateCsv, answerTemplateYaml } from '../../answers/template.js';
import { answerWorkbookContent } from '../../answers/workbook-template.js';
import { writeWorkbook } from '../../answers/workbook-writer.js';
import { answerFileReferences } from '../../node/answer-file-references.js';
import { noTextsWarning, openWorkspace, requireQuestionnaire } from '../catalog.js';
import { questionnaireFile } from '../../node/workspace.js';
import type { CommandContext } from '../context.js';
import { EXIT, UserError } from '../../node/errors.js';
import { say, tool } from '../../node/messages.js';
import { writeFileAtomically, writesInPlace } from '../../node/output.js';
import { replacesFile } from '../../node/output-guard.js';
import { formatOf } from '../../util/file-formats.js';
import type { TemplateOptions } from '../program.js';

export async function templateCommand(ref: string, options: TemplateOptions, ctx: CommandContext): Promise<number> {
  // Commander has checked --format and --csv-dialect against their choices.
  const format = options.output !== undefined ? formatOf(options.output) : undefined;
  if (options.format === 'xlsx') {
    if (options.output === undefined && ctx.stdoutIsTTY) throw new UserError(tool('template.xlsx-terminal'));
    // A device or FIFO takes any bytes; a file must be named for what it holds.
    if (options.output !== undefined && format !== 'xlsx' && !writesInPlace(options.output))
      throw new UserError(tool('template.xlsx-name', { file: options.output }));
  } else if (format === 'xlsx') {
    throw new UserError(tool('template.xlsx-format', { file: options.output! }));
  }
  if (options.format === 'yaml' && (format === 'json' || format === 'csv')) {
    // The YAML template's questions and options are comments, which neither JSON nor CSV can hold.
    throw new UserError(tool('template.yaml-only', { file: options.output!, csv: format === 'csv' }));
  }
  if (options.format === 'csv' && (format === 'yaml' || format === 'json')) {
    throw new UserError(tool('template.csv-name', { file: options.output! }));
  }
  // A device or FIFO is written as it is: nothing in it is replaced.
  if (options.output !== undefined && replacesFile(options.output) && !options.force) {
    throw new UserError(tool('template.exists', { file: options.output }));
  }
  if (options.csvDialect !== undefined && options.format !== 'csv')
    ctx.stderr(say(tool('option.dialect-no-effect', { format: options.format ?? 'yaml' }), ctx.language) + '\n');
  const workspace = openWorkspace(options.dir ?? [], ctx, options.allowOutside);
  const q = requireQuestionnaire(ref, workspace);
  // The CSV template is a header of ids: it has no texts to be in a language.
  const warning = options.format === 'csv' ? undefined : noTextsWarning(q, options.lang);
  if (warning) ctx.stderr(`${warning}\n`);
  let text: string | Uint8Array;
  if (options.format === 'xlsx') {
    text = await writeWorkbook(answerWorkbookContent(q, options.lang !== undefined ? { language: options.lang } : {}));
  } else if (options.format === 'csv') {
    text = answerTemplateCsv(q, options.csvDialect === 'nl' ? 'nl' : 'en');
  } else {
    // Paths in the file are relative to where it is written; on a stream (stdout, a device, a FIFO)
    // to the working folder.
    const file = options.output !== undefined && !writesInPlace(options.output) ? options.output : 'answers.yaml';
    const refs = answerFileReferences(file, questionnaireFile(ref, workspace)!, q.id);
    text = answerTemplateYaml(q, {
      schema: refs.schema,
      ...(refs.byId ? {} : { questionnaireRef: refs.questionnaire }),
      ...(options.lang !== undefined ? { language: options.lang } : {}),
    });
  }
  if (options.output === undefined) {
    ctx.stdout(text);
    return EXIT.ok;
  }
  writeFileAtomically(options.output, text);
  ctx.stderr(say(tool('output.wrote', { file: options.output }), ctx.language) + '\n');
  return EXIT.ok;
}
