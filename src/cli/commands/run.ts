/**
 * `datascan run <questionnaire>`: the interactive scan. This file does the machine work around the
 * interview engine (src/prompt/): the terminal check, the language, the answer file and its lock,
 * atomic saves after every answer (through src/node/answer-file-store.ts), signals, and the
 * profile at the end.
 */
import path from 'node:path';
import type { AnswerSet } from '../../answers/types.js';
import type { Questionnaire } from '../../questionnaire/types.js';
import { interview, SaveError } from '../../prompt/interview.js';
import { messagesFor } from '../../prompt/messages.js';
import { renderProfileTable } from '../../report/profile/table.js';
import { score } from '../../scoring/score.js';
import { openNewAnswerFile, resumeAnswerFile, type StoreContext } from '../../node/answer-file-store.js';
import { openWorkspace, requireQuestionnaire } from '../catalog.js';
import { questionnaireFile } from '../../node/workspace.js';
import { reportWidth, type CommandContext } from '../context.js';
import { EXIT, UserError } from '../../node/errors.js';
import { displayPath } from '../../node/paths.js';
import { matchLanguage } from '../../util/language.js';
import { shellWord } from '../../util/shell.js';
import { isFormat, STRUCTURED } from '../../util/file-formats.js';
import type { RunOptions } from '../program.js';
import { interviewLanguage } from '../language.js';
import { inTerminal } from '../terminal-interview.js';

export async function runCommand(ref: string | undefined, options: RunOptions, ctx: CommandContext): Promise<number> {
  // A resumed file may switch both to the language its interview was held in (see `resumeIn`).
  let language = interviewLanguage(options.lang, process.env);
  let m = messagesFor(language);
  // Written as YAML or JSON by its extension: any other name would hold what it does not say.
  const answerFile = options.output ?? options.resume;
  if (answerFile !== undefined && isFormat(answerFile, 'xlsx'))
    throw new UserError(m.workbookNotForRun(answerFile), EXIT.usage);
  if (answerFile !== undefined && !isFormat(answerFile, STRUCTURED))
    throw new UserError(m.outputNotAnswerFile(answerFile), EXIT.usage);
  // @inquirer prompts on a pipe abort silently and exit 0: refuse clearly instead.
  if (!process.stdin.isTTY) throw new UserError(m.notATerminal, EXIT.usage);
  if (
    options.resume !== undefined &&
    options.output !== undefined &&
    path.resolve(options.resume) !== path.resolve(options.output)
  ) {
    throw new UserError(m.resumeAndOutput, EXIT.usage);
  }
  if (ref === undefined && options.resume === undefined) {
    throw new UserError(m.needQuestionnaire, EXIT.usage);
  }
  // The interview is drawn where a person sees it: stderr, unless only stdout is a terminal.
  const ui = process.stderr.isTTY || !process.stdout.isTTY ? process.stderr : process.stdout;
  const uiStyle = ui === process.stderr ? ctx.errStyle : ctx.style;
  const say = (text: string) => void ui.write(`${text}\n`);
  // What is said before or during the interview (the file saved to, what a resume changed) goes
  // with the next screen, and so leaves with it; what no screen took is printed at the end.
  const notices: string[] = [];
  const tell = (text: string) => void notices.push(text);

  const workspace = openWorkspace(options.dir ?? [], ctx, options.allowOutside);
  const storeContext: StoreContext = {
    loadQuestionnaire: (r) => ({
      questionnaire: requireQuestionnaire(r, workspace),
      file: questionnaireFile(r, workspace) as string,
    }),
    workspace,
    messages: m,
    // Read when it is used: a resume may have switched to the language the interview was held in.
    get language() {
      return language;
    },
    say: tell,
    resumeIn: (stored, available) => {
      // Resumed in the language it was begun in, unless --lang says otherwise; a language the
      // questionnaire has no texts in is not spoken: the locale's is, as on a fresh run.
      if (options.lang !== undefined || stored === undefined) return m;
      if (matchLanguage(available, stored) === undefined) {
        tell(m.storedLanguageMissing(stored, available.join(', '), language));
        return m;
      }
      language = stored;
      m = messagesFor(language);
      return m;
    },
  };
  const opened =
    options.resume !== undefined
      ? resumeAnswerFile(options.resume, ref, options, storeContext)
      : openNewAnswerFile(ref as string, options.output, options, storeContext);
  const session = opened.store;
  try {
    const { questionnaire: q, set, details, resumed, changedOnOpen } = opened.start;
    if (matchLanguage(q.languages, language) === undefined)
      say(uiStyle.warning(m.noLanguage(language, q.languages.join(', '))));

    const result = await inTerminal(ui, { messages: m, style: uiStyle, release: () => session.release() }, (prompts) =>
      interview({
        questionnaire: q,
        answers: set,
        language,
        messages: m,
        prompts,
        save: (answers) => session.save(answers),
        saveTo: (target, answers) => session.saveTo(target, answers),
        details,
        targets: options.targets === true,
        resume: resumed,
        saveAtStart: !resumed || changedOnOpen,
        notices: () => notices.splice(0),
      }),
    );

    for (const notice of notices.splice(0)) say(notice);
    if (result.status !== 'complete') {
      const file = session.file;
      if (result.status === 'cancelled' && file === undefined) {
        say(m.stoppedBeforeFile);
        return EXIT.cancelled;
      }
      // Ctrl-C saves once more; a stop where a save failed has nothing that can be saved.
      let everythingSaved = result.status === 'cancelled';
      // A resumed file the interview did not change is left as it was, byte for byte.
      if (everythingSaved && (result.changed || !resumed)) {
        try {
          await session.save(result.answers);
        } catch (error) {
          if (!(error instanceof SaveError)) throw error;
          say(uiStyle.error(error.message));
          everythingSaved = false;
        }
      }
      if (file === undefined || !session.saved) {
        say(m.stoppedNothingSaved);
        return EXIT.cancelled;
      }
      // A finished file opened again and left as it was is still finished: nothing to continue.
      if (result.status === 'cancelled' && result.answers.session?.status === 'complete') {
        say(m.stoppedFinished(displayPath(file)));
        say(m.scoreLater(`datascan score ${shellWord(displayPath(file))}`));
        return EXIT.cancelled;
      }
      say(everythingSaved ? m.cancelled(displayPath(file)) : m.stoppedUnsaved(displayPath(file)));
      say(m.continueWith(`datascan run --resume ${shellWord(displayPath(file))}`));
      return EXIT.cancelled;
    }
    const file = session.file as string;
    say(uiStyle.ok(m.finished(displayPath(file))));
    printProfile(q, { ...result.answers, source: displayPath(file) }, language, ctx);
    say(m.scoreLater(`datascan score ${shellWord(displayPath(file))}`));
    return EXIT.ok;
  } finally {
    // What no screen took (the interview ended with an error before one was shown) is said still.
    for (const notice of notices.splice(0)) say(notice);
    session.release();
  }
}

/** What `datascan score <file>` prints for this one answer set: the profile table with next steps. */
function printProfile(q: Questionnaire, answers: AnswerSet, language: string, ctx: CommandContext): void {
  const profile = score(q, [answers], { language });
  ctx.stdout(renderProfileTable(profile, { style: ctx.style, width: reportWidth(ctx, false) }));
}
