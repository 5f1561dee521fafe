/** The name the form page gives the answer file it saves. Pure: the page's script uses it. */
import { slug } from '../answers/session.js';

/**
 * `<organisation>-<respondent>.yaml` (`gemeente-voorbeeld-a-de-vries.yaml`), so the files a
 * consultant collects from one workshop have names of their own. Without a respondent (an
 * anonymous scan) the date and time of saving take its place
 * (`gemeente-voorbeeld-2026-03-01-142503.yaml`): the files of one room must not overwrite each
 * other in the folder they are collected in. Without an organisation either, the questionnaire's id.
 */
export function formAnswerFileName(
  questionnaire: string,
  organisation: string | undefined,
  respondent: string | undefined,
  date: string,
  time: string,
): string {
  const who = slug(respondent ?? '');
  const where = slug(organisation ?? '') || slug(questionnaire) || 'antwoorden';
  return `${who ? [slug(organisation ?? ''), who].filter(Boolean).join('-') : `${where}-${date}-${time}`}.yaml`;
}
