/**
 * `--explain` as text: for each number of a profile, the answers, weights and thresholds that
 * produced it, so a consultant can answer "why are we in phase 2?". Reads `profile.explanation`.
 */
import type { UnitKind } from '../../questionnaire/tree.js';
import { flattenUnits } from '../../scoring/profile-units.js';
import type { ExplainedInput, ExplainedQuestion, ExplainedUnit, Profile, UnitProfile } from '../../scoring/types.js';
import type { Style } from '../../util/style.js';
import { hangingWrap } from '../../util/text.js';
import { formatNumber, formatScore, levelOf } from '../format.js';
import type { Labels } from './labels.js';

export function explanationLines(profile: Profile, labels: Labels, style: Style, width: number): string[] {
  const explanation = profile.explanation;
  if (!explanation) return [];
  const lang = profile.language;
  const score = (v: number | null) => formatScore(v, lang);
  const plain = (v: number) => formatNumber(v, lang);
  const names = new Map(
    flattenUnits<UnitProfile>(profile.dimensions).flatMap(({ unit }) => [
      [unit.id, unit.name] as const,
      ...(unit.groups ?? []).map((g) => [g.id, g.name] as const),
    ]),
  );
  const unitsLabel: Record<UnitKind, string> = { dimension: labels.dimensions, subdimension: labels.subdimensions };
  const questions = new Map(explanation.questions.map((q) => [q.id, q]));
  const levelName = (rank: number) => levelOf(profile, rank)?.name ?? '';
  // How many answers to each question lie below the legal floor: said after its value.
  const belowFloor = new Map<string, number>();
  for (const a of profile.belowLegalFloor ?? [])
    belowFloor.set(a.question, (belowFloor.get(a.question) ?? 0) + a.respondents.length);
  const floorMark = (id: string): string => {
    const n = belowFloor.get(id);
    if (n === undefined) return '';
    return ` [${profile.respondents > 1 ? `${n}× ` : ''}${labels.belowLegalFloorMark}]`;
  };

  // Profiles written before these rules existed have neither: the defaults then.
  const lowest = profile.scoring.unanswered === 'lowest';
  const combinedOf = labels.combinedOf[profile.scoring.respondents ?? 'mean'];
  const questionValue = (q: ExplainedQuestion): string => {
    const given = q.answers.filter((a) => typeof a.value === 'number').map((a) => plain(a.value as number));
    if (q.value === null) return '';
    if (q.answers.length <= 1) return given.length > 0 ? plain(q.value) : `${plain(q.value)} (${leftOutReason(q)})`;
    const missing = given.length < q.answers.length ? leftOutReason(q) : '';
    const values = given.length > 0 ? `${combinedOf} ${given.join(', ')}` : '';
    return `${score(q.value)} (${[values, missing].filter((x) => x !== '').join('; ')})`;
  };
  const leftOutReason = (q: ExplainedQuestion): string => {
    const count = (v: unknown) => q.answers.filter((a) => a.value === v).length;
    const parts: [number, string][] = [
      [count('unknown'), labels.unknown],
      [count('not-applicable'), labels.notApplicable],
      [count(null), lowest ? labels.unansweredAsLowest : labels.unanswered],
    ];
    const present = parts.filter(([n]) => n > 0);
    if (q.answers.length <= 1) return present[0]?.[1] ?? labels.unanswered;
    return present.map(([n, word]) => `${n}× ${word}`).join(', ');
  };

  const inputName = (input: ExplainedInput) =>
    input.kind === 'question' ? input.id : (names.get(input.id) ?? input.id);
  const formula = (unit: ExplainedUnit): string => {
    const used = unit.inputs.filter((i) => i.value !== null);
    if (unit.score === null || used.length === 0) return labels.noValueAnswered;
    // One respondent's option values are shown as given; means and scores with two decimals.
    const value = (i: ExplainedInput) =>
      i.kind === 'question' && profile.respondents <= 1 && i.value !== null ? plain(i.value) : score(i.value);
    if (unit.gate) {
      const { rank, p, levels } = unit.gate;
      const ladder = levels.map((l, i) => labels.gatedLevel(levelName(i + 1) || l.id, l.passing, l.countable, l.met));
      return `${ladder.join('; ')}: ${labels.gatedScore(rank, score(p), rank === levels.length)} = ${score(unit.score)}`;
    }
    if (used.length === 1) return `${score(unit.score)} (${labels.onlyOne(inputName(used[0]!))})`;
    if (unit.method === 'min') return `${labels.minOf} ${used.map(value).join(', ')} = ${score(unit.score)}`;
    const weighted = used.some((i) => i.weight !== 1);
    const terms = used.map((i) => (weighted ? `${value(i)}×${plain(i.weight)}` : value(i)));
    const divisor = used.reduce((n, i) => n + i.weight, 0);
    return `(${terms.join(' + ')}) / ${plain(divisor)} = ${score(unit.score)}`;
  };

  const levelLine = (unit: ExplainedUnit): string => {
    const { level } = unit;
    if (unit.score === null) return labels.noValueAnswered;
    if (level.rank === 0) {
      const first = levelOf(profile, 1);
      return `0, ${first ? labels.belowFirst(first.name, plain(first.min)) : ''}`;
    }
    const upper = level.next
      ? ` < ${plain(level.next.min)} (${labels.level} ${level.next.rank} ${levelName(level.next.rank)})`
      : ` (${labels.topLevel})`;
    return `${level.rank} ${levelName(level.rank)}, ${labels.because} ${plain(level.min ?? 0)} ≤ ${score(unit.score)}${upper}`;
  };

  const out: string[] = [style.bold(labels.explanation), ''];
  for (const unit of explanation.units) {
    const title = unit.id === null ? labels.overall : `${names.get(unit.id) ?? unit.id} (${unit.id})`;
    const reached = unit.level.rank > 0 ? ` · ${labels.level} ${unit.level.rank} ${levelName(unit.level.rank)}` : '';
    out.push(...hangingWrap('', style.bold(`${title}: ${score(unit.score)}${reached}`), width));
    const counted: string[] = [];
    const leftOut: string[] = [];
    const notPassing: string[] = [];
    for (const input of unit.inputs) {
      const weight = input.weight !== 1 ? `, ${labels.weight} ${plain(input.weight)}` : '';
      if (input.kind === 'question') {
        const q = questions.get(input.id);
        // A gated unit leaves out only what someone called not applicable; unknown and unanswered count and do not pass.
        const offBar = unit.method !== 'gated' || (q?.answers.some((a) => a.value === 'not-applicable') ?? false);
        if (input.value === null)
          (offBar ? leftOut : notPassing).push(`${input.id} ${q ? leftOutReason(q) : labels.unanswered}`);
        else counted.push(`${input.id} = ${q ? questionValue(q) : plain(input.value)}${floorMark(input.id)}${weight}`);
      } else if (input.value === null) {
        leftOut.push(`${inputName(input)} ${labels.noScore}`);
      } else {
        counted.push(`${inputName(input)} ${score(input.value)}${weight}`);
      }
    }
    const kind = unit.inputs[0]?.kind;
    const inputsLabel = kind === undefined || kind === 'question' ? labels.answeredQuestions : unitsLabel[kind];
    if (counted.length > 0) out.push(...hangingWrap(`  ${inputsLabel}: `, counted.join('; '), width));
    if (notPassing.length > 0) out.push(...hangingWrap(`  ${labels.notPassing}: `, notPassing.join('; '), width));
    if (leftOut.length > 0) out.push(...hangingWrap(`  ${labels.leftOut}: `, leftOut.join('; '), width));
    out.push(...hangingWrap(`  ${labels.score}: `, formula(unit), width));
    if (unit.score !== null) out.push(...hangingWrap(`  ${labels.level}: `, levelLine(unit), width));
    if (unit.target) {
      const gap =
        unit.gap === undefined
          ? ''
          : unit.gap > 0
            ? `; ${labels.gap} ${unit.target.rank} − ${unit.level.rank} = ${unit.gap}`
            : `; ${labels.gap} 0`;
      out.push(
        ...hangingWrap(
          `  ${labels.target}: `,
          `${unit.target.rank} (${labels.targetFrom(unit.target.source, unit.target.from)})${gap}`,
          width,
        ),
      );
    }
    out.push('');
  }
  return out;
}
