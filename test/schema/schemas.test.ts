import fs from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const names = ['questionnaire', 'answers', 'profile', 'test', 'comparison'] as const;
/** The shipped questionnaire and model files (their tests are in questionnaires/tests/). */
const shipped = () => fs.readdirSync('questionnaires').filter((f) => f.endsWith('.yaml'));
const load = (name: string) =>
  JSON.parse(fs.readFileSync(`schemas/${name}.schema.json`, 'utf8')) as Record<string, unknown>;

/** Every property schema, with its JSON path, for the "editors show help" check. */
function* properties(schema: unknown, at = '#'): Generator<[string, Record<string, unknown>]> {
  if (typeof schema !== 'object' || schema === null) return;
  const s = schema as Record<string, unknown>;
  for (const [key, value] of Object.entries((s.properties as Record<string, unknown>) ?? {})) {
    yield [`${at}/properties/${key}`, value as Record<string, unknown>];
    yield* properties(value, `${at}/properties/${key}`);
  }
  for (const [key, value] of Object.entries((s.definitions as Record<string, unknown>) ?? {})) {
    yield* properties(value, `${at}/definitions/${key}`);
  }
}

describe('published JSON Schemas', () => {
  it.each(names)('%s.schema.json is draft-07 and compiles in ajv strict mode', (name) => {
    const schema = load(name);
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const ajv = new Ajv({
      strict: true,
      strictRequired: false,
      allowUnionTypes: true,
      keywords: ['markdownDescription'],
    });
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it.each(names)(
    '%s.schema.json: descriptions are plain text for plain hovers; markdown (code in backticks) is in markdownDescription beside them',
    (name) => {
      const problems: string[] = [];
      (function walk(node: unknown, at: string): void {
        if (typeof node !== 'object' || node === null) return;
        const s = node as Record<string, unknown>;
        const { description, markdownDescription } = s;
        if (typeof description === 'string' && description.includes('`'))
          problems.push(
            `${at}: description has backticks${typeof markdownDescription === 'string' ? '' : ' and no markdownDescription'}`,
          );
        if (
          markdownDescription !== undefined &&
          (typeof markdownDescription !== 'string' || typeof description !== 'string')
        )
          problems.push(`${at}: markdownDescription without a description`);
        else if (typeof markdownDescription === 'string' && description !== markdownDescription.replace(/`/g, ''))
          problems.push(`${at}: description is not markdownDescription without its backticks`);
        for (const [key, value] of Object.entries(s))
          if (key !== 'enum' && key !== 'const') walk(value, `${at}/${key}`);
      })(load(name), '#');
      expect(problems).toEqual([]);
    },
  );

  it.each(names)('%s.schema.json describes every property (editors show it on hover)', (name) => {
    const undocumented = [...properties(load(name))]
      .filter(([, p]) => typeof p.description !== 'string' && typeof p.$ref !== 'string')
      .map(([at]) => at);
    expect(undocumented).toEqual([]);
  });

  it('the shipped questionnaires are valid against the questionnaire schema in a plain ajv', () => {
    const validate = new Ajv({ strict: false }).compile(load('questionnaire'));
    for (const file of shipped()) {
      const data = parse(fs.readFileSync(`questionnaires/${file}`, 'utf8'));
      expect(validate(data), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('the questionnaire schema is strict: an unknown key is refused', () => {
    const validate = new Ajv({ strict: false }).compile(load('questionnaire'));
    const data = parse(fs.readFileSync('test/fixtures/questionnaires/valid/mini.yaml', 'utf8'));
    expect(validate(data)).toBe(true);
    expect(validate({ ...data, extra: 1 })).toBe(false);
  });

  it('every shipped YAML file names its schema for yaml-language-server', () => {
    for (const file of shipped()) {
      const first = fs.readFileSync(`questionnaires/${file}`, 'utf8').split('\n')[0];
      expect(first).toBe('# yaml-language-server: $schema=../schemas/questionnaire.schema.json');
    }
  });
});

describe('the test-file schema', () => {
  it('knows every rule id as an expected finding, and no other', async () => {
    const { RULES } = await import('../../src/diagnostics/rules.js');
    const rule = (load('test').definitions as Record<string, { enum: string[] }>).rule!;
    expect(rule.enum).toEqual(Object.keys(RULES));
  });

  it('the shipped tests name it for yaml-language-server, and are valid against it in a plain ajv', () => {
    const validate = new Ajv({ strict: false }).compile(load('test'));
    const tests = fs.readdirSync('questionnaires/tests');
    expect(tests.length).toBeGreaterThan(0);
    for (const file of tests) {
      const text = fs.readFileSync(`questionnaires/tests/${file}`, 'utf8');
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/test.schema.json');
      expect(validate(parse(text)), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });
});

describe('precompiled validators', () => {
  it('src/schema/generated/validators.cjs is up to date with schemas/ (run `npm run schemas`)', async () => {
    const { generate, DECLARATIONS, GENERATED, GENERATED_TYPES } =
      // @ts-expect-error: a plain .mjs script without types
      await import('../../scripts/generate-validators.mjs');
    expect(fs.readFileSync(GENERATED, 'utf8')).toBe(generate());
    expect(fs.readFileSync(GENERATED_TYPES, 'utf8')).toBe(DECLARATIONS);
  });
});

describe('the profile schema: answers per question', () => {
  const validate = new Ajv({ strict: false, allowUnionTypes: true }).compile(load('profile'));
  const scored = async () => {
    const { score } = await import('../../src/scoring/score.js');
    const { answers, tinyScan } = await import('../scoring/load.js');
    const set = answers('a.yaml', { 'a1-1': { value: 2, note: 'Only the pilot' }, 'b-1': 'unknown' });
    // A profile as JSON, as `score --format json` writes it.
    return JSON.parse(JSON.stringify(score(tinyScan(), [set]))) as {
      dimensions: { subdimensions: { questions: Record<string, unknown>[] }[] }[];
    };
  };

  it('a scored profile with questions, counts and notes validates', async () => {
    const profile = await scored();
    expect(profile.dimensions[0]!.subdimensions[0]!.questions[0]).toMatchObject({
      id: 'a1-1',
      notes: [{ respondent: null, text: 'Only the pilot' }],
    });
    expect(validate(profile), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['a count that is not a whole number', { counts: { '1': 0.5, unknown: 0, notApplicable: 0, unanswered: 0 } }],
    ['counts without unanswered', { counts: { '1': 1, unknown: 0, notApplicable: 0 } }],
    [
      'a count keyed by something that is no option value',
      { counts: { x: 1, unknown: 0, notApplicable: 0, unanswered: 0 } },
    ],
    ['a note without its respondent', { notes: [{ text: 'hi' }] }],
    ['a note that is a bare string', { notes: ['hi'] }],
    ['no value', { value: undefined }],
    ['an option without its label', { options: [{ value: 1 }] }],
  ])('a question with %s does not validate', async (_, change) => {
    const profile = await scored();
    const first = profile.dimensions[0]!.subdimensions[0]!.questions;
    first[0] = JSON.parse(JSON.stringify({ ...first[0], ...change })) as Record<string, unknown>;
    expect(validate(profile)).toBe(false);
  });

  it('the profile of a consensus file validates, with its consensus and its combined questions', async () => {
    const { score } = await import('../../src/scoring/score.js');
    const { tinyScan } = await import('../scoring/load.js');
    const { normaliseAnswers } = await import('../../src/answers/types.js');
    const set = normaliseAnswers(
      {
        questionnaire: 'tiny-scan',
        respondent: { name: 'Consensus' },
        basis: 'consensus',
        participants: 4,
        answers: { 'a1-1': { value: 2, note: 'Agreed' }, 'b-1': { value: 2.5, basis: 'combined' } },
      },
      'c.yaml',
    );
    const profile = JSON.parse(JSON.stringify(score(tinyScan(), [set]))) as Record<string, unknown>;
    expect(profile.consensus).toEqual({ participants: 4, agreed: 1, combined: 1 });
    expect(JSON.stringify(profile)).toContain('"combined":true');
    expect(validate(profile), JSON.stringify(validate.errors)).toBe(true);
    for (const wrong of [
      { participants: 4, agreed: 1 },
      { participants: 0, agreed: 1, combined: 1 },
      { participants: 4, agreed: 1, combined: 1, names: [] },
    ])
      expect(validate({ ...profile, consensus: wrong }), JSON.stringify(wrong)).toBe(false);
  });

  it('a profile written before questions existed still validates (compare reads such files)', () => {
    const old = JSON.parse(fs.readFileSync('test/fixtures/profiles/group-of-5.json', 'utf8')) as object;
    expect(JSON.stringify(old)).not.toContain('"questions"');
    expect(validate(old), JSON.stringify(validate.errors)).toBe(true);
  });
});
