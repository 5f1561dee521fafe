/** Files held in memory, for front ends that have texts rather than files (an editor, a web form). */
import path from 'node:path';
import type { FileHost } from './workspace.js';

/**
 * A host that reads `files` (name → text). Names are matched as the workspace resolves paths, so a
 * questionnaire's `model: model.yaml` finds the text named `model.yaml` beside it.
 */
export function memoryHost(files: Readonly<Record<string, string>>): FileHost {
  const texts = new Map(Object.entries(files).map(([name, text]) => [path.resolve(name), text]));
  return {
    read(file) {
      const text = texts.get(path.resolve(file));
      return text !== undefined ? { text } : { error: `file not found: ${file}`, code: 'not-found' };
    },
  };
}
