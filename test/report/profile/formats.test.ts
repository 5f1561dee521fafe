import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { sayFinding } from '../../../src/diagnostics/messages.js';
import { isDatascanReport } from '../../../src/node/inputs.js';
import { csvColumns, renderCsvRow, renderProfilesCsv } from '../../../src/report/profile/csv.js';
import { PROFILE_RENDERERS, streamingRenderer } from '../../../src/report/profile/index.js';
import { renderProfileNdjson, renderProfilesJson } from '../../../src/report/profile/json.js';
import { escapeMarkdown, renderProfileMarkdown } from '../../../src/report/profile/markdown.js';
import { validateAgainst } from '../../../src/schema/validators.js';
import { groupProfile, single } from './fixtures.js';

describe('json and ndjson', () => {
  it('prints one profile as an object and several as an array, valid against the profile schema', () => {
    const one = JSON.parse(renderProfilesJson([single()]));
    expect(Array.isArray(one)).toBe(false);
    expect(validateAgainst('profile', one)).toEqual([]);
    const two = JSON.parse(renderProfilesJson([single(), groupProfile({ explain: true })])) as unknown[];
    expect(two).toHaveLength(2);
    for (const p of two) expect(validateAgainst('profile', p)).toEqual([]);
  });

  it('keeps the shape asked for: an object (or nothing) for one answer file, an array for anything else', () => {
    expect(renderProfilesJson([], 'object')).toBe('');
    expect(Array.isArray(JSON.parse(renderProfilesJson([single()], 'array')))).toBe(true);
    const streamed = (shape: 'object' | 'array', n: number) => {
      const stream = streamingRenderer('json', { jsonShape: shape })!;
      const profiles = Array.from({ length: n }, () => single());
      return profiles.map((p, i) => stream.item(p, i)).join('') + stream.end(n);
    };
    expect(JSON.parse(streamed('array', 1))).toHaveLength(1);
    expect(JSON.parse(streamed('array', 2))).toHaveLength(2);
    expect(streamed('array', 0)).toBe('[]\n');
    expect(streamed('object', 1)).toBe(renderProfilesJson([single()]));
    expect(streamed('object', 0)).toBe('');
  });

  it('writes null for the target and gap of a unit without a score', () => {
    const gamma = JSON.parse(renderProfilesJson([single()])).dimensions[2];
    expect(gamma.subdimensions[0]).toMatchObject({ id: 'g-one', score: null, target: null, gap: null });
  });

  it('keeps scores unrounded', () => {
    expect(JSON.parse(renderProfilesJson([single()])).dimensions[0].subdimensions[0].score).toBe(8 / 3);
  });

  it('writes one line per profile in ndjson', () => {
    const text = renderProfileNdjson(single()) + renderProfileNdjson(groupProfile());
    const rows = text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { respondents: number });
    expect(rows.map((r) => r.respondents)).toEqual([1, 3]);
  });
});

describe('csv', () => {
  it('writes text that a spreadsheet would run as a formula as text (a leading apostrophe), numbers as they are', () => {
    for (const name of ['=HYPERLINK("http://x","klik")', '+31 gemeente', '-1 test', '@SUM(A1)']) {
      const p = single();
      p.organisation = name;
      const [, row] = parse(renderProfilesCsv([p])) as string[][];
      expect(row![1]).toBe(`'${name}`);
    }
    const plain = single();
    const [head, row] = parse(renderProfilesCsv([plain])) as string[][];
    expect(row![1]).toBe('Gemeente Test');
    expect(Number(row![head!.indexOf('overall.score')])).toBe(Math.round(plain.overall.score! * 10_000) / 10_000);
  });

  it('guards the respondent and role cells too', () => {
    const p = single();
    p.respondentList = [{ name: '=1+1', role: '@role', source: 'a.yaml' }];
    const [head, row] = parse(renderProfilesCsv([p])) as string[][];
    expect(row![head!.indexOf('respondent')]).toBe("'=1+1");
    expect(row![head!.indexOf('role')]).toBe("'@role");
  });

  it('rounds scores and coverage to four decimals; JSON keeps them whole', () => {
    const p = single();
    p.overall.score = 2.1125000000000003;
    p.coverage.ratio = 2 / 3;
    p.dimensions[0]!.score = 35 / 12;
    const [head, row] = parse(renderProfilesCsv([p])) as string[][];
    const cell = (name: string) => row![head!.indexOf(name)];
    expect(cell('overall.score')).toBe('2.1125');
    expect(cell('coverage')).toBe('0.6667');
    expect(cell('alpha.score')).toBe('2.9167');
    const nl = parse(renderProfilesCsv([p], 'nl'), { delimiter: ';', bom: true }) as string[][];
    expect(nl[1]![nl[0]!.indexOf('overall.score')]).toBe('2,1125');
  });

  it('names the respondent and role of a one-respondent profile, and leaves them empty for a group', () => {
    const one = single();
    one.respondentList = [{ name: 'A. de Vries', role: 'wethouder', source: 'a.yaml' }];
    const [head, first, second] = parse(renderProfilesCsv([one, groupProfile()])) as string[][];
    const at = (row: string[], name: string) => row[head!.indexOf(name)];
    expect([at(first!, 'respondent'), at(first!, 'role')]).toEqual(['A. de Vries', 'wethouder']);
    expect([at(second!, 'respondent'), at(second!, 'role'), at(second!, 'respondents')]).toEqual(['', '', '3']);
  });

  it('starts as -o knows a CSV report it may replace, in both dialects', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-csv-report-'));
    try {
      for (const dialect of ['en', 'nl'] as const) {
        const file = path.join(dir, `${dialect}.csv`);
        fs.writeFileSync(file, renderProfilesCsv([single()], dialect));
        expect(isDatascanReport(file)).toBe(true);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('counts the answer sets skipped for their errors (0 when none was)', () => {
    const p = groupProfile();
    p.skipped = 2;
    const [head, skipped, none] = parse(renderProfilesCsv([p, groupProfile()])) as string[][];
    expect(skipped![head!.indexOf('skipped')]).toBe('2');
    expect(none![head!.indexOf('skipped')]).toBe('0');
  });

  it('writes a header and a row per profile: file, organisation, respondents, who, coverage, overall, then score, level, target and gap per unit', () => {
    const text = renderProfilesCsv([single(), groupProfile()]);
    const [head, first, second] = parse(text) as string[][];
    expect(head!.slice(0, 13)).toEqual([
      'file',
      'organisation',
      'questionnaire',
      'version',
      'respondents',
      'skipped',
      'respondent',
      'role',
      'date',
      'coverage',
      'overall.score',
      'overall.level',
      'overall.levelId',
    ]);
    expect(head!.slice(13, -9)).toEqual(
      ['alpha', 'a-one', 'a-two', 'beta', 'gamma', 'g-one', 'g-two'].flatMap((id) => [
        `${id}.score`,
        `${id}.level`,
        `${id}.target`,
        `${id}.gap`,
      ]),
    );
    expect(head!.slice(-9)).toEqual([
      'migration.from',
      'migration.respondents',
      'migration.carried',
      'migration.dropped',
      'migration.newOpen',
      'uncertain',
      'consensus.participants',
      'consensus.agreed',
      'consensus.combined',
    ]);
    const row = Object.fromEntries(head!.map((h, i) => [h, first![i]]));
    expect(row).toMatchObject({
      file: 'a.yaml',
      organisation: 'Gemeente Test',
      respondents: '1',
      date: '2026-11-28',
      coverage: '0.75',
      'overall.level': '2',
      'overall.levelId': 'try',
      'beta.score': '2.75',
      'beta.level': '3',
      'beta.target': '4',
      'beta.gap': '1',
      'g-one.score': '',
      'g-one.level': '0',
      'g-one.target': '',
      'g-one.gap': '',
      'migration.from': '',
      'migration.carried': '',
    });
    expect(row['a-one.score']).toBe('2.6667');
    expect(second![0]).toBe('r1.yaml; r2.yaml; r3.yaml');
  });

  it('writes the Dutch dialect with semicolons, decimal commas and a byte-order mark', () => {
    const text = renderProfilesCsv([single()], 'nl');
    expect(text.startsWith('\uFEFFfile;organisation;')).toBe(true);
    const [head, row] = parse(text, { delimiter: ';', bom: true }) as string[][];
    const cells = Object.fromEntries(head!.map((h, i) => [h, row![i]]));
    expect(cells.coverage).toBe('0,75');
    expect(cells['beta.score']).toBe('2,75');
    expect(cells['overall.level']).toBe('2');
  });

  it('leaves cells of units another profile lacks empty', () => {
    const p = single();
    const columns = { ...csvColumns(p), units: ['alpha', 'not-there'] };
    // The five migration columns, the uncertain one and the three of a consensus come last, empty here.
    const alpha = p.dimensions[0]!;
    expect(renderCsvRow(p, columns).trimEnd().split(',').slice(-17, -9)).toEqual([
      '2.9167',
      '3',
      String(alpha.target),
      String(alpha.gap),
      '',
      '',
      '',
      '',
    ]);
  });

  it('streams: the header once, then a row per profile, and refuses a profile of another model', () => {
    const stream = streamingRenderer('csv', {})!;
    const text = stream.item(single(), 0) + stream.item(groupProfile(), 1);
    expect(text.split('\n').filter((l) => l.startsWith('file,'))).toHaveLength(1);
    expect(text.trimEnd().split('\n')).toHaveLength(3);
    const other = single();
    other.questionnaire = { ...other.questionnaire, model: 'odg-model' };
    expect(sayFinding(stream.accepts(other)!, 'en')).toContain('does not fit the CSV columns of model `tiny-scan`');
  });
});

describe('markdown', () => {
  const md = renderProfileMarkdown(groupProfile({ explain: true }));

  it('has a heading and a table per dimension, bars in code with escaped pipes', () => {
    expect(md.startsWith('# Gemeente Test\n')).toBe(true);
    expect(md).toContain(
      '## Alpha\n\n| Dimension | Score | Phase | Target | Gap | Chart |\n| --- | ---: | --- | ---: | ---: | --- |\n| **Alpha** | **2.73 ⚠** | 2 Trying (→3) | 3 | 1 | `[#######\\|-----]` |',
    );
    expect(md).toContain('| ↳ G two | 2.00 | 2 Trying | 3 | 1 | `[####---\\|-----]` |');
  });

  it('gives a unit without a score no target and no gap', () => {
    expect(renderProfileMarkdown(single())).toContain('| ↳ G one | – | – | – | – | `[------------]` |');
  });

  it('lists disagreements, numbered next steps and the explanation in a details block', () => {
    expect(md).toContain('## Disagreements');
    expect(md).toContain('- **Alpha › A one:** 1.67 to 3.67 (sd 0.87, 3 respondents)');
    expect(md).toContain('1. **Alpha › A two** (phase 3 → 4)\n   - Alpha step 3');
    expect(md).toContain('<details>\n<summary>How these numbers came about</summary>');
  });

  it('escapes text that would become markup', () => {
    expect(escapeMarkdown('a | b *c* <d>')).toBe('a \\| b \\*c\\* \\<d\\>');
  });
});

describe('renderer map', () => {
  it('has every format score offers', () => {
    expect(Object.keys(PROFILE_RENDERERS)).toEqual(
      expect.arrayContaining(['table', 'json', 'ndjson', 'csv', 'markdown']),
    );
    for (const format of ['table', 'json', 'ndjson', 'csv', 'markdown'] as const)
      expect(streamingRenderer(format, {})).toBeDefined();
    expect(streamingRenderer('html', {})).toBeUndefined();
  });

  it('gives the same text streamed as rendered at once, for none, one and several profiles', () => {
    const odd = single();
    odd.organisation = 'Line\u2028separator and\u2029paragraph';
    for (const profiles of [
      [],
      [single()],
      [single(), groupProfile()],
      [groupProfile(), single({ explain: true }), single()],
      [odd, odd],
    ]) {
      for (const format of ['table', 'json', 'ndjson', 'csv', 'markdown'] as const) {
        if (profiles.length === 0 && format !== 'json' && format !== 'ndjson') continue;
        const options = { batch: profiles.length > 1 };
        const stream = streamingRenderer(format, options)!;
        const streamed = profiles.map((p, i) => stream.item(p, i)).join('') + stream.end(profiles.length);
        expect(streamed, `${format}, ${profiles.length}`).toBe(PROFILE_RENDERERS[format]!(profiles, options));
      }
    }
  });
});
