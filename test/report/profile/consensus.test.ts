/**
 * The reports of a consensus file (test/fixtures/consensus/agreed/consensus.yaml, agreed over the six
 * answer files of room/): every format says it is a consensus of 6 participants, the questions the
 * room did not discuss are marked, and a comparison with the room names its sides as the agreement
 * and the group's average.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseAnswers, type AnswerFile, type AnswerSet } from '../../../src/answers/types.js';
import { sideLabels } from '../../../src/compare/agreement.js';
import { compareProfiles } from '../../../src/compare/compare.js';
import { renderHtmlComparison, renderHtmlReport } from '../../../src/report/html/index.js';
import { renderComparisonMarkdown, renderComparisonTable } from '../../../src/report/profile/compare.js';
import { renderProfilesCsv } from '../../../src/report/profile/csv.js';
import { renderProfileMarkdown } from '../../../src/report/profile/markdown.js';
import { renderProfileTable } from '../../../src/report/profile/table.js';
import { profileWorkbook } from '../../../src/report/profile/workbook.js';
import { score } from '../../../src/scoring/score.js';
import { parseSource } from '../../../src/source/source.js';
import { fixture } from '../../helpers/cli.js';
import { loadQuestionnaire } from '../../scoring/load.js';

const q = loadQuestionnaire('consensus', 'ronde.yaml');
const read = (...parts: string[]): AnswerSet => {
  const file = fixture('consensus', ...parts);
  return normaliseAnswers(parseSource(file, fs.readFileSync(file, 'utf8')).data as AnswerFile, file);
};
const agreedSet = read('agreed', 'consensus.yaml');
const roomSets = fs
  .readdirSync(fixture('consensus', 'room'))
  .sort()
  .map((name) => read('room', name));
const consensus = { nl: score(q, [agreedSet], { language: 'nl' }), en: score(q, [agreedSet], { language: 'en' }) };
const room = { nl: score(q, roomSets, { language: 'nl' }), en: score(q, roomSets, { language: 'en' }) };
const oneRespondent = score(q, [roomSets[0]!], { language: 'nl' });

describe('a consensus profile in the text reports', () => {
  it('the table says whose it is where the respondents are counted, in English and Dutch', () => {
    expect(renderProfileTable(consensus.nl).split('\n')[1]).toBe(
      'Rondescan (ronde-scan 1.0.0) · consensus van 6 deelnemers · 2026-12-06',
    );
    expect(renderProfileTable(consensus.en).split('\n')[1]).toBe(
      'Round scan (ronde-scan 1.0.0) · consensus of 6 participants · 2026-12-06',
    );
    expect(renderProfileTable(oneRespondent).split('\n')[1]).toContain('· 1 respondent ·');
  });

  it('with --explain marks the questions the room did not discuss, without a bar, and shows the rationale by Consensus', () => {
    const text = renderProfileTable(score(q, [agreedSet], { language: 'nl', explain: true }), { width: 200 });
    expect(text).toContain(
      '  visie-2 Kennen de teams de datavisie? (waarde 1,80) (gecombineerd, niet besproken)\n\nSturing › Werkwijze',
    );
    expect(text).toContain(
      '  visie-1 Is er een vastgestelde datavisie? (waarde 3,00)\n    Nauwelijks 0 · Deels 0 · Grotendeels █ 1 · Volledig 0\n    - Consensus: De raad stelde de visie vast; de teams kennen haar nog niet.\n',
    );
    expect(text.match(/gecombineerd, niet besproken/g)).toHaveLength(3);
  });

  it('Markdown says it under the title and marks the combined questions', () => {
    const md = renderProfileMarkdown(consensus.en);
    expect(md).toContain('\nRound scan (ronde-scan 1.0.0) · consensus of 6 participants · 2026-12-06\n');
    expect(md).toContain('- **visie-2** Do the teams know the data vision? (value 1.80) (combined, not discussed)\n');
    expect(md).toContain('  - Consensus: De raad stelde de visie vast; de teams kennen haar nog niet.\n');
  });

  it('CSV has its participants, questions agreed and questions combined in the last three columns; empty for others', () => {
    const [head, row] = renderProfilesCsv([consensus.en]).trimEnd().split('\n');
    expect(head!.split(',').slice(-3)).toEqual(['consensus.participants', 'consensus.agreed', 'consensus.combined']);
    expect(row!.split(',').slice(-3)).toEqual(['6', '2', '3']);
    expect(renderProfilesCsv([room.en]).trimEnd().split('\n')[1]!.split(',').slice(-3)).toEqual(['', '', '']);
  });

  it('the workbook names the respondent Consensus, with the room as its role', () => {
    const overview = profileWorkbook([consensus.nl]).sheets[0]!;
    const header = overview.header[1]!.map((cell) => (cell && 'text' in cell ? cell.text : null));
    const row = overview.rows[0]!;
    expect(row[header.indexOf('Respondent')]).toEqual({ text: 'Consensus' });
    expect(row[header.indexOf('Rol')]).toEqual({ text: 'consensus van 6 deelnemers' });
  });

  it('the HTML report says it on the respondents card and marks the combined questions without a bar', () => {
    const html = renderHtmlReport([consensus.nl], { language: 'nl' });
    expect(html).toContain('<span class="consensus">Consensus van 6 deelnemers</span>');
    const block = (id: string) =>
      html.slice(html.indexOf(`data-question="${id}"`), html.indexOf('</div>', html.indexOf(`data-question="${id}"`)));
    expect(block('visie-2')).toContain('(gecombineerd, niet besproken)');
    expect(block('visie-2')).not.toContain('answer-counts');
    expect(block('visie-1')).toContain('answer-counts');
    expect(block('visie-1')).not.toContain('gecombineerd');
  });
});

describe('a consensus file beside its room', () => {
  it('names the consensus side as the agreement and the other by how its respondents combine', () => {
    expect(sideLabels(room.nl, consensus.nl, 'nl', room.nl.levelTerm!)).toEqual({
      before: 'Gemiddelde van 6 deelnemers',
      after: 'Consensus (6 deelnemers)',
    });
    expect(sideLabels(consensus.en, room.en, 'en', room.en.levelTerm!)).toEqual({
      before: 'Consensus (6 participants)',
      after: 'Average of 6 participants',
    });
    const median = score(q, roomSets, { language: 'en', respondents: 'median' });
    expect(sideLabels(median, consensus.en, 'en', median.levelTerm!).before).toBe('Median of 6 participants');
  });

  it('names no side when neither is a consensus file', () => {
    expect(sideLabels(room.nl, oneRespondent, 'nl', room.nl.levelTerm!)).toEqual({});
    expect(compareProfiles(room.nl, oneRespondent).before.label).toBeUndefined();
  });

  it('the comparison carries the labels and the consensus, and every format shows them', () => {
    const c = compareProfiles(room.nl, consensus.nl);
    expect(c.before).toMatchObject({ label: 'Gemiddelde van 6 deelnemers' });
    expect(c.after).toMatchObject({
      label: 'Consensus (6 deelnemers)',
      consensus: { participants: 6, agreed: 2, combined: 3 },
    });
    const table = renderComparisonTable(c, { width: 200 });
    expect(table).toContain('Voor:   Gemiddelde van 6 deelnemers · Rondescan (ronde-scan 1.0.0) · 2026-11-20\n');
    expect(table).toContain('Na:     Consensus (6 deelnemers) · Rondescan (ronde-scan 1.0.0) · 2026-12-06\n');
    const md = renderComparisonMarkdown(c);
    expect(md).toContain('- **Voor:** Gemiddelde van 6 deelnemers · Rondescan (ronde-scan 1.0.0) · 2026-11-20\n');
    expect(md).toContain('- **Na:** Consensus (6 deelnemers) · Rondescan (ronde-scan 1.0.0) · 2026-12-06\n');
    const html = renderHtmlComparison(room.nl, consensus.nl, { language: 'nl' });
    expect(html).toContain('<span class="label">Gemiddelde van 6 deelnemers</span>');
    expect(html).toContain('<span class="label">Consensus (6 deelnemers)</span>');
  });
});
