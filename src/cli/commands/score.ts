/**
 * `datascan score <files, folders or globs…>`: answer files in, maturity profiles out. One profile
 * per answer set, per organisation (`--group-by organisation`) or one for all (`--aggregate`).
 * ndjson, csv, table and markdown are written profile by profile, and answer files are not kept
 * once scored, so memory stays flat over thousands of files; json (and html) render at the end.
 */
import path from 'node:path';
import { localizeFinding } from '../../diagnostics/localize.js';
import { formatDiagnosticLine } from '../../diagnostics/types.js';
import { say, tool } from '../../node/messages.js';
import type { Questionnaire } from '../../questionnaire/types.js';
import { EXPLAINING_FORMATS, type ScoreFormat } from '../../report/profile/formats.js';
import { PROFILE_RENDERERS, streamingRenderer, type ProfileRenderOptions } from '../../report/profile/index.js';
import { checkTargetFlags, parseTargetFlags, type TargetFlags } from '../../scoring/targets.js';
import type { Profile, ScoreOptions as ScoringOptions } from '../../scoring/types.js';
import { formatOf } from '../../util/file-formats.js';
import { readPlanFile, refuseOtherPlan } from '../../node/plan-file.js';
import { profileWithPlan } from '../../plan/progress.js';
import { safeLine } from '../../util/safe-text.js';
import { plainStyle } from '../../util/style.js';
import {
  csvQuestionnaireFrom,
  mixedOrganisationsWarning,
  noTextsWarning,
  openWorkspace,
  organisationOption,
  warnIn,
} from '../catalog.js';
import { reportWidth, type CommandContext } from '../context.js';
import { EXIT, UserError } from '../../node/errors.js';
import { answerFilePattern, expandInputs, noAnswerFiles, isCsv, isSpreadsheet } from '../../node/inputs.js';
import { isWorkbookReport, refuseToReplace } from '../../node/output-guard.js';
import { MixedQuestionnairesError, scoreInputs, type ScoreMode } from '../../node/score-inputs.js';
import {
  atomicOutput,
  cleanUpOnExit,
  pollSignals,
  signalPoller,
  stdoutOutput,
  type Output,
} from '../../node/output.js';
import type { ScoreOptions } from '../program.js';
import { describeTargetOption, describeTargetProblem } from '../target-option.js';

/** From this many files on, a progress bar is worth showing. */
const PROGRESS_MIN_FILES = 20;

export function parseNumberOption(
  name: string,
  value: string | undefined,
  { integer = false } = {},
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replace(',', '.'));
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n))) {
    throw new UserError(tool('option.number', { name, value, integer }), EXIT.usage);
  }
  return n;
}

interface Progress {
  log(text: string): void;
  tick(): void;
  stop(): void;
}

async function startProgress(total: number, ctx: CommandContext, toFile: boolean): Promise<Progress | undefined> {
  // Only on a terminal, and not over a report being printed to that same terminal.
  if (!ctx.stderrIsTTY || total < PROGRESS_MIN_FILES || (ctx.stdoutIsTTY && !toFile)) return undefined;
  // A CommonJS module: its exports are on `default` when imported from ESM.
  const { MultiBar, Presets } = (await import('cli-progress')).default;
  const bars = new MultiBar(
    {
      stream: process.stderr,
      clearOnComplete: true,
      hideCursor: true,
      format: 'scoring [{bar}] {value}/{total} files',
      etaBuffer: 50,
    },
    Presets.shades_classic,
  );
  const bar = bars.create(total, 0);
  // The bar hides the cursor: give it back however the run ends, Ctrl-C included.
  const forget = cleanUpOnExit(() => void process.stderr.write('\x1b[?25h'));
  let stopped = false;
  // Scoring runs synchronously, so the bar's own timer never fires: redraw here, a few times a second.
  let drawn = 0;
  const draw = (force: boolean) => {
    const now = Date.now();
    if (force || now - drawn > 100) {
      bars.update();
      drawn = now;
    }
  };
  return {
    log: (text) => {
      bars.log(text);
      draw(true);
    },
    tick: () => {
      bar.increment();
      draw(false);
    },
    stop: () => {
      if (stopped) return;
      stopped = true;
      bars.stop();
      forget();
    },
  };
}

/** The formats rendered once all profiles are known; the HTML report and the workbook are loaded only when asked for. */
async function renderAtOnce(
  format: ScoreFormat,
  profiles: Profile[],
  options: ProfileRenderOptions,
  top: number | undefined,
): Promise<string | Uint8Array> {
  if (format === 'xlsx') {
    const { renderProfilesWorkbook } = await import('../../report/profile/xlsx.js');
    return renderProfilesWorkbook(profiles);
  }
  // One self-contained file with radar charts; texts in the language the profiles were scored in.
  const html = { language: profiles[0]?.language ?? 'en', ...(top !== undefined ? { top } : {}) };
  if (format === 'slides') return (await import('../../report/slides/index.js')).renderProfileSlides(profiles, html);
  if (format !== 'html') return PROFILE_RENDERERS[format](profiles, options);
  const { renderHtmlReport } = await import('../../report/html/index.js');
  return renderHtmlReport(profiles, html);
}

export async function scoreCommand(inputs: string[], options: ScoreOptions, ctx: CommandContext): Promise<number> {
  // Commander has checked --format, --csv-dialect and --group-by against their choices.
  const format = options.format ?? 'table';
  const dialect = options.csvDialect === 'nl' ? 'nl' : 'en';
  // Options the format has no use for are said so, not dropped without a word.
  const explain = options.explain === true && EXPLAINING_FORMATS.includes(format);
  if (options.explain && !explain) ctx.stderr(say(tool('score.explain-no-effect', { format }), ctx.language) + '\n');
  if (options.csvDialect !== undefined && format !== 'csv')
    ctx.stderr(say(tool('option.dialect-no-effect', { format }), ctx.language) + '\n');
  if (format === 'xlsx') {
    // Bytes on a terminal would be noise; a workbook named otherwise would not open on a double click.
    if (options.output === undefined && ctx.stdoutIsTTY) throw new UserError(tool('score.xlsx-terminal'));
    if (options.output !== undefined && formatOf(options.output) !== 'xlsx')
      throw new UserError(tool('score.xlsx-name', { file: options.output }));
  }
  if (options.dropDuplicates && !options.aggregate && !options.groupBy)
    ctx.stderr(say(tool('score.drop-duplicates-no-effect'), ctx.language) + '\n');
  if (options.keepRoles && !options.anonymise)
    ctx.stderr(say(tool('option.keep-roles-no-effect'), ctx.language) + '\n');
  if (options.aggregate && options.groupBy) throw new UserError(tool('score.aggregate-or-group'));
  if (options.organisation !== undefined && options.groupBy) throw new UserError(tool('score.organisation-or-group'));
  // With --aggregate the group profile's name; without, every profile's (answer files that name none, or spell it differently).
  const organisation = organisationOption(options.organisation);
  if (inputs.length === 0) throw new UserError(tool('score.no-inputs'));
  const { targets, errors } = parseTargetFlags(options.target ?? []);
  if (errors.length > 0) throw new UserError(describeTargetProblem(errors[0]!));
  const disagreementThreshold = parseNumberOption('--disagreement', options.disagreement);
  const top = parseNumberOption('--top', options.top, { integer: true });

  const workspace = openWorkspace(options.dir ?? [], ctx, options.allowOutside);
  const csvQuestionnaire = csvQuestionnaireFrom(options.questionnaire, workspace);
  const plan = options.plan !== undefined ? readPlanFile(options.plan, workspace) : undefined;
  // Folders and globs yield CSV files only with --questionnaire (a report saved among the answers
  // is not read as answers); a CSV file named on its own needs it too, and says so.
  // An earlier workbook report may be replaced; any other workbook may hold answers.
  const outputIsReport = options.output !== undefined && (await isWorkbookReport(options.output));
  const files = expandInputs(inputs, {
    output: options.output,
    outputIsReport,
    pattern: answerFilePattern(options.questionnaire),
    warn: warnIn(ctx.language),
  });
  if (files.length === 0) throw new UserError(noAnswerFiles(inputs, options.questionnaire), EXIT.usage);
  if (options.output !== undefined) refuseToReplace(options.output, options.force, outputIsReport);
  const csvFile = files.find(isCsv);
  if (csvFile && !csvQuestionnaire) throw new UserError(tool('input.csv-needs-questionnaire', { file: csvFile }));
  // Said, so nobody believes the answers were scored against the questionnaire they named. A
  // workbook may be a survey export, read with it.
  if (options.questionnaire !== undefined && !files.some(isSpreadsheet))
    ctx.stderr(say(tool('option.questionnaire-no-effect'), ctx.language) + '\n');

  const toFile = options.output !== undefined;
  // JSON's shape follows what was asked for, not how many files scored: one answer file (or one
  // group profile) is an object, a folder, glob, CSV or .xlsx file (which may be a survey export) or several inputs an array.
  const [only] = inputs;
  const oneProfile =
    options.aggregate ||
    (inputs.length === 1 && only !== undefined && files.length === 1 && files[0] === only && !isSpreadsheet(only));
  const renderOptions: ProfileRenderOptions = {
    style: toFile ? plainStyle : ctx.style,
    width: reportWidth(ctx, toFile),
    csvDialect: dialect,
    jsonShape: oneProfile ? 'object' : 'array',
    batch: !oneProfile,
  };
  const streaming = format === 'xlsx' ? undefined : streamingRenderer(format, renderOptions);
  const output: Output = toFile ? atomicOutput(options.output!) : stdoutOutput(ctx.stdout);
  const progress = await startProgress(files.length, ctx, toFile);
  const tell = (text: string) => (progress ? progress.log(text + '\n') : ctx.stderr(text + '\n'));
  const pollNow = signalPoller();
  // So that Ctrl-C is handled while files are being read (removing -o's temporary file, giving the
  // progress bar's cursor back); on stdout, so that a slow reader holds the scoring back instead of
  // the output piling up.
  const pace = async () => {
    if (toFile || progress) await pollNow();
    if (!toFile) await ctx.drain();
  };

  const checkedTargets = new Set<string>();
  const scoringOptions = (q: Questionnaire): ScoringOptions => {
    if (!checkedTargets.has(q.id)) {
      const problems = checkTargetFlags(targets as TargetFlags, q);
      if (problems.length > 0) throw new UserError(describeTargetProblem(problems[0]!));
      const warning = noTextsWarning(q, options.lang);
      if (warning) tell(warning);
      checkedTargets.add(q.id);
    }
    return {
      ...(options.lang !== undefined ? { language: options.lang } : {}),
      targets,
      describeTargetOption,
      ...(disagreementThreshold !== undefined ? { disagreementThreshold } : {}),
      ...(options.respondents !== undefined ? { respondents: options.respondents } : {}),
      ...(top !== undefined ? { top } : {}),
      ...(explain ? { explain: true } : {}),
      ...(organisation !== undefined ? { organisation } : {}),
    };
  };

  let count = 0;
  let badFiles = 0;
  let skipped = 0;
  /** Answer sets left out for their errors: bad answer files and CSV rows. */
  let leftOut = 0;
  // Said when a CSV file lost rows: for answer files alone the count of bad files says it all.
  let rowsLeftOut = false;
  /** Answer files left out for being in progress (--complete-only). */
  let unfinished = 0;
  /** Findings about a group made errors by --strict (a likely copy, a consensus file among its room): they fail the run as bad files do. */
  let groupErrors = 0;
  const buffered: Profile[] = [];
  const emit = (scored: Profile): void => {
    if (plan) refuseOtherPlan(options.plan!, plan, [scored]);
    const profile = plan ? profileWithPlan(scored, plan, options.plan!) : scored;
    const refusal = streaming?.accepts(profile);
    if (refusal) {
      tell(`datascan: ${safeLine(profile.sources.join(', '))}: ${safeLine(say(refusal, ctx.language))}`);
      skipped++;
      return;
    }
    if (streaming) output.write(streaming.item(profile, count));
    else buffered.push(profile);
    count++;
  };
  const mode: ScoreMode = options.aggregate ? 'aggregate' : options.groupBy ? 'group-by-organisation' : 'each';

  try {
    try {
      for await (const event of scoreInputs(files, workspace, {
        mode,
        ...(options.strict ? { strict: true } : {}),
        ...(csvQuestionnaire ? { csvQuestionnaire } : {}),
        ...(options.ignoreColumn ? { ignoreColumns: options.ignoreColumn } : {}),
        ...(options.completeOnly ? { completeOnly: true } : {}),
        ...(options.dropDuplicates ? { dropDuplicates: true } : {}),
        ...(options.anonymise ? { anonymise: { keepRoles: Boolean(options.keepRoles) } } : {}),
        scoring: scoringOptions,
      })) {
        if (event.type === 'file') {
          for (const d of event.diagnostics) tell(formatDiagnosticLine(localizeFinding(d, ctx.language), ctx.errStyle));
          if (event.bad) badFiles++;
          leftOut += event.skipped;
          if (event.skipped > 0 && isSpreadsheet(event.file)) rowsLeftOut = true;
          if (event.unfinished) unfinished++;
        } else if (event.type === 'duplicate' || event.type === 'group-finding') {
          tell(formatDiagnosticLine(localizeFinding(event.diagnostic, ctx.language), ctx.errStyle));
          if (event.diagnostic.severity === 'error') groupErrors++;
        } else if (event.type === 'mixed-organisations') {
          tell(say(mixedOrganisationsWarning(event.names), ctx.language));
        } else if (event.type === 'profile') {
          emit(event.profile);
          // After every profile: one CSV file may hold tens of thousands of respondents.
          await pace();
        } else {
          progress?.tick();
          await pace();
        }
      }
    } catch (error) {
      if (error instanceof MixedQuestionnairesError)
        throw new UserError(tool('score.mixed', { ids: [...error.ids] }), EXIT.findings);
      throw error;
    }
    progress?.stop();
    if (streaming) output.write(streaming.end(count));
    else output.write(await renderAtOnce(format, buffered, renderOptions, top));
    // A Ctrl-C that came in since the last poll still stops the report from being written.
    if (toFile) await pollSignals();
    output.commit();
  } catch (error) {
    progress?.stop();
    output.abort();
    throw error;
  }

  if (badFiles > 0)
    ctx.stderr(
      say(
        tool('score.bad-files', { bad: badFiles, files: files.length, strict: Boolean(options.strict), count }),
        ctx.language,
      ) + '\n',
    );
  else if (count === 0) ctx.stderr(say(tool('score.no-answers'), ctx.language) + '\n');
  if (unfinished > 0) ctx.stderr(say(tool('score.unfinished-left-out', { count: unfinished }), ctx.language) + '\n');
  if (rowsLeftOut) ctx.stderr(say(tool('score.skipped', { skipped: leftOut }), ctx.language) + '\n');
  if (toFile)
    ctx.stderr(
      say(tool('output.wrote-profiles', { count, file: path.normalize(options.output!) }), ctx.language) + '\n',
    );
  return badFiles > 0 || skipped > 0 || groupErrors > 0 ? EXIT.findings : EXIT.ok;
}
