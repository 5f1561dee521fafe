/**
 * LibreOffice Calc as a second reader of the workbooks datascan writes (`.ci/run` installs it).
 * Locally a test is skipped without it; in CI its absence fails the test instead, as for Chromium.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** `soffice` on the PATH, if it is there. */
function findSoffice(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'soffice');
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

export const SOFFICE = findSoffice();

/** Whether the LibreOffice tests run here: it is installed, or this is CI, where it must be. */
export const canRunLibreOffice = SOFFICE !== undefined || Boolean(process.env.CI);

/**
 * CSV in UTF-8, comma-separated, each cell as shown (so a number's format counts): LibreOffice's
 * filter options, by position (separator, quote, character set, first line, column formats,
 * language, quoted as text, detect numbers, save as shown).
 */
const CSV_AS_SHOWN = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true';

/**
 * Converts `file` with LibreOffice's `filter` into a folder of its own, and gives `read` the CSV
 * file named `name` there (or throws what soffice said). Each call has a profile folder of its own,
 * so that parallel tests do not share (and lock) one.
 */
function converted<T>(file: string, filter: string, read: (csv: (name: string) => string) => T): T {
  if (!SOFFICE) throw new Error('soffice is not installed (CI installs libreoffice-calc-nogui)');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-soffice-'));
  try {
    const result = spawnSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${path.join(work, 'profile')}`,
        '--headless',
        '--convert-to',
        filter,
        '--outdir',
        work,
        file,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    return read((name) => {
      const out = path.join(work, name);
      if (!fs.existsSync(out)) throw new Error(`soffice did not convert ${file}: ${result.stderr || result.stdout}`);
      return fs.readFileSync(out, 'utf8');
    });
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** The first sheet of `file` as LibreOffice shows it, converted to CSV. */
export function libreOfficeCsv(file: string): string {
  return converted(file, CSV_AS_SHOWN, (csv) => csv(`${path.basename(file, path.extname(file))}.csv`));
}

/**
 * Every sheet named of `file` as CSV (UTF-8, as shown), by sheet name: LibreOffice writes each
 * sheet to a file of its own (`NAME-SHEET.csv`) when the filter's last option is -1.
 */
export function libreOfficeSheetsCsv(file: string, sheets: readonly string[]): Record<string, string> {
  const base = path.basename(file, path.extname(file));
  return converted(file, `${CSV_AS_SHOWN},false,false,-1`, (csv) =>
    Object.fromEntries(sheets.map((sheet) => [sheet, csv(`${base}-${sheet}.csv`)])),
  );
}
