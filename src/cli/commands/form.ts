/**
 * `datascan form <questionnaire>`: one offline HTML page in which participants answer in their
 * browser and save a real answer file (see src/form/). Written atomically to -o (an answer file,
 * questionnaire or model file is not replaced without --force), else to stdout.
 */
import { answersSchemaUrl } from '../../answers/schema-url.js';
import { renderForm } from '../../form/page.js';
import { EXIT, UserError } from '../../node/errors.js';
import { say, tool } from '../../node/messages.js';
import { writeFileAtomically } from '../../node/output.js';
import { refuseToReplace } from '../../node/output-guard.js';
import { readVersion } from '../../node/version.js';
import { noTextsWarning, openWorkspace, requireQuestionnaire } from '../catalog.js';
import type { CommandContext } from '../context.js';
import { interviewLanguage } from '../language.js';
import type { FormOptions } from '../program.js';

export async function formCommand(ref: string, options: FormOptions, ctx: CommandContext): Promise<number> {
  if (options.output !== undefined && !/\.html?$/i.test(options.output))
    throw new UserError(tool('form.html-name', { file: options.output }), EXIT.usage);
  if (options.output !== undefined) refuseToReplace(options.output, options.force);
  const workspace = openWorkspace(options.dir ?? [], ctx, options.allowOutside);
  const q = requireQuestionnaire(ref, workspace);
  // The page speaks the interview's language: what `run` would speak here.
  const language = interviewLanguage(options.lang, process.env);
  const warning = noTextsWarning(q, language);
  if (warning) ctx.stderr(`${warning}\n`);
  const html = renderForm(q, {
    language,
    ...(options.organisation !== undefined ? { organisation: options.organisation } : {}),
    ...(options.respondent !== undefined ? { respondent: options.respondent } : {}),
    ...(options.role !== undefined ? { role: options.role } : {}),
    schema: answersSchemaUrl(readVersion()),
  });
  if (options.output === undefined) {
    ctx.stdout(html);
    return EXIT.ok;
  }
  writeFileAtomically(options.output, html);
  ctx.stderr(say(tool('output.wrote', { file: options.output }), ctx.language) + '\n');
  return EXIT.ok;
}
