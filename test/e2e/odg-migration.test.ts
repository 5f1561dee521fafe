/**
 * The real migration of the shipped questionnaires, 1.0.0 → 1.1.0, on the example municipality's
 * files as answered for 1.0.0 (examples/gemeente-voorbeeld/scan-2026-v1.0.0 and quickscan-2025):
 * every expectation is worked out from the shipped `migrations` blocks and the answer files, so an
 * edit of either keeps the test honest.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const OLD_SCAN = path.join(ROOT, 'examples', 'gemeente-voorbeeld', 'scan-2026-v1.0.0');
const NEW_SCAN = path.join(ROOT, 'examples', 'gemeente-voorbeeld', 'scan-2026');
const QUICKSCAN = path.join(ROOT, 'examples', 'gemeente-voorbeeld', 'quickscan-2025.yaml');
const FILE = path.join(OLD_SCAN, '03-informatiemanager.yaml');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-odg-migration-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

interface Step {
  from: string;
  questions: Record<string, string>;
  added?: string[];
}
interface Shipped {
  version: string;
  migrations: Step[];
  questions: { id: string; subdimension: string }[];
}
const read = (file: string): Record<string, unknown> => parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
const shipped = (name: string): Shipped =>
  read(path.join(ROOT, 'questionnaires', `${name}.yaml`)) as unknown as Shipped;
const scan = shipped('odg-scan');
const quickscan = shipped('odg-quickscan');

/** What the migration from 1.0.0 should do to a file's answers, from the shipped step. */
function expected(q: Shipped, file: string) {
  const step = q.migrations.find((s) => s.from === '1.0.0')!;
  const answered = Object.keys(read(file)['answers'] as object);
  const dropped = answered.filter((id) => step.questions[id] === 'dropped');
  const fresh = q.questions
    .map((x) => x.id)
    .filter((id) => step.questions[id] === 'dropped' || (step.added ?? []).includes(id));
  // Units marked as changed: the subdimensions of the new and re-asked questions.
  const units = new Set(q.questions.filter((x) => fresh.includes(x.id)).map((x) => x.subdimension));
  return { carried: answered.length - dropped.length, dropped, newOpen: fresh, units };
}

describe('the shipped 1.0.0 → 1.1.0 migration', () => {
  it('is a real one: the scan and quickscan are 1.1.0 and drop and add questions', () => {
    expect(scan.version).toBe('1.1.0');
    expect(quickscan.version).toBe('1.1.0');
    const e = expected(scan, FILE);
    expect(e.dropped.length).toBeGreaterThan(0);
    expect(e.newOpen.length).toBeGreaterThan(e.dropped.length);
  });

  it('score: a 1.0.0 file is scored against 1.1.0 and says what carried over (JSON and text, Dutch)', () => {
    const e = expected(scan, FILE);
    const json = runCli(['score', FILE, '--format', 'json']);
    expect(json.code).toBe(0);
    const profile = JSON.parse(json.stdout);
    expect(profile.questionnaire.version).toBe('1.1.0');
    const migration = profile.respondentList[0].migration;
    expect(migration.from).toBe('1.0.0');
    expect(migration.carried).toBe(e.carried);
    expect([...migration.dropped].sort()).toEqual([...e.dropped].sort());
    expect([...migration.newOpen].sort()).toEqual([...e.newOpen].sort());
    const text = runCli(['score', FILE, '--lang', 'nl']).stdout.replace(/\s+/g, ' ');
    expect(text).toContain(
      `Beantwoord voor 1.0.0: ${e.carried} antwoorden overgenomen, ${e.dropped.length} vervallen, ${e.newOpen.length} nieuwe of gewijzigde vragen open`,
    );
  });

  it('score of the five 1.0.0 files together: every file is carried over, each said on stderr', () => {
    const r = runCli(['score', OLD_SCAN, '--aggregate', '--format', 'json']);
    expect(r.code).toBe(0);
    const files = fs.readdirSync(OLD_SCAN).filter((f) => f.endsWith('.yaml'));
    expect(JSON.parse(r.stdout).migration.respondents).toBe(files.length);
    expect(r.stderr.match(/info answers-migrated/g)).toHaveLength(files.length);
  });

  it('migrate writes a 1.1.0 file that validates clean, scores the same, and keeps dropped answers and notes as comments', () => {
    const out = path.join(work, 'informatiemanager-1.1.0.yaml');
    const r = runCli(['migrate', FILE, '-o', out, '--lang', 'nl']);
    expect(r.code).toBe(0);
    const written = fs.readFileSync(out, 'utf8');
    expect(read(out)['version']).toBe('1.1.0');
    const original = read(FILE)['answers'] as Record<string, unknown>;
    for (const id of expected(scan, FILE).dropped) {
      expect(written).toMatch(new RegExp(`^\\s*# vervallen in 1\\.1\\.0: ${id}: `, 'm'));
      const note = (original[id] as { note?: string } | undefined)?.note;
      if (note !== undefined) expect(written).toContain(JSON.stringify(note));
    }
    const validated = runCli(['validate', '--strict', out]);
    expect(validated.code, validated.stdout + validated.stderr).toBe(0);
    expect(validated.stdout).not.toContain('answers-migrated');
    const scores = (file: string) => {
      const p = JSON.parse(runCli(['score', file, '--format', 'json']).stdout);
      return { overall: p.overall, dimensions: p.dimensions };
    };
    expect(scores(out)).toEqual(scores(FILE));
  });

  it('compare of the 1.0.0 scan with the 1.1.0 scan marks exactly the units whose questions changed', () => {
    const r = runCli(['compare', OLD_SCAN, NEW_SCAN, '--format', 'json']);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c.questionsChangedSince).toEqual(['1.0.0']);
    const marked = c.dimensions
      .flatMap((d: { subdimensions: unknown[] }) => d.subdimensions)
      .filter((u: { questionsChanged?: boolean }) => u.questionsChanged)
      .map((u: { id: string }) => u.id);
    expect(new Set(marked)).toEqual(expected(scan, FILE).units);
    // The earlier side says which version it answered, as its own report does.
    const n = fs.readdirSync(OLD_SCAN).filter((f) => f.endsWith('.yaml')).length;
    const text = runCli(['compare', OLD_SCAN, NEW_SCAN, '--lang', 'nl']).stdout.replace(/\s+/g, ' ');
    expect(text).toMatch(
      new RegExp(
        `^Vergelijking: .* Voor: .*${n} van ${n} respondenten hebben een eerdere versie beantwoord \\(${n} voor 1\\.0\\.0\\).* Na: `,
      ),
    );
    expect(text.slice(text.indexOf(' Na: '))).not.toContain('eerdere versie');
    // Its floor questions were not asked in 1.0.0: no "0 answers below the legal floor" as if all were well.
    expect(text.slice(0, text.indexOf(' Na: '))).not.toMatch(/\b0 antwoorden onder de wettelijke ondergrens/);
    expect(text.slice(text.indexOf(' Na: '))).toMatch(/\b1 antwoord onder de wettelijke ondergrens \(ik-dkw-4\)/);
  });

  it('compare of the 1.0.0 quickscan with the 1.1.0 scan marks the quickscan’s changes, not the scan’s', () => {
    const r = runCli(['compare', QUICKSCAN, NEW_SCAN, '--format', 'json']);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout);
    const marked = c.dimensions
      .flatMap((d: { subdimensions: unknown[] }) => d.subdimensions)
      .filter((u: { questionsChanged?: boolean }) => u.questionsChanged)
      .map((u: { id: string }) => u.id);
    expect(new Set(marked)).toEqual(expected(quickscan, QUICKSCAN).units);
  });
});
