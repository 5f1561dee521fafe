/**
 * Which request is which, decided from the method and the path alone. Every address starts with
 * the workshop code: without it, everything is 404, so nobody learns a workshop runs here. Below it:
 *
 *   GET  /w/<code>                     the join page (503 once the workshop is full)
 *   POST /w/<code>/join                join with a name: a new participant, redirected to their page
 *                                      (503 and nothing written once the workshop is full)
 *   GET  /w/<code>/p/<token>           a participant's form
 *   GET  /w/<code>/p/<token>/answers   their answers (JSON) and their revision (`ETag`)
 *   PUT  /w/<code>/p/<token>/answers   save their answers, made on the revision named in `If-Match`:
 *                                      without it 428; not the current one 409 with the answers
 *                                      saved now and their revision (the page merges and sends again)
 *   GET  /w/<code>/f/<token>           the facilitator's page
 *   GET  /w/<code>/f/<token>/events    server-sent events: one after every join and save
 *   GET  /w/<code>/f/<token>/profile   the live part of the facilitator's page (an HTML fragment)
 *   GET  /w/<code>/f/<token>/slides    the slides of the room's answers so far
 *   GET  /w/<code>/f/<token>/consensus            the consensus round's overview (see consensusRoute)
 *   GET  /w/<code>/f/<token>/consensus/q/<id>     one question of the round
 *   POST /w/<code>/f/<token>/consensus/q/<id>     the room's choice on it
 *   POST /w/<code>/f/<token>/consensus/finish     finish the round
 *   GET  /w/<code>/f/<token>/consensus/targets    the ambition (target level) per dimension
 *   POST /w/<code>/f/<token>/consensus/targets    the room's ambitions
 *
 * A token that is not the participant's or the facilitator's is 403 with nothing said.
 */
import type { Participant, WorkshopState } from './state.js';
import { isSecretShape, sameSecret } from './tokens.js';

export type Route =
  | { kind: 'join-page' }
  | { kind: 'join' }
  | { kind: 'participant-page'; participant: Participant }
  | { kind: 'read-answers'; participant: Participant }
  | { kind: 'save-answers'; participant: Participant }
  | { kind: 'facilitator' }
  | { kind: 'facilitator-live'; part: LivePart }
  | ConsensusRoute
  | { kind: 'not-found' }
  | { kind: 'forbidden' }
  | { kind: 'method-not-allowed'; allow: string };

/** What the facilitator's live page asks for below its own address. */
export const LIVE_PARTS = ['events', 'profile', 'slides'] as const;
export type LivePart = (typeof LIVE_PARTS)[number];

const isLivePart = (text: string): text is LivePart => (LIVE_PARTS as readonly string[]).includes(text);

function participantWith(state: WorkshopState, token: string): Participant | undefined {
  if (!isSecretShape(token)) return undefined;
  // Every token is compared (no early exit): how long it takes says nothing about which one nearly matched.
  let found: Participant | undefined;
  for (const p of state.participants) if (sameSecret(token, p.token)) found = p;
  return found;
}

function method(given: string, allowed: string, route: Route): Route {
  if (given === allowed || (allowed === 'GET' && given === 'HEAD')) return route;
  return { kind: 'method-not-allowed', allow: allowed === 'GET' ? 'GET, HEAD' : allowed };
}

/** The route of a request; `pathname` as it came (percent-escapes are not decoded: no secret has any). */
export function routeOf(requestMethod: string, pathname: string, state: WorkshopState): Route {
  const parts = pathname.split('/');
  // '', 'w', code, ...rest; a trailing slash on the join page is allowed.
  if (parts[0] !== '' || parts[1] !== 'w' || parts.length < 3) return { kind: 'not-found' };
  const code = parts[2] as string;
  if (!isSecretShape(code) || !sameSecret(code, state.code)) return { kind: 'not-found' };
  const rest = parts.slice(3);
  if (rest.length === 0 || (rest.length === 1 && rest[0] === ''))
    return method(requestMethod, 'GET', { kind: 'join-page' });
  if (rest.length === 1 && rest[0] === 'join') return method(requestMethod, 'POST', { kind: 'join' });
  if (rest[0] === 'f' && rest.length > 2 && rest[2] === 'consensus') return consensusRoute(requestMethod, rest, state);
  if (rest[0] === 'f' && rest.length === 2) {
    const token = rest[1] as string;
    if (!isSecretShape(token) || !sameSecret(token, state.facilitator)) return { kind: 'forbidden' };
    return method(requestMethod, 'GET', { kind: 'facilitator' });
  }
  // The facilitator's live page: the token first, so a participant's learns nothing of what is below it.
  if (rest[0] === 'f' && rest.length === 3 && isLivePart(rest[2] as string)) {
    const token = rest[1] as string;
    if (!isSecretShape(token) || !sameSecret(token, state.facilitator)) return { kind: 'forbidden' };
    return method(requestMethod, 'GET', { kind: 'facilitator-live', part: rest[2] as LivePart });
  }
  if (rest[0] === 'p' && (rest.length === 2 || (rest.length === 3 && rest[2] === 'answers'))) {
    const participant = participantWith(state, rest[1] as string);
    if (!participant) return { kind: 'forbidden' };
    if (rest.length === 2) return method(requestMethod, 'GET', { kind: 'participant-page', participant });
    if (requestMethod === 'PUT') return { kind: 'save-answers', participant };
    if (requestMethod === 'GET' || requestMethod === 'HEAD') return { kind: 'read-answers', participant };
    return { kind: 'method-not-allowed', allow: 'GET, HEAD, PUT' };
  }
  return { kind: 'not-found' };
}

// The consensus round on the projector (src/node/workshop-consensus.ts): the facilitator's token only.

export type ConsensusRoute =
  | { kind: 'consensus-overview' }
  | { kind: 'consensus-question'; question: string; post: boolean }
  | { kind: 'consensus-finish' }
  | { kind: 'consensus-targets'; post: boolean };

/** A question id as it may stand in an address (the questionnaire schema's id shape); the handler checks it exists. */
const QUESTION_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** `rest`: the path after the workshop code, starting `f`, <token>, `consensus`. */
function consensusRoute(requestMethod: string, rest: readonly string[], state: WorkshopState): Route {
  const token = rest[1] as string;
  if (!isSecretShape(token) || !sameSecret(token, state.facilitator)) return { kind: 'forbidden' };
  const below = rest.slice(3);
  if (below.length === 0) return method(requestMethod, 'GET', { kind: 'consensus-overview' });
  if (below.length === 1 && below[0] === 'finish') return method(requestMethod, 'POST', { kind: 'consensus-finish' });
  if (below.length === 1 && below[0] === 'targets') {
    if (requestMethod === 'POST') return { kind: 'consensus-targets', post: true };
    if (requestMethod === 'GET' || requestMethod === 'HEAD') return { kind: 'consensus-targets', post: false };
    return { kind: 'method-not-allowed', allow: 'GET, HEAD, POST' };
  }
  if (below.length === 2 && below[0] === 'q' && QUESTION_ID.test(below[1] as string)) {
    const question = below[1] as string;
    if (requestMethod === 'POST') return { kind: 'consensus-question', question, post: true };
    if (requestMethod === 'GET' || requestMethod === 'HEAD')
      return { kind: 'consensus-question', question, post: false };
    return { kind: 'method-not-allowed', allow: 'GET, HEAD, POST' };
  }
  return { kind: 'not-found' };
}
