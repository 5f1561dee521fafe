/**
 * The formula guard of every spreadsheet datascan writes (the CSV report, the workbook report): a
 * text cell starting with one of these characters would be taken for a formula by Excel or Calc
 * when typed or imported (`=HYPERLINK(…)` as an organisation's name). Pure.
 */
export function startsLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}
