/**
 * Windows-1252, what Excel on Windows saves a CSV file in. Node 20's TextDecoder reads this
 * encoding as Latin-1, so bytes 0x80–0x9F came out as control characters instead of €, ’, “ and
 * the like (Node 22 and later decode them right). Those 32 bytes are mapped here, as the WHATWG
 * Encoding Standard's index has them; every other byte is the character of the same number.
 */
const HIGH_BYTES = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** The text of Windows-1252 bytes (each byte one character: a piece may end anywhere). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let latin1 = '';
  // In slices: a spread of a whole 64 KB piece could exceed the number of arguments a call takes.
  for (let at = 0; at < bytes.length; at += 8192) latin1 += String.fromCharCode(...bytes.subarray(at, at + 8192));
  return latin1.replace(/[\u0080-\u009f]/g, (c) => HIGH_BYTES[c.charCodeAt(0) - 0x80]!);
}
