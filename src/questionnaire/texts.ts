/** Every human text of a questionnaire file, with its data path: for translation and YAML checks. */
import type { PathSegment } from '../source/locate.js';
import type { Dimension, QuestionnaireFile, ScaleOption, Subdimension, Text } from './types.js';

export interface TextAt {
  path: PathSegment[];
  text: Text;
}

function* optionTexts(options: ScaleOption[] | undefined, base: PathSegment[]): Generator<TextAt> {
  for (const [i, o] of (options ?? []).entries()) {
    yield { path: [...base, i, 'label'], text: o.label };
    if (o.description !== undefined) yield { path: [...base, i, 'description'], text: o.description };
  }
}

function* unitTexts(unit: Subdimension | Dimension, base: PathSegment[]): Generator<TextAt> {
  yield { path: [...base, 'name'], text: unit.name };
  if (unit.description !== undefined) yield { path: [...base, 'description'], text: unit.description };
  for (const [level, steps] of Object.entries(unit.nextSteps ?? {})) {
    for (const [i, step] of steps.entries()) yield { path: [...base, 'nextSteps', level, i], text: step };
  }
  for (const [level, text] of Object.entries(unit.levelDescriptions ?? {})) {
    yield { path: [...base, 'levelDescriptions', level], text };
  }
  for (const [i, group] of (unit.groups ?? []).entries()) {
    yield { path: [...base, 'groups', i, 'name'], text: group.name };
    if (group.description !== undefined) yield { path: [...base, 'groups', i, 'description'], text: group.description };
  }
}

export function* questionnaireTexts(file: QuestionnaireFile): Generator<TextAt> {
  yield { path: ['title'], text: file.title };
  if (file.description !== undefined) yield { path: ['description'], text: file.description };
  for (const [i, level] of (file.levels ?? []).entries()) {
    yield { path: ['levels', i, 'name'], text: level.name };
    if (level.description !== undefined) yield { path: ['levels', i, 'description'], text: level.description };
  }
  if (file.levelTerm !== undefined) {
    yield { path: ['levelTerm', 'singular'], text: file.levelTerm.singular };
    yield { path: ['levelTerm', 'plural'], text: file.levelTerm.plural };
  }
  for (const [i, scale] of (file.scales ?? []).entries()) {
    if (scale.description !== undefined) yield { path: ['scales', i, 'description'], text: scale.description };
    yield* optionTexts(scale.options, ['scales', i, 'options']);
  }
  for (const [i, dimension] of (file.dimensions ?? []).entries()) {
    yield* unitTexts(dimension, ['dimensions', i]);
    for (const [j, sub] of (dimension.subdimensions ?? []).entries()) {
      yield* unitTexts(sub, ['dimensions', i, 'subdimensions', j]);
    }
  }
  for (const [i, q] of (file.questions ?? []).entries()) {
    yield { path: ['questions', i, 'text'], text: q.text };
    if (q.help !== undefined) yield { path: ['questions', i, 'help'], text: q.help };
    if (q.step !== undefined) yield { path: ['questions', i, 'step'], text: q.step };
    for (const [j, c] of (q.criteria ?? []).entries()) yield { path: ['questions', i, 'criteria', j], text: c };
    yield* optionTexts(q.options, ['questions', i, 'options']);
  }
}
