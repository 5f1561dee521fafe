/**
 * The exit clean-up registry of src/node/output.ts, with signal-exit replaced by a stand-in that
 * records its handlers: the test plays the process ending, with an exit code or a signal.
 */
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { cleanUpOnExit } from '../../src/node/output.js';

// vi.mock is hoisted above the imports: output.ts gets the stand-in.
type Handler = (code: number | null | undefined, signal: NodeJS.Signals | null) => void;
const exitHandlers = vi.hoisted(() => new Set<{ handler: Handler; alwaysLast: boolean }>());
vi.mock('signal-exit', () => ({
  onExit(handler: Handler, options?: { alwaysLast?: boolean }) {
    const entry = { handler, alwaysLast: options?.alwaysLast === true };
    exitHandlers.add(entry);
    return () => exitHandlers.delete(entry);
  },
}));

/** What signal-exit does as the process ends: every handler, with the exit code or the signal. */
const end = (code: number | null, signal: NodeJS.Signals | null) => {
  for (const { handler } of [...exitHandlers]) handler(code, signal);
};

describe('cleanUpOnExit (on signal-exit)', () => {
  const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as () => never);
  afterEach(() => exit.mockClear());
  afterAll(() => exit.mockRestore());

  it('runs the clean-ups still pending, in order, through one handler that runs last', () => {
    const done: string[] = [];
    const forgetA = cleanUpOnExit(() => done.push('a'));
    const forgetB = cleanUpOnExit(() => done.push('b'));
    const forgetC = cleanUpOnExit(() => done.push('c'));
    expect([...exitHandlers].map((h) => h.alwaysLast)).toEqual([true]);
    forgetB();
    end(0, null);
    expect(done).toEqual(['a', 'c']);
    expect(exit).not.toHaveBeenCalled();
    forgetA();
    forgetC();
    expect(exitHandlers.size).toBe(0);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGHUP', 129],
    ['SIGTERM', 143],
  ] as const)('after %s it cleans up and ends the process with %i', (signal, status) => {
    const done: string[] = [];
    const forget = cleanUpOnExit(() => done.push('temporary file removed'));
    end(null, signal);
    expect(done).toEqual(['temporary file removed']);
    expect(exit).toHaveBeenCalledExactlyOnceWith(status);
    forget();
  });

  it('leaves other signals to signal-exit, which sends them again', () => {
    const done: string[] = [];
    const forget = cleanUpOnExit(() => done.push('cursor shown'));
    end(null, 'SIGQUIT');
    expect(done).toEqual(['cursor shown']);
    expect(exit).not.toHaveBeenCalled();
    forget();
  });

  it('a clean-up that fails keeps neither the others nor the exit status from happening', () => {
    const done: string[] = [];
    const forgetA = cleanUpOnExit(() => {
      throw new Error('EACCES');
    });
    const forgetB = cleanUpOnExit(() => done.push('b'));
    end(null, 'SIGTERM');
    expect(done).toEqual(['b']);
    expect(exit).toHaveBeenCalledExactlyOnceWith(143);
    forgetA();
    forgetB();
  });

  it('may be taken back twice (abort after commit), and listens again for a later clean-up', () => {
    const forgetA = cleanUpOnExit(() => {});
    const forgetB = cleanUpOnExit(() => {});
    forgetA();
    forgetA();
    expect(exitHandlers.size).toBe(1);
    forgetB();
    forgetB();
    expect(exitHandlers.size).toBe(0);
    const forgetC = cleanUpOnExit(() => {});
    expect(exitHandlers.size).toBe(1);
    forgetC();
    expect(exitHandlers.size).toBe(0);
  });
});
