/** A path as one shell word, quoted only when it needs to be: for commands datascan tells people to type. */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
