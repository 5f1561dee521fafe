/**
 * Workspaces over the file system: the shipped questionnaires, and those in folders one names,
 * known by id; a questionnaire loaded by id or by path.
 */
import type { Phrase } from '../diagnostics/messages.js';
import fs from 'node:fs';
import { formatPattern, STRUCTURED } from '../util/file-formats.js';
import { didYouMean } from '../util/suggest.js';
import { checkQuestionnaireFile, type QuestionnaireCheck } from '../workspace/checks.js';
import { isQuestionnairePath, Workspace } from '../workspace/workspace.js';
import { fileCheckCache } from './check-cache-store.js';
import { EXIT, UserError } from './errors.js';
import { tool } from './messages.js';
import { expandPaths, nodeHost } from './file-host.js';
import { shippedQuestionnairesDir } from './paths.js';

/** Questionnaires are YAML, or JSON (e.g. what `show --format json` wrote). */
const QUESTIONNAIRE_FILE = formatPattern(STRUCTURED);

export interface OpenWorkspaceOptions {
  /** Folders with questionnaires of one's own: earlier folders win, and all win over the shipped ones. */
  dirs?: readonly string[];
  /** Whether checks of unchanged questionnaires are kept in datascan's cache folder, and read back. Default false. */
  cache?: boolean;
  /** Said after the known questionnaires when an answer file names one that is not among them. */
  unknownQuestionnaireHint?: Phrase;
  /**
   * Whether files named inside files (a model, a questionnaire) may lie anywhere. Default false:
   * only in the naming file's folder or the working folder (or below them), or a known questionnaire.
   */
  referencesAnywhere?: boolean;
  /** Said after a reference refused for where it leads: how to permit it. */
  outsideReferenceHint?: Phrase;
}

/**
 * A workspace reading files from disk, whose catalogue holds the questionnaires (not models) in
 * `dirs` and the shipped folder. A folder that does not exist is an error.
 */
export function openWorkspace(options: OpenWorkspaceOptions = {}): Workspace {
  const { unknownQuestionnaireHint, referencesAnywhere, outsideReferenceHint } = options;
  const workspace = new Workspace(nodeHost, new Map(), fileCheckCache(options.cache ?? false), {
    ...(unknownQuestionnaireHint !== undefined ? { unknownQuestionnaireHint } : {}),
    ...(referencesAnywhere !== undefined ? { referencesAnywhere } : {}),
    ...(outsideReferenceHint !== undefined ? { outsideReferenceHint } : {}),
  });
  for (const dir of [...(options.dirs ?? []), shippedQuestionnairesDir()]) {
    if (!fs.existsSync(dir)) throw new UserError(tool('input.no-such-folder', { path: dir }), EXIT.usage);
    workspace.registerQuestionnaires(expandPaths([dir], QUESTIONNAIRE_FILE));
  }
  return workspace;
}

/** Either a workspace to read through, or the options to open one with. */
export interface WorkspaceChoice extends OpenWorkspaceOptions {
  /** Read through this workspace (its catalogue, what it has read already); the other options are then not used. */
  workspace?: Workspace;
}

export function workspaceFor(choice: WorkspaceChoice): Workspace {
  return choice.workspace ?? openWorkspace(choice);
}

/** The file a questionnaire reference names: the path itself, or the catalogue's file for an id. */
export function questionnaireFile(ref: string, workspace: Workspace): string | undefined {
  return isQuestionnairePath(ref) ? ref : workspace.catalog.get(ref);
}

export interface LoadedQuestionnaireFile extends QuestionnaireCheck {
  file: string;
}

/**
 * A questionnaire by id (shipped, or in `dirs`) or by path, checked with its model file: the
 * questionnaire when neither has errors, and every finding. An id nobody knows is an error.
 */
export function loadQuestionnaire(ref: string, options: WorkspaceChoice = {}): LoadedQuestionnaireFile {
  const workspace = workspaceFor(options);
  const file = questionnaireFile(ref, workspace);
  if (file === undefined) {
    const known = [...workspace.catalog.keys()];
    throw new Error(`unknown questionnaire \`${ref}\`${didYouMean(ref, known)} (known: ${known.join(', ')})`);
  }
  return { file, ...checkQuestionnaireFile(workspace, file) };
}
