/**
 * `datascan consensus <answers…> -o FILE`: the consensus round, on the projector. The participants'
 * answer files are scored as a group; the questions of the units they disagree on are asked one by
 * one with what the room answered (counts, mean, median, notes; never names), and the answer the
 * room agrees on is saved after every question, as `run` saves (atomic, locked, Ctrl-C saves and
 * stops, --resume continues). The file is an ordinary answer file by `Consensus`, whose questions
 * not discussed hold the participants' combined value (src/scoring/consensus.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { localizeFinding } from '../../diagnostics/localize.js';
import { formatDiagnosticLine } from '../../diagnostics/types.js';
import { interview, SaveError } from '../../prompt/interview.js';
import { consensusMessagesFor, roomView } from '../../prompt/consensus.js';
import type { AnswerSet } from '../../answers/types.js';
import { answeredCount, isoDate } from '../../answers/session.js';
import { renderProfileTable } from '../../report/profile/table.js';
import { formatScore } from '../../report/format.js';
import {
  agreedAnswers,
  consensusAgenda,
  consensusStart,
  profileQuestions,
  withCombinedAnswers,
} from '../../scoring/consensus.js';
import { organisationsNamed } from '../../scoring/group.js';
import { score } from '../../scoring/score.js';
import { DEFAULT_DISAGREEMENT } from '../../scoring/spread.js';
import type { Questionnaire } from '../../questionnaire/types.js';
import { openNewAnswerFile, resumeAnswerFile, type StoreContext } from '../../node/answer-file-store.js';
import { EXIT, UserError } from '../../node/errors.js';
import { answerFilePattern, expandInputs, noAnswerFiles } from '../../node/inputs.js';
import { displayPath } from '../../node/paths.js';
import { loadAnswerSets } from '../../node/score-inputs.js';
import { questionnaireFile } from '../../node/workspace.js';
import type { Workspace } from '../../workspace/workspace.js';
import { isFormat, STRUCTURED } from '../../util/file-formats.js';
import { safeLine } from '../../util/safe-text.js';
import { shellWord } from '../../util/shell.js';
import { csvQuestionnaireFrom, openWorkspace, warnIn } from '../catalog.js';
import { reportWidth, type CommandContext } from '../context.js';
import { interviewLanguage } from '../language.js';
import { inTerminal } from '../terminal-interview.js';
import type { ConsensusOptions } from '../program.js';
import { parseNumberOption } from './score.js';

export async function consensusCommand(
  inputs: string[],
  options: ConsensusOptions,
  ctx: CommandContext,
): Promise<number> {
  const language = interviewLanguage(options.lang, process.env);
  const cm = consensusMessagesFor(language);
  const m = cm.interview;
  const output = options.output as string;
  if (isFormat(output, 'xlsx')) throw new UserError(m.workbookNotForRun(output), EXIT.usage);
  if (!isFormat(output, STRUCTURED)) throw new UserError(m.outputNotAnswerFile(output), EXIT.usage);
  const threshold = parseNumberOption('--disagreement', options.disagreement);
  // @inquirer prompts on a pipe abort silently and exit 0: refuse clearly instead.
  if (!process.stdin.isTTY) throw new UserError(cm.words.notATerminal, EXIT.usage);
  if (!options.resume && fs.existsSync(output)) throw new UserError(cm.words.exists(displayPath(output)), EXIT.usage);

  // The round's own file in the folder of answers (on --resume) is no participant.
  const files = expandInputs(inputs, {
    output,
    outputIsReport: true,
    pattern: answerFilePattern(options.questionnaire),
    warn: warnIn(ctx.language),
  });
  if (files.length === 0) throw new UserError(noAnswerFiles(inputs, options.questionnaire), EXIT.usage);
  const workspace = openWorkspace(options.dir ?? [], ctx, options.allowOutside);
  const csvQuestionnaire = csvQuestionnaireFrom(options.questionnaire, workspace);
  const anonymity = options.anonymise ? { keepRoles: Boolean(options.keepRoles) } : undefined;
  const loaded = await loadAnswerSets(files, workspace, {
    ...(csvQuestionnaire ? { csvQuestionnaire } : {}),
    ...(anonymity ? { anonymise: anonymity } : {}),
    // The round counts the room: a copy would count twice in every bar, a half-filled form in some.
    room: { completeOnly: Boolean(options.completeOnly), dropDuplicates: Boolean(options.dropDuplicates) },
  });
  for (const d of loaded.diagnostics)
    ctx.stderr(formatDiagnosticLine(localizeFinding(d, ctx.language), ctx.errStyle) + '\n');
  if (loaded.bad) throw new UserError(cm.words.fixAnswers, EXIT.findings);
  const sets = loaded.sets.filter((set) => {
    if (set.basis !== 'consensus') return true;
    ctx.stderr(ctx.errStyle.warning(cm.words.consensusInputLeftOut(safeLine(set.source))) + '\n');
    return false;
  });
  if (sets.length === 0) throw new UserError(cm.words.noAnswers, EXIT.findings);
  const ids = [...new Set(sets.map((set) => set.questionnaire))];
  if (loaded.questionnaires.size !== 1)
    throw new UserError(cm.words.mixedQuestionnaires([...loaded.questionnaires.keys()].join(', ')), EXIT.findings);
  const q = [...loaded.questionnaires.values()][0] as Questionnaire;
  const organisations = organisationsNamed(sets);
  if (organisations.length > 1)
    throw new UserError(cm.words.mixedOrganisations(organisations.map(safeLine).join(', ')), EXIT.findings);
  const file = questionnaireFileOf(q, files, workspace, options.questionnaire);
  if (file === undefined) throw new UserError(cm.words.questionnaireUnknown(ids.join(', ')), EXIT.usage);

  const scoring = { language, ...(threshold !== undefined ? { disagreementThreshold: threshold } : {}) };
  const participants = score(q, sets, scoring);
  const agenda = consensusAgenda(participants, { all: Boolean(options.all) });
  if (agenda.length === 0) {
    ctx.stderr(cm.words.nothingToDiscuss(formatScore(threshold ?? DEFAULT_DISAGREEMENT, language)) + '\n');
    return EXIT.ok;
  }
  const questions = new Map(profileQuestions(participants).map((x) => [x.id, x]));

  // The interview is drawn where a person sees it: stderr, unless only stdout is a terminal.
  const ui = process.stderr.isTTY || !process.stdout.isTTY ? process.stderr : process.stdout;
  const uiStyle = ui === process.stderr ? ctx.errStyle : ctx.style;
  const say = (text: string) => void ui.write(`${text}\n`);
  const notices: string[] = [];
  // An empty notice is one the round says in its own words (see consensusMessagesFor).
  const tell = (text: string) => void (text !== '' && notices.push(text));
  const storeContext: StoreContext = {
    loadQuestionnaire: () => ({ questionnaire: q, file }),
    workspace,
    messages: m,
    language,
    say: tell,
  };
  // The participants' files named from the consensus file's folder, as its questionnaire is.
  const named = sets.map((set) => ({ ...set, source: set.anonymised ? set.source : besideOutput(output, set.source) }));
  const start = consensusStart(q, named, {
    ...(organisations[0] !== undefined ? { organisation: organisations[0] } : {}),
    date: isoDate(new Date()),
    source: output,
  });
  const opened = options.resume
    ? resumeAnswerFile(output, file, {}, storeContext)
    : openNewAnswerFile(file, output, {}, storeContext);
  const session = opened.store;
  try {
    let answers: AnswerSet;
    if (options.resume) {
      const read = opened.start.set;
      if (read.basis !== 'consensus')
        throw new UserError(cm.words.notConsensusFile(displayPath(output)), EXIT.findings);
      if (read.participants !== sets.length || (read.sources ?? []).join('\n') !== (start.sources ?? []).join('\n'))
        tell(cm.words.otherSources(displayPath(output), read.participants ?? 0, sets.length));
      // The room's agreements and the file's details stay; who took part is who takes part now.
      answers = { ...agreedAnswers(read), participants: sets.length, sources: start.sources ?? [] };
      tell(cm.words.resumed(displayPath(output), answeredCount(agenda, answers), agenda.length));
    } else {
      answers = start;
      tell(cm.words.starting(agenda.length, questions.size, sets.length));
    }
    const written = (set: AnswerSet) => withCombinedAnswers(set, participants);

    const result = await inTerminal(ui, { messages: m, style: uiStyle, release: () => session.release() }, (prompts) =>
      interview({
        // How to answer is for those who answered: the room discusses what they answered.
        questionnaire: { ...q, instructions: undefined },
        answers,
        language,
        messages: m,
        prompts,
        order: agenda,
        room: (id) => {
          const question = questions.get(id);
          return question ? roomView(question, cm, language) : undefined;
        },
        save: (set) => session.save(written(set)),
        saveTo: (target, set) => session.saveTo(target, written(set)),
        details: [],
        resume: Boolean(options.resume),
        saveAtStart: true,
        notices: () => notices.splice(0),
      }),
    );
    for (const notice of notices.splice(0)) say(notice);
    const resumeCommand = `datascan consensus ${[...inputs, '-o', displayPath(output), ...roundOptions(options)].map(shellWord).join(' ')} --resume`;
    if (result.status !== 'complete') {
      let everythingSaved = result.status === 'cancelled';
      if (everythingSaved) {
        try {
          await session.save(written(result.answers));
        } catch (error) {
          if (!(error instanceof SaveError)) throw error;
          say(uiStyle.error(error.message));
          everythingSaved = false;
        }
      }
      const saved = session.file ?? output;
      if (!session.saved) {
        say(m.stoppedNothingSaved);
        return EXIT.cancelled;
      }
      say(everythingSaved ? m.cancelled(displayPath(saved)) : m.stoppedUnsaved(displayPath(saved)));
      say(cm.words.continueWith(resumeCommand));
      return EXIT.cancelled;
    }
    const saved = session.file ?? output;
    say(uiStyle.ok(m.finished(displayPath(saved))));
    const agreed = { ...written(result.answers), source: displayPath(saved) };
    ctx.stdout(
      renderProfileTable(score(q, [agreed], { language }), { style: ctx.style, width: reportWidth(ctx, false) }),
    );
    say(m.scoreLater(`datascan score ${shellWord(displayPath(saved))}`));
    const compareWords = [...inputs, displayPath(saved), ...(anonymity ? anonymityOptions(options) : [])];
    say(cm.words.compareLater(`datascan compare ${compareWords.map(shellWord).join(' ')}`));
    return EXIT.ok;
  } finally {
    for (const notice of notices.splice(0)) say(notice);
    session.release();
  }
}

/** --anonymise and --keep-roles as given: what keeps names out of a later command's output too. */
function anonymityOptions(options: ConsensusOptions): string[] {
  if (!options.anonymise) return [];
  return ['--anonymise', ...(options.keepRoles ? ['--keep-roles'] : [])];
}

/**
 * The options that make the round what it is, for the command that resumes it: without them the
 * round would go on over other questions, other files, or with the participants' names in its file.
 */
function roundOptions(options: ConsensusOptions): string[] {
  return [
    ...(options.all ? ['--all'] : []),
    ...(options.disagreement !== undefined ? ['--disagreement', options.disagreement] : []),
    ...(options.lang !== undefined ? ['--lang', options.lang] : []),
    ...anonymityOptions(options),
    ...(options.completeOnly ? ['--complete-only'] : []),
    ...(options.dropDuplicates ? ['--drop-duplicates'] : []),
    ...(options.questionnaire !== undefined ? ['--questionnaire', options.questionnaire] : []),
    ...(options.dir ?? []).flatMap((dir) => ['--dir', dir]),
    ...(options.allowOutside ? ['--allow-outside'] : []),
  ];
}

/**
 * The questionnaire's file, which the consensus file names as the participants' files do: the one
 * given with --questionnaire, the catalogue's for its id, or the one an answer file names.
 */
function questionnaireFileOf(
  q: Questionnaire,
  files: readonly string[],
  workspace: Workspace,
  option: string | undefined,
): string | undefined {
  if (option !== undefined) return questionnaireFile(option, workspace);
  const byId = workspace.catalog.get(q.id);
  if (byId !== undefined) return byId;
  for (const answers of files) {
    if (!isFormat(answers, STRUCTURED)) continue;
    const data = workspace.load(answers).data as { questionnaire?: unknown } | undefined;
    if (typeof data?.questionnaire !== 'string') continue;
    const named = workspace.resolveQuestionnaire(data.questionnaire, answers);
    if (named !== undefined && workspace.load(named).questionnaire?.id === q.id) return named;
  }
  return undefined;
}

/** `source` (a path as given, or `file#row-3`) as seen from the folder `output` is in, with forward slashes. */
function besideOutput(output: string, source: string): string {
  const relative = path.relative(path.dirname(path.resolve(output)), path.resolve(source));
  return relative.split(path.sep).join('/');
}
