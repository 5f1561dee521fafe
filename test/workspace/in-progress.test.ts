import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAnswersText, checkQuestionnaireText } from '../../src/workspace/checks.js';
import { sayFinding } from '../../src/diagnostics/messages.js';
import { fixture } from '../helpers/cli.js';

const tiny = checkQuestionnaireText(fs.readFileSync(fixture('scoring', 'tiny-scan.yaml'), 'utf8')).questionnaire!;
const check = (text: string) => checkAnswersText(text, { file: 'r.yaml', questionnaires: [tiny] });
const inProgress = (text: string) => check(text).diagnostics.filter((d) => d.rule === 'answers-in-progress');

describe('an answer file still in progress', () => {
  const open =
    'questionnaire: tiny-scan\nanswers:\n  a1-1: 2\n  a1-2: unknown\n  b-1: null\n  a2-1: {note: later}\nsession:\n  status: in-progress\n';

  it('is a warning at its status, saying how many of the questions it answers', () => {
    const [found, ...more] = inProgress(open);
    expect(more).toEqual([]);
    // a1-1 and a1-2 are answered (don't know counts, as in the interview); an empty answer or a note alone does not.
    expect(found).toMatchObject({ severity: 'warning', line: 8, column: 11, args: { answered: 2, total: 8 } });
    expect(found!.message).toContain('2 of 8 questions answered');
    expect(sayFinding(found!.text!, 'nl')).toContain('2 van 8 vragen beantwoord');
  });

  it('still gives its answers', () => {
    expect(check(open).answers?.answers).toMatchObject({ 'a1-1': { value: 2 } });
  });

  it('is not said of a finished file, or of one without a session', () => {
    expect(inProgress(open.replace('in-progress', 'complete'))).toEqual([]);
    expect(inProgress(open.replace(/session:[\s\S]*$/, ''))).toEqual([]);
  });
});
