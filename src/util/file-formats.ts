/**
 * The file formats datascan reads and writes, told by extension. Every "is this a YAML, JSON or
 * CSV file" question goes through here, so a new format (a workbook, say) is added in one place.
 */
export const FILE_FORMATS = {
  yaml: ['.yaml', '.yml'],
  json: ['.json'],
  csv: ['.csv'],
  xlsx: ['.xlsx'],
} as const satisfies Record<string, readonly string[]>;

export type FileFormat = keyof typeof FILE_FORMATS;

/**
 * The keyword of a workbook report (`score --format xlsx`) in the workbook's properties: how
 * datascan tells its own report from a workbook that holds answers, which -o must never replace.
 */
export const WORKBOOK_REPORT_KEYWORD = 'datascan-profile-report';

/** Questionnaires, model files and answer files: YAML, or JSON (which is YAML too). */
export const STRUCTURED: readonly FileFormat[] = ['yaml', 'json'];
/** Every format answers can come in. */
export const DATA: readonly FileFormat[] = ['yaml', 'json', 'csv', 'xlsx'];

/** The format of a file by its extension (case-insensitive), or undefined. */
export function formatOf(file: string): FileFormat | undefined {
  const dot = file.lastIndexOf('.');
  if (dot < 0) return undefined;
  const extension = file.slice(dot).toLowerCase();
  for (const [format, extensions] of Object.entries(FILE_FORMATS) as [FileFormat, readonly string[]][])
    if (extensions.includes(extension)) return format;
  return undefined;
}

/** Whether a file has one of these formats. */
export function isFormat(file: string, formats: FileFormat | readonly FileFormat[]): boolean {
  const format = formatOf(file);
  return format !== undefined && (typeof formats === 'string' ? format === formats : formats.includes(format));
}

/** A pattern that matches names of files in these formats (for folder walks that take a RegExp). */
export function formatPattern(formats: readonly FileFormat[]): RegExp {
  const extensions = formats.flatMap((f) => FILE_FORMATS[f].map((e) => e.slice(1)));
  return new RegExp(`\\.(${extensions.join('|')})$`, 'i');
}
