import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { answerWorkbookContent, CELL_NAMES, type WorkbookCell } from '../../src/answers/workbook-template.js';
import { writeWorkbook } from '../../src/answers/workbook-writer.js';
import { loadWorkbook, readAnswerWorkbook, xlsxRows } from '../../src/answers/workbook-reader.js';
import { loadQuestionnaire } from '../scoring/load.js';

const q = loadQuestionnaire('workbook', 'workbook-scan.yaml');

/** The cells of a sheet as texts, row by row. */
const texts = (rows: readonly (readonly (WorkbookCell | undefined)[])[]) => rows.map((row) => row.map((c) => c?.text));

describe('answerWorkbookContent', () => {
  it('has a cover to fill in, naming the questionnaire and its version in named cells', () => {
    const [cover] = answerWorkbookContent(q, { language: 'en' }).sheets;
    expect(cover!.name).toBe('Cover');
    const named = new Map(cover!.rows.flat().flatMap((c) => (c?.name ? [[c.name, c]] : [])));
    expect(named.get(CELL_NAMES.questionnaire)).toMatchObject({ text: 'workbook-scan' });
    expect(named.get(CELL_NAMES.version)).toMatchObject({ text: '1.0.0' });
    for (const name of [CELL_NAMES.organisation, CELL_NAMES.respondent, CELL_NAMES.role, CELL_NAMES.date])
      expect(named.get(name), name).toMatchObject({ text: '', open: true });
    // The questionnaire's own instructions follow the workbook's.
    expect(texts(cover!.rows).flat()).toContain('Answer the questions for the whole organisation.');
  });

  it('has a row per question in the language asked for, with the choices it allows and the rest locked', () => {
    const [, questions] = answerWorkbookContent(q, { language: 'nl' }).sheets;
    expect(questions!.name).toBe('Vragen');
    expect(questions!.headerRows).toBe(1);
    expect(texts(questions!.rows)).toEqual([
      ['Dimensie', 'Subdimensie', 'Vraag', 'Uitleg', 'Keuzes', 'Antwoord', 'Toelichting', 'Id'],
      [
        'Data',
        'Kwaliteit',
        '=1+1 Wordt de datakwaliteit gemeten?',
        '+ Denk aan controles op volledigheid.',
        '• Nog niet\n• In pilots\n• Overal\n• Weet niet\n• Niet van toepassing',
        '',
        '',
        'q-quality',
      ],
      [
        'Data',
        'Toegang',
        "Vinden collega's de data die ze nodig hebben?",
        '',
        expect.stringMatching(/^• Nee, data staat in losse systemen[^\n]*\n• Deels,[^\n]*\n• Ja,[^\n]*\n• Weet niet\n/),
        '',
        '',
        'q-access',
      ],
      ['Mensen', '', '@Hebben mensen de vaardigheden?', '', '• Zelden\n• Vaak\n• Altijd', '', '', 'q-skills'],
    ]);
    const [, quality, , skills] = questions!.rows;
    expect(quality![5]).toEqual({
      text: '',
      open: true,
      choices: ['Nog niet', 'In pilots', 'Overal', 'Weet niet', 'Niet van toepassing'],
    });
    expect(skills![5]!.choices).toEqual(['Zelden', 'Vaak', 'Altijd']);
    // Only the answer and the note are open.
    expect(quality!.map((c) => c?.open === true)).toEqual([false, false, false, false, false, true, true, false]);
  });

  it('falls back to English words for a language it has none in', () => {
    const [cover] = answerWorkbookContent(q, { language: 'de' }).sheets;
    expect(cover!.name).toBe('Cover');
  });
});

async function filledWorkbook(
  fill: (sheet: ExcelJS.Worksheet, cover: ExcelJS.Worksheet) => void,
  language: 'nl' | 'en' = 'nl',
) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writeWorkbook(answerWorkbookContent(q, { language }))) as unknown as ArrayBuffer);
  const [cover, questions] = workbook.worksheets;
  fill(questions!, cover!);
  const loaded = await loadWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()));
  if (!('workbook' in loaded)) throw new Error('the filled-in workbook did not load');
  return loaded.workbook;
}

describe('readAnswerWorkbook', () => {
  it('reads labels, values, the words for unknown, notes and the cover', async () => {
    const workbook = await filledWorkbook((sheet, cover) => {
      sheet.getCell('F2').value = 'in PILOTS';
      sheet.getCell('G2').value = 'alleen sociaal domein';
      sheet.getCell('F3').value = 'Weet niet';
      sheet.getCell('F4').value = 3;
      cover.getCell('B3').value = 'Gemeente Test';
      cover.getCell('B6').value = '28-11-2026';
    });
    const { sets, diagnostics } = readAnswerWorkbook(workbook!, 'a.xlsx', q);
    expect(diagnostics).toEqual([]);
    expect(sets).toEqual([
      {
        source: 'a.xlsx',
        questionnaire: 'workbook-scan',
        version: '1.0.0',
        organisation: 'Gemeente Test',
        date: '2026-11-28',
        answers: {
          'q-quality': { value: 2, note: 'alleen sociaal domein' },
          'q-access': { value: 'unknown' },
          'q-skills': { value: 3 },
        },
      },
    ]);
  });

  it('points a text that is no answer at its cell and reads no answer set', async () => {
    const workbook = await filledWorkbook((sheet) => void (sheet.getCell('F3').value = 'Misschien'));
    const { sets, diagnostics } = readAnswerWorkbook(workbook!, 'a.xlsx', q);
    expect(sets).toEqual([]);
    expect(diagnostics).toMatchObject([
      { rule: 'invalid-answer', line: 3, column: 6, args: { cell: 'Vragen!F3', id: 'q-access' } },
    ]);
    expect(diagnostics[0]!.message).toMatch(/^Vragen!F3: `Misschien` is not an answer to `q-access`: choose one/);
  });
});

describe('readAnswerWorkbook: what a wrong cell is told', () => {
  it('names the labels in the language the workbook was made in, long ones shortened', async () => {
    const say = async (language: 'nl' | 'en') => {
      const workbook = await filledWorkbook((sheet) => void (sheet.getCell('F3').value = 'Maybe'), language);
      return readAnswerWorkbook(workbook!, 'a.xlsx', q).diagnostics[0]!.message;
    };
    expect(await say('en')).toBe(
      "Questions!F3: `Maybe` is not an answer to `q-access`: choose one from the list (No, data is kept in separate systems…; Partly, a list of data sets exists for…; Yes, a catalogue of all data sets is…; Don't know; Not applicable), or leave the cell empty",
    );
    expect(await say('nl')).toContain('(Nee, data staat in losse systemen die…; Deels,');
  });

  it('refuses an answer in a row whose id was taken away, and a question given a second row', async () => {
    const workbook = await filledWorkbook((sheet) => {
      sheet.getCell('F2').value = 'In pilots';
      sheet.getCell('H3').value = null;
      sheet.getCell('F3').value = 'Weet niet';
      sheet.getCell('H4').value = 'q-quality';
      sheet.getCell('F4').value = 'Overal';
    });
    const { sets, diagnostics } = readAnswerWorkbook(workbook, 'a.xlsx', q);
    expect(sets).toEqual([]);
    expect(diagnostics).toMatchObject([
      { rule: 'missing-key', line: 3, column: 6, args: { cell: 'Vragen!F3' } },
      { rule: 'duplicate-key', line: 4, column: 6, args: { cell: 'Vragen!F4', id: 'q-quality' } },
    ]);
    expect(diagnostics[1]!.message).toBe(
      'Vragen!F4: question `q-quality` has a row already (row 2): each question is answered in one row',
    );
  });
});

describe('loadWorkbook and xlsxRows', () => {
  it('refuses bytes that are no workbook', async () => {
    expect(await loadWorkbook(new TextEncoder().encode('organisation: x\n'))).toEqual({ refused: 'invalid' });
  });

  it('reads a merged range as its first cell: the others are empty, as in the file', async () => {
    const source = new ExcelJS.Workbook();
    const sheet = source.addWorksheet('Form1');
    sheet.addRow(['Naam', '', 'Vraag 1']);
    sheet.addRow(['Chantal', 'Öztürk', 'Overal']);
    sheet.mergeCells('A1:B1');
    const loaded = await loadWorkbook(new Uint8Array(await source.xlsx.writeBuffer()));
    const { header } = xlsxRows((loaded as { workbook: ExcelJS.Workbook }).workbook);
    expect(header.map((c) => c.text)).toEqual(['Naam', '', 'Vraag 1']);
  });

  it('refuses a zip that holds no sheet', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'hi');
    expect(await loadWorkbook(await zip.generateAsync({ type: 'uint8array' }))).toEqual({ refused: 'invalid' });
  });

  it('reads the first sheet shown that holds text: not a hidden one, nor an empty one before it', async () => {
    const source = new ExcelJS.Workbook();
    source.addWorksheet('Oud', { state: 'hidden' }).addRow(['stale']);
    source.addWorksheet('Leeg');
    const data = source.addWorksheet('Form1');
    data.addRow(['ID', 'Vraag 1']);
    data.addRow([1, 'Overal']);
    const loaded = await loadWorkbook(new Uint8Array(await source.xlsx.writeBuffer()));
    const { header, rows } = xlsxRows((loaded as { workbook: ExcelJS.Workbook }).workbook);
    expect(header.map((c) => c.ref)).toEqual(['Form1!A1', 'Form1!B1']);
    expect([...rows].map((row) => row.map((c) => c.text))).toEqual([['1', 'Overal']]);
  });

  it('refuses a workbook that unzips to more than the limit, before exceljs reads it', async () => {
    const source = new ExcelJS.Workbook();
    // A zip bomb in small: a sheet of one text repeated compresses to a sliver of its size.
    source.addWorksheet('Form1').addRow(['x'.repeat(30_000)]);
    const bytes = new Uint8Array(await source.xlsx.writeBuffer());
    expect(bytes.length).toBeLessThan(20_000);
    expect(await loadWorkbook(bytes, 20_000)).toEqual({ refused: 'too-large' });
    expect(await loadWorkbook(bytes, 200_000)).toHaveProperty('workbook');
  });

  it("reads the first sheet's header and rows as texts with their places", async () => {
    const source = new ExcelJS.Workbook();
    const sheet = source.addWorksheet('Form1');
    sheet.addRow(['ID', 'Begintijd', 'Vraag 1']);
    sheet.addRow([1, new Date(Date.UTC(2026, 10, 28)), { richText: [{ text: 'Weet ' }, { text: 'niet' }] }]);
    sheet.addRow([]);
    sheet.addRow([2, { formula: '1+1', result: 2 }, 'Overal']);
    const loaded = await loadWorkbook(new Uint8Array(await source.xlsx.writeBuffer()));
    const { header, rows } = xlsxRows((loaded as { workbook: ExcelJS.Workbook }).workbook);
    expect(header.map((c) => c.text)).toEqual(['ID', 'Begintijd', 'Vraag 1']);
    expect([...rows].map((row) => row.map((c) => c.text))).toEqual([
      ['1', '2026-11-28', 'Weet niet'],
      ['2', '2', 'Overal'],
    ]);
    expect([...rows][1]![2]).toEqual({
      text: 'Overal',
      position: { line: 4, column: 3, endLine: 4, endColumn: 3 },
      ref: 'Form1!C4',
    });
  });
});

describe('writeWorkbook', () => {
  it('makes every row high enough for its wrapped texts and its longest choice (LibreOffice shows none by itself)', async () => {
    const long = 'word '.repeat(40).trim();
    const content = {
      listsSheet: 'Lists',
      sheets: [
        {
          name: 'Sheet',
          widths: [10, 20],
          headerRows: 0,
          landscape: false,
          rows: [
            [{ text: 'short' }],
            [{ text: long }],
            [{ text: 'two\nlines' }, { text: '', open: true, choices: ['a', long] }],
          ],
        },
      ],
    };
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await writeWorkbook(content)) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Sheet')!;
    expect(sheet.getRow(1).height).toBe(15);
    // 199 characters in a column 10 wide: 20 lines.
    expect(sheet.getRow(2).height).toBe(20 * 15);
    // The longest choice, in a column 20 wide: 10 lines.
    expect(sheet.getRow(3).height).toBe(10 * 15);
  });
});
