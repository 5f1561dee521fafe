/** The CLI's contact with the file system: reading files for the core, expanding paths. */
import fs from 'node:fs';
import path from 'node:path';
import type { FileHost } from '../workspace/workspace.js';
import { MAX_SOURCE_BYTES } from '../source/limits.js';
import { EXIT, UserError } from './errors.js';
import { DATA, formatPattern } from '../util/file-formats.js';
import { msg, sayFinding, type FindingText, type NotAFile } from '../diagnostics/messages.js';
import { say, tool, type Skipped, type ToolText } from './messages.js';
import { safeLine } from '../util/safe-text.js';

/** One buffer for all reads, grown as a file needs it: a batch reads thousands of small files. */
const SMALL_BUFFER = 64 * 1024;
let readBuffer = Buffer.allocUnsafe(SMALL_BUFFER);

const tooLarge = (size?: number) =>
  hostError(
    'too-large',
    msg('file.too-large', {
      mb: MAX_SOURCE_BYTES / 1024 / 1024,
      ...(size !== undefined ? { size: size / 1024 / 1024 } : {}),
    }),
  );

/** A read that failed: said in English for any host's caller, and as a text for other languages. */
function hostError(code: 'not-found' | 'unreadable' | 'too-large', said: FindingText) {
  return { error: sayFinding(said, 'en'), code, said } as const;
}

/** The open flags for a file named inside another: never waits for a FIFO's writer. */
const DONT_WAIT = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

export const nodeHost: FileHost = {
  read(file, options = {}) {
    let fd: number;
    try {
      if (options.namedInFile) {
        // Asked before opening: opening a device can have effects of its own (a terminal, a tape).
        const what = notAFile(fs.statSync(file));
        if (what !== undefined) return notAFileError(file, what);
        fd = fs.openSync(file, DONT_WAIT);
      } else {
        // Named by the user: a FIFO or a device is read as `cat` would (`<(…)`, /dev/stdin).
        fd = fs.openSync(file, 'r');
      }
    } catch (error) {
      return readError(file, error);
    }
    try {
      if (options.namedInFile) {
        // Asked again of what was opened: the path may have been replaced in between.
        const what = notAFile(fs.fstatSync(fd));
        if (what !== undefined) return notAFileError(file, what);
      }
      let length = 0;
      for (;;) {
        if (length === readBuffer.length) {
          if (length === SMALL_BUFFER) {
            // Larger than most: ask its size once, and refuse a file over the limit before reading
            // on (a 50 MB file must not be loaded just to be rejected).
            const size = fs.fstatSync(fd).size;
            if (size > MAX_SOURCE_BYTES) return tooLarge(size);
          }
          // A file that keeps growing, or has no size (a pipe, /dev/zero): refused at the limit.
          if (length > MAX_SOURCE_BYTES) return tooLarge();
          const grown = Buffer.allocUnsafe(Math.min(length * 2, MAX_SOURCE_BYTES + 1));
          readBuffer.copy(grown, 0, 0, length);
          readBuffer = grown;
        }
        const read = fs.readSync(fd, readBuffer, length, readBuffer.length - length, null);
        if (read === 0) return { text: readBuffer.toString('utf8', 0, length) };
        length += read;
      }
    } catch (error) {
      return readError(file, error);
    } finally {
      try {
        fs.closeSync(fd);
      } catch {
        // Read already, or failed already: nothing a close error would change.
      }
      // Megabytes are not kept for the next file, which is most likely small again.
      if (readBuffer.length > SMALL_BUFFER) readBuffer = Buffer.allocUnsafe(SMALL_BUFFER);
    }
  },
  realPath: (file) => realPath(file),
};

/** Links followed at most in one path whose links lead nowhere or in circles, as the system does. */
const MAX_LINK_HOPS = 40;

/**
 * `file` as an absolute path with every link in it resolved, also when the file or a link's target
 * does not exist: where a read of it would lead.
 */
export function realPath(file: string, hops = { left: MAX_LINK_HOPS }): string {
  const absolute = path.resolve(file);
  try {
    return fs.realpathSync.native(absolute);
  } catch {
    // Some part does not exist, or links loop: resolve the folder, then this name.
  }
  const parent = path.dirname(absolute);
  if (parent === absolute) return absolute;
  const inParent = path.join(realPath(parent, hops), path.basename(absolute));
  try {
    if (hops.left > 0 && fs.lstatSync(inParent).isSymbolicLink()) {
      hops.left--;
      return realPath(path.resolve(path.dirname(inParent), fs.readlinkSync(inParent)), hops);
    }
  } catch {
    // Not there: the name is where it would be.
  }
  return inParent;
}

/** The parts of a file's type that tell an ordinary file from the rest (fs.Stats and fs.Dirent both have them). */
type FileType = Pick<
  fs.Stats,
  'isFile' | 'isDirectory' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'
>;

/** What the path names when it is not an ordinary file (a FIFO, a folder); undefined for a file or nothing there. */
export function notAnOrdinaryFile(file: string): NotAFile | undefined {
  try {
    return notAFile(fs.statSync(file));
  } catch {
    // Nothing there (or unreachable): reading it says so.
    return undefined;
  }
}

/** What a path is when it is not an ordinary file, in words (`a FIFO`); undefined for an ordinary file. */
function notAFile(stat: FileType): NotAFile | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return 'directory';
  if (stat.isFIFO()) return 'fifo';
  if (stat.isSocket()) return 'socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  return 'special';
}

function notAFileError(file: string, what: NotAFile): ReturnType<FileHost['read']> {
  return hostError('unreadable', msg('file.not-a-file', { file, what }));
}

function readError(file: string, error: unknown): ReturnType<FileHost['read']> {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return hostError('not-found', msg('file.not-found', { file }));
  if (code === 'EISDIR') return notAFileError(file, 'directory');
  return hostError('unreadable', msg('file.cannot-read', { file, reason: code ?? (error as Error).message }));
}

export const DATA_FILE = formatPattern(DATA);

/** Told of an entry a folder yields that is left out: in English (`line`), and as a text to say in another language. */
export type Warn = (line: string, said: ToolText) => void;

const warnOnStderr: Warn = (line) => void process.stderr.write(`datascan: ${line}\n`);

/**
 * Expands the paths a user gave: files as they are, folders to the YAML/JSON/CSV files in them
 * (recursively, sorted). A path that does not exist is a usage error (exit 2).
 *
 * Inside a folder, `node_modules` and hidden entries (.git, .github) are left out. A link to a file
 * is read as the file; a link to a folder is not followed (so no walk can loop), as a folder named
 * by the user or matched by a glob is. Such a link, and an entry named like a data file that is not
 * an ordinary file (a FIFO, a socket, a device, a link that leads nowhere), is left out with one
 * line to `warn`: it must not hang a batch, nor vanish from it without a word.
 */
export function expandPaths(
  paths: readonly string[],
  pattern: RegExp = DATA_FILE,
  warn: Warn = warnOnStderr,
): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      throw new UserError(msg('file.no-such-path', { path: p }), EXIT.usage);
    }
    if (stat.isDirectory()) {
      const { files, skipped } = walkFolder(p, pattern);
      out.push(...files.sort());
      // A file name is text from whoever made the folder: shown as safe text.
      for (const [entry, why] of skipped.sort(([a], [b]) => (a < b ? -1 : 1))) {
        const said = tool('input.skipped', { entry: safeLine(entry), ...why });
        warn(say(said, 'en'), said);
      }
    } else out.push(p);
  }
  return [...new Set(out)];
}

/** The data files in `root` and its subfolders, and the entries left out with why, unsorted; see `expandPaths`. */
function walkFolder(root: string, pattern: RegExp): { files: string[]; skipped: [string, Skipped][] } {
  const files: string[] = [];
  const skipped: [string, Skipped][] = [];
  const folders = [root];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      if (folder === root) throw new UserError(msg('file.cannot-read-folder', { path: root, code }), EXIT.usage);
      skipped.push([folder, { why: 'unreadable-folder', code }]);
      continue;
    }
    for (const entry of entries) {
      // Dependencies and hidden entries inside the folder, not the folder itself (datascan's own
      // shipped questionnaires live under node_modules/datascan when it is installed).
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        folders.push(file);
        continue;
      }
      let type: FileType = entry;
      if (entry.isSymbolicLink()) {
        try {
          type = fs.statSync(file);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          const why: Skipped =
            code === 'ENOENT' ? { why: 'dangling-link' } : { why: 'broken-link', code: String(code) };
          if (pattern.test(entry.name)) skipped.push([file, why]);
          continue;
        }
        if (type.isDirectory()) {
          skipped.push([file, { why: 'folder-link' }]);
          continue;
        }
      }
      if (!pattern.test(entry.name)) continue;
      if (type.isFile()) files.push(file);
      else skipped.push([file, { why: 'not-a-file', what: notAFile(type)! }]);
    }
  }
  return { files, skipped };
}
