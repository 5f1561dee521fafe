/**
 * The workshop folder as the server keeps it: one server per folder (a lock file beside the state
 * file, as `run` locks an answer file: src/node/lock.ts), and every file in it written for the
 * owner's eyes only (0600), since answers and names are personal data and the state holds the tokens.
 */
import fs from 'node:fs';
import path from 'node:path';
import { STATE_FILE } from '../workshop/state.js';
import { EXIT, UserError, WriteError } from './errors.js';
import { tryLock } from './lock.js';
import { tool } from './messages.js';
import { cleanUpOnExit, writeFileAtomically } from './output.js';

/** Read and write for the owner only. */
export const PRIVATE_FILE_MODE = 0o600;

/** Writes a file of the workshop folder atomically, readable by its owner only. */
export function writePrivateFile(file: string, text: string): void {
  writeFileAtomically(file, text, { mode: PRIVATE_FILE_MODE });
}

/**
 * Makes the folder (private, when new) and takes its lock, released however the process ends;
 * refuses with one line when another workshop holds it. A lock left by a killed server is taken over.
 */
/** Returns the function that releases the lock. */
export function lockWorkshopFolder(dir: string): () => void {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new WriteError(dir, error);
  }
  const attempt = tryLock(path.join(dir, STATE_FILE));
  if ('held' in attempt) {
    const { held, lockFile } = attempt;
    throw new UserError(
      tool('workshop.locked', {
        dir,
        pid: held?.pid ?? '?',
        host: held?.host ?? '?',
        since: held?.started ?? '?',
        lockFile,
      }),
      EXIT.usage,
    );
  }
  const { lock } = attempt;
  const forget = cleanUpOnExit(() => lock.release());
  return () => {
    forget();
    lock.release();
  };
}
