/**
 * A consensus file through the built CLI: `score` says in every format that it is the consensus of
 * 6 participants, warns when it is scored together with its room, `validate` checks its count of
 * participants, and `compare` sets the room's average beside the agreement.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { publishedSchema } from '../helpers/schemas.js';

const CONSENSUS = fixture('consensus', 'agreed', 'consensus.yaml');
const MISCOUNTED = fixture('consensus', 'miscounted', 'consensus.yaml');
const ROOM = fixture('consensus', 'room');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-consensus-report-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const score = (...args: string[]) => {
  const r = runCli(['score', ...args]);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
};

describe('score of a consensus file', () => {
  it('table: the line under the title, and with --explain the combined questions marked', () => {
    expect(score(CONSENSUS, '--lang', 'en').split('\n')[1]).toBe(
      'Round scan (ronde-scan 1.0.0) · consensus of 6 participants · 2026-12-06',
    );
    const nl = score(CONSENSUS, '--lang', 'nl', '--explain');
    expect(nl.split('\n')[1]).toBe('Rondescan (ronde-scan 1.0.0) · consensus van 6 deelnemers · 2026-12-06');
    expect(nl).toContain('visie-2 Kennen de teams de datavisie? (waarde 1,80) (gecombineerd, niet');
    expect(nl).toContain('- Consensus: De raad stelde de visie vast; de teams kennen haar nog niet.');
  });

  it('markdown and html', () => {
    expect(score(CONSENSUS, '--format', 'markdown', '--lang', 'nl')).toContain(
      '\nRondescan (ronde-scan 1.0.0) · consensus van 6 deelnemers · 2026-12-06\n',
    );
    const html = score(CONSENSUS, '--format', 'html', '--lang', 'en');
    expect(html).toContain('<span class="consensus">Consensus of 6 participants</span>');
    expect(html).toContain('(combined, not discussed)');
  });

  it('json and ndjson: the consensus field and the combined questions', () => {
    const profile = JSON.parse(score(CONSENSUS, '--format', 'json')) as {
      consensus: unknown;
      dimensions: { subdimensions: { questions: { id: string; combined?: boolean }[] }[] }[];
    };
    expect(profile.consensus).toEqual({ participants: 6, agreed: 2, combined: 3 });
    const combined = profile.dimensions.flatMap((d) =>
      d.subdimensions.flatMap((s) => s.questions.filter((x) => x.combined).map((x) => x.id)),
    );
    expect(combined).toEqual(['visie-2', 'werkwijze-1', 'kwaliteit-2']);
    expect(JSON.parse(score(CONSENSUS, '--format', 'ndjson'))).toMatchObject({ consensus: { participants: 6 } });
  });

  it('csv: the respondent Consensus and the three consensus columns', () => {
    const [head, row] = parse(score(CONSENSUS, '--format', 'csv')) as string[][];
    const cells = Object.fromEntries(head!.map((h, i) => [h, row![i]]));
    expect(cells).toMatchObject({
      respondent: 'Consensus',
      respondents: '1',
      'consensus.participants': '6',
      'consensus.agreed': '2',
      'consensus.combined': '3',
    });
  });

  it('xlsx: the overview names the respondent Consensus with the room as its role', async () => {
    const file = path.join(work, 'consensus.xlsx');
    const r = runCli(['score', CONSENSUS, '--format', 'xlsx', '--lang', 'nl', '-o', file]);
    expect(r.code, r.stderr).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(2).values as unknown[]).map(String);
    const value = (name: string) => sheet.getRow(3).getCell(header.indexOf(name)).value;
    expect(value('Respondent')).toBe('Consensus');
    expect(value('Rol')).toBe('consensus van 6 deelnemers');
  });
});

describe('a consensus file scored together with its room', () => {
  it('--aggregate warns that the room counts twice, and counts it all the same', () => {
    const r = runCli(['score', ROOM, CONSENSUS, '--aggregate', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(
      `${CONSENSUS}: warning consensus-in-group a consensus file (\`basis: consensus\`, what a room agreed on) scored together with 6 other answer sets: the room counts twice, each person and their agreement; it counts all the same (score it on its own, or set it beside the room with \`datascan compare\`)\n`,
    );
    const profile = JSON.parse(r.stdout) as { respondents: number; consensus?: unknown };
    expect(profile.respondents).toBe(7);
    expect(profile.consensus).toBeUndefined();
  });

  it('says it in Dutch; --strict makes it an error that leaves the file out (exit 1)', () => {
    const nl = runCli(['score', ROOM, CONSENSUS, '--aggregate', '--format', 'json', '--lang', 'nl']);
    expect(nl.stderr).toContain('de groep telt zo twee keer mee, per persoon en als afspraak; het telt toch mee');
    const strict = runCli(['score', ROOM, CONSENSUS, '--aggregate', '--format', 'json', '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain(`${CONSENSUS}: error consensus-in-group`);
    expect(JSON.parse(strict.stdout)).toMatchObject({ respondents: 6, skipped: 1 });
  });

  it('--group-by organisation warns as well: the room and its consensus name one organisation', () => {
    const r = runCli(['score', ROOM, CONSENSUS, '--group-by', 'organisation', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`${CONSENSUS}: warning consensus-in-group`);
  });

  it('scored each on its own (no --aggregate), nothing is said', () => {
    const r = runCli(['score', ROOM, CONSENSUS, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('validate of a consensus file', () => {
  it('passes without a finding', () => {
    const r = runCli(['validate', CONSENSUS]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout + r.stderr).toBe('1 file checked: 0 errors, 0 warnings\n');
  });

  it('warns at participants, with line and column, when it does not match the sources', () => {
    const r = runCli(['validate', MISCOUNTED, '--format', 'json']);
    const findings = JSON.parse(r.stdout) as { rule: string; severity: string; line: number; column: number }[];
    const found = (Array.isArray(findings) ? findings : (findings as { findings: typeof findings }).findings).filter(
      (f) => f.rule === 'consensus-participants',
    );
    expect(found).toMatchObject([{ severity: 'warning', line: 7, column: 15 }]);
    const text = runCli(['validate', MISCOUNTED, '--lang', 'nl']);
    expect(text.stdout + text.stderr).toContain(
      `${MISCOUNTED}:7:15: warning consensus-participants \`participants: 7\`, maar \`sources\` noemt 6 antwoordbestanden`,
    );
  });
});

describe('compare of the room and its consensus', () => {
  it('table and markdown name the average and the agreement', () => {
    const table = runCli(['compare', ROOM, CONSENSUS, '--lang', 'nl']);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/^Voor: +Gemiddelde van 6 deelnemers · /m);
    expect(table.stdout).toMatch(/^Na: +Consensus \(6 deelnemers\) · /m);
    const md = runCli(['compare', ROOM, CONSENSUS, '--format', 'markdown', '--lang', 'en']);
    expect(md.stdout).toContain('- **Before:** Average of 6 participants · ');
    expect(md.stdout).toContain('- **After:** Consensus (6 participants) · ');
  });

  it('json carries the labels and the consensus; html labels the cards', () => {
    const json = JSON.parse(runCli(['compare', CONSENSUS, ROOM, '--format', 'json', '--lang', 'en']).stdout) as {
      before: { label?: string; consensus?: unknown };
      after: { label?: string; consensus?: unknown };
    };
    expect(json.before).toMatchObject({ label: 'Consensus (6 participants)', consensus: { participants: 6 } });
    expect(json.after).toMatchObject({ label: 'Average of 6 participants' });
    expect(json.after.consensus).toBeUndefined();
    const validate = publishedSchema('comparison.schema.json');
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    const html = runCli(['compare', ROOM, CONSENSUS, '--format', 'html', '--lang', 'nl']).stdout;
    expect(html).toContain('<span class="label">Gemiddelde van 6 deelnemers</span>');
    expect(html).toContain('<span class="label">Consensus (6 deelnemers)</span>');
  });
});
