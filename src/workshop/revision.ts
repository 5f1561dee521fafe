/**
 * The revision of a participant's answers: a strong entity tag made from the text of their saved
 * answer file, so it needs no state of its own and is the same after a restart. A save names the
 * revision it was made on (`If-Match`); one made on answers that have changed since (another tab,
 * another device, a save sent again after its response was lost) would overwrite them, and is refused.
 */
import { createHash } from 'node:crypto';

/** The revision while nothing is saved: no hash looks like it. */
export const NOTHING_SAVED = '"nothing-saved"';

/** The revision of a saved file's text; `undefined`: nothing saved. */
export function revisionOf(text: string | undefined): string {
  if (text === undefined) return NOTHING_SAVED;
  return `"${createHash('sha256').update(text, 'utf8').digest('base64url')}"`;
}

/**
 * Whether an `If-Match` header names `current`: a list of entity tags. A weak tag names the same
 * revision as its strong one: a proxy that compresses responses (nginx with gzip) makes the tag it
 * passes on weak, and the tag is a hash of the file on disk, not of the bytes sent. `*` never
 * matches: a save must say which answers it was made on.
 */
export function matchesRevision(header: string, current: string): boolean {
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === current);
}
