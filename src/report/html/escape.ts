/**
 * HTML escaping for texts from questionnaires and answer files (organisation, names, steps, notes).
 * One function serves element text and attribute values: the report quotes every attribute with
 * double quotes, and escaping both quote kinds keeps a value safe whichever quote a caller uses.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
