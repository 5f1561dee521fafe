/**
 * What a finding about a spreadsheet cell that is no answer names as the answers there are: each
 * option's label (as people type them, in the language of the file) with its value, and the words
 * for don't know and not applicable where the question allows them. Labels are shortened: the
 * message names them, the dropdown or the questionnaire has them whole.
 */
import { optionsOf } from '../questionnaire/structure.js';
import { localizer } from '../questionnaire/text.js';
import type { Questionnaire } from '../questionnaire/types.js';
import { truncate } from '../util/text.js';
import { workbookLabels } from './workbook-labels.js';

/** Long enough to tell the ODG's options apart by their start, short enough for a line of findings. */
const LABEL_LENGTH = 40;

export interface NamedChoices {
  options: { value: number; label: string }[];
  /** The word for don't know in the file's language, where the question's scale allows it. */
  unknown?: string;
  notApplicable?: string;
}

export function namedChoices(q: Questionnaire, id: string, language: string): NamedChoices {
  const t = localizer(language, q.languages[0]);
  const words = workbookLabels(language);
  const { scale, options, notApplicable } = optionsOf(q, id);
  return {
    options: options.map((o) => ({ value: o.value, label: truncate(t(o.label), LABEL_LENGTH) })),
    ...(scale?.unknown !== false ? { unknown: words.unknown } : {}),
    ...(notApplicable ? { notApplicable: words.notApplicable } : {}),
  };
}
