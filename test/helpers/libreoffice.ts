/**
 * LibreOffice Calc, headless, as a second reader of workbooks (`.ci/run` installs it). Locally a
 * test is skipped without it; in CI its absence fails the test instead.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function findSoffice(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

export const SOFFICE = findSoffice();

/** Whether the LibreOffice tests run here: it is installed, or this is CI, where it must be. */
export const canRunLibreOffice = SOFFICE !== undefined || Boolean(process.env.CI);

/**
 * Every sheet of a workbook as CSV text (UTF-8), by sheet name. Each call has a profile folder of
 * its own, so conversions running side by side do not wait for each other's lock.
 */
export function sheetsAsCsv(workbook: string, sheets: readonly string[]): Record<string, string> {
  if (SOFFICE === undefined)
    throw new Error('soffice is not installed (LibreOffice Calc: apt-get install libreoffice-calc-nogui)');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-soffice-'));
  try {
    // 44: comma, 34: double quote, 76: UTF-8; the last field, -1, writes every sheet to a file of its own.
    const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
    const result = spawnSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${work}/profile`,
        '--headless',
        '--convert-to',
        filter,
        '--outdir',
        work,
        workbook,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    if (result.status !== 0) throw new Error(`soffice failed: ${result.stderr}`);
    const base = path.basename(workbook, path.extname(workbook));
    return Object.fromEntries(
      sheets.map((sheet) => [sheet, fs.readFileSync(path.join(work, `${base}-${sheet}.csv`), 'utf8')]),
    );
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
