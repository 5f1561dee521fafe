/**
 * What a migration did, in words: one wording for findings, reports, `migrate`, the interview and
 * the form page. A file of its own so that the form page's script carries these words, not the
 * whole catalogue.
 */

// Carried over always, dropped and new questions only when there are some.
const en = (carried: number, dropped: number, newOpen: number) =>
  [
    `${carried} answer${carried === 1 ? '' : 's'} carried over`,
    ...(dropped > 0 ? [`${dropped} dropped`] : []),
    // New or asked anew (a dropped answer's question): both wait for an answer.
    ...(newOpen > 0 ? [`${newOpen} new or changed question${newOpen === 1 ? '' : 's'} open`] : []),
  ].join(', ');
const nl = (carried: number, dropped: number, newOpen: number) =>
  [
    `${carried} ${carried === 1 ? 'antwoord' : 'antwoorden'} overgenomen`,
    ...(dropped > 0 ? [`${dropped} vervallen`] : []),
    ...(newOpen > 0
      ? [`${newOpen} ${newOpen === 1 ? 'nieuwe of gewijzigde vraag' : 'nieuwe of gewijzigde vragen'} open`]
      : []),
  ].join(', ');

/** `47 answers carried over, 4 dropped, 6 new or changed questions open`, only the parts that are there; Dutch or English. */
export function migrationCounts(language: string, carried: number, dropped: number, newOpen: number): string {
  return (language === 'nl' ? nl : en)(carried, dropped, newOpen);
}
