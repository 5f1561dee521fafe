/** Reading an action plan file for `plan`, `score --plan` and `compare --plan`: checked as `validate` checks it. */
import { sortDiagnostics, type Diagnostic } from '../diagnostics/types.js';
import { planMismatch, type PlanFile } from '../plan/plan.js';
import type { Profile } from '../scoring/types.js';
import type { Workspace } from '../workspace/workspace.js';
import { EXIT, UserError } from './errors.js';
import { tool } from './messages.js';

/**
 * The plan in `file`; a file that is no plan, or one with errors, is a one-line error: its first
 * error in file order (the schema's findings come before the plan's own), and how many follow.
 */
export function readPlanFile(file: string, workspace: Workspace): PlanFile & { model?: string } {
  const checked = workspace.load(file);
  const errors = sortDiagnostics(checked.diagnostics.filter((d) => d.severity === 'error'));
  const [first] = errors;
  const refusal = (d: Diagnostic) => tool('plan.has-errors', { file, first: d, more: errors.length - 1 });
  if (checked.kind !== 'plan') {
    if (first && checked.kind === 'unknown') {
      const unreadable = first.rule === 'file-not-found' || first.rule === 'file-unreadable';
      throw new UserError(refusal(first), unreadable ? EXIT.usage : EXIT.findings);
    }
    throw new UserError(tool('plan.not-a-plan', { file }), EXIT.findings);
  }
  if (first) throw new UserError(refusal(first), EXIT.findings);
  // The model of its questionnaire (when known), which score and compare count a plan by.
  const model = checked.questionnaire?.modelId;
  return { ...(checked.data as PlanFile), ...(model !== undefined ? { model } : {}) };
}

/**
 * Refuses a plan of another questionnaire or organisation than the profiles', in one line. Counted
 * beside a scan (`byModel`), a plan of another questionnaire of the same model belongs; written
 * again (`plan`), only one of the same questionnaire does.
 */
export function refuseOtherPlan(
  file: string,
  plan: PlanFile & { model?: string },
  profiles: readonly Pick<Profile, 'questionnaire' | 'organisation'>[],
  byModel = true,
): void {
  const mismatch = planMismatch(plan, profiles, byModel ? plan.model : undefined);
  if (!mismatch) return;
  const values = { file, plan: mismatch.plan, profile: mismatch.profile };
  throw new UserError(
    mismatch.kind === 'questionnaire'
      ? tool('plan.other-questionnaire', values)
      : tool('plan.other-organisation', values),
    EXIT.findings,
  );
}
