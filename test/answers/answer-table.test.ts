import { describe, expect, it } from 'vitest';
import { AnswerTableReader, readDate, type TableCell } from '../../src/answers/answer-table.js';
import { parseAnswersCsv } from '../../src/answers/csv.js';
import { loadQuestionnaire } from '../scoring/load.js';

const q = loadQuestionnaire('survey', 'survey-scan.yaml');

/** A row of cells as a workbook reader would give them: row `line`, column n at `column: n`. */
const cells = (line: number, texts: string[]): TableCell[] =>
  texts.map((text, i) => ({ text, position: { line, column: i + 1, endLine: line, endColumn: i + 2 } }));

function read(header: string[], rows: string[][], options = {}) {
  const table = new AnswerTableReader('export.xlsx', q, options);
  const sets = [];
  if (table.header(cells(1, header), 1))
    for (const [i, row] of rows.entries()) {
      const set = table.row(cells(i + 2, row), i + 2);
      if (set) sets.push(set);
    }
  table.end();
  return { sets, diagnostics: table.diagnostics, skipped: table.skipped };
}

describe('readDate', () => {
  it('keeps ISO dates and turns Dutch day-month-year into ISO', () => {
    expect(readDate('2026-11-28')).toBe('2026-11-28');
    expect(readDate('8-3-2026')).toBe('2026-03-08');
    expect(readDate('28/11/2026')).toBe('2026-11-28');
    expect(readDate('november')).toBeUndefined();
  });

  it('keeps the date of a date with a time', () => {
    expect(readDate('28-11-2026 10:15')).toBe('2026-11-28');
    expect(readDate('28-11-2026 10:15:30')).toBe('2026-11-28');
    expect(readDate('2026-11-28T10:15:00')).toBe('2026-11-28');
    expect(readDate('2026-11-28T10:15:00.000Z')).toBe('2026-11-28');
    expect(readDate('2026-11-28 9:05')).toBe('2026-11-28');
  });

  it('refuses dates that do not exist and trailing text', () => {
    expect(readDate('2026-13-45')).toBeUndefined();
    expect(readDate('31-02-2026')).toBeUndefined();
    expect(readDate('2026-01-01garbage')).toBeUndefined();
    expect(readDate('28-11-2026 kwart over tien')).toBeUndefined();
    expect(readDate('29-02-2028')).toBe('2028-02-29');
  });
});

describe('AnswerTableReader: columns', () => {
  it('matches a column by question text in any language (case, spacing, numbering and ? aside) or by id', () => {
    const { sets, diagnostics } = read(
      [
        '1. Heeft de organisatie een datavisie',
        'HAS THE BOARD ADOPTED  THE VISION?',
        'data-1',
        'Wordt de kwaliteit van de gegevens gemeten?:',
      ],
      [['Gedeeltelijk', 'Fully', '3', 'N.v.t.']],
    );
    expect(diagnostics).toEqual([]);
    expect(sets[0]?.answers).toEqual({
      'visie-1': { value: 2 },
      'visie-2': { value: 4 },
      'data-1': { value: 3 },
      'data-2': { value: 'not-applicable' },
    });
  });

  it('reads metadata columns in Dutch and English, and leaves out the columns Microsoft Forms adds', () => {
    const header = ['ID', 'Begintijd', 'Tijd van voltooien', 'E-mail', 'Naam', 'Tijdstip van laatste wijziging'];
    const { sets, diagnostics } = read(
      [...header, 'Organisatie', 'Functie', 'Datum', 'Versie', 'visie-1'],
      [
        [
          '7',
          '28-11-2026 10:02',
          'x',
          'a@b.example',
          'Anna',
          '',
          'Noord',
          'CIO',
          '28-11-2026 10:15',
          '1.0.0',
          'Weet niet',
        ],
      ],
    );
    expect(diagnostics).toEqual([]);
    expect(sets).toEqual([
      {
        source: 'export.xlsx#row-2',
        questionnaire: 'survey-scan',
        organisation: 'Noord',
        version: '1.0.0',
        respondent: { name: 'Anna', role: 'CIO' },
        date: '2026-11-28',
        answers: { 'visie-1': { value: 'unknown' } },
      },
    ]);
    for (const [columns, row] of [
      [['Start time', 'Completion time', 'Email', 'Last modified time', 'Name', 'Rol', 'Organization', 'date'], []],
      [['respondent', 'role', 'organisation', 'datum'], []],
    ] as const)
      expect(read([...columns, 'visie-1'], [[...row, ...columns.map(() => ''), '1']]).diagnostics).toEqual([]);
  });

  it('refuses an unknown column, naming it, with a did-you-mean against the question texts', () => {
    const { sets, diagnostics } = read(
      ['Naam', 'Heeft de organisatie een datavissie?', 'Opmerkingen'],
      [['A', '1', 'x']],
    );
    expect(sets).toEqual([]);
    expect(diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([
      ['unknown-question', 1, 2],
      ['unknown-question', 1, 3],
    ]);
    expect(diagnostics[0]!.message).toContain('column `Heeft de organisatie een datavissie?` is not a question');
    expect(diagnostics[0]!.message).toContain('did you mean `Heeft de organisatie een datavisie?`?');
    expect(diagnostics[0]!.message).toContain('--ignore-column');
    // In English, the English text.
    expect(read(['Has the bord adopted the vision'], [['1']]).diagnostics[0]!.message).toContain(
      'did you mean `Has the board adopted the vision?`?',
    );
  });

  it('leaves out the columns --ignore-column names, compared as headers are', () => {
    const { sets, diagnostics } = read(['Opmerkingen ', 'visie-1', 'Afdeling'], [['iets', '2', 'ICT']], {
      ignoreColumns: ['opmerkingen', 'AFDELING:'],
    });
    expect(diagnostics).toEqual([]);
    expect(sets[0]?.answers).toEqual({ 'visie-1': { value: 2 } });
  });

  it('refuses two columns for one question, or for one metadata field', () => {
    const { diagnostics } = read(
      ['visie-1', 'Does the organisation have a data vision?', 'Naam', 'respondent'],
      [['1', '2', 'A', 'B']],
    );
    expect(diagnostics.map((d) => `${d.rule} ${d.column} ${d.message}`)).toEqual([
      'csv-duplicate-column 2 column `Does the organisation have a data vision?` is `visie-1`, as column 1 is: keep one of them',
      'csv-duplicate-column 4 column `respondent` is `respondent`, as column 3 is: keep one of them',
    ]);
  });

  it('refuses a column headed by a text two questions share, asking for the id', () => {
    const twins = {
      ...q,
      questions: q.questions.map((x) =>
        x.id === 'data-2'
          ? { ...x, text: { nl: 'Zelfde vraag', en: 'Same' } }
          : x.id === 'data-1'
            ? { ...x, text: { nl: 'Zelfde vraag', en: 'Other' } }
            : x,
      ),
    };
    const table = new AnswerTableReader('t.csv', twins);
    expect(table.header(cells(1, ['zelfde vraag']), 1)).toBe(false);
    expect(table.diagnostics.map((d) => d.message)).toEqual([
      "column `zelfde vraag` is the text of more than one question: head the column with the question's id",
    ]);
  });
});

describe('AnswerTableReader: rows', () => {
  it('reports a bad cell at its position, skips its row, and keeps what the row names', () => {
    const { sets, diagnostics, skipped } = read(
      ['Organisatie', 'visie-1', 'visie-2'],
      [
        ['Noord', 'Gedeeltelijk', 'Bijna'],
        ['', 'Volledig', '1'],
        ['Zuid', 'Wel', '2'],
      ],
    );
    expect(diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([
      ['invalid-answer', 2, 3],
      ['invalid-answer', 4, 2],
    ]);
    expect(sets.map((s) => s.source)).toEqual(['export.xlsx#row-3']);
    expect(skipped).toEqual([{ organisation: 'Noord' }, { organisation: 'Zuid' }]);
  });
});

describe('CSV: Excel and survey-tool dialects', () => {
  it("takes the separator from Excel's sep= first line, which is no header (lines count on)", () => {
    for (const [text, sep] of [
      ['sep=;\r\nvisie-1;data-1\r\n1;2,5\r\n', ';'],
      ['\uFEFFSEP=,\nvisie-1,data-1\n1,"2"\n', ','],
    ] as const) {
      const { sets, diagnostics } = parseAnswersCsv(text, 's.csv', q);
      expect(diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual(sep === ';' ? [['invalid-answer', 3, 3]] : []);
      expect(sets.map((s) => s.source)).toEqual(sep === ';' ? [] : ['s.csv#row-3']);
    }
    // The line says `,` although the header has more semicolons.
    const { sets } = parseAnswersCsv('sep=,\nOrganisatie,visie-1\n"A;B;C",2\n', 's.csv', q);
    expect(sets[0]?.organisation).toBe('A;B;C');
  });

  it('says a file of only a sep= line is empty', () => {
    expect(parseAnswersCsv('sep=;\n', 'e.csv', q).diagnostics.map((d) => d.rule)).toEqual(['empty-file']);
  });

  it('warns once that a file was read as Windows-1252 when told so, keeping its rows', () => {
    const { sets, diagnostics } = parseAnswersCsv('visie-1\n1\n', 'w.csv', q, { decodedAs: 'windows-1252' });
    expect(diagnostics.map((d) => `${d.rule} ${d.severity}`)).toEqual(['not-utf8 warning']);
    expect(sets).toHaveLength(1);
  });
});
