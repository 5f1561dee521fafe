/**
 * Semantic rules for questionnaire and model files, beyond what the JSON Schema can say. Each
 * finding has a stable rule id (listed in the README) and points at the place it is about.
 */
import type { Diagnostic } from '../diagnostics/types.js';
import { diag } from '../diagnostics/diag.js';
import { msg, type IdKind } from '../diagnostics/messages.js';
import { type SourceFile } from '../source/source.js';
import { locate, scalarAt, type PathSegment } from '../source/locate.js';
import { closest } from '../util/suggest.js';
import { nextStepsAt, unitTree, type Unit } from './tree.js';
import { questionnaireTexts } from './texts.js';
import { MIGRATION_WORDS, migrationFileRules, migrationQuestionRules } from './migration-rules.js';
import type { Dimension, Question, Questionnaire, QuestionnaireFile, ScaleOption, Subdimension } from './types.js';

/** Unquoted words that YAML 1.1 (and so some editors and older tools) read as booleans. */
const YAML11_BOOLEAN = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

/** `what` names the kind of id; an item in a shared namespace may name its own. */
function uniqueIds(
  source: SourceFile,
  items: { id: string; path: PathSegment[]; what?: IdKind }[],
  what: IdKind,
  out: Diagnostic[],
): void {
  const first = new Map<string, PathSegment[]>();
  for (const item of items) {
    const earlier = first.get(item.id);
    if (earlier) {
      const line = locate(source, earlier).line;
      out.push(
        diag(
          source.file,
          'duplicate-id',
          msg('rules.duplicate-id', { what: item.what ?? what, id: item.id, line }),
          locate(source, item.path),
          'error',
          { id: item.id },
        ),
      );
    } else {
      first.set(item.id, item.path);
    }
  }
}

/** Rules that need only the file itself. */
export function fileRules(source: SourceFile, file: QuestionnaireFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  const levels = file.levels ?? [];
  const dimensions = file.dimensions ?? [];

  uniqueIds(
    source,
    levels.map((l, i) => ({ id: l.id, path: ['levels', i, 'id'] })),
    'level',
    out,
  );
  uniqueIds(
    source,
    (file.scales ?? []).map((s, i) => ({ id: s.id, path: ['scales', i, 'id'] })),
    'scale',
    out,
  );
  // Groups share the namespace of dimensions and subdimensions: targets and reports name them alike.
  uniqueIds(
    source,
    unitPaths(dimensions).flatMap(({ unit, path }) => [
      { id: unit.id, path: [...path, 'id'] },
      ...(unit.groups ?? []).map((g, k) => ({
        id: g.id,
        path: [...path, 'groups', k, 'id'],
        what: 'group' as const,
      })),
    ]),
    'dimension/subdimension',
    out,
  );
  for (const [i, d] of dimensions.entries()) {
    if (d.groups && d.subdimensions?.length)
      out.push(
        diag(
          source.file,
          'group-placement',
          msg('rules.group-placement', { dimension: d.id }),
          locate(source, ['dimensions', i, 'groups'], 'key'),
        ),
      );
  }
  uniqueIds(
    source,
    (file.questions ?? []).map((q, i) => ({ id: q.id, path: ['questions', i, 'id'] })),
    'question',
    out,
  );

  for (const [i, question] of (file.questions ?? []).entries()) {
    if (MIGRATION_WORDS.includes(question.id))
      out.push(
        diag(
          source.file,
          'reserved-id',
          msg('rules.reserved-question-id', { id: question.id }),
          locate(source, ['questions', i, 'id']),
          'error',
          { id: question.id },
        ),
      );
  }
  out.push(...migrationFileRules(source, file));

  for (const [i, level] of levels.entries()) {
    if (level.id === 'none')
      out.push(
        diag(source.file, 'reserved-id', msg('rules.reserved-level-id'), locate(source, ['levels', i, 'id']), 'error', {
          id: level.id,
        }),
      );
  }

  for (let i = 1; i < levels.length; i++) {
    const previous = levels[i - 1];
    const level = levels[i];
    if (previous && level && !(level.min > previous.min)) {
      out.push(
        diag(
          source.file,
          'level-order',
          msg('rules.level-order', { id: level.id, min: level.min, previous: previous.id, previousMin: previous.min }),
          locate(source, ['levels', i, 'min']),
        ),
      );
    }
  }

  for (const [i, scale] of (file.scales ?? []).entries()) {
    const seen = new Set<number>();
    for (const [j, option] of scale.options.entries()) {
      if (seen.has(option.value)) {
        out.push(
          diag(
            source.file,
            'duplicate-option-value',
            msg('rules.duplicate-option-value', { scale: scale.id, value: option.value }),
            locate(source, ['scales', i, 'options', j, 'value']),
          ),
        );
      }
      seen.add(option.value);
    }
  }

  const levelIds = levels.map((l) => l.id);
  if (levelIds.length > 0) out.push(...levelKeyRules(source, dimensions, levelIds));
  out.push(...textRules(source, file));
  return out;
}

/** nextSteps and levelDescriptions are keyed by level id: each key must be a level. */
/** Every dimension and subdimension with its data path, each dimension before its subdimensions. */
function unitPaths(dimensions: readonly Dimension[]): { unit: Subdimension; path: PathSegment[] }[] {
  return dimensions.flatMap((d, i) => [
    { unit: d, path: ['dimensions', i] as PathSegment[] },
    ...(d.subdimensions ?? []).map((s, j) => ({
      unit: s,
      path: ['dimensions', i, 'subdimensions', j] as PathSegment[],
    })),
  ]);
}

function levelKeyRules(source: SourceFile, dimensions: Dimension[], levelIds: string[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { unit, path } of unitPaths(dimensions)) {
    for (const key of ['nextSteps', 'levelDescriptions'] as const) {
      for (const levelId of Object.keys(unit[key] ?? {})) {
        // `none`: the steps for a unit below the first level.
        if (key === 'nextSteps' && levelId === 'none') continue;
        if (!levelIds.includes(levelId)) {
          out.push(
            diag(
              source.file,
              'unresolved-reference',
              msg('rules.not-a-level', { level: levelId, key, unit: unit.id, suggestion: closest(levelId, levelIds) }),
              locate(source, [...path, key, levelId], 'key'),
              'error',
              { id: levelId },
            ),
          );
        }
      }
    }
  }
  return out;
}

function textRules(source: SourceFile, file: QuestionnaireFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  const languages = file.languages;
  for (const { path, text } of questionnaireTexts(file)) {
    const values: [PathSegment[], unknown][] =
      typeof text === 'string' ? [[path, text]] : Object.entries(text).map(([l, value]) => [[...path, l], value]);
    for (const [valuePath, value] of values) {
      // Only a text that reads yes/no/on/off needs to know how it was written: the others never
      // make the file's positions be worked out (a cached questionnaire is not parsed again).
      if (typeof value !== 'string' || !YAML11_BOOLEAN.test(value)) continue;
      const written = scalarAt(source, valuePath);
      if (written?.plain && YAML11_BOOLEAN.test(written.text)) {
        out.push(
          diag(
            source.file,
            'yaml11-boolean',
            msg('rules.yaml11-boolean', { value: written.text }),
            locate(source, valuePath),
            'warning',
          ),
        );
      }
    }
    if (typeof text === 'string') continue;
    const missing = languages.filter((l) => !Object.hasOwn(text, l));
    if (missing.length > 0) {
      out.push(
        diag(
          source.file,
          'missing-translation',
          msg('rules.missing-translation', { missing, languages: [...languages] }),
          locate(source, path),
          'warning',
          { missing },
        ),
      );
    }
    for (const language of Object.keys(text)) {
      if (!languages.includes(language)) {
        out.push(
          diag(
            source.file,
            'undeclared-language',
            msg('rules.undeclared-language', { language, languages: [...languages] }),
            locate(source, [...path, language], 'key'),
            'warning',
          ),
        );
      }
    }
  }
  return out;
}

/**
 * Where a merged questionnaire's parts were defined: the questionnaire file itself, or the model
 * file it takes levels, scales and dimensions from.
 */
export interface Origins {
  questionnaire: SourceFile;
  dimensions: SourceFile;
  /** Path of `model:` in the questionnaire, to point at when the model's part is at fault. */
  modelKey: PathSegment[] | undefined;
}

/** Rules over the merged questionnaire: references between questions and the model. */
export function mergedRules(q: Questionnaire, origins: Origins): Diagnostic[] {
  const out: Diagnostic[] = [];
  const src = origins.questionnaire;
  const scaleIds = q.scales.map((s) => s.id);
  const dimensionsById = new Map(q.dimensions.map((d) => [d.id, d]));
  const subdimensionIds = new Map(q.dimensions.flatMap((d) => (d.subdimensions ?? []).map((s) => [s.id, d] as const)));
  const linked = new Map<string, number>();
  const tree = unitTree(q);
  const levelIds = q.levels.map((l) => l.id);
  const gated = (q.scoring.rollup?.questions ?? q.scoring.method) === 'gated';

  if (gated) {
    for (const [i, level] of q.levels.entries()) {
      if (level.min !== i + 1)
        out.push(
          diag(
            src.file,
            'gated-level-min',
            msg('rules.gated-level-min', { level: level.id, min: level.min, rank: i + 1 }),
            locate(src, ['scoring', 'rollup', 'questions']),
          ),
        );
    }
  } else {
    // Keys that only a gated unit reads: without one they would be ignored without a word.
    if (q.scoring.gate !== undefined)
      out.push(
        diag(
          src.file,
          'gated-key-unused',
          msg('rules.gated-key-unused', { keys: ['scoring.gate'] }),
          locate(src, ['scoring', 'gate'], 'key'),
          'warning',
        ),
      );
    for (const [i, question] of q.questions.entries()) {
      const keys = (['level', 'step'] as const).filter((key) => question[key] !== undefined);
      if (keys.length > 0)
        out.push(
          diag(
            src.file,
            'gated-key-unused',
            msg('rules.gated-key-unused', { keys: [...keys], question: question.id }),
            locate(src, ['questions', i, keys[0]!], 'key'),
            'warning',
          ),
        );
    }
  }

  for (const [i, question] of q.questions.entries()) {
    const at = (key: string) => locate(src, ['questions', i, key]);
    if (question.level !== undefined && !levelIds.includes(question.level)) {
      out.push(
        diag(
          src.file,
          'unresolved-reference',
          msg('rules.unknown-level', {
            question: question.id,
            level: question.level,
            suggestion: closest(question.level, levelIds),
          }),
          at('level'),
          'error',
          { id: question.level },
        ),
      );
    } else if (gated && question.level === undefined) {
      out.push(
        diag(
          src.file,
          'gated-question-level',
          msg('rules.gated-question-level', {
            question: question.id,
            unit: question.subdimension ?? question.dimension ?? '',
          }),
          at('id'),
        ),
      );
    }
    out.push(...groupRules(src, question, i, tree.byId.get(question.subdimension ?? question.dimension ?? '')));
    const scale = q.scales.find((s) => s.id === question.scale);
    if (!scale) {
      out.push(
        diag(
          src.file,
          'unresolved-reference',
          msg('rules.unknown-scale', {
            question: question.id,
            scale: question.scale,
            suggestion: closest(question.scale, scaleIds),
          }),
          at('scale'),
          'error',
          { id: question.scale },
        ),
      );
    } else if (question.options) {
      const want = scale.options.map((o) => o.value).sort((a, b) => a - b);
      // Options below the legal floor may add values the scale lacks, each under its lowest: a breach scores below
      // the first level instead of as an ordinary lowest answer.
      const lowest = want[0] ?? -Infinity;
      const added = (o: ScaleOption) => o.belowLegalFloor === true && !want.includes(o.value);
      for (const [j, option] of question.options.entries()) {
        if (added(option) && !(option.value < lowest))
          out.push(
            diag(
              src.file,
              'question-options',
              msg('rules.below-floor-value', { question: question.id, value: option.value, scale: scale.id, lowest }),
              locate(src, ['questions', i, 'options', j, 'value']),
            ),
          );
      }
      const got = question.options
        .filter((o) => !added(o))
        .map((o) => o.value)
        .sort((a, b) => a - b);
      if (want.join() !== got.join()) {
        out.push(
          diag(
            src.file,
            'question-options',
            msg('rules.question-options', { question: question.id, got, scale: scale.id, want }),
            at('options'),
          ),
        );
      }
    }
    if (question.subdimension !== undefined) {
      if (!subdimensionIds.has(question.subdimension)) {
        const isDimension = dimensionsById.has(question.subdimension);
        const suggestion = isDimension ? undefined : closest(question.subdimension, subdimensionIds.keys());
        out.push(
          diag(
            src.file,
            'unresolved-reference',
            msg('rules.unknown-subdimension', {
              question: question.id,
              subdimension: question.subdimension,
              isDimension,
              suggestion,
            }),
            at('subdimension'),
            'error',
            { id: question.subdimension },
          ),
        );
      } else {
        linked.set(question.subdimension, (linked.get(question.subdimension) ?? 0) + 1);
      }
    } else if (question.dimension !== undefined) {
      const dimension = dimensionsById.get(question.dimension);
      if (!dimension) {
        out.push(
          diag(
            src.file,
            'unresolved-reference',
            msg('rules.unknown-dimension', {
              question: question.id,
              dimension: question.dimension,
              suggestion: closest(question.dimension, dimensionsById.keys()),
            }),
            at('dimension'),
            'error',
            { id: question.dimension },
          ),
        );
      } else if (dimension.subdimensions?.length) {
        out.push(
          diag(
            src.file,
            'question-link',
            msg('rules.question-link', { dimension: dimension.id, question: question.id }),
            at('dimension'),
          ),
        );
      } else {
        linked.set(dimension.id, (linked.get(dimension.id) ?? 0) + 1);
      }
    }
  }

  // Every unit and group a score is computed for needs a question; otherwise its score is always empty.
  const fromModel = origins.dimensions !== src;
  const empty = (kind: 'dimension' | 'subdimension' | 'group', id: string, path: PathSegment[]) =>
    diag(
      src.file,
      'empty-dimension',
      msg('rules.empty-dimension', { kind, id, fromModel }),
      fromModel && origins.modelKey ? locate(src, origins.modelKey) : locate(origins.dimensions, path),
      'error',
      { id },
    );
  for (const leaf of tree.leaves) {
    const path = unitPath(q.dimensions, leaf.id);
    if (!linked.has(leaf.id)) out.push(empty(leaf.kind, leaf.id, path));
    // A unit without questions has no group with any: one finding says it.
    else
      for (const [k, g] of leaf.groups.entries())
        if (g.questions.length === 0) out.push(empty('group', g.id, [...path.slice(0, -1), 'groups', k, 'id']));
  }

  if (!fromModel) out.push(...nextStepRules(q, origins.dimensions, (id) => linked.has(id)));
  if (!gated) out.push(...belowFirstLevelStepRules(q, src, (id) => linked.has(id)));
  out.push(...migrationQuestionRules(q, src));
  return out;
}

/** A question's `group`: required in a unit that has groups, and one of that unit's (a unit that does not resolve is found elsewhere). */
function groupRules(src: SourceFile, question: Question, i: number, unit: Unit | undefined): Diagnostic[] {
  if (!unit || unit.children.length > 0) return [];
  const ids = unit.groups.map((g) => g.id);
  if (question.group === undefined)
    return ids.length > 0
      ? [
          diag(
            src.file,
            'question-group',
            msg('rules.question-group', { question: question.id, unit: unit.id, groups: ids }),
            locate(src, ['questions', i, 'id']),
          ),
        ]
      : [];
  if (ids.includes(question.group)) return [];
  return [
    diag(
      src.file,
      'unresolved-reference',
      msg('rules.unknown-group', {
        question: question.id,
        group: question.group,
        unit: unit.id,
        suggestion: closest(question.group, ids),
      }),
      locate(src, ['questions', i, 'group']),
      'error',
      { id: question.group },
    ),
  ];
}

export function unitPath(dimensions: readonly Dimension[], id: string): PathSegment[] {
  for (const [i, d] of dimensions.entries()) {
    if (d.id === id) return ['dimensions', i, 'id'];
    const j = (d.subdimensions ?? []).findIndex((s) => s.id === id);
    if (j >= 0) return ['dimensions', i, 'subdimensions', j, 'id'];
  }
  return ['dimensions'];
}

/**
 * Every level below the top needs next steps for each unit that is scored, or a report has nothing
 * to recommend. A model file is checked for all its units; a questionnaire for the ones it asks about.
 */
export function nextStepRules(
  q: Pick<Questionnaire, 'levels' | 'dimensions'>,
  source: SourceFile,
  isScored: (id: string) => boolean,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const below = q.levels.slice(0, -1).map((l) => l.id);
  for (const leaf of unitTree(q).leaves) {
    if (!isScored(leaf.id)) continue;
    const missing = below.filter((l) => nextStepsAt(leaf, l).length === 0);
    if (missing.length > 0) {
      out.push(
        diag(
          source.file,
          'missing-next-steps',
          msg('rules.missing-next-steps', { unit: leaf.id, levels: missing }),
          locate(source, unitPath(q.dimensions, leaf.id)),
          'warning',
          { id: leaf.id, levels: missing },
        ),
      );
    }
  }
  return out;
}

/**
 * A scored unit one of whose questions offers a value below the first level's `min` (an answer
 * below the legal floor, typically) can score below the first level: its next steps then come from
 * `none`, its own or its dimension's. Without them the units furthest behind get no advice. Only
 * questionnaires are checked (a model has no questions), and not gated ones: there a rank comes
 * from the questions that pass, not from the values.
 */
function belowFirstLevelStepRules(q: Questionnaire, src: SourceFile, isScored: (id: string) => boolean): Diagnostic[] {
  const first = q.levels[0];
  // Levels out of order are a `level-order` error already; which one is first is then unclear.
  const ordered = q.levels.every((level, i) => i === 0 || level.min > q.levels[i - 1]!.min);
  if (first === undefined || !ordered) return [];
  const out: Diagnostic[] = [];
  for (const leaf of unitTree(q).leaves) {
    if (!isScored(leaf.id) || nextStepsAt(leaf, 'none').length > 0) continue;
    const reason = belowFirstLevelOption(q, leaf, first.min);
    if (reason === undefined) continue;
    out.push(
      diag(
        src.file,
        'missing-next-steps',
        msg('rules.missing-none-steps', {
          unit: leaf.id,
          question: reason.question,
          value: reason.value,
          min: first.min,
        }),
        locate(src, reason.path),
        'warning',
        { id: leaf.id, levels: ['none'] },
      ),
    );
  }
  return out;
}

/** The first question of a unit with an option below `min`, and where to point: its own option, else its `scale`. */
function belowFirstLevelOption(
  q: Questionnaire,
  unit: Unit,
  min: number,
): { question: string; value: number; path: PathSegment[] } | undefined {
  for (const [i, question] of q.questions.entries()) {
    if (!unit.questions.includes(question.id)) continue;
    if (question.options !== undefined) {
      const j = question.options.findIndex((o) => o.value < min);
      const option = question.options[j];
      if (option) return { question: question.id, value: option.value, path: ['questions', i, 'options', j, 'value'] };
    } else {
      const option = q.scales.find((s) => s.id === question.scale)?.options.find((o) => o.value < min);
      if (option) return { question: question.id, value: option.value, path: ['questions', i, 'scale'] };
    }
  }
  return undefined;
}
