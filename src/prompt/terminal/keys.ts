/**
 * One reader of the terminal for a whole interview. A prompt that read the terminal itself would
 * miss what was typed while the answer before it was being saved (and between prompts the terminal
 * would echo it): here every key is queued as it arrives and handed to the prompt on screen, one
 * key at a time, so keys a prompt does not take wait for the next one.
 */
import { emitKeypressEvents } from 'node:readline';
import { PassThrough } from 'node:stream';

interface Keypress {
  sequence: string | undefined;
  key: unknown;
}

interface TerminalInput extends NodeJS.ReadableStream {
  isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
}

export class KeyQueue {
  private readonly waiting: Keypress[] = [];
  private target: PassThrough | undefined;
  private listening = false;
  private pumping = false;

  constructor(private readonly input: TerminalInput) {}

  private readonly onKeypress = (sequence: string | undefined, key: unknown) => {
    this.waiting.push({ sequence, key });
    void this.pump();
  };

  /**
   * The input for one prompt: queued and coming keys reach it as keypress events (readline and
   * the prompt's own handlers listen for those) until `release`.
   */
  open(): { input: NodeJS.ReadableStream; release(): void } {
    if (!this.listening) {
      this.listening = true;
      emitKeypressEvents(this.input);
      // Raw for the whole interview: no echo and no line buffering between prompts either.
      if (this.input.isTTY) this.input.setRawMode?.(true);
      this.input.on('keypress', this.onKeypress);
      this.input.resume();
    }
    const input = new PassThrough();
    this.target = input;
    void this.pump();
    return {
      input,
      release: () => {
        if (this.target === input) this.target = undefined;
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
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.target && this.waiting.length > 0) {
        // A turn of the event loop before each key: the prompt has set itself up (the first time),
        // or has settled and been released when the key before ended it, and the key waits.
        await new Promise((resolve) => setImmediate(resolve));
        const next = this.target && this.waiting.shift();
        if (next) this.target?.emit('keypress', next.sequence, next.key);
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
