/**
 * What `-o` may replace. An existing file that datascan reads as an answer file, a questionnaire or
 * a model file (or a CSV file that may hold answers) is kept unless `--force` is given: a report
 * written over it would lose what people wrote. Reports datascan wrote, empty files and other
 * files may be replaced; devices and FIFOs are written as they are, never replaced (output.ts).
 */
import fs from 'node:fs';
import { parseSourceQuickly } from '../source/source.js';
import { detectKind } from '../workspace/kind.js';
import { EXIT, UserError } from './errors.js';
import { tool } from './messages.js';
import { nodeHost } from './file-host.js';
import { isCsv, isDatascanReport } from './inputs.js';
import { isFormat, STRUCTURED } from '../util/file-formats.js';
import { isReportWorkbook, loadWorkbook } from '../answers/workbook-reader.js';

/** What an existing file holds that -o keeps. */
export type KeptKind = 'answers' | 'questionnaire' | 'model' | 'csv' | 'workbook';

/** Keys by which detectKind tells the kinds apart: top-level in YAML, anywhere in JSON. */
const KIND_KEY =
  /^["']?(answers|questions|model|levels|dimensions|scales|overall)["']?[ \t]*:|"(answers|questions|model|levels|dimensions|scales|overall)"\s*:/gm;

/** Whether writing `file` would replace an existing ordinary file (also through a link). */
export function replacesFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Larger than any workbook report: a bigger .xlsx file is not opened to find out. */
const MAX_REPORT_WORKBOOK_BYTES = 20 * 1024 * 1024;

/**
 * Whether an existing .xlsx file is a workbook report datascan wrote (its properties say so). A
 * workbook is zipped XML, read with exceljs, so this is asked before -o is checked, asynchronously.
 */
export async function isWorkbookReport(file: string): Promise<boolean> {
  try {
    if (!isFormat(file, 'xlsx') || fs.statSync(file).size > MAX_REPORT_WORKBOOK_BYTES) return false;
    const loaded = await loadWorkbook(fs.readFileSync(file));
    return 'workbook' in loaded && isReportWorkbook(loaded.workbook);
  } catch {
    return false;
  }
}

/**
 * What the existing file at `file` holds that -o keeps, or undefined when it may be replaced.
 * `workbookReport`: the file is a workbook report (isWorkbookReport), which may be replaced.
 */
export function keptKind(file: string, workbookReport = false): KeptKind | undefined {
  // A device or FIFO is written as it is (and reading it could wait forever).
  if (!replacesFile(file) || isDatascanReport(file)) return undefined;
  if (isCsv(file)) return 'csv';
  // Any other workbook may be a filled-in answer workbook or a survey export.
  if (isFormat(file, 'xlsx')) return workbookReport ? undefined : 'workbook';
  const read = nodeHost.read(file);
  // Too large or unreadable: datascan would not read it as any of these either.
  if (!('text' in read)) return undefined;
  const keys = [...read.text.matchAll(KIND_KEY)].map((match) => match[1] ?? match[2]!);
  if (keys.length === 0) return undefined;
  const { data } = parseSourceQuickly(file, read.text);
  // A YAML or JSON file that does not parse (one being edited, say) counts by the keys it has.
  if (data === undefined && !isFormat(file, STRUCTURED)) return undefined;
  const kind = detectKind(data ?? Object.fromEntries(keys.map((key) => [key, true])));
  return kind === 'answers' || kind === 'questionnaire' || kind === 'model' ? kind : undefined;
}

/** Refuses (exit 2) an -o file that holds answers, a questionnaire or a model, unless `force`. */
export function refuseToReplace(file: string, force: boolean | undefined, workbookReport = false): void {
  if (force) return;
  const kind = keptKind(file, workbookReport);
  if (kind === undefined) return;
  throw new UserError(tool('output.kept', { file, kind }), EXIT.usage);
}
