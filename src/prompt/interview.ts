/**
 * The interview engine of `datascan run`: asks the details, walks the questions dimension by
 * dimension, lets people go back, skip and review, asks targets, and hands every change to
 * `save` before it shows the next prompt, so an interrupted interview loses at most what was
 * being typed. It talks to the terminal only through `Prompts`.
 */
import {
  answeredCount,
  interviewOrder,
  isAnswered,
  openQuestions,
  resumeIndex,
  withAnswer,
  withTarget,
} from '../answers/session.js';
import type { Answer, AnswerSet, AnswerValue } from '../answers/types.js';
import { levelTermOf } from '../questionnaire/level-term.js';
import { localize } from '../questionnaire/text.js';
import type { Question, Questionnaire } from '../questionnaire/types.js';
import { optionsOf } from '../questionnaire/structure.js';
import { plainStyle, type Style } from '../util/style.js';
import type { Messages } from './messages.js';
import { isCancel, type Choice, type Heading, type Prompts } from './prompts.js';
import { questionMessage, truncate } from './render.js';

export type DetailField = 'organisation' | 'name' | 'role';

export interface InterviewOptions {
  questionnaire: Questionnaire;
  /** The answers so far: a fresh set, or one read back for --resume. */
  answers: AnswerSet;
  /** Language of the questionnaire's texts. */
  language: string;
  messages: Messages;
  prompts: Prompts;
  /** Writes the session; called after every change and awaited before the next prompt. */
  save(set: AnswerSet): Promise<void>;
  /** Details to ask before the questions (those not given as flags); none when resuming. */
  details?: DetailField[];
  /** Ask the ambition per dimension after the last question. */
  targets?: boolean;
  /** Resumed sessions start at the first open question, or at the review when none is left. */
  resume?: boolean;
  /**
   * Save the answers before the first question (default). False for a resumed file that opening
   * did not change: it is written only once something in it changes.
   */
  saveAtStart?: boolean;
  /** Terminal width; read at every prompt, so a getter follows resizes. */
  columns?: number;
  style?: Style;
}

export interface InterviewResult {
  status: 'complete' | 'cancelled';
  answers: AnswerSet;
  /**
   * Whether anything the file says was changed (answers, notes, targets, details); moving around
   * is not a change. False for a resumed file left as it was.
   */
  changed: boolean;
}

type Step =
  | { kind: 'question'; index: number; fromReview: boolean }
  | { kind: 'review' }
  | { kind: 'targets' }
  | { kind: 'done' };

type QuestionChoice = { kind: 'answer'; value: AnswerValue } | { kind: 'back' } | { kind: 'skip' } | { kind: 'review' };

type ReviewChoice = { kind: 'finish' } | { kind: 'targets' } | { kind: 'restart' } | { kind: 'jump'; index: number };

export async function interview(options: InterviewOptions): Promise<InterviewResult> {
  return new Interview(options).run();
}

class Interview {
  private set: AnswerSet;
  private readonly order: string[];
  private readonly skipped: Set<string>;
  private readonly questions: Map<string, Question>;
  private readonly m: Messages;
  private readonly style: Style;
  private position: string | undefined;
  private targetsAsked = false;
  private changed = false;

  constructor(private readonly o: InterviewOptions) {
    this.set = o.answers;
    this.order = interviewOrder(o.questionnaire);
    this.skipped = new Set(o.answers.session?.skipped ?? []);
    this.position = o.answers.session?.position;
    this.questions = new Map(o.questionnaire.questions.map((q) => [q.id, q]));
    this.m = o.messages;
    this.style = o.style ?? plainStyle;
  }

  async run(): Promise<InterviewResult> {
    try {
      await this.details();
      let step = this.firstStep();
      while (step.kind !== 'done') {
        if (step.kind === 'question') step = await this.question(step.index, step.fromReview);
        else if (step.kind === 'targets') step = await this.askTargets();
        else step = await this.review();
      }
      this.set = { ...this.set, session: { status: 'complete' } };
      return { status: 'complete', answers: this.set, changed: this.changed };
    } catch (error) {
      if (!isCancel(error)) throw error;
      // A finished file opened to look at it and left without a change stays finished.
      if (this.untouchedFinished) return { status: 'cancelled', answers: this.o.answers, changed: false };
      return { status: 'cancelled', answers: this.snapshot(), changed: this.changed };
    }
  }

  /** Read at every prompt: the terminal may have been resized. */
  private get columns(): number {
    return this.o.columns ?? 80;
  }

  private t(text: Parameters<typeof localize>[0]): string {
    return localize(text, this.o.language, this.o.questionnaire.languages[0]);
  }

  private snapshot(): AnswerSet {
    const session: NonNullable<AnswerSet['session']> = { status: 'in-progress' };
    if (this.position !== undefined) session.position = this.position;
    const skipped = this.order.filter((id) => this.skipped.has(id) && !isAnswered(this.set.answers[id]));
    if (skipped.length > 0) session.skipped = skipped;
    return { ...this.set, session };
  }

  /** Saves a change to what the file says: an answer, a note, a target, a detail. */
  private async persist(): Promise<void> {
    this.changed = true;
    await this.write();
  }

  private async write(): Promise<void> {
    this.set = this.snapshot();
    await this.o.save(this.set);
  }

  /** A finished file opened again, with nothing in it changed yet: looking around is not saved. */
  private get untouchedFinished(): boolean {
    return !this.changed && this.o.answers.session?.status === 'complete';
  }

  private firstStep(): Step {
    if (this.order.length === 0) return { kind: 'review' };
    if (!this.o.resume) return this.at(0);
    // A finished file opens at its review, open questions or not: it was finished on purpose.
    if (this.o.answers.session?.status === 'complete') return { kind: 'review' };
    const index = resumeIndex(this.order, this.set, this.skipped);
    return index === undefined ? { kind: 'review' } : this.at(index);
  }

  private at(index: number, fromReview = false): Step {
    this.position = this.order[index];
    return { kind: 'question', index, fromReview };
  }

  /** Organisation first: the host can only name the answer file once it is known. */
  private async details(): Promise<void> {
    const wanted = new Set(this.o.details ?? []);
    if (wanted.has('organisation')) {
      const organisation = (await this.o.prompts.text({ message: this.m.organisation })).trim();
      if (organisation) this.set = { ...this.set, organisation };
    }
    // A resumed file is written at once only when the host changed it on opening (a new version,
    // details from flags): one opened just to look at stays as it was.
    if (wanted.has('organisation') || this.o.saveAtStart !== false) await this.persist();
    for (const field of ['name', 'role'] as const) {
      if (!wanted.has(field)) continue;
      const value = (await this.o.prompts.text({ message: field === 'name' ? this.m.respondent : this.m.role })).trim();
      if (!value) continue;
      this.set = { ...this.set, respondent: { ...this.set.respondent, [field]: value } };
      await this.persist();
    }
  }

  private afterQuestion(index: number, fromReview: boolean): Step {
    if (fromReview) return this.toReview();
    if (index + 1 < this.order.length) return this.at(index + 1);
    if (this.o.targets && !this.targetsAsked) return { kind: 'targets' };
    return this.toReview();
  }

  private toReview(): Step {
    this.position = undefined;
    return { kind: 'review' };
  }

  private labelOf(options: { value: number; label: Parameters<typeof localize>[0] }[], value: AnswerValue): string {
    if (value === 'unknown') return this.m.unknown;
    if (value === 'not-applicable') return this.m.notApplicable;
    const option = options.find((x) => x.value === value);
    return option ? this.t(option.label) : String(value);
  }

  private async question(index: number, fromReview: boolean): Promise<Step> {
    const id = this.order[index] as string;
    const question = this.questions.get(id) as Question;
    const { scale, options } = optionsOf(this.o.questionnaire, id);
    const existing: Answer | undefined = this.set.answers[id];
    const dimension = this.o.questionnaire.dimensions.find(
      (d) => d.id === question.dimension || d.subdimensions?.some((s) => s.id === question.subdimension),
    );
    const subdimension = dimension?.subdimensions?.find((s) => s.id === question.subdimension);
    const place = [dimension, subdimension]
      .filter((u) => u !== undefined)
      .map((u) => this.t(u.name))
      .join(' › ');

    const answers: Choice<QuestionChoice>[] = options.map((option) => ({
      value: { kind: 'answer', value: option.value },
      name: this.t(option.label),
      ...(option.description !== undefined ? { description: this.t(option.description) } : {}),
    }));
    if (scale?.unknown !== false) answers.push({ value: { kind: 'answer', value: 'unknown' }, name: this.m.unknown });
    if (scale?.notApplicable === true)
      answers.push({ value: { kind: 'answer', value: 'not-applicable' }, name: this.m.notApplicable });
    const navigation: Choice<QuestionChoice>[] = [];
    if (fromReview) navigation.push({ value: { kind: 'back' }, name: this.m.backToReview });
    else if (index > 0) navigation.push({ value: { kind: 'back' }, name: this.m.back });
    navigation.push({ value: { kind: 'skip' }, name: isAnswered(existing) ? this.m.next : this.m.skip });
    if (!fromReview) navigation.push({ value: { kind: 'review' }, name: this.m.toReview });

    const current =
      existing?.value !== undefined
        ? answers.find((c) => c.value.kind === 'answer' && c.value.value === existing.value)
        : undefined;
    const message = questionMessage(
      {
        place,
        counter: this.m.questionOf(index + 1, this.order.length),
        answered: answeredCount(this.order, this.set),
        total: this.order.length,
        answeredText: this.m.answeredOf(answeredCount(this.order, this.set), this.order.length),
        question: this.t(question.text),
        help: this.t(question.help),
        ...(current ? { current: this.m.chosen(current.name) } : {}),
      },
      this.style,
      this.columns,
    );
    const choice = await this.o.prompts.select<QuestionChoice>({
      message,
      choices: [...answers, { heading: this.style.dim('──────────────') }, ...navigation],
      ...(current ? { default: current.value } : {}),
      help: this.style.dim(this.m.keysHelp),
    });

    switch (choice.kind) {
      case 'back':
        if (fromReview) return this.saved(this.toReview());
        return this.saved(this.at(index - 1));
      case 'skip':
        if (!isAnswered(existing)) this.skipped.add(id);
        return this.saved(this.afterQuestion(index, fromReview));
      case 'review':
        return this.saved(this.toReview());
      case 'answer': {
        this.set = withAnswer(this.set, id, { value: choice.value, note: existing?.note });
        this.skipped.delete(id);
        // On disk before the note is asked: the chosen answer is safe even if the note is not.
        await this.persist();
        const label = this.labelOf(options, choice.value);
        const noteMessage = `${this.style.bold(truncate(this.t(question.text), this.columns - 2))}\n${this.m.chosen(label)}\n${existing?.note ? this.m.noteExisting : this.m.note}`;
        const note = await this.o.prompts.text({
          message: noteMessage,
          ...(existing?.note ? { default: existing.note } : {}),
        });
        this.set = withAnswer(this.set, id, { value: choice.value, note: note.trim() });
        return this.saved(this.afterQuestion(index, fromReview));
      }
    }
  }

  /** Saves the position the interview moves to (where a resume starts), then goes there. */
  private async saved(step: Step): Promise<Step> {
    if (!this.untouchedFinished) await this.write();
    return step;
  }

  private async review(): Promise<Step> {
    const { unanswered, unknown } = openQuestions(this.order, this.set);
    const answered = answeredCount(this.order, this.set);
    const width = this.columns - 8;
    const entry = (id: string): Choice<ReviewChoice> => {
      const question = this.questions.get(id) as Question;
      return {
        value: { kind: 'jump', index: this.order.indexOf(id) },
        name: truncate(`${id}  ${this.t(question.text)}`, width),
      };
    };
    const finish: Choice<ReviewChoice> = { value: { kind: 'finish' }, name: this.m.reviewFinish };
    const choices: (Choice<ReviewChoice> | Heading)[] = [finish];
    if (unanswered.length > 0)
      choices.push({ heading: this.style.dim(this.m.reviewUnanswered(unanswered.length)) }, ...unanswered.map(entry));
    if (unknown.length > 0)
      choices.push({ heading: this.style.dim(this.m.reviewUnknown(unknown.length)) }, ...unknown.map(entry));
    choices.push({ heading: this.style.dim('──────────────') });
    if (this.o.questionnaire.levels.length > 0 && this.o.questionnaire.dimensions.length > 0)
      choices.push({ value: { kind: 'targets' }, name: this.m.reviewTargets });
    if (this.order.length > 0) choices.push({ value: { kind: 'restart' }, name: this.m.reviewRestart });
    const summary =
      unanswered.length === 0 && unknown.length === 0
        ? this.m.reviewAllAnswered
        : this.m.reviewSummary(answered, this.order.length, unknown.length, unanswered.length);
    const choice = await this.o.prompts.select<ReviewChoice>({
      message: `${this.style.accent(this.m.reviewTitle)}\n${summary}`,
      choices,
      default: finish.value,
      help: this.style.dim(this.m.keysHelp),
      pageSize: 16,
    });
    switch (choice.kind) {
      case 'finish':
        return { kind: 'done' };
      case 'targets':
        return { kind: 'targets' };
      case 'restart':
        return this.saved(this.at(0));
      case 'jump':
        return this.saved(this.at(choice.index, true));
    }
  }

  /** The ambition per dimension, as a level rank (1..N of the questionnaire's levels). */
  private async askTargets(): Promise<Step> {
    this.targetsAsked = true;
    const levels = this.o.questionnaire.levels;
    const dimensions = this.o.questionnaire.dimensions;
    const term = levelTermOf(this.o.questionnaire, this.o.language);
    for (const [i, dimension] of dimensions.entries()) {
      const none: Choice<number> = { value: 0, name: this.m.targetNone };
      const choices: Choice<number>[] = levels.map((level, rank) => ({
        value: rank + 1,
        name: this.t(level.name),
        ...(level.description !== undefined ? { description: this.t(level.description) } : {}),
      }));
      const name = this.t(dimension.name);
      const current = this.set.targets?.[dimension.id];
      const rank = await this.o.prompts.select<number>({
        message: `${this.style.accent(`${this.m.targetsTitle} · ${i + 1}/${dimensions.length}`)}\n${this.style.bold(this.m.targetFor(name, term))}`,
        choices: [...choices, { heading: this.style.dim('──────────────') }, none],
        ...(current !== undefined ? { default: current } : {}),
        help: this.style.dim(this.m.keysHelp),
      });
      this.set = withTarget(this.set, dimension.id, rank === 0 ? undefined : rank);
      await this.persist();
    }
    return this.toReview();
  }
}
