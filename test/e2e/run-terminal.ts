/**
 * A real pseudo-terminal for end-to-end tests of `datascan run`: a private tmux server (its own
 * socket) running a shell, driven with send-keys and read with capture-pane.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BIN } from '../helpers/cli.js';

let servers = 0;

export function tmuxAvailable(): boolean {
  return spawnSync('tmux', ['-V']).status === 0;
}

export class Terminal {
  readonly socket = `datascan-test-${process.pid}-${++servers}`;
  private runs = 0;
  private readonly lastMarker = new Map<string, string>();

  /** A shell in `cwd` with a plain locale (Dutch messages) unless `env` says otherwise. */
  constructor(
    readonly cwd: string,
    env: Record<string, string> = {},
    readonly session = 'main',
  ) {
    if (!tmuxAvailable()) throw new Error('tmux is needed for this test (Debian: apt-get install tmux)');
    const vars = { LANG: 'C.UTF-8', NO_COLOR: '1', ...env };
    // env -u: the test runner's own locale and colour settings must not leak into the shell.
    const shell = [
      'env',
      '-u',
      'LC_ALL',
      '-u',
      'LC_MESSAGES',
      '-u',
      'FORCE_COLOR',
      ...Object.entries(vars).map(([k, v]) => `${k}=${v}`),
      'sh',
    ].join(' ');
    this.tmux('-f', '/dev/null', 'new-session', '-d', '-s', session, '-x', '100', '-y', '50', '-c', cwd, shell);
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C.UTF-8' },
    });
  }

  /** Another shell on the same server, for a second process at the same time. */
  openSession(name: string): void {
    this.tmux(
      'new-session',
      '-d',
      '-s',
      name,
      '-x',
      '100',
      '-y',
      '50',
      '-c',
      this.cwd,
      'env -u LC_ALL -u LC_MESSAGES -u FORCE_COLOR LANG=C.UTF-8 NO_COLOR=1 sh',
    );
  }

  /**
   * Runs `datascan <args>` in the shell and returns the marker its exit status will be printed
   * with; `stdoutTo`: a file for its stdout (the terminal keeps stderr). `stty sane` first: a
   * process killed with SIGKILL leaves the terminal in raw mode, where the shell would not even see
   * the end of the line.
   */
  async datascan(args: string[], session = this.session, stdoutTo?: string): Promise<string> {
    const previous = this.lastMarker.get(session);
    const marker = `EXIT-${++this.runs}`;
    this.lastMarker.set(session, marker);
    if (previous) {
      // Start from an empty screen and history, so nothing the previous run showed is read again.
      this.tmux('send-keys', '-t', session, '-l', 'clear');
      this.tmux('send-keys', '-t', session, 'C-j');
      await this.waitUntil(() => !this.visible(session).includes(`${previous}:`), session, 'the screen to clear');
      this.tmux('clear-history', '-t', session);
    }
    const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const redirect = stdoutTo !== undefined ? ` > '${stdoutTo.replace(/'/g, `'\\''`)}'` : '';
    this.tmux('send-keys', '-t', session, '-l', `stty sane; ${quoted}${redirect}; echo "${marker}:$?"`);
    // C-j (newline) ends the line even in raw mode, where Enter would be a bare carriage return.
    this.tmux('send-keys', '-t', session, 'C-j');
    return marker;
  }

  /** tmux key names: `Down`, `Enter`, `C-c`, or a digit. */
  keys(...keys: string[]): void {
    this.tmux('send-keys', '-t', this.session, ...keys);
  }

  type(text: string): void {
    this.tmux('send-keys', '-t', this.session, '-l', text);
  }

  private visible(session: string): string {
    return this.tmux('capture-pane', '-p', '-J', '-t', session);
  }

  /** What the window shows now, without what scrolled off the top. */
  shown(session = this.session): string {
    return this.visible(session);
  }

  /** Makes the window `columns` wide and `rows` high (the program gets SIGWINCH). */
  resize(columns: number, rows: number, session = this.session): void {
    this.tmux('resize-window', '-t', session, '-x', String(columns), '-y', String(rows));
  }

  /** What the terminal shows, with what scrolled off the top since the run began. */
  screen(session = this.session): string {
    return this.tmux('capture-pane', '-p', '-J', '-S', '-', '-t', session);
  }

  /** Whether the terminal shows its cursor (a program may hide it, and must give it back). */
  cursorVisible(session = this.session): boolean {
    return this.tmux('display-message', '-p', '-t', session, '#{cursor_flag}').trim() === '1';
  }

  /** Polls the screen until it shows `text` (bounded; the error shows the screen). */
  waitFor(text: string | RegExp, session = this.session): Promise<string> {
    return this.waitUntil(
      (screen) => (typeof text === 'string' ? screen.includes(text) : text.test(screen)),
      session,
      String(text),
    );
  }

  async waitUntil(ok: (screen: string) => boolean, session: string, what: string, timeoutMs = 15_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen(session);
      if (ok(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`waited in vain for ${what}; the terminal shows:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
  }

  /** Waits for a `datascan` run to end and gives its exit status. */
  async exitCode(marker: string, session = this.session): Promise<number> {
    const screen = await this.waitFor(new RegExp(`${marker}:\\d+`), session);
    return Number(new RegExp(`${marker}:(\\d+)`).exec(screen)?.[1]);
  }

  close(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server']);
  }
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-run-'));
}
