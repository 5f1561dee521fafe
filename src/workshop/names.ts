/**
 * Participants' names as file names in the workshop folder. A name is what a person typed on a
 * phone: it becomes a slug of letters, digits and dashes (so no `..`, slash, backslash or NUL can
 * reach the file system) with the participant's own short id after it, so two people called the
 * same never share a file.
 */
import { slug } from '../answers/session.js';

/** The longest name kept, in characters: what a person types, not a document. */
export const MAX_NAME_LENGTH = 80;

/** A participant's name as typed, trimmed and with control characters dropped; undefined when nothing is left or it is too long. */
export function cleanName(typed: unknown): string | undefined {
  if (typeof typed !== 'string') return undefined;
  // eslint-disable-next-line no-control-regex
  const name = typed.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '').trim();
  return name === '' || name.length > MAX_NAME_LENGTH ? undefined : name;
}

/** `<sanitised-name>-<id>.yaml`; `fallback` (deelnemer, participant) when the name has no letters or digits. */
export function participantFileName(name: string, id: string, fallback: string): string {
  if (!/^[0-9a-f]{8}$/.test(id)) throw new Error(`not a participant id: ${id}`);
  return `${slug(name, 40) || fallback}-${id}.yaml`;
}
