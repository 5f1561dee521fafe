/**
 * The form page (src/form/): its accessible markup (the fixed contract: fieldset, legend, radio
 * with label, textarea with label), the choices run offers, escaping, the Content-Security-Policy
 * hashes, the texts run uses, and the generated script being up to date with src/form/client/.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formAnswerFileName } from '../../src/form/file-name.js';
import { nl as formNl, en as formEn } from '../../src/form/messages.js';
import { renderForm } from '../../src/form/page.js';
import { nl as runNl, en as runEn } from '../../src/prompt/messages.js';
import type { Questionnaire } from '../../src/questionnaire/types.js';
import { fixtureWorkspace } from '../helpers/workspace.js';

const q = fixtureWorkspace().load('test/fixtures/form/werkplaats.yaml').questionnaire as Questionnaire;

/** The page's fieldsets as legend text → the labels of its radios, in order. */
function fieldsets(html: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [, body] of html.matchAll(/<fieldset class="(?:question|target)"[^>]*>([\s\S]*?)<\/fieldset>/g)) {
    const legend = /<legend>([\s\S]*?)<\/legend>/
      .exec(body!)![1]!
      .replace(/<[^>]+>/g, '')
      .trim();
    const labels = [
      ...body!.matchAll(/<input type="radio"[^>]*id="([^"]+)"[^>]*><label for="([^"]+)">([^<]*)<\/label>/g),
    ].map(([, id, target, label]) => {
      expect(target).toBe(id);
      return label!.replace(/&#39;/g, "'");
    });
    out.set(legend, labels);
  }
  return out;
}

describe('renderForm', () => {
  it('gives every question a fieldset whose legend holds its text, with a labelled radio per choice run offers', () => {
    const html = renderForm(q, { language: 'nl' });
    expect(fieldsets(html)).toEqual(
      new Map([
        ['vraag 1 van 4 Weten medewerkers wat data kan doen?', ['Nauwelijks', 'Deels', 'Volledig', 'Weet niet']],
        // Its scale has `unknown: false`: no "Weet niet".
        ['vraag 2 van 4 Zijn de rollen rond data belegd?', ['Nee', 'Ja']],
        [
          'vraag 3 van 4 Staat data op een vaste plek?',
          ['Nauwelijks', 'Deels', 'Volledig', 'Weet niet', 'Niet van toepassing'],
        ],
        ['vraag 4 van 4 Is de data beveiligd?', ['Niet (wet niet nageleefd)', 'Gedeeltelijk', 'Helemaal', 'Weet niet']],
        ['Welk niveau wilt u bereiken voor Mensen?', ['1 · Begin', '2 · Midden', '3 · Eind', 'Geen ambitie opgeven']],
        ['Welk niveau wilt u bereiken voor Techniek?', ['1 · Begin', '2 · Midden', '3 · Eind', 'Geen ambitie opgeven']],
      ]),
    );
    // One note per question, each with its label.
    expect([...html.matchAll(/<label for="(q-\d+-note)">Notitie<\/label><textarea id="\1"/g)]).toHaveLength(4);
    expect(html).toContain('<button type="button" id="save" class="save">Opslaan als antwoordbestand</button>');
    expect(html).toContain('<html lang="nl">');
    // Sections by unit: dimension, subdimension and group headings.
    expect([...html.matchAll(/<h([234])>([^<]*)<\/h\1>/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
      '2 Mensen',
      '3 Kennis',
      '3 Rollen',
      '2 Techniek',
      '3 Opslag',
      '3 Beveiliging',
    ]);
  });

  it('speaks English with --lang en, in the words run uses', () => {
    const html = renderForm(q, { language: 'en' });
    expect(html).toContain('<html lang="en">');
    expect(fieldsets(html).get('question 3 of 4 Is data kept in one place?')).toEqual([
      'Hardly',
      'Partly',
      'Fully',
      runEn.unknown,
      runEn.notApplicable,
    ]);
    expect(html).toContain('>Save as answer file</button>');
    expect(html).toContain(`<label for="d-respondent">${runEn.respondent}</label>`);
  });

  it("introduces the targets in the questionnaire's word for a level, as their questions say it", () => {
    const intro = (html: string) => /<h2 id="targets-heading">[^<]*<\/h2>\n<p>([^<]*)<\/p>/.exec(html)![1];
    expect(intro(renderForm(q, { language: 'nl' }))).toBe('Optioneel: welk niveau wilt u per dimensie bereiken?');
    const phases = {
      ...q,
      levelTerm: { singular: { nl: 'fase', en: 'phase' }, plural: { nl: 'fasen', en: 'phases' } },
    } as Questionnaire;
    const nlPage = renderForm(phases, { language: 'nl' });
    expect(intro(nlPage)).toBe('Optioneel: welke fase wilt u per dimensie bereiken?');
    expect(fieldsets(nlPage).has('Welke fase wilt u bereiken voor Mensen?')).toBe(true);
    expect(intro(renderForm(phases, { language: 'en' }))).toBe(
      'Optional: which phase do you want to reach per dimension?',
    );
  });

  it("says progress in run's words, with the numbers the script fills in", () => {
    const fill = (t: string, answered: number, total: number) =>
      t.replace('{answered}', String(answered)).replace('{total}', String(total));
    expect(fill(formNl.client.progress, 12, 51)).toBe(runNl.answeredOf(12, 51));
    expect(fill(formEn.client.progress, 12, 51)).toBe(runEn.answeredOf(12, 51));
    expect(renderForm(q, { language: 'nl' })).toContain('<p id="progress" class="progress">0 van 4 beantwoord</p>');
  });

  it('shows the details given as flags, not editable, and leaves the others to fill in', () => {
    const html = renderForm(q, { language: 'nl', organisation: 'Gemeente "A" & <B>' });
    expect(html).toMatch(
      /<input type="text" id="d-organisation" name="organisation" autocomplete="organization" value="Gemeente &quot;A&quot; &amp; &lt;B&gt;" readonly/,
    );
    expect(html).toMatch(/<input type="text" id="d-respondent" name="respondent" autocomplete="name">/);
  });

  it('in a workshop, has no field for an organisation the server would not keep, and no file to open', () => {
    const workshop = { answers: '/w/c/p/t/answers', draft: 'd' };
    const served = renderForm(q, { language: 'en', respondent: 'Ann', workshop });
    expect(served).not.toContain('id="d-organisation"');
    expect(served).not.toContain('id="open-file"');
    expect(served).toContain('<section class="tools" aria-label="Copy in this browser">');
    expect(served).toMatch(/<input type="text" id="d-respondent"[^>]* value="Ann" readonly/);
    expect(served).toContain('id="d-role"');
    // Given with --organisation: shown, not editable, as the server writes it.
    const named = renderForm(q, { language: 'nl', respondent: 'Ann', organisation: 'Gemeente X', workshop });
    expect(named).toMatch(/<input type="text" id="d-organisation"[^>]* value="Gemeente X" readonly/);
    // The offline form keeps both.
    const offline = renderForm(q, { language: 'en' });
    expect(offline).toContain('id="d-organisation"');
    expect(offline).toContain('id="open-file"');
  });

  it('escapes every text, and no text can end the data block or the script', () => {
    const html = renderForm(q, { language: 'nl', organisation: '</script><script>alert(1)</script>' });
    expect(html).toContain('&quot;aanhalingstekens&quot; &amp; &lt;tekens&gt;');
    // Exactly the two script elements the page has, however the organisation is called.
    expect(html.match(/<script/g)).toHaveLength(2);
    const data = JSON.parse(/<script type="application\/json" id="form-data">([^<]*)<\/script>/.exec(html)![1]!);
    expect(data.given.organisation).toBe('</script><script>alert(1)</script>');
    expect(data.questions.map((x: { id: string }) => x.id)).toEqual([
      'kennis-1',
      'rollen-1',
      'opslag-1',
      'beveiliging-1',
    ]);
  });

  it('allows its inline script and style sheet by their hashes, and nothing else', () => {
    const html = renderForm(q, { language: 'nl' });
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/
      .exec(html)![1]!
      .replace(/&#39;/g, "'");
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const script = /<script>([\s\S]*)<\/script>/.exec(html)![1]!;
    const style = /<style>([\s\S]*)<\/style>/.exec(html)![1]!;
    expect(policy).toBe(
      `default-src 'none'; script-src ${hash(script)}; style-src ${hash(style)}; base-uri 'none'; form-action 'none'`,
    );
    expect(html).not.toMatch(/ style="|https?:\/\/(?!cdn\.jsdelivr\.net\/npm\/datascan@)/);
  });
});

describe('formAnswerFileName', () => {
  it('names the file by organisation and respondent; without a respondent, by the moment it was saved', () => {
    expect(formAnswerFileName('odg-scan', 'Gemeente Voorbeeld A', 'J. de Vries', '2026-03-01', '142503')).toBe(
      'gemeente-voorbeeld-a-j-de-vries.yaml',
    );
    expect(formAnswerFileName('odg-scan', undefined, 'Één Naam', '2026-03-01', '142503')).toBe('een-naam.yaml');
    // Anonymous participants of one workshop: their files must not overwrite each other.
    expect(formAnswerFileName('odg-scan', 'Gemeente Voorbeeld', '', '2026-03-01', '142503')).toBe(
      'gemeente-voorbeeld-2026-03-01-142503.yaml',
    );
    expect(formAnswerFileName('odg-scan', 'Gemeente Voorbeeld', undefined, '2026-03-01', '142504')).not.toBe(
      formAnswerFileName('odg-scan', 'Gemeente Voorbeeld', undefined, '2026-03-01', '142503'),
    );
    expect(formAnswerFileName('odg-scan', '', '', '2026-03-01', '090000')).toBe('odg-scan-2026-03-01-090000.yaml');
  });
});

describe('the generated form client', () => {
  it('src/form/generated/client.ts is up to date with src/form/client/ (run `npm run form-client`)', async () => {
    // @ts-expect-error: a script without type declarations.
    const { generate, GENERATED } = await import('../../scripts/generate-form-client.mjs');
    expect(readFileSync(GENERATED, 'utf8')).toBe(await generate());
  });
});
