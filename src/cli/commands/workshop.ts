/**
 * `datascan workshop <questionnaire> --dir FOLDER`: serves the form page to the room on a local
 * HTTP server (src/node/workshop-server.ts; HTTPS with --cert and --key), one per folder (a lock);
 * each participant's answers become an answer file in FOLDER. Listens on 127.0.0.1 unless --host says otherwise; prints the join address and the
 * facilitator's; runs until Ctrl-C (exit 130) or SIGTERM (143), with every save already on disk.
 */
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { answersSchemaUrl } from '../../answers/schema-url.js';
import { EXIT, SIGNAL_EXIT, UserError } from '../../node/errors.js';
import { say, tool } from '../../node/messages.js';
import { readVersion } from '../../node/version.js';
import { displayPath } from '../../node/paths.js';
import { lockWorkshopFolder } from '../../node/workshop-folder.js';
import { openWorkshop } from '../../node/workshop-server.js';
import { DEFAULT_MAX_PARTICIPANTS } from '../../workshop/state.js';
import { qrMatrix, qrText } from '../../workshop/qr.js';
import { readTlsFiles } from '../../node/workshop-tls.js';
import { shellWord } from '../../util/shell.js';
import { findQuestionnaire, noTextsWarning, openWorkspace } from '../catalog.js';
import type { CommandContext } from '../context.js';
import { interviewLanguage } from '../language.js';
import type { WorkshopOptions } from '../program.js';

/** The addresses people in the room can use: the host given, or this computer's network addresses for "any". */
function reachableHosts(host: string): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [host];
  const found = Object.values(os.networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && !a.internal && a.family === 'IPv4')
    .map((a) => a?.address as string);
  return found.length > 0 ? found : ['127.0.0.1'];
}

const urlHost = (host: string) => (host.includes(':') ? `[${host}]` : host);

export async function workshopCommand(ref: string, options: WorkshopOptions, ctx: CommandContext): Promise<number> {
  const portText = options.port ?? '8080';
  const port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
  if (!(port >= 0 && port <= 65535)) throw new UserError(tool('workshop.bad-port', { port: portText }), EXIT.usage);
  const maxText = options.maxParticipants ?? String(DEFAULT_MAX_PARTICIPANTS);
  const maxParticipants = /^\d{1,6}$/.test(maxText) ? Number(maxText) : 0;
  if (maxParticipants < 1) throw new UserError(tool('workshop.bad-max-participants', { value: maxText }), EXIT.usage);
  const host = options.host ?? '127.0.0.1';
  const dir = options.dir as string;
  const tlsFiles = readTlsFiles(options.cert, options.key);
  const workspace = openWorkspace([], ctx);
  const found = findQuestionnaire(ref, workspace);
  if (!found.questionnaire) throw new UserError(found.problem ?? ref, found.exitCode ?? EXIT.findings);
  const q = found.questionnaire;
  // A questionnaire given by path that score and compare would not find by its id: the commands shown name its folder.
  const questionnaireDir =
    found.file !== undefined && !workspace.catalog.has(q.id) ? displayPath(path.dirname(found.file)) : undefined;
  const findFlag = questionnaireDir !== undefined ? ` --dir ${shellWord(questionnaireDir)}` : '';
  const language = interviewLanguage(options.lang, process.env);
  const warning = noTextsWarning(q, language);
  if (warning) ctx.stderr(`${warning}\n`);

  // Before the state is read: two servers on one folder would hand out the same file twice.
  const releaseFolder = lockWorkshopFolder(dir);
  const workshop = openWorkshop({
    questionnaire: q,
    dir,
    findFlag,
    language,
    schema: answersSchemaUrl(readVersion()),
    workspace,
    maxParticipants,
    ...(options.organisation !== undefined ? { organisation: options.organisation } : {}),
  });
  const timeouts = { requestTimeout: 30_000, headersTimeout: 10_000 };
  const server = tlsFiles
    ? https.createServer({ ...timeouts, ...tlsFiles }, workshop.handle)
    : http.createServer(timeouts, workshop.handle);
  // Bodies are small and read whole: a slow sender is dropped, not waited on.
  server.maxHeadersCount = 50;
  // Listened for before anything is printed: a Ctrl-C the moment the addresses appear is a stop
  // like any other (with no listener yet, the signal's default would end the process at once).
  const stopped = new Promise<'SIGINT' | 'SIGTERM'>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  const listening = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address !== null ? address.port : port);
    });
  }).catch((error: NodeJS.ErrnoException) => {
    throw new UserError(
      tool('workshop.cannot-listen', { address: `${host}:${port}`, problem: error.code ?? error.message }),
      EXIT.usage,
    );
  });

  const talk = (text: Parameters<typeof say>[0]) => say(text, ctx.language);
  if (workshop.continued > 0) ctx.stderr(`${talk(tool('workshop.continued', { count: workshop.continued }))}\n`);
  const lan = host !== '127.0.0.1' && host !== '::1' && host !== 'localhost';
  if (lan && !tlsFiles) ctx.stderr(`${talk(tool('workshop.listening-lan'))}\n`);
  const origins = reachableHosts(host).map(
    (reachable) => `${tlsFiles ? 'https' : 'http'}://${urlHost(reachable)}:${listening}`,
  );
  workshop.setOrigin(origins[0] as string);
  for (const origin of origins) {
    ctx.stdout(`${talk(tool('workshop.join', { url: `${origin}/w/${workshop.state.code}` }))}\n`);
    ctx.stdout(
      `${talk(tool('workshop.facilitator', { url: `${origin}/w/${workshop.state.code}/f/${workshop.state.facilitator}` }))}\n`,
    );
  }
  // The room scans the first address rather than typing it; on this computer alone nobody needs to.
  if (lan) ctx.stdout(qrText(qrMatrix(`${origins[0]}/w/${workshop.state.code}`)));

  // Every save is written before it is answered: stopping only needs the connections closed.
  const signal = await stopped;
  server.close();
  server.closeAllConnections();
  releaseFolder();
  ctx.stderr(
    `${talk(tool('workshop.stopped', { dir, command: `datascan score ${shellWord(dir)} --aggregate${findFlag}` }))}\n`,
  );
  return signal === 'SIGINT' ? EXIT.cancelled : SIGNAL_EXIT.SIGTERM;
}
