/**
 * The answers a migration dropped, as comment lines for the migrated answer file: each with its
 * value and note, so nothing a person wrote disappears from the file. Pure: lines out.
 */
import { pickCatalogue } from '../util/language.js';
import { safeLine } from '../util/safe-text.js';
import type { MigrationStep } from '../questionnaire/types.js';
import { droppedIn, type MigrationSummary } from './migrate.js';

const WORDS = {
  en: {
    droppedIn: (version: string) => `dropped in ${version}`,
    notCarried: (id: string) => `not carried over (renamed to ${id}, which already has an answer)`,
    noAnswer: 'no answer',
  },
  nl: {
    droppedIn: (version: string) => `vervallen in ${version}`,
    notCarried: (id: string) => `niet overgenomen (hernoemd naar ${id}, dat al een antwoord heeft)`,
    noAnswer: 'geen antwoord',
  },
};

/** Line separators YAML 1.1 readers take as line breaks; JSON.stringify leaves them as they are. */
const OLD_LINE_BREAKS = /[\u2028\u2029]/g;

/** A dropped answer's id and the comment line it becomes. */
export interface DroppedLine {
  id: string;
  line: string;
}

/**
 * One line per dropped answer: `vervallen in 1.1.0: mo-vaa-3: 2 — "note"`. `path`: the steps the
 * migration took, to say in which version each answer stopped counting.
 */
export function droppedAnswerLines(
  summary: Pick<MigrationSummary, 'dropped' | 'to'>,
  path: readonly MigrationStep[],
  language: string,
): DroppedLine[] {
  const words = pickCatalogue(WORDS, language);
  return summary.dropped.map(({ id, answer, renamedTo }) => {
    const value = answer.value !== undefined ? String(answer.value) : `(${words.noAnswer})`;
    // Quoted as JSON: a line break in a note would end the comment and turn the rest into data.
    const note =
      answer.note !== undefined && answer.note !== ''
        ? ` — ${safeLine(JSON.stringify(answer.note)).replace(OLD_LINE_BREAKS, (c) => `\\u${c.charCodeAt(0).toString(16)}`)}`
        : '';
    const why =
      renamedTo !== undefined
        ? words.notCarried(safeLine(renamedTo))
        : words.droppedIn(droppedIn(path, id, summary.to));
    return { id, line: `${why}: ${safeLine(id)}: ${value}${note}` };
  });
}
