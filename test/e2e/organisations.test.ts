/** Which organisation `score --aggregate` and `compare` name, when answer files spell it differently or name others. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { fixture, ROOT, runCli } from '../helpers/cli.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-organisations-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Respondent A's answers (test/fixtures/answers/tiny/a.yaml) as `file` in `folder`, naming `organisation`. */
function answerFile(folder: string, file: string, organisation: string): string {
  const a = parse(fs.readFileSync(path.join(ROOT, fixture('answers', 'tiny', 'a.yaml')), 'utf8')) as Record<
    string,
    unknown
  >;
  fs.mkdirSync(path.join(work, folder), { recursive: true });
  const out = path.join(work, folder, file);
  const questionnaire = path.join(ROOT, fixture('scoring', 'tiny-scan.yaml'));
  // Texts quoted: the `yaml` package writes the date bare, which would add a yaml11-date warning.
  fs.writeFileSync(out, stringify({ ...a, questionnaire, organisation }, { defaultStringType: 'QUOTE_DOUBLE' }));
  return out;
}

// Two exports of one municipality that spell its name differently, and another municipality.
answerFile('zuiderhaven', 'r1.yaml', 'Zuiderhaven ');
answerFile('zuiderhaven', 'r2.yaml', 'Gemeente Zuiderhaven');
const NOORDERVEEN = answerFile('noorderveen', 'r1.yaml', 'Gemeente Noorderveen');
const ZUIDERHAVEN = answerFile('zuiderhaven-2025', 'r1.yaml', 'Gemeente Zuiderhaven');
const MIXED = path.join(work, 'zuiderhaven');

describe('score --aggregate over answer files that name different organisations', () => {
  it('warns with the names found, and the profile names none', () => {
    const r = runCli(['score', MIXED, '--aggregate', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(
      'datascan: the answers name 2 organisations ("Zuiderhaven", "Gemeente Zuiderhaven"), so the profile names none; give --organisation NAME to name it\n',
    );
    expect((JSON.parse(r.stdout) as { organisation: string | null }).organisation).toBeNull();
  });

  it('--organisation names the profile, without a warning', () => {
    const r = runCli(['score', MIXED, '--aggregate', '--organisation', 'Gemeente Zuiderhaven']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[0]).toBe('Gemeente Zuiderhaven');
  });

  it('--organisation without --aggregate names every profile; with --group-by, or blank, it is refused', () => {
    const each = runCli(['score', MIXED, '--organisation', 'Gemeente Zuiderhaven', '--format', 'json']);
    expect(each.code, each.stderr).toBe(0);
    const profiles = JSON.parse(each.stdout) as { organisation: string }[];
    expect(profiles.map((p) => p.organisation)).toEqual(['Gemeente Zuiderhaven', 'Gemeente Zuiderhaven']);
    const grouped = runCli(['score', MIXED, '--group-by', 'organisation', '--organisation', 'X']);
    expect(grouped.code).toBe(2);
    expect(grouped.stderr).toContain('--organisation names every profile one organisation');
    const blank = runCli(['score', MIXED, '--aggregate', '--organisation', ' ']);
    expect(blank.code).toBe(2);
    expect(blank.stderr).toBe('datascan: --organisation: give the name of the organisation\n');
  });

  it('makes the names found safe on the terminal', () => {
    answerFile('hostile', 'r1.yaml', 'Gemeente \u001b[2J Oost');
    answerFile('hostile', 'r2.yaml', 'Gemeente West');
    const r = runCli(['score', path.join(work, 'hostile'), '--aggregate']);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr).toContain('("Gemeente \\u{1b}[2J Oost", "Gemeente West")');
  });
});

describe('compare of two organisations', () => {
  it('names both in the title, the earlier first, and warns on stderr', () => {
    const r = runCli(['compare', ZUIDERHAVEN, NOORDERVEEN, '--lang', 'nl']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Vergelijking: Gemeente Zuiderhaven → Gemeente Noorderveen');
    expect(r.stderr).toBe(
      'datascan: verschillende organisaties vergeleken: "Gemeente Zuiderhaven" (vóór) en "Gemeente Noorderveen" (na); geef --organisation NAAM als het om dezelfde organisatie gaat\n',
    );
  });

  it('names both in the HTML report, with a note, and in the JSON comparison', () => {
    const html = runCli(['compare', ZUIDERHAVEN, NOORDERVEEN, '--format', 'html']);
    expect(html.code, html.stderr).toBe(0);
    expect(html.stdout).toContain('<dd>Gemeente Zuiderhaven → Gemeente Noorderveen</dd>');
    expect(html.stdout).toContain('<p class="warning-note" role="note">These scans are of different organisations');
    const json = runCli(['compare', ZUIDERHAVEN, NOORDERVEEN, '--format', 'json']);
    expect((JSON.parse(json.stdout) as { differentOrganisations: unknown }).differentOrganisations).toEqual({
      before: 'Gemeente Zuiderhaven',
      after: 'Gemeente Noorderveen',
    });
  });

  it('warns when a side (a folder scored as a group) mixes names; --organisation names both sides, without warnings', () => {
    const mixed = runCli(['compare', ZUIDERHAVEN, MIXED]);
    expect(mixed.code, mixed.stderr).toBe(0);
    expect(mixed.stderr).toContain(
      `datascan: ${MIXED}: the answers name 2 organisations ("Zuiderhaven", "Gemeente Zuiderhaven")`,
    );
    const named = runCli(['compare', NOORDERVEEN, MIXED, '--organisation', 'Gemeente Zuiderhaven', '--format', 'json']);
    expect(named.code, named.stderr).toBe(0);
    expect(named.stderr).toBe('');
    const c = JSON.parse(named.stdout) as { before: { organisation: string }; after: { organisation: string } };
    expect([c.before.organisation, c.after.organisation]).toEqual(['Gemeente Zuiderhaven', 'Gemeente Zuiderhaven']);
    expect(c).not.toHaveProperty('differentOrganisations');
  });

  it('--organisation names a profile JSON side too', () => {
    const profile = path.join(work, 'noorderveen.json');
    expect(runCli(['score', NOORDERVEEN, '--format', 'json', '-o', profile]).code).toBe(0);
    const r = runCli(['compare', profile, ZUIDERHAVEN, '--organisation', 'Gemeente Zuiderhaven']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[0]).toBe('Comparison: Gemeente Zuiderhaven');
  });
});
