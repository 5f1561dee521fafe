/** `datascan show <questionnaire>`: one questionnaire's structure, or its merged form as JSON. */
import { formatDiagnosticLine } from '../../diagnostics/types.js';
import { questionnaireToFile, renderQuestionnaireStructure } from '../../report/questionnaire.js';
import { loadQuestionnaireRef, openWorkspace } from '../catalog.js';
import { EXIT, UserError } from '../io.js';
import type { CommandContext } from '../context.js';

export async function showCommand(ref: string, options: { dir?: string[]; format: string; lang?: string }, ctx: CommandContext): Promise<number> {
  const workspace = openWorkspace(options.dir ?? []);
  const checked = loadQuestionnaireRef(ref, workspace);
  if (!checked.questionnaire) {
    const first = checked.diagnostics.find((d) => d.severity === 'error');
    if (checked.kind !== 'questionnaire' && checked.source?.data !== undefined && !first) {
      throw new UserError(`${ref} is not a questionnaire`, EXIT.findings);
    }
    throw new UserError(first ? formatDiagnosticLine(first) : `${ref} is not a questionnaire`, first?.rule === 'file-not-found' || first?.rule === 'file-unreadable' ? EXIT.usage : EXIT.findings);
  }
  const q = checked.questionnaire;
  if (options.format === 'json') ctx.stdout(JSON.stringify(questionnaireToFile(q), null, 2) + '\n');
  else ctx.stdout(renderQuestionnaireStructure(q, options.lang ?? q.languages[0] ?? 'en', ctx.style));
  return EXIT.ok;
}
