/**
 * Checks a list of files of every kind, as `datascan validate` does: each file once, in order.
 * Questionnaires among the files can be named by id in answer files among them (whatever order
 * they come in) and win over questionnaires of the same id known before; an answer file checked
 * before the questionnaire it names turned up is checked again at the end. A questionnaire's model
 * file is checked with it, so its findings are reported too.
 */
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';
import { isFormat } from '../util/file-formats.js';
import { isQuestionnairePath, type Workspace } from './workspace.js';

export interface ValidateFilesOptions {
  /** Checks a CSV answer file (read outside the workspace: CSV exports may be large). */
  checkCsv?(file: string): readonly Diagnostic[];
  /** Checks an .xlsx answer workbook (read outside the workspace, which reads text). */
  checkWorkbook?(file: string): readonly Diagnostic[];
}

/** Findings per file (absolute path), in the order the files were given; model files after them. */
export function validateFiles(
  workspace: Workspace,
  files: readonly string[],
  options: ValidateFilesOptions = {},
): Map<string, readonly Diagnostic[]> {
  const found = new Map<string, readonly Diagnostic[]>();
  const answersNaming = new Map<string, string[]>();
  const again = new Set<string>();
  /** Model files by absolute path, with the questionnaires that name them and how. */
  const models = new Map<string, { questionnaire: string; model: string }[]>();
  for (const file of files) {
    const key = path.resolve(file);
    if (found.has(key)) continue;
    if (isFormat(file, 'csv')) {
      found.set(key, options.checkCsv?.(file) ?? []);
      continue;
    }
    if (isFormat(file, 'xlsx')) {
      found.set(key, options.checkWorkbook?.(file) ?? []);
      continue;
    }
    // Answer files are not kept: thousands of them must not all stay in memory.
    const checked = workspace.loadUncached(file);
    found.set(key, checked.diagnostics);
    // The parsed data, schema-valid or not: a questionnaire with a typo is still the one meant.
    const data = checked.source?.data as { id?: unknown; model?: unknown; questionnaire?: unknown } | undefined;
    if (checked.kind === 'questionnaire' && typeof data?.id === 'string') {
      const known = workspace.catalog.get(data.id);
      if (known === undefined || path.resolve(known) !== key) {
        workspace.catalog.set(data.id, file);
        for (const answers of answersNaming.get(data.id) ?? []) again.add(answers);
      }
      if (typeof data.model === 'string') {
        const model = path.resolve(workspace.modelPath(file, data.model));
        models.set(model, [...(models.get(model) ?? []), { questionnaire: file, model: data.model }]);
      }
    }
    if (
      checked.kind === 'answers' &&
      typeof data?.questionnaire === 'string' &&
      !isQuestionnairePath(data.questionnaire)
    ) {
      const list = answersNaming.get(data.questionnaire) ?? [];
      list.push(file);
      answersNaming.set(data.questionnaire, list);
    }
  }
  for (const file of again) found.set(path.resolve(file), workspace.loadUncached(file).diagnostics);
  for (const [model, namedBy] of models) {
    if (found.has(model)) continue;
    // A model that cannot be read, or that no questionnaire naming it may lead to, is already a
    // finding of the questionnaires naming it.
    for (const { questionnaire, model: ref } of namedBy) {
      const loaded = workspace.loadModel(questionnaire, ref);
      if (loaded === undefined) continue;
      if (loaded.source) found.set(model, loaded.diagnostics);
      break;
    }
  }
  return found;
}
