/**
 * The HTTP server of `datascan workshop`: Node's own `http`, no framework. The decisions (which
 * route, whose token, which file name, whether a save is a valid answer file) are the pure
 * functions of src/workshop/; this file reads requests, writes files atomically and answers.
 * Files are the truth: every save is an answer file in the folder before the response says so.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { answerFileData } from '../answers/serialize.js';
import type { AnswerFile } from '../answers/types.js';
import { renderForm } from '../form/page.js';
import type { Questionnaire } from '../questionnaire/types.js';
import { checkAnswersText } from '../workspace/checks.js';
import { acceptAnswers } from '../workshop/answers.js';
import { workshopMessagesFor } from '../workshop/messages.js';
import { cleanName, participantFileName } from '../workshop/names.js';
import { FORM_POLICY, PAGE_POLICY, fullPage, joinPage } from '../workshop/pages.js';
import { WORKSHOP_RATE, rateLimiter } from '../workshop/rate-limit.js';
import { routeOf } from '../workshop/routes.js';
import {
  DEFAULT_MAX_PARTICIPANTS,
  STATE_FILE,
  parseState,
  serializeState,
  type Participant,
  type WorkshopState,
} from '../workshop/state.js';
import { NOTHING_SAVED, matchesRevision, revisionOf } from '../workshop/revision.js';
import { SECRET_BYTES, draftKeyOf } from '../workshop/tokens.js';
import { EXIT, UserError } from './errors.js';
import { openConsensusRound } from './workshop-consensus.js';
import { tool } from './messages.js';
import { openLive } from './workshop-live.js';
import type { Workspace } from '../workspace/workspace.js';
import { writePrivateFile } from './workshop-folder.js';

/** The largest save accepted: a full scan with long notes stays far below it. */
export const MAX_ANSWERS_BODY = 512 * 1024;
/** The largest join accepted: a name. */
export const MAX_JOIN_BODY = 4 * 1024;
export interface WorkshopOptions {
  questionnaire: Questionnaire;
  dir: string;
  /** ` --dir <folder>` when score and compare need it to find the questionnaire (given by path); else empty. */
  findFlag?: string;
  organisation?: string;
  language: string;
  schema?: string;
  /** The most participants who can join (DEFAULT_MAX_PARTICIPANTS when not given). */
  maxParticipants?: number;
  /** Reads the folder's answer files for the facilitator's live group profile. */
  workspace: Workspace;
}

export interface Workshop {
  state: WorkshopState;
  /** Participants who joined before this start (a restart continues them). */
  continued: number;
  handle: (request: http.IncomingMessage, response: http.ServerResponse) => void;
  /** The origin the room reaches the server at (`http://192.168.1.20:8080`): the facilitator's page shows its join address and QR code. */
  setOrigin(origin: string): void;
}

const secret = () => randomBytes(SECRET_BYTES).toString('hex');

/** The state in the folder, or a new one; the folder is made when missing. */
function openState(options: WorkshopOptions): { state: WorkshopState; continued: boolean } {
  const file = path.join(options.dir, STATE_FILE);
  let text: string | undefined;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (text === undefined) {
    fs.mkdirSync(options.dir, { recursive: true, mode: 0o700 });
    const state = { questionnaire: options.questionnaire.id, code: secret(), facilitator: secret(), participants: [] };
    writePrivateFile(file, serializeState(state));
    return { state, continued: false };
  }
  const state = parseState(text);
  if (!state) throw new UserError(tool('workshop.bad-state', { file }), EXIT.usage);
  if (state.questionnaire !== options.questionnaire.id)
    throw new UserError(tool('workshop.other-questionnaire', { file, id: state.questionnaire }), EXIT.usage);
  return { state, continued: true };
}

/**
 * What a participant saved before a restart, read back from their file: its revision (of whatever
 * text is there), and its answers when it is a valid answer file.
 */
function readSaved(dir: string, p: Participant, q: Questionnaire): { revision: string; answers?: AnswerFile } {
  let text: string;
  try {
    text = fs.readFileSync(path.join(dir, p.file), 'utf8');
  } catch {
    return { revision: NOTHING_SAVED };
  }
  const checked = checkAnswersText(text, { file: p.file, questionnaires: [q] });
  return { revision: revisionOf(text), ...(checked.answers ? { answers: answerFileData(checked.answers) } : {}) };
}

class TooLarge extends Error {}

function readBody(request: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) return reject(new TooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.removeAllListeners('data');
        reject(new TooLarge());
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
const BARE_POLICY = "default-src 'none'; frame-ancestors 'none'";

function send(
  response: http.ServerResponse,
  status: number,
  body: string,
  type = 'text/plain; charset=utf-8',
  extra: Record<string, string> = {},
): void {
  if (response.headersSent) return;
  response.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Security-Policy': type.startsWith('text/html') ? PAGE_POLICY : BARE_POLICY,
    'Content-Type': type,
    'Content-Length': String(Buffer.byteLength(body)),
    ...extra,
  });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};
const refuse = (response: http.ServerResponse, status: number, extra?: Record<string, string>) =>
  send(response, status, `${STATUS_TEXT[status] ?? 'Error'}\n`, undefined, extra);

/** The workshop on `options.dir`: its state opened (or made) and a request handler over it. */
export function openWorkshop(options: WorkshopOptions): Workshop {
  const { state, continued } = openState(options);
  const q = options.questionnaire;
  const m = workshopMessagesFor(options.language);
  const saved = new Map<string, AnswerFile>();
  // Per participant's token: the revision of their file (absent: nothing saved yet).
  const revisions = new Map<string, string>();
  for (const p of state.participants) {
    const { revision, answers } = readSaved(options.dir, p, q);
    revisions.set(p.token, revision);
    if (answers) saved.set(p.token, answers);
  }
  /** A participant's answers as the page reads them back, with their revision (`ETag`). */
  const current = (p: Participant, status: number, response: http.ServerResponse) =>
    send(
      response,
      status,
      JSON.stringify(saved.get(p.token) ?? { questionnaire: q.id, answers: {} }),
      'application/json; charset=utf-8',
      { ETag: revisions.get(p.token) ?? NOTHING_SAVED },
    );
  const stateFile = path.join(options.dir, STATE_FILE);
  const base = `/w/${state.code}`;
  const live = openLive({
    questionnaire: q,
    dir: options.dir,
    language: options.language,
    workspace: options.workspace,
  });
  let origin: string | undefined;
  const maxParticipants = options.maxParticipants ?? DEFAULT_MAX_PARTICIPANTS;
  // A participant is who saved at least once; a join alone (a scanned code, a name typed twice) is not.
  const counts = () => {
    const participants = state.participants.filter(
      (p) => (revisions.get(p.token) ?? NOTHING_SAVED) !== NOTHING_SAVED,
    ).length;
    return {
      participants,
      waiting: state.participants.length - participants,
      finished: [...saved.values()].filter((a) => a.session?.status === 'complete').length,
    };
  };
  const full = () => state.participants.length >= maxParticipants;
  const sendFull = (response: http.ServerResponse) =>
    send(response, 503, fullPage(q, options.language, maxParticipants), 'text/html; charset=utf-8');
  // The consensus round on the projector (src/node/workshop-consensus.ts), over the answers saved.
  const round = openConsensusRound(
    {
      ...options,
      base: `${base}/f/${state.facilitator}/consensus`,
      participants: () =>
        state.participants.flatMap((p) => {
          const answers = saved.get(p.token);
          return answers ? [{ file: p.file, answers }] : [];
        }),
    },
    { send, refuse, readBody },
  );
  const limiter = rateLimiter(WORKSHOP_RATE);

  function join(name: string): Participant {
    const taken = new Set(state.participants.map((p) => p.file));
    let participant: Participant;
    do {
      const id = randomBytes(4).toString('hex');
      participant = { token: secret(), id, name, file: participantFileName(name, id, m.fallbackName) };
    } while (taken.has(participant.file) || fs.existsSync(path.join(options.dir, participant.file)));
    state.participants.push(participant);
    // The token is on disk before it is handed out: a restart knows every participant it told.
    writePrivateFile(stateFile, serializeState(state));
    return participant;
  }

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://workshop.invalid');
    const route = routeOf(request.method ?? 'GET', url.pathname, state);
    switch (route.kind) {
      case 'not-found':
        return refuse(response, 404);
      case 'forbidden':
        return refuse(response, 403);
      case 'method-not-allowed':
        return refuse(response, 405, { Allow: route.allow });
      case 'join-page':
        if (full()) return sendFull(response);
        return send(response, 200, joinPage(q, options.language, `${base}/join`), 'text/html; charset=utf-8');
      case 'join': {
        const body = await readBody(request, MAX_JOIN_BODY);
        const type = String(request.headers['content-type'] ?? '')
          .split(';')[0]
          ?.trim();
        let typed: unknown;
        if (type === 'application/x-www-form-urlencoded') typed = new URLSearchParams(body).get('name');
        else if (type === 'application/json') {
          try {
            typed = (JSON.parse(body) as { name?: unknown } | null)?.name;
          } catch {
            typed = undefined;
          }
        } else return refuse(response, 415);
        // Full: nobody more is added to the state or the count.
        if (full()) return sendFull(response);
        const name = cleanName(typed);
        if (name === undefined) return send(response, 400, `${m.badName(80)}\n`);
        const participant = join(name);
        live.changed();
        return send(response, 303, '', 'text/plain; charset=utf-8', {
          Location: `${base}/p/${participant.token}`,
        });
      }
      case 'participant-page': {
        const { participant } = route;
        const html = renderForm(q, {
          language: options.language,
          respondent: participant.name,
          ...(options.organisation !== undefined ? { organisation: options.organisation } : {}),
          ...(options.schema !== undefined ? { schema: options.schema } : {}),
          workshop: { answers: `${base}/p/${participant.token}/answers`, draft: draftKeyOf(participant.token) },
        });
        return send(response, 200, html, 'text/html; charset=utf-8', { 'Content-Security-Policy': FORM_POLICY });
      }
      case 'read-answers':
        return current(route.participant, 200, response);
      case 'save-answers': {
        const type = String(request.headers['content-type'] ?? '')
          .split(';')[0]
          ?.trim();
        if (type !== 'application/json') return refuse(response, 415);
        const ifMatch = request.headers['if-match'];
        if (ifMatch === undefined) return refuse(response, 428);
        const body = await readBody(request, MAX_ANSWERS_BODY);
        const { participant } = route;
        // From here to the write nothing waits: no other save can come in between.
        if (!matchesRevision(ifMatch, revisions.get(participant.token) ?? NOTHING_SAVED))
          return current(participant, 409, response);
        const result = acceptAnswers(body, {
          questionnaire: q,
          name: participant.name,
          ...(options.organisation !== undefined ? { organisation: options.organisation } : {}),
          ...(options.schema !== undefined ? { schema: options.schema } : {}),
          language: options.language,
        });
        if (!result.ok)
          return send(response, 400, JSON.stringify({ problems: result.problems }), 'application/json; charset=utf-8');
        // The file name comes from the state (a slug and an id), never from the request.
        writePrivateFile(path.join(options.dir, participant.file), result.text);
        saved.set(participant.token, answerFileData(result.file));
        const revision = revisionOf(result.text);
        revisions.set(participant.token, revision);
        live.changed();
        return send(response, 204, '', undefined, { ETag: revision });
      }
      case 'consensus-overview':
      case 'consensus-question':
      case 'consensus-finish':
      case 'consensus-targets':
        return round.handle(route, request, response, url);
      case 'facilitator': {
        const join = `${origin ?? `http://${request.headers.host ?? 'localhost'}`}${base}`;
        const facilitator = `${base}/f/${state.facilitator}`;
        const page = await live.page(counts(), {
          join,
          slides: `${facilitator}/slides`,
          consensus: `${facilitator}/consensus`,
        });
        return send(response, 200, page.body, page.type, { 'Content-Security-Policy': page.policy });
      }
      case 'facilitator-live': {
        if (route.part === 'events')
          return live.subscribe(response, { ...BASE_HEADERS, 'Content-Security-Policy': BARE_POLICY });
        const reply = route.part === 'profile' ? await live.fragment(counts()) : await live.slides();
        return send(response, 200, reply.body, reply.type, { 'Content-Security-Policy': reply.policy });
      }
    }
  }

  return {
    state,
    continued: continued ? state.participants.length : 0,
    setOrigin(given) {
      origin = given;
    },
    handle(request, response) {
      // Per address as the socket sees it: a forwarded-for header is the client's own claim.
      const admission = limiter.take(request.socket.remoteAddress ?? '', Date.now());
      if (!admission.ok) {
        refuse(response, 429, { 'Retry-After': String(admission.retryAfterSeconds) });
        request.resume();
        return;
      }
      handle(request, response).catch((error: unknown) => {
        // Nothing of the error reaches the client: no message, no stack.
        if (error instanceof TooLarge) {
          refuse(response, 413, { Connection: 'close' });
          request.resume();
        } else refuse(response, 500);
      });
    },
  };
}
