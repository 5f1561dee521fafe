/** The text above each prompt: where we are, how far along, the question and its help. Pure. */
import { wrap } from '../util/text.js';
import type { Style } from '../util/style.js';

/** `████░░░░ 40%`: answered share of all questions, in plain characters every terminal has. */
export function progressBar(done: number, total: number, width = 20): string {
  const ratio = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
  const filled = Math.round(ratio * width);
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${Math.round(ratio * 100)}%`;
}

export interface QuestionView {
  /** `Dimension › Subdimension`. */
  place: string;
  /** `vraag 12 van 51`. */
  counter: string;
  answered: number;
  total: number;
  answeredText: string;
  question: string;
  help: string;
  /** The answer already given, when the question is revisited. */
  current?: string;
}

export function questionMessage(view: QuestionView, style: Style, columns: number): string {
  const width = Math.max(20, columns - 2);
  const lines = [
    style.accent(view.place),
    `${style.bold(view.counter)}  ${progressBar(view.answered, view.total)}  ${style.dim(view.answeredText)}`,
    '',
    ...wrap(view.question, width).map((l) => style.bold(l)),
  ];
  if (view.help) lines.push(...wrap(view.help, width).map((l) => style.dim(l)));
  if (view.current) lines.push(style.dim(view.current));
  lines.push('');
  return lines.join('\n');
}

/** The first line of an entry in a list, cut to fit the screen. */
export function truncate(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= width ? flat : `${flat.slice(0, Math.max(1, width - 1))}…`;
}
