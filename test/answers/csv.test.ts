import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CsvAnswerReader, detectDelimiter, parseAnswersCsv } from '../../src/answers/csv.js';
import { loadQuestionnaire, tinyScan } from '../scoring/load.js';
import { score } from '../../src/scoring/score.js';

const q = tinyScan();
const samm = loadQuestionnaire('questionnaires', 'valid', 'samm-lite.yaml');

describe('detectDelimiter', () => {
  it('picks the separator the header row uses most, ignoring quoted text', () => {
    expect(detectDelimiter('organisation,a1-1,a1-2\n1;2;3')).toBe(',');
    expect(detectDelimiter('organisation;a1-1;a1-2\n"x,y";2;3')).toBe(';');
    expect(detectDelimiter('"Gemeente, de";a1-1;a1-2\n')).toBe(';');
    expect(detectDelimiter('a1-1\n')).toBe(',');
  });
});

describe('parseAnswersCsv', () => {
  it('reads comma-separated answers: one answer set per row, empty cells unanswered', () => {
    const text =
      'organisation,respondent,role,date,a1-1,a1-2,a2-1,b-1\nGemeente Test,A. de Vries,CIO,2026-11-28,2,3,?,\n"Gemeente, Test",B,,,1,n.v.t.,4,n/a\n';
    const { sets, diagnostics } = parseAnswersCsv(text, 'x.csv', q);
    expect(diagnostics).toEqual([]);
    expect(sets).toEqual([
      {
        source: 'x.csv#row-2',
        questionnaire: 'tiny-scan',
        organisation: 'Gemeente Test',
        respondent: { name: 'A. de Vries', role: 'CIO' },
        date: '2026-11-28',
        answers: { 'a1-1': { value: 2 }, 'a1-2': { value: 3 }, 'a2-1': { value: 'unknown' } },
      },
      {
        source: 'x.csv#row-3',
        questionnaire: 'tiny-scan',
        organisation: 'Gemeente, Test',
        respondent: { name: 'B' },
        answers: {
          'a1-1': { value: 1 },
          'a1-2': { value: 'not-applicable' },
          'a2-1': { value: 4 },
          'b-1': { value: 'not-applicable' },
        },
      },
    ]);
  });

  it('reads the Dutch dialect: semicolons, decimal commas, a byte-order mark and CRLF line ends', () => {
    const text = '\uFEFFOrganisation;gov-1;gov-2;des-1\r\nGemeente Test;0,25;1;0,5\r\n';
    const { sets, diagnostics } = parseAnswersCsv(text, 'nl.csv', samm);
    expect(diagnostics).toEqual([]);
    expect(sets).toEqual([
      {
        source: 'nl.csv#row-2',
        questionnaire: 'samm-lite',
        organisation: 'Gemeente Test',
        answers: { 'gov-1': { value: 0.25 }, 'gov-2': { value: 1 }, 'des-1': { value: 0.5 } },
      },
    ]);
    // governance = (0.25·1 + 1·2) / 3 = 0.75; design = 0.5; overall = (0.75·2 + 0.5) / 3
    const p = score(samm, sets);
    expect(p.dimensions.map((d) => d.score)).toEqual([0.75, 0.5]);
    expect(p.overall.score).toBeCloseTo(2 / 3, 12);
  });

  it('gives the same answers for the same sheet in both dialects', () => {
    const comma = parseAnswersCsv('organisation,a1-1,a1-2\nX,"2,5",3\n', 'c.csv', {
      ...q,
      scales: [{ id: 'phase', options: [1, 2, 2.5, 3].map((value) => ({ value, label: String(value) })) }],
    });
    const semicolon = parseAnswersCsv('organisation;a1-1;a1-2\nX;2,5;3\n', 'c.csv', {
      ...q,
      scales: [{ id: 'phase', options: [1, 2, 2.5, 3].map((value) => ({ value, label: String(value) })) }],
    });
    expect(comma.diagnostics).toEqual([]);
    expect(comma.sets).toEqual(semicolon.sets);
    expect(comma.sets[0]!.answers['a1-1']).toEqual({ value: 2.5 });
  });

  it("points at the cell of a bad value (the row's line, the cell's first and last character) and skips that row only", () => {
    const text = 'organisation,a1-1,a1-2,a2-1\nA,2,5,1\nB,drie,1,1\n\nC,1,1,1\n';
    const { sets, diagnostics } = parseAnswersCsv(text, 'bad.csv', q);
    expect(diagnostics.map((d) => [d.rule, d.line, d.column, d.endLine, d.endColumn, d.severity])).toEqual([
      ['invalid-answer', 2, 5, 2, 6, 'error'],
      ['invalid-answer', 3, 3, 3, 7, 'error'],
    ]);
    expect(diagnostics[0]!.message).toBe('5 is not an option of question `a1-2` (options: 1, 2, 3, 4)');
    expect(diagnostics[1]!.message).toContain('`drie` is not an answer to `a1-1`');
    expect(sets.map((s) => s.source)).toEqual(['bad.csv#row-5']);
  });

  it('refuses not-applicable where the scale does not allow it, at the cell', () => {
    const noNa = { ...q, scales: q.scales.map((s) => ({ ...s, notApplicable: false, unknown: false })) };
    const { diagnostics } = parseAnswersCsv('a1-1;a1-2\nn.v.t.;?\n', 'x.csv', noNa);
    expect(diagnostics.map((d) => [d.rule, d.line, d.column, d.endColumn])).toEqual([
      ['not-applicable-not-allowed', 2, 1, 7],
      ['unknown-not-allowed', 2, 8, 9],
    ]);
  });

  it('refuses the whole file for an unknown or duplicate column, pointing at the header cell', () => {
    const { sets, diagnostics } = parseAnswersCsv('organisation,a1-1,a1-3,a1-1\nX,1,1,1\n', 'h.csv', q);
    expect(sets).toEqual([]);
    expect(diagnostics.map((d) => [d.rule, d.line, d.column, d.endColumn])).toEqual([
      ['unknown-question', 1, 19, 23],
      ['csv-duplicate-column', 1, 24, 28],
    ]);
    expect(diagnostics[0]!.message).toContain('did you mean `a1-1`?');
  });

  it('counts lines of rows after a quoted cell with a line break', () => {
    const { diagnostics } = parseAnswersCsv('organisation,a1-1\n"Gemeente\nTest",1\nX,9\n', 'q.csv', q);
    expect(diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([['invalid-answer', 4, 3]]);
  });

  it('reports broken CSV, extra cells and bad dates with a position', () => {
    const at = (text: string) =>
      parseAnswersCsv(text, 'x.csv', q).diagnostics.map((d) => [d.rule, d.line, d.column, d.endColumn]);
    expect(at('a1-1,a1-2\n1,"2\n')).toEqual([['csv-syntax', 2, 3, 4]]);
    expect(at('a1-1,a1-2\n1,2,3\n')).toEqual([['csv-syntax', 2, 5, 6]]);
    expect(at('date,a1-1\nvorige week,1\n')).toEqual([['invalid-value', 2, 1, 12]]);
  });

  it("gives a cell's first character and the one after its last, in UTF-16 code units, quotes included and blanks around it not", () => {
    const row = '"Gemeente 😀; ""A""" ;  drie  ;9';
    const { diagnostics } = parseAnswersCsv(`organisation;a1-1;a1-2\r\n${row}\r\n`, 'p.csv', q);
    expect(diagnostics.map((d) => [d.rule, d.line, d.column, d.endLine, d.endColumn])).toEqual([
      ['invalid-answer', 2, row.indexOf('drie') + 1, 2, row.indexOf('drie') + 5],
      ['invalid-answer', 2, row.indexOf('9') + 1, 2, row.indexOf('9') + 2],
    ]);
    // A header cell that is quoted over two lines ends on the next line.
    const header = parseAnswersCsv('organisation,"a1-\n9"\nX,1\n', 'h.csv', q).diagnostics;
    expect(header.map((d) => [d.rule, d.line, d.column, d.endLine, d.endColumn])).toEqual([
      ['unknown-question', 1, 14, 2, 3],
    ]);
  });

  it('says in its own words where a quote goes wrong: at the quote that is never closed, not where the parser stopped', () => {
    const messages = (text: string) =>
      parseAnswersCsv(text, 's.csv', q).diagnostics.map(
        (d) => `${d.line}:${d.column}-${d.endColumn} ${d.rule} ${d.message}`,
      );
    expect(messages('a1-1,a1-2\n1,9\n1,"2\n3,4\n4,4\n')).toEqual([
      '3:3-4 csv-syntax the quote that opens this cell is never closed: quote the whole cell and write each quote inside it twice (`""`)',
    ]);
    expect(messages('a1-1,a1-2\n1,"2" x\n')).toEqual([
      '2:7-8 csv-syntax text after the quote that closes a cell: quote the whole cell and write each quote inside it twice (`""`)',
    ]);
  });

  it("an answer that is none lists only what the question's scale allows", () => {
    const withScale = (extra: object) => ({ ...q, scales: q.scales.map((s) => ({ ...s, ...extra })) });
    const message = (questionnaire: typeof q) =>
      parseAnswersCsv('a1-1\ndrie\n', 'x.csv', questionnaire).diagnostics.map((d) => d.message);
    // As the ODG scales: don't know allowed, not applicable not.
    expect(message(withScale({ unknown: true, notApplicable: false }))).toEqual([
      "`drie` is not an answer to `a1-1`: give an option's label or value (Not yet = 1; In pilots = 2; In several places = 3; Everywhere = 4), Don't know or ?, or leave the cell empty",
    ]);
    expect(message(withScale({ notApplicable: true }))).toEqual([
      "`drie` is not an answer to `a1-1`: give an option's label or value (Not yet = 1; In pilots = 2; In several places = 3; Everywhere = 4), Don't know or ?, Not applicable or n/a, or leave the cell empty",
    ]);
    expect(message(withScale({ unknown: false, notApplicable: false }))).toEqual([
      "`drie` is not an answer to `a1-1`: give an option's label or value (Not yet = 1; In pilots = 2; In several places = 3; Everywhere = 4), or leave the cell empty",
    ]);
  });

  it('names the labels in the language the question columns are headed in, long ones shortened', () => {
    const message = (text: string, questionnaire = q) =>
      parseAnswersCsv(text, 'x.csv', questionnaire).diagnostics.map((d) => d.message);
    // Headed by the Dutch question texts: Dutch labels and words, whatever the message's language.
    expect(message('Vraag a1-1;Vraag a1-2\nvier;1\n')).toEqual([
      "`vier` is not an answer to `a1-1`: give an option's label or value (Nog niet = 1; In pilots = 2; Op meerdere plekken = 3; Overal = 4), Weet niet or ?, Niet van toepassing or n/a, or leave the cell empty",
    ]);
    const long = 'Data staat in losse systemen die alleen de eigen afdeling kan openen, en niemand weet wat er is';
    const withLong = {
      ...q,
      scales: q.scales.map((s) => ({
        ...s,
        options: s.options.map((o, i) => (i === 0 ? { ...o, label: { en: long, nl: long } } : o)),
      })),
    };
    const [said] = message('a1-1\nvier\n', withLong);
    expect(said).toContain('(Data staat in losse systemen die alleen… = 1; In pilots = 2;');
    expect(said).not.toContain('eigen afdeling');
  });

  it('refuses a file with only a header, and an empty file', () => {
    expect(
      parseAnswersCsv('organisation,a1-1\n', 'h.csv', q).diagnostics.map((d) => [d.rule, d.severity, d.line]),
    ).toEqual([['empty-file', 'error', 1]]);
    expect(parseAnswersCsv(' \n', 'e.csv', q).diagnostics.map((d) => [d.rule, d.severity])).toEqual([
      ['empty-file', 'error'],
    ]);
  });

  it('checks a version column against the questionnaire', () => {
    const { sets, diagnostics } = parseAnswersCsv('version,a1-1\n0.9.0,1\n', 'v.csv', q);
    expect(diagnostics.map((d) => [d.rule, d.severity, d.line, d.column, d.endColumn])).toEqual([
      ['version-mismatch', 'warning', 2, 1, 6],
    ]);
    expect(sets).toHaveLength(1);
  });

  it('refuses a version that is no version', () => {
    const { sets, diagnostics } = parseAnswersCsv('version,a1-1\nbanana,1\n1.0.0,2\n', 'v.csv', q);
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`)).toEqual([
      '2:1 invalid-value `version` must be a semantic version such as `1.0.0`, not `banana`',
    ]);
    expect(sets.map((s) => s.source)).toEqual(['v.csv#row-3']);
  });

  it('reads the separator any `sep=` first line names, tab included, and finds cells by it', () => {
    for (const separator of ['|', '\t']) {
      const text = `sep=${separator}\n${['organisation', 'a1-1', 'a1-2'].join(separator)}\n${['Gemeente Test', '1', 'x'].join(separator)}\n`;
      const { diagnostics } = parseAnswersCsv(text, 's.csv', q);
      expect(
        diagnostics.map((d) => [d.rule, d.line, d.column, d.endColumn]),
        separator,
      ).toEqual([['invalid-answer', 3, 17, 18]]);
    }
  });

  it('refuses UTF-16 text (Excel\'s "Unicode text") with a finding that says so', () => {
    const said =
      'file is UTF-16 text (as Excel saves "Unicode text"), not CSV: save it as "CSV UTF-8 (comma delimited)"';
    for (const bytes of [
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('organisation\ta1-1\r\n', 'utf16le')]),
      Buffer.from('organisation\ta1-1\r\n', 'utf16le'),
    ]) {
      // As datascan reads it: UTF-8 when it is, else Windows-1252 (latin1 is the same for these bytes).
      const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).includes('\uFFFD')
        ? bytes.toString('latin1')
        : bytes.toString('utf8');
      const { diagnostics } = parseAnswersCsv(text, 'u.csv', q);
      expect(diagnostics.map((d) => `${d.rule} ${d.message}`)).toEqual([`not-text ${said}`]);
    }
  });

  it('refuses a file with a NUL byte or bytes that were no UTF-8, echoing neither', () => {
    for (const [text, message] of [
      ['organisation,a1-1\nA\u0000B,1\n', 'file contains binary data (a NUL byte); expected CSV text'],
      ['organisation,a1-1\nGemeente \uFFFD,1\n', 'file is not valid UTF-8 text'],
      ['organisation,a1-\uFFFD\nA,1\n', 'file is not valid UTF-8 text'],
    ] as const) {
      const { sets, diagnostics } = parseAnswersCsv(text, 'b.csv', q);
      expect(diagnostics.map((d) => `${d.line} ${d.rule} ${d.message}`)).toEqual([`0 not-text ${message}`]);
      expect(sets).toEqual([]);
    }
  });

  it('a syntax message names what is wrong, not what the cell says', () => {
    const { diagnostics } = parseAnswersCsv('respondent,a1-1\nmy-password-hunter2 "x",1\n', 's.csv', q);
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`)).toEqual([
      '2:21 csv-syntax a quote inside a cell that does not start with one: quote the whole cell and write each quote inside it twice (`""`)',
    ]);
  });

  it('lists at most 100 findings of a file, then how many more', () => {
    const rows = Array.from({ length: 500 }, (_, i) => `R${i},9`);
    const { sets, diagnostics } = parseAnswersCsv(['respondent,a1-1', ...rows, 'ok,1'].join('\n'), 'm.csv', q);
    expect(diagnostics).toHaveLength(101);
    expect(diagnostics[100]).toMatchObject({ rule: 'too-many-findings', severity: 'error', line: 102 });
    expect(diagnostics[100]?.message).toMatch(/^… and 400 more findings/);
    expect(sets.map((s) => s.source)).toEqual(['m.csv#row-502']);
  });
});

describe('CsvAnswerReader: a file read a piece at a time', () => {
  /** The text cut into pieces at the given places, read piece by piece. */
  function readInPieces(text: string, cuts: number[]) {
    const reader = new CsvAnswerReader('p.csv', q);
    const places = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
    const sets = [];
    let from = 0;
    for (const to of [...places, text.length]) {
      sets.push(...reader.push(text.slice(from, to)));
      from = to;
    }
    sets.push(...reader.end());
    return { sets, diagnostics: reader.diagnostics, skipped: reader.skipped };
  }

  const cell = fc.oneof(
    fc.constantFrom('1', '2', '3', '4', '?', 'n/a', '', '9', 'drie', '"x, y"', '"a\nb"', '"say ""hi"""', '2026-11-28'),
    fc.string({ maxLength: 4 }).map((t) => t.replace(/["\r\n,;]/g, '')),
  );
  const sheet = fc
    .tuple(
      fc.constantFrom(',', ';'),
      fc.constantFrom('\n', '\r\n'),
      fc.array(fc.array(cell, { minLength: 4, maxLength: 5 }), { maxLength: 12 }),
      fc.boolean(),
    )
    .map(([separator, end, rows, bom]) => {
      const lines = [['organisation', 'date', 'a1-1', 'a1-2'].join(separator), ...rows.map((r) => r.join(separator))];
      return `${bom ? '\uFEFF' : ''}${lines.join(end)}${end}`;
    });

  it('gives the same answer sets and findings however the text is cut', () => {
    fc.assert(
      fc.property(sheet, fc.array(fc.nat(), { maxLength: 8 }), (text, cuts) => {
        expect(readInPieces(text, cuts)).toEqual(parseAnswersCsv(text, 'p.csv', q));
      }),
      { numRuns: 300 },
    );
  });

  it('counts lines across pieces, also of rows after a cell with a line break', () => {
    const text = 'organisation,a1-1\nA,1\n"Gemeente\nTest",1\nX,9\n';
    for (let cut = 0; cut <= text.length; cut++) {
      const { sets, diagnostics } = readInPieces(text, [cut]);
      expect(diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([['invalid-answer', 5, 3]]);
      expect(sets.map((s) => s.source)).toEqual(['p.csv#row-2', 'p.csv#row-3']);
    }
  });

  it('stops at a syntax error, which is then all that is said about the file', () => {
    const reader = new CsvAnswerReader('s.csv', q);
    expect(reader.push('a1-1,a1-2\n1,9\n1,"2\n')).toHaveLength(0);
    reader.push('3,4\n');
    expect(reader.end()).toEqual([]);
    expect(reader.stopped).toBe(true);
    // The quote that is never closed, as for the file read at once.
    expect(reader.diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([['csv-syntax', 3, 3]]);
    expect(reader.diagnostics).toEqual(parseAnswersCsv('a1-1,a1-2\n1,9\n1,"2\n3,4\n', 's.csv', q).diagnostics);
  });
});
