/**
 * The `--target` flag's words for what the core says about targets as data: the option a target
 * came from (in `--explain`) and why a `--target` value was refused.
 */
import type { TargetOption, TargetProblem } from '../scoring/targets.js';
import { closest } from '../util/suggest.js';
import { tool, type ToolText } from '../node/messages.js';

/** `--target 3`, `--target privacy=4`, `--target privacy=verankeren`: the level as it was given. */
export function describeTargetOption(option: TargetOption): string {
  const level = option.levelId ?? option.rank;
  return option.unit === undefined ? `--target ${level}` : `--target ${option.unit}=${level}`;
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
    case 'level':
      return tool('target.level', {
        option: describeTargetOption(problem.option),
        level: problem.option.levelId,
        questionnaire: problem.questionnaire,
        levels: [...problem.levels],
        suggestion: closest(problem.option.levelId, problem.levels),
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
