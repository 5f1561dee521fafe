/**
 * `score --format slides` and `compare --format slides` on the built CLI: one self-contained HTML
 * file, to -o or (as --format html) to stdout, in the language asked for, with names and roles
 * left out when anonymised, and texts from files escaped.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-slides-'));
const WORKSHOP = 'test/fixtures/slides/workshop';

/** What a slide shows: its text without the markup and without what only screen readers get. */
function shownText(html: string): string {
  return html
    .replace(/<(script|style)>[\s\S]*?<\/\1>/g, '')
    .replace(/<span class="visually-hidden">[^<]*<\/span>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

function slideKinds(html: string): string[] {
  return [...html.matchAll(/<section class="slide ([a-z-]+)"/g)].map((m) => m[1]!);
}

describe('score --format slides', () => {
  it('writes one self-contained deck to -o, the same bytes as on stdout without it', () => {
    const file = path.join(work, 'workshop.html');
    const written = runCli(['score', WORKSHOP, '--aggregate', '--format', 'slides', '--lang', 'nl', '-o', file]);
    expect(written.code, written.stderr).toBe(0);
    expect(written.stdout).toBe('');
    const html = fs.readFileSync(file, 'utf8');
    const printed = runCli(['score', WORKSHOP, '--aggregate', '--format', 'slides', '--lang', 'nl']);
    expect(printed.code, printed.stderr).toBe(0);
    expect(printed.stdout).toBe(html);

    expect(html.startsWith('<!DOCTYPE html>\n<html lang="nl">')).toBe(true);
    // Nothing to fetch, and the one script allowed by its hash only.
    expect(html).not.toMatch(/\b(src|href)=/);
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    const hash = createHash('sha256').update(scripts[0]!, 'utf8').digest('base64');
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'">`,
    );
    // Title, radar, the large dimension over several slides, the two small ones, discussion points, next steps.
    const kinds = slideKinds(html);
    expect([...new Set(kinds)]).toEqual(['title', 'radar', 'dimension', 'discussion', 'next-steps']);
    expect(html).toMatch(/Data en het beheer ervan in de hele organisatie <span class="part">\(1\/\d+\)<\/span>/);
    // Every slide carries its counter.
    expect(html).toContain(`<span aria-hidden="true">1 / ${kinds.length}</span>`);
    expect(html).toContain(`<span aria-hidden="true">${kinds.length} / ${kinds.length}</span>`);
    // A note from a file is text, never markup.
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; staat in het oude systeem');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('Ann de Wit');
  });

  it('speaks the language of --lang', () => {
    const en = runCli(['score', WORKSHOP, '--aggregate', '--format', 'slides', '--lang', 'en']);
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout).toContain('<html lang="en">');
    expect(en.stdout).toContain('<h2>Discussion points');
    expect(en.stdout).toContain('Data and its management across the organisation');
    const nl = runCli(['score', WORKSHOP, '--aggregate', '--format', 'slides', '--lang', 'nl']);
    expect(nl.stdout).toContain('<h2>Discussiepunten');
  });

  it('--anonymise leaves out names, roles and file names; --keep-roles keeps the roles', () => {
    const people = ['Ann de Wit', 'Bob Jansen', 'Cas Bakker'];
    const roles = ['informatiemanager', 'wethouder', 'data-analist'];
    const plain = runCli(['score', WORKSHOP, '--aggregate', '--format', 'slides']).stdout;
    for (const text of [...people, ...roles]) expect(plain).toContain(text);
    // The slides name no answer files (the report's footer does); they stay out anonymised too.
    people.push('ann.yaml', 'bob.yaml', 'cas.yaml');
    const anonymous = runCli(['score', WORKSHOP, '--aggregate', '--format', 'slides', '--anonymise']);
    expect(anonymous.code, anonymous.stderr).toBe(0);
    for (const text of [...people, ...roles]) expect(anonymous.stdout).not.toContain(text);
    expect(anonymous.stdout).toContain('Respondent 1');
    const roled = runCli(['score', WORKSHOP, '--aggregate', '--format', 'slides', '--anonymise', '--keep-roles']);
    for (const text of people) expect(roled.stdout).not.toContain(text);
    for (const text of roles) expect(roled.stdout).toContain(text);
  });

  it('shows no question ids: a question is its text on a slide (the report keeps the ids)', () => {
    const html = runCli(['score', WORKSHOP, '--aggregate', '--format', 'slides', '--lang', 'nl']).stdout;
    const ids = [...html.matchAll(/data-question="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids).toContain('registers-1');
    const shown = shownText(html);
    // No id in bold before its question; registers-1 nowhere in the text shown (some of the fixture's
    // question texts are "Vraag people-1": their id is their text).
    for (const id of new Set(ids)) expect(html).not.toContain(`<strong>${id}</strong>`);
    expect(shown).not.toContain('registers-1');
    expect(shown).toContain('In hoeverre gaat het werk aan registers en basisregistraties');
    expect(runCli(['score', WORKSHOP, '--aggregate', '--format', 'html']).stdout).toContain(
      '<strong>registers-1</strong>',
    );
  });

  it('--top keeps as many discussion points and groups of next steps', () => {
    const top = runCli(['score', WORKSHOP, '--aggregate', '--format', 'slides', '--top', '1']).stdout;
    expect([...top.matchAll(/<h3 class="point"/g)]).toHaveLength(1);
    expect([...top.matchAll(/<h3 class="step-group" data-priority="(\d+)"/g)].map((m) => m[1])).toEqual(['1']);
  });
});

describe('compare --format slides', () => {
  it('writes a deck of the two scans to -o, as on stdout', () => {
    const file = path.join(work, 'voortgang.html');
    const args = [
      'compare',
      'examples/gemeente-voorbeeld/quickscan-2025.yaml',
      'examples/gemeente-voorbeeld/scan-2026',
      '--format',
      'slides',
    ];
    const written = runCli([...args, '-o', file]);
    expect(written.code, written.stderr).toBe(0);
    const html = fs.readFileSync(file, 'utf8');
    expect(runCli(args).stdout).toBe(html);
    expect([...new Set(slideKinds(html))]).toEqual(['title', 'radar', 'dimension']);
    // Each of the four dimensions on one slide or more.
    for (const name of [
      'Publieke waarde',
      'Inhoudelijke kennis van data-analyse',
      'Mens en organisatie',
      'Leren en veranderen',
    ])
      expect(html).toMatch(new RegExp(`<h2>${name}( <span class="part">\\(1/\\d\\)</span>)?</h2>`));
    expect(html).toContain('<h1>Vergelijking van twee metingen</h1>');
    expect(html).toContain('<p class="organisation">Gemeente Voorbeeld</p>');
    expect(html).toContain('<h2>Voor en na per dimensie</h2>');
    // Each side's date, respondents counted as a sentence says it, and coverage.
    expect(html).toContain('<dt>Voor</dt><dd>14 november 2025 · 1 respondent · dekking 65%</dd>');
    expect(html).toContain('<dt>Na</dt><dd>12 november 2026 · 5 respondenten · dekking 95%</dd>');
    // Names of the respondents are on no slide of a comparison.
    expect(html).not.toContain('Annemarie Verhoeven');
  });
});

describe('slides of a consensus file', () => {
  const CONSENSUS = 'test/fixtures/consensus/agreed/consensus.yaml';
  const ROOM = 'test/fixtures/consensus/room';

  it("the title says whose agreement it is; a dimension shows what was agreed, with the room's rationale, and marks what was not discussed", () => {
    const r = runCli(['score', CONSENSUS, '--format', 'slides', '--lang', 'nl']);
    expect(r.code, r.stderr).toBe(0);
    const shown = shownText(r.stdout);
    expect(shown).toContain('Respondenten Consensus van 6 deelnemers');
    // Agreed: its value, the chosen option counted, and the rationale by Consensus.
    expect(shown).toContain(
      'Is er een vastgestelde datavisie? (waarde 3,00) Nauwelijks 0 Deels 0 Grotendeels 1 Volledig 0',
    );
    expect(shown).toContain('Consensus: De raad stelde de visie vast; de teams kennen haar nog niet.');
    // Not discussed: the participants' combined value, marked, without a bar of one answer.
    expect(shown).toContain('Kennen de teams de datavisie? (waarde 1,80) (gecombineerd, niet besproken)');
    const combined = /<div class="question" data-question="visie-2">([\s\S]*?)<\/div><\/div>/.exec(r.stdout)?.[1];
    expect(combined).toBeDefined();
    expect(combined).not.toContain('class="answers"');
    const en = shownText(runCli(['score', CONSENSUS, '--format', 'slides', '--lang', 'en']).stdout);
    expect(en).toContain('Respondents Consensus of 6 participants');
    expect(en).toContain('(combined, not discussed)');
  });

  it('compare of the room and its consensus names the sides as the average and the agreement', () => {
    const r = runCli(['compare', ROOM, CONSENSUS, '--format', 'slides', '--lang', 'nl']);
    expect(r.code, r.stderr).toBe(0);
    const shown = shownText(r.stdout);
    // On the title slide, in the radar's legend and over the levels of every dimension's table.
    expect(shown).toMatch(/Voor Gemiddelde van 6 deelnemers · /);
    expect(shown).toMatch(/Na Consensus \(6 deelnemers\) · /);
    expect(r.stdout).toContain(
      '<th scope="col"><span class="swatch-before" aria-hidden="true"></span>Voor: Gemiddelde van 6 deelnemers</th><th scope="col"><span class="swatch-fill" aria-hidden="true"></span>Na: Consensus (6 deelnemers)</th>',
    );
  });
});

describe('slides with --plan', () => {
  const EXAMPLE = 'examples/gemeente-voorbeeld';
  const PLAN = `${EXAMPLE}/actieplan-2025.yaml`;

  /** The lines of the deck's plan slides, in order. */
  function planItems(html: string): string[] {
    return [...html.matchAll(/<ul class="plan">(.*?)<\/ul>/gs)].flatMap((m) =>
      [...m[1]!.matchAll(/<li>(.*?)<\/li>/g)].map((li) => li[1]!),
    );
  }

  it('score: the title slide says how many answers were "don\'t know", in the HTML report\'s words', () => {
    const args = ['score', `${EXAMPLE}/scan-2026`, '--aggregate'];
    // 275 answers given of 275 questions, 15 of them "weet niet": 95% counts towards the scores.
    const coverage = '275 van 275 vragen beantwoord, waarvan 15 × weet niet';
    expect(runCli([...args, '--format', 'slides']).stdout).toContain(`<dt>Dekking</dt><dd>95% · ${coverage}</dd>`);
    expect(runCli([...args, '--format', 'html']).stdout).toContain(coverage);
    expect(runCli([...args, '--format', 'slides', '--lang', 'en']).stdout).toContain(
      '<dd>95% · 275 of 275 questions answered, of which 15 × don&#39;t know</dd>',
    );
  });

  it('score: the action plan after the next steps, per unit its actions done, the same as the table says', () => {
    const args = ['score', `${EXAMPLE}/scan-2026`, '--aggregate', '--plan', PLAN];
    const slides = runCli([...args, '--format', 'slides']);
    expect(slides.code, slides.stderr).toBe(0);
    const kinds = slideKinds(slides.stdout);
    expect(kinds.indexOf('plan')).toBeGreaterThan(kinds.lastIndexOf('next-steps'));
    const items = planItems(slides.stdout);
    // The plan has actions for 16 units. Counted from the file: effectiviteit-1 and -2 done of
    // three; ethiek-1 dropped, one action left.
    expect(items).toHaveLength(16);
    expect(items).toContain('Effectiviteit: 2 van 3 acties gereed');
    expect(items).toContain('Ethiek: 0 van 1 actie gereed');
    // The same lines as the table's "Actieplan".
    const table = runCli([...args, '--format', 'table']).stdout;
    const section = table.slice(table.lastIndexOf('Actieplan'));
    for (const item of items) expect(section.replace(/\s+/g, ' ')).toContain(item.replace(/&#39;/g, "'"));
    // Without --plan, no plan slide.
    expect(
      slideKinds(runCli(['score', `${EXAMPLE}/scan-2026`, '--aggregate', '--format', 'slides']).stdout),
    ).not.toContain('plan');
  });

  it('compare of two scans: each dimension of up to six units on one slide, the key of the bars over its levels', () => {
    const html = runCli(['compare', `${EXAMPLE}/scan-2025`, `${EXAMPLE}/scan-2026`, '--format', 'slides']).stdout;
    // The four dimensions (five or six units each, their levels "1 · Agenderen en coalities vormen, op
    // weg naar 2" and the like) one slide each; the Chromium test measures that they fit.
    const dimensions = [...html.matchAll(/<section class="slide dimension"[\s\S]*?<\/section>/g)].map((m) => m[0]);
    expect(dimensions.map((d) => /<h2>([^<]*)<\/h2>/.exec(d)?.[1])).toEqual([
      'Publieke waarde',
      'Inhoudelijke kennis van data-analyse',
      'Mens en organisatie',
      'Leren en veranderen',
    ]);
    expect(dimensions.map((d) => [...d.matchAll(/data-item="row"/g)].length)).toEqual([5, 6, 5, 5]);
    // Each names the dashed bar and the solid one over the levels they stand for.
    for (const d of dimensions)
      expect(d).toContain(
        '<th scope="col"><span class="swatch-before" aria-hidden="true"></span>Voor</th><th scope="col"><span class="swatch-fill" aria-hidden="true"></span>Na</th>',
      );
  });

  it('compare of two scans: the counts beside each unit’s change in level, as the Markdown says', () => {
    const args = ['compare', `${EXAMPLE}/scan-2025`, `${EXAMPLE}/scan-2026`, '--plan', PLAN];
    const slides = runCli([...args, '--format', 'slides']);
    expect(slides.code, slides.stderr).toBe(0);
    expect(slideKinds(slides.stdout).at(-1)).toBe('plan');
    const items = planItems(slides.stdout).map((i) => i.replace(/&#39;/g, "'"));
    expect(items).toHaveLength(16);
    // Effectiviteit scores 2 (phase 2) in both scans; Cultuur moves from phase 1 to 2.
    expect(items).toContain('Effectiviteit: 2 van 3 acties gereed; Effectiviteit blijft in fase 2');
    expect(items).toContain('Cultuur: 0 van 3 acties gereed; Cultuur van fase 1 naar 2');
    const markdown = runCli([...args, '--format', 'markdown']).stdout;
    const listed = markdown
      .slice(markdown.indexOf('## Actieplan'))
      .split('\n')
      .filter((l) => l.startsWith('- '))
      .map((l) => l.slice(2).replace(/\\/g, ''));
    expect(items).toEqual(listed);
  });

  it('compare of two scans: a unit without a score before says where it is now, in every format', () => {
    // Privacy has no answers in 2025 (its questions are new in 1.1.0) and scores 2,85 in 2026: phase 2.
    // The example's plan has no action for it (it had no score to plan from): one is added by hand.
    const plan = path.join(work, 'actieplan-privacy.yaml');
    fs.writeFileSync(
      plan,
      `${fs.readFileSync(PLAN, 'utf8')}  - {id: privacy-1, unit: privacy, from: 1, to: 2, text: Stel een privacybeleid op, owner: null, due: null, status: open, note: null}\n`,
    );
    const args = ['compare', `${EXAMPLE}/scan-2025`, `${EXAMPLE}/scan-2026`, '--plan', plan];
    const json = JSON.parse(runCli([...args, '--format', 'json']).stdout) as {
      dimensions: { subdimensions: { id: string; before: unknown; after: { level: number } }[] }[];
    };
    const privacy = json.dimensions.flatMap((d) => d.subdimensions).find((u) => u.id === 'privacy')!;
    expect(privacy.before).toEqual({ score: null, level: 0, levelId: null });
    expect(privacy.after.level).toBe(2);
    const nl = 'Privacy: 0 van 1 actie gereed; Privacy nu in fase 2';
    expect(planItems(runCli([...args, '--format', 'slides']).stdout)).toContain(nl);
    expect(runCli([...args, '--format', 'table']).stdout).toContain(`  ${nl}\n`);
    expect(runCli([...args, '--format', 'markdown']).stdout).toContain(`- ${nl}\n`);
    expect(runCli([...args, '--format', 'html']).stdout).toContain(`<li>${nl}</li>`);
    expect(runCli([...args, '--format', 'table', '--lang', 'en']).stdout).toContain(
      '  Privacy: 0 of 1 action done; Privacy now at phase 2\n',
    );
  });
});
