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
import { say, tool } from './messages.js';
import { expandPaths, nodeHost, realPath, type Warn } from './file-host.js';
import { shippedQuestionnairesDir } from './paths.js';
import { safeLine } from '../util/safe-text.js';

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
  /**
   * Told, in one line, of every questionnaire in `dirs` that takes the place of a shipped one of the
   * same id, and of entries in them that are left out, in English (`line`) and as a text to say in
   * another language. Default: entries left out on stderr, in English; questionnaires not told.
   */
  warn?: Warn;
}

/**
 * A workspace reading files from disk, whose catalogue holds the questionnaires (not models) in
 * `dirs` and the shipped folder. A folder that does not exist, or is a file, is an error.
 */
export function openWorkspace(options: OpenWorkspaceOptions = {}): Workspace {
  const { unknownQuestionnaireHint, referencesAnywhere, outsideReferenceHint } = options;
  const workspace = new Workspace(nodeHost, new Map(), fileCheckCache(options.cache ?? false), {
    ...(unknownQuestionnaireHint !== undefined ? { unknownQuestionnaireHint } : {}),
    ...(referencesAnywhere !== undefined ? { referencesAnywhere } : {}),
    ...(outsideReferenceHint !== undefined ? { outsideReferenceHint } : {}),
  });
  const dirs = [...(options.dirs ?? []), shippedQuestionnairesDir()];
  for (const [index, dir] of dirs.entries()) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(dir);
    } catch {
      throw new UserError(tool('input.no-such-folder', { path: dir }), EXIT.usage);
    }
    // A file would be read as if its folder held only it: a questionnaire given where a folder was
    // meant works by accident, anything else is left out without a word.
    if (!stat.isDirectory()) throw new UserError(tool('input.not-a-folder', { path: dir }), EXIT.usage);
    const shadowed = workspace.registerQuestionnaires(expandPaths([dir], QUESTIONNAIRE_FILE, options.warn));
    // One's own copy winning is how a shipped questionnaire is overridden, but it must not happen
    // unnoticed: answer files naming the id are then checked and scored against the copy. The
    // shipped folder given with --dir is no copy.
    if (index === dirs.length - 1 && options.warn)
      for (const { id, file, by } of shadowed)
        if (realPath(file) !== realPath(by)) {
          const said = tool('questionnaire.shadows', { by: safeLine(by), id: safeLine(id), file: safeLine(file) });
          options.warn(say(said, 'en'), said);
        }
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
