/** Finds questionnaires by id: the shipped ones and those in folders the user names with --dir. */
import fs from 'node:fs';
import { Workspace, type CheckedFile } from '../questionnaire/workspace.js';
import { fileCheckCache } from './check-cache.js';
import { EXIT, expandPaths, nodeHost, shippedQuestionnairesDir, UserError } from './io.js';

const YAML_FILE = /\.ya?ml$/i;

/**
 * Fills the workspace's catalogue with the questionnaires (not models) in the folders given with
 * --dir and the shipped folder. Earlier folders win: a user's copy overrides the shipped one.
 */
export function openWorkspace(extraDirs: readonly string[] = []): Workspace {
  const workspace = new Workspace(nodeHost, new Map(), fileCheckCache(!process.argv.includes('--no-cache')));
  for (const dir of [...extraDirs, shippedQuestionnairesDir()]) {
    if (!fs.existsSync(dir)) throw new UserError(`no such folder: ${dir}`, EXIT.usage);
    for (const file of expandPaths([dir], YAML_FILE)) {
      const data = workspace.load(file).source?.data as { id?: unknown; questions?: unknown } | undefined;
      if (data && typeof data.id === 'string' && 'questions' in data && !workspace.catalog.has(data.id)) {
        workspace.catalog.set(data.id, file);
      }
    }
  }
  return workspace;
}

/** A questionnaire named by id or path, loaded and checked. */
export function loadQuestionnaireRef(ref: string, workspace: Workspace): CheckedFile {
  const file = /[\\/]|\.(ya?ml|json)$/i.test(ref) ? ref : workspace.catalog.get(ref);
  if (!file) {
    const known = [...workspace.catalog.keys()].join(', ');
    throw new UserError(`unknown questionnaire \`${ref}\` (known: ${known}); give an id from \`datascan list\` or a path`, EXIT.findings);
  }
  return workspace.load(file);
}
