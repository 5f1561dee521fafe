// Driving `datascan workshop` from a test: the built CLI on a free port, participants joining and
// saving with fetch, as a phone's browser would.
import { killWorkshops, startWorkshop as startServer, type Workshop } from './workshop-server.js';

export type Started = Workshop;
export { killWorkshops };

/** Starts the workshop in `language` and waits for its two addresses on stdout. */
export function startWorkshop(questionnaire: string, dir: string, language = 'en'): Promise<Started> {
  return startServer(questionnaire, dir, ['--lang', language]);
}

/** Ctrl-C, and the exit code. */
export async function stopWorkshop(started: Started): Promise<number | null> {
  const done = new Promise<number | null>((resolve) => started.child.on('exit', (code) => resolve(code)));
  started.child.kill('SIGINT');
  return done;
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

/** Saves a participant's answers as the form page does: made on the answers saved now (their revision). */
export async function saveAnswers(page: string, body: unknown): Promise<Response> {
  const revision = (await fetch(`${page}/answers`)).headers.get('etag') ?? '';
  return fetch(`${page}/answers`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', 'If-Match': revision },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
