import { describe, expect, it } from 'vitest';
import { decodeWindows1252 } from '../../src/util/windows-1252.js';

const every = Uint8Array.from({ length: 256 }, (_, b) => b);
// Node 20's TextDecoder reads windows-1252 as Latin-1 (0x80 → U+0080); from Node 22 it is right.
const platformIsRight = new TextDecoder('windows-1252').decode(Uint8Array.of(0x80)) === '€';

describe('decodeWindows1252', () => {
  it('gives €, quotes and dashes for bytes 0x80–0x9F, as Excel on Windows means them', () => {
    expect(decodeWindows1252(Uint8Array.of(0x80, 0x92, 0x93, 0x94, 0x96, 0x97, 0x85))).toBe('€’“”–—…');
  });

  it('gives every other byte as the character of its number', () => {
    expect(decodeWindows1252(Uint8Array.of(0x41, 0xe9, 0xd6, 0xfc, 0xa0, 0xff))).toBe('AéÖü\u00a0ÿ');
  });

  it.runIf(platformIsRight)('agrees with the TextDecoder of Node 22 and later on all 256 bytes', () => {
    expect(decodeWindows1252(every)).toBe(new TextDecoder('windows-1252').decode(every));
  });

  it('reads a piece of any size', () => {
    const big = new Uint8Array(200_000).fill(0x80);
    expect(decodeWindows1252(big)).toBe('€'.repeat(200_000));
  });
});
