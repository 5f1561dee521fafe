/** Where datascan's own files are, and how paths are shown to the user. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package folder (holding questionnaires/ and schemas/), from the bundle or from the sources. */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'questionnaires'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('datascan: cannot find its own package folder');
    dir = parent;
  }
}

export function shippedQuestionnairesDir(): string {
  return path.join(packageRoot(), 'questionnaires');
}

/** Paths shown to the user: relative to the working directory when inside it. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
