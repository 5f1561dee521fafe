/**
 * The consensus round of `datascan workshop` on the projector: the requests of the routes in
 * src/workshop/routes.ts (`…/f/<token>/consensus…`), over the participants' answers as the server
 * holds them. Every choice is saved at once, atomically, to FOLDER/.consensus/consensus.yaml (see
 * src/workshop/consensus-round.ts for why there); a restart reads it back and goes on where it was.
 */
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { isoDate } from '../answers/session.js';
import { normaliseAnswers, type AnswerFile, type AnswerSet } from '../answers/types.js';
import { levelTermOf } from '../questionnaire/level-term.js';
import type { Questionnaire } from '../questionnaire/types.js';
import { checkAnswersText } from '../workspace/checks.js';
import { roundMessagesFor } from '../workshop/consensus-messages.js';
import {
  ROUND_POLICY,
  overviewPage,
  questionPage,
  targetsPage,
  type RoundPageContext,
} from '../workshop/consensus-page.js';
import {
  CONSENSUS_FILE,
  CONSENSUS_FOLDER,
  MAX_RATIONALE_LENGTH,
  agreeableValues,
  applyAction,
  consensusText,
  finished,
  isSameOriginPost,
  nextQuestion,
  parseAction,
  parseTargets,
  roomOf,
  roundStart,
  whereToGoOn,
  withTargets,
  type Room,
} from '../workshop/consensus-round.js';
import type { ConsensusRoute } from '../workshop/routes.js';
import { shellWord } from '../util/shell.js';
import { writePrivateFile } from './workshop-folder.js';

/** The largest choice accepted: an answer and a rationale. */
export const MAX_ROUND_BODY = 16 * 1024;

/** What the server lends the round: its way of answering and of reading a body within a limit. */
export interface RoundHttp {
  send(
    response: http.ServerResponse,
    status: number,
    body: string,
    type?: string,
    extra?: Record<string, string>,
  ): void;
  refuse(response: http.ServerResponse, status: number, extra?: Record<string, string>): void;
  readBody(request: http.IncomingMessage, limit: number): Promise<string>;
}

export interface RoundOptions {
  questionnaire: Questionnaire;
  dir: string;
  /** ` --dir <folder>` when compare needs it to find the questionnaire; else empty. */
  findFlag?: string;
  language: string;
  organisation?: string;
  schema?: string;
  /** `/w/<code>/f/<token>/consensus`. */
  base: string;
  /** The participants' answers as last saved, each with its file name: read at every request, so the room is as it is now. */
  participants: () => { file: string; answers: AnswerFile }[];
}

export interface ConsensusRound {
  handle(route: ConsensusRoute, request: http.IncomingMessage, response: http.ServerResponse, url: URL): Promise<void>;
}

const HTML = 'text/html; charset=utf-8';
/**
 * The round's pages send their referrer to their own server only (`same-origin`, where the other
 * pages say `no-referrer`): under `no-referrer` a browser sends `Origin: null` with a form post,
 * and the same-origin check could not tell the round's own forms from a page elsewhere. The
 * pages load nothing and link nowhere else, so the token in the address still goes nowhere else.
 */
const PAGE_HEADERS = { 'Content-Security-Policy': ROUND_POLICY, 'Referrer-Policy': 'same-origin' };

export function openConsensusRound(options: RoundOptions, io: RoundHttp): ConsensusRound {
  const q = options.questionnaire;
  const m = roundMessagesFor(options.language);
  const folder = path.join(options.dir, CONSENSUS_FOLDER);
  const file = path.join(folder, CONSENSUS_FILE);
  /** What the file holds, read once: undefined until read; the file's problem when it is no consensus file. */
  let agreed: AnswerSet | undefined;
  let unreadable = false;

  function readFile(): AnswerSet | undefined {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    const checked = checkAnswersText(text, { file: CONSENSUS_FILE, questionnaires: [q] });
    if (checked.answers?.basis !== 'consensus') {
      unreadable = true;
      return undefined;
    }
    return checked.answers;
  }

  function room(all: boolean): Room | undefined {
    const sets = options.participants().map(({ file: source, answers }) => normaliseAnswers(answers, source));
    return sets.length > 0 ? roomOf(q, sets, { all, language: options.language }) : undefined;
  }

  /**
   * The agreements so far: the file's, or a start over the room as it is now. While the file is no
   * consensus file it is read again at every request, so moving it away lets the round go on.
   */
  function current(r: Room): AnswerSet {
    if (agreed !== undefined) return agreed;
    unreadable = false;
    const read = readFile();
    const start = roundStart(q, r, {
      ...(options.organisation !== undefined ? { organisation: options.organisation } : {}),
      date: isoDate(new Date()),
      ...(read ? { read } : {}),
    });
    if (!unreadable) agreed = start;
    return start;
  }

  function save(next: AnswerSet, r: Room): void {
    // Personal data, as the participants' files: the folder and the file for their owner only.
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    writePrivateFile(file, consensusText(q, next, r, schemaOf()));
    agreed = next;
  }

  const schemaOf = () => (options.schema !== undefined ? { schema: options.schema } : {});
  const shown = `${path.join(options.dir, CONSENSUS_FOLDER, CONSENSUS_FILE)}`;
  const compare = `datascan compare ${shellWord(options.dir)} ${shellWord(shown)}${options.findFlag ?? ''}`;

  function overview(response: http.ServerResponse, ctx: RoundPageContext, status = 200): void {
    const r = room(ctx.all);
    const other = room(!ctx.all);
    const agreements = r ? current(r) : undefined;
    const problem = unreadable ? m.unreadable(shown) : undefined;
    const goOn = r && agreements ? whereToGoOn(agreements, r.agenda) : undefined;
    const html = overviewPage(ctx, {
      ...(r ? { room: r } : {}),
      otherAgendaLength: other?.agenda.length ?? 0,
      agreed: agreements ?? { source: CONSENSUS_FILE, questionnaire: q.id, answers: {} },
      ...(goOn !== undefined ? { goOn } : {}),
      file: shown,
      compare,
      ...(problem !== undefined ? { problem } : {}),
    });
    io.send(response, status, html, HTML, PAGE_HEADERS);
  }

  async function handle(
    route: ConsensusRoute,
    request: http.IncomingMessage,
    response: http.ServerResponse,
    url: URL,
  ): Promise<void> {
    const all = url.searchParams.get('all') === '1';
    const ctx: RoundPageContext = { questionnaire: q, language: options.language, base: options.base, all };
    const redirect = (to: string | undefined) =>
      io.send(response, 303, '', undefined, {
        Location: `${options.base}${to !== undefined ? `/q/${to}` : ''}${all ? '?all=1' : ''}`,
      });
    const posted =
      route.kind === 'consensus-finish' ||
      ((route.kind === 'consensus-question' || route.kind === 'consensus-targets') && route.post);
    let form = new URLSearchParams();
    if (posted) {
      if (!isSameOriginPost(request.headers as Parameters<typeof isSameOriginPost>[0])) return io.refuse(response, 403);
      const type = String(request.headers['content-type'] ?? '')
        .split(';')[0]
        ?.trim();
      if (type !== 'application/x-www-form-urlencoded') return io.refuse(response, 415);
      form = new URLSearchParams(await io.readBody(request, MAX_ROUND_BODY));
    }
    if (route.kind === 'consensus-overview') return overview(response, ctx);
    const r = room(all);
    // Nothing is written over a file that is no consensus file, nor before anybody answered.
    if (r === undefined) return overview(response, ctx, posted ? 409 : 200);
    const agreements = current(r);
    if (unreadable) return overview(response, ctx, posted ? 409 : 200);
    if (route.kind === 'consensus-finish') {
      save(finished(agreements), r);
      return redirect(undefined);
    }
    if (route.kind === 'consensus-targets') {
      const ambitionPage = (status: number, problem?: string) =>
        io.send(
          response,
          status,
          targetsPage(ctx, { room: r, agreed: agreements, ...(problem !== undefined ? { problem } : {}) }),
          HTML,
          PAGE_HEADERS,
        );
      if (!route.post) return ambitionPage(200);
      const parsed = parseTargets(q, form);
      if (!parsed.ok) return ambitionPage(400, m.badTarget(levelTermOf(q, options.language)));
      save(withTargets(agreements, parsed.targets), r);
      return redirect(undefined);
    }
    const id = route.question;
    if (!r.questions.has(id)) return io.refuse(response, 404);
    const page = (status: number, problem?: string) =>
      io.send(
        response,
        status,
        questionPage(ctx, { room: r, id, agreed: agreements, ...(problem !== undefined ? { problem } : {}) }),
        HTML,
        PAGE_HEADERS,
      );
    if (!route.post) return page(200);
    const parsed = parseAction(form, agreeableValues(q, id));
    if (!parsed.ok) {
      const problem =
        parsed.problem === 'no-answer'
          ? m.noAnswer
          : parsed.problem === 'too-long'
            ? m.tooLong(MAX_RATIONALE_LENGTH)
            : m.badChoice;
      return page(400, problem);
    }
    const next = nextQuestion(r.agenda, id, parsed.action);
    save(applyAction(agreements, id, parsed.action, next), r);
    return redirect(next);
  }

  return { handle };
}
