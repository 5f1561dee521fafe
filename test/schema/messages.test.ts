/**
 * Schema findings name the rule and the form that was meant: no "does not match any allowed form"
 * where a specific message can be given (the validators report `#/oneOf` and `#/anyOf`, not the
 * definition's path, so the definitions are told apart by their shape).
 */
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { nodeHost } from '../../src/node/file-host.js';
import { Workspace } from '../../src/workspace/workspace.js';

const FILE = 'questionnaires/mutated.yaml';
const quickscan = YAML.parse(fs.readFileSync('questionnaires/odg-quickscan.yaml', 'utf8')) as Record<string, unknown>;

type Scan = Record<string, unknown> & { questions: Record<string, unknown>[] };

/** The findings of the quickscan changed by `change`, as `rule message`. */
function findings(change: (q: Scan) => void): string[] {
  const q = structuredClone(quickscan) as Scan;
  change(q);
  const text = YAML.stringify(q);
  const workspace = new Workspace({ read: (file) => (file === FILE ? { text } : nodeHost.read(file)) });
  return workspace.load(FILE).diagnostics.map((d) => `${d.rule} ${d.message}`);
}

const TEXT = 'must be a text: a string, or a map from language code to string (`{nl: …, en: …}`)';

describe('schema messages for the cases users met', () => {
  it.each([
    [
      'a question with both links',
      (q: Scan) => Object.assign(q.questions[0]!, { dimension: 'proces' }),
      'question-link a question links to `subdimension` or to `dimension`, not both',
    ],
    [
      'a question with no link',
      (q: Scan) => delete q.questions[0]!.subdimension,
      'question-link a question needs a `subdimension` (or, for a dimension without subdimensions, a `dimension`)',
    ],
    ['title: 5', (q: Scan) => (q.title = 5), `wrong-type \`title\` ${TEXT}, not number \`5\``],
    ['a list as text', (q: Scan) => (q.questions[0]!.text = ['a', 'b']), `wrong-type \`text\` ${TEXT}, not a list`],
    [
      'label: false',
      (q: Scan) => ((q.questions[0]!.options as Record<string, unknown>[])[0]!.label = false),
      `wrong-type \`label\` ${TEXT}, not boolean \`false\``,
    ],
    [
      'a list as label',
      (q: Scan) => ((q.questions[0]!.options as Record<string, unknown>[])[0]!.label = ['x']),
      `wrong-type \`label\` ${TEXT}, not a list`,
    ],
  ])('%s', (_, change, expected) => {
    expect(findings(change)).toEqual([expected]);
  });

  it('a value of the wrong type in any text, or in place of a question: never "does not match any allowed form"', () => {
    const wrong = fc.oneof(
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string(), { maxLength: 2 }),
      fc.constant({}),
    );
    const place = fc.constantFrom('title', 'description', 'text', 'help', 'label', 'question');
    fc.assert(
      fc.property(place, wrong, fc.nat(16), (where, value, i) => {
        const messages = findings((q) => {
          const question = q.questions[i]!;
          if (where === 'title' || where === 'description') q[where] = value;
          else if (where === 'label') (question.options as Record<string, unknown>[])[0]!.label = value;
          else if (where === 'question') q.questions[i] = value as Record<string, unknown>;
          else question[where] = value;
        });
        expect(messages.length).toBeGreaterThan(0);
        expect(messages.filter((m) => m.includes('does not match any allowed form'))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('a date in an action plan', () => {
  it('a due date not in ISO form is one finding in words, as for an answer file’s date: no pattern, no "must be null"', () => {
    const file = 'actieplan.yaml';
    const text = [
      'questionnaire: odg-quickscan',
      'actions:',
      '  - {id: privacy-1, unit: qs-ik-pri, text: Stel een checklist op., due: 31-12-2027, status: gereed}',
      '',
    ].join('\n');
    const workspace = new Workspace({ read: (f) => (f === file ? { text } : nodeHost.read(f)) });
    const said = workspace
      .load(file)
      // This workspace knows no questionnaire: only the date is looked at.
      .diagnostics.filter((d) => d.rule !== 'plan-unknown-unit' && d.rule !== 'unknown-questionnaire')
      .map((d) => `${d.rule} ${d.message}`);
    expect(said).toEqual(['invalid-value `due` must be an ISO date such as `2026-11-28`, not `31-12-2027`']);
  });
});
