/**
 * `datascan plan`, and `--plan` in score, compare and validate, on a scan a year apart
 * (test/fixtures/plan: tiny-scan answered in 2026 and 2027, and in 2025 for a trend of three).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { publishedSchema } from '../helpers/schemas.js';

const SCAN_2025 = fixture('plan', 'scan-2025');
const SCAN_2026 = fixture('plan', 'scan-2026');
const SCAN_2027 = fixture('plan', 'scan-2027');
const DIR = ['--dir', fixture('scoring')];

interface WrittenAction {
  id: string;
  unit: string;
  from: number;
  to: number;
  text: string;
  owner: string | null;
  due: string | null;
  status: string;
  note: string | null;
  applies?: false;
}

const actionsOf = (file: string) => (parse(fs.readFileSync(file, 'utf8')) as { actions: WrittenAction[] }).actions;

describe('datascan plan', () => {
  let dir: string;
  let plan: string;
  let first: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-plan-'));
    plan = path.join(dir, 'actieplan.yaml');
    const written = runCli(['plan', SCAN_2026, '-o', plan, ...DIR]);
    expect(written.stderr).toContain('wrote 8 actions');
    expect(written.code).toBe(0);
    first = fs.readFileSync(plan, 'utf8');
  });

  it('writes one action per next step, with empty fields to fill in and the schema modeline', () => {
    expect(first.split('\n')[0]).toMatch(
      /^# yaml-language-server: \$schema=https:\/\/.*\/schemas\/plan\.schema\.json$/,
    );
    const data = parse(first) as Record<string, unknown>;
    expect(data).toMatchObject({ questionnaire: 'tiny-scan', organisation: 'Gemeente Plan', date: '2026-03-01' });
    // a-one from phase 1 to its target 4: the steps of start, try (its own two) and spread; the others one level up.
    expect(actionsOf(plan).map((a) => [a.id, a.unit, a.from, a.to, a.text])).toEqual([
      ['a-one-1', 'a-one', 1, 4, 'Alpha step 1'],
      ['a-one-2', 'a-one', 1, 4, 'A one step 2a'],
      ['a-one-3', 'a-one', 1, 4, 'A one step 2b'],
      ['a-one-4', 'a-one', 1, 4, 'Alpha step 3'],
      // Then by weight (alpha 2 × a-two 3), then lowest score.
      ['a-two-1', 'a-two', 2, 3, 'Alpha step 2'],
      ['beta-1', 'beta', 1, 2, 'Beta step 1'],
      ['g-one-1', 'g-one', 2, 3, 'Gamma step 2'],
      ['g-two-1', 'g-two', 3, 4, 'Gamma step 3'],
    ]);
    expect(first).toContain('    owner:\n    due:\n    status: open\n    note:\n');
    expect(publishedSchema('plan.schema.json')(data)).toBe(true);
  });

  it('is refused without -o, and for a file that is no plan', () => {
    expect(runCli(['plan', SCAN_2026, ...DIR]).code).toBe(2);
    const answers = path.join(dir, 'answers.yaml');
    fs.copyFileSync(path.join(SCAN_2026, 'a.yaml'), answers);
    const refused = runCli(['plan', SCAN_2026, '-o', answers, ...DIR]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('is not an action plan');
    expect(fs.readFileSync(answers, 'utf8')).toBe(fs.readFileSync(path.join(SCAN_2026, 'a.yaml'), 'utf8'));
  });

  describe('edited, then written again after the next scan', () => {
    let edited: string;
    let rewrite: ReturnType<typeof runCli>;
    beforeAll(() => {
      edited = path.join(dir, 'edited.yaml');
      const set = (text: string, id: string, key: string, value: string) =>
        text.replace(new RegExp(`(- id: ${id}\\n(?:    .*\\n)*?    ${key}:)[^\\n]*`), `$1 ${value}`);
      let text = first;
      text = set(text, 'a-one-1', 'status', 'gereed');
      text = set(text, 'a-one-1', 'owner', 'Jan de Vries');
      text = set(text, 'a-one-1', 'due', '2026-06-30');
      text = set(text, 'a-one-2', 'status', 'bezig');
      text = set(text, 'a-one-4', 'status', 'dropped');
      text = set(text, 'beta-1', 'status', 'done');
      text = set(text, 'beta-1', 'note', 'klaar in mei # afgestemd met de CIO');
      text = text.replace('  - id: a-two-1\n', '  - id: a-two-1\n    # Bespreken in het MT\n');
      fs.writeFileSync(edited, text);
      expect(runCli(['validate', edited, ...DIR]).code).toBe(0);
    });

    it('score --plan counts per unit the actions and those done (dropped ones do not count), in JSON, table and CSV', () => {
      const json = runCli(['score', SCAN_2027, '--format', 'json', '--plan', edited, ...DIR]);
      expect(json.code).toBe(0);
      // A folder gives an array of profiles.
      const [profile] = JSON.parse(json.stdout) as { plan: { units: unknown[] } }[];
      // a-one: 4 actions, a-one-4 dropped, a-one-1 done; beta: its one action done; a-two, g-one, g-two: one open each.
      expect(profile?.plan.units).toEqual([
        { id: 'a-one', name: 'A one', actions: 3, done: 1 },
        { id: 'a-two', name: 'A two', actions: 1, done: 0 },
        { id: 'beta', name: 'Beta', actions: 1, done: 1 },
        { id: 'g-one', name: 'G one', actions: 1, done: 0 },
        { id: 'g-two', name: 'G two', actions: 1, done: 0 },
      ]);
      expect(publishedSchema('profile.schema.json')(profile)).toBe(true);
      const table = runCli(['score', SCAN_2027, '--plan', edited, '--lang', 'nl', ...DIR]);
      expect(table.stdout).toContain('Actieplan\n  A een: 1 van 3 acties gereed\n  A twee: 0 van 1 actie gereed\n');
      const csv = runCli(['score', SCAN_2027, '--format', 'csv', '--plan', edited, ...DIR]).stdout.split('\n');
      const [head, row] = [csv[0]!.split(','), csv[1]!.split(',')];
      expect(row[head.indexOf('a-one.actions')]).toBe('3');
      expect(row[head.indexOf('a-one.actionsDone')]).toBe('1');
      expect(row[head.indexOf('beta.actionsDone')]).toBe('1');
    });

    it('score --plan in Markdown, HTML and the workbook', () => {
      const md = runCli(['score', SCAN_2027, '--format', 'markdown', '--plan', edited, ...DIR]).stdout;
      expect(md).toContain('## Action plan\n\n- A one: 1 of 3 actions done\n');
      const html = runCli(['score', SCAN_2027, '--format', 'html', '--plan', edited, ...DIR]).stdout;
      expect(html).toMatch(
        /<section class="action-plan"><h2>Action plan<\/h2><ul><li>A one: 1 of 3 actions done<\/li>/,
      );
      const xlsx = path.join(dir, 'profiel.xlsx');
      expect(runCli(['score', SCAN_2027, '--format', 'xlsx', '-o', xlsx, '--plan', edited, ...DIR]).code).toBe(0);
      expect(fs.statSync(xlsx).size).toBeGreaterThan(0);
    });

    it('compare --plan says per unit the actions done beside the change in level', () => {
      const nl = runCli(['compare', SCAN_2026, SCAN_2027, '--plan', edited, '--lang', 'nl', ...DIR]);
      expect(nl.code).toBe(0);
      // a-one went from phase 1 to 2 (scores 1 and 2), beta from 1 to 3.
      expect(nl.stdout).toContain('A een: 1 van 3 acties gereed; A een van fase 1 naar 2');
      expect(nl.stdout).toContain('Bèta: 1 van 1 actie gereed; Bèta van fase 1 naar 3');
      const md = runCli(['compare', SCAN_2026, SCAN_2027, '--format', 'markdown', '--plan', edited, ...DIR]).stdout;
      expect(md).toContain('## Action plan\n\n- A one: 1 of 3 actions done; A one from phase 1 to 2\n');
      const json = JSON.parse(
        runCli(['compare', SCAN_2026, SCAN_2027, '--format', 'json', '--plan', edited, ...DIR]).stdout,
      ) as { plan: { units: { id: string; done: number }[] } };
      expect(json.plan.units.find((u) => u.id === 'beta')?.done).toBe(1);
      const validate = publishedSchema('comparison.schema.json');
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
      const html = runCli(['compare', SCAN_2026, SCAN_2027, '--format', 'html', '--plan', edited, ...DIR]).stdout;
      expect(html).toContain('<li>G two: 0 of 1 action done; G two from phase 3 to 4</li>');
    });

    it('compare --plan of three scans: the actions done beside the change from the first scan to the last', () => {
      // Given out of order: compared by date, so 2025 is the first scan and 2027 the last. From 2025
      // (hand-computed from its answers) to 2027: a-one 1 → 2 (scores 1 and 2), a-two 1 → 2 (1.5 and 2),
      // beta 2 → 3 (2 and 3), g-one stays at 2, g-two 2 → 4. The counts are those of score --plan.
      const three = [SCAN_2027, SCAN_2025, SCAN_2026];
      const nl = runCli(['compare', ...three, '--plan', edited, '--lang', 'nl', ...DIR]);
      expect(nl.code, nl.stderr).toBe(0);
      expect(nl.stdout).toContain(
        [
          'Actieplan',
          '  A een: 1 van 3 acties gereed; A een van fase 1 naar 2',
          '  A twee: 0 van 1 actie gereed; A twee van fase 1 naar 2',
          '  Bèta: 1 van 1 actie gereed; Bèta van fase 2 naar 3',
          '  G een: 0 van 1 actie gereed; G een blijft in fase 2',
          '  G twee: 0 van 1 actie gereed; G twee van fase 2 naar 4',
          '',
        ].join('\n'),
      );
      const md = runCli(['compare', ...three, '--format', 'markdown', '--plan', edited, ...DIR]).stdout;
      expect(md).toContain('## Action plan\n\n- A one: 1 of 3 actions done; A one from phase 1 to 2\n');
      expect(md).toContain('- G one: 0 of 1 action done; G one stays at phase 2\n');
      const json = JSON.parse(runCli(['compare', ...three, '--format', 'json', '--plan', edited, ...DIR]).stdout) as {
        scans: unknown[];
        plan: { file: string; units: unknown[] };
      };
      expect(json.scans).toHaveLength(3);
      expect(json.plan).toEqual({
        file: edited,
        units: [
          { id: 'a-one', name: 'A one', actions: 3, done: 1 },
          { id: 'a-two', name: 'A two', actions: 1, done: 0 },
          { id: 'beta', name: 'Beta', actions: 1, done: 1 },
          { id: 'g-one', name: 'G one', actions: 1, done: 0 },
          { id: 'g-two', name: 'G two', actions: 1, done: 0 },
        ],
      });
      const validate = publishedSchema('comparison.schema.json');
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
      const html = runCli(['compare', ...three, '--format', 'html', '--plan', edited, ...DIR]).stdout;
      expect(html).toMatch(
        /<section class="action-plan"><h2>Action plan<\/h2><ul><li>A one: 1 of 3 actions done; A one from phase 1 to 2<\/li>/,
      );
      expect(html).toContain('<li>G two: 0 of 1 action done; G two from phase 2 to 4</li>');
    });

    it('a plan of another organisation is one line of error', () => {
      const other = path.join(dir, 'other.yaml');
      fs.writeFileSync(other, fs.readFileSync(edited, 'utf8').replace('Gemeente Plan', 'Gemeente Elders'));
      const refused = runCli(['score', SCAN_2027, '--plan', other, ...DIR]);
      expect(refused.code).toBe(1);
      expect(refused.stderr.trim()).toBe(
        `datascan: ${other} is the action plan of Gemeente Elders, not of Gemeente Plan`,
      );
      const trend = runCli(['compare', SCAN_2025, SCAN_2026, SCAN_2027, '--plan', other, ...DIR]);
      expect(trend.code).toBe(1);
      expect(trend.stderr.trim()).toBe(
        `datascan: ${other} is the action plan of Gemeente Elders, not of Gemeente Plan`,
      );
    });

    it('keeps the edits and comments of the actions that still apply, and lists those that no longer do', () => {
      rewrite = runCli(['plan', SCAN_2027, '-o', edited, ...DIR]);
      expect(rewrite.code).toBe(0);
      const actions = actionsOf(edited);
      const byId = new Map(actions.map((a) => [a.id, a]));
      expect(byId.get('a-one-2')).toMatchObject({ status: 'bezig', from: 2, to: 4 });
      expect(byId.get('a-one-4')).toMatchObject({ status: 'dropped', from: 2 });
      // No longer steps, but filled in: kept, marked.
      expect(byId.get('a-one-1')).toMatchObject({
        status: 'gereed',
        owner: 'Jan de Vries',
        due: '2026-06-30',
        applies: false,
      });
      expect(byId.get('beta-1')).toMatchObject({ status: 'done', note: 'klaar in mei', applies: false });
      // New: beta's step from phase 3; left out: g-two's, which nobody touched (g-two is at the top now).
      expect(byId.get('beta-2')).toMatchObject({ text: 'Beta step 3', status: 'open' });
      expect(byId.has('g-two-1')).toBe(false);
      const text = fs.readFileSync(edited, 'utf8');
      expect(text).toContain('# Bespreken in het MT');
      expect(text).toContain('note: klaar in mei # afgestemd met de CIO');
      // Every action written counted once: 5 + 1 + 2 of 8.
      expect(rewrite.stderr).toContain('wrote 8 actions');
      expect(rewrite.stderr).toContain('(5 kept, 1 new, 2 kept though no longer a step)');
      expect(rewrite.stderr).toContain('kept for what was filled in (marked `applies: false`): `a-one-1`, `beta-1`');
      expect(rewrite.stderr).toContain(`left out: \`g-two-1\` (the earlier plan is kept as ${edited}.bak)`);
      expect(actionsOf(`${edited}.bak`).map((a) => a.id)).toContain('g-two-1');
      expect(publishedSchema('plan.schema.json')(parse(text))).toBe(true);
    });
  });

  it('keeps an action added by hand and a step whose text was changed, each once, and counts them', () => {
    const own = path.join(dir, 'own.yaml');
    expect(runCli(['plan', SCAN_2026, '-o', own, ...DIR]).code).toBe(0);
    const text = fs
      .readFileSync(own, 'utf8')
      .replace('text: A one step 2b', 'text: A one step 2b, with the CIO')
      .concat('  - id: a-one-eigen\n    unit: a-one\n    text: Our own action\n    owner: Els\n    status: bezig\n');
    fs.writeFileSync(own, text);
    // The same scan again: every step still applies.
    const again = runCli(['plan', SCAN_2026, '-o', own, ...DIR], { env: { LANG: 'nl_NL.UTF-8' } });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain('9 acties geschreven naar');
    expect(again.stderr).toContain('(8 behouden, 0 nieuw, 1 zelf toegevoegd)\n');
    expect(again.stderr).toContain('zelf toegevoegd (met een eigen id), bewaard zoals ze zijn: `a-one-eigen`\n');
    expect(again.stderr).not.toContain('geen volgende stap meer');
    const actions = actionsOf(own);
    expect(actions.filter((a) => a.text.startsWith('A one step 2b')).map((a) => [a.id, a.text, a.applies])).toEqual([
      ['a-one-3', 'A one step 2b, with the CIO', undefined],
    ]);
    expect(actions.at(-1)).toMatchObject({ id: 'a-one-eigen', text: 'Our own action', owner: 'Els', status: 'bezig' });
    expect(actions.at(-1)).not.toHaveProperty('applies');
  });

  it('is written again in the language it is in: its actions are matched by their text', () => {
    const quickscan = 'examples/gemeente-voorbeeld/quickscan-2025.yaml';
    const english = path.join(dir, 'action-plan.yaml');
    expect(runCli(['plan', quickscan, '-o', english, '--lang', 'en']).code).toBe(0);
    const written = fs.readFileSync(english, 'utf8');
    expect(parse(written)).toMatchObject({ language: 'en' });
    // Without --lang: in English again, every action kept, none new.
    const again = runCli(['plan', quickscan, '-o', english]);
    expect(again.code, again.stderr).toBe(0);
    const count = actionsOf(english).length;
    expect(again.stderr).toContain(`(${count} kept, 0 new)`);
    // In Dutch every step's text differs: refused, rather than every action dropped and added anew.
    const dutch = runCli(['plan', quickscan, '-o', english, '--lang', 'nl']);
    expect(dutch.code).toBe(1);
    // Said in the language asked for, as every message of the command.
    expect(dutch.stderr).toContain(
      `datascan: ${english} is geschreven in \`en\` en de stappen worden op hun tekst herkend: schrijf het opnieuw in \`en\` (laat --lang weg, of --lang en), niet in \`nl\`, of schrijf een nieuw plan\n`,
    );
    expect(actionsOf(english)).toHaveLength(count);
  });

  it('validate finds unknown units, duplicate ids, bad dates and statuses, at their line and column', () => {
    const bad = path.join(dir, 'bad.yaml');
    const text = [
      'questionnaire: tiny-scan',
      'actions:',
      '  - {id: a-one-1, unit: a-one, text: Stap, due: "2026-02-30"}',
      '  - {id: a-one-1, unit: alfa, text: Stap}',
      '  - id: x-1',
      '    unit: a-one',
      '    text: Stap',
      '    status: klaar',
      '    due: 30-06-2026',
      '',
    ].join('\n');
    fs.writeFileSync(bad, text);
    const found = runCli(['validate', bad, ...DIR]);
    expect(found.code).toBe(1);
    expect(found.stdout).toContain(`${bad}:8:13: error invalid-value`);
    // The status written is said back beside the choices.
    expect(found.stdout).toMatch(/:8:13: error invalid-value `status` must be one of: [^\n]*, not `klaar`\n/);
    expect(found.stdout).toContain(`${bad}:9:10: error invalid-value`);
    // The plan's own rules run in the same round as the schema's, each where its field has the right type.
    expect(found.stdout).toContain(`${bad}:3:49: error plan-due-date`);
    expect(found.stdout).toContain(
      `${bad}:4:10: error plan-duplicate-id action id \`a-one-1\` is used before, on line 3`,
    );
    expect(found.stdout).toContain(`${bad}:4:25: error plan-unknown-unit`);
    // An action without an id is named by its place in the list.
    const noId = path.join(dir, 'no-id.yaml');
    fs.writeFileSync(noId, 'questionnaire: tiny-scan\nactions:\n  - {unit: alfa, text: Stap, due: "2026-02-30"}\n');
    const unnamed = runCli(['validate', noId, ...DIR]).stdout;
    expect(unnamed).toContain('error plan-unknown-unit action `#1`: `alfa`');
    expect(unnamed).toContain('error plan-due-date action `#1`: due date `2026-02-30`');
    expect(unnamed).not.toContain('undefined');
    // A due date in another form is the schema's finding only, not also plan-due-date.
    expect(found.stdout.match(/:9:\d+: /g)).toHaveLength(1);
    // And the same on a file that passes the schema.
    fs.writeFileSync(bad, text.split('\n').slice(0, 4).join('\n') + '\n');
    const rules = runCli(['validate', bad, ...DIR]);
    expect(rules.stdout).toContain(`${bad}:3:49: error plan-due-date`);
    expect(rules.stdout).toContain(`${bad}:4:25: error plan-unknown-unit`);
  });

  it('score --plan on a plan with errors names the first in the file and how many more, in one line', () => {
    const broken = path.join(dir, 'broken.yaml');
    fs.writeFileSync(
      broken,
      [
        'questionnaire: tiny-scan',
        'actions:',
        // The schema's findings on line 3 come after its unknown keys of line 4 in what validation finds.
        '  - {id: a-one-1, unit: a-one, text: Stap, status: klaar, due: 30-06-2026}',
        '  - {id: a-one-2, unit: a-one, text: Stap, frm: 1, colour: red}',
        '',
      ].join('\n'),
    );
    const refused = runCli(['score', SCAN_2026, '--plan', broken, ...DIR]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `datascan: ${broken}:3:52: error invalid-value \`status\` must be one of: \`open\`, \`in-progress\`, \`done\`, \`dropped\`, \`bezig\`, \`gereed\`, \`vervallen\`, not \`klaar\` (3 more errors: run \`datascan validate ${broken}\` for all)\n`,
    );
    const dutch = runCli(['compare', SCAN_2025, SCAN_2026, '--plan', broken, ...DIR], { env: { LANG: 'nl_NL.UTF-8' } });
    expect(dutch.stderr).toContain(`:3:52: error invalid-value`);
    expect(dutch.stderr).toContain(`(nog 3 fouten: voer \`datascan validate ${broken}\` uit voor alle fouten)\n`);
    // Too large to read: said so in words that fit a plan too.
    fs.writeFileSync(broken, `questionnaire: tiny-scan\nactions:\n${'  - x\n'.repeat(200_001)}`);
    const large = runCli(['score', SCAN_2026, '--plan', broken, ...DIR]);
    expect(large.code).toBe(1);
    expect(large.stderr).toBe(
      `datascan: ${broken}: error file-too-large file has more than 200,000 keys, values and list items; no file datascan reads has nearly that many\n`,
    );
    // One error: that one, nothing more.
    fs.writeFileSync(
      broken,
      'questionnaire: tiny-scan\nactions:\n  - {id: a-one-1, unit: a-one, text: Stap, frm: 1}\n',
    );
    const one = runCli(['score', SCAN_2026, '--plan', broken, ...DIR]);
    expect(one.stderr).toMatch(/:3:44: error unknown-key [^\n]*`frm`[^\n(]*\n$/);
  });

  it('a status in the wrong case gets a did-you-mean; a new plan says in a comment what may be filled in', () => {
    const cased = path.join(dir, 'cased.yaml');
    fs.writeFileSync(
      cased,
      'questionnaire: tiny-scan\nactions:\n  - {id: a-one-1, unit: a-one, text: Stap, status: Gereed}\n',
    );
    const found = runCli(['validate', cased, ...DIR]);
    expect(found.code).toBe(1);
    expect(found.stdout).toContain(', not `Gereed` — did you mean `gereed`?');
    // Above the actions, in the plan's language, the words a status may be.
    const quickscan = 'examples/gemeente-voorbeeld/quickscan-2025.yaml';
    const dutch = path.join(dir, 'guided-nl.yaml');
    expect(runCli(['plan', quickscan, '-o', dutch, '--lang', 'nl']).code).toBe(0);
    const nl = fs.readFileSync(dutch, 'utf8');
    expect(nl).toMatch(/\n# Vul per actie in: .*status: open, bezig, gereed of vervallen\.\n# .*\nactions:\n/);
    const english = path.join(dir, 'guided-en.yaml');
    expect(runCli(['plan', quickscan, '-o', english, '--lang', 'en']).code).toBe(0);
    expect(fs.readFileSync(english, 'utf8')).toMatch(
      /\n# Fill in per action: .*status: open, in-progress, done or dropped\.\n# .*\nactions:\n/,
    );
    expect(runCli(['validate', dutch, english]).code).toBe(0);
    // Written again, the file keeps its own comments: one taken out stays out.
    fs.writeFileSync(dutch, nl.replace(/^# Vul per actie.*\n# .*\n/m, ''));
    expect(runCli(['plan', quickscan, '-o', dutch, '--lang', 'nl']).code).toBe(0);
    expect(fs.readFileSync(dutch, 'utf8')).not.toContain('# Vul per actie');
  });
});

describe('a plan of another questionnaire', () => {
  const EXAMPLE = 'examples/gemeente-voorbeeld';
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-plan-model-'));
  const quickscanPlan = path.join(work, 'actieplan-quickscan.yaml');
  const tinyPlan = path.join(work, 'actieplan-tiny.yaml');
  beforeAll(() => {
    expect(runCli(['plan', `${EXAMPLE}/quickscan-2025.yaml`, '-o', quickscanPlan]).code).toBe(0);
    expect(runCli(['plan', SCAN_2026, '-o', tinyPlan, ...DIR]).code).toBe(0);
  });

  it('of the same model is counted beside a scan: the quickscan plan beside the full scan, in score and compare', () => {
    const scored = runCli([
      'score',
      `${EXAMPLE}/scan-2026`,
      '--aggregate',
      '--plan',
      quickscanPlan,
      '--format',
      'json',
    ]);
    expect(scored.code, scored.stderr).toBe(0);
    const plan = (JSON.parse(scored.stdout) as { plan: { units: { id: string; actions: number }[] } }).plan;
    // The quickscan's units are the model's: every one the plan has actions for is counted.
    const planned = new Set(actionsOf(quickscanPlan).map((a) => a.unit));
    expect(plan.units.map((u) => u.id).sort()).toEqual([...planned].sort());
    const compared = runCli(['compare', `${EXAMPLE}/scan-2025`, `${EXAMPLE}/scan-2026`, '--plan', quickscanPlan]);
    expect(compared.code, compared.stderr).toBe(0);
    expect(compared.stdout).toContain('Actieplan');
  });

  it('of another model is refused (exit 1), and `plan` writes again only a plan of its own questionnaire', () => {
    const other = runCli(['score', `${EXAMPLE}/scan-2026`, '--aggregate', '--plan', tinyPlan, ...DIR]);
    expect(other.code).toBe(1);
    expect(other.stderr.trim()).toBe(
      `datascan: ${tinyPlan} is the action plan for questionnaire \`tiny-scan\`, not for \`odg-scan\``,
    );
    const rewrite = runCli(['plan', `${EXAMPLE}/scan-2026`, '-o', quickscanPlan]);
    expect(rewrite.code).toBe(1);
    expect(rewrite.stderr.trim()).toBe(
      `datascan: ${quickscanPlan} is the action plan for questionnaire \`odg-quickscan\`, not for \`odg-scan\``,
    );
  });
});
