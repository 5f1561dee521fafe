/**
 * The scorer's invariants, on random valid questionnaires (built directly in merged form) and random
 * answer sets: scores stay within the scale, levels follow scores, and respondent order, weight
 * scale, `unknown` answers and duplicated groups change nothing they should not.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Answer, AnswerSet, AnswerValue } from '../../src/answers/types.js';
import { optionsOf } from '../../src/questionnaire/structure.js';
import type { Dimension, Level, Question, Questionnaire, Scale } from '../../src/questionnaire/types.js';
import { Workspace } from '../../src/workspace/workspace.js';
import { score } from '../../src/scoring/score.js';
import type { Coverage, Profile, Spread } from '../../src/scoring/types.js';

const TOLERANCE = 1e-9;

// ---------------------------------------------------------------------------------------------
// Generators

/** A positive weight, or none (the default 1), so the default takes part in every property. */
const weight = fc.double({ min: 0.01, max: 100, noNaN: true });

const questionShape = fc.record({ scale: fc.nat(1), weight }, { requiredKeys: ['scale'] });
const leafShape = fc.record(
  { weight, questions: fc.array(questionShape, { minLength: 1, maxLength: 4 }) },
  { requiredKeys: ['questions'] },
);
const dimensionShape = fc.record(
  {
    weight,
    // Either questions of its own or 1–4 subdimensions with theirs.
    parts: fc.oneof(
      leafShape.map((leaf) => ({ leaf })),
      fc.array(leafShape, { minLength: 1, maxLength: 4 }).map((subdimensions) => ({ subdimensions })),
    ),
  },
  { requiredKeys: ['parts'] },
);
/** What an arbitrary generates. */
type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

/** Distinct option values, lowest first (as the schema asks): small integers, or decimals that may be negative. */
const optionValues = fc
  .oneof(
    fc.uniqueArray(fc.integer({ min: 0, max: 10 }), { minLength: 2, maxLength: 5 }),
    fc.uniqueArray(
      fc.integer({ min: -500, max: 1000 }).map((n) => n / 100),
      { minLength: 2, maxLength: 5 },
    ),
  )
  .map(ascending);

/** Strictly rising level minimums around the option values, so every level can be reached or missed. */
const levelMins = fc
  .uniqueArray(
    fc.integer({ min: -2, max: 22 }).map((n) => n / 2),
    { minLength: 2, maxLength: 5 },
  )
  .map(ascending);

const questionnaireShape = fc.record({
  dimensions: fc.array(dimensionShape, { minLength: 1, maxLength: 4 }),
  scales: fc.array(optionValues, { minLength: 1, maxLength: 2 }),
  levels: levelMins,
  method: fc.constantFrom('mean' as const, 'min' as const),
});

function ascending(values: number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

function withWeight<T extends object>(x: T, w: number | undefined): T & { weight?: number } {
  return w === undefined ? x : { ...x, weight: w };
}

function buildQuestionnaire(shape: ValueOf<typeof questionnaireShape>): Questionnaire {
  const scales: Scale[] = shape.scales.map((values, i) => ({
    id: `scale-${i + 1}`,
    options: values.map((value) => ({ value, label: `Option ${value}` })),
    unknown: true,
    notApplicable: true,
  }));
  const levels: Level[] = shape.levels.map((min, i) => ({ id: `level-${i + 1}`, name: `Level ${i + 1}`, min }));
  const questions: Question[] = [];
  const ask = (link: { dimension: string } | { subdimension: string }, list: ValueOf<typeof questionShape>[]) => {
    for (const x of list) {
      questions.push(
        withWeight(
          { id: `q-${questions.length + 1}`, text: 'Question?', scale: scales[x.scale % scales.length]!.id, ...link },
          x.weight,
        ),
      );
    }
  };
  const dimensions = shape.dimensions.map((d, i): Dimension => {
    const id = `d-${i + 1}`;
    if ('leaf' in d.parts) {
      ask({ dimension: id }, d.parts.leaf.questions);
      return withWeight({ id, name: `Dimension ${i + 1}` }, d.weight);
    }
    const subdimensions = d.parts.subdimensions.map((sub, j) => {
      const subId = `${id}-s-${j + 1}`;
      ask({ subdimension: subId }, sub.questions);
      return withWeight({ id: subId, name: `Subdimension ${i + 1}.${j + 1}` }, sub.weight);
    });
    return withWeight({ id, name: `Dimension ${i + 1}`, subdimensions }, d.weight);
  });
  return {
    id: 'random-scan',
    version: '1.0.0',
    title: 'Random scan',
    languages: ['en'],
    modelId: 'random-scan',
    modelVersion: '1.0.0',
    levels,
    scales,
    dimensions,
    questions,
    scoring: { method: shape.method },
  };
}

/** One answer: mostly an option value of the question's scale, sometimes none, `unknown` or `not-applicable`. */
function answerFor(q: Questionnaire, question: Question): fc.Arbitrary<AnswerValue | null> {
  const values = optionsOf(q, question.id).options.map((o) => o.value);
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom<AnswerValue>(...values) },
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constantFrom<AnswerValue>('unknown', 'not-applicable') },
  );
}

function answerSet(q: Questionnaire, respondent: number, values: readonly (AnswerValue | null)[]): AnswerSet {
  const answers: Record<string, Answer> = {};
  q.questions.forEach((question, i) => {
    const value = values[i];
    if (value !== null && value !== undefined) answers[question.id] = { value };
  });
  return { source: `respondent-${respondent}.yaml`, questionnaire: q.id, answers };
}

interface Scenario {
  q: Questionnaire;
  sets: AnswerSet[];
}

const scenario: fc.Arbitrary<Scenario> = questionnaireShape.chain((shape) => {
  const q = buildQuestionnaire(shape);
  const oneSet = fc.tuple(...q.questions.map((question) => answerFor(q, question)));
  return fc
    .array(oneSet, { minLength: 1, maxLength: 6 })
    .map((all) => ({ q, sets: all.map((values, i) => answerSet(q, i + 1, values)) }));
});

// ---------------------------------------------------------------------------------------------
// Views on a profile

interface UnitView {
  id: string;
  score: number | null;
  level: number;
  levelId: string | null;
  coverage: Coverage;
  spread: Spread | undefined;
}

/** The overall score, every dimension and every subdimension, in questionnaire order. */
function unitsOf(p: Profile): UnitView[] {
  const overall: UnitView = {
    id: '(overall)',
    score: p.overall.score,
    level: p.overall.level,
    levelId: p.overall.levelId,
    coverage: p.coverage,
    spread: undefined,
  };
  const units = p.dimensions.flatMap((d) => [d, ...d.subdimensions]);
  return [
    overall,
    ...units.map((u) => ({
      id: u.id,
      score: u.score,
      level: u.level,
      levelId: u.levelId,
      coverage: u.coverage,
      spread: u.spread,
    })),
  ];
}

/** Equal up to float rounding: relative, with a floor of 1 so scores near 0 compare absolutely. */
function close(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return a === b;
  return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

function expectSameScores(actual: Profile, expected: Profile): void {
  const a = unitsOf(actual);
  const e = unitsOf(expected);
  expect(a.map((u) => u.id)).toEqual(e.map((u) => u.id));
  a.forEach((u, i) => {
    const want = e[i]!.score;
    expect(close(u.score, want), `${u.id}: ${u.score} vs ${want}`).toBe(true);
  });
}

function optionRange(q: Questionnaire): { min: number; max: number } {
  const values = q.scales.flatMap((s) => s.options.map((o) => o.value));
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** The level by its definition: how many mins the score reaches (mins rise strictly, so that is the highest rank). */
function levelByDefinition(levels: readonly Level[], s: number | null): number {
  return s === null ? 0 : levels.filter((l) => l.min <= s + TOLERANCE).length;
}

/** The (respondent, question) pairs without an answer value, for the properties that fill one in. */
function unanswered(q: Questionnaire, sets: readonly AnswerSet[]): { respondent: number; question: string }[] {
  return sets.flatMap((set, respondent) =>
    q.questions.filter((x) => set.answers[x.id]?.value === undefined).map((x) => ({ respondent, question: x.id })),
  );
}

function withAnswer(sets: readonly AnswerSet[], respondent: number, question: string, value: AnswerValue): AnswerSet[] {
  return sets.map((set, i) =>
    i === respondent ? { ...set, answers: { ...set.answers, [question]: { value } } } : set,
  );
}

function scaleWeights(q: Questionnaire, factor: number): Questionnaire {
  const scaled = <T extends { weight?: number }>(x: T): T => ({ ...x, weight: (x.weight ?? 1) * factor });
  return {
    ...q,
    questions: q.questions.map(scaled),
    dimensions: q.dimensions.map((d) => ({
      ...scaled(d),
      ...(d.subdimensions ? { subdimensions: d.subdimensions.map(scaled) } : {}),
    })),
  };
}

// ---------------------------------------------------------------------------------------------

describe('scorer properties', () => {
  it('generates questionnaires the loader accepts (so the properties below are about valid input)', () => {
    fc.assert(
      fc.property(questionnaireShape, (shape) => {
        const q = buildQuestionnaire(shape);
        const { modelId: _m, modelVersion: _v, ...file } = q;
        const workspace = new Workspace({ read: () => ({ text: stringify(file) }) });
        const loaded = workspace.load('random.yaml');
        expect(loaded.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([]);
        // The loader's merged form is the one generated: the generator writes merged questionnaires faithfully.
        expect(loaded.questionnaire).toEqual(q);
      }),
      { numRuns: 30 },
    );
  });

  it('every score lies between the lowest and highest option value', () => {
    fc.assert(
      fc.property(scenario, ({ q, sets }) => {
        const { min, max } = optionRange(q);
        for (const u of unitsOf(score(q, sets))) {
          if (u.score === null) continue;
          expect(u.score, u.id).toBeGreaterThanOrEqual(min - TOLERANCE);
          expect(u.score, u.id).toBeLessThanOrEqual(max + TOLERANCE);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the level is the highest level whose min the score reaches, so a higher score never has a lower level', () => {
    fc.assert(
      fc.property(scenario, ({ q, sets }) => {
        const units = unitsOf(score(q, sets));
        for (const u of units) {
          expect(u.level, u.id).toBe(levelByDefinition(q.levels, u.score));
          expect(u.levelId, u.id).toBe(u.level > 0 ? q.levels[u.level - 1]!.id : null);
        }
        const scored = units.filter((u) => u.score !== null).sort((a, b) => a.score! - b.score!);
        for (let i = 1; i < scored.length; i++) expect(scored[i]!.level).toBeGreaterThanOrEqual(scored[i - 1]!.level);
      }),
      { numRuns: 300 },
    );
  });

  it('the order of respondents does not change a group profile', () => {
    const shuffled = scenario.chain((s) =>
      fc
        .shuffledSubarray(s.sets, { minLength: s.sets.length, maxLength: s.sets.length })
        .map((order) => ({ ...s, order })),
    );
    fc.assert(
      fc.property(shuffled, ({ q, sets, order }) => {
        const a = unitsOf(score(q, sets));
        const b = unitsOf(score(q, order));
        a.forEach((u, i) => {
          const v = b[i]!;
          // Sums over respondents in another order may differ in the last bit: scores and sd compare with a tolerance.
          expect(close(u.score, v.score), `${u.id}: ${u.score} vs ${v.score}`).toBe(true);
          expect([v.id, v.level, v.levelId, v.coverage]).toEqual([u.id, u.level, u.levelId, u.coverage]);
          expect(v.spread === undefined).toBe(u.spread === undefined);
          if (u.spread && v.spread) {
            const { sd: sdA, ...restA } = u.spread;
            const { sd: sdB, ...restB } = v.spread;
            expect(restB, u.id).toEqual(restA);
            expect(close(sdA, sdB), `${u.id} sd: ${sdA} vs ${sdB}`).toBe(true);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('multiplying every weight by the same positive factor changes no score', () => {
    const factor = fc.oneof(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.constantFrom(2, 10, 0.5));
    fc.assert(
      fc.property(scenario, factor, ({ q, sets }, f) => {
        expectSameScores(score(scaleWeights(q, f), sets), score(q, sets));
      }),
      { numRuns: 300 },
    );
  });

  it('answering one more unanswered question never lowers coverage anywhere', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), fc.nat(), ({ q, sets }, pick, option) => {
        const holes = unanswered(q, sets);
        fc.pre(holes.length > 0);
        const { respondent, question } = holes[pick % holes.length]!;
        const values = optionsOf(q, question).options.map((o) => o.value);
        const before = unitsOf(score(q, sets));
        const after = unitsOf(score(q, withAnswer(sets, respondent, question, values[option % values.length]!)));
        after.forEach((u, i) => {
          const was = before[i]!.coverage;
          expect(u.coverage.answered, u.id).toBeGreaterThanOrEqual(was.answered);
          expect(u.coverage.ratio, u.id).toBeGreaterThanOrEqual(was.ratio);
        });
        // And the one new answer is counted exactly once overall.
        expect(after[0]!.coverage.answered).toBe(before[0]!.coverage.answered + 1);
      }),
      { numRuns: 300 },
    );
  });

  it('changing an unanswered question to unknown or not-applicable changes no score', () => {
    const kind = fc.constantFrom<AnswerValue>('unknown', 'not-applicable');
    fc.assert(
      fc.property(scenario, fc.nat(), kind, ({ q, sets }, pick, value) => {
        const holes = unanswered(q, sets);
        fc.pre(holes.length > 0);
        const { respondent, question } = holes[pick % holes.length]!;
        // Both are left out just like a missing answer: the same arithmetic, so exactly the same scores.
        const scores = (p: Profile) => unitsOf(p).map((u) => [u.id, u.score, u.level]);
        expect(scores(score(q, withAnswer(sets, respondent, question, value)))).toEqual(scores(score(q, sets)));
      }),
      { numRuns: 300 },
    );
  });

  it('every respondent twice (one respondent twice, or the whole group twice) changes no score', () => {
    // Only a uniform duplication is score-neutral: doubling one of several respondents gives their
    // values twice the weight in each question's mean, which the README's rules intend.
    fc.assert(
      fc.property(scenario, ({ q, sets }) => {
        const twice = [...sets, ...sets.map((s) => ({ ...s, source: `copy-of-${s.source}` }))];
        expectSameScores(score(q, twice), score(q, sets));
      }),
      { numRuns: 300 },
    );
  });

  it('nothing answered (only missing, unknown or not-applicable) gives null scores, never 0, and level 0', () => {
    const blank = questionnaireShape.chain((shape) => {
      const q = buildQuestionnaire(shape);
      const oneSet = fc.array(fc.constantFrom<AnswerValue | null>(null, 'unknown', 'not-applicable'), {
        minLength: q.questions.length,
        maxLength: q.questions.length,
      });
      return fc
        .array(oneSet, { minLength: 1, maxLength: 6 })
        .map((all) => ({ q, sets: all.map((values, i) => answerSet(q, i + 1, values)) }));
    });
    fc.assert(
      fc.property(blank, ({ q, sets }) => {
        for (const u of unitsOf(score(q, sets))) {
          expect(u.score, u.id).toBeNull();
          expect([u.level, u.levelId, u.spread, u.coverage.answered], u.id).toEqual([0, null, undefined, 0]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
