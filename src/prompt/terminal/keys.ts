/**
 * One reader of the terminal for a whole interview. A prompt that read the terminal itself would
 * miss what was typed while the answer before it was being saved (and between prompts the terminal
 * would echo it): here every key is queued as it arrives and handed to the prompt on screen, one
 * key at a time, so keys a prompt does not take wait for the next one.
 *
 * Pasted text is text: a line break in it must not end the line being typed and hand the next
 * lines to the questions after it. Between the terminal's paste brackets (ESC[200~ … ESC[201~,
 * turned on by the text prompt) and, on a terminal without them, in a chunk of several lines that
 * arrives while a line of text is asked, every line break becomes a space. Pasted keys that reach
 * a list (the paste came after Enter) are dropped: a list takes no text, and they would choose.
 */
import { emitKeypressEvents } from 'node:readline';
import { PassThrough } from 'node:stream';

interface Keypress {
  sequence: string | undefined;
  key: unknown;
  pasted: boolean;
}

/** The kind of prompt a key goes to: a list chooses with single keys, a text line takes text. */
export type PromptKind = 'list' | 'text';

const nameOf = (key: unknown): unknown =>
  key && typeof key === 'object' ? (key as { name?: unknown }).name : undefined;
const isLineBreak = (key: unknown) => nameOf(key) === 'return' || nameOf(key) === 'enter';
const SPACE = { sequence: ' ', name: 'space', ctrl: false, meta: false, shift: false };

interface TerminalInput extends NodeJS.ReadableStream {
  isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
}

export class KeyQueue {
  private readonly waiting: Keypress[] = [];
  private target: { input: PassThrough; kind: PromptKind } | undefined;
  private listening = false;
  private pumping = false;
  /** Inside the terminal's paste brackets. */
  private pasting = false;
  /** The keys of the chunk being read: readline emits all of a chunk's keys in one go. */
  private chunk: Keypress[] = [];
  /** The key handed on last: a run of pasted line breaks (CR LF) is one space. */
  private lastDelivered: Keypress | undefined;

  constructor(private readonly input: TerminalInput) {}

  private readonly onKeypress = (sequence: string | undefined, key: unknown) => {
    const name = nameOf(key);
    if (name === 'paste-start' || name === 'paste-end') {
      this.pasting = name === 'paste-start';
      return;
    }
    if (this.chunk.length === 0) queueMicrotask(this.onChunkRead);
    this.chunk.push({ sequence, key, pasted: this.pasting });
  };

  /** Once the chunk's keys are all emitted: several lines at once at a line of text are a paste. */
  private readonly onChunkRead = () => {
    const keys = this.chunk;
    this.chunk = [];
    const severalLines = keys.some((k, i) => i < keys.length - 1 && isLineBreak(k.key));
    if (this.target?.kind === 'text' && severalLines) for (const k of keys) k.pasted = true;
    this.waiting.push(...keys);
    void this.pump();
  };

  /**
   * The input for one prompt: queued and coming keys reach it as keypress events (readline and
   * the prompt's own handlers listen for those) until `release`.
   */
  open(kind: PromptKind): { input: NodeJS.ReadableStream; release(): void } {
    if (!this.listening) {
      this.listening = true;
      emitKeypressEvents(this.input);
      // Raw for the whole interview: no echo and no line buffering between prompts either.
      if (this.input.isTTY) this.input.setRawMode?.(true);
      this.input.on('keypress', this.onKeypress);
      this.input.resume();
    }
    const target = { input: new PassThrough(), kind };
    this.target = target;
    void this.pump();
    return {
      input: target.input,
      release: () => {
        if (this.target === target) this.target = undefined;
      },
    };
  }

  /** Stops reading: the terminal is as it was before the interview. */
  close(): void {
    if (!this.listening) return;
    this.listening = false;
    this.input.off('keypress', this.onKeypress);
    if (this.input.isTTY) this.input.setRawMode?.(false);
    this.input.pause();
    this.waiting.length = 0;
    this.chunk = [];
    this.pasting = false;
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.target && this.waiting.length > 0) {
        // A turn of the event loop before each key: the prompt has set itself up (the first time),
        // or has settled and been released when the key before ended it, and the key waits.
        await new Promise((resolve) => setImmediate(resolve));
        const target = this.target;
        const next = target && this.waiting.shift();
        if (!target || !next || (next.pasted && target.kind === 'list')) continue;
        if (next.pasted && isLineBreak(next.key)) {
          if (this.lastDelivered?.pasted && isLineBreak(this.lastDelivered.key)) continue;
          target.input.emit('keypress', SPACE.sequence, SPACE);
        } else target.input.emit('keypress', next.sequence, next.key);
        this.lastDelivered = next;
      }
    } finally {
      this.pumping = false;
    }
  }
}

const queues = new WeakMap<NodeJS.ReadableStream, KeyQueue>();

/** The queue of `input`: every prompt on the same input shares it. */
export function keyQueueOf(input: NodeJS.ReadableStream): KeyQueue {
  let queue = queues.get(input);
  if (!queue) queues.set(input, (queue = new KeyQueue(input)));
  return queue;
}
