/**
 * The writer of src/node/output.ts: what it does to the file it is told to write. An ordinary file
 * is replaced by rename; a link is written through; a device, a FIFO or a descriptor is written as
 * it is; a disk or a socket is refused; temporary files left by killed processes are removed.
 * Devices are made with mknod in a temporary folder (root only), never the real /dev files.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { UserError, WriteError } from '../../src/node/errors.js';
import {
  atomicOutput,
  descriptorOf,
  removeStaleTemporaries,
  writeFileAtomically,
  writesInPlace,
} from '../../src/node/output.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-writer-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

let folders = 0;
/** A fresh folder for one test (the writer cleans each folder of stale temporaries once per process). */
const folder = () => fs.mkdtempSync(path.join(work, `${++folders}-`));
const isRoot = process.getuid?.() === 0;
const posix = process.platform !== 'win32';

/** A device node like the one at major, minor (1, 3 is /dev/null; 1, 7 /dev/full). */
function device(file: string, type: 'c' | 'b', major: number, minor: number): string {
  expect(spawnSync('mknod', [file, type, String(major), String(minor)]).status).toBe(0);
  return file;
}

function fifo(file: string): string {
  expect(spawnSync('mkfifo', [file]).status).toBe(0);
  return file;
}

const thrown = (write: () => void): unknown => {
  try {
    write();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('an ordinary file, or none yet', () => {
  it('is replaced by a temporary file renamed over it, keeping its mode, leaving nothing beside it', () => {
    const dir = folder();
    const file = path.join(dir, 'report.md');
    fs.writeFileSync(file, 'old');
    fs.chmodSync(file, 0o600);
    const inode = fs.statSync(file).ino;
    writeFileAtomically(file, 'new');
    expect(fs.readFileSync(file, 'utf8')).toBe('new');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(file).ino).not.toBe(inode);
    expect(fs.readdirSync(dir)).toEqual(['report.md']);
    writeFileAtomically(path.join(dir, 'new.md'), 'made');
    expect(fs.readFileSync(path.join(dir, 'new.md'), 'utf8')).toBe('made');
  });

  it.skipIf(!posix)(
    'with a mode: the new file and the file written over get it, the temporary one has it from the start',
    () => {
      const dir = folder();
      const file = path.join(dir, 'answers.yaml');
      fs.writeFileSync(file, 'old');
      fs.chmodSync(file, 0o644);
      const open = fs.openSync;
      const modes: unknown[] = [];
      const spy = vi.spyOn(fs, 'openSync').mockImplementation((...args: Parameters<typeof fs.openSync>) => {
        modes.push(args[2]);
        return open(...args);
      });
      try {
        writeFileAtomically(file, 'new', { mode: 0o600 });
        writeFileAtomically(path.join(dir, 'state.json'), '{}', { mode: 0o600 });
      } finally {
        spy.mockRestore();
      }
      expect(modes).toEqual([0o600, 0o600]);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.join(dir, 'state.json')).mode & 0o777).toBe(0o600);
    },
  );

  it('streamed: nothing is visible before commit, and abort leaves the old file', () => {
    const dir = folder();
    const file = path.join(dir, 'profiles.ndjson');
    fs.writeFileSync(file, 'old');
    const output = atomicOutput(file);
    output.write('{"a":1}\n');
    expect(fs.readFileSync(file, 'utf8')).toBe('old');
    output.abort();
    expect(fs.readdirSync(dir)).toEqual(['profiles.ndjson']);
    const again = atomicOutput(file);
    again.write('{"a":2}\n');
    again.commit();
    expect(fs.readFileSync(file, 'utf8')).toBe('{"a":2}\n');
  });
});

describe.skipIf(!posix)('a link', () => {
  it("is written through: the link stays a link, its target gets the text and keeps its mode, in the target's folder", () => {
    const dir = folder();
    const elsewhere = folder();
    const target = path.join(elsewhere, 'real.md');
    fs.writeFileSync(target, 'old');
    fs.chmodSync(target, 0o640);
    const link = path.join(dir, 'link.md');
    fs.symlinkSync(target, link);
    // A chain of links, relative this time, ends at the same file.
    const chain = path.join(dir, 'chain.md');
    fs.symlinkSync('link.md', chain);
    writeFileAtomically(link, 'through the link');
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(target, 'utf8')).toBe('through the link');
    expect(fs.statSync(target).mode & 0o777).toBe(0o640);
    const output = atomicOutput(chain);
    output.write('through the chain');
    // The temporary file is beside the target, so that the rename stays in one folder.
    expect(fs.readdirSync(elsewhere).filter((f) => f.endsWith('.tmp'))).toHaveLength(1);
    output.commit();
    expect(fs.lstatSync(chain).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(target, 'utf8')).toBe('through the chain');
    expect(fs.readdirSync(dir).sort()).toEqual(['chain.md', 'link.md']);
    expect(fs.readdirSync(elsewhere)).toEqual(['real.md']);
  });

  it('that leads nowhere yet creates its target, and stays a link', () => {
    const dir = folder();
    const link = path.join(dir, 'link.md');
    fs.symlinkSync(path.join('sub', 'made.md'), link);
    fs.mkdirSync(path.join(dir, 'sub'));
    writeFileAtomically(link, 'made');
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'sub', 'made.md'), 'utf8')).toBe('made');
  });

  it('in a loop is `cannot write FILE: ELOOP`, and nothing is made', () => {
    const dir = folder();
    fs.symlinkSync('b', path.join(dir, 'a'));
    fs.symlinkSync('a', path.join(dir, 'b'));
    const error = thrown(() => writeFileAtomically(path.join(dir, 'a'), 'x'));
    expect(error).toBeInstanceOf(WriteError);
    expect((error as WriteError).message).toBe(`cannot write ${path.join(dir, 'a')}: ELOOP`);
    expect(fs.readdirSync(dir).sort()).toEqual(['a', 'b']);
  });
});

describe.skipIf(!posix)('a FIFO is written as it is, never replaced', () => {
  it('its reader gets the text', () => {
    const file = fifo(path.join(folder(), 'pipe'));
    const reader = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    try {
      writeFileAtomically(file, 'through the pipe');
      expect(fs.readFileSync(reader, 'utf8')).toBe('through the pipe');
    } finally {
      fs.closeSync(reader);
    }
    expect(fs.statSync(file).isFIFO()).toBe(true);
  });

  it('more than the pipe holds waits for a slow reader (in another process) instead of failing', async () => {
    const dir = folder();
    const file = fifo(path.join(dir, 'pipe'));
    const received = path.join(dir, 'received');
    const { spawn } = await import('node:child_process');
    const reader = spawn('sh', ['-c', 'sleep 0.2; cat "$0" > "$1"', file, received], { stdio: 'ignore' });
    const done = new Promise((resolve) => reader.on('exit', resolve));
    // The reader has the pipe open once a writer can open it without waiting; this one is kept
    // open until the text is written, so the reader does not see the end of it before.
    let probe: number | undefined;
    while (probe === undefined) {
      try {
        probe = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK);
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
    const text = 'x'.repeat(1024 * 1024);
    writeFileAtomically(file, text);
    fs.closeSync(probe);
    await done;
    expect(fs.readFileSync(received, 'utf8')).toBe(text);
    expect(fs.statSync(file).isFIFO()).toBe(true);
  });

  it('is told apart from a file by writesInPlace, as a descriptor is', () => {
    const dir = folder();
    const file = fifo(path.join(dir, 'pipe'));
    fs.writeFileSync(path.join(dir, 'file'), '');
    fs.symlinkSync('pipe', path.join(dir, 'link'));
    expect([file, path.join(dir, 'link'), '/dev/stdout'].map(writesInPlace)).toEqual([true, true, true]);
    expect([path.join(dir, 'file'), path.join(dir, 'missing'), dir].map(writesInPlace)).toEqual([false, false, false]);
  });

  it('nobody reads: refused at once, rather than waiting where Ctrl-C cannot reach', () => {
    const file = fifo(path.join(folder(), 'pipe'));
    const error = thrown(() => writeFileAtomically(file, 'x'));
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe(
      `cannot write ${file}: it is a FIFO that nobody reads (start its reader first)`,
    );
    expect((error as UserError).exitCode).toBe(2);
    expect(fs.statSync(file).isFIFO()).toBe(true);
  });
});

describe.skipIf(!isRoot)('devices (made with mknod, as root)', () => {
  it('a character device is written as it is and stays one', () => {
    const dir = folder();
    const file = device(path.join(dir, 'null'), 'c', 1, 3);
    writeFileAtomically(file, 'gone');
    const output = atomicOutput(file);
    output.write('streamed');
    output.commit();
    expect(fs.statSync(file).isCharacterDevice()).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['null']);
  });

  it('a device that fails the write (as /dev/full) gives the error and stays', () => {
    const file = device(path.join(folder(), 'full'), 'c', 1, 7);
    const error = thrown(() => writeFileAtomically(file, 'x'));
    expect(error).toBeInstanceOf(WriteError);
    expect((error as WriteError).message).toBe(`cannot write ${file}: ENOSPC (the disk is full)`);
    expect(fs.statSync(file).isCharacterDevice()).toBe(true);
  });

  it('a block device (a disk) is refused before anything is opened', () => {
    const dir = folder();
    const file = device(path.join(dir, 'disk'), 'b', 7, 200);
    const error = thrown(() => writeFileAtomically(file, 'x'));
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe(`cannot write ${file}: it is a block device, not a file`);
    expect(fs.statSync(file).isBlockDevice()).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['disk']);
  });
});

describe.skipIf(!posix)('a socket', () => {
  it('is refused and stays', async () => {
    const file = path.join(folder(), 'socket');
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(file, resolve));
    try {
      const error = thrown(() => writeFileAtomically(file, 'x'));
      expect((error as UserError).message).toBe(`cannot write ${file}: it is a socket, not a file`);
      expect(fs.statSync(file).isSocket()).toBe(true);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe.skipIf(!posix)("the process's own descriptors", () => {
  it('are told by their paths', () => {
    expect(descriptorOf('/dev/stdout')).toBe(1);
    expect(descriptorOf('/dev/stderr')).toBe(2);
    expect(descriptorOf('/dev/fd/5')).toBe(5);
    expect(descriptorOf('/proc/self/fd/7')).toBe(7);
    expect(descriptorOf(`/proc/${process.pid}/fd/3`)).toBe(3);
    // Another process's descriptors, other devices and files are not.
    expect(descriptorOf(`/proc/${process.pid + 1}/fd/3`)).toBeUndefined();
    expect(descriptorOf('/dev/null')).toBeUndefined();
    expect(descriptorOf('/dev/fd')).toBeUndefined();
    expect(descriptorOf('report.md')).toBeUndefined();
  });

  it.skipIf(process.platform !== 'linux')(
    'are written to where they are, after what is there (as a shell appends to its output)',
    () => {
      const dir = folder();
      const file = path.join(dir, 'stdout.txt');
      const fd = fs.openSync(file, 'w');
      try {
        fs.writeSync(fd, 'header\n');
        writeFileAtomically(`/proc/self/fd/${fd}`, 'report\n');
        writeFileAtomically(`/dev/fd/${fd}`, 'more\n');
        // Still open: the descriptor is the caller's, not the writer's to close.
        fs.writeSync(fd, 'footer\n');
      } finally {
        fs.closeSync(fd);
      }
      expect(fs.readFileSync(file, 'utf8')).toBe('header\nreport\nmore\nfooter\n');
      expect(fs.readdirSync(dir)).toEqual(['stdout.txt']);
    },
  );
});

describe('temporary files left by killed processes', () => {
  /** The id of a process that has ended. */
  const endedPid = () => spawnSync(process.execPath, ['-e', '']).pid!;
  const stamp = Date.now().toString(36);

  it('are removed on the next write to their folder; live ones, others and other folders stay', () => {
    const dir = folder();
    const other = folder();
    const dead = endedPid();
    const stale = [`.report.md.${dead}.${stamp}1.tmp`, `.a.b.yaml.${dead}.${stamp}12.tmp`];
    const kept = [
      // Being written by a process that runs (this one).
      `.report.md.${process.pid}.${stamp}1.tmp`,
      // Not datascan's naming.
      `.report.md.${dead}.tmp`,
      `.report.md.${dead}.old.tmp`,
      `report.md.${dead}.${stamp}1.tmp`,
      `.report.md.${dead}.${stamp}1.tmp.bak`,
      `.report.md.0.${stamp}1.tmp`,
      'notes.txt',
    ];
    for (const name of [...stale, ...kept]) fs.writeFileSync(path.join(dir, name), 'respondents');
    // A folder named like one is not a temporary file.
    const folderLikeOne = `.x.${dead}.${stamp}1.tmp`;
    fs.mkdirSync(path.join(dir, folderLikeOne));
    fs.writeFileSync(path.join(other, stale[0]!), 'respondents');
    writeFileAtomically(path.join(dir, 'report.md'), 'new');
    expect(fs.readdirSync(dir).sort()).toEqual([...kept, folderLikeOne, 'report.md'].sort());
    expect(fs.readdirSync(other)).toEqual([stale[0]]);
  });

  it('of a process that exists but is not ours to signal (EPERM) stay', () => {
    const dir = folder();
    const name = `.report.md.4242.${stamp}1.tmp`;
    fs.writeFileSync(path.join(dir, name), 'respondents');
    const kill = vi.spyOn(process, 'kill').mockImplementation(() => {
      throw Object.assign(new Error('kill EPERM'), { code: 'EPERM' });
    });
    try {
      removeStaleTemporaries(dir);
      expect(kill).toHaveBeenCalledWith(4242, 0);
    } finally {
      kill.mockRestore();
    }
    expect(fs.readdirSync(dir)).toEqual([name]);
  });

  it('are looked for once per folder in a process', () => {
    const dir = folder();
    removeStaleTemporaries(dir);
    const name = `.report.md.${endedPid()}.${stamp}1.tmp`;
    fs.writeFileSync(path.join(dir, name), 'respondents');
    removeStaleTemporaries(dir);
    expect(fs.readdirSync(dir)).toEqual([name]);
  });
});
