/** The kinds of file datascan reads, told apart by their keys. */
export type FileKind = 'questionnaire' | 'model' | 'answers' | 'profile' | 'test' | 'plan' | 'unknown';

export function detectKind(data: unknown): FileKind {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'unknown';
  // What `datascan test` runs: its answers are inside its cases.
  if ('cases' in data) return 'test';
  if ('answers' in data) return 'answers';
  // What `datascan plan` writes: its actions, one per next step.
  if ('actions' in data) return 'plan';
  // What `datascan score --format json` wrote: it has dimensions too, but scores, not questions.
  if ('overall' in data && 'dimensions' in data) return 'profile';
  if ('questions' in data || 'model' in data) return 'questionnaire';
  if ('levels' in data || 'dimensions' in data || 'scales' in data) return 'model';
  return 'unknown';
}
