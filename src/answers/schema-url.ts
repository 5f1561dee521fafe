/** The `$schema` an answer file written by datascan points at. */
/**
 * Where editors find the answer-file schema of a datascan version: the npm package ships
 * `schemas/`, and jsDelivr serves every published version of it. A URL, not a path into the
 * installation, so the modeline still works once the file is mailed or moved.
 */
export function answersSchemaUrl(version: string): string {
  return `https://cdn.jsdelivr.net/npm/datascan@${encodeURIComponent(version)}/schemas/answers.schema.json`;
}

/** The `$schema` an action plan written by datascan points at (the same place as the answer-file schema's). */
export function planSchemaUrl(version: string): string {
  return `https://cdn.jsdelivr.net/npm/datascan@${encodeURIComponent(version)}/schemas/plan.schema.json`;
}
