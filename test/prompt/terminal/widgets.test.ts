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
  const streams: PromptIO = {
    input,
    output: () => {
      // A terminal's width, which @inquirer breaks lines at as well.
      const out = Object.defineProperty(new Capture(), 'columns', { get: () => io.columns ?? 80 });
      outputs.push(out);
      return out;
    },
  };
  // With extra's getters as getters: a size that changes is read as it is now.
  const io: PromptIO = Object.defineProperties(streams, Object.getOwnPropertyDescriptors(extra));
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

/** The lines of the last frame a prompt drew: after its last erase, without colour codes. */
function lastFrame(output: Capture | undefined): string[] {
  const text = output?.text ?? '';
  // Each frame starts by erasing the one before (ESC [2K, erase line); what follows the last is on screen.
  const frame = text.slice(Math.max(0, text.lastIndexOf('\x1b[2K')));
  return stripVTControlCharacters(frame)
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line, i, all) => line !== '' || (i > 0 && i < all.length - 1));
}

const DOWN = '\x1b[B';
const HOME = '\x1b[H';
const END = '\x1b[F';
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

  it('with fewer than 10 numbered entries a digit chooses at once (numbers count choices, not headings)', async () => {
    const t = terminal();
    const answer = t.prompts.select({
      message: 'Kies',
      choices: [{ value: 1, name: 'Een' }, { heading: '--' }, { value: 2, name: 'Twee' }, { value: 3, name: 'Drie' }],
    });
    await t.waitFor('Drie');
    t.send('3');
    expect(await answer).toBe(3);
  });

  it('digits typed at once are two answers, one for each list, not the number 34', async () => {
    const t = terminal();
    const choices = [1, 2, 3, 4].map((value) => ({ value, name: `Optie ${value}` }));
    const first = t.prompts.select({ message: 'Eerste', choices });
    await t.waitFor('Optie 4');
    t.send('34');
    expect(await first).toBe(3);
    // The second list appears only now: the 4 typed with the 3 waited for it.
    expect(await t.prompts.select({ message: 'Tweede', choices })).toBe(4);
  });

  it('keys typed before a prompt appears reach it: a list, then a line of text', async () => {
    const t = terminal();
    t.send('2' + 'notitie' + ENTER);
    const choice = await t.prompts.select({
      message: 'Kies',
      choices: [
        { value: 'a', name: 'Alfa' },
        { value: 'b', name: 'Bravo' },
      ],
    });
    expect(choice).toBe('b');
    expect(await t.prompts.text({ message: 'Notitie:' })).toBe('notitie');
  });

  it('with 10 or more numbered entries digits build a number that moves the highlight, and Enter chooses', async () => {
    const t = terminal();
    const choices = Array.from({ length: 12 }, (_, i) => ({ value: i + 1, name: `Optie ${i + 1}` }));
    const answer = t.prompts.select({ message: 'Kies', choices });
    await t.waitFor('Optie 12');
    t.send('12');
    await t.waitFor('❯ 12. Optie 12');
    t.send(ENTER);
    expect(await answer).toBe(12);
  });

  it("a choice's letter chooses it at once; other letters do nothing (no jump to a name that starts with them)", async () => {
    const t = terminal();
    const answer = t.prompts.select({
      message: 'Kies',
      choices: [
        { value: 'data', name: 'Wat data-analyse betreft' },
        { value: 'sturen', name: 'Sturen op data' },
        { heading: '--' },
        { value: 'unknown', name: 'Weet niet', key: 'w' },
        { value: 'skip', name: 'Overslaan', key: 's' },
      ],
    });
    await t.waitFor('[w] Weet niet');
    const before = stripVTControlCharacters(t.outputs[0]?.text ?? '').length;
    t.send('o');
    t.send(DOWN);
    await t.waitFor('❯ 2. Sturen op data');
    // o (which starts "Overslaan") drew nothing: the only new frame is the one of the arrow key.
    const after = stripVTControlCharacters(t.outputs[0]?.text ?? '').slice(before);
    expect(after.match(/❯/g)).toHaveLength(1);
    t.send('W');
    expect(await answer).toBe('unknown');
  });

  it('Home and End go to the first and the last choice, past headings', async () => {
    const t = terminal();
    const answer = t.prompts.select({
      message: 'Kies',
      choices: [
        { value: 1, name: 'Een' },
        { value: 2, name: 'Twee' },
        { heading: '--' },
        { value: 3, name: 'Laatste', key: 'l' },
        { heading: 'einde' },
      ],
    });
    await t.waitFor('Laatste');
    t.send(END);
    await t.waitFor('❯ [l] Laatste');
    t.send(HOME);
    await t.waitFor('❯ 1. Een');
    t.send(END);
    await t.waitFor('❯ [l] Laatste');
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

  it('wraps every line by word: the text above, the description and the help under the list', async () => {
    const t = terminal({ columns: 30 });
    const answer = t.prompts.select({
      message: 'Data › Kwaliteit van datasets en hun beheer',
      choices: [{ value: 1, name: 'Een', description: 'Met bondgenoten in bestuur en uitvoering' }],
      help: 'Enter: bevestigen • Ctrl-C: opslaan en stoppen',
    });
    await t.waitFor('stoppen');
    const lines = lastFrame(t.outputs[0]);
    expect(lines).toEqual([
      'Data › Kwaliteit van datasets',
      'en hun beheer',
      '❯ 1. Een',
      'Met bondgenoten in bestuur en',
      'uitvoering',
      'Enter: bevestigen • Ctrl-C:',
      'opslaan en stoppen',
    ]);
    t.send(ENTER);
    await answer;
  });

  it('keeps text within 100 columns on a wide terminal', async () => {
    const t = terminal({ columns: 200 });
    const long = Array.from({ length: 30 }, (_, i) => `woord${i}`).join(' ');
    const answer = t.prompts.select({ message: long, choices: [{ value: 1, name: long }], help: long });
    await t.waitFor('❯ 1.');
    const lines = lastFrame(t.outputs[0]);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(100);
    expect(Math.max(...lines.map((l) => l.length))).toBeGreaterThan(90);
    t.send(ENTER);
    await answer;
    const text = t.prompts.text({ message: `${long}\nNotitie:` });
    await t.waitFor('Notitie:');
    expect(Math.max(...lastFrame(t.outputs[1]).map((l) => l.length))).toBeLessThanOrEqual(100);
    t.send(ENTER);
    await text;
  });

  it('in a short window keeps the text above and shows fewer entries; a resize draws all of it again', async () => {
    const size = { columns: 40, rows: 8 };
    const t = terminal({
      get columns() {
        return size.columns;
      },
      get rows() {
        return size.rows;
      },
    });
    const choices = Array.from({ length: 8 }, (_, i) => ({ value: i + 1, name: `Optie ${i + 1}` }));
    const answer = t.prompts.select({
      message: 'Beleid › Visie\nIs er een datavisie die iedereen kent?',
      choices,
      help: 'Enter',
    });
    await t.waitFor('Optie 1');
    // 8 rows: the two lines of text, the help, a line for the cursor, and 4 entries.
    expect(lastFrame(t.outputs[0])).toEqual([
      'Beleid › Visie',
      'Is er een datavisie die iedereen kent?',
      '❯ 1. Optie 1',
      '  2. Optie 2',
      '  3. Optie 3',
      '  4. Optie 4',
      'Enter',
    ]);
    size.rows = 14;
    size.columns = 20;
    t.outputs[0]?.emit('resize');
    // Cleared, then drawn from the top: the terminal may have rewrapped the old lines anyhow.
    expect(t.outputs[0]?.text).toContain('\x1b[H\x1b[2J');
    const redrawn = lastFrame(t.outputs[0]);
    expect(redrawn.slice(0, 3)).toEqual(['Beleid › Visie', 'Is er een datavisie', 'die iedereen kent?']);
    expect(redrawn).toContain('  8. Optie 8');
    t.send(ENTER);
    expect(await answer).toBe(1);
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
