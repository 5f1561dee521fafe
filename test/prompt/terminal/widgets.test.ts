/**
 * The terminal widgets with real streams, as the CLI wires them (no @inquirer/testing mocks here):
 * bytes a terminal would send go in, every prompt writes to a stream of its own.
 */
import { PassThrough, Writable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { isCancel } from '../../../src/prompt/prompts.js';
import {
  terminalSelect,
  terminalText,
  type PromptIO,
  type SelectOptions,
  type TextOptions,
} from '../../../src/prompt/terminal/widgets.js';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    this.emit('wrote');
    done();
  }
}

function terminal(extra: Partial<PromptIO> = {}) {
  const input = new PassThrough();
  const outputs: Capture[] = [];
  const io: PromptIO = {
    input,
    output: () => {
      const out = new Capture();
      outputs.push(out);
      return out;
    },
    ...extra,
  };
  const prompts = {
    select: <V>(options: SelectOptions<V>) => terminalSelect(io, options),
    text: (options: TextOptions) => terminalText(io, options),
  };
  /** Waits (bounded) until the newest prompt has written `text`. */
  const waitFor = (text: string) =>
    new Promise<void>((resolve, reject) => {
      const deadline = setTimeout(
        () => reject(new Error(`never shown: ${text}\n${stripVTControlCharacters(outputs.at(-1)?.text ?? '')}`)),
        5000,
      );
      const check = () => {
        const out = outputs.at(-1);
        if (out && stripVTControlCharacters(out.text).includes(text)) {
          clearTimeout(deadline);
          resolve();
        } else setTimeout(check, 5);
      };
      check();
    });
  return { input, outputs, prompts, waitFor, send: (bytes: string) => input.write(bytes) };
}

const DOWN = '\x1b[B';
const ENTER = '\r';
const CTRL_C = '\x03';

describe('terminal widgets on streams', () => {
  it('chooses with arrow-key bytes and Enter; each prompt gets and ends its own output stream', async () => {
    const t = terminal();
    const first = t.prompts.select({
      message: 'Kies',
      choices: [{ value: 'a', name: 'Alfa' }, { heading: '--' }, { value: 'b', name: 'Bravo' }],
    });
    await t.waitFor('Bravo');
    t.send(DOWN);
    await t.waitFor('❯ 2. Bravo');
    t.send(ENTER);
    expect(await first).toBe('b');
    const note = t.prompts.text({ message: 'Notitie:' });
    await t.waitFor('Notitie:');
    t.send('hallo' + ENTER);
    expect(await note).toBe('hallo');
    expect(t.outputs).toHaveLength(2);
    expect(t.outputs.every((o) => o.writableEnded)).toBe(true);
  });

  it('a digit moves to that entry (numbers count choices, not headings)', async () => {
    const t = terminal();
    const answer = t.prompts.select({
      message: 'Kies',
      choices: [{ value: 1, name: 'Een' }, { heading: '--' }, { value: 2, name: 'Twee' }, { value: 3, name: 'Drie' }],
    });
    await t.waitFor('Drie');
    t.send('3');
    await t.waitFor('❯ 3. Drie');
    t.send(ENTER);
    expect(await answer).toBe(3);
  });

  it('wraps long choices by word under their text', async () => {
    const t = terminal({ columns: 30 });
    const answer = t.prompts.select({
      message: 'Kies',
      choices: [{ value: 1, name: 'een heel lange keuze die niet op één regel past' }],
    });
    await t.waitFor('past');
    const screen = stripVTControlCharacters(t.outputs[0]?.text ?? '');
    expect(screen).toContain('❯ 1. een heel lange keuze die\n     niet op één regel past');
    t.send(ENTER);
    await answer;
  });

  it('Ctrl-C rejects with a cancel (ExitPromptError)', async () => {
    const t = terminal();
    const answer = t.prompts.select({ message: 'Kies', choices: [{ value: 1, name: 'Een' }] });
    await t.waitFor('Een');
    t.send(CTRL_C);
    const error = await answer.catch((e: unknown) => e);
    expect((error as Error).name).toBe('ExitPromptError');
    expect(isCancel(error)).toBe(true);
  });

  it('an aborted signal rejects the open prompt, and any later one at once, as a cancel', async () => {
    const controller = new AbortController();
    const t = terminal({ signal: controller.signal });
    const open = t.prompts.text({ message: 'Naam:' });
    await t.waitFor('Naam:');
    controller.abort();
    expect(isCancel(await open.catch((e: unknown) => e))).toBe(true);
    expect(isCancel(await t.prompts.text({ message: 'Nog een:' }).catch((e: unknown) => e))).toBe(true);
  });

  it('a default from a file is shown as safe text, also after Tab, and Enter keeps it as written', async () => {
    const note = 'oud \u001b]0;pwned\u0007\u001b]52;c;eA==\u0007\u202e';
    const safe = 'oud \\u{1b}]0;pwned\\u{7}\\u{1b}]52;c;eA==\\u{7}\\u{202e}';
    const t = terminal();
    const kept = t.prompts.text({ message: 'Notitie:', default: note });
    await t.waitFor(`(${safe})`);
    t.send(ENTER);
    expect(await kept).toBe(note);
    const edited = t.prompts.text({ message: 'Notitie:', default: note });
    await t.waitFor(`(${safe})`);
    t.send('\t');
    await t.waitFor(`Notitie: ${safe}`);
    t.send('!' + ENTER);
    expect(await edited).toBe(`${note}!`);
    for (const output of t.outputs) {
      expect(output.text).not.toContain('\u001b]');
      expect(output.text).not.toContain('\u202e');
    }
  });

  it('isCancel is false for other errors', () => {
    expect(isCancel(new Error('disk full'))).toBe(false);
    expect(isCancel('ExitPromptError')).toBe(false);
  });
});
