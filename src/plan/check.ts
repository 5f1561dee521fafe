/** The checks of a plan file beyond its schema: units of its questionnaire, one id per action, dates that exist. */
import { diag } from '../diagnostics/diag.js';
import { msg } from '../diagnostics/messages.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { unitTree } from '../questionnaire/tree.js';
import type { Questionnaire } from '../questionnaire/types.js';
import { locate } from '../source/locate.js';
import type { SourceFile } from '../source/source.js';
import { closest } from '../util/suggest.js';
import type { PlanAction, PlanFile } from './plan.js';

/** The schema's form of a date: one in another form is the schema's finding, not this one's. */
const ISO_DATE = /^\d{4}-\d\d-\d\d$/;

/** Whether an ISO date (`2026-02-30` passes the schema's pattern) is a day of the calendar. */
function dateExists(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const at = new Date(Date.UTC(year, month - 1, day));
  return at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === day;
}

/**
 * Findings on a plan; `q`, its questionnaire, when known (units are checked only then). Each field
 * is checked where it has the schema's type, so that a plan with faults the schema reports gets
 * these findings in the same round.
 */
export function checkPlan(
  file: string,
  source: SourceFile,
  plan: PlanFile,
  q: Questionnaire | undefined,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const units = q ? unitTree(q).units.map((u) => u.id) : undefined;
  const known = new Set(units);
  const seen = new Map<string, number>();
  (Array.isArray(plan.actions) ? plan.actions : []).forEach((given: unknown, i) => {
    if (typeof given !== 'object' || given === null) return;
    const action = given as Partial<Record<keyof PlanAction, unknown>>;
    // An action without an id of text (the schema's finding) is named by its place in the list.
    const name = typeof action.id === 'string' ? action.id : `#${i + 1}`;
    if (typeof action.id === 'string') {
      const earlier = seen.get(action.id);
      if (earlier !== undefined)
        out.push(
          diag(
            file,
            'plan-duplicate-id',
            msg('plan.duplicate-id', { id: action.id, line: earlier }),
            locate(source, ['actions', i, 'id']),
            'error',
            { id: action.id },
          ),
        );
      else seen.set(action.id, locate(source, ['actions', i, 'id']).line);
    }
    if (units && typeof action.unit === 'string' && !known.has(action.unit))
      out.push(
        diag(
          file,
          'plan-unknown-unit',
          msg('plan.unknown-unit', {
            id: name,
            unit: action.unit,
            questionnaire: String(plan.questionnaire),
            suggestion: closest(action.unit, units),
          }),
          locate(source, ['actions', i, 'unit']),
          'error',
          { id: action.unit },
        ),
      );
    if (typeof action.due === 'string' && ISO_DATE.test(action.due) && !dateExists(action.due))
      out.push(
        diag(
          file,
          'plan-due-date',
          msg('plan.due-date', { id: name, due: action.due }),
          locate(source, ['actions', i, 'due']),
        ),
      );
  });
  return out;
}
