/** `--format markdown`: a report to paste into a document, an issue or a pull request. */
import { flattenUnits } from '../../scoring/profile-units.js';
import { planLines } from './plan.js';
import type { GroupProfile, Profile, UnitProfile } from '../../scoring/types.js';
import { profileLevelTerm } from '../../questionnaire/level-term.js';
import { safeStrings } from '../../util/safe-text.js';
import { plainStyle } from '../../util/style.js';
import { capitalise } from '../../util/text.js';
import { formatNumber, formatRank, formatScore, levelMinOf } from '../format.js';
import { explanationLines } from './explain.js';
import { labelsFor, type Labels } from './labels.js';
import {
  belowFloorItems,
  coverageText,
  disagreements,
  groupName,
  headerFacts,
  anyUncertain,
  levelCell,
  migrationText,
  overallLevelText,
  profileTitle,
  scoringText,
  stepGroupLevels,
  stepGroupPath,
  type Position,
} from './table.js';
import { bar } from './text.js';
import { countsLine, noteText, questionTitle, questionUnits } from './questions.js';

/** Escapes what would turn text into markup or break a table cell. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|#])/g, '\\$1').replace(/\n/g, ' ');
}

/** A bar in a code span; its `|` is escaped so GitHub tables do not split the cell there. */
function chartCell(profile: Profile, score: number | null, target: number | null): string {
  return '`' + bar(score, levelMinOf(profile, target), profile.scale, plainStyle).replace(/\|/g, '\\|') + '`';
}

function unitRow(profile: Profile, unit: UnitProfile, strong: boolean, labels: Labels): string {
  const name = escapeMarkdown(unit.name);
  const score = formatScore(unit.score, profile.language) + (unit.spread?.disagreement ? ' ⚠' : '');
  const cells = [
    strong ? `**${name}**` : `↳ ${name}`,
    strong ? `**${score}**` : score,
    escapeMarkdown(levelCell(profile, unit, labels)),
    formatRank(unit.target),
    formatRank(unit.gap),
    chartCell(profile, unit.score, unit.target),
  ];
  return `| ${cells.join(' | ')} |`;
}

/** A group of a unit: score and level, no target or gap (groups have none). */
function groupRow(profile: Profile, group: GroupProfile, labels: Labels): string {
  const cells = [
    escapeMarkdown(groupName(group.name)),
    formatScore(group.score, profile.language),
    escapeMarkdown(levelCell(profile, group, labels)),
    '',
    '',
    chartCell(profile, group.score, null),
  ];
  return `| ${cells.join(' | ')} |`;
}

function header(labels: Labels): string[] {
  const head = [labels.unit, labels.score, labels.level, labels.target, labels.gap, labels.chart].map((h) =>
    escapeMarkdown(capitalise(h)),
  );
  return [`| ${head.join(' | ')} |`, '| --- | ---: | --- | ---: | ---: | --- |'];
}

/** Per unit its questions: each with its bar of counts (after a hard line break) and its notes below. */
function questionsMarkdown(profile: Profile, labels: Labels): string[] {
  const units = questionUnits(profile);
  if (units.length === 0) return [];
  const lang = profile.language;
  const out = [`## ${escapeMarkdown(labels.answersPerQuestion)}`, ''];
  for (const { path, questions } of units) {
    out.push(`### ${escapeMarkdown(path)}`, '');
    for (const question of questions) {
      const title = escapeMarkdown(questionTitle(question, labels, lang));
      // A combined value was nobody's answer: no bar, the mark after the question says what it is.
      if (question.combined) out.push(`- **${escapeMarkdown(question.id)}** ${title}`);
      else {
        out.push(`- **${escapeMarkdown(question.id)}** ${title}\\`);
        out.push(`  ${escapeMarkdown(countsLine(question, labels, lang))}`);
      }
      for (const note of question.notes) out.push(`  - ${escapeMarkdown(noteText(note))}`);
    }
    out.push('');
  }
  return out;
}

export function renderProfileMarkdown(scored: Profile, position?: Position): string {
  // Every text from the files as safe text, before Markdown escapes it.
  const profile = safeStrings(scored);
  const labels = labelsFor(profile.language, profileLevelTerm(profile));
  const lang = profile.language;
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(profileTitle(profile, labels, position))}`, '');
  out.push(escapeMarkdown(headerFacts(profile, labels)), '');
  out.push(`- **${labels.coverage}:** ${escapeMarkdown(coverageText(profile, labels))}`);
  const migrated = migrationText(profile, labels);
  if (migrated !== null) out.push(`- ${escapeMarkdown(migrated)}`);
  const rules = scoringText(profile, labels);
  if (rules !== null) out.push(`- **${labels.scoring}:** ${escapeMarkdown(rules)}`);
  out.push(
    `- **${labels.overall}:** ${formatScore(profile.overall.score, lang)} · ${escapeMarkdown(labels.level)} ${escapeMarkdown(overallLevelText(profile, labels))}`,
  );
  out.push('');
  const belowFloor = belowFloorItems(profile, labels);
  if (belowFloor.length > 0) {
    out.push(`## ${escapeMarkdown(labels.belowLegalFloor)}`, '', escapeMarkdown(labels.belowLegalFloorIntro), '');
    for (const { id, text, answer } of belowFloor)
      out.push(`- **${escapeMarkdown(id)}** ${escapeMarkdown(text)} — ${escapeMarkdown(answer)}`);
    out.push('');
  }
  // A section per dimension: its own row in bold, the units below it after.
  for (const [i, { unit, depth }] of flattenUnits<UnitProfile>(profile.dimensions).entries()) {
    if (depth === 1) {
      if (i > 0) out.push('');
      out.push(`## ${escapeMarkdown(unit.name)}`, '', ...header(labels));
    }
    out.push(unitRow(profile, unit, depth === 1, labels));
    for (const group of unit.groups ?? []) out.push(groupRow(profile, group, labels));
  }
  if (profile.dimensions.length > 0) out.push('');
  const legend = labels.chartLegend(formatNumber(profile.scale.min, lang), formatNumber(profile.scale.max, lang));
  out.push(
    `_${escapeMarkdown(legend)}${profile.respondents > 1 ? `; ⚠ = ${escapeMarkdown(labels.disagreements.toLowerCase())}` : ''}${anyUncertain(profile) ? `; ${escapeMarkdown(labels.uncertainLegend)}` : ''}_`,
    '',
  );

  const disagreeing = disagreements(profile);
  if (disagreeing.length > 0) {
    out.push(
      `## ${labels.disagreements}`,
      '',
      escapeMarkdown(labels.disagreementIntro(formatNumber(profile.scoring.disagreementThreshold, lang))),
      '',
    );
    for (const { unit, path } of disagreeing) {
      const s = unit.spread!;
      out.push(
        `- **${escapeMarkdown(path)}:** ${labels.spreadDetail(formatScore(s.min, lang), formatScore(s.max, lang), formatScore(s.sd, lang), s.respondents)}`,
      );
    }
    out.push('');
  }

  out.push(`## ${labels.nextSteps}`, '');
  if (profile.nextSteps.length === 0) out.push(labels.noNextSteps, '');
  for (const [i, group] of profile.nextSteps.entries()) {
    out.push(
      `${i + 1}. **${escapeMarkdown(stepGroupPath(group))}** (${escapeMarkdown(stepGroupLevels(group, labels))})`,
    );
    for (const step of group.steps) out.push(`   - ${escapeMarkdown(step)}`);
  }
  if (profile.nextSteps.length > 0) out.push('');
  if (profile.plan) {
    out.push(`## ${labels.actionPlan}`, '');
    for (const line of planLines(profile.plan, labels)) out.push(`- ${escapeMarkdown(line)}`);
    out.push('');
  }

  out.push(...questionsMarkdown(profile, labels));

  if (profile.explanation) {
    out.push('<details>', `<summary>${escapeMarkdown(labels.explanation)}</summary>`, '', '```text');
    out.push(...explanationLines(profile, labels, plainStyle, 100).slice(2));
    out.push('```', '', '</details>', '');
  }
  return out.join('\n').replace(/\n+$/, '') + '\n';
}

/** `batch`: name an anonymous respondent by its place (default: when there are several profiles). */
export function renderProfilesMarkdown(profiles: readonly Profile[], batch?: boolean): string {
  const numbered = batch ?? profiles.length > 1;
  return profiles.map((p, i) => renderProfileMarkdown(p, numbered ? i + 1 : undefined)).join('\n---\n\n');
}
