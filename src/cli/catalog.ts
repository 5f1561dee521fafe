/** Finds questionnaires by id: the shipped ones and those in folders the user names with --dir. */
import { msg } from '../diagnostics/messages.js';
import type { CommandContext } from './context.js';
import type { CheckedFile, Workspace } from '../workspace/workspace.js';
import type { Questionnaire } from '../questionnaire/types.js';
import { matchLanguage } from '../util/language.js';
import { closest } from '../util/suggest.js';
import { EXIT, UserError } from '../node/errors.js';
import { say, tool } from '../node/messages.js';
import { openWorkspace as openNodeWorkspace, questionnaireFile } from '../node/workspace.js';

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
    warn: (_line, said) => void process.stderr.write(`datascan: ${say(said, language)}\n`),
  });
}

/** A questionnaire named by id or path, loaded and checked (it may still have findings). */
function loadQuestionnaireRef(ref: string, workspace: Workspace): CheckedFile {
  const file = questionnaireFile(ref, workspace);
  if (!file) {
    const known = [...workspace.catalog.keys()];
    throw new UserError(tool('questionnaire.unknown', { ref, suggestion: closest(ref, known), known }), EXIT.findings);
  }
  return workspace.load(file);
}

/**
 * A questionnaire named by id or path that commands can work with; otherwise a user error: its
 * first finding as file:line:column, exit 2 when it cannot be read, 1 when it is not valid.
 */
export function requireQuestionnaire(ref: string, workspace: Workspace): Questionnaire {
  const checked = loadQuestionnaireRef(ref, workspace);
  if (checked.questionnaire) return checked.questionnaire;
  const first = checked.diagnostics.find((d) => d.severity === 'error');
  if (!first)
    throw new UserError(
      tool('questionnaire.not-one', { ref, kind: checked.kind === 'questionnaire' ? 'unknown' : checked.kind }),
      EXIT.findings,
    );
  const unreadable = first.rule === 'file-not-found' || first.rule === 'file-unreadable';
  throw new UserError(tool('finding', { finding: first }), unreadable ? EXIT.usage : EXIT.findings);
}

/** The questionnaire given with --questionnaire for CSV answers, which do not name theirs. */
export function csvQuestionnaireFrom(ref: string | undefined, workspace: Workspace): Questionnaire | undefined {
  if (ref === undefined) return undefined;
  let questionnaire: Questionnaire;
  try {
    questionnaire = requireQuestionnaire(ref, workspace);
  } catch (error) {
    if (error instanceof UserError)
      throw new UserError(tool('questionnaire.option', { ref, problem: error.said }), error.exitCode);
    throw error;
  }
  const file = questionnaireFile(ref, workspace);
  if (file && !workspace.catalog.has(questionnaire.id)) workspace.catalog.set(questionnaire.id, file);
  return questionnaire;
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
