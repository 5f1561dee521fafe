/** What an answer file's schema findings say: the form the writer chose, not a list of all forms. */
import { describe, expect, it } from 'vitest';
import { nodeHost } from '../../src/node/file-host.js';
import { Workspace } from '../../src/workspace/workspace.js';

function messages(text: string): string[] {
  const workspace = new Workspace(
    { read: (file) => (file === 'a.yaml' ? { text } : nodeHost.read(file)) },
    new Map([['odg-quickscan', 'questionnaires/odg-quickscan.yaml']]),
  );
  return workspace.load('a.yaml').diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`);
}

describe('findings about an answer written as a mapping', () => {
  it('a misspelt key: that key, with a suggestion, and nothing about the other forms', () => {
    expect(messages('questionnaire: odg-quickscan\nanswers:\n  qs-pw-eff: {vaule: 2}\n')).toEqual([
      '3:15 unknown-key unknown key `vaule` in `qs-pw-eff` — did you mean `value`?',
    ]);
  });

  it('a note of the wrong type: the note, once', () => {
    expect(messages('questionnaire: odg-quickscan\nanswers:\n  qs-pw-eff: {value: 2, note: 3}\n')).toEqual([
      '3:31 wrong-type `note` must be a text, not number `3`',
    ]);
  });

  it('an answer of no allowed form at all still lists the forms', () => {
    expect(messages('questionnaire: odg-quickscan\nanswers:\n  qs-pw-eff: [2]\n')).toEqual([
      '3:14 invalid-value `qs-pw-eff` must be an option value (a number), `unknown`, `not-applicable`, or `{value: …, note: …}`, not a list',
    ]);
  });
});
