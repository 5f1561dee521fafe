/** Finds questionnaires by id: the shipped ones and those in folders the user names with --dir. */
import { msg } from '../diagnostics/messages.js';
import type { CommandContext } from './context.js';
import type { CheckedFile, Workspace } from '../workspace/workspace.js';
import type { Questionnaire } from '../questionnaire/types.js';
import { matchLanguage } from '../util/language.js';
import { safeLine } from '../util/safe-text.js';
import { closest } from '../util/suggest.js';
import { EXIT, UserError } from '../node/errors.js';
import { say, tool, type Said, type ToolText } from '../node/messages.js';
import { openWorkspace as openNodeWorkspace, questionnaireFile } from '../node/workspace.js';
import type { Warn } from '../node/file-host.js';

/**
 * A workspace whose catalogue holds the questionnaires (not models) in the folders given with
 * --dir and the shipped folder. Earlier folders win: a user's copy overrides the shipped one, with
 * a warning on stderr.
 * `allowOutside` (--allow-outside): files named inside files may lie anywhere.
 */
export function openWorkspace(
  extraDirs: readonly string[],
  { cache, language }: Pick<CommandContext, 'cache' | 'language'>,
  allowOutside = false,
): Workspace {
  return openNodeWorkspace({
    dirs: extraDirs,
    cache,
    unknownQuestionnaireHint: msg('reference.hint-dir'),
    referencesAnywhere: allowOutside,
    outsideReferenceHint: msg('reference.hint-allow-outside'),
    warn: warnIn(language),
  });
}

/** A line on stderr, in the language of messages: a --dir copy of a shipped questionnaire, an entry left out of a folder. */
export function warnIn(language: string): Warn {
  return (_line, said) => void process.stderr.write(`datascan: ${say(said, language)}\n`);
}

/** A questionnaire named by id or path: loaded and checked, or why there is none. */
export interface NamedQuestionnaire {
  /** The file it names (undefined for an id nobody knows). */
  file?: string;
  checked?: CheckedFile;
  questionnaire?: Questionnaire;
  /** Why there is no questionnaire, in one line; its first finding, where it has one. */
  problem?: Said;
  /** Exit status that problem stands for: 2 when the file cannot be read, else 1. */
  exitCode?: number;
}

export function findQuestionnaire(ref: string, workspace: Workspace): NamedQuestionnaire {
  const file = questionnaireFile(ref, workspace);
  if (!file) {
    const known = [...workspace.catalog.keys()];
    return {
      problem: msg('questionnaire.unknown-id', { ref, suggestion: closest(ref, known), known }),
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
      problem: msg('questionnaire.not-one', { ref, kind: checked.kind === 'questionnaire' ? 'unknown' : checked.kind }),
      exitCode: EXIT.findings,
    };
  const unreadable = first.rule === 'file-not-found' || first.rule === 'file-unreadable';
  return {
    file,
    checked,
    problem: tool('finding', { finding: first }),
    exitCode: unreadable ? EXIT.usage : EXIT.findings,
  };
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
  throw new UserError(
    tool('questionnaire.option', { ref, problem: found.problem ?? '' }),
    found.exitCode ?? EXIT.findings,
  );
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
  // In the language asked for, as the other messages are: English when datascan does not speak it.
  return say(tool('questionnaire.no-texts', { id: q.id, lang, using: q.languages[0] ?? 'en' }), lang);
}

/**
 * The line `score --aggregate` and `compare` say when the answer sets scored together name
 * different organisations (so the profile names none); `where` is the side of a comparison.
 */
export function mixedOrganisationsWarning(names: readonly string[], where?: string): ToolText {
  return tool('organisation.mixed', {
    names: names.map((name) => safeLine(name)),
    ...(where !== undefined ? { where: safeLine(where) } : {}),
  });
}

/** The name given with --organisation, trimmed; a blank one is a usage error rather than "no name". */
export function organisationOption(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const trimmed = name.trim();
  if (trimmed === '') throw new UserError(tool('organisation.blank'));
  return trimmed;
}
