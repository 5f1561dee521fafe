/**
 * `datascan compare <before> <after> [later…]`: answer files, folders (scored together as a group) or
 * profile JSON files of the same model; per dimension and subdimension the change. Two scans are a
 * comparison, in the order given; three or more a trend, in date order.
 */
import path from 'node:path';
import { readPlanFile, refuseOtherPlan } from '../../node/plan-file.js';
import type { PlanFile } from '../../plan/plan.js';
import { comparisonWithPlan, trendWithPlan } from '../../plan/progress.js';
import { comparisonPlanText, trendPlanText } from '../../report/profile/compare-plan.js';
import {
  type Comparison,
  compareProfiles,
  differentOrganisations,
  incomparability,
  questionsChangedBetween,
} from '../../compare/compare.js';
import { localizeFinding } from '../../diagnostics/localize.js';
import { formatDiagnosticLine, type Diagnostic } from '../../diagnostics/types.js';
import { trendOfProfiles, trendOrder, unionOfChanges } from '../../compare/trend.js';
import { COMPARISON_RENDERERS } from '../../report/profile/compare.js';
import type { ComparisonFormat } from '../../report/profile/formats.js';
import { TREND_RENDERERS } from '../../report/profile/trend.js';
import { respondentLabel } from '../../scoring/anonymise.js';
import { organisationsNamed } from '../../scoring/group.js';
import { score } from '../../scoring/score.js';
import type { Profile } from '../../scoring/types.js';
import type { Questionnaire } from '../../questionnaire/types.js';
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
import { say, tool } from '../../node/messages.js';
import { answerFilePattern, expandInputs, noAnswerFiles, readProfileFile } from '../../node/inputs.js';
import { loadAnswerSets } from '../../node/score-inputs.js';
import { refuseToReplace } from '../../node/output-guard.js';
import { writeFileAtomically } from '../../node/output.js';
import type { CompareOptions } from '../program.js';

/** A side's profile, and the questionnaire it was scored against where it is known. */
interface ScoredSide {
  profile: Profile;
  q?: Questionnaire;
}

export async function compareCommand(inputs: string[], options: CompareOptions, ctx: CommandContext): Promise<number> {
  // Commander has checked --format against its choices: the text renderers and html.
  const format = options.format ?? 'table';
  // Names both sides: one organisation whose exports spell it differently.
  const organisation = organisationOption(options.organisation);
  // Every side is expanded first: an -o file among them is refused before any work is done.
  const sides = inputs.map((input) => ({
    input,
    files: expandInputs([input], {
      output: options.output,
      pattern: answerFilePattern(options.questionnaire),
      warn: warnIn(ctx.language),
    }),
  }));
  for (const side of sides)
    if (side.files.length === 0) throw new UserError(noAnswerFiles([side.input], options.questionnaire), EXIT.usage);
  // The same files twice (a folder and its path again, a shell's glob): no change, and a trend with a column twice.
  const seen = new Map<string, string>();
  for (const side of sides) {
    const key = JSON.stringify(side.files.map((f) => path.resolve(f)).sort());
    const earlier = seen.get(key);
    if (earlier !== undefined)
      throw new UserError(tool('compare.same-scan', { first: earlier, second: side.input }), EXIT.usage);
    seen.set(key, side.input);
  }
  if (options.output !== undefined) refuseToReplace(options.output, options.force);
  const workspace = openWorkspace(options.dir ?? [], ctx, options.allowOutside);
  const csvQuestionnaire = csvQuestionnaireFrom(options.questionnaire, workspace);
  const plan = options.plan !== undefined ? readPlanFile(options.plan, workspace) : undefined;
  const language = options.lang !== undefined ? { language: options.lang } : {};
  const report = (d: Diagnostic) =>
    ctx.stderr(formatDiagnosticLine(localizeFinding(d, ctx.language), ctx.errStyle) + '\n');

  if (options.keepRoles && !options.anonymise)
    ctx.stderr(say(tool('option.keep-roles-no-effect'), ctx.language) + '\n');
  const anonymity = options.anonymise ? { keepRoles: Boolean(options.keepRoles) } : undefined;

  const warned = new Set<string>();
  const profileOf = async ({ input, files }: { input: string; files: string[] }): Promise<ScoredSide> => {
    const asProfile = files.length === 1 && files[0] === input ? readProfileFile(input) : undefined;
    if (asProfile) {
      asProfile.diagnostics.forEach(report);
      if (!asProfile.profile) throw new UserError(tool('compare.not-a-profile', { input }), EXIT.findings);
      const read = organisation !== undefined ? { ...asProfile.profile, organisation } : asProfile.profile;
      // Of a profile, a comparison shows only the sources (file names, often people's): numbered as they stand.
      const profile = anonymity ? { ...read, sources: read.sources.map((_, i) => respondentLabel(i + 1)) } : read;
      // The questionnaire of that id the workspace knows (shipped, or in a --dir folder) says which questions changed.
      const known = workspace.catalog.get(profile.questionnaire.id);
      const q = known !== undefined ? workspace.load(known).questionnaire : undefined;
      return { profile, ...(q ? { q } : {}) };
    }
    const { sets, questionnaires, diagnostics, bad, skipped } = await loadAnswerSets(files, workspace, {
      ...(options.strict ? { strict: true } : {}),
      ...(csvQuestionnaire ? { csvQuestionnaire } : {}),
      ...(options.ignoreColumn ? { ignoreColumns: options.ignoreColumn } : {}),
      ...(anonymity ? { anonymise: anonymity } : {}),
    });
    diagnostics.forEach(report);
    if (bad) throw new UserError(tool('compare.fix-answers', { input, skipped }), EXIT.findings);
    if (sets.length === 0) throw new UserError(tool('compare.no-answers', { input }), EXIT.findings);
    if (questionnaires.size > 1)
      throw new UserError(tool('compare.mixed', { input, ids: [...questionnaires.keys()] }), EXIT.findings);
    const q = [...questionnaires.values()][0]!;
    const warning = noTextsWarning(q, options.lang);
    if (warning && !warned.has(warning)) {
      warned.add(warning);
      ctx.stderr(`${warning}\n`);
    }
    if (organisation === undefined) {
      const named = organisationsNamed(sets);
      if (named.length > 1) ctx.stderr(say(mixedOrganisationsWarning(named, input), ctx.language) + '\n');
    }
    return { profile: score(q, sets, { ...language, ...(organisation !== undefined ? { organisation } : {}) }), q };
  };

  if (sides.length > 2) return compareTrend(sides, profileOf, plan, options, ctx);
  // One side after the other: the findings of the first are said before the second is read.
  const earlierSide = await profileOf(sides[0]!);
  const laterSide = await profileOf(sides[1]!);
  const [earlier, later] = [earlierSide.profile, laterSide.profile];
  const refusal = incomparability(earlier, later);
  if (refusal) throw new UserError(refusal, EXIT.findings);
  // Comparable, but a change between two organisations is no progress of either: said, not refused.
  const different = differentOrganisations(earlier, later);
  if (different)
    ctx.stderr(
      say(
        tool('compare.different-organisations', {
          before: safeLine(different.before),
          after: safeLine(different.after),
        }),
        ctx.language,
      ) + '\n',
    );
  // Units whose questions changed between the versions the sides answered.
  const questionsChanged = questionsChangedBetween(earlierSide, laterSide);
  const comparing = { ...language, ...(questionsChanged ? { questionsChanged } : {}) };
  if (plan) refuseOtherPlan(options.plan!, plan, [earlier, later]);
  const toFile = options.output !== undefined;
  const textOptions = { style: toFile ? plainStyle : ctx.style, width: reportWidth(ctx, toFile) };
  /** The comparison with how far the action plan is (`--plan`), for the formats that show it within. */
  const withPlan = (compared: Comparison): Comparison =>
    plan ? comparisonWithPlan(compared, plan, options.plan!) : compared;
  /** The text formats: the comparison, and after it how far the action plan is. */
  const textComparison = (compared: Comparison, textFormat: Exclude<ComparisonFormat, 'html' | 'slides'>): string => {
    const c = withPlan(compared);
    return COMPARISON_RENDERERS[textFormat](c, textOptions) + comparisonPlanText(c, textFormat, textOptions);
  };
  // The HTML report draws both profiles (a chart of before and after), not only their differences.
  const text =
    format === 'html'
      ? (await import('../../report/html/index.js')).renderHtmlComparison(earlier, later, {
          language: options.lang ?? later.language,
          ...(questionsChanged ? { questionsChanged } : {}),
          ...(plan ? { plan: withPlan(compareProfiles(earlier, later, comparing)).plan! } : {}),
        })
      : format === 'slides'
        ? (await import('../../report/slides/index.js')).renderComparisonSlides(
            withPlan(compareProfiles(earlier, later, comparing)),
            { before: earlier, after: later },
          )
        : textComparison(compareProfiles(earlier, later, comparing), format);
  if (toFile) writeFileAtomically(options.output!, text);
  else ctx.stdout(text);
  return EXIT.ok;
}

/** Three or more scans: a trend, in date order where the dates give one. */
async function compareTrend(
  sides: { input: string; files: string[] }[],
  profileOf: (side: { input: string; files: string[] }) => Promise<ScoredSide>,
  plan: PlanFile | undefined,
  options: CompareOptions,
  ctx: CommandContext,
): Promise<number> {
  const format = options.format ?? 'table';
  // One side after the other: the findings of each are said before the next is read.
  const given: ScoredSide[] = [];
  for (const side of sides) given.push(await profileOf(side));
  const last = given[given.length - 1]!.profile;
  for (const { profile } of given.slice(0, -1)) {
    const refusal = incomparability(profile, last);
    if (refusal) throw new UserError(refusal, EXIT.findings);
  }
  const { indexes, order } = trendOrder(given.map((g) => g.profile.date));
  const scored = indexes.map((i) => given[i]!);
  if (order.by === 'given')
    ctx.stderr(say(tool('compare.trend-order-given', { reason: order.reason }), ctx.language) + '\n');
  else if (order.moved)
    ctx.stderr(
      say(tool('compare.trend-order', { order: indexes.map((i) => safeLine(sides[i]!.input)) }), ctx.language) + '\n',
    );
  const questionsChanged = unionOfChanges(
    scored.slice(1).map((later, i) => questionsChangedBetween(scored[i]!, later)),
  );
  if (plan)
    refuseOtherPlan(
      options.plan!,
      plan,
      scored.map((s) => s.profile),
    );
  const trendOnly = trendOfProfiles(
    scored.map((s) => s.profile),
    {
      ...(options.lang !== undefined ? { language: options.lang } : {}),
      ...(questionsChanged ? { questionsChanged } : {}),
      order,
    },
  );
  const trend = plan ? trendWithPlan(trendOnly, plan, options.plan!) : trendOnly;
  if (trend.differentOrganisations)
    ctx.stderr(
      say(tool('compare.trend-organisations', { names: trend.differentOrganisations.map(safeLine) }), ctx.language) +
        '\n',
    );
  const toFile = options.output !== undefined;
  const textOptions = { style: toFile ? plainStyle : ctx.style, width: reportWidth(ctx, toFile) };
  const text =
    format === 'html'
      ? (await import('../../report/html/index.js')).renderTrendHtml(
          trend,
          scored.map((s) => s.profile),
        )
      : format === 'slides'
        ? (await import('../../report/slides/index.js')).renderTrendSlides(
            trend,
            scored.map((s) => s.profile),
          )
        : TREND_RENDERERS[format](trend, textOptions) + trendPlanText(trend, format, textOptions);
  if (toFile) writeFileAtomically(options.output!, text);
  else ctx.stdout(text);
  return EXIT.ok;
}
