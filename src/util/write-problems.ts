/** What the errors of a failed write mean, in plain words, per language (for `cannot write` messages). */
export const WRITE_PROBLEMS: Record<'en' | 'nl', Readonly<Record<string, string>>> = {
  en: {
    ENOENT: 'its folder does not exist',
    ENOTDIR: 'a part of the path is not a folder',
    EISDIR: 'it is a folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'read-only file system',
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
  },
  nl: {
    ENOENT: 'de map bestaat niet',
    ENOTDIR: 'een deel van het pad is geen map',
    EISDIR: 'het is een map',
    EACCES: 'geen toestemming',
    EPERM: 'geen toestemming',
    EROFS: 'het bestandssysteem is alleen-lezen',
    ENOSPC: 'de schijf is vol',
    EDQUOT: 'het schijfquotum is op',
  },
};

/** `CODE (what it means)`, or just the code when it has no plain words. */
export function describeWriteProblem(code: string, language: 'en' | 'nl'): string {
  const meaning = WRITE_PROBLEMS[language][code];
  return meaning ? `${code} (${meaning})` : code;
}
