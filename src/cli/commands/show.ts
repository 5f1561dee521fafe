/** `datascan show <questionnaire>`: one questionnaire's structure, or its merged form as JSON. */
import { questionnaireToFile, renderQuestionnaireStructure } from '../../report/questionnaire.js';
import { noTextsWarning, openWorkspace, requireQuestionnaire } from '../catalog.js';
import { EXIT } from '../../node/errors.js';
import type { CommandContext } from '../context.js';
import type { ShowOptions } from '../program.js';
import { safeJson } from '../../util/safe-text.js';

export async function showCommand(ref: string, options: ShowOptions, ctx: CommandContext): Promise<number> {
  const q = requireQuestionnaire(ref, openWorkspace(options.dir ?? [], ctx, options.allowOutside));
  const warning = options.format === 'json' ? undefined : noTextsWarning(q, options.lang);
  if (warning) ctx.stderr(`${warning}\n`);
  if (options.format === 'json') ctx.stdout(safeJson(JSON.stringify(questionnaireToFile(q), null, 2)) + '\n');
  else ctx.stdout(renderQuestionnaireStructure(q, options.lang ?? q.languages[0] ?? 'en', ctx.style, ctx.language));
  return EXIT.ok;
}
