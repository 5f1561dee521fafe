/** Finds questionnaires by id: the shipped ones and those in folders the user names with --dir. */
import { formatDiagnosticLine } from '../diagnostics/types.js';
import type { CheckedFile, Workspace } from '../workspace/workspace.js';
import type { Questionnaire } from '../questionnaire/types.js';
import { matchLanguage } from '../util/language.js';
import { safeLine } from '../util/safe-text.js';
import { didYouMean } from '../util/suggest.js';
import { EXIT, UserError } from '../node/errors.js';
import { openWorkspace as openNodeWorkspace, questionnaireFile } from '../node/workspace.js';

/**
 * A workspace whose catalogue holds the questionnaires (not models) in the folders given with
 * --dir and the shipped folder. Earlier folders win: a user's copy overrides the shipped one, with
 * a warning on stderr.
 * `allowOutside` (--allow-outside): files named inside files may lie anywhere.
 */
export function openWorkspace(extraDirs: readonly string[], useCache: boolean, allowOutside = false): Workspace {
  return openNodeWorkspace({
    dirs: extraDirs,
    cache: useCache,
    unknownQuestionnaireHint: 'use --dir to add a folder',
    referencesAnywhere: allowOutside,
    outsideReferenceHint: '--allow-outside reads it',
    warn: (line) => void process.stderr.write(`datascan: ${line}\n`),
  });
}

/** A questionnaire named by id or path: loaded and checked, or why there is none. */
export interface NamedQuestionnaire {
  /** The file it names (undefined for an id nobody knows). */
  file?: string;
  checked?: CheckedFile;
  questionnaire?: Questionnaire;
  /** Why there is no questionnaire, in one line; its first finding, where it has one. */
  problem?: string;
  /** Exit status that problem stands for: 2 when the file cannot be read, else 1. */
  exitCode?: number;
}

export function findQuestionnaire(ref: string, workspace: Workspace): NamedQuestionnaire {
  const file = questionnaireFile(ref, workspace);
  if (!file) {
    const known = [...workspace.catalog.keys()].join(', ');
    return {
      problem: `unknown questionnaire \`${ref}\`${didYouMean(ref, workspace.catalog.keys())} (known: ${known}); give an id from \`datascan list\` or a path`,
      exitCode: EXIT.findings,
    };
  }
  const checked = workspace.load(file);
  if (checked.questionnaire) return { file, checked, questionnaire: checked.questionnaire };
  const first = checked.diagnostics.find((d) => d.severity === 'error');
  if (!first)
    return {
      file,
      checked,
      problem: `${ref} is not a questionnaire (it is ${checked.kind === 'answers' ? 'an answer file' : checked.kind === 'model' ? 'a model file' : checked.kind === 'profile' ? 'a profile' : checked.kind === 'test' ? 'a test file' : 'not one'})`,
      exitCode: EXIT.findings,
    };
  const unreadable = first.rule === 'file-not-found' || first.rule === 'file-unreadable';
  return { file, checked, problem: formatDiagnosticLine(first), exitCode: unreadable ? EXIT.usage : EXIT.findings };
}

/**
 * A questionnaire named by id or path that commands can work with; otherwise a user error: its
 * first finding as file:line:column, exit 2 when it cannot be read, 1 when it is not valid.
 */
export function requireQuestionnaire(ref: string, workspace: Workspace): Questionnaire {
  const found = findQuestionnaire(ref, workspace);
  if (found.questionnaire) return found.questionnaire;
  throw new UserError(found.problem ?? ref, found.exitCode ?? EXIT.findings);
}

/** The questionnaire given with --questionnaire for CSV answers, which do not name theirs. */
export function csvQuestionnaireFrom(ref: string | undefined, workspace: Workspace): Questionnaire | undefined {
  if (ref === undefined) return undefined;
  const found = csvQuestionnaireFound(ref, workspace);
  if (found.questionnaire) return found.questionnaire;
  throw new UserError(`--questionnaire ${ref}: ${found.problem ?? ''}`, found.exitCode ?? EXIT.findings);
}

/**
 * The questionnaire given with --questionnaire, found as findQuestionnaire does; a questionnaire
 * named by path is then known by its id too, so answer files may name it.
 */
export function csvQuestionnaireFound(ref: string, workspace: Workspace): NamedQuestionnaire {
  const found = findQuestionnaire(ref, workspace);
  const id = found.questionnaire?.id;
  if (found.file && id !== undefined && !workspace.catalog.has(id)) workspace.catalog.set(id, found.file);
  return found;
}

/**
 * The line every command says when --lang names a language a questionnaire has no texts in (its
 * texts then come in its first language), or undefined when it has them.
 */
export function noTextsWarning(q: Questionnaire, lang: string | undefined): string | undefined {
  if (lang === undefined || matchLanguage(q.languages, lang) !== undefined) return undefined;
  return `datascan: \`${q.id}\` has no texts in \`${lang}\`; using ${q.languages[0] ?? 'en'}`;
}

/**
 * The line `score --aggregate` and `compare` say when the answer sets scored together name
 * different organisations (so the profile names none); `where` is the side of a comparison.
 */
export function mixedOrganisationsWarning(names: readonly string[], where?: string): string {
  const spellings = names.map((name) => `"${safeLine(name)}"`).join(', ');
  return `datascan: ${where !== undefined ? `${safeLine(where)}: ` : ''}the answers name ${names.length} organisations (${spellings}), so the profile names none; give --organisation NAME to name it`;
}

/** The name given with --organisation, trimmed; a blank one is a usage error rather than "no name". */
export function organisationOption(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const trimmed = name.trim();
  if (trimmed === '') throw new UserError('--organisation: give the name of the organisation');
  return trimmed;
}
