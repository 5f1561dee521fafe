/**
 * Each view of the interview as a terminal screen: the text above the list styled and wrapped to
 * the width, the list with its headings, the key help under it. Pure. Every text shown (it may come
 * from the questionnaire or the answer file) is safe text before it is styled; the values chosen
 * (a question's id to jump to) stay as they are.
 */
import { safeText } from '../../util/safe-text.js';
import { hangingWrap, truncate, visibleLength, wrap } from '../../util/text.js';
import { countBar } from '../../report/profile/questions.js';
import type { Style } from '../../util/style.js';
import type { Messages } from '../messages.js';
import type {
  ConfirmAction,
  ConfirmView,
  DetailView,
  NoteView,
  OptionView,
  QuestionAction,
  QuestionView,
  ReviewAction,
  ReviewView,
  RoomView,
  SaveFailedAction,
  SaveFailedView,
  SaveToView,
  TargetAction,
  TargetView,
} from '../views.js';
import { numbersNeedEnter } from './list.js';
import type { Choice, Heading, SelectOptions, TextOptions } from './widgets.js';

/** What every screen is drawn with; `columns` is the terminal's width at the moment. */
export interface Look {
  style: Style;
  columns: number;
  messages: Messages;
}

/** `████░░░░ 40%`: answered share of all questions, in plain characters every terminal has. */
export function progressBar(done: number, total: number, width = 20): string {
  const ratio = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
  const filled = Math.round(ratio * width);
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${Math.round(ratio * 100)}%`;
}

/** Sets the choices that answer the question apart from the ways on. */
const divider = (style: Style): Heading => ({ heading: style.dim('──────────────') });

/**
 * The key help under a list of `choices` (what digits do depends on how many entries are
 * numbered; letters are mentioned where some entry has one), and the line shown while a number is
 * typed.
 */
function keysHelp(
  choices: (Choice<unknown> | Heading)[],
  style: Style,
  messages: Messages,
): { help: string; numberTyped(number: string): string } {
  const letters = choices.some((c) => !('heading' in c) && c.key !== undefined);
  return {
    help: style.dim(messages.keysHelp(numbersNeedEnter(choices), letters)),
    numberTyped: (number) => style.dim(messages.numberTyped(number)),
  };
}

/** A typed line: its label with the keys that matter there, `Notitie (Enter = …):`. */
const typedLabel = (label: string, keys: string) => `${label} (${keys}):`;

/**
 * What the host had to say since the previous screen, wrapped, above this screen's own text: it
 * goes with the screen, so the next screen no longer shows it.
 */
function withNotices(view: { notices?: string[] }, columns: number, message: string): string {
  const width = Math.max(20, columns - 2);
  const notices = (view.notices ?? []).flatMap((notice) => wrap(safeText(notice), width));
  return notices.length > 0 ? [...notices, '', message].join('\n') : message;
}

export function detailScreen(view: DetailView, { columns, messages }: Look): TextOptions {
  return { message: withNotices(view, columns, typedLabel(safeText(view.label), messages.detailKeys)) };
}

/** Where we are, how far along, the question and its help; the options, then the ways on. */
export function questionScreen(view: QuestionView, { style, columns, messages }: Look): SelectOptions<QuestionAction> {
  const width = Math.max(20, columns - 2);
  const answers: Choice<QuestionAction>[] = [
    ...view.options.map((option) => ({
      value: { kind: 'answer' as const, value: option.value },
      // In words, not colour alone: a projector or a colour-blind reader loses the colour.
      name: option.belowLegalFloor
        ? `${safeText(option.label)} ${style.error(`(${messages.belowLegalFloor})`)}`
        : safeText(option.label),
      number: option.number,
      ...(option.description !== undefined ? { description: safeText(option.description) } : {}),
    })),
    ...view.extras.filter((extra) => extra.action.kind === 'answer').map((extra) => keyed(extra, messages)),
  ];
  const ways = view.extras.filter((extra) => extra.action.kind !== 'answer').map((extra) => keyed(extra, messages));
  const current = view.current;
  const highlighted = current
    ? answers.find((c) => c.value.kind === 'answer' && c.value.value === current.value)
    : undefined;
  const heading = [
    style.accent(safeText(view.place.join(' › '))),
    `${style.bold(safeText(view.counter))}  ${progressBar(view.answered, view.total)}  ${style.dim(safeText(view.answeredText))}`,
    '',
    ...wrap(safeText(view.text), width).map((l) => style.bold(l)),
  ];
  const lines = [...heading];
  if (view.help) lines.push(...wrap(safeText(view.help), width).map((l) => style.dim(l)));
  if (view.criteria) {
    lines.push(style.dim(safeText(`${messages.criteria}:`)));
    for (const c of view.criteria) lines.push(...hangingWrap('  • ', safeText(c), width).map((l) => style.dim(l)));
  }
  const room = view.room ? ['', ...roomLines(view.room, view.options, style, width)] : [];
  const after: string[] = [];
  if (current) after.push(style.dim(safeText(messages.chosen(current.label))));
  // The note is shown before anything is chosen: it may be why the answer should stay or change.
  if (view.note) after.push(...wrap(safeText(`${messages.note}: ${view.note}`), width).map((l) => style.dim(l)));
  // Last above the options, where the choice is made. Where they would push options out of the
  // window, a line says where to read them: the overview shows them every time it opens.
  const instructions = view.instructions ? ['', ...instructionLines(view.instructions, style, width, messages)] : [];
  const inOverview = view.instructions
    ? ['', ...wrap(safeText(messages.instructionsInOverview), width).map((l) => style.accent(l))]
    : [];
  // A room's answers matter more on a small screen than the help the participants read before
  // answering: folded, the question goes without its help and criteria.
  const folded = view.room ? [...heading, ...room, ...after, ...inOverview] : [...lines, ...after, ...inOverview];
  const choices = [...answers, divider(style), ...ways];
  return {
    message: withNotices(view, columns, [...lines, ...room, ...after, ...instructions, ''].join('\n')),
    ...(view.instructions || view.room ? { folded: withNotices(view, columns, [...folded, ''].join('\n')) } : {}),
    choices,
    ...(highlighted ? { default: highlighted.value } : {}),
    ...keysHelp(choices, style, messages),
  };
}

/**
 * What the room answered: a bar per option with its count (labels lined up, so the bars start in
 * one column), mean and median, then the notes. Never a name: the view has none.
 */
function roomLines(room: RoomView, options: readonly OptionView[], style: Style, width: number): string[] {
  // Each option's bar with the number it is chosen by below, so the room can speak of "3".
  const labels = room.counts.map((c, i) => {
    const option = options[i];
    return option !== undefined && option.label === c.label
      ? `${option.number}. ${safeText(c.label)}`
      : safeText(c.label);
  });
  const labelWidth = Math.min(Math.max(0, ...labels.map(visibleLength)), Math.floor(width / 2));
  const lines = [style.accent(safeText(room.heading))];
  room.counts.forEach(({ count }, i) => {
    const label = truncate(labels[i] as string, labelWidth);
    const bar = countBar(count, room.total);
    lines.push(`  ${label}${' '.repeat(labelWidth - visibleLength(label))}  ${bar}${bar ? ' ' : ''}${count}`);
  });
  if (room.centre) lines.push(style.dim(`  ${safeText(room.centre)}`));
  if (room.notes.length > 0) {
    lines.push(style.accent(safeText(room.notesHeading)));
    for (const note of room.notes) lines.push(...hangingWrap('  • ', safeText(note), width));
  }
  return lines;
}

/** The questionnaire's instructions under their heading. */
function instructionLines(text: string, style: Style, width: number, messages: Messages): string[] {
  return [style.accent(safeText(`${messages.instructions}:`)), ...wrap(safeText(text), width)];
}

function choiceOf<A>(extra: { action: A; label: string }): Choice<A> {
  return { value: extra.action, name: safeText(extra.label) };
}

/** A question's other answers and ways on have a letter each, the same on every question; the options keep the digits. */
function keyed(extra: { action: QuestionAction; label: string }, { shortcuts }: Messages): Choice<QuestionAction> {
  const { action } = extra;
  const key =
    action.kind === 'answer'
      ? action.value === 'unknown'
        ? shortcuts.unknown
        : shortcuts.notApplicable
      : shortcuts[action.kind];
  return { ...choiceOf(extra), key };
}

/**
 * The question on one line, the answer just chosen, and the note to type (the one there to keep).
 * That note stays as the file has it: it is what Enter keeps; the text widget shows it as safe text.
 */
export function noteScreen(view: NoteView, { style, columns, messages }: Look): TextOptions {
  const keys = view.current ? messages.noteExistingKeys : messages.noteKeys;
  return {
    message: withNotices(
      view,
      columns,
      `${style.bold(truncate(safeText(view.question.text), columns - 2))}\n${safeText(messages.chosen(view.answer))}\n${typedLabel(safeText(view.label), keys)}`,
    ),
    ...(view.current ? { default: view.current } : {}),
  };
}

/**
 * Finish first; then the open questions to jump to, each by where it sits and what sets it apart
 * (wrapped by the list, not cut); then the other ways on.
 */
export function reviewScreen(view: ReviewView, { style, columns, messages }: Look): SelectOptions<ReviewAction> {
  const finish = choiceOf(view.finish);
  const choices: (Choice<ReviewAction> | Heading)[] = [finish];
  for (const group of view.groups) {
    choices.push(
      { heading: style.dim(safeText(group.heading)) },
      ...group.questions.map((q) => ({
        value: { kind: 'jump' as const, question: q.id },
        name: safeText(q.place.length > 0 ? `${q.place.join(' › ')}: ${q.distinct}` : q.distinct),
      })),
    );
  }
  choices.push(divider(style), ...view.actions.map(choiceOf));
  return {
    message: withNotices(
      view,
      columns,
      [
        style.accent(safeText(view.title)),
        ...wrap(safeText(view.summary), Math.max(20, columns - 2)),
        // After the summary: in a short window they give way before it.
        ...(view.instructions
          ? ['', ...instructionLines(view.instructions, style, Math.max(20, columns - 2), messages)]
          : []),
      ].join('\n'),
    ),
    choices,
    default: finish.value,
    ...keysHelp(choices, style, messages),
  };
}

/** The question, then going back (first and highlighted) or on anyway. */
export function confirmScreen(view: ConfirmView, { style, columns, messages }: Look): SelectOptions<ConfirmAction> {
  const width = Math.max(20, columns - 2);
  const no = choiceOf(view.no);
  const choices = [no, choiceOf(view.yes)];
  return {
    message: withNotices(
      view,
      columns,
      wrap(safeText(view.question), width)
        .map((l) => style.bold(l))
        .join('\n'),
    ),
    choices,
    default: no.value,
    ...keysHelp(choices, style, messages),
  };
}

/** The levels to aim for, then "no ambition"; the one set before is highlighted. */
export function targetScreen(view: TargetView, { style, columns, messages }: Look): SelectOptions<TargetAction> {
  const levels: Choice<TargetAction>[] = view.levels.map((level) => ({
    value: { kind: 'level', rank: level.rank },
    name: safeText(level.label),
    ...(level.description !== undefined ? { description: safeText(level.description) } : {}),
  }));
  const highlighted = levels.find((c) => c.value.kind === 'level' && c.value.rank === view.current);
  const choices = [...levels, divider(style), { value: { kind: 'none' as const }, name: safeText(view.none) }];
  return {
    message: withNotices(
      view,
      columns,
      [
        style.accent(safeText(`${view.title} · ${view.number}/${view.total}`)),
        style.bold(safeText(view.question)),
        ...(view.now ? [style.dim(safeText(view.now.text))] : []),
      ].join('\n'),
    ),
    choices,
    ...(highlighted ? { default: highlighted.value } : {}),
    ...keysHelp(choices, style, messages),
  };
}

/** What went wrong and that nothing is lost yet; then try again (highlighted), elsewhere, stop. */
export function saveFailedScreen(
  view: SaveFailedView,
  { style, columns, messages }: Look,
): SelectOptions<SaveFailedAction> {
  const width = Math.max(20, columns - 2);
  const choices = view.actions.map(choiceOf);
  return {
    // The problem names a file the person typed or the file they resumed: shown as safe text too.
    message: withNotices(
      view,
      columns,
      [...wrap(safeText(view.problem), width).map((l) => style.error(l)), ...wrap(safeText(view.kept), width)].join(
        '\n',
      ),
    ),
    choices,
    ...(choices[0] ? { default: choices[0].value } : {}),
    help: style.dim(messages.saveFailedKeys),
  };
}

export function saveToScreen(view: SaveToView, { columns, messages }: Look): TextOptions {
  return { message: withNotices(view, columns, typedLabel(view.label, messages.saveToKeys)) };
}
