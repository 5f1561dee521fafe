/** The name the form page gives the answer file it saves. Pure: the page's script uses it. */
import { slug } from '../answers/session.js';

/**
 * `<organisation>-<respondent>.yaml` (`gemeente-voorbeeld-a-de-vries.yaml`), so the files a
 * consultant collects from one workshop have names of their own; without either,
 * `<questionnaire>-<date>.yaml`, as `run` names a file without an organisation.
 */
export function formAnswerFileName(
  questionnaire: string,
  organisation: string | undefined,
  respondent: string | undefined,
  date: string,
): string {
  const parts = [slug(organisation ?? ''), slug(respondent ?? '')].filter(Boolean);
  return `${parts.length > 0 ? parts.join('-') : `${slug(questionnaire) || 'antwoorden'}-${date}`}.yaml`;
}
