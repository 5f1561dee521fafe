/** The copy `datascan run --resume` keeps of an answer file before it changes it. */
import fs from 'node:fs';
import { UserError, EXIT } from './errors.js';
import { tool } from './messages.js';

/**
 * Copies `file` to `FILE.vOLD.bak` (`FILE.bak` without a version change); a name already taken
 * gets `-2`, `-3`, …: an earlier copy is never overwritten. Returns the copy's path.
 */
export function keepBackup(file: string, previousVersion: string | undefined): string {
  const base = `${file}${previousVersion !== undefined ? `.v${previousVersion}` : ''}`;
  for (let n = 1; ; n++) {
    const backup = `${base}${n > 1 ? `-${n}` : ''}.bak`;
    try {
      fs.copyFileSync(file, backup, fs.constants.COPYFILE_EXCL);
      return backup;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' || (code === 'EISDIR' && fs.existsSync(backup))) continue;
      throw new UserError(
        tool('output.cannot-copy', { file, backup, reason: code ?? (error as Error).message }),
        EXIT.usage,
      );
    }
  }
}
