/**
 * Checks an answer set against its questionnaire: every question id exists, every value is an
 * option of the question's scale, `unknown`/`not-applicable` only where allowed, targets name real
 * (sub)dimensions and levels. Positions come from a locator so YAML, JSON and CSV can all point.
 */
import type { Diagnostic, Position } from '../diagnostics/types.js';
import { diag } from '../diagnostics/diag.js';
import { msg } from '../diagnostics/messages.js';
import { FindingList, MAX_FINDINGS_PER_FILE } from '../diagnostics/limit.js';
import { type PathSegment } from '../source/locate.js';
import { allowsNotApplicable } from '../questionnaire/structure.js';
import { unitTree } from '../questionnaire/tree.js';
import type { Questionnaire, Scale } from '../questionnaire/types.js';
import { own } from '../util/own.js';
import { closest } from '../util/suggest.js';
import type { MigratedAnswerSet } from './migrate.js';
import type { Answer, AnswerSet, AnswerValue } from './types.js';
import { sameVersion } from '../util/version.js';

/** A semantic version, as `version` in both published schemas has it. */
export const VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

export type Locator = (path: PathSegment[], target?: 'key' | 'value') => Position;

interface Index {
  /** `values`: the question's own options' (an option below the legal floor may add one), else its scale's. */
  questions: Map<string, { scale: Scale | undefined; values: Set<number>; notApplicable: boolean }>;
  units: Set<string>;
}

/** Built once per questionnaire: a batch checks thousands of answer sets against the same one. */
const indexes = new WeakMap<Questionnaire, Index>();
function indexOf(q: Questionnaire): Index {
  let index = indexes.get(q);
  if (!index) {
    const scales = new Map(q.scales.map((s) => [s.id, s]));
    index = {
      questions: new Map(
        q.questions.map((x) => {
          const scale = scales.get(x.scale);
          return [
            x.id,
            {
              scale,
              values: new Set((x.options ?? scale?.options)?.map((o) => o.value)),
              notApplicable: allowsNotApplicable(x, scale),
            },
          ];
        }),
      ),
      units: new Set(unitTree(q).units.map((u) => u.id)),
    };
    indexes.set(q, index);
  }
  return index;
}

/** What the checks read: an answer set, or an answer file as written (bare values, nulls). */
export type CheckableAnswers = Pick<AnswerSet, 'version' | 'targets'> & {
  answers: Record<string, AnswerValue | Answer | null | undefined>;
};

/**
 * The findings about an answer set, up to the limit of findings per file (`room` says how many may
 * be listed; a caller that acts on every finding passes Infinity).
 */
export function checkAnswers(
  set: CheckableAnswers,
  q: Questionnaire,
  file: string,
  at: Locator,
  room?: number,
): Diagnostic[] {
  const out = new FindingList(room);
  if (set.version !== undefined && !VERSION.test(set.version)) {
    // The schema says so for a YAML or JSON file; a CSV cell comes here unchecked.
    const version = set.version;
    out.add('error', () =>
      diag(
        file,
        'invalid-value',
        msg('answers.version-format', { version: String(version) }),
        at(['version']),
        'error',
        {
          value: version,
        },
      ),
    );
  } else if (set.version !== undefined && !sameVersion(set.version, q.version)) {
    out.add('warning', () =>
      diag(
        file,
        'version-mismatch',
        msg('answers.version-mismatch', { answered: String(set.version), id: q.id, current: q.version }),
        at(['version']),
        'warning',
        { answered: set.version, current: q.version },
      ),
    );
  }
  const { questions, units } = indexOf(q);
  for (const id in set.answers) {
    const raw = own(set.answers, id);
    // Left empty (null): unanswered, as normalising would drop it.
    if (raw === null || raw === undefined) continue;
    const value = typeof raw === 'object' ? raw.value : raw;
    const question = questions.get(id);
    if (!question) {
      out.add('error', () =>
        diag(
          file,
          'unknown-question',
          msg('answers.unknown-question', { id, questionnaire: q.id, suggestion: closest(id, questions.keys()) }),
          at(['answers', id], 'key'),
          'error',
          { id },
        ),
      );
      continue;
    }
    const scale = question.scale;
    if (!scale || value === undefined) continue;
    // For a bare value the locator falls back from `value` to the answer itself.
    const valuePath: PathSegment[] = ['answers', id, 'value'];
    if (value === 'unknown' && scale.unknown === false) {
      out.add('error', () =>
        diag(file, 'unknown-not-allowed', msg('answers.unknown-not-allowed', { id }), at(valuePath), 'error', { id }),
      );
    } else if (value === 'not-applicable' && !question.notApplicable) {
      out.add('error', () =>
        diag(
          file,
          'not-applicable-not-allowed',
          msg('answers.not-applicable-not-allowed', { id }),
          at(valuePath),
          'error',
          { id },
        ),
      );
    } else if (
      typeof value === 'number' &&
      !question.values.has(value) &&
      !isCombinedWithin(raw, value, question.values)
    ) {
      const allowed = [...question.values];
      out.add('error', () =>
        diag(file, 'invalid-answer', msg('answers.invalid-answer', { value, id, allowed }), at(valuePath), 'error', {
          id,
          value,
          allowed,
        }),
      );
    }
  }
  for (const [id, level] of Object.entries(set.targets ?? {})) {
    if (!units.has(id)) {
      out.add('error', () =>
        diag(
          file,
          'unknown-target',
          msg('answers.unknown-target', { id, questionnaire: q.id, suggestion: closest(id, units) }),
          at(['targets', id], 'key'),
          'error',
          { id },
        ),
      );
    } else if (typeof level === 'string') {
      if (!q.levels.some((l) => l.id === level)) {
        const levels = q.levels.map((l) => l.id);
        out.add('error', () =>
          diag(
            file,
            'invalid-target',
            msg('answers.unknown-target-level', {
              id,
              level,
              questionnaire: q.id,
              levels,
              suggestion: closest(level, levels),
            }),
            at(['targets', id]),
            'error',
            { id, level },
          ),
        );
      }
    } else if (level < 1 || level > q.levels.length) {
      out.add('error', () =>
        diag(
          file,
          'invalid-target',
          msg('answers.invalid-target', { id, top: q.levels.length, rank: level }),
          at(['targets', id]),
          'error',
          { id, rank: level },
        ),
      );
    }
  }
  return out.list();
}

/**
 * The findings about an answer set carried over from an earlier version (see migrate.ts): one
 * `info` finding that says what the migration did, then the usual checks of the carried answers
 * against the current questionnaire. A finding about a renamed answer points where the answer is
 * written, under its earlier id.
 */
export function checkMigratedAnswers(
  migrated: MigratedAnswerSet,
  q: Questionnaire,
  file: string,
  at: Locator,
  room?: number,
): Diagnostic[] {
  const { summary } = migrated;
  const earlier = new Map(summary.renamed.map((r) => [r.to, r.from]));
  const written: Locator = (path, target) => {
    const id = path[0] === 'answers' ? earlier.get(String(path[1])) : undefined;
    return at(id === undefined ? path : ['answers', id, ...path.slice(2)], target);
  };
  const counts = { carried: summary.carried, dropped: summary.dropped.length, newOpen: summary.newOpen.length };
  const told = diag(
    file,
    'answers-migrated',
    msg('answers.migrated', { answered: summary.from, id: q.id, current: summary.to, ...counts }),
    at(['version']),
    'info',
    {
      answered: summary.from,
      current: summary.to,
      versions: summary.versions,
      ...counts,
      renamed: summary.renamed,
      dropped: summary.dropped.map((d) => d.id),
      newOpen: summary.newOpen,
    },
  );
  return [told, ...checkAnswers(migrated.set, q, file, written, (room ?? MAX_FINDINGS_PER_FILE) - 1)];
}

/**
 * The warning for an answer file whose interview or form is not finished, with how many of the
 * questionnaire's questions it answers (a value, don't know or not applicable, as the interview
 * counts them); undefined for a finished file or one without a session (a CSV row, a workbook).
 */
export function checkInProgress(
  status: string | undefined,
  answers: CheckableAnswers['answers'],
  q: Questionnaire,
  file: string,
  at: Locator,
): Diagnostic | undefined {
  if (status !== 'in-progress') return undefined;
  const { questions } = indexOf(q);
  let answered = 0;
  for (const id in answers) {
    const raw = own(answers, id);
    const value = raw !== null && typeof raw === 'object' ? raw.value : raw;
    if (value !== null && value !== undefined && questions.has(id)) answered++;
  }
  const counts = { answered, total: q.questions.length };
  return diag(
    file,
    'answers-in-progress',
    msg('answers.in-progress', counts),
    at(['session', 'status']),
    'warning',
    counts,
  );
}

/**
 * The warning for a consensus file whose `participants` is not how many answer files its `sources`
 * names (at `participants`); undefined when it says only one of them, or they agree.
 */
export function checkParticipants(
  set: Pick<AnswerSet, 'participants' | 'sources'>,
  file: string,
  at: Locator,
): Diagnostic | undefined {
  const { participants, sources } = set;
  if (participants === undefined || sources === undefined || participants === sources.length) return undefined;
  const counts = { participants, sources: sources.length };
  return diag(
    file,
    'consensus-participants',
    msg('answers.consensus-participants', counts),
    at(['participants']),
    'warning',
    counts,
  );
}

/**
 * A consensus file's combined value (`basis: combined`) is the participants' mean or median: it may
 * lie between two options, never outside the scale.
 */
function isCombinedWithin(raw: unknown, value: number, values: ReadonlySet<number>): boolean {
  if (typeof raw !== 'object' || raw === null || (raw as { basis?: unknown }).basis !== 'combined') return false;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  return value >= min && value <= max;
}
