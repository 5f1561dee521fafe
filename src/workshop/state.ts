/**
 * What a workshop keeps besides the answer files (FOLDER/.datascan-workshop.json): its code, the
 * facilitator's token and who joined with which token and file, so that a restart with the same
 * folder keeps every address and participant. Read back strictly: a file that is not exactly this
 * shape is refused rather than half trusted.
 */
import { isSecretShape } from './tokens.js';

export const STATE_FILE = '.datascan-workshop.json';

/**
 * How many may join when `--max-participants` does not say: a room of 6 to 15 with room to spare
 * (and the 60 of bench/workshop-load.mjs). Without a cap, joins from one address are limited only
 * by the request rate, and each one grows the state file for good.
 */
export const DEFAULT_MAX_PARTICIPANTS = 60;

export interface Participant {
  /** Their secret: whoever holds it reads and changes this participant's answers. */
  token: string;
  /** 8 hex digits, in the file name: not secret. */
  id: string;
  name: string;
  /** The answer file's name in the folder (no path). */
  file: string;
}

export interface WorkshopState {
  questionnaire: string;
  code: string;
  facilitator: string;
  participants: Participant[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const FILE_NAME = /^[a-z0-9-]+-[0-9a-f]{8}\.yaml$/;

function participantOf(value: unknown): Participant | undefined {
  if (!isRecord(value)) return undefined;
  const { token, id, name, file } = value;
  if (typeof token !== 'string' || !isSecretShape(token)) return undefined;
  if (typeof id !== 'string' || !/^[0-9a-f]{8}$/.test(id)) return undefined;
  if (typeof name !== 'string' || typeof file !== 'string' || !FILE_NAME.test(file)) return undefined;
  return { token, id, name, file };
}

/** The state in a file's text; undefined when it is not a workshop state file as written here. */
export function parseState(text: string): WorkshopState | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(data) || !Array.isArray(data.participants)) return undefined;
  const { questionnaire, code, facilitator } = data;
  if (typeof questionnaire !== 'string' || typeof code !== 'string' || typeof facilitator !== 'string')
    return undefined;
  if (!isSecretShape(code) || !isSecretShape(facilitator)) return undefined;
  const participants = data.participants.map(participantOf);
  if (participants.some((p) => p === undefined)) return undefined;
  return { questionnaire, code, facilitator, participants: participants as Participant[] };
}

export function serializeState(state: WorkshopState): string {
  return `${JSON.stringify(state, null, 2)}\n`;
}
