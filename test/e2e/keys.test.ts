/**
 * The questionnaire's own keys end to end, on test/fixtures/keys/: "not applicable" per question,
 * the instructions.
 */
import { describe, expect, it } from 'vitest';
import { validateAgainst } from '../../src/schema/validators.js';
import { fixture, runCli } from '../helpers/cli.js';

const SCAN = fixture('keys', 'scan.yaml');

describe("a question's own notApplicable", () => {
  it('an answer file with not-applicable where each question allows it is valid, and scores it as not applicable', () => {
    const file = fixture('keys', 'na-allowed.yaml');
    const checked = runCli(['validate', file]);
    expect(checked.code, checked.stdout).toBe(0);
    const scored = runCli(['score', file, '--format', 'json']);
    expect(scored.code, scored.stderr).toBe(0);
    const profile = JSON.parse(scored.stdout) as { coverage: { answered: number; notApplicable: number } };
    expect(profile.coverage).toMatchObject({ answered: 2, notApplicable: 2 });
  });

  it('not-applicable where the question forbids it, or neither it nor its scale allows it, is a finding at the answer', () => {
    const file = fixture('keys', 'na-forbidden.yaml');
    const checked = runCli(['validate', file]);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain(
      `${file}:7:12: error not-applicable-not-allowed question \`visie-2\` may not be answered with \`not-applicable\``,
    );
    expect(checked.stdout).toContain(
      `${file}:8:11: error not-applicable-not-allowed question \`data-1\` may not be answered with \`not-applicable\``,
    );
    expect(runCli(['score', file]).code).toBe(1);
  });

  it('show lists the questions whose allowance differs from their scale', () => {
    const shown = runCli(['show', SCAN, '--lang', 'en']);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain(
      'Questions that allow n/a where their scale does not, or the other way round\nvisie-1: yes\ndata-1: no\n',
    );
    const dutch = runCli(['show', SCAN], { env: { LANG: 'nl_NL.UTF-8' } });
    expect(dutch.stdout).toContain(
      'Vragen die n.v.t. toestaan waar hun schaal dat niet doet, of andersom\nvisie-1: ja\n',
    );
  });
});

describe('the instructions', () => {
  it('show prints them under the counts, in the language asked for, with its own heading', () => {
    const shown = runCli(['show', SCAN, '--lang', 'en']);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain(
      '5 questions\n\nHow to answer\nChoose the highest phase whose description fully applies. If it applies to one domain only, choose phase 2.\n\nLevels\n',
    );
    const dutch = runCli(['show', SCAN, '--lang', 'nl']);
    expect(dutch.stdout).toContain(
      '5 vragen\n\nZo beantwoordt u de vragen\nKies de hoogste fase waarvan de beschrijving helemaal klopt.',
    );
  });

  it('show --format json keeps them in the merged questionnaire', () => {
    const shown = runCli(['show', SCAN, '--format', 'json']);
    expect(shown.code, shown.stderr).toBe(0);
    expect((JSON.parse(shown.stdout) as { instructions: unknown }).instructions).toEqual({
      nl: 'Kies de hoogste fase waarvan de beschrijving helemaal klopt. Geldt die maar voor één domein, kies dan fase 2.',
      en: 'Choose the highest phase whose description fully applies. If it applies to one domain only, choose phase 2.',
    });
  });

  it('show prints no such heading for a questionnaire without them', () => {
    expect(runCli(['show', fixture('scoring', 'tiny-scan.yaml')]).stdout).not.toContain('How to answer');
  });
});

describe('next steps that keep the top level', () => {
  const TOP = fixture('keys', 'top.yaml');

  it('validate finds nothing to say about steps under the top level', () => {
    const checked = runCli(['validate', SCAN]);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toContain('1 file checked: 0 errors, 0 warnings');
  });

  it('the table lists them after the steps that close a gap, in the words of each language', () => {
    const en = runCli(['score', TOP, '--lang', 'en']);
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout).toContain(
      [
        'Next steps',
        ' 1. Policy › Vision (phase 2 → 3)',
        '    - Share the vision.',
        ' 2. Data (keeping phase 3)',
        '    - Update the register every year.',
        ' 3. Policy › Steering (keeping phase 3)',
        '    - Review the policy every council term.',
      ].join('\n'),
    );
    const nl = runCli(['score', TOP, '--lang', 'nl']);
    expect(nl.stdout).toContain(' 2. Data (fase 3 vasthouden)\n    - Houd het register jaarlijks bij.\n');
  });

  it('JSON marks them keep, from the top level to the top level, valid against the profile schema', () => {
    const scored = runCli(['score', TOP, '--format', 'json', '--lang', 'en']);
    expect(scored.code, scored.stderr).toBe(0);
    const profile = JSON.parse(scored.stdout) as { nextSteps: Record<string, unknown>[] };
    expect(
      profile.nextSteps.map(({ subdimension, dimension, fromLevel, toLevel, keep }) => [
        subdimension ?? dimension,
        fromLevel,
        toLevel,
        keep,
      ]),
    ).toEqual([
      ['visie', 2, 3, undefined],
      ['data', 3, 3, true],
      ['sturing', 3, 3, true],
    ]);
    expect(validateAgainst('profile', profile)).toEqual([]);
  });

  it('Markdown and HTML say so too', () => {
    const markdown = runCli(['score', TOP, '--format', 'markdown', '--lang', 'nl']);
    expect(markdown.stdout).toContain('2. **Data** (fase 3 vasthouden)\n   - Houd het register jaarlijks bij.\n');
    const html = runCli(['score', TOP, '--format', 'html', '--lang', 'en']);
    expect(html.stdout).toContain(
      '<p class="phases">keeping phase 3 · Mature</p><ol><li>Update the register every year.</li>',
    );
    expect(html.stdout).toContain('<p class="phases">from 2 · Growing to 3 · Mature</p>');
  });
});
