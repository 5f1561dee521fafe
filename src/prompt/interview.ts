/**
 * The interview engine of `datascan run`: asks the details, walks the questions dimension by
 * dimension, lets people go back, skip and review, asks targets (after the review, beside the level
 * the answers reach), and hands every change to
 * `save` before it shows the next prompt, so an interrupted interview loses at most what was
 * being typed. A save that fails keeps the interview open: it asks to try again, save elsewhere
 * or stop, and holds every answer until a save succeeds. It shows what it asks as views (views.ts) through `Prompts`, so it does not know
 * whether a terminal or a web page draws them.
 */
import {
  answeredCount,
  interviewOrder,
  isAnswered,
  openQuestions,
  reopenedQuestions,
  resumeIndex,
  withAnswer,
  withTarget,
} from '../answers/session.js';
import type { Answer, AnswerSet, AnswerValue } from '../answers/types.js';
import { levelTermOf } from '../questionnaire/level-term.js';
import { localize } from '../questionnaire/text.js';
import type { Question, Questionnaire } from '../questionnaire/types.js';
import { optionsOf } from '../questionnaire/structure.js';
import { score } from '../scoring/score.js';
import { targetRank } from '../scoring/targets.js';
import { baseLanguage, matchLanguage } from '../util/language.js';
import { own } from '../util/own.js';
import { distinctEndings } from '../util/text.js';
import type { Messages } from './messages.js';
import { isCancel, type Prompts } from './prompts.js';
import type {
  ActionView,
  ConfirmView,
  DetailField,
  InterviewView,
  OptionView,
  QuestionAction,
  ReviewAction,
  ReviewGroupView,
  RoomView,
  ReviewQuestionView,
  SaveFailedAction,
  SaveFailedView,
  TargetView,
} from './views.js';
import { pathOf, unitTree } from '../questionnaire/tree.js';

export type { DetailField } from './views.js';

/**
 * What `save` throws when it cannot save for a reason the person can act on (a full disk, a folder
 * gone, a file in use): the interview shows `message` and asks what to do. Anything else `save`
 * throws ends the interview.
 */
export class SaveError extends Error {
  override readonly name = 'SaveError';
}

/** Ends the interview from the failed-save view: unwinds to `run` like a cancel. */
class StoppedUnsaved extends Error {}

/** Ctrl-C where a save failed is a stop there: nothing more can be saved. */
function stopOnCancel(error: unknown): never {
  throw isCancel(error) ? new StoppedUnsaved() : error;
}

export interface InterviewOptions {
  questionnaire: Questionnaire;
  /** The answers so far: a fresh set, or one read back for --resume. */
  answers: AnswerSet;
  /** Language of the questionnaire's texts. */
  language: string;
  messages: Messages;
  prompts: Prompts;
  /**
   * Writes the session; called after every change (and at the end, with the interview finished)
   * and awaited before the next prompt. A `SaveError` keeps the interview open (see SaveError).
   */
  save(set: AnswerSet): Promise<void>;
  /**
   * After a failed save: moves the session to `target`, a file name the person typed, and writes
   * the set there; later saves go there too. Throws a `SaveError` when it cannot. Without it,
   * saving elsewhere is not offered.
   */
  saveTo?(target: string, set: AnswerSet): Promise<void>;
  /**
   * Details to ask before the questions (those not given as flags); on a resume only those an
   * interview stopped during its details does not have yet.
   */
  details?: DetailField[];
  /** Ask the ambition per dimension once the review is finished (unless the review asked it already). */
  targets?: boolean;
  /** Resumed sessions start at the first open question, or at the review when none is left. */
  resume?: boolean;
  /**
   * Save the answers before the first question (default). False for a resumed file that opening
   * did not change: it is written only once something in it changes.
   */
  saveAtStart?: boolean;
  /**
   * The questions to ask, in order (a consensus round's agenda); by default every question, in
   * questionnaire order. Progress, review and resume count these only.
   */
  order?: readonly string[];
  /** What the room answered to a question, shown with it (a consensus round). */
  room?(id: string): RoomView | undefined;
  /**
   * What the host has had to say since the previous view (the file the answers go to, what a
   * resume changed): taken before each view and shown once, with it.
   */
  notices?(): string[];
}

export interface InterviewResult {
  /**
   * `complete`: finished and saved. `cancelled`: stopped (Ctrl-C); the caller may save `answers`
   * once more. `unsaved`: stopped where a save had failed; `answers` holds what is not on disk.
   */
  status: 'complete' | 'cancelled' | 'unsaved';
  answers: AnswerSet;
  /**
   * Whether anything the file says was changed (answers, notes, targets, details); moving around
   * is not a change. False for a resumed file left as it was.
   */
  changed: boolean;
}

/**
 * How a question was reached, which says where its ways on lead: `order`, walking the questions in
 * interview order; `review`, chosen in the review (back to it after); `reopened`, walking the
 * questions a migration left open (on to the next of those, then the review).
 */
type Via = 'order' | 'review' | 'reopened';

type Step =
  | { kind: 'question'; index: number; via: Via }
  | { kind: 'review' }
  /** `finishing`: asked on the way out of the review (--targets), which ends after them. */
  | { kind: 'targets'; finishing: boolean }
  | { kind: 'done' };

/**
 * The language an answer file's session keeps: the questionnaire's own tag for the one asked
 * (`nl` for `nl-BE`), else its base language (`en` for `EN`); none for a tag that is neither.
 */
export function sessionLanguage(q: Questionnaire, language: string): string | undefined {
  const matched = matchLanguage(q.languages, language);
  if (matched !== undefined) return matched;
  const base = baseLanguage(language);
  return /^[a-z]{2,3}$/.test(base) ? base : undefined;
}

/**
 * The numbers options with these `values` are shown with and picked by, in order (OptionView.number):
 * the values themselves where they are distinct whole numbers from 0 to 9 (the digit `3` is the
 * value 3 on every question, also where a question adds a 0 below the legal floor), else their
 * places from 1 (values such as 0, 0.5, 1).
 */
export function optionNumbers(values: readonly number[]): number[] {
  const digits = values.every((v) => Number.isInteger(v) && v >= 0 && v <= 9) && new Set(values).size === values.length;
  return digits ? [...values] : values.map((_, i) => i + 1);
}

export async function interview(options: InterviewOptions): Promise<InterviewResult> {
  return new Interview(options).run();
}

class Interview {
  private set: AnswerSet;
  private readonly order: string[];
  private readonly skipped: Set<string>;
  private readonly questions: Map<string, Question>;
  private readonly m: Messages;
  private position: string | undefined;
  private targetsAsked = false;
  /** The instructions go with the first question shown, once; the review has them after that. */
  private instructionsShown = false;
  private changed = false;
  /** What the session says the interview speaks, so a resume speaks it too (see sessionLanguage). */
  private readonly language: string | undefined;
  /** On a resume after a migration: the questions it left open, asked first (see reopenedQuestions). */
  private readonly reopened: string[];
  /** What the interview itself has to say with the next view, after the host's notices. */
  private readonly said: string[] = [];

  constructor(private readonly o: InterviewOptions) {
    this.set = o.answers;
    this.order = o.order ? [...o.order] : interviewOrder(o.questionnaire);
    this.skipped = new Set(o.answers.session?.skipped ?? []);
    this.position = o.answers.session?.position;
    this.questions = new Map(o.questionnaire.questions.map((q) => [q.id, q]));
    this.m = o.messages;
    this.language = sessionLanguage(o.questionnaire, o.language);
    this.reopened = o.resume ? reopenedQuestions(this.order, o.answers) : [];
  }

  async run(): Promise<InterviewResult> {
    try {
      await this.details();
      let step = this.firstStep();
      while (step.kind !== 'done') {
        if (step.kind === 'question') step = await this.question(step.index, step.via);
        else if (step.kind === 'targets') step = await this.askTargets(step.finishing);
        else step = await this.review();
      }
      this.set = { ...this.set, session: { status: 'complete', ...this.languageOfSession } };
      // Finishing a file that was finished and is unchanged leaves it as it was, `updated` included.
      if (this.changed || !this.o.resume || this.o.answers.session?.status !== 'complete') await this.store(this.set);
      return { status: 'complete', answers: this.set, changed: this.changed };
    } catch (error) {
      if (error instanceof StoppedUnsaved) return { status: 'unsaved', answers: this.set, changed: this.changed };
      if (!isCancel(error)) throw error;
      // A finished file opened to look at it and left without a change stays finished.
      if (this.untouchedFinished) return { status: 'cancelled', answers: this.o.answers, changed: false };
      return { status: 'cancelled', answers: this.snapshot(), changed: this.changed };
    }
  }

  private t(text: Parameters<typeof localize>[0]): string {
    return localize(text, this.o.language, this.o.questionnaire.languages[0]);
  }

  private get languageOfSession(): { language?: string } {
    return this.language !== undefined ? { language: this.language } : {};
  }

  /** The view with what the host has to say since the previous one. */
  private shown<V extends InterviewView>(view: V): V {
    const notices = [...(this.o.notices?.() ?? []), ...this.said.splice(0)];
    return notices.length > 0 ? { ...view, notices } : view;
  }

  private snapshot(): AnswerSet {
    const session: NonNullable<AnswerSet['session']> = { status: 'in-progress', ...this.languageOfSession };
    if (this.position !== undefined) session.position = this.position;
    const skipped = this.order.filter((id) => this.skipped.has(id) && !isAnswered(own(this.set.answers, id)));
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
    await this.store(this.set);
  }

  /** Saves `set`; when that fails, asks what to do until a save succeeds or the person stops. */
  private async store(set: AnswerSet): Promise<void> {
    let attempt = () => this.o.save(set);
    for (;;) {
      try {
        await attempt();
        return;
      } catch (error) {
        if (!(error instanceof SaveError)) throw error;
        attempt = (await this.afterFailedSave(error.message, set).catch(stopOnCancel)) ?? attempt;
      }
    }
  }

  /**
   * What the person chooses after a failed save: a save to a file they type, or (undefined) the
   * attempt that failed once more.
   */
  private async afterFailedSave(problem: string, set: AnswerSet): Promise<(() => Promise<void>) | undefined> {
    const { saveTo } = this.o;
    const actions: ActionView<SaveFailedAction>[] = [{ action: { kind: 'retry' }, label: this.m.saveRetry }];
    if (saveTo) actions.push({ action: { kind: 'elsewhere' }, label: this.m.saveElsewhere });
    actions.push({ action: { kind: 'stop' }, label: this.m.saveStop });
    const view: SaveFailedView = { kind: 'save-failed', problem, kept: this.m.saveFailedKept, actions };
    for (;;) {
      const choice = await this.o.prompts.saveFailed(this.shown(view));
      if (choice.kind === 'retry') return undefined;
      if (choice.kind === 'stop') throw new StoppedUnsaved();
      const target = (await this.o.prompts.saveTo(this.shown({ kind: 'save-to', label: this.m.saveToLabel }))).trim();
      // An empty line goes back to the choice.
      if (target && saveTo) return () => saveTo(target, set);
    }
  }

  /** A finished file opened again, with nothing in it changed yet: looking around is not saved. */
  private get untouchedFinished(): boolean {
    return !this.changed && this.o.answers.session?.status === 'complete';
  }

  private firstStep(): Step {
    if (this.order.length === 0) return { kind: 'review' };
    if (!this.o.resume) return this.at(0);
    // After a migration the questions it left open come first, wherever the file had got to.
    const first = this.reopened[0];
    if (first !== undefined) {
      this.said.push(this.m.reopenedFirst(this.reopened.length));
      return this.at(this.order.indexOf(first), 'reopened');
    }
    // A finished file opens at its review, open questions or not: it was finished on purpose.
    if (this.o.answers.session?.status === 'complete') return { kind: 'review' };
    const index = resumeIndex(this.order, this.set, this.skipped);
    return index === undefined ? { kind: 'review' } : this.at(index);
  }

  private at(index: number, via: Via = 'order'): Step {
    this.position = this.order[index];
    return { kind: 'question', index, via };
  }

  /** The index of the question next to `id` (after it: 1, before it: -1) among the reopened ones, if any. */
  private reopenedIndex(id: string, offset: 1 | -1): number | undefined {
    const next = this.reopened[this.reopened.indexOf(id) + offset];
    return next !== undefined ? this.order.indexOf(next) : undefined;
  }

  /** Organisation first: the host can only name the answer file once it is known. */
  private async details(): Promise<void> {
    const wanted = new Set(this.o.details ?? []);
    if (wanted.has('organisation')) {
      const organisation = (
        await this.o.prompts.detail(this.shown({ kind: 'detail', field: 'organisation', label: this.m.organisation }))
      ).trim();
      if (organisation) this.set = { ...this.set, organisation };
    }
    // A resumed file is written at once only when the host changed it on opening (a new version,
    // details from flags): one opened just to look at stays as it was.
    if (wanted.has('organisation') || this.o.saveAtStart !== false) await this.persist();
    for (const field of ['name', 'role'] as const) {
      if (!wanted.has(field)) continue;
      const label = field === 'name' ? this.m.respondent : this.m.role;
      const value = (await this.o.prompts.detail(this.shown({ kind: 'detail', field, label }))).trim();
      if (!value) continue;
      this.set = { ...this.set, respondent: { ...this.set.respondent, [field]: value } };
      await this.persist();
    }
  }

  private afterQuestion(index: number, via: Via): Step {
    if (via === 'review') return this.toReview();
    if (via === 'reopened') {
      const next = this.reopenedIndex(this.order[index] as string, 1);
      return next !== undefined ? this.at(next, 'reopened') : this.toReview();
    }
    if (index + 1 < this.order.length) return this.at(index + 1);
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

  private async question(index: number, via: Via): Promise<Step> {
    const fromReview = via === 'review';
    const id = this.order[index] as string;
    const question = this.questions.get(id) as Question;
    const { scale, options, notApplicable } = optionsOf(this.o.questionnaire, id);
    const existing: Answer | undefined = own(this.set.answers, id);
    const place = [...this.placeOf(question), ...this.groupOf(question)];

    const numbers = optionNumbers(options.map((option) => option.value));
    const optionViews: OptionView[] = options.map((option, i) => ({
      number: numbers[i] as number,
      value: option.value,
      label: this.t(option.label),
      ...(option.description !== undefined ? { description: this.t(option.description) } : {}),
      ...(option.belowLegalFloor === true ? { belowLegalFloor: true as const } : {}),
    }));
    const otherAnswers: { value: AnswerValue; label: string }[] = [];
    if (scale?.unknown !== false) otherAnswers.push({ value: 'unknown', label: this.m.unknown });
    if (notApplicable) otherAnswers.push({ value: 'not-applicable', label: this.m.notApplicable });
    const ways: ActionView<QuestionAction>[] = [];
    // Among the reopened questions, back is the previous of those: the first has none, as question 1.
    const backIndex = via === 'reopened' ? this.reopenedIndex(id, -1) : index > 0 ? index - 1 : undefined;
    if (fromReview) ways.push({ action: { kind: 'back' }, label: this.m.backToReview });
    else if (backIndex !== undefined) ways.push({ action: { kind: 'back' }, label: this.m.back });
    ways.push({ action: { kind: 'skip' }, label: isAnswered(existing) ? this.m.next : this.m.skip });
    if (!fromReview) ways.push({ action: { kind: 'review' }, label: this.m.toReview });

    // Only an answer the view offers is current: one the scale does not allow is not shown.
    const current =
      existing?.value !== undefined
        ? [...optionViews, ...otherAnswers].find((a) => a.value === existing.value)
        : undefined;
    const answered = answeredCount(this.order, this.set);
    const help = this.t(question.help);
    const criteria = (question.criteria ?? []).map((c) => this.t(c));
    const instructions = this.instructionsShown ? '' : this.t(this.o.questionnaire.instructions);
    this.instructionsShown = true;
    const room = this.o.room?.(id);
    const choice = await this.o.prompts.question(
      this.shown({
        kind: 'question',
        id,
        place,
        number: index + 1,
        total: this.order.length,
        counter:
          via === 'reopened'
            ? this.m.reopenedOf(this.reopened.indexOf(id) + 1, this.reopened.length)
            : this.m.questionOf(index + 1, this.order.length),
        answered,
        answeredText: this.m.answeredOf(answered, this.order.length),
        text: this.t(question.text),
        ...(help ? { help } : {}),
        ...(criteria.length > 0 ? { criteria } : {}),
        ...(instructions ? { instructions } : {}),
        options: optionViews,
        extras: [
          ...otherAnswers.map(({ value, label }): ActionView<QuestionAction> => ({
            action: { kind: 'answer', value },
            label,
          })),
          ...ways,
        ],
        ...(current ? { current: { value: current.value, label: current.label } } : {}),
        ...(existing?.note ? { note: existing.note } : {}),
        ...(room ? { room } : {}),
      }),
    );

    switch (choice.kind) {
      case 'back':
        if (fromReview || backIndex === undefined) return this.saved(this.toReview());
        return this.saved(this.at(backIndex, via));
      case 'skip':
        if (!isAnswered(existing)) this.skipped.add(id);
        return this.saved(this.afterQuestion(index, via));
      case 'review':
        return this.saved(this.toReview());
      case 'answer': {
        this.set = withAnswer(this.set, id, { value: choice.value, note: existing?.note });
        this.skipped.delete(id);
        // On disk before the note is asked: the chosen answer is safe even if the note is not.
        await this.persist();
        let typed = '';
        const note = await this.o.prompts
          .note(
            this.shown({
              kind: 'note',
              question: { id, text: this.t(question.text) },
              answer: this.labelOf(options, choice.value),
              label: this.m.note,
              ...(existing?.note ? { current: existing.note } : {}),
            }),
            (text) => (typed = text),
          )
          .catch((error: unknown) => {
            // Stopped half-way through a note (or a room's rationale): what was typed is saved with the answer.
            if (isCancel(error) && typed.trim() !== '')
              this.set = withAnswer(this.set, id, { value: choice.value, note: typed.trim() });
            throw error;
          });
        this.set = withAnswer(this.set, id, { value: choice.value, note: note.trim() });
        return this.saved(this.afterQuestion(index, via));
      }
    }
  }

  /** Saves the position the interview moves to (where a resume starts), then goes there. */
  private async saved(step: Step): Promise<Step> {
    if (!this.untouchedFinished) await this.write();
    return step;
  }

  /** The names of the units a question sits in, from the top (dimension › subdimension). */
  private placeOf(question: Question): string[] {
    const unit = unitTree(this.o.questionnaire).byId.get(question.subdimension ?? question.dimension ?? '');
    return unit ? pathOf(unit).map((u) => this.t(u.name)) : [];
  }

  /** The name of the question's group, when its unit has groups: the question screen shows it after the units. */
  private groupOf(question: Question): string[] {
    const unit = unitTree(this.o.questionnaire).byId.get(question.subdimension ?? question.dimension ?? '');
    const group = unit?.groups.find((g) => g.id === question.group);
    return group ? [this.t(group.name)] : [];
  }

  /** Open questions by where they sit and what sets each apart from those listed beside it. */
  private listed(ids: string[]): ReviewQuestionView[] {
    const texts = ids.map((id) => this.t((this.questions.get(id) as Question).text));
    const endings = distinctEndings(texts);
    return ids.map((id, i) => ({
      id,
      place: this.placeOf(this.questions.get(id) as Question),
      text: texts[i] as string,
      distinct: endings[i] as string,
    }));
  }

  private async review(): Promise<Step> {
    const { unanswered, unknown } = openQuestions(this.order, this.set);
    const answered = answeredCount(this.order, this.set);
    const groups: ReviewGroupView[] = [];
    if (unanswered.length > 0)
      groups.push({
        status: 'unanswered',
        heading: this.m.reviewUnanswered(unanswered.length),
        questions: this.listed(unanswered),
      });
    if (unknown.length > 0)
      groups.push({
        status: 'unknown',
        heading: this.m.reviewUnknown(unknown.length),
        questions: this.listed(unknown),
      });
    const instructions = this.t(this.o.questionnaire.instructions);
    const actions: ActionView<ReviewAction>[] = [];
    if (this.canAskTargets) actions.push({ action: { kind: 'targets' }, label: this.m.reviewTargets });
    if (this.order.length > 0) actions.push({ action: { kind: 'restart' }, label: this.m.reviewRestart });
    const choice = await this.o.prompts.review(
      this.shown({
        kind: 'review',
        title: this.m.reviewTitle,
        summary:
          unanswered.length === 0 && unknown.length === 0
            ? this.m.reviewAllAnswered
            : this.m.reviewSummary(answered, this.order.length, unknown.length, unanswered.length),
        ...(instructions ? { instructions } : {}),
        answered,
        total: this.order.length,
        finish: { action: { kind: 'finish' }, label: this.m.reviewFinish },
        groups,
        actions,
      }),
    );
    switch (choice.kind) {
      case 'finish':
        // Enter finishes from the review: with questions still open, only when asked twice.
        if (unanswered.length > 0 && !(await this.sure(this.m.finishOpen(unanswered.length, this.order.length))))
          return { kind: 'review' };
        if (this.o.targets && !this.targetsAsked && this.canAskTargets) return { kind: 'targets', finishing: true };
        return { kind: 'done' };
      case 'targets':
        return { kind: 'targets', finishing: false };
      case 'restart':
        return this.saved(this.at(0));
      case 'jump':
        return this.saved(this.at(this.order.indexOf(choice.question), 'review'));
    }
  }

  private get canAskTargets(): boolean {
    return this.o.questionnaire.levels.length > 0 && this.o.questionnaire.dimensions.length > 0;
  }

  /** Asks whether to go on with `question`; going back is what Enter chooses. */
  private async sure(question: string, yes = this.m.finishAnyway, no = this.m.backToReview): Promise<boolean> {
    const view: ConfirmView = {
      kind: 'confirm',
      question,
      no: { action: { kind: 'no' }, label: no },
      yes: { action: { kind: 'yes' }, label: yes },
    };
    return (await this.o.prompts.confirm(this.shown(view))).kind === 'yes';
  }

  /**
   * The ambition per dimension, as a level rank (1..N of the questionnaire's levels), beside the
   * level the answers so far reach; a target below that level is asked about once more.
   */
  private async askTargets(finishing: boolean): Promise<Step> {
    this.targetsAsked = true;
    const levels = this.o.questionnaire.levels;
    const dimensions = this.o.questionnaire.dimensions;
    const term = levelTermOf(this.o.questionnaire, this.o.language);
    const reached = new Map(
      score(this.o.questionnaire, [this.set], { language: this.o.language }).dimensions.map((d) => [d.id, d]),
    );
    const levelName = (rank: number) => this.t((levels[rank - 1] as (typeof levels)[number]).name);
    for (const [i, dimension] of dimensions.entries()) {
      const reachedHere = reached.get(dimension.id);
      // A dimension without a scored answer stands nowhere yet: nothing to show or compare with.
      const now =
        reachedHere && reachedHere.score !== null
          ? {
              rank: reachedHere.level,
              text: reachedHere.level > 0 ? this.m.targetNow(levelName(reachedHere.level)) : this.m.targetNowNone(term),
            }
          : undefined;
      // A file may name the target by level id; the form offers ranks.
      const given = own(this.set.targets, dimension.id);
      let current = given !== undefined ? targetRank(given, levels) : undefined;
      for (;;) {
        const view: TargetView = {
          kind: 'target',
          title: this.m.targetsTitle,
          dimension: { id: dimension.id, name: this.t(dimension.name) },
          number: i + 1,
          total: dimensions.length,
          question: this.m.targetFor(this.t(dimension.name), term),
          levels: levels.map((level, rank) => ({
            rank: rank + 1,
            label: this.t(level.name),
            ...(level.description !== undefined ? { description: this.t(level.description) } : {}),
          })),
          none: this.m.targetNone,
          ...(current !== undefined ? { current } : {}),
          ...(now ? { now } : {}),
        };
        const target = await this.o.prompts.target(this.shown(view));
        const rank = target.kind === 'level' ? target.rank : undefined;
        if (
          rank !== undefined &&
          now !== undefined &&
          rank < now.rank &&
          !(await this.sure(
            this.m.targetBelow(levelName(rank), levelName(now.rank)),
            this.m.targetKeep,
            this.m.targetChooseAgain,
          ))
        ) {
          // Asked again from the target set before, or else from where the dimension stands: not from
          // the level just turned down.
          current = given !== undefined ? targetRank(given, levels) : now.rank;
          continue;
        }
        this.set = withTarget(this.set, dimension.id, rank);
        await this.persist();
        break;
      }
    }
    return finishing ? { kind: 'done' } : this.toReview();
  }
}
