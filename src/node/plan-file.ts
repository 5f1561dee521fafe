/** Reading an action plan file for `plan`, `score --plan` and `compare --plan`: checked as `validate` checks it. */
import { planMismatch, type PlanFile } from '../plan/plan.js';
import type { Profile } from '../scoring/types.js';
import type { Workspace } from '../workspace/workspace.js';
import { EXIT, UserError } from './errors.js';
import { tool } from './messages.js';

/** The plan in `file`; a file that is no plan, or one with errors, is a one-line error (its first finding). */
export function readPlanFile(file: string, workspace: Workspace): PlanFile {
  const checked = workspace.load(file);
  const first = checked.diagnostics.find((d) => d.severity === 'error');
  if (checked.kind !== 'plan') {
    if (first && checked.kind === 'unknown') {
      const unreadable = first.rule === 'file-not-found' || first.rule === 'file-unreadable';
      throw new UserError(tool('finding', { finding: first }), unreadable ? EXIT.usage : EXIT.findings);
    }
    throw new UserError(tool('plan.not-a-plan', { file }), EXIT.findings);
  }
  if (first) throw new UserError(tool('finding', { finding: first }), EXIT.findings);
  return checked.data as PlanFile;
}

/** Refuses a plan of another questionnaire or organisation than the profiles', in one line. */
export function refuseOtherPlan(
  file: string,
  plan: PlanFile,
  profiles: readonly Pick<Profile, 'questionnaire' | 'organisation'>[],
): void {
  const mismatch = planMismatch(plan, profiles);
  if (!mismatch) return;
  const values = { file, plan: mismatch.plan, profile: mismatch.profile };
  throw new UserError(
    mismatch.kind === 'questionnaire'
      ? tool('plan.other-questionnaire', values)
      : tool('plan.other-organisation', values),
    EXIT.findings,
  );
}
