// The live workshop's pure decisions: routes and tokens, names as file names, saves checked as answer files.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkQuestionnaireText } from '../../src/workspace/checks.js';
import { acceptAnswers } from '../../src/workshop/answers.js';
import { workshopMessagesFor } from '../../src/workshop/messages.js';
import { cleanName, participantFileName } from '../../src/workshop/names.js';
import { routeOf } from '../../src/workshop/routes.js';
import { parseState, serializeState, type WorkshopState } from '../../src/workshop/state.js';
import { fixture } from '../helpers/cli.js';

const code = 'a'.repeat(32);
const facilitator = 'f'.repeat(32);
const ann = { token: '1'.repeat(32), id: '0000000a', name: 'Ann', file: 'ann-0000000a.yaml' };
const bob = { token: '2'.repeat(32), id: '0000000b', name: 'Bob', file: 'bob-0000000b.yaml' };
const state: WorkshopState = { questionnaire: 'werkplaats', code, facilitator, participants: [ann, bob] };

describe('routeOf', () => {
  it('hides everything without the workshop code', () => {
    expect(routeOf('GET', '/', state).kind).toBe('not-found');
    expect(routeOf('GET', `/w/${'b'.repeat(32)}`, state).kind).toBe('not-found');
    expect(routeOf('GET', `/w/${code}/../etc/passwd`, state).kind).toBe('not-found');
  });
  it('gives each token its own participant and nothing else', () => {
    expect(routeOf('GET', `/w/${code}/p/${ann.token}/answers`, state)).toEqual({
      kind: 'read-answers',
      participant: ann,
    });
    expect(routeOf('PUT', `/w/${code}/p/${bob.token}/answers`, state)).toEqual({
      kind: 'save-answers',
      participant: bob,
    });
    expect(routeOf('GET', `/w/${code}/p/${'3'.repeat(32)}`, state).kind).toBe('forbidden');
    expect(routeOf('GET', `/w/${code}/p/${facilitator}`, state).kind).toBe('forbidden');
    expect(routeOf('GET', `/w/${code}/p/ANN`, state).kind).toBe('forbidden');
  });
  it('lets only the facilitator token open the facilitator page', () => {
    expect(routeOf('GET', `/w/${code}/f/${facilitator}`, state).kind).toBe('facilitator');
    expect(routeOf('GET', `/w/${code}/f/${ann.token}`, state).kind).toBe('forbidden');
    expect(routeOf('GET', `/w/${code}/f/`, state).kind).toBe('forbidden');
  });
  it('names the methods a route allows', () => {
    expect(routeOf('GET', `/w/${code}/join`, state)).toEqual({ kind: 'method-not-allowed', allow: 'POST' });
    expect(routeOf('DELETE', `/w/${code}/p/${ann.token}/answers`, state)).toEqual({
      kind: 'method-not-allowed',
      allow: 'GET, HEAD, PUT',
    });
  });
});

describe('the page of a full workshop', () => {
  it('counts one participant as one, in Dutch and English', () => {
    expect(workshopMessagesFor('nl').full(1)).toContain('er heeft zich al 1 deelnemer aangemeld.');
    expect(workshopMessagesFor('nl').full(2)).toContain('er hebben zich al 2 deelnemers aangemeld.');
    expect(workshopMessagesFor('en').full(1)).toContain('1 participant has joined already.');
    expect(workshopMessagesFor('en').full(60)).toContain('60 participants have joined already.');
  });
});

describe('names', () => {
  it('turn into a slug with the id, never a path', () => {
    expect(participantFileName('../../x', '0123abcd', 'deelnemer')).toBe('x-0123abcd.yaml');
    expect(participantFileName('..\\..\\x', '0123abcd', 'deelnemer')).toBe('x-0123abcd.yaml');
    expect(participantFileName('José Müller', '0123abcd', 'deelnemer')).toBe('jose-muller-0123abcd.yaml');
    expect(participantFileName('../..', '0123abcd', 'deelnemer')).toBe('deelnemer-0123abcd.yaml');
    expect(() => participantFileName('x', '../a', 'deelnemer')).toThrow();
  });
  it('are cleaned of control characters and refused when empty or too long', () => {
    expect(cleanName(' Ann\u0000 ')).toBe('Ann');
    expect(cleanName('   ')).toBeUndefined();
    expect(cleanName('x'.repeat(81))).toBeUndefined();
    expect(cleanName(42)).toBeUndefined();
  });
});

describe('state', () => {
  it('reads back what it writes and refuses anything else', () => {
    expect(parseState(serializeState(state))).toEqual(state);
    expect(parseState('{')).toBeUndefined();
    const bad = { ...state, participants: [{ ...ann, file: '../x.yaml' }] };
    expect(parseState(JSON.stringify(bad))).toBeUndefined();
    expect(parseState(JSON.stringify({ ...state, code: 'short' }))).toBeUndefined();
  });
});

describe('acceptAnswers', () => {
  const q = checkQuestionnaireText(readFileSync(fixture('form', 'werkplaats.yaml'), 'utf8')).questionnaire!;
  const ctx = { questionnaire: q, name: 'Ann', organisation: 'Gemeente X', language: 'en' };
  const body = (answers: unknown, extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      questionnaire: 'werkplaats',
      version: '2.0.0',
      respondent: { name: 'Mallory', role: '' },
      answers,
      ...extra,
    });

  it('writes the answer file under the name the participant joined with', () => {
    const result = acceptAnswers(body({ 'kennis-1': 2 }), ctx);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toContain('organisation: Gemeente X');
    expect(result.text).toContain('name: Ann');
    expect(result.text).not.toContain('Mallory');
    expect(result.text).not.toContain('role');
  });
  it('refuses what the questionnaire or the schema refuses', () => {
    expect(acceptAnswers(body({ 'kennis-1': 9 }), ctx).ok).toBe(false);
    expect(acceptAnswers(body({ 'geen-vraag': 1 }), ctx).ok).toBe(false);
    expect(acceptAnswers(body({}, { extra: true }), ctx).ok).toBe(false);
    expect(acceptAnswers(JSON.stringify({ questionnaire: 'other', answers: {} }), ctx).ok).toBe(false);
    expect(acceptAnswers('[]', ctx)).toEqual({
      ok: false,
      problems: ['these are not answers to the questionnaire werkplaats'],
    });
    expect(acceptAnswers('{', { ...ctx, language: 'nl' })).toEqual({
      ok: false,
      problems: ['de antwoorden zijn geen geldige JSON'],
    });
  });
});
