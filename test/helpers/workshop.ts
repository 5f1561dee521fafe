// Driving `datascan workshop` from a test: the built CLI on a free port, participants joining and
// saving with fetch, as a phone's browser would.
import { spawn, type ChildProcess } from 'node:child_process';
import { BIN, ROOT } from './cli.js';

export interface Started {
  child: ChildProcess;
  join: string;
  facilitator: string;
  origin: string;
  stderr: () => string;
}

const running: ChildProcess[] = [];

/** Starts the workshop and waits for its two addresses on stdout. */
export async function startWorkshop(questionnaire: string, dir: string, language = 'en'): Promise<Started> {
  const child = spawn(
    process.execPath,
    [BIN, 'workshop', questionnaire, '--dir', dir, '--port', '0', '--lang', language],
    {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', LANG: 'C' },
    },
  );
  running.push(child);
  let out = '';
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const urls = await new Promise<string[]>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const found = out.match(/http:\/\/\S+/g) ?? [];
      if (found.length >= 2) resolve(found);
    });
    child.on('exit', () => reject(new Error(`workshop ended: ${err}`)));
  });
  const [join, facilitator] = urls as [string, string];
  return { child, join, facilitator, origin: new URL(join).origin, stderr: () => err };
}

/** Ctrl-C, and the exit code. */
export async function stopWorkshop(started: Started): Promise<number | null> {
  const done = new Promise<number | null>((resolve) => started.child.on('exit', (code) => resolve(code)));
  started.child.kill('SIGINT');
  return done;
}

/** Every workshop a test started and left running, killed (for afterEach). */
export function killWorkshops(): void {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
}

/** Joins under `name`; the participant's page address. */
export async function joinWorkshop(s: Started, name: string): Promise<string> {
  const response = await fetch(`${s.join}/join`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ name }).toString(),
    redirect: 'manual',
  });
  if (response.status !== 303) throw new Error(`join refused: ${response.status}`);
  return new URL(response.headers.get('location') as string, s.origin).href;
}

/** Saves a participant's answers as the form page does. */
export function saveAnswers(page: string, body: unknown): Promise<Response> {
  return fetch(`${page}/answers`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
