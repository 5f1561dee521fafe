/**
 * The answers per question end to end (test/fixtures/answers/notes: three respondents of tiny-scan,
 * Ann de Wit and Cas Bakker named, the second unnamed, with notes): every unit's questions in the
 * JSON profile, valid against the published schema; bars and notes in the table with --explain,
 * in Markdown and in HTML; --top N keeping the first N discussion points.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { publishedSchema } from '../helpers/schemas.js';

const WORKSHOP = fixture('answers', 'notes');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-questions-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const ok = (args: string[]) => {
  const r = runCli(args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
};

interface JsonQuestion {
  id: string;
  value: number | null;
  counts: Record<string, number>;
  notes: { respondent: string | null; text: string }[];
}
interface JsonUnit {
  id: string;
  questions?: JsonQuestion[];
  subdimensions: JsonUnit[];
}

describe('score: answers per question', () => {
  it('--format json gives every unit with questions of its own its questions, valid against the published schema', () => {
    const profile = JSON.parse(ok(['score', WORKSHOP, '--aggregate', '--format', 'json'])) as {
      dimensions: JsonUnit[];
    };
    const validate = publishedSchema('profile.schema.json');
    expect(validate(profile), JSON.stringify(validate.errors)).toBe(true);
    const alpha = profile.dimensions.find((d) => d.id === 'alpha')!;
    expect(alpha.questions).toBeUndefined();
    const aOne = alpha.subdimensions.find((s) => s.id === 'a-one')!;
    expect(aOne.questions![0]).toEqual({
      id: 'a1-1',
      text: 'Question a1-1',
      options: [
        { value: 1, label: 'Not yet' },
        { value: 2, label: 'In pilots' },
        { value: 3, label: 'In several places' },
        { value: 4, label: 'Everywhere' },
      ],
      value: 2,
      counts: { '1': 2, '2': 0, '3': 0, '4': 1, unknown: 0, notApplicable: 0, unanswered: 0 },
      notes: [
        { respondent: 'Ann de Wit', text: 'Alleen het pilotteam <werkt> zo' },
        { respondent: null, text: 'Overal sinds 2025' },
      ],
    });
    // beta has no subdimensions: its own questions, with a don't know and a not applicable
    const beta = profile.dimensions.find((d) => d.id === 'beta')!;
    expect(beta.questions!.map((x) => [x.id, x.counts.unknown, x.counts.notApplicable])).toEqual([
      ['b-1', 1, 0],
      ['b-2', 0, 1],
    ]);
    // bob left g2-1 open
    const gTwo = profile.dimensions.find((d) => d.id === 'gamma')!.subdimensions.find((s) => s.id === 'g-two')!;
    expect(gTwo.questions![0]!.counts.unanswered).toBe(1);
  });

  it('each profile of a batch has its own respondent’s answers and notes (ndjson)', () => {
    const lines = ok(['score', WORKSHOP, '--format', 'ndjson']).trim().split('\n');
    const firsts = lines.map((l) => {
      const p = JSON.parse(l) as { dimensions: JsonUnit[] };
      return p.dimensions[0]!.subdimensions[0]!.questions![0]!;
    });
    expect(firsts.map((x) => [x.value, x.notes.map((n) => n.respondent)])).toEqual([
      [1, ['Ann de Wit']],
      [4, [null]],
      [1, []],
    ]);
  });

  it('the table shows bars and notes with --explain only', () => {
    const plain = ok(['score', WORKSHOP, '--aggregate', '--lang', 'nl']);
    expect(plain).not.toContain('Antwoorden per vraag');
    const explained = ok(['score', WORKSHOP, '--aggregate', '--lang', 'nl', '--explain']);
    expect(explained).toContain(
      'Alfa › A een\n  a1-1 Vraag a1-1 (waarde 2,00)\n    Nog niet ██ 2 · In pilots 0 · Op meerdere plekken 0 · Overal █ 1\n    - Ann de Wit: Alleen het pilotteam <werkt> zo\n    - Overal sinds 2025\n',
    );
  });

  it('Markdown shows bars and notes', () => {
    const md = ok(['score', WORKSHOP, '--aggregate', '--format', 'markdown']);
    expect(md).toContain(
      '- **a1-2** Question a1-2 (value 2.67)\\\n  Not yet 0 · In pilots █ 1 · In several places ██ 2 · Everywhere 0\n  - Cas Bakker: Afhankelijk van het team\n',
    );
  });

  it('HTML shows bars and notes, escaped, and --top 1 keeps one discussion point', () => {
    const report = path.join(work, 'report.html');
    expect(
      runCli(['score', WORKSHOP, '--aggregate', '--format', 'html', '--disagreement', '0.5', '-o', report]).code,
    ).toBe(0);
    const html = fs.readFileSync(report, 'utf8');
    expect(html).toContain('<ul class="answer-counts" aria-label="Answers to a1-1">');
    expect(html).toContain('<span class="note-by">Ann de Wit:</span> Alleen het pilotteam &lt;werkt&gt; zo');
    const points = (file: string) =>
      /<ol class="discussion">(.*?)<\/ol>/s.exec(fs.readFileSync(file, 'utf8'))?.[1]?.match(/<li><strong>/g)?.length ??
      0;
    expect(points(report)).toBeGreaterThan(1);
    const top = path.join(work, 'top.html');
    const limited = runCli([
      'score',
      WORKSHOP,
      '--aggregate',
      '--format',
      'html',
      '--disagreement',
      '0.5',
      '--top',
      '1',
      '-o',
      top,
    ]);
    expect(limited.code).toBe(0);
    expect(points(top)).toBe(1);
  });
});
