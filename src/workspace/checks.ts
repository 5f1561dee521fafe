/**
 * One questionnaire or one answer file checked, with the result a front end needs: the merged
 * questionnaire or the answer set when there are no errors, and every finding. From a workspace,
 * or from text alone.
 */
import type { AnswerSet } from '../answers/types.js';
import { diag } from '../diagnostics/diag.js';
import { msg } from '../diagnostics/messages.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Questionnaire } from '../questionnaire/types.js';
import { memoryHost } from './memory-host.js';
import { validateFiles } from './validate-files.js';
import { Workspace, type CheckedFile, type FileKind } from './workspace.js';

export interface QuestionnaireCheck {
  /** The questionnaire with its model file merged in; only when neither has errors. */
  questionnaire?: Questionnaire;
  /** The questionnaire's findings, then those of the model file it names. */
  diagnostics: Diagnostic[];
}

export interface AnswersCheck {
  /** The answers, normalised; only when there are no errors. */
  answers?: AnswerSet;
  /** The questionnaire the answers name, when it is known and has no errors. */
  questionnaire?: Questionnaire;
  diagnostics: Diagnostic[];
}

/** A file of another kind than the one asked for: one finding that says so, instead of its own. */
function wrongKind(checked: CheckedFile, expected: 'questionnaire' | 'answers', kind: Exclude<FileKind, 'unknown'>) {
  return [diag(checked.file, 'unknown-kind', msg('kind.wrong', { kind, expected }))];
}

/** A questionnaire file, with the model file it names. */
export function checkQuestionnaireFile(workspace: Workspace, file: string): QuestionnaireCheck {
  const checked = workspace.load(file);
  if (checked.kind !== 'questionnaire' && checked.kind !== 'unknown')
    return { diagnostics: wrongKind(checked, 'questionnaire', checked.kind) };
  // Checks the model file too (the questionnaire itself is checked already).
  const found = validateFiles(workspace, [file]);
  return {
    ...(checked.questionnaire ? { questionnaire: checked.questionnaire } : {}),
    diagnostics: [...found.values()].flat(),
  };
}

/** An answer file (YAML or JSON), against the questionnaire it names. */
export function checkAnswerFile(workspace: Workspace, file: string): AnswersCheck {
  const checked = workspace.load(file);
  if (checked.kind !== 'answers' && checked.kind !== 'unknown')
    return { diagnostics: wrongKind(checked, 'answers', checked.kind) };
  return {
    ...(checked.answers ? { answers: checked.answers } : {}),
    ...(checked.questionnaire ? { questionnaire: checked.questionnaire } : {}),
    diagnostics: checked.diagnostics,
  };
}

export interface QuestionnaireTextOptions {
  /** The name findings give the text; its `model` path is relative to it. Default `questionnaire.yaml`. */
  file?: string;
  /** The model files the questionnaire may name: name (as the `model` path resolves) → text. */
  models?: Readonly<Record<string, string>>;
}

/** A questionnaire given as YAML or JSON text. */
export function checkQuestionnaireText(text: string, options: QuestionnaireTextOptions = {}): QuestionnaireCheck {
  const file = options.file ?? 'questionnaire.yaml';
  return checkQuestionnaireFile(new Workspace(memoryHost({ ...options.models, [file]: text })), file);
}

export interface AnswersTextOptions {
  /** The name findings give the text. Default `answers.yaml`. */
  file?: string;
  /** The questionnaires the answers may name by id: checked ones (`checkQuestionnaireText`, `loadQuestionnaire`). */
  questionnaires?: readonly Questionnaire[];
}

/** An answer file given as YAML or JSON text. */
export function checkAnswersText(text: string, options: AnswersTextOptions = {}): AnswersCheck {
  const file = options.file ?? 'answers.yaml';
  const workspace = new Workspace(memoryHost({ [file]: text }));
  // Named so that no file can be taken for it.
  for (const q of options.questionnaires ?? []) workspace.addQuestionnaire(q, `<${q.id}>`);
  return checkAnswerFile(workspace, file);
}
