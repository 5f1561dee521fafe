/**
 * Where `score` and `compare` write: stdout, or `-o FILE` atomically. A streamed report goes to a
 * temporary file in the same folder and is renamed over FILE at the end, so a reader never sees
 * half a report and an interrupted run leaves the old FILE as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { EXIT, UserError } from '../errors.js';

export interface Output {
  write(text: string): void;
  /** Makes what was written visible (renames the temporary file over the target). */
  commit(): Promise<void>;
  /** Throws away what was written; safe to call after commit. */
  abort(): void;
}

export function stdoutOutput(write: (text: string) => void): Output {
  return { write, commit: async () => {}, abort: () => {} };
}

/** Buffers the text and writes it with write-file-atomic: for reports rendered as a whole. */
export function bufferedFileOutput(file: string): Output {
  const parts: string[] = [];
  return {
    write: (text) => void parts.push(text),
    commit: async () => {
      try {
        await writeFileAtomic(file, parts.join(''));
      } catch (error) {
        throw new UserError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, EXIT.usage);
      }
    },
    abort: () => {},
  };
}

/** Streams to a temporary file next to the target, renamed over it on commit. */
export function streamingFileOutput(file: string): Output {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number;
  try {
    fd = fs.openSync(temp, 'wx');
  } catch (error) {
    throw new UserError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, EXIT.usage);
  }
  let open = true;
  const close = () => {
    if (open) fs.closeSync(fd);
    open = false;
  };
  return {
    write: (text) => {
      fs.writeSync(fd, text);
    },
    commit: async () => {
      fs.fsyncSync(fd);
      close();
      fs.renameSync(temp, file);
    },
    abort: () => {
      close();
      fs.rmSync(temp, { force: true });
    },
  };
}
