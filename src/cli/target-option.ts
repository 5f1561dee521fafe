/**
 * The `--target` flag's words for what the core says about targets as data: the option a target
 * came from (in `--explain`) and why a `--target` value was refused.
 */
import type { TargetOption, TargetProblem } from '../scoring/targets.js';
import { closest } from '../util/suggest.js';
import { tool, type ToolText } from '../node/messages.js';

/** `--target 3`, `--target privacy=4`. */
export function describeTargetOption(option: TargetOption): string {
  return option.unit === undefined ? `--target ${option.rank}` : `--target ${option.unit}=${option.rank}`;
}

export function describeTargetProblem(problem: TargetProblem): ToolText {
  switch (problem.problem) {
    case 'syntax':
      return tool('target.syntax', { value: problem.value });
    case 'rank':
      return tool('target.rank', {
        option: describeTargetOption(problem.option),
        top: problem.top,
        questionnaire: problem.questionnaire,
      });
    case 'unit':
      return tool('target.unit', {
        option: describeTargetOption(problem.option),
        unit: problem.option.unit!,
        questionnaire: problem.questionnaire,
        suggestion: closest(problem.option.unit!, problem.units),
      });
  }
}
