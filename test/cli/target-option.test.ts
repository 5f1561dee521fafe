import { describe, expect, it } from 'vitest';
import { describeTargetOption, describeTargetProblem } from '../../src/cli/target-option.js';
import { say } from '../../src/node/messages.js';

const inEnglish = (problem: Parameters<typeof describeTargetProblem>[0]) => say(describeTargetProblem(problem), 'en');
import { checkTargetFlags, parseTargetFlags } from '../../src/scoring/targets.js';
import { tinyScan } from '../scoring/load.js';

describe('describeTargetOption', () => {
  it('words a target option as the --target flag that sets it', () => {
    expect(describeTargetOption({ rank: 3 })).toBe('--target 3');
    expect(describeTargetOption({ unit: 'a-two', rank: 2 })).toBe('--target a-two=2');
  });
});

describe('describeTargetProblem', () => {
  it('words a value that does not parse as the flag it was given with', () => {
    const { errors } = parseTargetFlags(['high level', 'privacy=', '=3', '2.5']);
    expect(inEnglish(errors[0]!)).toContain('--target high level');
    expect(inEnglish(errors[0]!)).toBe(
      '--target high level: give a level, by rank or id, for every unit (`--target 3`) or for one (`--target privacy=4`)',
    );
  });

  it('words unknown ids (with a suggestion) and ranks that are not levels', () => {
    const errors = checkTargetFlags({ all: 5, byId: { 'a-on': 2, beta: 0 } }, tinyScan());
    expect(errors.map(inEnglish)).toEqual([
      '--target 5: a target is a level from 1 to 4 in `tiny-scan`',
      '--target a-on=2: `a-on` is not a dimension or subdimension of `tiny-scan` — did you mean `a-one`?',
      '--target beta=0: a target is a level from 1 to 4 in `tiny-scan`',
    ]);
  });
});
