/**
 * The `--target` flag's words for what the core says about targets as data: the option a target
 * came from (in `--explain`) and why a `--target` value was refused.
 */
import type { TargetOption, TargetProblem } from '../scoring/targets.js';
import { didYouMean } from '../util/suggest.js';

/** `--target 3`, `--target privacy=4`. */
export function describeTargetOption(option: TargetOption): string {
  return option.unit === undefined ? `--target ${option.rank}` : `--target ${option.unit}=${option.rank}`;
}

export function describeTargetProblem(problem: TargetProblem): string {
  switch (problem.problem) {
    case 'syntax':
      return `--target ${problem.value}: give a level rank (\`--target 3\`) or an id and a rank (\`--target privacy=4\`)`;
    case 'rank':
      return `${describeTargetOption(problem.option)}: a target is a level from 1 to ${problem.top} in \`${problem.questionnaire}\``;
    case 'unit':
      return `${describeTargetOption(problem.option)}: \`${problem.option.unit}\` is not a dimension or subdimension of \`${problem.questionnaire}\`${didYouMean(problem.option.unit, problem.units)}`;
  }
}
