/** `datascan list`: the questionnaires datascan knows, shipped and from --dir folders. */
import { renderQuestionnaireList, summariseQuestionnaire } from '../../report/questionnaire.js';
import { openWorkspace } from '../catalog.js';
import { EXIT } from '../../node/errors.js';
import { say, tool } from '../../node/messages.js';
import { displayPath } from '../../node/paths.js';
import type { CommandContext } from '../context.js';
import type { ListOptions } from '../program.js';
import { safeJson, safeLine } from '../../util/safe-text.js';

export async function listCommand(options: ListOptions, ctx: CommandContext): Promise<number> {
  const workspace = openWorkspace(options.dir ?? [], ctx, options.allowOutside);
  const rows = [];
  let broken = 0;
  for (const [, file] of workspace.catalog) {
    const checked = workspace.load(file);
    if (!checked.questionnaire) {
      broken++;
      const shown = safeLine(displayPath(file));
      ctx.stderr(say(tool('questionnaire.has-errors', { file: shown }), ctx.language) + '\n');
      continue;
    }
    rows.push({ ...summariseQuestionnaire(checked.questionnaire), file: displayPath(file) });
  }
  if (options.format === 'json') ctx.stdout(safeJson(JSON.stringify(rows, null, 2)) + '\n');
  else ctx.stdout(renderQuestionnaireList(rows, options.lang, ctx.style, ctx.language));
  return broken > 0 ? EXIT.findings : EXIT.ok;
}
