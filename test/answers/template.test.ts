import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkAnswers } from '../../src/answers/check.js';
import { parseAnswersCsv } from '../../src/answers/csv.js';
import { answerTemplateCsv, answerTemplateYaml } from '../../src/answers/template.js';
import { normaliseAnswers, type AnswerFile } from '../../src/answers/types.js';
import { validateAgainst } from '../../src/schema/validators.js';
import { loadQuestionnaire, tinyScan } from '../scoring/load.js';

const q = tinyScan();

describe('answerTemplateYaml', () => {
  const text = answerTemplateYaml(q, { schema: '../schemas/answers.schema.json' });

  it('starts with the schema line for yaml-language-server', () => {
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/answers.schema.json');
  });

  it('has every question id as a key, in questionnaire order, with its text and options as comments', () => {
    const data = parse(text) as AnswerFile;
    expect(Object.keys(data.answers)).toEqual(q.questions.map((x) => x.id));
    expect(data.questionnaire).toBe('tiny-scan');
    expect(data.version).toBe('1.0.0');
    const block = text.slice(text.indexOf('# a1-2:'), text.indexOf('  a1-2:'));
    expect(block).toContain('# a1-2: Question a1-2');
    expect(block).toContain('#   1 = Not yet');
    expect(block).toContain('#   4 = Everywhere');
    expect(block).toContain('#   unknown = ');
    expect(block).toContain('#   not-applicable = ');
    expect(text).toContain('# ── Alpha › A one ──');
    expect(text).toContain('# ── Beta ──');
  });

  it('is a valid answer file once filled in', () => {
    const data = parse(text) as AnswerFile;
    for (const [i, id] of Object.keys(data.answers).entries()) data.answers[id] = i === 0 ? 'unknown' : 3;
    data.organisation = 'Gemeente Test';
    expect(validateAgainst('answers', data)).toEqual([]);
    expect(
      checkAnswers(normaliseAnswers(data, 't.yaml'), q, 't.yaml', () => ({
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
      })),
    ).toEqual([]);
  });

  it('wraps long comments at 100 characters under the text, keeping a long word whole', () => {
    const long = structuredClone(q);
    const words = Array.from({ length: 30 }, (_, i) => `word${i}`);
    const url = `https://example.org/${'x'.repeat(100)}`;
    long.questions[0]!.text = `${words.join(' ')} ${url}`;
    const text = answerTemplateYaml(long, { schema: 'x' });
    const block = text.slice(text.indexOf('  # a1-1:'), text.indexOf('  #   1 =')).trimEnd().split('\n');
    // first line: 100 − 4 (`  # `) = 96 characters; the others 100 − 10 (`  #` and 7 spaces, under the text)
    expect(block).toEqual([
      `  # a1-1: ${words.slice(0, 14).join(' ')}`,
      `  #       ${words.slice(14, 27).join(' ')}`,
      `  #       ${words.slice(27).join(' ')}`,
      `  #       ${url}`,
    ]);
  });

  it('writes its comments in the language asked for', () => {
    const nl = answerTemplateYaml(q, { schema: 'x', language: 'nl' });
    expect(nl).toContain('# a1-1: Vraag a1-1');
    expect(nl).toContain('#   1 = Nog niet');
    expect(nl).toContain('unknown = weet niet');
  });

  it('writes the questionnaire id bare, and quoted where YAML 1.1 tools would read it as a date', () => {
    expect(text).toContain('\nquestionnaire: tiny-scan\n');
    const dated = answerTemplateYaml({ ...q, id: '2026-11-28' }, { schema: 'answers.schema.json' });
    expect(dated).toContain('\nquestionnaire: "2026-11-28"\n');
  });
});

describe('answerTemplateCsv', () => {
  it('is the header row: the respondent columns and every question id', () => {
    expect(answerTemplateCsv(q)).toBe('organisation,respondent,role,date,a1-1,a1-2,a2-1,a2-2,b-1,b-2,g1-1,g2-1\n');
    expect(answerTemplateCsv(q, 'nl')).toBe(
      '\uFEFForganisation;respondent;role;date;a1-1;a1-2;a2-1;a2-2;b-1;b-2;g1-1;g2-1\n',
    );
  });

  it('reads back as a CSV answer file once a row is added', () => {
    const { sets, diagnostics } = parseAnswersCsv(
      answerTemplateCsv(q, 'nl') + 'Gemeente Test;A;CIO;2026-11-28;1;2;3;4;?;n.v.t.;;2\n',
      't.csv',
      q,
    );
    expect(diagnostics).toEqual([]);
    expect(Object.keys(sets[0]!.answers)).toEqual(['a1-1', 'a1-2', 'a2-1', 'a2-2', 'b-1', 'b-2', 'g2-1']);
  });
});

describe('answerTemplateYaml: the instructions', () => {
  const keys = loadQuestionnaire('keys', 'scan.yaml');

  it('writes them at the top as comments, in the language asked for, under the title line', () => {
    const lines = (language: string) => answerTemplateYaml(keys, { schema: 'x', language }).split('\n').slice(1, 5);
    expect(lines('en')).toEqual([
      '# Keys scan (keys-scan 1.0.0): answer file',
      '# How to answer:',
      '#   Choose the highest phase whose description fully applies. If it applies to one domain only,',
      '#   choose phase 2.',
    ]);
    expect(lines('nl')).toEqual([
      '# Sleutelscan (keys-scan 1.0.0): antwoordbestand',
      '# Zo beantwoordt u de vragen:',
      '#   Kies de hoogste fase waarvan de beschrijving helemaal klopt. Geldt die maar voor één domein,',
      '#   kies dan fase 2.',
    ]);
  });

  it('keeps their paragraphs, and makes their text safe', () => {
    const text = answerTemplateYaml({ ...keys, instructions: 'One.\n\nTwo\u001b[31m red.' }, { schema: 'x' });
    expect(text).toContain('# Zo beantwoordt u de vragen:\n#   One.\n#   Two');
    expect(text).not.toContain('\u001b');
  });

  it('writes no such heading for a questionnaire without them', () => {
    expect(answerTemplateYaml(q, { schema: 'x' })).not.toContain('How to answer');
  });
});
