/**
 * `datascan plan <answers or profile…> -o actieplan.yaml`: one action per next step of the scan, in
 * an editable YAML file. Written again after a new scan, it keeps what people filled in for the
 * steps that still apply, and says which no longer do.
 */
import fs from 'node:fs';
import path from 'node:path';
import { planSchemaUrl } from '../../answers/schema-url.js';
import { localizeFinding } from '../../diagnostics/localize.js';
import { formatDiagnosticLine, type Diagnostic } from '../../diagnostics/types.js';
import { keepBackup } from '../../node/backup.js';
import { EXIT, UserError } from '../../node/errors.js';
import { answerFilePattern, expandInputs, noAnswerFiles, readProfileFile } from '../../node/inputs.js';
import { say, tool } from '../../node/messages.js';
import { writeFileAtomically } from '../../node/output.js';
import { readPlanFile, refuseOtherPlan } from '../../node/plan-file.js';
import { loadAnswerSets } from '../../node/score-inputs.js';
import { mergePlan, stepActions, type PlanFile } from '../../plan/plan.js';
import { commentedActions, planLayout, serializePlan } from '../../plan/serialize.js';
import { organisationsNamed } from '../../scoring/group.js';
import { score } from '../../scoring/score.js';
import type { Profile } from '../../scoring/types.js';
import { csvQuestionnaireFrom, noTextsWarning, openWorkspace, organisationOption, warnIn } from '../catalog.js';
import type { CommandContext } from '../context.js';
import type { PlanOptions } from '../program.js';
import { parseNumberOption } from './score.js';
import { baseLanguage } from '../../util/language.js';

export async function planCommand(inputs: string[], options: PlanOptions, ctx: CommandContext): Promise<number> {
  // Commander requires -o: a plan is a file people edit, never a report on a terminal.
  const output = options.output!;
  const top = parseNumberOption('--top', options.top, { integer: true });
  const organisation = organisationOption(options.organisation);
  const files = expandInputs(inputs, {
    output,
    pattern: answerFilePattern(options.questionnaire),
    warn: warnIn(ctx.language),
  });
  if (files.length === 0) throw new UserError(noAnswerFiles(inputs, options.questionnaire), EXIT.usage);
  const workspace = openWorkspace(options.dir ?? [], ctx, options.allowOutside);
  const report = (d: Diagnostic) =>
    ctx.stderr(formatDiagnosticLine(localizeFinding(d, ctx.language), ctx.errStyle) + '\n');

  const previous = fs.existsSync(output) ? readPlanFile(output, workspace) : undefined;
  // Actions are matched by their step's text: a plan is written again in the language it is in.
  const language = options.lang ?? previous?.language;
  const profile = await scanProfile();
  if (previous) refuseOtherPlan(output, previous, [profile], false);
  if (previous?.language !== undefined && baseLanguage(profile.language) !== baseLanguage(previous.language))
    throw new UserError(
      tool('plan.other-language', { file: output, plan: previous.language, given: profile.language }),
      EXIT.findings,
    );
  const text = previous ? fs.readFileSync(output, 'utf8') : undefined;
  const layout = text !== undefined ? planLayout(text) : undefined;
  const merged = mergePlan(
    stepActions(profile),
    previous?.actions ?? [],
    layout ? commentedActions(layout) : undefined,
  );
  const plan: PlanFile = {
    questionnaire: profile.questionnaire.id,
    version: profile.questionnaire.version,
    organisation: profile.organisation ?? previous?.organisation ?? null,
    date: profile.date,
    language: profile.language,
    actions: merged.actions,
  };
  // Nothing anyone typed is left out, but the file changes under their hands: the earlier one is kept.
  const backup = merged.removed.length > 0 ? keepBackup(output, undefined) : undefined;
  writeFileAtomically(
    output,
    serializePlan(plan, {
      schema: planSchemaUrl(ctx.version),
      // The plan's own language: the words a person fills in there (gereed, not done).
      guide: say(tool('plan.guide'), plan.language ?? ctx.language),
      ...(layout ? { previous: layout } : {}),
    }),
  );
  const file = path.normalize(output);
  const tell = (said: Parameters<typeof say>[0]) => ctx.stderr(say(said, ctx.language) + '\n');
  tell(
    tool('plan.wrote', {
      file,
      actions: merged.actions.length,
      kept: merged.kept.length,
      added: merged.added.length,
      noLongerApply: merged.noLongerApply.length,
      own: merged.ownActions.length,
    }),
  );
  if (merged.ownActions.length > 0) tell(tool('plan.own-actions', { ids: merged.ownActions.map((a) => a.id) }));
  if (merged.noLongerApply.length > 0)
    tell(tool('plan.no-longer-apply', { ids: merged.noLongerApply.map((a) => a.id) }));
  if (backup !== undefined) tell(tool('plan.removed', { ids: merged.removed.map((a) => a.id), backup }));
  return EXIT.ok;

  /** One profile: of a profile JSON file, or of all answer sets scored together. */
  async function scanProfile(): Promise<Profile> {
    const [only] = inputs;
    const asProfile =
      inputs.length === 1 && only !== undefined && files.length === 1 && files[0] === only
        ? readProfileFile(only)
        : undefined;
    if (asProfile) {
      asProfile.diagnostics.forEach(report);
      if (!asProfile.profile) throw new UserError(tool('compare.not-a-profile', { input: only! }), EXIT.findings);
      const read = asProfile.profile;
      return {
        ...read,
        ...(organisation !== undefined ? { organisation } : {}),
        ...(top !== undefined ? { nextSteps: read.nextSteps.slice(0, top) } : {}),
      };
    }
    const csvQuestionnaire = csvQuestionnaireFrom(options.questionnaire, workspace);
    const { sets, questionnaires, diagnostics, bad, skipped } = await loadAnswerSets(files, workspace, {
      ...(csvQuestionnaire ? { csvQuestionnaire } : {}),
    });
    diagnostics.forEach(report);
    const where = inputs.join(' ');
    if (bad) throw new UserError(tool('plan.fix-answers', { input: where, skipped }), EXIT.findings);
    if (sets.length === 0) throw new UserError(tool('plan.no-answers', { input: where }), EXIT.findings);
    if (questionnaires.size > 1)
      throw new UserError(tool('compare.mixed', { input: where, ids: [...questionnaires.keys()] }), EXIT.findings);
    const q = [...questionnaires.values()][0]!;
    const warning = noTextsWarning(q, options.lang);
    if (warning) ctx.stderr(`${warning}\n`);
    // A plan is one organisation's: answers of several are refused, not merged into one plan.
    const named = organisationsNamed(sets);
    if (organisation === undefined && named.length > 1)
      throw new UserError(tool('plan.several-organisations', { names: named }), EXIT.findings);
    return score(q, sets, {
      ...(language !== undefined ? { language } : {}),
      ...(organisation !== undefined ? { organisation } : {}),
      ...(top !== undefined ? { top } : {}),
    });
  }
}
