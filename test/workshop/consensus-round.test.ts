// The workshop's consensus round, its pure parts: the routes, the room by nobody, the choices a
// form posts, where the round goes on, the file it writes, and the same-origin check on posts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnswerSet } from '../../src/answers/types.js';
import { checkAnswersText, checkQuestionnaireText } from '../../src/workspace/checks.js';
import { overviewPage, questionPage, targetsPage } from '../../src/workshop/consensus-page.js';
import {
  agreeableValues,
  ambitionsOf,
  isBelowNow,
  parseTargets,
  withTargets,
  applyAction,
  consensusText,
  finished,
  isSameOriginPost,
  nextQuestion,
  parseAction,
  roomOf,
  roundStart,
  whereToGoOn,
  type Ambition,
} from '../../src/workshop/consensus-round.js';
import { routeOf } from '../../src/workshop/routes.js';
import type { WorkshopState } from '../../src/workshop/state.js';
import { fixture } from '../helpers/cli.js';

const q = checkQuestionnaireText(readFileSync(fixture('form', 'werkplaats.yaml'), 'utf8')).questionnaire!;
const code = 'a'.repeat(32);
const facilitator = 'f'.repeat(32);
const ann = { token: '1'.repeat(32), id: '0000000a', name: 'Ann', file: 'ann-0000000a.yaml' };
const state: WorkshopState = { questionnaire: 'werkplaats', code, facilitator, participants: [ann] };
const round = `/w/${code}/f/${facilitator}/consensus`;

const set = (source: string, name: string, answers: AnswerSet['answers']): AnswerSet => ({
  source,
  questionnaire: 'werkplaats',
  version: '2.0.0',
  respondent: { name, role: 'wethouder' },
  answers,
});
const participants = [
  set('zoe-0000000c.yaml', 'Zoë Zwaan', {
    'kennis-1': { value: 3, note: 'We train everyone' },
    'rollen-1': { value: 3 },
    'beveiliging-1': { value: 2 },
  }),
  set('ann-0000000a.yaml', 'Ann Aalders', {
    'kennis-1': { value: 1 },
    'rollen-1': { value: 1 },
    'beveiliging-1': { value: 2 },
  }),
];

describe('consensus routes', () => {
  it('open the round, its questions and finishing to the facilitator token only', () => {
    expect(routeOf('GET', round, state)).toEqual({ kind: 'consensus-overview' });
    expect(routeOf('GET', `${round}/q/kennis-1`, state)).toEqual({
      kind: 'consensus-question',
      question: 'kennis-1',
      post: false,
    });
    expect(routeOf('POST', `${round}/q/kennis-1`, state)).toEqual({
      kind: 'consensus-question',
      question: 'kennis-1',
      post: true,
    });
    expect(routeOf('POST', `${round}/finish`, state)).toEqual({ kind: 'consensus-finish' });
    expect(routeOf('GET', `${round}/finish`, state)).toEqual({ kind: 'method-not-allowed', allow: 'POST' });
    expect(routeOf('POST', round, state)).toEqual({ kind: 'method-not-allowed', allow: 'GET, HEAD' });
    expect(routeOf('GET', `/w/${code}/f/${ann.token}/consensus`, state).kind).toBe('forbidden');
    expect(routeOf('POST', `/w/${code}/f/${ann.token}/consensus/q/kennis-1`, state).kind).toBe('forbidden');
    expect(routeOf('GET', `${round}/q/..%2Fx`, state).kind).toBe('not-found');
    expect(routeOf('GET', `${round}/q/Kennis-1`, state).kind).toBe('not-found');
    expect(routeOf('GET', `${round}/targets`, state)).toEqual({ kind: 'consensus-targets', post: false });
    expect(routeOf('POST', `${round}/targets`, state)).toEqual({ kind: 'consensus-targets', post: true });
    expect(routeOf('PUT', `${round}/targets`, state)).toEqual({ kind: 'method-not-allowed', allow: 'GET, HEAD, POST' });
    expect(routeOf('POST', `/w/${code}/f/${ann.token}/consensus/targets`, state).kind).toBe('forbidden');
  });
});

describe('the room', () => {
  const room = roomOf(q, participants, { all: false, language: 'en' });
  it('puts the disagreements on the agenda, and every question with --all', () => {
    expect(room.agenda).toEqual(expect.arrayContaining(['kennis-1', 'rollen-1']));
    expect(room.agenda).not.toContain('beveiliging-1');
    const all = roomOf(q, participants, { all: true, language: 'en' }).agenda;
    expect([...all].sort()).toEqual(['beveiliging-1', 'kennis-1', 'opslag-1', 'rollen-1']);
  });
  it('knows nobody: respondents are numbered in file-name order, and no name or role reaches a page', () => {
    expect(room.sets.map((s) => [s.source, s.respondent?.name])).toEqual([
      ['Respondent 2', 'Respondent 2'],
      ['Respondent 1', 'Respondent 1'],
    ]);
    const agreed = roundStart(q, room, { date: '2026-03-01' });
    const ctx = { questionnaire: q, language: 'en', base: round, all: false };
    const pages = [
      overviewPage(ctx, { room, otherAgendaLength: 4, agreed, file: 'x', compare: 'y' }),
      questionPage(ctx, { room, id: 'kennis-1', agreed }),
    ];
    for (const html of pages)
      for (const secret of ['Zoë', 'Zwaan', 'Ann', 'Aalders', 'wethouder', 'zoe-']) expect(html).not.toContain(secret);
    expect(pages[1]).toContain('We train everyone');
  });
  it('draws the question page as a fieldset of radios with a label each, in large type', () => {
    const agreed = roundStart(q, room, { date: '2026-03-01' });
    const html = questionPage(
      { questionnaire: q, language: 'nl', base: round, all: false },
      { room, id: 'opslag-1', agreed },
    );
    expect(html).toContain('<legend>Afgesproken antwoord</legend>');
    expect(html).toMatch(
      /<input type="radio" name="answer" id="answer-4" value="not-applicable"><label for="answer-4">Niet van toepassing<\/label>/,
    );
    expect(html).toContain('font-size: 24px');
    expect(html).toContain('Techniek › Opslag');
  });
});

describe('choices', () => {
  const allowed = agreeableValues(q, 'rollen-1');
  it("offer the options, and don't know or not applicable only where the scale allows", () => {
    expect(allowed).toEqual([1, 3]);
    expect(agreeableValues(q, 'opslag-1')).toEqual([1, 2, 3, 'unknown', 'not-applicable']);
  });
  it('are read from the form: save needs an answer of the question, skip and back need nothing', () => {
    expect(parseAction(new URLSearchParams('action=save&answer=3&rationale=+Why%0D%0Anot+'), allowed)).toEqual({
      ok: true,
      action: { kind: 'answer', value: 3, rationale: 'Why\nnot' },
    });
    expect(parseAction(new URLSearchParams('action=save'), allowed)).toEqual({ ok: false, problem: 'no-answer' });
    expect(parseAction(new URLSearchParams('action=save&answer=2'), allowed)).toEqual({ ok: false, problem: 'bad' });
    expect(parseAction(new URLSearchParams('action=save&answer=unknown'), allowed)).toEqual({
      ok: false,
      problem: 'bad',
    });
    expect(parseAction(new URLSearchParams(`action=save&answer=1&rationale=${'x'.repeat(2001)}`), allowed)).toEqual({
      ok: false,
      problem: 'too-long',
    });
    expect(parseAction(new URLSearchParams('action=skip&answer=1'), allowed)).toEqual({
      ok: true,
      action: { kind: 'skip' },
    });
    expect(parseAction(new URLSearchParams('action=delete'), allowed)).toEqual({ ok: false, problem: 'bad' });
  });
  it('lead to the next question, back to the previous, and past the end to the overview', () => {
    const agenda = ['a', 'b', 'c'];
    expect(nextQuestion(agenda, 'a', { kind: 'skip' })).toBe('b');
    expect(nextQuestion(agenda, 'b', { kind: 'back' })).toBe('a');
    expect(nextQuestion(agenda, 'a', { kind: 'back' })).toBe('a');
    expect(nextQuestion(agenda, 'c', { kind: 'answer', value: 1, rationale: '' })).toBeUndefined();
  });
});

describe('the consensus file', () => {
  const room = roomOf(q, participants, { all: true, language: 'en' });
  it('holds the agreements with their rationales and the combined value elsewhere, and validates', () => {
    let agreed = roundStart(q, room, { organisation: 'Gemeente X', date: '2026-03-01' });
    agreed = applyAction(agreed, 'kennis-1', { kind: 'answer', value: 2, rationale: 'Middle ground' }, 'rollen-1');
    agreed = applyAction(agreed, 'rollen-1', { kind: 'skip' }, 'opslag-1');
    expect(whereToGoOn(agreed, room.agenda)).toBe('opslag-1');
    const text = consensusText(q, agreed, room, {});
    expect(text).toContain('basis: consensus');
    expect(text).toContain('participants: 2');
    expect(text).toMatch(/kennis-1:\s*\n\s*value: 2\n\s*note: Middle ground/);
    expect(text).toMatch(/rollen-1:\s*\n\s*value: 2\n\s*basis: combined/);
    expect(text).toContain('position: opslag-1');
    const checked = checkAnswersText(text, { questionnaires: [q] });
    expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // Read back, the combined answers go: only the agreement is the room's.
    const again = roundStart(q, room, { date: '2026-04-01', read: checked.answers! });
    expect(Object.keys(again.answers)).toEqual(['kennis-1']);
    expect(again.date).toBe('2026-03-01');
    expect(consensusText(q, finished(again), room, {})).toContain('status: complete');
  });
  it('goes on at the first question not agreed when it stood nowhere', () => {
    const agreed = applyAction(
      roundStart(q, room, { date: '2026-03-01' }),
      'kennis-1',
      { kind: 'answer', value: 1, rationale: '' },
      undefined,
    );
    expect(whereToGoOn(agreed, ['kennis-1', 'rollen-1'])).toBe('rollen-1');
  });
});

describe('the ambition per dimension', () => {
  // Both dimensions reach Midden (2): kennis-1 and rollen-1 average 2, beveiliging-1 is 2 for both.
  const withFileTargets = [
    { ...participants[0]!, targets: { mensen: 2 } },
    { ...participants[1]!, targets: { mensen: 'eind' } },
  ];
  const room = roomOf(q, withFileTargets, { all: true, language: 'nl' });
  const ctx = { questionnaire: q, language: 'nl', base: round, all: false };
  it("starts from the highest target of the participants' files, beside the level the room reaches now", () => {
    const agreed = roundStart(q, room, { date: '2026-03-01' });
    expect(ambitionsOf(q, room, agreed)).toEqual([
      { dimension: 'mensen', now: 2, fromFiles: 3, agreed: 3 },
      { dimension: 'techniek', now: 2 },
    ]);
  });
  it('reads the form: a rank or none per dimension, a dimension left out kept, anything else refused', () => {
    expect(parseTargets(q, new URLSearchParams('target-mensen=1&target-techniek=none'))).toEqual({
      ok: true,
      targets: new Map([
        ['mensen', 1],
        ['techniek', undefined],
      ]),
    });
    expect(parseTargets(q, new URLSearchParams('target-techniek=3&target-other=9'))).toEqual({
      ok: true,
      targets: new Map([['techniek', 3]]),
    });
    for (const bad of ['4', '0', '01', '1.5', 'eind', ''])
      expect(parseTargets(q, new URLSearchParams({ 'target-mensen': bad }))).toEqual({ ok: false });
  });
  it('writes the chosen targets into the file and keeps the rest; a target below now is said in words', () => {
    let agreed = roundStart(q, room, { date: '2026-03-01' });
    agreed = applyAction(agreed, 'kennis-1', { kind: 'answer', value: 2, rationale: 'Middle' }, undefined);
    agreed = withTargets(
      agreed,
      new Map([
        ['mensen', undefined],
        ['techniek', 1],
      ]),
    );
    expect(agreed.targets).toEqual({ techniek: 1 });
    expect(agreed.answers['kennis-1']).toEqual({ value: 2, note: 'Middle' });
    const text = consensusText(q, agreed, room, {});
    expect(text).toMatch(/targets:\s*\n\s*techniek: 1/);
    expect(checkAnswersText(text, { questionnaires: [q] }).answers?.targets).toEqual({ techniek: 1 });
    const [mensen, techniek] = ambitionsOf(q, room, agreed) as [Ambition, Ambition];
    expect(isBelowNow(mensen)).toBe(false);
    expect(isBelowNow(techniek)).toBe(true);
    const html = targetsPage(ctx, { room, agreed });
    expect(html).toContain('<legend>Welk niveau wil de organisatie bereiken voor Mensen?</legend>');
    expect(html).toContain('<p>Nu: Midden</p>');
    expect(html).toContain('In de antwoordbestanden: Eind');
    expect(html).toContain('Let op: Begin is lager dan waar de deelnemers nu staan (Midden).');
    expect(html).toMatch(
      /<input type="radio" name="target-mensen" id="target-0-3" value="none" checked><label for="target-0-3">Geen ambitie<\/label>/,
    );
    expect(html).toMatch(/name="target-techniek" id="target-1-0" value="1" checked><label for="target-1-0">1 · Begin/);
    const overview = overviewPage(ctx, { room, otherAgendaLength: 0, agreed, file: 'x', compare: 'y' });
    expect(overview).toContain(`<a href="${round}/targets">Ambitie per dimensie afspreken</a>`);
    expect(overview).toContain('<li>Mensen: geen ambitie</li>');
    expect(overview).toContain('<li>Techniek: Begin <span class="status">(Let op: Begin is lager');
  });
});

describe('isSameOriginPost', () => {
  it('takes a post without Origin or from the host it was sent to, and refuses another site', () => {
    expect(isSameOriginPost({ host: '127.0.0.1:8080' })).toBe(true);
    expect(isSameOriginPost({ host: '127.0.0.1:8080', origin: 'http://127.0.0.1:8080' })).toBe(true);
    expect(isSameOriginPost({ host: '127.0.0.1:8080', origin: 'http://evil.example' })).toBe(false);
    expect(isSameOriginPost({ host: '127.0.0.1:8080', origin: 'http://127.0.0.1:9090' })).toBe(false);
    expect(isSameOriginPost({ host: '127.0.0.1:8080', origin: 'null' })).toBe(false);
    expect(isSameOriginPost({ host: '127.0.0.1:8080', 'sec-fetch-site': 'cross-site' })).toBe(false);
    expect(isSameOriginPost({ host: '127.0.0.1:8080', 'sec-fetch-site': 'same-origin' })).toBe(true);
  });
});
