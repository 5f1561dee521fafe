/**
 * The facilitator's live page on the workshop server: the room's group profile scored from the
 * answer files in the folder, as `datascan score FOLDER --aggregate --anonymise` scores it (files
 * are the truth: nothing is kept in memory that the folder does not hold), the fragment the page
 * swaps in, the slides, and the server-sent events that tell open pages a join or save came in.
 */
import type http from 'node:http';
import type { Questionnaire } from '../questionnaire/types.js';
import { CONTENT_SECURITY_POLICY as SLIDES_POLICY } from '../report/slides/render.js';
import { renderProfileSlides } from '../report/slides/render.js';
import type { Profile } from '../scoring/types.js';
import { FACILITATOR_POLICY, facilitatorLivePage, liveFragment } from '../workshop/facilitator-page.js';
import { liveMessagesFor } from '../workshop/live-messages.js';
import { qrMatrix, qrSvg } from '../workshop/qr.js';
import type { Workspace } from '../workspace/workspace.js';
import { answerFilePattern, expandInputs } from './inputs.js';
import { MixedQuestionnairesError, scoreInputs } from './score-inputs.js';

export interface LiveOptions {
  questionnaire: Questionnaire;
  dir: string;
  language: string;
  /** Reads the answer files (uncached: they change with every save). */
  workspace: Workspace;
}

/** How far the room is. */
export interface RoomCounts {
  /** Who saved answers at least once. */
  participants: number;
  /** Who joined and saved nothing yet. */
  waiting: number;
  finished: number;
}

/** What to send: a body, its type and its Content-Security-Policy. */
export interface LiveReply {
  body: string;
  type: string;
  policy: string;
}

export interface Live {
  /** A participant joined or saved: every open page is told. */
  changed(): void;
  /** Keeps `response` open as an event stream until the page goes away. */
  subscribe(response: http.ServerResponse, headers: Record<string, string>): void;
  page(counts: RoomCounts, addresses: { join: string; slides: string; consensus: string }): Promise<LiveReply>;
  fragment(counts: RoomCounts): Promise<LiveReply>;
  slides(): Promise<LiveReply>;
}

const HTML = 'text/html; charset=utf-8';

export function openLive(options: LiveOptions): Live {
  const { questionnaire, dir, language, workspace } = options;
  // The folder's answers are scored against the questionnaire served, as every save was checked
  // against it, also when it was given by its path and its id is in no folder the workspace knows.
  workspace.addQuestionnaire(questionnaire, `<${questionnaire.id}>`);
  const streams = new Set<http.ServerResponse>();
  let qrOf: { address: string; svg: ReturnType<typeof qrSvg> } | undefined;

  /** The room's group profile from the files as they are now; undefined while there are none to score. */
  async function roomProfile(): Promise<Profile | undefined> {
    // What `score FOLDER` reads: the folder's answer files, nothing said about what it leaves out.
    const files = expandInputs([dir], { pattern: answerFilePattern(undefined), warn: () => {} });
    if (files.length === 0) return undefined;
    let profile: Profile | undefined;
    try {
      for await (const event of scoreInputs(files, workspace, {
        mode: 'aggregate',
        anonymise: { keepRoles: false },
        scoring: () => ({ language }),
      }))
        if (event.type === 'profile') profile = event.profile;
    } catch (error) {
      // A file of another questionnaire put in the folder by hand: `score` refuses the aggregate too.
      if (error instanceof MixedQuestionnairesError) return undefined;
      throw error;
    }
    return profile;
  }

  async function view(counts: RoomCounts) {
    const profile = await roomProfile();
    return { questionnaire, language, ...counts, ...(profile ? { profile } : {}) };
  }

  return {
    changed() {
      for (const stream of streams) stream.write('event: change\ndata: \n\n');
    },
    subscribe(response, headers) {
      response.writeHead(200, { ...headers, 'Content-Type': 'text/event-stream; charset=utf-8' });
      // A dropped connection comes back within a second (the browser reconnects by itself).
      response.write('retry: 1000\n\n');
      streams.add(response);
      response.on('close', () => streams.delete(response));
    },
    async page(counts, addresses) {
      if (qrOf?.address !== addresses.join)
        qrOf = {
          address: addresses.join,
          svg: qrSvg(qrMatrix(addresses.join), liveMessagesFor(language).qrLabel),
        };
      const body = facilitatorLivePage(await view(counts), {
        joinAddress: addresses.join,
        qr: qrOf.svg,
        slides: addresses.slides,
        consensus: addresses.consensus,
      });
      return { body, type: HTML, policy: FACILITATOR_POLICY };
    },
    async fragment(counts) {
      return { body: liveFragment(await view(counts)), type: HTML, policy: "default-src 'none'" };
    },
    async slides() {
      const profile = await roomProfile();
      const body = renderProfileSlides(profile ? [profile] : [], { language });
      return { body, type: HTML, policy: `${SLIDES_POLICY}; frame-ancestors 'none'` };
    },
  };
}
