/** cli-table3 with no colour of its own (it would print escape codes into pipes): callers style cells. */
import Table from 'cli-table3';

export type Align = 'left' | 'right' | 'center';

export function table(
  head: string[],
  rows: (string | number)[][],
  options: { align?: Align[]; widths?: number[] } = {},
): string {
  const t = new Table({
    head,
    style: { head: [], border: [], compact: true, 'padding-left': 1, 'padding-right': 1 },
    ...(options.align ? { colAligns: options.align } : {}),
    ...(options.widths ? { colWidths: options.widths, wordWrap: true } : {}),
  });
  for (const row of rows) t.push(row.map((c) => String(c)));
  return t.toString();
}
