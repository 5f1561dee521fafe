/** `datascan score` end to end: the built CLI on answer files, in every format. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, ROOT, runCli } from '../helpers/cli.js';
import { publishedSchema } from '../helpers/schemas.js';

const validateProfile = publishedSchema('profile.schema.json');
const expectValidProfile = (data: unknown) => {
  expect(validateProfile(data), JSON.stringify(validateProfile.errors)).toBe(true);
};

const A = fixture('answers', 'tiny', 'a.yaml');
const GROUP = fixture('answers', 'tiny', 'group');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-score-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

interface ProfileJson {
  organisation: string | null;
  respondents: number;
  sources: string[];
  overall: { score: number | null; level: number };
  dimensions: {
    id: string;
    score: number | null;
    target: number;
    spread?: { disagreement: boolean };
    subdimensions: { id: string; score: number | null; target: number; targetSource: string }[];
  }[];
  nextSteps: { subdimension: string | null }[];
  explanation?: unknown;
}

describe('datascan score: formats', () => {
  it('table (default): the profile for one answer file, exit 0', () => {
    const r = runCli(['score', A]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n').slice(0, 4)).toEqual([
      'Gemeente Test',
      'Tiny scan (tiny-scan 1.0.0) · 1 respondent · 2026-11-28',
      "Coverage: 75% (8 of 8 answered, 1 of them don't know and 1 n/a)",
      'Overall: 2.65 · phase 2 Trying, approaching 3 [#######-----]',
    ]);
    expect(r.stdout).toMatch(/ {2}A one +2\.67 +2 Trying \(→3\) +3 +1 \[#######\|-----\]/);
    expect(r.stdout).not.toContain('\u001b[');
    expect(Math.max(...r.stdout.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(80);
  });

  it('json: the hand-computed profile, valid against schemas/profile.schema.json', () => {
    const r = runCli(['score', A, '--format', 'json']);
    expect(r.code).toBe(0);
    const p = JSON.parse(r.stdout) as ProfileJson;
    expectValidProfile(p);
    expect(p.overall.score).toBeCloseTo(127 / 48, 12);
    expect(p.dimensions.map((d) => [d.id, d.score])).toEqual([
      ['alpha', 35 / 12],
      ['beta', 2.75],
      ['gamma', 2],
    ]);
    expect(p.nextSteps.map((g) => g.subdimension)).toEqual(['a-two', 'a-one', 'g-two', null]);
  });

  it('json: one shape per kind of input, whatever fails (an object for one file, else an array)', () => {
    // A folder where all but one file fail: still an array.
    const folder = path.join(work, 'one-good');
    fs.mkdirSync(path.join(folder, 'sub'), { recursive: true });
    fs.copyFileSync(path.join(ROOT, GROUP, 'r1.yaml'), path.join(folder, 'sub', 'r1.yaml'));
    fs.copyFileSync(path.join(ROOT, fixture('answers', 'bad', 'invalid-value.yaml')), path.join(folder, 'bad.yaml'));
    fs.writeFileSync(
      path.join(folder, 'sub', 'r1.yaml'),
      fs
        .readFileSync(path.join(folder, 'sub', 'r1.yaml'), 'utf8')
        .replace('../../../scoring', path.join(ROOT, 'test/fixtures/scoring')),
    );
    fs.writeFileSync(
      path.join(folder, 'bad.yaml'),
      fs
        .readFileSync(path.join(folder, 'bad.yaml'), 'utf8')
        .replace('../../scoring', path.join(ROOT, 'test/fixtures/scoring')),
    );
    const fromFolder = runCli(['score', folder, '--format', 'json', '--allow-outside']);
    expect(fromFolder.code).toBe(1);
    expect((JSON.parse(fromFolder.stdout) as ProfileJson[]).map((p) => p.respondents)).toEqual([1]);
    // Two files named, one of them bad: an array too.
    const two = runCli(['score', A, fixture('answers', 'bad', 'invalid-value.yaml'), '--format', 'json']);
    expect(two.code).toBe(1);
    expect(JSON.parse(two.stdout)).toHaveLength(1);
    // One file that fails: nothing on stdout; --aggregate of a folder: one object.
    const bad = runCli(['score', fixture('answers', 'bad', 'invalid-value.yaml'), '--format', 'json']);
    expect([bad.code, bad.stdout]).toEqual([1, '']);
    const group = runCli(['score', GROUP, '--aggregate', '--format', 'json']);
    expect(Array.isArray(JSON.parse(group.stdout))).toBe(false);
  });

  it('names the respondent of each profile in a batch (table and Markdown), or numbers an anonymous one', () => {
    const titles = ['Gemeente Elders · Respondent 1', 'Gemeente Test · R. Een (CIO)', 'gemeente  test · Respondent 3'];
    const table = runCli(['score', GROUP]);
    expect(table.code).toBe(0);
    for (const title of titles) expect(table.stdout.split('\n')).toContain(title);
    const markdown = runCli(['score', GROUP, '--format', 'markdown']);
    for (const title of titles) expect(markdown.stdout.split('\n')).toContain(`# ${title}`);
    // A group names no one: it is the organisation's profile.
    expect(runCli(['score', GROUP, '--aggregate']).stdout.split('\n')[0]).toBe('Organisation not named');
  });

  it('json with several files: an array of profiles, each valid', () => {
    const r = runCli(['score', GROUP, '--format', 'json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as ProfileJson[];
    expect(list.map((p) => p.sources[0])).toEqual(
      ['elders.yaml', 'r1.yaml', 'r2.yaml', 'r3.yaml'].map((f) => path.join(GROUP, f)),
    );
    list.forEach(expectValidProfile);
  });

  it('ndjson: one valid profile per line', () => {
    const r = runCli(['score', GROUP, A, '--format', 'ndjson', '--explain']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    for (const line of lines) {
      const p = JSON.parse(line) as ProfileJson;
      expectValidProfile(p);
      expect(p.explanation).toBeDefined();
    }
  });

  it('csv: a header and one row per profile; --csv-dialect nl gives semicolons and decimal commas', () => {
    const en = runCli(['score', A, '--format', 'csv']);
    expect(en.code).toBe(0);
    const [head, row] = parse(en.stdout) as string[][];
    const cells = Object.fromEntries(head!.map((h, i) => [h, row![i]]));
    expect(cells).toMatchObject({
      file: A,
      organisation: 'Gemeente Test',
      coverage: '0.75',
      'beta.score': '2.75',
      'overall.level': '2',
    });
    const nl = runCli(['score', A, '--format', 'csv', '--csv-dialect', 'nl']);
    const [nlHead, nlRow] = parse(nl.stdout, { delimiter: ';', bom: true }) as string[][];
    const nlCells = Object.fromEntries(nlHead!.map((h, i) => [h, nlRow![i]]));
    expect(nlCells).toMatchObject({ coverage: '0,75', 'beta.score': '2,75' });
  });

  it('markdown: a report with a table per dimension', () => {
    const r = runCli(['score', A, '--format', 'markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Gemeente Test');
    expect(r.stdout).toContain('| ↳ A one | 2.67 | 2 Trying (→3) | 3 | 1 | `[#######\\|-----]` |');
  });

  it('--lang nl gives Dutch names, phases and labels', () => {
    const r = runCli(['score', A, '--lang', 'nl']);
    expect(r.stdout).toContain('Kleine scan (tiny-scan 1.0.0) · 1 respondent · 2026-11-28');
    expect(r.stdout).toContain('Totaal: 2,65 · fase 2 Proberen, op weg naar 3');
    expect(r.stdout).toMatch(/^Bèta +2,75 +3 Verbreden/m);
  });

  it('--lang nl-BE is Dutch too, texts included, with no warning', () => {
    const r = runCli(['score', A, '--lang', 'nl-BE']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Bèta +2,75 +3 Verbreden/m);
    expect(runCli(['score', A, '--lang', 'de']).stderr).toBe('datascan: `tiny-scan` has no texts in `de`; using en\n');
  });
});

describe('datascan score: several respondents', () => {
  it('--aggregate: one group profile with spread and disagreement', () => {
    const r = runCli([
      'score',
      path.join(GROUP, 'r1.yaml'),
      path.join(GROUP, 'r2.yaml'),
      path.join(GROUP, 'r3.yaml'),
      '--aggregate',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const p = JSON.parse(r.stdout) as ProfileJson;
    expectValidProfile(p);
    expect(p.respondents).toBe(3);
    expect(p.overall.score).toBeCloseTo(239 / 96, 12);
    expect(p.dimensions.find((d) => d.id === 'beta')!.spread).toEqual({
      min: 2,
      max: 3,
      sd: expect.closeTo(Math.sqrt(2) / 3, 12),
      disagreement: true,
      respondents: 3,
    });
    // r1.yaml sets targets {alpha: 4}: the subdimensions inherit it
    expect(p.dimensions[0]!.subdimensions.map((s) => [s.id, s.target, s.targetSource])).toEqual([
      ['a-one', 4, 'dimension'],
      ['a-two', 4, 'dimension'],
    ]);
  });

  it('--group-by organisation: one profile per organisation (case and spacing ignored)', () => {
    const r = runCli(['score', GROUP, '--group-by', 'organisation', '--format', 'json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as ProfileJson[];
    expect(list.map((p) => [p.organisation, p.respondents])).toEqual([
      ['Gemeente Elders', 1],
      ['Gemeente Test', 3],
    ]);
  });

  it('--disagreement raises the threshold, --target and --top shape targets and next steps', () => {
    const r = runCli([
      'score',
      path.join(GROUP, 'r1.yaml'),
      path.join(GROUP, 'r2.yaml'),
      path.join(GROUP, 'r3.yaml'),
      '--aggregate',
      '--format',
      'json',
      '--disagreement',
      '1.5',
      '--target',
      '2',
      '--target',
      'a-two=4',
      '--top',
      '1',
    ]);
    const p = JSON.parse(r.stdout) as ProfileJson;
    expect(p.dimensions.find((d) => d.id === 'beta')!.spread!.disagreement).toBe(false);
    expect(p.dimensions[0]!.subdimensions.map((s) => [s.id, s.target, s.targetSource])).toEqual([
      ['a-one', 2, 'option'],
      ['a-two', 4, 'option'],
    ]);
    expect(p.nextSteps.map((g) => g.subdimension)).toEqual(['a-two']);
  });

  it('--explain prints how each number came about', () => {
    const r = runCli(['score', A, '--explain']);
    expect(r.stdout).toContain('How these numbers came about');
    expect(r.stdout).toContain(
      'A one (a-one): 2.67 · phase 2 Trying\n  answers: a1-1 = 2; a1-2 = 3, weight 2\n  score: (2×1 + 3×2) / 3 = 2.67',
    );
  });
});

describe('datascan score: inputs', () => {
  it('reads CSV in both dialects with --questionnaire, one profile per row', () => {
    for (const file of ['tiny-comma.csv', 'tiny-semicolon.csv']) {
      const r = runCli([
        'score',
        fixture('answers', file),
        '--questionnaire',
        fixture('scoring', 'tiny-scan.yaml'),
        '--format',
        'json',
      ]);
      expect(r.code, r.stderr).toBe(0);
      const list = JSON.parse(r.stdout) as ProfileJson[];
      expect(list.map((p) => p.sources[0])).toEqual([
        `${fixture('answers', file)}#row-2`,
        `${fixture('answers', file)}#row-3`,
      ]);
      // row 2 is respondent A of the hand-computed profile
      expect(list[0]!.overall.score).toBeCloseTo(127 / 48, 12);
    }
  });

  it('refuses CSV without --questionnaire (usage error, exit 2)', () => {
    const r = runCli(['score', fixture('answers', 'tiny-comma.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('CSV answers need --questionnaire');
  });

  it('expands globs itself', () => {
    const r = runCli(['score', 'test/fixtures/answers/tiny/group/r*.yaml', '--format', 'ndjson']);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(3);
    expect(runCli(['score', 'test/fixtures/answers/**/nothing-*.yaml']).code).toBe(2);
  });

  it('reports a bad file with file:line:column, scores the others, and exits 1', () => {
    const r = runCli([
      'score',
      fixture('answers', 'bad'),
      A,
      '--questionnaire',
      fixture('scoring', 'tiny-scan.yaml'),
      '--format',
      'ndjson',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${fixture('answers', 'bad', 'bad-cell.csv')}:2:17: error invalid-answer`);
    expect(r.stderr).toContain(
      `${fixture('answers', 'bad', 'invalid-value.yaml')}:5:9: error invalid-answer 7 is not an option of question \`a1-2\``,
    );
    expect(r.stderr).toContain(`${fixture('answers', 'bad', 'unknown-question.yaml')}:4:3: error unknown-question`);
    expect(r.stderr).toContain('3 of 4 files had errors');
    // the good CSV row and a.yaml are scored
    const sources = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => (JSON.parse(l) as ProfileJson).sources[0]);
    expect(sources).toEqual([`${fixture('answers', 'bad', 'bad-cell.csv')}#row-3`, A]);
  });

  it('warns about a version mismatch, and refuses the file under --strict', () => {
    const file = fixture('answers', 'version-mismatch.yaml');
    const loose = runCli(['score', file, '--format', 'json']);
    expect(loose.code).toBe(0);
    expect(loose.stderr).toContain(`${file}:2:10: warning version-mismatch`);
    const strict = runCli(['score', file, '--format', 'json', '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain(`${file}:2:10: error version-mismatch`);
    expect(strict.stdout).toBe(''); // one answer file gives one object, or nothing
  });

  it('refuses a questionnaire given as answers', () => {
    const r = runCli(['score', fixture('scoring', 'tiny-scan.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error unknown-kind this is a questionnaire file, not an answer file');
  });
});

describe('datascan score -o', () => {
  it('writes the report to the file (streamed formats too), leaving no temporary file', () => {
    for (const format of ['json', 'ndjson', 'csv', 'table', 'markdown']) {
      const out = path.join(work, `out.${format}`);
      const r = runCli(['score', GROUP, A, '--format', format, '-o', out]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`wrote 5 profiles to ${out}`);
      const text = fs.readFileSync(out, 'utf8');
      expect(text.length).toBeGreaterThan(100);
      expect(text).not.toContain('\u001b[');
    }
    expect(fs.readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps the old file when the run fails', () => {
    const out = path.join(work, 'keep.ndjson');
    fs.writeFileSync(out, 'old\n');
    const r = runCli([
      'score',
      A,
      fixture('answers', 'tiny', 'group', 'r1.yaml'),
      '--format',
      'ndjson',
      '-o',
      out,
      '--target',
      'nope=3',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('`nope` is not a dimension or subdimension');
    expect(fs.readFileSync(out, 'utf8')).toBe('old\n');
    expect(fs.readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('datascan score: the example municipality', () => {
  const scan = path.join('examples', 'gemeente-voorbeeld', 'scan-2026');

  it('scores the five respondents as one group, valid against the schema, with the data analyst disagreeing', () => {
    const r = runCli(['score', scan, '--aggregate', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const p = JSON.parse(r.stdout) as ProfileJson;
    expectValidProfile(p);
    expect(p.respondents).toBe(5);
    expect(p.organisation).toBe('Gemeente Voorbeeld');
    const disagreeing = p.dimensions
      .flatMap((d) => d.subdimensions)
      .filter((s) => (s as { spread?: { disagreement: boolean } }).spread?.disagreement)
      .map((s) => s.id);
    expect(disagreeing).toEqual(expect.arrayContaining(['datakwaliteit', 'techniek', 'experimenteren']));
  });

  it('prints every format without errors', () => {
    for (const format of ['table', 'json', 'ndjson', 'csv', 'markdown']) {
      const r = runCli(['score', scan, '--format', format]);
      expect(r.code, `${format}: ${r.stderr}`).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(100);
    }
  });
});
