/**
 * The workshop's secrets: the workshop code in the join address, each participant's token and the
 * facilitator's token. All are 32 lowercase hex digits or more (128 bits from the server's random
 * source); they are compared in constant time, so a guess learns nothing from how long a refusal took.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

/** Bytes of randomness in each secret: 16 is 128 bits. */
export const SECRET_BYTES = 16;

const SHAPE = /^[0-9a-f]{32,128}$/;

/** Whether a path segment has the shape of a secret (anything else is refused before any lookup). */
export function isSecretShape(text: string): boolean {
  return SHAPE.test(text);
}

/** Whether `given` is `secret`, compared in constant time (both hashed first: equal lengths). */
export function sameSecret(given: string, secret: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(secret)) && given === secret;
}

/**
 * What a participant's page keys its draft in the browser by: a hash of their token, so that on a
 * shared device each participant's page keeps and finds only their own draft, and the browser's
 * storage holds no token that would open another's answers.
 */
export function draftKeyOf(token: string): string {
  return createHash('sha256').update(`draft:${token}`, 'utf8').digest('hex').slice(0, 32);
}
