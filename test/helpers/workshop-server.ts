// `datascan workshop` as the e2e tests start it: the built CLI on a free port, its addresses read
// from stdout; requests through node:http(s), so a test can choose the source address and trust a
// certificate of its own.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { BIN, ROOT } from './cli.js';

export interface Workshop {
  child: ChildProcess;
  join: string;
  facilitator: string;
  origin: string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

const running: ChildProcess[] = [];

/** Starts `datascan workshop QUESTIONNAIRE --dir DIR --port 0 --lang en ...extra` and waits for its addresses. */
export async function startWorkshop(questionnaire: string, dir: string, extra: string[] = []): Promise<Workshop> {
  const child = spawn(
    process.execPath,
    [BIN, 'workshop', questionnaire, '--dir', dir, '--port', '0', '--lang', 'en', ...extra],
    { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', LANG: 'C' } },
  );
  running.push(child);
  let out = '';
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const urls = await new Promise<string[]>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const found = out.match(/https?:\/\/\S+/g) ?? [];
      if (found.length >= 2) resolve(found);
    });
    void exited.then(() => reject(new Error(`workshop ended: ${err}`)));
  });
  const [join, facilitator] = urls as [string, string];
  return { child, join, facilitator, origin: new URL(join).origin, stdout: () => out, stderr: () => err, exited };
}

/** Ends every workshop a test started that still runs. */
export function killWorkshops(): void {
  for (const child of running.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface RequestOptions {
  method?: string;
  body?: string;
  type?: string;
  /** The source address (any 127.x.y.z is this machine on Linux): another client to the server. */
  from?: string;
  /** A certificate to trust (PEM), for https. */
  ca?: string;
  agent?: http.Agent;
  /** More request headers (`If-Match`). */
  headers?: Record<string, string>;
}

/** One request; resolves with status, headers and body, rejects only when the connection fails. */
export function request(url: string, options: RequestOptions = {}): Promise<Reply> {
  const target = new URL(url);
  const lib = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = lib.request(
      target,
      {
        method: options.method ?? 'GET',
        headers: {
          ...(options.body !== undefined
            ? {
                'Content-Type': options.type ?? 'application/json',
                'Content-Length': String(Buffer.byteLength(options.body)),
              }
            : {}),
          ...options.headers,
        },
        ...(options.from !== undefined ? { localAddress: options.from } : {}),
        ...(options.ca !== undefined ? { ca: options.ca } : {}),
        ...(options.agent !== undefined ? { agent: options.agent } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Joins as `name`; the participant's page address. */
export async function joinAs(w: Workshop, name: string, options: RequestOptions = {}): Promise<string> {
  const reply = await request(`${w.join}/join`, {
    ...options,
    method: 'POST',
    type: 'application/x-www-form-urlencoded',
    body: new URLSearchParams({ name }).toString(),
  });
  if (reply.status !== 303) throw new Error(`join: ${reply.status} ${reply.body}`);
  return new URL(reply.headers.location as string, w.origin).href;
}

/**
 * Saves `body` (an object is sent as JSON) as a participant's answers, made on the answers saved now
 * (their revision read first, as the page has it) unless `revision` names another.
 */
export async function saveAnswers(
  page: string,
  body: unknown,
  options: RequestOptions & { revision?: string } = {},
): Promise<Reply> {
  const { revision, ...rest } = options;
  const made = revision ?? (await request(`${page}/answers`, rest)).headers.etag ?? '';
  return request(`${page}/answers`, {
    ...rest,
    method: 'PUT',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { ...rest.headers, 'If-Match': made },
  });
}

/** The answer file of a participant in a workshop's folder, by the start of its name (`ann-`); undefined before their first save. */
export function participantFile(dir: string, prefix: string): string | undefined {
  const name = fs.readdirSync(dir).find((f) => f.startsWith(prefix));
  return name && path.join(dir, name);
}
